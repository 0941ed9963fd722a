"""The results page, driven as a person would, on the demo edition (28 projects, 7 jurors)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCharts import QBoxPlotSeries, QHorizontalStackedBarSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from tests.ui.results.conftest import click_cell
from yansenne import scoring
from yansenne.domain import results as C
from yansenne.reports import readings
from yansenne.store.database import Database
from yansenne.ui import i18n
from yansenne.ui.results.results_page import EMPTY_PAGE, RESULTS_PAGE, ResultsPage

Settle = Callable[[object], None]


@pytest.fixture
def page(qtbot: QtBot, english: str, demo_db: Database, settle: Settle) -> ResultsPage:
    widget = ResultsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_edition(2026)
    assert widget.busy()  # the work runs off the UI thread
    settle(widget)
    return widget


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item by typing its first letters, as with the keyboard (after a pause, so
    that the combo starts a new search rather than extending the last one)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def column(page: ResultsPage, header: str) -> list[str]:
    model = page.ui.rankingView.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    c = headers.index(header)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_the_overall_ranking_under_the_edition_method(page: ResultsPage) -> None:
    results = page.results()
    assert results is not None and results.method == "mean" and results.scope is None
    assert page.ui.stack.currentIndex() == RESULTS_PAGE
    assert column(page, "Project")[:3] == ["P13", "P06", "P20"]
    assert column(page, "Place")[:3] == ["1", "2", "3"]
    assert len(column(page, "Project")) == 28
    assert "mean" in page.ui.statusLabel.text()


def test_ties_are_marked_in_a_category(qtbot: QtBot, page: ResultsPage, settle: Settle) -> None:
    choose(qtbot, page.ui.scopeCombo, "Municipal")
    settle(page)
    assert page.results().scope == "municipal"
    rows = list(zip(column(page, "Project"), column(page, "Rank"), column(page, "Tie"),
                    column(page, "Place"), strict=True))
    assert rows[:4] == [("P13", "1", "", "1"), ("P14", "2=", "ex aequo", "2"),
                        ("P15", "2=", "ex aequo", "2"), ("P16", "4", "", "4")]


def test_the_method_selector_reranks_and_trim_k_applies_to_the_trimmed_mean(
        qtbot: QtBot, page: ResultsPage, settle: Settle) -> None:
    assert not page.ui.trimSpin.isEnabled()
    choose(qtbot, page.ui.methodCombo, "Median")
    settle(page)
    assert page.results().method == "median"
    assert column(page, "Project")[0] == "P20"  # the median puts P20 first
    choose(qtbot, page.ui.methodCombo, "Trimmed")
    settle(page)
    assert page.ui.trimSpin.isEnabled() and page.results().method == "trimmed"
    page.ui.trimSpin.selectAll()
    qtbot.keyClicks(page.ui.trimSpin, "3")
    settle(page)
    results = page.results()
    assert results.trim == 3
    assert not results.ranking.unranked  # six totals: trimmed less rather than left out
    notes = page.notes_label.notes()
    assert page.notes_label.isVisible()
    assert [n.split(" has ")[0] for n in notes if " has 6 totals" in n] == [
        "P07", "P08", "P19", "P24"]
    assert notes[0] == ("P07 has 6 totals: its trimmed mean sets aside 2 at each end "
                        "instead of 3.")
    assert not page.ui.unrankedLabel.isVisible()
    choose(qtbot, page.ui.methodCombo, "Rank")
    settle(page)
    assert page.results().method == "ranksum"
    scores = [s.score for s in page.results().ranking.standings]
    assert scores == sorted(scores)  # a rank sum: lower is better


def test_agreement_figures_are_named_and_read_in_words(page: ResultsPage) -> None:
    agreement = page.results().agreement
    ui = page.ui
    assert "Kendall's W" in ui.wName.text()
    assert "ICC(2,1)" in ui.iccName.text()
    assert "Krippendorff's alpha" in ui.alphaName.text()
    assert ui.wValue.text() == f"{agreement.kendall_w:.2f}"
    assert ui.wReading.text() == readings.kendall_w_reading(agreement.kendall_w)
    assert ui.iccReading.text() == readings.icc_reading(agreement.icc.shown)
    assert "ICC(3,1)" in ui.iccValue.toolTip()  # the other forms, named, on hover


def test_the_charts_show_each_project_spread_and_each_juror_leniency(
        page: ResultsPage) -> None:
    chart = page.score_chart.chart()
    boxes = [s for s in chart.series() if isinstance(s, QBoxPlotSeries)]
    dots = [s for s in chart.series() if isinstance(s, QScatterSeries)]
    assert len(boxes) == 1 and boxes[0].count() == 28
    first = boxes[0].boxSets()[0]
    spread = page.results().spreads["P13"]
    assert first.label() == "P13" and first.at(0) == spread.low and first.at(4) == spread.high
    assert dots and dots[0].at(0).y() == pytest.approx(page.results().ranking.standings[0].score)
    bars = page.leniency_chart.chart().series()
    assert len(bars) == 1 and isinstance(bars[0], QHorizontalStackedBarSeries)
    lenient, strict = bars[0].barSets()
    assert lenient.count() == strict.count() == 7
    assert page.leniency_model.rowCount() == 7


def test_the_methods_comparison_flags_fragile_laureates(page: ResultsPage) -> None:
    model = page.methods_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[2:9] == ["Mean", "Median", "Trimmed mean (K = 1)", "z-scores", "Rank sum",
                            "Majority judgment", "Schulze"]  # the method catalogue's titles
    assert headers[-2:] == ["Without one juror", "Largest move"]
    sensitivity = page.results().sensitivity
    assert sensitivity.comparison.top3_changes
    text = page.ui.flagsLabel.text()
    assert "P13 (placed 1)" in text and "without J07" in text
    assert column(page, "Stability")[:3] == ["method · one juror"] * 3
    assert "place 3 without J07" in page.ranking_model.tip("P13")


def test_selecting_a_project_explains_it(qtbot: QtBot, page: ResultsPage,
                                         settle: Settle) -> None:
    view = page.ui.rankingView
    click_cell(qtbot, view, view.model().index(1, 0))
    settle(page)
    explained = page.explained()
    assert explained is not None and explained.project == "P06"
    text = page.ui.explanationLabel.text()
    assert "P06 is placed 2" in text
    assert "behind P13 (placed 1)" in text and "ahead of P20 (placed 3)" in text
    assert page.criteria_model.rowCount() == 4
    assert page.juror_parts_model.rowCount() == 7
    header = page.criteria_model.headerData(4, Qt.Orientation.Horizontal)
    assert header == "Gap to P13"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the keyboard moves the explanation along
    settle(page)
    assert page.explained().project == "P20"


def test_no_edition_shows_the_empty_page(page: ResultsPage) -> None:
    page.set_edition(None)
    assert page.ui.stack.currentIndex() == EMPTY_PAGE
    assert page.ranking_model.rowCount() == 0 and page.results() is None


def test_a_language_switch_rewords_the_figures(qtbot: QtBot, page: ResultsPage) -> None:
    i18n.switch_language("fr")
    qtbot.waitUntil(lambda: "accord" in page.ui.wReading.text(), timeout=5000)
    assert "," in page.ui.wValue.text()  # 0,72
    i18n.switch_language("en")
    qtbot.waitUntil(lambda: "agreement" in page.ui.wReading.text(), timeout=5000)


def test_a_stale_result_is_dropped(qtbot: QtBot, page: ResultsPage, settle: Settle,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Quick choices with the arrow keys: adjusted, Schulze (made slow here) then majority;
    the Schulze result, arriving last, is not shown."""
    compute = C.compute_scope

    def slow_schulze(loaded, scope, method, trim, progress=None):  # type: ignore[no-untyped-def]
        if method == "schulze":
            time.sleep(0.6)
        return compute(loaded, scope, method, trim, progress)

    monkeypatch.setattr(C, "compute_scope", slow_schulze)
    combo = page.ui.methodCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # adjusted
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # Schulze
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # majority judgment
    settle(page)
    assert combo.currentData() == "majority"
    assert page.results().method == "majority"
    assert scoring.canonical_method(page.method()) == "majority"


