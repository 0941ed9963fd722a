"""The ceremony dossier: the printed, bilingual laureate booklet the guests hold.

`write_dossier(db, year, "fr+nl", path)` reads the edition in one short session
and lays it out with ReportLab in French, Dutch, English, or French and Dutch
together. In `fr+nl` every section holds both languages where a reader of either
finds their own without hunting: prose in two columns (French | Dutch) under a
bilingual title, tables with bilingual headers, project titles in both.

Once the deliberation is locked the dossier carries the lock record as the attachment
`lock-record.json` (`yansenne.reports.signing`); it has no signature fields of its own:
`sign` adds an invisible one for each signer.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from yansenne.domain.ceremony_record import CeremonyData, gather
from yansenne.domain.lock_files import lock_record_bytes
from yansenne.i18n import tr
from yansenne.reports import pdf_style as ps
from yansenne.reports import signing
from yansenne.reports.ceremony_data import (
    format_amount,
    format_date,
    format_number,
    in_language,
    method_in_words,
    role_label,
)
from yansenne.reports.dossier_consensus import ConsensusPages
from yansenne.reports.dossier_frame import (
    ProgressFn,
    bilingual_cell,
    check_language,
    decimal_places,
    render,
    stacked,
)
from yansenne.reports.dossier_laureates import LaureatePages
from yansenne.reports.dossier_ranking import RankingPages
from yansenne.store.database import Database


def write_dossier(db: Database, year: int, lang: str, target: str | Path | IO[bytes],
                  progress: ProgressFn | None = None) -> int:
    """Write edition `year`'s dossier to `target`; returns the number of pages."""
    check_language(lang)
    if progress:
        progress(0, 0, tr("Reading the edition…"))
    with db.read() as session:
        data = gather(session, year)
    record = lock_record_bytes(db, year) if data.locked else None
    return build_dossier(data, lang, target, progress, record=record)


def build_dossier(data: CeremonyData, lang: str, target: str | Path | IO[bytes],
                  progress: ProgressFn | None = None, *, record: bytes | None = None) -> int:
    """Lay out the dossier of `data` in `lang` (fr, nl, en or fr+nl); returns the pages.

    A locked dossier given its lock `record` carries it attached (laid out in memory,
    prepared, then written in one go)."""
    voice = check_language(lang)
    builder = _Dossier(data, voice)
    title = voice.join(f"{in_language(data.names, x)} — {tr('Ceremony dossier', lang=x)}"
                       for x in voice.langs)
    subject = voice.tr("The laureates, the jury and the ranking of edition {year}",
                       year=data.year)
    if not (data.locked and record is not None):
        return render(builder.story, voice, data, target, progress, title=title,
                      subject=subject)
    return signing.write_prepared(
        lambda path: render(builder.story, voice, data, path, progress, title=title,
                            subject=subject), target, {}, record)


