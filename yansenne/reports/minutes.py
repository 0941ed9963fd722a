"""The minutes of the jury's deliberation (procès-verbal / proces-verbaal), to be signed.

In French or in Dutch: date, place and hours of the meeting, the jurors present
and absent, the recusals, the method, the ranking, the decisions with every
departure from the ranking and its justification, the votes, the president's
casting vote, and a signature line for each present voting juror. Until the
deliberation is locked, every page carries the DRAFT mark like the dossier; once it
is locked, the minutes carry the lock record (`lock-record.json`) and an empty PDF
signature field on each juror's signature box (`yansenne.reports.signing`).

The minutes never print a placeholder for the meeting's facts: a draft leaves a
visible blank to fill in by hand (BLANK) and says what is missing; final minutes
(after the lock) without them are refused, naming what to fill in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from yansenne.domain.ceremony_record import CeremonyData, JurorInfo, gather
from yansenne.domain.lock_files import lock_record_bytes
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.reports import pdf_style as ps
from yansenne.reports import signing
from yansenne.reports.ceremony_data import (
    MINUTES_LANGUAGES,
    choice_label,
    format_amount,
    format_date,
    format_number,
    in_language,
    method_in_words,
    method_label,
    outcome_label,
    quorum_line,
    role_label,
    subject_label,
)
from yansenne.reports.ceremony_data import award_label as award_words
from yansenne.reports.dossier_consensus import opinions
from yansenne.reports.dossier_frame import ProgressFn, check_language, render
from yansenne.store.database import Database


def write_minutes(db: Database, year: int, lang: str, target: str | Path | IO[bytes],
                  progress: ProgressFn | None = None) -> int:
    """Write edition `year`'s minutes to `target`; returns the number of pages."""
    check_language(lang, MINUTES_LANGUAGES)
    if progress:
        progress(0, 0, tr("Reading the edition…"))
    with db.read() as session:
        data = gather(session, year, with_sensitivity=False)
    record = lock_record_bytes(db, year) if data.locked else None
    return build_minutes(data, lang, target, progress, record=record)


def build_minutes(data: CeremonyData, lang: str, target: str | Path | IO[bytes],
                  progress: ProgressFn | None = None, *, record: bytes | None = None) -> int:
    """Lay out the minutes of `data` in `lang` (fr or nl); returns the number of pages.

    Locked minutes get a signature field on each signature box and `record` (the lock
    record) attached: laid out in memory, prepared, then written in one go."""
    voice = check_language(lang, MINUTES_LANGUAGES)
    refuse_incomplete(data)
    places: dict[str, signing.SignaturePlace] = {}
    story = _Minutes(data, lang, places if data.locked else None).story
    title = f"{in_language(data.names, lang)} — {tr('Minutes of the deliberation', lang=lang)}"
    subject = tr("Minutes of the jury's deliberation, edition {year}", lang=lang,
                 year=data.year)
    if not data.locked:
        return render(story, voice, data, target, progress, title=title, subject=subject)
    return signing.write_prepared(
        lambda path: render(story, voice, data, path, progress, title=title, subject=subject),
        target, places, record)


BLANK = "………………"  # a blank the secretary completes by hand on a draft


def refuse_incomplete(data: CeremonyData) -> None:
    """Final minutes (after the lock) need the meeting's date, place and hours."""
    missing = data.meeting.missing()
    if data.locked and missing:
        raise InputError(Problem(tr(
            "the final minutes of edition {year} need {missing}: fill them in on the "
            "Deliberation page (or the Edition sheet's deliberation_date, deliberation_place, "
            "deliberation_start and deliberation_end)", year=data.year,
            missing=", ".join(missing))))


def clock_words(value: str, lang: str) -> str:
    """A time of day as each language prints it: 14 h 30, 14.30 uur, 14:30; BLANK if none."""
    if not value:
        return BLANK
    hours, minutes = value.split(":")
    if lang == "fr":
        return f"{int(hours)}\u00a0h\u00a0{minutes}"
    if lang == "nl":
        return f"{int(hours)}.{minutes}\u00a0uur"
    return value


