"""The desk's shell: the sidebar of the registry's pages, Ctrl+1…9, the remembered page,
and a page added with one registry line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from yansenne.store.database import Database
from yansenne.ui.main_window import MainWindow
from yansenne.ui.pages import registry
from yansenne.ui.pages.base import DeskPage


class CountingPage(DeskPage):
    """A page another engineer might add: it says how often it was loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loads = 0
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)

    def load(self) -> None:
        self.loads += 1
        edition = self.desk.edition if self.desk else None
        self.label.setText(str(edition.year) if edition else "")


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_the_sidebar_lists_the_registry_in_order(window: MainWindow) -> None:
    sidebar = window.ui.sidebar
    assert [sidebar.item(r).text() for r in range(sidebar.count())] == [
        "Dashboard", "Edition", "Categories & grid", "Projects", "Jury", "Conflicts",
        "Collection", "Results", "Deliberation", "Ceremony", "Stages"]
    assert window.current_page() == "projects"  # where the desk opens the first time
    # Only the page shown is built before the first paint; the others when first shown.
    assert list(window.pages) == ["projects"]
    assert all(isinstance(window.page(p.key), DeskPage) for p in registry.PAGES)
    assert list(window.pages) == [p.key for p in sorted(
        registry.PAGES, key=lambda p: p.key != "projects")]
    for row, entry in enumerate(registry.PAGES):
        assert window.ui.deskStack.widget(row) is window.page(entry.key)
    assert window.ui.deskStack.currentWidget() is window.page("projects")


def test_ctrl_digits_and_clicks_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    for digit, key in ((Qt.Key.Key_1, "dashboard"), (Qt.Key.Key_5, "jury"),
                       (Qt.Key.Key_6, "conflicts"), (Qt.Key.Key_3, "grid")):
        qtbot.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == key
        assert window.ui.deskStack.currentWidget() is window.page(key)
    sidebar = window.ui.sidebar
    rect = sidebar.visualItemRect(sidebar.item(1))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == "edition"
    assert window.page("edition").ui.titleLabel.text() == "Edition 2026"


def test_the_page_is_remembered(qtbot: QtBot, make_window, small_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(small_db)
    window.show_page("jury")
    window.close()
    again = make_window(small_db)
    assert again.current_page() == "jury"
    assert again.page("jury").model.rowCount() == 4


def test_a_page_added_with_one_registry_line(qtbot: QtBot, make_window, small_db: Database,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "PAGES", (*registry.PAGES, registry.Page(
        "counting", __name__, "CountingPage", "Counting")))
    window = make_window(small_db)
    page = window.page("counting")
    assert isinstance(page, CountingPage) and page.loads == 0  # loaded only when shown
    last = len(registry.PAGES) - 1
    assert window.ui.sidebar.item(last).text() == "Counting"
    activate(qtbot, window)
    window.page_actions[last].trigger()  # the tenth page: in View ▸ Go, without Ctrl+digit
    assert window.current_page() == "counting" and page.label.text() == "2026"
    loads = page.loads
    window.show_page("projects")
    window.show_page("counting")
    assert page.loads == loads  # nothing changed: no new read
    window.ui.actionReload.trigger()
    assert page.loads == loads + 1


def test_a_class_that_is_not_a_page_is_refused() -> None:
    with pytest.raises(TypeError, match="is not a DeskPage"):
        registry.page_class(registry.Page("x", "yansenne.ui.labels", "REGION", "X"))


def test_find_goes_to_the_projects_search_from_a_page_without_one(
        qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("dashboard")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "projects"
    assert window.ui.searchEdit.hasFocus()
