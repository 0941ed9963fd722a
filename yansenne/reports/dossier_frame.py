"""The frame of the ceremony dossier: its languages, its pages, and the bilingual cells.

`render` lays a story out on A4 pages with the running title, the "page X of Y"
footer and the DRAFT mark until the deliberation is locked; the minutes
(`yansenne.reports.minutes`) use it too. `DossierPart` is what every group of the
dossier's sections builds on (`yansenne.reports.dossier`, `dossier_laureates`,
`dossier_ranking`): the data, the document's voice (one language, or French and
Dutch together) and the helpers that put each language where its reader looks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from yansenne.domain.ceremony_record import Award, CeremonyData
from yansenne.errors import InputError, Problem
from yansenne.files import replacing
from yansenne.i18n import tr
from yansenne.reports import pdf_style as ps
from yansenne.reports.ceremony_data import (
    DOSSIER_LANGUAGES,
    Voice,
    award_label,
    in_language,
)

ProgressFn = Callable[[int, int, str], None]
PDF_LANG = {"fr": "fr-BE", "nl": "nl-BE", "en": "en"}
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def check_language(lang: str, allowed: Sequence[str] = DOSSIER_LANGUAGES) -> Voice:
    """The document's voice, or a clear refusal naming the languages allowed."""
    if lang not in allowed:
        raise InputError(Problem(tr("document language {language} is not available; choose "
                                    "one of: {choices}", language=lang,
                                    choices=", ".join(allowed))))
    return Voice.of(lang)


def render(story: Callable[[], list[Flowable]], voice: Voice, data: CeremonyData,
           target: str | Path | IO[bytes], progress: ProgressFn | None, *, title: str,
           subject: str) -> int:
    """Lay out `story()` as many times as the contents and "page X of Y" need."""
    def on_page(page: int) -> None:
        if progress:
            progress(page, 0, tr("Laying out page {page}…", page=page))

    decor = ps.PageDecor(
        running_title=voice.pick(data.names),
        footer=lambda page, total: voice.tr("page {page} of {pages}", page=page, pages=total),
        draft=None if data.locked else voice.tr("DRAFT"),
        draft_note="" if data.locked else voice.tr("the deliberation is not locked yet"))
    def lay_out(into: str | IO[bytes]) -> int:
        doc = ps.Document(into, decor, title=title, subject=subject, author=voice.join(
            f"{tr('Brussels Prevention & Security', lang=x)} (safe.brussels)"
            for x in voice.langs), lang=PDF_LANG[voice.primary], progress=on_page)
        return doc.build_numbered(story)

    if not isinstance(target, str | Path):
        return lay_out(target)
    # Laid out beside the file and renamed: a full disk keeps the previous PDF whole.
    with replacing(target) as temporary:
        return lay_out(str(temporary))


def bilingual_cell(voice: Voice, values: dict[str, str] | Any, style: str = "cell") -> Flowable:
    """A bilingual field in one cell: each language on its own line."""
    parts = list(dict.fromkeys(in_language(values, x) for x in voice.langs))
    return ps.para("<br/>".join(ps.text(p) for p in parts if p), style, markup=True)


def stacked(voice: Voice, texts: Sequence[str], style: str = "head") -> Flowable:
    """Texts one under the other in one cell, each said once (a bilingual label)."""
    parts = list(dict.fromkeys(t for t in texts if t))
    return ps.para("<br/>".join(ps.text(p) for p in parts), style, markup=True)


def decimal_places(value: float) -> int:
    """The decimals a scale bound is shown with: none when it is whole, else one."""
    return 0 if float(value).is_integer() else 1


class DossierPart:
    """The data and voice of the dossier, and what every section builds with."""

    def __init__(self, data: CeremonyData, voice: Voice) -> None:
        self.data, self.voice = data, voice
        self.number_lang = voice.primary

    # -- helpers -----------------------------------------------------------------
    def head(self, msgid_texts: Sequence[str], style: str = "head") -> Flowable:
        return stacked(self.voice, msgid_texts, style)

    def prose(self, paragraphs: Callable[[str], Sequence[str]], *, style: str = "body",
              labels: bool = True) -> list[Flowable]:
        """Paragraphs in each language: one column, or French | Dutch side by side."""
        if not self.voice.bilingual:
            return [ps.para(p, style) for p in paragraphs(self.voice.primary)]
        columns = []
        for lang in self.voice.langs:
            column: list[Flowable] = []
            if labels:
                column.append(ps.para(LANGUAGE_NAMES[lang].upper(), "kicker"))
            column.extend(ps.para(p, style) for p in paragraphs(lang))
            columns.append(column)
        return [ps.side_by_side(columns[0], columns[1]), Spacer(1, 3 * mm)]

    def heading(self, msgid_by_lang: Callable[[str], str], level: int, key: str, *,
                style: str | None = None, toc: bool = True) -> ps.Heading:
        title = self.voice.join(msgid_by_lang(x) for x in self.voice.langs)
        return ps.Heading(title, level, key, style=style, toc=toc)

    def title_of(self, project: str) -> str:
        info = self.data.projects[project]
        return self.voice.pick(info.titles)

    def project_cell(self, project: str, award: Award | None) -> Flowable:
        voice = self.voice
        info = self.data.projects[project]
        titles = list(dict.fromkeys(in_language(info.titles, x) for x in voice.langs))
        lines = [f"<b>{ps.text(titles[0])}</b>"]
        lines += [f"<i>{ps.text(t)}</i>" for t in titles[1:]]
        small = [project]
        if info.organisation:
            small.append(info.organisation)
        lines.append(f"<font size='7.5' color='#5A6272'>{ps.text(' · '.join(small))}</font>")
        if award is not None:
            label = voice.join(award_label(award.award, x) for x in voice.langs)
            lines.append(f"<font size='7.5' color='#1C3A66'><b>★ {ps.text(label)}</b></font>")
        return ps.para("<br/>".join(lines), "cell", markup=True)
