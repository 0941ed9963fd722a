"""The letters to candidates: one PDF a candidate project, in the dossier's visual style.

`write_letters(facts, folder)` lays out the letters of `yansenne.domain.letter_facts`
(read before, in a short session: this module never reads the database), each in its
project's language unless one is forced, and writes `folder/CODE.pdf` for each
(names from `yansenne.reports.file_names`), and all of them in one PDF for printing
when asked. Every letter says the jury's decision (a prize and its amount, a mention,
not awarded, or not eligible with the screening's reason), the project's place in its
category and its figure on each criterion against the category's average, the jury's
citation (else the last stage's consensus text) and the justification of a departure
where there is one, refers to the ceremony dossier, ends with the edition's remedies
paragraph and the president's signature block, and carries the DRAFT mark in its own
language until the deliberation is locked.

Everything is laid out in memory first, then each file is written atomically: a
refusal (an edition, a language, a folder) leaves nothing behind, and a full disk
keeps the file it was writing whole.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)

from yansenne.domain.letter_facts import (
    MENTION,
    NOT_ELIGIBLE,
    PRIZE,
    LetterFacts,
    LettersFacts,
)
from yansenne.errors import InputError, Problem
from yansenne.files import check_writable_target, write_bytes
from yansenne.i18n import LANGUAGES, ordinal, tr
from yansenne.i18n import format_number as i18n_number
from yansenne.reports import pdf_style as ps
from yansenne.reports.ceremony_data import (
    award_label,
    format_amount,
    format_date,
    format_number,
    in_language,
    role_label,
)
from yansenne.reports.dossier_frame import PDF_LANG, decimal_places
from yansenne.reports.file_names import file_names

ProgressFn = Callable[[int, int, str], None]
_translate = tr  # _Letter.tr forwards msgids that its callers wrote as literals


@dataclass(frozen=True)
class Written:
    """What `write_letters` wrote: the letters' files, their pages, the merged file."""

    files: tuple[Path, ...]
    pages: int
    merged: Path | None
    missing_remedies: tuple[str, ...]  # languages of letters printed without remedies


