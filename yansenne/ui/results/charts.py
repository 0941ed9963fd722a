"""The two charts of the results page (QtCharts).

- Scores: one box per project, the spread of its jurors' totals (minimum, first
  quartile, median, third quartile, maximum), with the method's figure as a dot
  when it is on the totals' 0-100 scale; projects in ranking order, the first
  `MAX_PROJECTS` only, so that a large edition stays readable.
- Leniency: one horizontal bar per juror, how far their totals sit above (more
  lenient) or below (stricter) the panel's on the same projects.
- Uncertainty: one pair of bars per ranked project, how often it comes first and how
  often in the top 3 when the ranking is recomputed with the jurors drawn again.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from yansenne import scoring
from yansenne.domain.results import Spread
from yansenne.ui import i18n

MAX_PROJECTS = 30
AIR = 2.0  # points kept between the extreme totals and the chart's edges
BOX_COLOUR = QColor("#c9d6ea")
BOX_EDGE = QColor("#2b5797")
DOT_COLOUR = QColor("#c0392b")
TOP3_COLOUR = QColor("#9fb6da")
FIRST_COLOUR = QColor("#2b5797")
LENIENT_COLOUR = QColor("#d9822b")
STRICT_COLOUR = QColor("#2b5797")
# Methods whose figure is itself a juror total, on the 0-100 scale of the boxes.
ON_TOTALS_SCALE = ("mean", "median", "trimmed", "majority")


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setLocalizeNumbers(True)  # decimal comma in French and Dutch
    chart.setLocale(i18n.locale())
    return chart


class _View(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setChart(_chart())

    def replace_chart(self, chart: QChart) -> None:
        """Show `chart`; the view releases the old one without deleting it, so we do."""
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def _axis_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font


class ScoreChart(_View):
    """Each project's figure with the spread of its jurors' totals."""

    def show_scores(self, ranking: scoring.Ranking | None, spreads: dict[str, Spread]) -> int:
        """Draw the first projects of `ranking`; returns how many are drawn."""
        chart = _chart()
        if ranking is None or not ranking.standings:
            self.replace_chart(chart)
            return 0
        standings = ranking.standings[:MAX_PROJECTS]
        boxes = QBoxPlotSeries()
        boxes.setName(self.tr("Jurors' totals (minimum, quartiles, maximum)"))
        boxes.setBrush(BOX_COLOUR)
        boxes.setPen(QPen(BOX_EDGE, 1.2))
        boxes.setBoxWidth(0.55)
        dots = QScatterSeries()
        dots.setName(self.tr("The method's figure"))
        dots.setColor(DOT_COLOUR)
        dots.setBorderColor(DOT_COLOUR)
        dots.setMarkerSize(8.0)
        codes = []
        for i, standing in enumerate(standings):
            spread = spreads.get(standing.project)
            codes.append(standing.project)
            box = QBoxSet(standing.project)
            if spread is not None:
                box.setValue(QBoxSet.ValuePositions.LowerExtreme, spread.low)
                box.setValue(QBoxSet.ValuePositions.LowerQuartile, spread.q1)
                box.setValue(QBoxSet.ValuePositions.Median, spread.median)
                box.setValue(QBoxSet.ValuePositions.UpperQuartile, spread.q3)
                box.setValue(QBoxSet.ValuePositions.UpperExtreme, spread.high)
            boxes.append(box)
            if ranking.method in ON_TOTALS_SCALE:
                dots.append(float(i), standing.score)
        chart.addSeries(boxes)
        x = QBarCategoryAxis()
        x.append(codes)
        x.setLabelsFont(self._axis_font())
        if len(codes) > 12:
            x.setLabelsAngle(-90)
            x.setTruncateLabels(False)  # rotated codes were elided to "…" in a thin strip
        drawn = [spreads[c] for c in codes if c in spreads]
        lowest = min([d.low for d in drawn] + [s.score for s in standings
                                               if ranking.method in ON_TOTALS_SCALE] or [0.0])
        highest = max([d.high for d in drawn] or [100.0])
        bottom = max(0, int((lowest - AIR) // 10) * 10)
        top = min(100, -int(-(highest + AIR) // 10) * 10)
        top = max(top, bottom + 10)
        y = QValueAxis()
        y.setRange(bottom, top)
        y.setTickCount((top - bottom) // 10 + 1)
        y.setLabelFormat("%.0f")
        y.setTitleText(self.tr("Total (% of the maximum)"))
        y.setLabelsFont(self._axis_font())
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        boxes.attachAxis(x)
        boxes.attachAxis(y)
        if dots.count():
            chart.addSeries(dots)
            dots.attachAxis(x)
            dots.attachAxis(y)
        self.replace_chart(chart)
        return len(codes)


class LeniencyChart(_View):
    """How lenient or strict each juror is against the panel (points of the total)."""

    def show_leniency(self, jurors: list[tuple[str, float | None]]) -> None:
        """`jurors`: (label, leniency) in the order to show, top first."""
        chart = _chart()
        shown = [(label, value) for label, value in jurors if value is not None]
        if not shown:
            self.replace_chart(chart)
            return
        shown.reverse()  # horizontal bars are drawn bottom-up
        lenient = QBarSet(self.tr("More lenient than the panel"))
        strict = QBarSet(self.tr("Stricter than the panel"))
        lenient.setColor(LENIENT_COLOUR)
        strict.setColor(STRICT_COLOUR)
        for _label, value in shown:
            lenient.append(max(value, 0.0))
            strict.append(min(value, 0.0))
        series = QHorizontalStackedBarSeries()
        series.append(lenient)
        series.append(strict)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append([label for label, _ in shown])
        y.setLabelsFont(self._axis_font())
        x = QValueAxis()
        reach = max(1.0, max(abs(v) for _, v in shown))
        reach = float(int(reach) + 1)
        x.setRange(-reach, reach)
        x.setTickCount(5)
        x.setLabelFormat("%.1f")
        x.setTitleText(self.tr("Points of the total, against the panel's mean"))
        x.setLabelsFont(self._axis_font())
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        self.replace_chart(chart)


class UncertaintyChart(_View):
    """How sure each place is: the share of redrawn rankings with the project first and in
    the top 3 (projects in ranking order, the first `MAX_PROJECTS`)."""

    def show_uncertainty(self, ranking: scoring.Ranking | None) -> int:
        """Draw the ranked projects that carry an uncertainty; returns how many."""
        chart = _chart()
        standings = [s for s in (ranking.standings if ranking else ())
                     if s.uncertainty is not None][:MAX_PROJECTS]
        if not standings:
            self.replace_chart(chart)
            return 0
        top3 = QBarSet(self.tr("In the top 3"))
        first = QBarSet(self.tr("First"))
        top3.setColor(TOP3_COLOUR)
        first.setColor(FIRST_COLOUR)
        for standing in standings:
            top3.append(100 * standing.uncertainty.p_top3)
            first.append(100 * standing.uncertainty.p_first)
        series = QBarSeries()
        series.append(top3)
        series.append(first)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([s.project for s in standings])
        x.setLabelsFont(self._axis_font())
        if len(standings) > 12:
            x.setLabelsAngle(-90)
            x.setTruncateLabels(False)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setTickCount(6)
        y.setLabelFormat("%.0f")
        y.setTitleText(self.tr("Share of the redrawn rankings (%)"))
        y.setLabelsFont(self._axis_font())
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.replace_chart(chart)
        return len(standings)
