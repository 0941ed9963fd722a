"""The juror window's repaints: a move of the grid's cell, or a mark typed, repaints the
cells it changed, not the whole grid or window; the tabs are still laid out again when
their bar changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from yansenne.domain.synthetic import build_synthetic
from yansenne.store.opening import open_database
from yansenne.ui.juror import icons, open_juror_window
from yansenne.ui.juror.window import JurorWindow

YEAR = 2044


class PaintedShare(QObject):
    """The share of a widget repainted, at each paint it gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget, self.shares = widget, list[float]()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            painted = event.region().boundingRect()  # type: ignore[attr-defined]
            whole = self.widget.width() * self.widget.height()
            self.shares.append(painted.width() * painted.height() / whole)
        return False


@pytest.fixture
def window(qtbot: QtBot, english: str, tmp_path: Path) -> Iterator[JurorWindow]:
    """A juror's window, shown, on an edition of five categories of five projects."""
    db = open_database(tmp_path / "tabs.sqlite")
    build_synthetic(db, year=YEAR, projects=25, jurors=2, criteria=4, seed=1)
    window = open_juror_window(db, YEAR, "J02")
    qtbot.addWidget(window)
    window.set_language("en")
    window.show()
    qtbot.waitExposed(window)
    yield window
    if isValid(window):
        window.close()
    db.close()


def test_a_layout_request_of_a_page_repaints_nothing(qtbot: QtBot,
                                                       window: JurorWindow) -> None:
    """What a page's label sends when its text changes (the rubric's heading, the side
    pane's, at every move of the cell): QTabWidget alone, under the application's style
    sheet (tests/ui/conftest.py), repainted the whole window."""
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 1)
    qtbot.wait(50)
    painted = PaintedShare(page.view.viewport())
    for _ in range(3):
        QCoreApplication.postEvent(window.tabs, QEvent(QEvent.Type.LayoutRequest))
        qtbot.wait(30)
    assert painted.shares == []


def test_a_move_of_the_cell_repaints_the_cells_not_the_grid(
        qtbot: QtBot, window: JurorWindow) -> None:
    page = window.current_page()
    assert page is not None
    view = page.view
    view.setFocus()
    view.go_to(0, 2)
    view.go_to(0, 1)  # both criteria in sight: moving between them scrolls nothing
    qtbot.wait(50)
    assert view.viewport().rect().contains(view.visualRect(view.model().index(0, 2)))
    scrolled = view.horizontalScrollBar().value()
    painted = PaintedShare(view.viewport())
    # Right and left: another criterion, its rubric's heading above the grid (the page's
    # layout asked again: what repainted the whole window); down and up: another project.
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left) * 2:
        painted.shares.clear()
        QTest.keyClick(view, key)
        qtbot.wait(20)  # the updates, the layout and the paint that follow the move
        assert view.horizontalScrollBar().value() == scrolled
        assert painted.shares, f"{key.name}: the grid was not repainted at all"
        assert max(painted.shares) < 0.25, f"{key.name}: {painted.shares}"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)


def test_the_tabs_are_laid_out_again_when_their_bar_grows(
        qtbot: QtBot, window: JurorWindow) -> None:
    tabs, bar = window.tabs, window.tabs.tabBar()
    before = bar.height()
    font = bar.font()
    font.setPointSizeF(font.pointSizeF() * 3)
    bar.setFont(font)  # a taller bar: the pages below it must move down
    qtbot.waitUntil(lambda: bar.height() > before, timeout=2000)
    page = tabs.currentWidget()
    assert page.mapTo(tabs, page.rect().topLeft()).y() >= bar.geometry().bottom()
    bar.hide()  # no bar: the pages take its room
    qtbot.waitUntil(lambda: page.mapTo(tabs, page.rect().topLeft()).y() < before, timeout=2000)


def test_a_mark_updates_its_tab_without_repainting_the_tabs_whole(
        qtbot: QtBot, window: JurorWindow) -> None:
    """After each mark the window updates the category's tab (its count and icon).
    QTabWidget's own setters repainted the whole tab widget, its bar and page with all
    they hold, even when nothing changed; `CategoryTabs.set_tab` sets them on the bar,
    when they change. (The grid itself is repainted when its focus goes to the mark's
    editor and back: Qt's item views do that.)"""
    page = window.current_page()
    assert page is not None
    view, tabs = page.view, window.tabs
    view.setFocus()
    view.go_to(0, 1)
    qtbot.wait(50)
    before = tabs.tabBar().tabText(0)
    painted = PaintedShare(tabs)
    QTest.keyClicks(view, "7")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(100)  # the progress (on a timer), the tab, their layouts and paint
    assert page.model.value(0, 1) == 7
    assert tabs.tabBar().tabText(0) == before
    assert painted.shares, "nothing was repainted"
    assert max(painted.shares) < 0.99, painted.shares


def test_the_tab_follows_the_count_and_the_icon(qtbot: QtBot, window: JurorWindow) -> None:
    page = window.current_page()
    assert page is not None
    bar = window.tabs.tabBar()
    assert bar.tabText(0).endswith("  5/5")
    assert bar.tabIcon(0).cacheKey() == icons.check().cacheKey()
    page.view.setFocus()
    page.view.go_to(0, 1)
    QTest.keyClick(page.view, Qt.Key.Key_Delete)  # a mark cleared: one project unscored
    qtbot.waitUntil(lambda: bar.tabText(0).endswith("  4/5"), timeout=2000)
    assert bar.tabIcon(0).cacheKey() == icons.pending().cacheKey()
    assert bar.tabToolTip(0) == "Missing marks: 1"


def test_a_mark_repaints_its_cells_not_the_grid(qtbot: QtBot, window: JurorWindow) -> None:
    """The focus goes to the mark's editor at its first key and back to the grid at
    Enter: Qt repainted the grid's whole viewport at both (every visible cell asking
    the model for seven roles); the grid now repaints the current cell."""
    page = window.current_page()
    assert page is not None
    view = page.view
    view.setFocus()
    view.go_to(0, 1)
    qtbot.wait(50)
    painted = PaintedShare(view.viewport())
    QTest.keyClicks(view, "6")
    qtbot.waitUntil(lambda: bool(painted.shares), timeout=2000)
    qtbot.wait(20)
    assert QApplication.focusWidget() is not view  # the editor has it
    assert max(painted.shares) < 0.25, f"the editor opened: {painted.shares}"
    painted.shares.clear()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(100)
    assert QApplication.focusWidget() is view
    assert page.model.value(0, 1) == 6
    assert painted.shares, "the mark was not repainted"
    assert max(painted.shares) < 0.25, f"the mark was committed: {painted.shares}"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 2)
