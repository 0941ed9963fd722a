"""The laureates' pages of the ceremony dossier: the decisions, each laureate, the mentions.

The longest part of the dossier and the one the guests turn to first: an overview
of every award, then one page per laureate (its facts, summary, the jury's citation
and a chart of its figures per criterion against the field), then the mentions.
`yansenne.reports.dossier` puts these pages in the story.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from yansenne.domain.ceremony_record import LANGS, Award, ProjectInfo
from yansenne.i18n import tr
from yansenne.reports import pdf_style as ps
from yansenne.reports.ceremony_data import (
    actor_label,
    award_label,
    format_amount,
    format_number,
    in_language,
    in_words,
    municipality_label,
    police_zone_label,
)
from yansenne.reports.dossier_frame import DossierPart, decimal_places, stacked


class LaureatePages(DossierPart):
    """The laureates and the mentions, in the document's language(s)."""

    def laureates(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [self.heading(lambda x: tr("The laureates", lang=x), 0,
                                            "laureates"), ps.Rule()]
        prizes = data.prizes_awarded
        if not prizes:
            out += self.prose(lambda lang: [tr("The jury has not recorded its decisions yet: "
                                               "the laureates will appear here once it has "
                                               "deliberated.", lang=lang)], labels=False)
            return out
        out.append(self.overview())
        for award in prizes:
            out += [PageBreak(), *self.laureate(award)]
        return out

    def overview(self) -> Flowable:
        """Every decision at a glance, before the laureates' own pages."""
        voice = self.voice
        rows: list[list[Any]] = [[
            self.head([tr("Award", lang=x) for x in voice.langs]),
            self.head([tr("Project", lang=x) for x in voice.langs]),
            self.head([tr("Amount", lang=x) for x in voice.langs], "head_right")]]
        for award in self.data.awards:
            rows.append([
                stacked(voice, [award_label(award.award, x) for x in voice.langs], "cell"),
                self.project_cell(award.project, None),
                stacked(voice, [format_amount(award.amount, x) or "—" for x in voice.langs],
                         "cell_right")])
        return ps.data_table(rows, [40 * mm, ps.FRAME_WIDTH - 70 * mm, 30 * mm])

    def award_heading(self, award: Award, level: int) -> ps.Heading:
        """"Premier prix · 6 000 €" (and its Dutch beside it), bookmarked with the title."""
        voice = self.voice
        parts = []
        for lang in voice.langs:
            label = award_label(award.award, lang)
            amount = format_amount(award.amount, lang)
            parts.append(f"{label} · {amount}" if amount else label)
        heading = ps.Heading(voice.join(parts), level, f"award-{award.project}", style="award")
        labels = voice.join(award_label(award.award, x) for x in voice.langs)
        heading.outline_title = f"{labels} — {self.title_of(award.project)}"
        return heading

    def facts(self, award: Award) -> Flowable:
        data, voice = self.data, self.voice
        info = data.projects[award.project]
        category = data.category(info.category)

        def row(label: Callable[[str], str], value: Flowable) -> list[Any]:
            return [ps.para(voice.join(label(x) for x in voice.langs), "head"), value]

        def words(fn: Callable[[str], str]) -> Flowable:
            return ps.para(voice.join(fn(x) for x in voice.langs), "cell")

        partners = info.partner_actors
        rows = [
            row(lambda x: tr("Organisation", lang=x), ps.para(info.organisation or "—", "cell")),
            row(lambda x: tr("Category", lang=x),
                words(lambda x: in_language(category.names, x) if category else info.category)),
            row(lambda x: tr("Municipality", lang=x),
                words(lambda x: municipality_label(info.municipality, x))),
            row(lambda x: tr("Police zone", lang=x),
                words(lambda x: police_zone_label(info.municipality, x))),
            row(lambda x: tr("Lead actor", lang=x), words(lambda x: actor_label(
                info.lead_actor, x))),
            row(lambda x: tr("Partner actors", lang=x), words(
                lambda x: ", ".join(actor_label(a, x) for a in partners) if partners
                else tr("none", lang=x))),
            row(lambda x: tr("In the ranking", lang=x), words(lambda x: self.standing_words(
                award, x))),
        ]
        label = 52 * mm if voice.bilingual else 38 * mm
        return ps.data_table(rows, [label, ps.FRAME_WIDTH - label], header_rows=0,
                             zebra=False, padding=2)

    def standing_words(self, award: Award, lang: str) -> str:
        if award.place is None:
            return tr("not ranked", lang=lang)
        if award.category_place is None:
            return tr("place {place} overall", lang=lang, place=award.place)
        return tr("place {place} overall; {category_place} of {size} in its category",
                  lang=lang, place=award.place, category_place=award.category_place,
                  size=award.category_size)

    def laureate(self, award: Award) -> list[Flowable]:
        data, voice = self.data, self.voice
        info = data.projects[award.project]
        out: list[Flowable] = [self.award_heading(award, 1)]
        if voice.bilingual:
            out.append(ps.side_by_side([ps.para(in_language(info.titles, x), "title_half")
                                        for x in voice.langs[:1]],
                                       [ps.para(in_language(info.titles, x), "title_half")
                                        for x in voice.langs[1:]], rule=False))
        else:
            out.append(ps.para(in_language(info.titles, voice.primary), "title"))
        out += [ps.Rule(space=6), self.facts(award), Spacer(1, 2 * mm)]

        body, quote = ("compact", "quote_compact") if voice.bilingual else ("body", "quote")

        def block(lang: str) -> list[Flowable]:
            column: list[Flowable] = [ps.para(tr("Summary", lang=lang), "h3"),
                                      *self.summary(info, lang, body)]
            citation = in_language(award.citations, lang)
            column.append(ps.para(tr("The jury's citation", lang=lang), "h3"))
            width = ps.FRAME_WIDTH if not voice.bilingual else (ps.FRAME_WIDTH - 8 * mm) / 2
            column.append(ps.quote_box([ps.para(citation or "—", quote)], width))
            return column

        if voice.bilingual:
            out.append(ps.side_by_side(block(voice.langs[0]), block(voice.langs[1])))
        else:
            out += block(voice.primary)
        chart = self.chart(award)
        if chart is not None:
            out.append(KeepTogether([
                ps.para(voice.tr("Figures per criterion"), "h3"), chart,
                ps.para(self.chart_caption(award), "muted")]))
        return out

    def summary(self, info: ProjectInfo, lang: str, style: str) -> list[Flowable]:
        """The summary in `lang`; a missing one is said to be missing, never left blank
        nor silently replaced (a one-language dossier then gives another language's)."""
        own = info.summaries.get(lang)
        if own:
            return [ps.para(own, style)]
        other = None if self.voice.bilingual else next(
            (code for code in LANGS if code != lang and info.summaries.get(code)), None)
        if other is None:
            return [ps.para(tr("No summary was submitted {in_language}.", lang=lang,
                               in_language=in_words(lang, lang)), "muted")]
        return [ps.para(tr("No summary was submitted {in_language}; here it is {in_other}.",
                           lang=lang, in_language=in_words(lang, lang),
                           in_other=in_words(other, lang)), "muted"),
                ps.para(info.summaries[other], style)]

    def chart_scale(self, award: Award) -> tuple[float, float, bool]:
        category = self.data.projects[award.project].category
        found = [self.data.criterion(f.criterion, category) for f in award.figures]
        scales = {(c.min_value, c.max_value) for c in found if c}
        if len(scales) == 1:
            low, high = scales.pop()
            return low, high, False
        return 0.0, 100.0, True

    def chart(self, award: Award) -> Drawing | None:
        figures = [f for f in award.figures]
        if not figures:
            return None
        data, voice = self.data, self.voice
        category = data.projects[award.project].category
        low, high, percent = self.chart_scale(award)

        def value(figure_value: float | None, code: str) -> float | None:
            if figure_value is None or not percent:
                return figure_value
            c = data.criterion(code, category)
            return 100 * (figure_value - c.min_value) / (c.max_value - c.min_value) if c else None

        labels = []
        for f in figures:
            c = data.criterion(f.criterion, category)
            names = [in_language(c.names, x) if c else f.criterion for x in voice.langs]
            labels.append("\n".join(dict.fromkeys(names)))
        mine = [value(f.value, f.criterion) for f in figures]
        field = [value(f.field_average, f.criterion) for f in figures]
        font = ps.SANS
        label_width = max(pdfmetrics.stringWidth(line, font, 8)
                          for label in labels for line in label.split("\n"))
        label_width = min(label_width, ps.FRAME_WIDTH * 0.42)
        row = 9 * len(voice.langs) + 16  # two bars and the label's lines
        height = row * len(figures) + 44
        drawing = Drawing(ps.FRAME_WIDTH, height, initialFontName=font, initialFontSize=8)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_width + 10, 18
        chart.width = ps.FRAME_WIDTH - chart.x - 34
        chart.height = row * len(figures)
        # Bars of a group are drawn bottom up: the average first puts this project on top.
        chart.data = [field, mine]
        chart.bars[0].fillColor = ps.ACCENT
        chart.bars[1].fillColor = ps.NAVY
        chart.bars.strokeColor = None
        chart.barSpacing = 1.5
        chart.groupSpacing = 7
        chart.categoryAxis.categoryNames = labels
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.fontName = font
        chart.categoryAxis.labels.fontSize = 8
        chart.categoryAxis.labels.leading = 10
        chart.categoryAxis.labels.fillColor = ps.INK
        chart.categoryAxis.labels.textAnchor = "end"
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -6
        chart.categoryAxis.strokeColor = ps.RULE
        chart.valueAxis.valueMin = low
        chart.valueAxis.valueMax = high
        chart.valueAxis.valueStep = (high - low) / 5
        chart.valueAxis.labels.fontName = font
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labels.fillColor = ps.MUTED
        chart.valueAxis.strokeColor = ps.RULE
        chart.valueAxis.gridStrokeColor = ps.PALE
        chart.valueAxis.visibleGrid = 1
        lang = self.number_lang
        chart.valueAxis.labelTextFormat = lambda v: format_number(v, lang, 0)
        chart.barLabelFormat = lambda v: format_number(v, lang, 1)
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 7
        chart.barLabels.fillColor = ps.INK
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        legend = Legend()
        legend.x, legend.y = chart.x, height - 6
        legend.alignment = "right"
        legend.dx = legend.dy = 7
        legend.fontName, legend.fontSize = font, 8
        legend.colorNamePairs = [(ps.NAVY, voice.tr("This project")),
                                 (ps.ACCENT, voice.tr("Average of the ranked candidates"))]
        legend.boxAnchor = "nw"
        legend.variColumn = 1
        legend.dxTextSpace = 5
        widths = [pdfmetrics.stringWidth(n, font, 8) for _, n in legend.colorNamePairs]
        legend.deltax = max(widths) + 40
        # One row when both names fit beside each other, else one under the other.
        side = 2 * legend.deltax < ps.FRAME_WIDTH - chart.x
        legend.columnMaximum = 1 if side else 2
        legend.deltay = 11
        if not side:
            drawing.height = height = height + 12
            legend.y = height - 6
        drawing.add(legend)
        return drawing

    def chart_caption(self, award: Award) -> str:
        voice = self.voice
        low, high, percent = self.chart_scale(award)
        if percent:
            return voice.tr("Figures as a share of each criterion's scale (0 to 100), under "
                            "the edition's method.")
        return voice.join(tr("Figures on the criteria's scale ({low} to {high}), under the "
                             "edition's method.", lang=x,
                             low=format_number(low, x, decimal_places(low)),
                             high=format_number(high, x, decimal_places(high)))
                          for x in voice.langs)

    def mentions(self) -> list[Flowable]:
        data, voice = self.data, self.voice
        if not data.awards:
            return []
        out: list[Flowable] = [PageBreak(), self.heading(lambda x: tr("Mentions", lang=x), 0,
                                                         "mentions"), ps.Rule()]
        if not data.mentions:
            out += self.prose(lambda lang: [tr("The jury awarded no mention.", lang=lang)],
                              labels=False)
            return out
        for award in data.mentions:
            info = data.projects[award.project]
            block: list[Flowable] = [ps.Heading(voice.pick(info.titles), 1,
                                                f"mention-{award.project}", style="h2")]
            category = data.category(info.category)
            block.append(ps.para(" · ".join(p for p in (
                info.organisation, voice.join(municipality_label(info.municipality, x)
                                              for x in voice.langs),
                voice.pick(category.names) if category else "") if p), "muted"))
            if voice.bilingual:
                half = (ps.FRAME_WIDTH - 8 * mm) / 2
                block.append(ps.side_by_side(
                    [ps.quote_box([ps.para(in_language(award.citations, voice.langs[0]) or "—",
                                           "quote")], half)],
                    [ps.quote_box([ps.para(in_language(award.citations, voice.langs[1]) or "—",
                                           "quote")], half)], rule=False))
            else:
                block.append(ps.quote_box([ps.para(
                    in_language(award.citations, voice.primary) or "—", "quote")]))
            block.append(Spacer(1, 5 * mm))
            out.append(KeepTogether(block))
        return out
