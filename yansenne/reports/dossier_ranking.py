"""The ranking's pages of the ceremony dossier: all the candidates, and the annex.

Every candidate, category by category, in the order of the edition's method; then
the annex that says how far to trust that order: the method and its parameters, the
jurors' agreement, the ranking's sensitivity to the method and to each juror, and
the conflicts of interest. `yansenne.reports.dossier` puts these pages in the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from yansenne.domain.ceremony_record import CategoryStanding
from yansenne.i18n import format_count, tr
from yansenne.reports import pdf_style as ps
from yansenne.reports.ceremony_data import (
    format_number,
    in_language,
    method_in_words,
    method_label,
    municipality_label,
    quorum_line,
    reason_label,
)
from yansenne.reports.dossier_frame import DossierPart, bilingual_cell, stacked


def municipality_width() -> float:
    """The candidates' municipality column: as wide as the longest official name at the
    cell's size (Sint-Lambrechts-Woluwe), so that none breaks inside the name ("Sint-
    Lambrechts-Wolu / we" at 38 mm); never narrower than 38 mm."""
    from yansenne import reference

    style = ps.styles()["cell"]
    widest = max(stringWidth(name, style.fontName, style.fontSize)
                 for m in reference.municipalities() for name in (m.name_fr, m.name_nl))
    return max(38 * mm, widest + 2 * ps.CELL_SIDE_PADDING + 1)