class _Dossier(LaureatePages, ConsensusPages, RankingPages):
    """Builds the story, section by section, in the document's language(s)."""

    # -- sections ----------------------------------------------------------------
    def story(self) -> list[Flowable]:
        parts: list[Flowable] = [*self.cover(), PageBreak()]
        foreword = self.foreword()
        if foreword:
            parts += [*foreword, PageBreak()]
        parts += [*self.contents(), PageBreak(), *self.prize(), PageBreak(), *self.jury(),
                  PageBreak(), *self.laureates(), *self.mentions(), *self.consensus(),
                  PageBreak(),
                  *self.candidates(), PageBreak(), *self.annex()]
        return parts

    def cover(self) -> list[Flowable]:
        data, voice = self.data, self.voice
        out: list[Flowable] = [Spacer(1, 38 * mm)]
        out.append(ps.para(voice.tr("Brussels-Capital Region").upper(), "kicker"))
        out.append(ps.Rule(width=40 * mm, space=14))
        first, *others = voice.langs
        out.append(ps.Heading(in_language(data.names, first), 0, "cover", style="cover_prize",
                              toc=False))
        for lang in others:
            out.append(ps.para(in_language(data.names, lang), "cover_alt"))
        out.append(Spacer(1, 16 * mm))
        for lang in voice.langs:
            out.append(ps.para(tr("Ceremony dossier", lang=lang), "cover_line"))
        out.append(Spacer(1, 4 * mm))
        for lang in voice.langs:
            out.append(ps.para(tr("Awards ceremony: {date}", lang=lang,
                                  date=format_date(data.ceremony_date, lang)), "cover_line"))
        out.append(Spacer(1, 60 * mm))
        out.append(ps.para(voice.join(
            f"{tr('Brussels Prevention & Security', lang=x)}" for x in voice.langs)
            + " — safe.brussels", "cover_small"))
        out.append(ps.para(voice.tr("On behalf of the Minister-President of the "
                                    "Brussels-Capital Region"), "cover_small"))
        return out

    def foreword(self) -> list[Flowable]:
        data = self.data
        if not any(data.forewords.get(x) for x in self.voice.langs):
            return []

        def paragraphs(lang: str) -> list[str]:
            text = in_language(data.forewords, lang)
            return [p.strip() for p in text.split("\n\n") if p.strip()]

        return [self.heading(lambda x: tr("Foreword", lang=x), 0, "foreword"), ps.Rule(),
                *self.prose(paragraphs)]

    def contents(self) -> list[Flowable]:
        return [self.heading(lambda x: tr("Contents", lang=x), 0, "contents", toc=False),
                ps.Rule(), ps.contents()]

    def prize(self) -> list[Flowable]:
        data, voice = self.data, self.voice
        out: list[Flowable] = [self.heading(lambda x: tr("The prize", lang=x), 0, "prize"),
                               ps.Rule()]

        def about(lang: str) -> list[str]:
            amounts = [format_amount(a, lang) for a in data.prizes]
            lines = [tr("The David Yansenne prize of the Brussels-Capital Region rewards "
                        "projects that fit an integrated regional prevention and security "
                        "policy in which all the Region's actors take part: citizens, "
                        "associations, municipal prevention and youth services, police "
                        "services and regional services.", lang=lang),
                     tr("It bears the name of David Yansenne (1960-2013), chief of the "
                        "Bruxelles-Nord police zone, known for prevention and for his "
                        "partnerships with residents, associations and schools.", lang=lang)]
            if amounts:
                lines.append(tr("After its sovereign deliberation, the jury may award up to "
                                "{count} prizes: {amounts}.", lang=lang, count=len(amounts),
                                amounts=", ".join(amounts)))
            return lines

        out += self.prose(about)
        out.append(self.heading(lambda x: tr("Criteria and weights", lang=x), 1, "criteria"))
        total = sum(c.weight for c in data.criteria if c.category is None) or 1.0
        rows: list[list[Any]] = [[
            self.head([tr("Criterion", lang=x) for x in voice.langs]),
            self.head([tr("Applies to", lang=x) for x in voice.langs]),
            self.head([tr("Weight", lang=x) for x in voice.langs], "head_right"),
            self.head([tr("Scale", lang=x) for x in voice.langs], "head_right")]]
        for criterion in data.criteria:
            if criterion.category is None:
                applies = [tr("every category", lang=x) for x in voice.langs]
                share = criterion.weight / total
            else:
                category = data.category(criterion.category)
                applies = [in_language(category.names, x) if category else criterion.category
                           for x in voice.langs]
                own = sum(c.weight for c in data.criteria
                          if c.category in (None, criterion.category)) or 1.0
                share = criterion.weight / own
            scale = voice.join(tr("{low} to {high}, by {step}", lang=x,
                                  low=format_number(criterion.min_value, x, decimal_places(
                                      criterion.min_value)),
                                  high=format_number(criterion.max_value, x, decimal_places(
                                      criterion.max_value)),
                                  step=format_number(criterion.step, x, decimal_places(
                                      criterion.step)))
                               for x in voice.langs)
            rows.append([bilingual_cell(voice, criterion.names), stacked(voice, applies, "cell"),
                         ps.para(f"{format_number(share * 100, self.number_lang, 0)} %",
                                 "cell_right"),
                         stacked(voice, scale.split(" / "), "cell_right")])
        out.append(ps.data_table(rows, [58 * mm, 44 * mm, 26 * mm, ps.FRAME_WIDTH - 128 * mm]))
        out.append(Spacer(1, 3 * mm))
        out.append(self.heading(lambda x: tr("How the ranking is made", lang=x), 1, "method"))
        out += self.prose(lambda lang: method_in_words(data, lang), labels=False)
        return out

    def jury(self) -> list[Flowable]:
        data, voice = self.data, self.voice
        out: list[Flowable] = [self.heading(lambda x: tr("The jury", lang=x), 0, "jury"),
                               ps.Rule()]
        out += self.prose(lambda lang: [tr("The jury brings together experts from the "
                                           "Region's prevention and security actors. Each "
                                           "juror declared any conflict of interest and did "
                                           "not score the projects concerned.", lang=lang)],
                          labels=False)
        rows: list[list[Any]] = [[
            self.head([tr("Name", lang=x) for x in voice.langs]),
            self.head([tr("Institution", lang=x) for x in voice.langs]),
            self.head([tr("Role", lang=x) for x in voice.langs])]]
        order = sorted(data.jurors, key=lambda j: (j.role != "president", j.role == "observer"))
        for juror in order:
            rows.append([ps.para(juror.name, "cell"), ps.para(juror.institution, "cell"),
                         stacked(voice, [role_label(juror.role, x) for x in voice.langs],
                                  "cell")])
        out.append(ps.data_table(rows, [46 * mm, 70 * mm, ps.FRAME_WIDTH - 116 * mm]))
        return out
