"""The dashboard: the edition at a glance.

How many projects by category, lead actor or municipality (a small bar chart),
and the scoring progress as a jurors × categories grid of completion. The counts
come from one grouped query (`queries.dashboard_counts`), not a row per project;
the conflicts suggested, slow to find on a large edition, are counted off the UI
thread and complete their tile when known.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHeaderView, QWidget

from yansenne.domain import queries
from yansenne.domain.queries import ProjectGroup
from yansenne.i18n import format_count, pick
from yansenne.ui import i18n, labels
from yansenne.ui.forms.ui_dashboard_page import Ui_DashboardPage
from yansenne.ui.models.progress_model import ProgressModel
from yansenne.ui.pages.base import DeskPage

BAR_COLOUR = QColor("#2b5797")
DIMENSIONS = ("category", "lead_actor", "municipality")
TILE = ("<div style='font-size:20pt; font-weight:600; color:#1f2430;'>{value}</div>"
        "<div style='color:#5a6272;'>{label}</div>")


class DashboardPage(DeskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, ui.chartHost)
        self.chart_view.setObjectName("countsChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        ui.chartLayout.addWidget(self.chart_view)
        # The progress grid, a column per category, takes more of the width than the
        # chart, whose bars read as well narrower.
        ui.bodyLayout.setStretch(0, 2)
        ui.bodyLayout.setStretch(1, 3)
        self._name_chart()
        self.progress_model = ProgressModel(self)
        ui.progressView.setModel(self.progress_model)
        ui.progressView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ui.progressView.horizontalHeader().setMinimumSectionSize(72)
        ui.progressView.verticalHeader().setDefaultSectionSize(
            ui.progressView.fontMetrics().height() + 14)
        for tile in (ui.projectsTile, ui.jurorsTile, ui.conflictsTile, ui.progressTile):
            tile.setStyleSheet("QLabel { background: #ffffff; border: 1px solid #d5d9e0; "
                               "border-radius: 4px; padding: 8px; }")
        self._groups: tuple[ProjectGroup, ...] = ()
        self._declared, self._suggested = 0, None  # type: tuple[int, int | None]
        self._request = 0
        self._counted = _Counted(self)
        self._counted.done.connect(self._suggestions_counted)
        self._fill_dimensions()

    def bind(self, desk) -> None:  # type: ignore[no-untyped-def]
        super().bind(desk)
        self.ui.dimensionCombo.currentIndexChanged.connect(lambda _i: self._show_counts())

    def load(self) -> None:
        desk = self.desk
        edition = desk.edition if desk else None
        if desk is None or edition is None:
            return
        db = desk.database
        counts = queries.dashboard_counts(db, edition.id)
        self._groups = counts.groups
        categories = queries.categories(db, edition.id)
        jurors = queries.jurors(db, edition.id)
        progress = queries.progress(db, edition.id)
        self.progress_model.set_progress(jurors, categories, progress)
        marks = sum(p.marks for p in progress)
        expected = sum(p.expected for p in progress)
        share = marks / expected if expected else 0.0
        observers = sum(1 for j in jurors if j.role == "observer")
        ui = self.ui
        ui.projectsTile.setText(TILE.format(value=format_count(counts.projects),
                                            label=self.tr("projects")))
        ui.jurorsTile.setText(TILE.format(
            value=format_count(len(jurors) - observers),
            label=self.tr("jurors who score (+ %n observer(s))", "", observers)))
        self._declared, self._suggested = counts.declared_conflicts, None
        self._show_conflicts()
        self._count_suggestions(lambda: queries.suggested_conflicts(db, edition.id))
        ui.progressTile.setText(TILE.format(value=_percent(share),
                                            label=self.tr("of the expected marks given")))
        ui.progressHint.setText(self.tr(
            "Projects fully scored by each juror, out of the projects they score (conflicts "
            "and observers left out); {marks} of {expected} marks given.").format(
            marks=format_count(marks), expected=format_count(expected)))
        self._show_counts()

    def _count_suggestions(self, work: Callable[[], int]) -> None:
        self._request += 1
        QThreadPool.globalInstance().start(_CountSuggestions(work, self._counted,
                                                             self._request))

    def _suggestions_counted(self, request: int, count: int) -> None:
        if request == self._request and count >= 0:
            self._suggested = count
            self._show_conflicts()

    def _show_conflicts(self) -> None:
        label = (self.tr("conflicts of interest (%n suggested)", "", self._suggested)
                 if self._suggested is not None else self.tr("conflicts of interest"))
        self.ui.conflictsTile.setText(TILE.format(value=format_count(self._declared),
                                                  label=label))

    def counts(self, dimension: str) -> list[tuple[str, int]]:
        """(label, number of projects) by `dimension`, the largest first."""
        lang = i18n.current_language()
        found: Counter[str] = Counter()
        for group in self._groups:
            if dimension == "category":
                found[pick(group, "category_name", lang)] += group.projects
            elif dimension == "lead_actor":
                found[labels.actor_name(group.lead_actor, lang)] += group.projects
            else:
                found[labels.municipality_name(group.municipality, lang)
                      or self.tr("(none)")] += group.projects
        return sorted(found.items(), key=lambda item: (-item[1], labels.fold(item[0])))

    def _show_counts(self) -> None:
        dimension = self.ui.dimensionCombo.currentData() or "category"
        counts = list(reversed(self.counts(dimension)))  # the largest on top
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Projects"))
        bars.setColor(BAR_COLOUR)
        bars.setBorderColor(BAR_COLOUR)
        bars.setLabelColor(QColor("#1f2430"))
        bars.append([float(n) for _, n in counts])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.55)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_short(label) for label, _ in counts])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()
        values.setRange(0, max((n for _, n in counts), default=1) * 1.2 + 0.5)
        values.setLabelFormat("%d")
        values.setTickCount(2)
        values.setVisible(False)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.ui.chartHost.setMinimumHeight(max(300, 26 * len(counts) + 40))

    def _fill_dimensions(self) -> None:
        combo = self.ui.dimensionCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, text in zip(DIMENSIONS, (self.tr("category"), self.tr("lead actor"),
                                          self.tr("municipality")), strict=True):
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _name_chart(self) -> None:
        self.chart_view.setAccessibleName(self.tr("Chart of the projects counted"))
        self.chart_view.setAccessibleDescription(self.tr(
            "Bars of the number of projects, by the dimension chosen in \"Count by\""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "progress_model"):
            self.ui.retranslateUi(self)
            self._fill_dimensions()  # the window reloads the page in the new language
            self._name_chart()
            self.progress_model.retranslate()
        super().changeEvent(event)


class _Counted(QObject):
    """Carries a count back to the UI thread: (request, count; -1 when it failed)."""

    done = Signal(int, int)


class _CountSuggestions(QRunnable):
    def __init__(self, work: Callable[[], int], counted: _Counted, request: int) -> None:
        super().__init__()
        self._work, self._counted, self._request = work, counted, request

    def run(self) -> None:
        try:
            count = self._work()
        except Exception:  # noqa: BLE001 - a tile left without its suggestions, no more
            count = -1
        try:
            self._counted.done.emit(self._request, count)
        except RuntimeError:  # the page was closed meanwhile
            pass


def _percent(share: float) -> str:
    return i18n.locale().toString(round(share * 100)) + " %"


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
