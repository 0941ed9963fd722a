"""The dashboard: counts by category, actor and municipality, and scoring progress."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from yansenne.domain import projects, queries
from yansenne.store.database import Database
from yansenne.ui.main_window import MainWindow


@pytest.fixture
def page(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page("dashboard")
    return window.page("dashboard")


def bars(page) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """The chart's bars, largest first, as (label, value)."""
    (series,) = page.chart.series()
    assert isinstance(series, QAbstractBarSeries)
    (values,) = series.barSets()
    (axis,) = [a for a in page.chart.axes(Qt.Orientation.Vertical)]
    return list(reversed(list(zip(axis.categories(), [values.at(i) for i in
                                                      range(values.count())], strict=True))))


def test_counts_by_category_lead_actor_and_municipality(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    assert bars(page) == [("Citizens", 3.0), ("Police services", 3.0)]
    page.ui.dimensionCombo.setFocus()
    qtbot.keyClicks(page.ui.dimensionCombo, "mun")
    assert bars(page) == [("(none)", 1.0), ("Anderlecht", 1.0), ("Bruxelles", 1.0),
                          ("Ixelles", 1.0), ("Region-wide", 1.0), ("Schaerbeek", 1.0)]
    page.ui.dimensionCombo.setCurrentIndex(1)
    assert bars(page) == [("Citizens", 3.0), ("Police services", 3.0)]
    assert "<div" in page.ui.projectsTile.text() and ">6<" in page.ui.projectsTile.text()


def test_progress_is_a_jurors_by_categories_grid(page) -> None:  # type: ignore[no-untyped-def]
    model = page.progress_model
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        "J1  Anne Dupont", "J2  Pieter Janssens", "J3  Sarah Lambert"]  # no observer
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Citizens", "Police services"]  # by name in the reader's language, not by code
    # J2 is in conflict with P01 (citizens): two citizens' projects to score, not three.
    assert [[model.index(r, c).data() for c in range(2)] for r in range(3)] == [
        ["3 / 3", "3 / 3"], ["2 / 2", "3 / 3"], ["3 / 3", "3 / 3"]]
    assert "68 of 68 marks given" in page.ui.progressHint.text()
    assert ">100 %<" in page.ui.progressTile.text()


def test_progress_follows_the_edits_when_shown_again(window: MainWindow, page,  # type: ignore[no-untyped-def]
                                                      small_db: Database) -> None:
    window.show_page("jury")
    actor = window.desk.actor
    window.desk.perform("add", "projects",
                        lambda s: projects.add_project(s, 2026, {
                            "code": "P07", "category": "police", "title_fr": "Nouveau"},
                            actor=actor), lambda s, _r: None)
    window.show_page("dashboard")
    model = page.progress_model
    assert model.index(0, 1).data() == "3 / 4"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Anne Dupont: 3 of 4 projects fully scored; 12 of 16 marks given")
    assert bars(page)[0] == ("Police services", 4.0)


def test_counts_come_grouped_and_the_suggestions_arrive_after(qtbot: QtBot, page,  # type: ignore[no-untyped-def]
                                                              small_db: Database) -> None:
    (edition,) = queries.editions(small_db)
    counts = queries.dashboard_counts(small_db, edition.id)
    assert counts.projects == len(queries.projects(small_db, edition.id)) == 6
    assert len(counts.groups) < 6 or all(g.projects == 1 for g in counts.groups)
    view = queries.conflicts_view(small_db, edition.id)
    assert counts.declared_conflicts == len(view.declared) == 1
    qtbot.waitUntil(lambda: "suggested" in page.ui.conflictsTile.text(), timeout=10_000)
    text = page.ui.conflictsTile.text()
    assert ">1<" in text and f"({len(view.suggested)} suggested)" in text


def test_every_category_of_the_demo_is_in_view_on_a_wide_screen(
        qtbot: QtBot, make_window, db: Database) -> None:  # type: ignore[no-untyped-def]
    """At 1920 px, in Dutch, the progress grid showed three of the demo's five categories
    and scrolled for the rest: each name on one line ("Gemeentediensten voor preventie en
    jongeren" alone 330 px) and the chart as wide as the grid. The names now wrap, the
    full name in the tooltip, and the grid has the larger share."""
    from yansenne.exchange.workbook import import_edition
    from yansenne.paths import demo_workbook
    from yansenne.ui import i18n

    import_edition(db, demo_workbook(), actor="tests")
    i18n.switch_language("nl")
    window = make_window(db)
    window.resize(1920, 1000)
    window.show_page("dashboard")
    page = window.page("dashboard")
    view, model = page.ui.progressView, page.progress_model
    qtbot.waitUntil(lambda: model.columnCount() == 5, timeout=5000)
    qtbot.wait(50)
    assert view.horizontalHeader().length() <= view.viewport().width()
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert "Gemeentediensten\nvoor preventie en\njongeren" in names
    assert all(len(line) <= 18 for name in names for line in name.split("\n"))
    assert model.headerData(names.index("Gemeentediensten\nvoor preventie en\njongeren"),
                            Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).endswith(
        "Gemeentediensten voor preventie en jongeren")
