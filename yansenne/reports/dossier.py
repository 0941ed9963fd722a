"""The ceremony dossier: the printed, bilingual laureate booklet the guests hold.

`write_dossier(db, year, "fr+nl", path)` reads the edition in one short session
and lays it out with ReportLab in French, Dutch, English, or French and Dutch
together. In `fr+nl` every section holds both languages where a reader of either
finds their own without hunting: prose in two columns (French | Dutch) under a
bilingual title, tables with bilingual headers, project titles in both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.reports import pdf_style as ps
from yansenne.reports.ceremony_data import (
    DOSSIER_LANGUAGES,
    Award,
    CategoryStanding,
    CeremonyData,
    Voice,
    actor_label,
    award_label,
    format_amount,
    format_date,
    format_number,
    gather,
    in_language,
    method_in_words,
    method_label,
    municipality_label,
    police_zone_label,
    reason_label,
    role_label,
)
from yansenne.store.database import Database

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


def write_dossier(db: Database, year: int, lang: str, target: str | Path | IO[bytes],
                  progress: ProgressFn | None = None) -> int:
    """Write edition `year`'s dossier to `target`; returns the number of pages."""
    check_language(lang)
    if progress:
        progress(0, 0, tr("Reading the edition…"))
    with db.read() as session:
        data = gather(session, year)
    return build_dossier(data, lang, target, progress)


def build_dossier(data: CeremonyData, lang: str, target: str | Path | IO[bytes],
                  progress: ProgressFn | None = None) -> int:
    """Lay out the dossier of `data` in `lang` (fr, nl, en or fr+nl); returns the pages."""
    voice = check_language(lang)
    builder = _Dossier(data, voice)
    return render(builder.story, voice, data, target, progress,
                  title=voice.join(
                      f"{in_language(data.names, x)} — {tr('Ceremony dossier', lang=x)}"
                      for x in voice.langs),
                  subject=voice.tr("The laureates, the jury and the ranking of edition {year}",
                                   year=data.year))


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
    doc = ps.Document(str(target) if isinstance(target, Path) else target, decor, title=title,
                      subject=subject, author=voice.join(
                          f"{tr('Brussels Prevention & Security', lang=x)} (safe.brussels)"
                          for x in voice.langs),
                      lang=PDF_LANG[voice.primary], progress=on_page)
    return doc.build_numbered(story)


def _names(voice: Voice, values: dict[str, str] | Any, style: str = "cell") -> Flowable:
    """A bilingual field in one cell: each language on its own line."""
    parts = list(dict.fromkeys(in_language(values, x) for x in voice.langs))
    return ps.para("<br/>".join(ps.text(p) for p in parts if p), style, markup=True)


def _stacked(voice: Voice, texts: Sequence[str], style: str = "head") -> Flowable:
    parts = list(dict.fromkeys(t for t in texts if t))
    return ps.para("<br/>".join(ps.text(p) for p in parts), style, markup=True)