class RankingPages(DossierPart):
    """All the candidates and the annex, in the document's language(s)."""

    def candidates(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [self.heading(lambda x: tr("All the candidates", lang=x), 0,
                                            "candidates"), ps.Rule()]
        out += self.prose(lambda lang: [tr(
            "Every candidate project, category by category, in the order of the ranking under "
            "the method “{method}”. Projects with the same figure share their rank: they are "
            "marked “=” and ex aequo.", lang=lang, method=method_label(data.method, lang))],
            labels=False)
        for standing in data.standings:
            out += self.category_table(standing)
        return out

    def category_table(self, standing: CategoryStanding) -> list[Flowable]:
        data, voice = self.data, self.voice
        category = data.category(standing.code)
        names = category.names if category else {"fr": standing.code}
        lang = self.number_lang
        awards = {a.project: a for a in data.awards}
        rows: list[list[Any]] = [[
            self.head([tr("Rank", lang=x) for x in voice.langs], "head_center"),
            self.head([tr("Project", lang=x) for x in voice.langs]),
            self.head([tr("Municipality", lang=x) for x in voice.langs]),
            self.head([tr("Figure", lang=x) for x in voice.langs], "head_right")]]
        for c in standing.candidates:
            rank = f"{c.rank}&nbsp;=" if c.tie else str(c.rank)
            if c.tie:
                rank += "<br/><font size='6.5' color='#5A6272'>ex aequo</font>"
            rows.append([ps.para(rank, "cell_center", markup=True),
                         self.project_cell(c.project, awards.get(c.project)),
                         stacked(voice, [municipality_label(
                             data.projects[c.project].municipality, x) for x in voice.langs],
                             "cell"),
                         ps.para(format_number(c.score, lang), "cell_right")])
        for left in standing.unranked:
            rows.append([ps.para("—", "cell_center"),
                         self.project_cell(left.project, awards.get(left.project)),
                         stacked(voice, [municipality_label(
                             data.projects[left.project].municipality, x)
                             for x in voice.langs], "cell"),
                         stacked(voice, [reason_label(left.reason, x) for x in voice.langs],
                                  "cell_right")])
        place = municipality_width()
        table = ps.data_table(rows, [16 * mm, ps.FRAME_WIDTH - 16 * mm - place - 26 * mm,
                                     place, 26 * mm])
        heading = ps.Heading(voice.pick(names), 1, f"category-{standing.code}", style="h2")
        if len(rows) == 1:
            return [heading, ps.para(voice.tr("No candidate in this category."), "muted")]
        return [CondPageBreak(45 * mm), heading, table, Spacer(1, 2 * mm)]

    def annex(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [self.heading(lambda x: tr("Annex", lang=x), 0, "annex"),
                               ps.Rule()]
        out.append(self.heading(lambda x: tr("Method", lang=x), 1, "annex-method"))
        out += self.prose(lambda lang: [*method_in_words(data, lang), self.parameters(lang)],
                          labels=False)
        out += self.agreement()
        out += self.sensitivity()
        out += self.certainty()
        out.append(self.heading(lambda x: tr("Conflicts of interest", lang=x), 1,
                                "annex-recusals"))
        count = len(data.recusals)
        out += self.prose(lambda lang: [
            tr("Jurors declared {count} conflicts of interest; each juror concerned abstained "
               "on that project, which the others scored.", lang=lang, count=count)
            if count else tr("No juror declared a conflict of interest.", lang=lang)],
            labels=False)
        return out

    def parameters(self, lang: str) -> str:
        data = self.data
        text = quorum_line(data, lang)
        if data.method == "trimmed":
            text += " " + tr("Totals set aside at each end: {k}.", lang=lang, k=data.trim)
        return text

    def agreement(self) -> list[Flowable]:
        data, voice = self.data, self.voice
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(
            lambda x: tr("Agreement among the jurors", lang=x), 1, "annex-agreement")]
        out += self.prose(lambda lang: [tr(
            "How far the jurors agree, category by category: Kendall's W on their rankings of "
            "the projects every juror scored (the last two columns), the intraclass "
            "correlations ICC(2,1), one juror against another, and ICC(2,k), the panel's "
            "mean totals against another panel like it, and Krippendorff's alpha on every "
            "total. Each runs from 0 (no agreement beyond chance) to 1 (complete agreement).",
            lang=lang)], labels=False)
        lang = self.number_lang
        rows: list[list[Any]] = [[
            self.head([tr("Category", lang=x) for x in voice.langs]),
            self.head(["Kendall W"], "head_right"), self.head(["ICC(2,1)"], "head_right"),
            self.head(["ICC(2,k)"], "head_right"),
            self.head(["Krippendorff", "α"], "head_right"),
            self.head([tr("Jurors", lang=x) for x in voice.langs], "head_right"),
            self.head([tr("Projects", lang=x) for x in voice.langs], "head_right")]]
        for standing in data.standings:
            category = data.category(standing.code)
            a = standing.agreement
            rows.append([
                bilingual_cell(voice, category.names if category else {"fr": standing.code}),
                ps.para(format_number(a.kendall_w if a else None, lang), "cell_right"),
                ps.para(format_number(a.icc.shown if a and a.icc else None, lang),
                        "cell_right"),
                ps.para(format_number(a.icc_k if a else None, lang), "cell_right"),
                ps.para(format_number(a.krippendorff_alpha if a else None, lang),
                        "cell_right"),
                ps.para(format_count(a.complete_jurors, lang) if a else "—", "cell_right"),
                ps.para(format_count(a.complete_projects, lang) if a else "—",
                        "cell_right")])
        # "Krippendorff" needs a little more than the other figures' columns: at their
        # width it broke as "Krippendor / ff".
        narrow, wide = 20 * mm, 25 * mm
        out.append(ps.data_table(rows, [ps.FRAME_WIDTH - 5 * narrow - wide, narrow, narrow,
                                        narrow, wide, narrow, narrow]))
        return out

    def sensitivity(self) -> list[Flowable]:
        data = self.data
        info = data.sensitivity
        out: list[Flowable] = [CondPageBreak(70 * mm), self.heading(
            lambda x: tr("Sensitivity of the ranking", lang=x), 1, "annex-sensitivity")]
        if info is None or not info.rows:
            out += self.prose(lambda lang: [tr("No scores yet: the ranking's sensitivity "
                                               "cannot be measured.", lang=lang)],
                              labels=False)
            return out
        changes = info.top3_changes
        moved = [c for c, changed in info.category_top3_changes.items() if changed]

        def words(lang: str) -> list[str]:
            lines = [tr("Would the laureates change with another method of aggregation, or "
                        "without one juror? Each column gives a contender's overall place "
                        "under each method; the last row gives its best and worst place when "
                        "any one juror is left out.", lang=lang)]
            lines.append(tr("The overall top three changes with the method.", lang=lang)
                         if changes else
                         tr("The overall top three is the same under every method.",
                            lang=lang))
            if any(row.shared for row in info.rows):
                lines.append(tr("A place shared with another project is marked “=”.",
                                lang=lang))
            if data.overall_reason is not None:  # overall places across grids or panels
                lines.append(data.overall_reason.text(lang))
            if moved:
                names = ", ".join(in_language(data.category(c).names, lang)
                                  if data.category(c) else c for c in moved)
                lines.append(tr("Categories whose top three changes with the method: "
                                "{categories}.", lang=lang, categories=names))
            return lines

        out += self.prose(words, labels=False)
        rows = list(info.rows)
        per_table = 8
        for start in range(0, len(rows), per_table):
            out.append(KeepTogether([self.sensitivity_table(info.methods,
                                                            rows[start:start + per_table]),
                                     Spacer(1, 3 * mm)]))
        key = "<br/>".join(f"<b>{r.project}</b> {ps.text(self.title_of(r.project))}"
                           for r in rows)
        out.append(ps.para(key, "small", markup=True))
        return out

    def certainty(self) -> list[Flowable]:
        """How sure each place is: the ranking redone on resampled panels, per category."""
        data, voice = self.data, self.voice
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(
            lambda x: tr("How sure each place is", lang=x), 1, "annex-uncertainty")]
        out += self.prose(lambda lang: [tr(
            "The ranking was redone 2,000 times on panels drawn from the jury itself: as many "
            "jurors as it has, drawn at random with replacement, so that a juror may count "
            "twice and another not at all. P(1) is the share of these panels that place "
            "the project first (a tie for first shared), P(≤ 3) the share that place it "
            "among the first three, and the interval the places it takes in nine panels out "
            "of ten (5th to 95th percentile). Places that the panels often reverse are "
            "named below each table.", lang=lang)], labels=False)
        shown = [s for s in data.standings
                 if any(c.uncertainty is not None for c in s.candidates)]
        if not shown:
            out += self.prose(lambda lang: [tr(
                "No uncertainty was computed for this ranking.", lang=lang)], labels=False)
            return out
        for standing in shown:
            category = data.category(standing.code)
            names = category.names if category else {"fr": standing.code}
            block: list[Flowable] = [ps.Heading(voice.pick(names), 2,
                                                f"uncertainty-{standing.code}", style="h3",
                                                toc=False),
                                     self.certainty_table(standing)]
            if standing.indistinct:
                block.append(Spacer(1, 1.5 * mm))
                block += self.prose(lambda lang, notes=standing.indistinct: [
                    n.text(lang) for n in notes], style="small", labels=False)
            out.append(KeepTogether([*block, Spacer(1, 3 * mm)]))
        return out

    def certainty_table(self, standing: CategoryStanding) -> Flowable:
        voice, lang = self.voice, self.number_lang
        rows: list[list[Any]] = [[
            self.head([tr("Place", lang=x) for x in voice.langs], "head_center"),
            self.head([tr("Project", lang=x) for x in voice.langs]),
            self.head(["P(1)"], "head_right"),
            self.head(["P(≤ 3)"], "head_right"),
            self.head([tr("Places, 90 %", lang=x) for x in voice.langs], "head_center")]]
        for c in standing.candidates:
            u = c.uncertainty
            rows.append([ps.para(str(c.place), "cell_center"),
                         ps.para(f"<b>{c.project}</b> {ps.text(self.title_of(c.project))}",
                                 "cell", markup=True),
                         ps.para(_percent(u.p_first, lang) if u else "—", "cell_right"),
                         ps.para(_percent(u.p_top3, lang) if u else "—", "cell_right"),
                         ps.para(_interval(u.rank_low, u.rank_high) if u else "—",
                                 "cell_center")])
        narrow, wide = 18 * mm, 26 * mm
        return ps.data_table(rows, [16 * mm, ps.FRAME_WIDTH - 16 * mm - 2 * narrow - wide,
                                    narrow, narrow, wide])

    def sensitivity_table(self, methods: Sequence[str], rows: Sequence[Any]) -> Flowable:
        voice, data = self.voice, self.data
        first = 62 * mm
        width = (ps.FRAME_WIDTH - first) / max(len(rows), 1)
        width = min(width, 22 * mm)
        table: list[list[Any]] = [[self.head([tr("Method", lang=x) for x in voice.langs]),
                                   *[self.head([r.project], "head_center") for r in rows]]]
        for method in methods:
            label = [method_label(method, x) for x in voice.langs]
            if method == data.method:
                label = [f"{m} ({tr('the edition’s', lang=x)})"
                         for m, x in zip(label, voice.langs, strict=True)]
            table.append([stacked(voice, label, "cell"),
                          *[ps.para(_place(r, method), "cell_center") for r in rows]])
        table.append([stacked(voice, [tr("Without one juror (best–worst)", lang=x)
                                       for x in voice.langs], "cell"),
                      *[ps.para(_range(r), "cell_center") for r in rows]])
        return ps.data_table(table, [first, *[width] * len(rows)])


def _place(row: Any, method: str) -> str:
    """A contender's place under `method`, "1=" when another project shares it (as the
    ranking's tables mark a tie), "—" when that method does not rank it."""
    place = row.places.get(method)
    if place is None:
        return "—"
    return f"{place}=" if method in row.shared else str(place)


def _percent(share: float, lang: str) -> str:
    """A share as a whole percentage, with the language's spacing ("53 %" in French)."""
    value = round(100 * share)
    return f"{value}\u00a0%" if lang == "fr" else f"{value}%"


def _interval(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def _range(row: Any) -> str:
    best, worst = row.best_without_one, row.worst_without_one
    if best is None:
        return "—"
    return str(best) if best == worst else f"{best}–{worst}"