def test_the_uncertainty_tab_draws_each_ranked_project_and_says_which_places_hold(
        qtbot: QtBot, page: ResultsPage) -> None:
    tabs = page.ui.tabs
    assert tabs.currentIndex() == 0
    tabs.tabBar().setFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)  # the keyboard reaches the next tab
    assert tabs.currentWidget() is page.uncertainty_tab
    assert page.uncertainty_chart.isVisible() and page.uncertainty_note.isVisible()
    bars = page.uncertainty_chart.chart().series()
    standings = page.results().ranking.standings
    assert len(bars) == 1 and [b.count() for b in bars[0].barSets()] == [28, 28]
    assert bars[0].barSets()[0].at(0) == pytest.approx(100 * standings[0].uncertainty.p_top3)
    u = standings[0].uncertainty
    likely = column(page, "Likely places")[0]
    assert likely == (str(u.rank_low) if u.rank_low == u.rank_high
                      else f"{u.rank_low}\u2013{u.rank_high}")
    notes = page.uncertainty_note.notes()
    assert "drawn again" in notes[0]
    assert [n.split(" cannot ")[0] for n in notes[1:]] == [  # the core's notes, under the chart
        "P13 and P06", "P06 and P20", "P20 and P27"]
    assert page.notes_label.notes() == (  # under the ranking, a pointer to them
        "Some of the places 1 to 3 cannot be told apart with this panel: see the Uncertainty "
        "tab.",)


def test_the_agreement_box_gives_icc_2k_and_what_w_rests_on(page: ResultsPage) -> None:
    agreement = page.results().agreement
    rows = [page.ui.agreementLayout.itemAtPosition(r, 0).widget().text() for r in range(4)]
    assert rows == ["Kendall's W", "ICC(2,1)", "ICC(2,k)", "Krippendorff's alpha"]
    assert page.iccKValue.text() == readings.figure(agreement.icc_k) != "—"
    assert page.iccKReading.text() == readings.icc_k_reading(agreement.icc_k)
    assert "k = " in page.iccKValue.toolTip()
    text = page.wBasisLabel.text()
    assert text.startswith(f"Kendall's W rests on the {agreement.n_projects} of ")
    assert f"all {agreement.n_jurors} jurors scored" in text