def check_letter_language(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise InputError(Problem(tr("document language {language} is not available; choose "
                                    "one of: {choices}", language=lang,
                                    choices=", ".join(LANGUAGES))))


def letter_language(letter: LetterFacts, forced: str | None) -> str:
    """The letter's language: the one forced, else the project's (French if unknown)."""
    if forced:
        return forced
    return letter.language if letter.language in LANGUAGES else "fr"


def write_letters(facts: LettersFacts, folder: str | Path, *, language: str | None = None,
                  merged: str | Path | None = None,
                  progress: ProgressFn | None = None) -> Written:
    """Write one PDF a candidate project into `folder` (made if missing), and all of
    them in `merged` when given; refused (InputError) before any work for an unknown
    language or a place that cannot be written."""
    check_letter_language(language)
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InputError(Problem(tr("this is a file, not a folder: give a folder for the "
                                    "letters"), file=str(folder)))
    names = file_names([x.project for x in facts.letters])
    targets = [folder / names[x.project] for x in facts.letters]
    for target in targets:
        check_writable_target(target)
    if merged is not None:
        merged = Path(merged).expanduser()
        check_writable_target(merged)
        # Compared without case: on macOS and Windows `P07.PDF` is the letter `P07.pdf`.
        if str(merged.resolve()).casefold() in {str(t.resolve()).casefold() for t in targets}:
            raise InputError(Problem(tr("the merged file would replace one of the letters; "
                                        "choose another name"), file=str(merged)))

    total = len(facts.letters) + (1 if merged is not None else 0)
    laid: list[tuple[bytes, int]] = []
    for index, letter in enumerate(facts.letters, start=1):
        if progress:
            progress(index - 1, total, tr("Laying out the letter to {project}…",
                                          project=letter.project))
        laid.append(build_letters(facts, [letter], language))
    whole = None
    if merged is not None:
        if progress:
            progress(len(facts.letters), total, tr("Laying out the letters in one file…"))
        whole = build_letters(facts, list(facts.letters), language,
                              counts=[pages for _, pages in laid])
    for target, (content, _) in zip(targets, laid, strict=True):
        write_bytes(target, content)
    # No progress report from here on: a cancel there would leave some letters written.
    if merged is not None and whole is not None:
        write_bytes(merged, whole[0])
    missing = sorted({letter_language(x, language) for x in facts.letters}
                     - {lang for lang, text in facts.remedies.items() if text.strip()})
    return Written(tuple(targets), sum(p for _, p in laid), merged, tuple(missing))


def build_letters(facts: LettersFacts, letters: Sequence[LetterFacts], language: str | None,
                  counts: Sequence[int] | None = None) -> tuple[bytes, int]:
    """Lay out `letters` one after the other (each from a new page) in one PDF; returns
    its bytes and its pages. `counts` (each letter's pages) numbers the pages of each
    letter on its own; without it the letters are laid out twice to learn them."""
    langs = [letter_language(x, language) for x in letters]
    if counts is None:
        counts = [_lay_out(facts, [x], [lang], [None])[1] for x, lang in zip(
            letters, langs, strict=True)]
    return _lay_out(facts, letters, langs, list(counts))


def _lay_out(facts: LettersFacts, letters: Sequence[LetterFacts], langs: Sequence[str],
             counts: Sequence[int | None]) -> tuple[bytes, int]:
    decors = [ps.PageDecor(
        running_title=in_language(facts.names, lang),
        footer=lambda page, pages, lang=lang, code=x.project: tr(
            "{project} · page {page} of {pages}", lang=lang, project=code, page=page,
            pages=pages),
        draft=None if facts.locked else tr("DRAFT", lang=lang),
        draft_note="" if facts.locked else tr("the deliberation is not locked yet", lang=lang))
        for x, lang in zip(letters, langs, strict=True)]
    starts, page = [], 1
    for count in counts:
        starts.append(page)
        page += count or 0
    story: list[Flowable] = []
    for index, (letter, lang) in enumerate(zip(letters, langs, strict=True)):
        if index:
            story.append(PageBreak())
        story += _Letter(facts, letter, lang).story()
    buffer = io.BytesIO()
    first = letters[0] if len(letters) == 1 else None
    lang = langs[0] if len(set(langs)) == 1 else "fr"
    prize = in_language(facts.names, lang)
    title = (tr("{prize} — letter to the candidate {project}", lang=lang, prize=prize,
                project=first.project) if first else
             tr("{prize} — letters to the candidates", lang=lang, prize=prize))
    doc = _LetterDocument(buffer, decors, starts, counts, title=title, lang=PDF_LANG[lang],
                          author=f"{tr('Brussels Prevention & Security', lang=lang)} "
                                 "(safe.brussels)")
    doc.build(story)
    return buffer.getvalue(), doc.page


class _LetterDocument(BaseDocTemplate):
    """A4 pages in the dossier's frame; each letter has its own page numbers and mark."""

    def __init__(self, target: Any, decors: Sequence[ps.PageDecor], starts: Sequence[int],
                 counts: Sequence[int | None], *, title: str, lang: str, author: str) -> None:
        ps.register_fonts()
        super().__init__(target, pagesize=ps.PAGE, leftMargin=ps.MARGIN_X,
                         rightMargin=ps.MARGIN_X, topMargin=ps.MARGIN_TOP,
                         bottomMargin=ps.MARGIN_BOTTOM, title=title, author=author,
                         creator="Yansenne", lang=lang, displayDocTitle=1,
                         initialFontName=ps.SANS)
        self.decors, self.starts, self.counts = list(decors), list(starts), list(counts)
        frame = Frame(ps.MARGIN_X, ps.MARGIN_BOTTOM, ps.FRAME_WIDTH,
                      ps.PAGE[1] - ps.MARGIN_TOP - ps.MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(
            id="page", frames=[frame],
            onPage=lambda canvas, _doc: ps.draw_draft_mark(canvas, self.decors[self._which()]),
            onPageEnd=lambda canvas, _doc: self._footer(canvas))])

    def _which(self) -> int:
        index = 0
        for i, start in enumerate(self.starts):
            if start <= self.page:
                index = i
        return index

    def _footer(self, canvas: Any) -> None:
        index = self._which()
        ps.draw_footer(canvas, self.decors[index], self.page - self.starts[index] + 1,
                       self.counts[index])


