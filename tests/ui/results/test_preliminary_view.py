"""The results page's "Preliminary and final" tab: shown for an edition with stages once
preliminary marks exist, hidden otherwise."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.domain.test_preliminary import REVISED, STAGED, build_staged_edition
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui.results.preliminary_view import CHANGED_BACKGROUND
from yansenne.ui.results.results_page import ResultsPage

Settle = Callable[[object], None]


@pytest.fixture
def staged_db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "staged.sqlite")
    build_staged_edition(database, tmp_path)
    yield database
    database.close()


def open_page(qtbot: QtBot, db: Database, year: int, settle: Settle) -> ResultsPage:
    page = ResultsPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    qtbot.waitExposed(page)
    page.set_edition(year)
    settle(page)
    return page


def table(view: QTableView) -> list[dict[str, str]]:
    model = view.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [{h: model.index(r, c).data() for c, h in enumerate(heads)}
            for r in range(model.rowCount())]


def tab_of(page: ResultsPage) -> int:
    return page.ui.tabs.indexOf(page.preliminary_view)


def test_the_tab_sets_preliminary_beside_final(qtbot: QtBot, english: str, staged_db: Database,
                                               settle: Settle) -> None:
    page = open_page(qtbot, staged_db, STAGED, settle)
    tabs = page.ui.tabs
    assert tabs.isTabVisible(tab_of(page))
    assert tabs.tabText(tab_of(page)) == "&Preliminary and final"
    tabs.setCurrentIndex(tab_of(page))
    qtbot.waitUntil(lambda: page.preliminary_view.isVisible())
    revisions = page.revisions()
    assert revisions is not None and not revisions.empty
    view = page.preliminary_view
    projects = {row["Project"]: row for row in table(view.projects_view)}
    assert len(projects) == 15
    assert projects["P04"]["Rank"] == "2 \u2192 1"
    assert projects["P01"]["Rank"] == "1 \u2192 2"
    assert projects["P04"]["Places gained"] == "+1"
    assert projects["P04"]["Difference"].startswith("+")
    assert projects["P02"]["Difference"] == "0.00"
    totals = table(view.totals_view)
    revised = [r for r in totals if r["Juror"].startswith(REVISED) and r["Project"] == "P01"]
    assert revised and revised[0]["Marks changed"] == "3"
    assert revised[0]["Preliminary"] != revised[0]["Final"]
    # revised rows are shaded, the others not
    model = view.totals_view.model()
    shades = {(model.index(r, 0).data(), model.index(r, 1).data()[:3]):
              model.index(r, 4).data(Qt.ItemDataRole.BackgroundRole)
              for r in range(model.rowCount())}
    assert shades[("P01", REVISED)].color() == CHANGED_BACKGROUND
    assert shades[("P02", REVISED)] is None
    assert "6 mark(s) by 1 juror(s)" in view.note.text()
    assert not page.grab().isNull()


def test_the_tab_follows_the_category(qtbot: QtBot, english: str, staged_db: Database,
                                      settle: Settle) -> None:
    page = open_page(qtbot, staged_db, STAGED, settle)
    combo = page.ui.scopeCombo
    combo.setCurrentIndex(combo.findData("citizens"))
    settle(page)
    rows = table(page.preliminary_view.projects_view)
    assert sorted(r["Project"] for r in rows) == ["P01", "P02", "P04"]
    assert all(r["Project"] in ("P01", "P02", "P04")
               for r in table(page.preliminary_view.totals_view))


def test_hidden_without_stages(qtbot: QtBot, english: str, demo_db: Database,
                               settle: Settle) -> None:
    page = open_page(qtbot, demo_db, 2026, settle)
    assert not page.ui.tabs.isTabVisible(tab_of(page))
    assert page.revisions() is not None and page.revisions().empty