class _Minutes:
    def __init__(self, data: CeremonyData, lang: str,
                 places: dict[str, signing.SignaturePlace] | None = None) -> None:
        self.data, self.lang = data, lang
        self.places = places  # where the signature fields go (None: a draft, no fields)

    def t(self, project: str) -> str:
        info = self.data.projects.get(project)
        return f"{project} — {in_language(info.titles, self.lang)}" if info else project

    def heading(self, title: str, key: str) -> ps.Heading:
        return ps.Heading(title, 1, key, style="h2")

    def story(self) -> list[Flowable]:
        return [*self.opening(), *self.attendance(), *self.recusals(), *self.method(),
                *self.ranking(), *self.consensus(), *self.decisions(), *self.departures(),
                *self.votes(), *self.casting_vote(), *self.signatures()]

    def opening(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        meeting = data.meeting
        out: list[Flowable] = [
            ps.para(in_language(data.names, lang).upper(), "kicker"),
            ps.Heading(tr("Minutes of the jury's deliberation", lang=lang), 0, "minutes",
                       style="h1"),
            ps.Rule(),
            ps.para(tr("The jury of the {prize} met on {date} in {place}, from {start} to "
                       "{end}, to deliberate on the {count} candidate projects of the edition "
                       "{year}.", lang=lang, prize=in_language(data.names, lang),
                       date=self.date(), place=self.place(),
                       start=clock_words(meeting.start, lang),
                       end=clock_words(meeting.end, lang), count=len(data.projects),
                       year=data.year)),
        ]
        missing = meeting.missing(lang)
        if missing:  # only a draft gets here (refuse_incomplete)
            out.append(ps.para(tr("To complete before signing: {missing}.", lang=lang,
                                  missing=", ".join(missing)), "muted"))
        return out

    def date(self) -> str:
        day = self.data.deliberation_date
        return format_date(day, self.lang) if day else BLANK

    def place(self) -> str:
        return self.data.deliberation_place.strip() or BLANK

    def attendance(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        voting = data.voting_jurors
        present = [j for j in voting if j.present]
        out: list[Flowable] = [self.heading(tr("Jurors present", lang=lang), "attendance"),
                               ps.para(tr("{present} of the {voting} voting jurors were "
                                          "present.", lang=lang, present=len(present),
                                          voting=len(voting)))]
        rows: list[list[Any]] = [[ps.para(tr("Name", lang=lang), "head"),
                                  ps.para(tr("Institution", lang=lang), "head"),
                                  ps.para(tr("Role", lang=lang), "head"),
                                  ps.para(tr("Attendance", lang=lang), "head")]]
        for juror in self.ordered(data.jurors):
            rows.append([ps.para(juror.name, "cell"), ps.para(juror.institution, "cell"),
                         ps.para(role_label(juror.role, lang), "cell"),
                         ps.para(tr("present", lang=lang) if juror.present
                                 else tr("absent", lang=lang), "cell")])
        out.append(ps.data_table(rows, [44 * mm, 62 * mm, 32 * mm, ps.FRAME_WIDTH - 138 * mm]))
        absent = [j.name for j in self.ordered(data.jurors) if not j.present]
        if absent:
            out += [Spacer(1, 2 * mm),
                    ps.para(tr("Absent: {names}.", lang=lang, names=", ".join(absent)))]
        return out

    @staticmethod
    def ordered(jurors: Sequence[JurorInfo]) -> list[JurorInfo]:
        return sorted(jurors, key=lambda j: (j.role != "president", j.role == "observer"))

    def recusals(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        out: list[Flowable] = [self.heading(tr("Conflicts of interest", lang=lang),
                                            "recusals")]
        if not data.recusals:
            return [*out, ps.para(tr("No juror declared a conflict of interest.", lang=lang))]
        out.append(ps.para(tr("Jurors declared {count} conflicts of interest; each juror "
                              "concerned abstained on that project, which the others scored.",
                              lang=lang, count=len(data.recusals))))
        rows: list[list[Any]] = [[ps.para(tr("Juror", lang=lang), "head"),
                                  ps.para(tr("Project", lang=lang), "head")]]
        for recusal in data.recusals:
            juror = data.juror(recusal.juror)
            rows.append([ps.para(juror.name if juror else recusal.juror, "cell"),
                         ps.para(self.t(recusal.project), "cell")])
        out.append(ps.data_table(rows, [52 * mm, ps.FRAME_WIDTH - 52 * mm]))
        return out

    def method(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        return [self.heading(tr("Method", lang=lang), "method"),
                *[ps.para(p) for p in method_in_words(data, lang)],
                ps.para(quorum_line(data, lang), "muted")]

    def ranking(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        out: list[Flowable] = [CondPageBreak(50 * mm),
                               self.heading(tr("The ranking", lang=lang), "ranking")]
        if not data.overall:
            return [*out, ps.para(tr("No project is ranked yet.", lang=lang))]
        out.append(ps.para(tr("Every category together, under the method “{method}”; "
                              "projects with the same figure share their rank (=).",
                              lang=lang, method=method_label(data.method, lang))))
        if data.overall_reason is not None:  # grids or panels differ
            out.append(ps.para(data.overall_reason.text(lang)))
        rows: list[list[Any]] = [[ps.para(tr("Place", lang=lang), "head_center"),
                                  ps.para(tr("Rank", lang=lang), "head_center"),
                                  ps.para(tr("Project", lang=lang), "head"),
                                  ps.para(tr("Category", lang=lang), "head"),
                                  ps.para(tr("Figure", lang=lang), "head_right")]]
        for c in data.overall:
            category = data.category(data.projects[c.project].category)
            rows.append([ps.para(str(c.place), "cell_center"),
                         ps.para(f"{c.rank} =" if c.tie else str(c.rank), "cell_center"),
                         ps.para(self.t(c.project), "cell"),
                         ps.para(in_language(category.names, lang) if category else "",
                                 "cell"),
                         ps.para(format_number(c.score, lang), "cell_right")])
        out.append(ps.data_table(rows, [14 * mm, 14 * mm, ps.FRAME_WIDTH - 100 * mm, 52 * mm,
                                        20 * mm]))
        return out

    def consensus(self) -> list[Flowable]:
        """With stages: the panel's consensus text, or majority and minority texts, of
        each project that reached the last stage, in the minutes' language."""
        data, lang = self.data, self.lang
        if not data.consensus:
            return []
        out: list[Flowable] = [CondPageBreak(40 * mm), self.heading(
            tr("The jury's reasoned opinions", lang=lang), "opinions")]
        out.append(ps.para(tr("Each project that reached the last stage ({stage}) received "
                              "the jury's consensus text, or a majority and a minority text.",
                              lang=lang, stage=in_language(data.last_stage, lang))))
        titles = {row.project: in_language(row.titles, lang) for row in data.consensus}
        return [*out, *opinions(data.consensus, (lang,), titles, level=2, heading_style="h3")]

    def decisions(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        out: list[Flowable] = [CondPageBreak(40 * mm),
                               self.heading(tr("Decisions", lang=lang), "decisions")]
        if not data.awards:
            return [*out, ps.para(tr("The jury has not recorded any decision.", lang=lang))]
        rows: list[list[Any]] = [[ps.para(tr("Award", lang=lang), "head"),
                                  ps.para(tr("Project", lang=lang), "head"),
                                  ps.para(tr("Amount", lang=lang), "head_right"),
                                  ps.para(tr("Place in the ranking", lang=lang),
                                          "head_center")]]
        for award in data.awards:
            rows.append([ps.para(award_words(award.award, lang), "cell"),
                         ps.para(self.t(award.project), "cell"),
                         ps.para(format_amount(award.amount, lang) or "—", "cell_right"),
                         ps.para(str(award.place) if award.place else "—", "cell_center")])
        out.append(ps.data_table(rows, [32 * mm, ps.FRAME_WIDTH - 86 * mm, 26 * mm, 28 * mm]))
        return out

    def departures(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        out: list[Flowable] = [self.heading(tr("Departures from the ranking", lang=lang),
                                            "departures")]
        if not data.departures:
            return [*out, ps.para(tr("The decisions follow the ranking.", lang=lang))]
        for award in data.departures:
            place = (tr("place {place} in the ranking", lang=lang, place=award.place)
                     if award.place else tr("not ranked", lang=lang))
            block: list[Flowable] = [ps.para(
                f"<b>{ps.text(award_words(award.award, lang))}</b> — "
                f"{ps.text(self.t(award.project))} ({ps.text(place)})", markup=True)]
            reason = award.justification.strip() or tr("No justification recorded.",
                                                       lang=lang)
            block.append(ps.quote_box([ps.para(tr("Justification: {reason}", lang=lang,
                                                  reason=reason), "body")]))
            block.append(Spacer(1, 3 * mm))
            out.append(KeepTogether(block))
        return out

    def votes(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        out: list[Flowable] = [CondPageBreak(40 * mm),
                               self.heading(tr("Votes", lang=lang), "votes")]
        if not data.votes:
            return [*out, ps.para(tr("No vote was recorded.", lang=lang))]
        subjects: dict[tuple[str, str | None], dict[str, list[str]]] = {}
        for vote in data.votes:
            juror = data.juror(vote.juror)
            by_choice = subjects.setdefault((vote.subject, vote.project), {})
            by_choice.setdefault(vote.choice, []).append(juror.name if juror else vote.juror)
        rows: list[list[Any]] = [[ps.para(tr("Question", lang=lang), "head"),
                                  ps.para(tr("Result", lang=lang), "head"),
                                  ps.para(tr("Jurors", lang=lang), "head")]]
        for (subject, project), by_choice in subjects.items():
            question = subject_label(subject, lang)
            if project:
                question += f": {self.t(project)}"
            tally = data.tallies[subject]
            counts = ps.text(", ".join(f"{n} {choice_label(c, lang)}" for n, c in (
                (tally.n_for, "for"), (tally.n_against, "against"),
                (tally.n_abstain, "abstain"))))
            counts += f"<br/><b>{ps.text(outcome_label(tally.outcome, lang))}</b>"
            names = "<br/>".join(
                f"<b>{ps.text(choice_label(c, lang))}</b>: "
                f"{ps.text(', '.join(by_choice[c]))}"
                for c in ("for", "against", "abstain") if by_choice.get(c))
            rows.append([ps.para(question, "cell"), ps.para(counts, "cell", markup=True),
                         ps.para(names, "cell", markup=True)])
        out.append(ps.data_table(rows, [58 * mm, 34 * mm, ps.FRAME_WIDTH - 92 * mm]))
        return out

    def casting_vote(self) -> list[Flowable]:
        data, lang = self.data, self.lang
        out: list[Flowable] = [self.heading(tr("Casting vote", lang=lang), "casting")]
        if not data.casting_vote:
            return [*out, ps.para(tr("The president's casting vote was not needed.",
                                     lang=lang))]
        president = data.president
        order = "; ".join(f"{index}. {self.t(code)}"
                          for index, code in enumerate(data.casting_vote, start=1))
        return [*out, ps.para(tr("The president of the jury, {name}, gave the casting vote "
                                 "in this order: {order}.", lang=lang,
                                 name=president.name if president else "—", order=order))]

    def signatures(self) -> list[Flowable]:
        """A signature line for each present voting juror; the absent sign nothing."""
        data, lang = self.data, self.lang
        out: list[Flowable] = [CondPageBreak(70 * mm),
                               self.heading(tr("Signatures", lang=lang), "signatures"),
                               ps.para(tr("Drawn up in {place}, on {date}.", lang=lang,
                                          place=self.place(), date=self.date()))]
        signers = [j for j in self.ordered(data.voting_jurors) if j.present]
        boxes = [self.signature_box(j) for j in signers]
        half = (ps.FRAME_WIDTH - 10 * mm) / 2
        rows = [boxes[i:i + 2] + [""] * (2 - len(boxes[i:i + 2]))
                for i in range(0, len(boxes), 2)]
        for row in rows:
            table = Table([[row[0], "", row[1]]], colWidths=[half, 10 * mm, half],
                          hAlign="LEFT")
            table.setStyle(TableStyle([*ps.BASE_TABLE, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(KeepTogether([table, Spacer(1, 6 * mm)]))
        absent = [j.name for j in self.ordered(data.voting_jurors) if not j.present]
        if absent:
            out.append(ps.para(tr("Absent from the deliberation, and so not signing: "
                                  "{names}.", lang=lang, names=", ".join(absent)), "muted"))
        return out

    def signature_box(self, juror: JurorInfo) -> list[Flowable]:
        width = (ps.FRAME_WIDTH - 10 * mm) / 2
        space: Flowable = (Spacer(1, 14 * mm) if self.places is None else
                           signing.SignatureSpot(signing.field_name(juror.code), width,
                                                 14 * mm, self.places))
        return [ps.para(f"<b>{ps.text(juror.name)}</b>", "signature", markup=True),
                ps.para(role_label(juror.role, self.lang), "muted"),
                space, ps.Rule(width=(ps.FRAME_WIDTH - 10 * mm) / 2,
                                            colour=ps.INK, thickness=0.6, space=2),
                ps.para(tr("Signature", lang=self.lang), "small")]