class _Letter:
    """One letter's flowables in its language."""

    def __init__(self, facts: LettersFacts, letter: LetterFacts, lang: str) -> None:
        self.facts, self.letter, self.lang = facts, letter, lang

    def tr(self, msgid: str, /, **values: object) -> str:
        """`msgid` in the letter's language (callers pass literals, which the message
        extractor collects like any `tr()` call)."""
        return _translate(msgid, lang=self.lang, **values)

    @property
    def prize(self) -> str:
        return in_language(self.facts.names, self.lang)

    @property
    def title(self) -> str:
        return in_language(self.letter.titles, self.lang) or self.letter.project

    @property
    def category(self) -> str:
        return in_language(self.letter.category_names, self.lang) or self.letter.category

    def story(self) -> list[Flowable]:
        out = [*self.head(), *self.decision()]
        out += self.standing()
        out += self.jury_words()
        out += self.closing()
        return out

    # -- the parts ---------------------------------------------------------------------
    def head(self) -> list[Flowable]:
        letter, lang = self.letter, self.lang
        out: list[Flowable] = [
            ps.para(self.tr("Brussels-Capital Region").upper(), "kicker"),
            ps.para(self.prize, "title"), ps.Rule(space=8)]
        right = [ps.para(self.tr("Brussels, {date}", date=format_date(self.facts.dated, lang)),
                         "cell_right"),
                 ps.para(self.tr("Our reference: {reference}",
                                reference=f"{self.facts.year}/{letter.project}"), "cell_right")]
        to = [ps.para(f"<b>{ps.text(letter.organisation or self.title)}</b>", "cell",
                      markup=True),
              ps.para(self.tr("Candidate project {project}", project=letter.project), "cell")]
        out.append(ps.side_by_side(to, right, rule=False))
        out.append(Spacer(1, 4 * mm))
        subject = self.tr("Subject: your project “{title}”", title=self.title)
        out.append(ps.para(f"<b>{ps.text(subject)}</b>", "body", markup=True))
        out.append(ps.para(self.tr("Madam, Sir,"), "body"))
        out.append(ps.para(self.tr(
            "Thank you for submitting your project “{title}” in the category “{category}” "
            "to the {prize}. The jury has deliberated; this letter gives you its decision "
            "and how your project fared.", title=self.title, category=self.category,
            prize=self.prize), "body"))
        return out

    def decision(self) -> list[Flowable]:
        letter, lang, facts = self.letter, self.lang, self.facts
        inside: list[Flowable] = []
        if letter.outcome == PRIZE and letter.award:
            amount = format_amount(letter.amount, lang)
            label = award_label(letter.award, lang)
            inside.append(ps.para(f"{label} · {amount}" if amount else label, "award"))
            if amount:
                inside.append(ps.para(self.tr(
                    "We are pleased to inform you that the jury has awarded your project the "
                    "{award} of the {prize}, with an amount of {amount}.",
                    award=label.lower() if lang != "en" else label, prize=self.prize,
                    amount=amount), "body"))
            else:
                inside.append(ps.para(self.tr(
                    "We are pleased to inform you that the jury has awarded your project the "
                    "{award} of the {prize}.", award=label.lower() if lang != "en" else label,
                    prize=self.prize), "body"))
        elif letter.outcome == MENTION:
            inside.append(ps.para(award_label("mention", lang), "award"))
            inside.append(ps.para(self.tr(
                "We are pleased to inform you that the jury has awarded your project a "
                "mention."), "body"))
        elif letter.outcome == NOT_ELIGIBLE:
            inside.append(ps.para(self.tr("Not eligible"), "award"))
            inside.append(ps.para(self.tr(
                "We regret to inform you that your project was found not eligible when the "
                "applications were screened, for the following reason:"), "body"))
            inside.append(ps.para(letter.reason or "—", "quote_compact"))
        else:
            inside.append(ps.para(self.tr("Not awarded"), "award"))
            lines = [self.tr("We regret to inform you that the jury did not award your project "
                            "a prize or a mention.")]
            if facts.staged and not letter.reached_last_stage and facts.last_stage_names:
                lines.append(self.tr("Your project was not shortlisted for the stage "
                                    "“{stage}”.",
                                    stage=in_language(facts.last_stage_names, lang)))
            inside.append(ps.para(" ".join(lines), "body"))
        if letter.outcome in (PRIZE, MENTION):
            inside.append(ps.para(self.tr(
                "The award will be presented at the ceremony on {date}.",
                date=format_date(facts.ceremony_date, lang)), "body"))
        return [ps.para(self.tr("The jury's decision"), "h3"), ps.quote_box(inside)]

    def standing(self) -> list[Flowable]:
        letter, lang = self.letter, self.lang
        if letter.outcome == NOT_ELIGIBLE:
            return []
        out: list[Flowable] = [ps.para(self.tr("Your project in the ranking"), "h3")]
        if letter.place is None:
            out.append(ps.para(self.tr("Your project could not be ranked: too few jurors "
                                      "scored it."), "body"))
            return out
        words = {"place": ordinal(letter.place, lang), "size": letter.category_size,
                 "category": self.category}
        where = (self.tr("Your project shares the {place} place of {size} in the category "
                         "“{category}”.", **words) if letter.place_shared else
                 self.tr("Your project is ranked {place} of {size} in the category "
                         "“{category}”.", **words))
        if letter.stage_names:
            where += " " + self.tr("These figures are those of the stage “{stage}”, the last "
                                  "in which it was scored.",
                                  stage=in_language(letter.stage_names, lang))
        out.append(ps.para(where, "body"))
        if not letter.figures:
            return out
        rows: list[list[Any]] = [[
            ps.para(self.tr("Criterion"), "head"),
            ps.para(self.tr("Your project"), "head_right"),
            ps.para(self.tr("Category average"), "head_right"),
            ps.para(self.tr("Difference"), "head_right"),
            ps.para(self.tr("Scale"), "head_right")]]
        for line in letter.figures:
            difference = (None if line.value is None or line.category_average is None
                          else line.value - line.category_average)
            rows.append([
                ps.para(in_language(line.names, lang) or line.code, "cell"),
                ps.para(format_number(line.value, lang, 2), "cell_right"),
                ps.para(format_number(line.category_average, lang, 2), "cell_right"),
                ps.para(i18n_number(difference, 2, lang, signed=True), "cell_right"),
                ps.para(self.tr("{low} to {high}", low=format_number(
                    line.min_value, lang, decimal_places(line.min_value)), high=format_number(
                    line.max_value, lang, decimal_places(line.max_value))), "cell_right")])
        widths = [ps.FRAME_WIDTH - 116 * mm, 28 * mm, 32 * mm, 26 * mm, 30 * mm]
        out.append(KeepTogether([ps.data_table(rows, widths), Spacer(1, 1.5 * mm), ps.para(
            self.tr("Figures on each criterion's scale under the edition's method; the average "
                   "is that of the projects ranked in the category."), "small")]))
        return out

    def jury_words(self) -> list[Flowable]:
        letter, lang = self.letter, self.lang
        out: list[Flowable] = []
        citation = in_language(letter.citations, lang)
        if citation:
            out += [ps.para(self.tr("The jury's citation"), "h3"),
                    ps.quote_box([ps.para(citation, "quote")])]
        elif letter.assessment:
            out += [ps.para(self.tr("The jury's assessment"), "h3"),
                    ps.quote_box([ps.para(in_language(letter.assessment, lang), "quote")])]
        if letter.justification:
            out += [ps.para(self.tr("Why the jury departed from the ranking"), "h3"),
                    ps.para(letter.justification, "body")]
        return out

    def closing(self) -> list[Flowable]:
        facts, lang = self.facts, self.lang
        reference = ps.para(self.tr(
            "The ceremony dossier of the {prize} sets out the criteria and their weights, the "
            "jury, how the ranking is made and the full ranking of the candidates; the "
            "secretariat will send it to you on request (reference {reference}).",
            prize=self.prize, reference=f"{facts.year}/{self.letter.project}"), "compact")
        # The remedies travel with the signature: a page never holds the signature alone.
        sign: list[Flowable] = [Spacer(1, 2 * mm)]
        remedies = facts.remedies.get(lang, "").strip()
        if remedies:
            sign.append(ps.para(self.tr("Remedies"), "h3"))
            sign += [ps.para(p.strip(), "compact") for p in remedies.split("\n\n") if p.strip()]
        sign += [Spacer(1, 2 * mm), ps.para(self.tr("Yours faithfully,"), "body"),
                 Spacer(1, 12 * mm)]
        president = facts.president
        if president is not None:
            sign.append(ps.para(f"<b>{ps.text(president.name)}</b>", "signature", markup=True))
        sign.append(ps.para(role_label("president", lang), "signature"))
        if president is not None and president.institution:
            sign.append(ps.para(president.institution, "muted"))
        return [Spacer(1, 2 * mm), reference, KeepTogether(sign)]