class _Dossier:
    """Builds the story, section by section, in the document's language(s)."""

    def __init__(self, data: CeremonyData, voice: Voice) -> None:
        self.data, self.voice = data, voice
        self.number_lang = voice.primary

    # -- helpers -----------------------------------------------------------------
    def head(self, msgid_texts: Sequence[str], style: str = "head") -> Flowable:
        return _stacked(self.voice, msgid_texts, style)

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

    # -- sections ----------------------------------------------------------------
    def story(self) -> list[Flowable]:
        parts: list[Flowable] = [*self.cover(), PageBreak()]
        foreword = self.foreword()
        if foreword:
            parts += [*foreword, PageBreak()]
        parts += [*self.contents(), PageBreak(), *self.prize(), PageBreak(), *self.jury(),
                  PageBreak(), *self.laureates(), *self.mentions(), PageBreak(),
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
                                  low=format_number(criterion.min_value, x, _places(
                                      criterion.min_value)),
                                  high=format_number(criterion.max_value, x, _places(
                                      criterion.max_value)),
                                  step=format_number(criterion.step, x, _places(
                                      criterion.step)))
                               for x in voice.langs)
            rows.append([_names(voice, criterion.names), _stacked(voice, applies, "cell"),
                         ps.para(f"{format_number(share * 100, self.number_lang, 0)} %",
                                 "cell_right"),
                         _stacked(voice, scale.split(" / "), "cell_right")])
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
                         _stacked(voice, [role_label(juror.role, x) for x in voice.langs],
                                  "cell")])
        out.append(ps.data_table(rows, [46 * mm, 70 * mm, ps.FRAME_WIDTH - 116 * mm]))
        return out

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
                _stacked(voice, [award_label(award.award, x) for x in voice.langs], "cell"),
                self.project_cell(award.project, None),
                _stacked(voice, [format_amount(award.amount, x) or "—" for x in voice.langs],
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
                                      ps.para(in_language(info.summaries, lang) or "—", body)]
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
                             low=format_number(low, x, _places(low)),
                             high=format_number(high, x, _places(high)))
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
                         _stacked(voice, [municipality_label(
                             data.projects[c.project].municipality, x) for x in voice.langs],
                             "cell"),
                         ps.para(format_number(c.score, lang), "cell_right")])
        for left in standing.unranked:
            rows.append([ps.para("—", "cell_center"),
                         self.project_cell(left.project, awards.get(left.project)),
                         _stacked(voice, [municipality_label(
                             data.projects[left.project].municipality, x)
                             for x in voice.langs], "cell"),
                         _stacked(voice, [reason_label(left.reason, x) for x in voice.langs],
                                  "cell_right")])
        table = ps.data_table(rows, [16 * mm, ps.FRAME_WIDTH - 16 * mm - 38 * mm - 26 * mm,
                                     38 * mm, 26 * mm])
        heading = ps.Heading(voice.pick(names), 1, f"category-{standing.code}", style="h2")
        if len(rows) == 1:
            return [heading, ps.para(voice.tr("No candidate in this category."), "muted")]
        return [CondPageBreak(45 * mm), heading, table, Spacer(1, 2 * mm)]

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

    def annex(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [self.heading(lambda x: tr("Annex", lang=x), 0, "annex"),
                               ps.Rule()]
        out.append(self.heading(lambda x: tr("Method", lang=x), 1, "annex-method"))
        out += self.prose(lambda lang: [*method_in_words(data, lang), self.parameters(lang)],
                          labels=False)
        out += self.agreement()
        out += self.sensitivity()
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
        text = tr("Method: {method}. Quorum: {quorum} jurors. Marks recorded: {scores}.",
                  lang=lang, method=method_label(data.method, lang), quorum=data.quorum,
                  scores=data.n_scores)
        if data.method == "trimmed":
            text += " " + tr("Totals set aside at each end: {k}.", lang=lang, k=data.trim)
        return text

    def agreement(self) -> list[Flowable]:
        data, voice = self.data, self.voice
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(
            lambda x: tr("Agreement among the jurors", lang=x), 1, "annex-agreement")]
        out += self.prose(lambda lang: [tr(
            "How far the jurors agree, category by category: Kendall's W on their rankings, "
            "the intraclass correlation ICC(2,1) and Krippendorff's alpha on their totals. "
            "Each runs from 0 (no agreement beyond chance) to 1 (complete agreement).",
            lang=lang)], labels=False)
        lang = self.number_lang
        rows: list[list[Any]] = [[
            self.head([tr("Category", lang=x) for x in voice.langs]),
            self.head(["Kendall W"], "head_right"), self.head(["ICC(2,1)"], "head_right"),
            self.head(["Krippendorff", "α"], "head_right"),
            self.head([tr("Jurors", lang=x) for x in voice.langs], "head_right"),
            self.head([tr("Projects", lang=x) for x in voice.langs], "head_right")]]
        for standing in data.standings:
            category = data.category(standing.code)
            a = standing.agreement
            rows.append([
                _names(voice, category.names if category else {"fr": standing.code}),
                ps.para(format_number(a.kendall_w if a else None, lang), "cell_right"),
                ps.para(format_number(a.icc.shown if a and a.icc else None, lang),
                        "cell_right"),
                ps.para(format_number(a.krippendorff_alpha if a else None, lang),
                        "cell_right"),
                ps.para(str(a.complete_jurors) if a else "—", "cell_right"),
                ps.para(str(a.complete_projects) if a else "—", "cell_right")])
        narrow = 20 * mm
        out.append(ps.data_table(rows, [ps.FRAME_WIDTH - 5 * narrow, *[narrow] * 5]))
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
            table.append([_stacked(voice, label, "cell"),
                          *[ps.para(str(r.places.get(method) or "—"), "cell_center")
                            for r in rows]])
        table.append([_stacked(voice, [tr("Without one juror (best–worst)", lang=x)
                                       for x in voice.langs], "cell"),
                      *[ps.para(_range(r), "cell_center") for r in rows]])
        return ps.data_table(table, [first, *[width] * len(rows)])


def _range(row: Any) -> str:
    best, worst = row.best_without_one, row.worst_without_one
    if best is None:
        return "—"
    return str(best) if best == worst else f"{best}–{worst}"


def _places(value: float) -> int:
    return 0 if float(value).is_integer() else 1
