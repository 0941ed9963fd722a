"""The results page on an edition where `adjusted` moves places (a harsh juror recused),
a juror's total rests on part of the grid and the overall ranking is not comparable."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.results.editions import build_harsh_recused
from tests.ui.results.test_results_page import choose, column
from yansenne.scoring import catalogue
from yansenne.store.database import Database
from yansenne.ui.results.models import RankingColumn
from yansenne.ui.results.results_page import UNCERTAINTY_TAB, ResultsPage

Settle = Callable[[object], None]


@pytest.fixture
def page(qtbot: QtBot, english: str, db: Database, settle: Settle) -> ResultsPage:
    build_harsh_recused(db)
    widget = ResultsPage(db)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_edition(2026)
    settle(widget)
    return widget


@pytest.fixture
def citizens(qtbot: QtBot, page: ResultsPage, settle: Settle) -> ResultsPage:
    choose(qtbot, page.ui.scopeCombo, "Cit")
    settle(page)
    assert page.results().scope == "citizens"
    return page


def cell(page: ResultsPage, project: str, col: int, role: int = Qt.ItemDataRole.DisplayRole):
    model = page.ui.rankingView.model()
    rows = column(page, "Project")
    return model.index(rows.index(project), col).data(role)


def test_the_place_under_adjusted_stands_beside_the_mean_and_moves_are_flagged(
        citizens: ResultsPage) -> None:
    page = citizens
    heading = catalogue.heading("adjusted", "en", 1)
    assert column(page, "Project") == ["P01", "P03", "P05"]  # the mean: P01 lacks the harsh juror
    assert column(page, heading) == ["2 \u2193", "1 \u2191", "3"]  # adjusted puts P03 first
    tip = cell(page, "P01", RankingColumn.COMPARED, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Place 2 under ") and tip.endswith("instead of 1: the place would "
                                                             "change.")
    spoken = cell(page, "P03", RankingColumn.COMPARED, Qt.ItemDataRole.AccessibleTextRole)
    assert "instead of 2: the place would change" in spoken
    assert "as well" in cell(page, "P05", RankingColumn.COMPARED, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, "P05", RankingColumn.COMPARED, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(page, "P01", RankingColumn.COMPARED, Qt.ItemDataRole.BackgroundRole) is not None


def test_under_adjusted_the_mean_stands_beside_it(qtbot: QtBot, citizens: ResultsPage,
                                                  settle: Settle) -> None:
    page = citizens
    choose(qtbot, page.ui.methodCombo, "Adj")
    settle(page)
    assert page.results().method == "adjusted"
    assert column(page, "Project") == ["P03", "P01", "P05"]
    assert column(page, catalogue.heading("mean", "en", 1)) == ["2 \u2193", "1 \u2191", "3"]


def test_a_partial_total_is_marked_in_its_row(citizens: ResultsPage) -> None:
    page = citizens
    assert column(page, "Totals") == ["2", "3", "\u25d0 3"]
    assert cell(page, "P05", RankingColumn.TOTALS, Qt.ItemDataRole.ToolTipRole) == (
        "A juror's total rests on only part of the grid.")
    assert "part of the grid" in cell(page, "P05", RankingColumn.TOTALS,
                                      Qt.ItemDataRole.AccessibleTextRole)
    assert not cell(page, "P03", RankingColumn.TOTALS, Qt.ItemDataRole.ToolTipRole)


def test_the_ranking_notes_are_shown_in_words(citizens: ResultsPage) -> None:
    label = citizens.notes_label
    assert label.isVisible()
    assert label.notes() == (
        "P05: at least one juror's total rests on only part of the grid.",
        "Some of the places 1 to 3 cannot be told apart with this panel: see the Uncertainty "
        "tab.")
    assert "part of the grid" in label.text()


def test_the_overall_ranking_warns_that_it_is_not_comparable(
        qtbot: QtBot, page: ResultsPage, settle: Settle) -> None:
    assert page.results().scope is None and not page.results().ranking.comparable
    banner = page.warning_banner
    assert banner.isVisible()
    assert banner.text().startswith("Not comparable: the categories were scored by different "
                                    "juror panels")
    assert "Overall ranking:" in banner.text_label.text()
    assert banner.accessibleName() == "Warning"
    choose(qtbot, page.ui.scopeCombo, "Cit")  # a category is comparable within itself
    settle(page)
    assert not banner.isVisible()


def test_the_uncertainty_chart_has_one_bar_per_ranked_project(citizens: ResultsPage) -> None:
    page = citizens
    page.ui.tabs.setCurrentIndex(UNCERTAINTY_TAB)
    assert page.ui.tabs.tabText(UNCERTAINTY_TAB) == "&Uncertainty"
    assert page.uncertainty_chart.isVisible()
    series = [s for s in page.uncertainty_chart.chart().series() if isinstance(s, QBarSeries)]
    assert len(series) == 1
    top3, first = series[0].barSets()
    ranking = page.results().ranking
    assert top3.count() == first.count() == len(ranking.standings) == 3
    for i, standing in enumerate(ranking.standings):
        assert top3.at(i) == pytest.approx(100 * standing.uncertainty.p_top3)
        assert first.at(i) == pytest.approx(100 * standing.uncertainty.p_first)
    assert page.uncertainty_note.notes()[1:] == (
        "P01 and P03 cannot be told apart with this panel: in the resamplings of the jurors, "
        "P01 ranks ahead in 67% and P03 in 33%.",)
