"""Scoring with the keyboard alone: typing marks, moving on, refusals on the spot,
clearing, and what the grid shows while it happens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.factories import Ids
from tests.ui.juror.conftest import OpenWindow, clear_category, marks_of, type_mark
from yansenne.store.database import Database
from yansenne.ui.juror.category_page import CategoryPage
from yansenne.ui.juror.grid_model import MISSING_BRUSH, STATE_MISSING, STATE_ROLE
from yansenne.ui.juror.grid_view import MarkEditor
from yansenne.ui.juror.window import JurorWindow


def test_a_whole_category_scored_with_the_keyboard_alone(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    clear_category(small_db, ids.jurors["J3"], "citizens")
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    assert page.progress_label.text() == "0 of 3 projects scored · missing marks: 12"
    assert page.progress_bar.value() == 0 and page.progress_bar.maximum() == 3
    assert "what is still missing" in page.submit_button.toolTip()
    view = page.view
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)  # first missing
    # Project by project, Tab and Enter alternately, with both decimal separators.
    typed = [["7", "6.5", "8", "5,5"], ["9", "9,5", "10", "8"], ["3", "4.5", "0", "6"]]
    for row, values in enumerate(typed):
        for c, text in enumerate(values):
            assert (view.currentIndex().row(), view.currentIndex().column()) == (row, c + 1)
            type_mark(qtbot, page, text, Qt.Key.Key_Tab if c % 2 else Qt.Key.Key_Return)
    stored = marks_of(small_db, ids.jurors["J3"])
    for row, code in enumerate(("P01", "P03", "P05")):
        for c, criterion in enumerate(("relevance", "collaboration", "innovation",
                                       "methodology")):
            value, _comment, revision = stored[(ids.projects[code], ids.criteria[criterion])]
            assert value == float(typed[row][c].replace(",", ".")) and revision == 1
    # The category's progress follows the marks at the next turn of the event loop.
    qtbot.waitUntil(lambda: page.progress_label.text() == "3 of 3 projects scored")
    assert page.progress_bar.value() == 3
    assert "what is still missing" not in page.submit_button.toolTip()
    # The last cell stays current: there is nothing further to score.
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 4)
    # "Saved: …" follows at the next turn of the event loop (off the typed path).
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved: P05 · Methodology = 6"))
    # The total column: the weighted share of the maximum (innovation weighs 2).
    assert page.model.index(0, 5).data() == "70.0%"  # (7 + 6.5 + 2*8 + 5.5) / 5 / 10


def test_arrows_move_and_escape_leaves_the_cell(qtbot: QtBot, open_window: OpenWindow,
                                                small_db: Database, ids: Ids) -> None:
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    view = page.view
    view.go_to(0, 1)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    before = marks_of(small_db, ids.jurors["J1"])
    qtbot.keyClicks(view, "9")
    assert isinstance(page.view.delegate.editor, MarkEditor)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page.view.delegate.editor is None
    assert marks_of(small_db, ids.jurors["J1"]) == before
    # An arrow in the editor commits and moves, as in a spreadsheet.
    type_mark(qtbot, page, "9", Qt.Key.Key_Down)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 2)
    assert marks_of(small_db, ids.jurors["J1"])[
        (ids.projects["P03"], ids.criteria["collaboration"])][0] == 9.0
    type_mark(qtbot, page, "2", Qt.Key.Key_Backtab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)


def test_a_typed_character_replaces_the_mark_and_f2_shows_it(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    """The first character typed opens the editor without the old mark (it replaces
    it); F2 opens it on the mark, selected, even in the editor a typed mark left."""
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    view = page.view
    view.go_to(0, 1)
    shown = str(view.currentIndex().data(Qt.ItemDataRole.EditRole))
    assert page.model.value(0, 1) is not None and shown
    key = (ids.projects["P01"], ids.criteria["relevance"])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = page.view.delegate.editor
    assert isinstance(editor, MarkEditor)
    assert editor.text() == shown and editor.selectedText() == shown
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClicks(view, "3")
    editor = page.view.delegate.editor
    assert isinstance(editor, MarkEditor) and editor.text() == "3"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert marks_of(small_db, ids.jurors["J1"])[key][0] == 3.0
    view.go_to(0, 1)
    qtbot.keyClicks(view, "4")  # typed, then dropped: the editor is kept for the next
    qtbot.keyClick(page.view.delegate.editor, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = page.view.delegate.editor
    assert isinstance(editor, MarkEditor) and editor.text() == "3" == editor.selectedText()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert marks_of(small_db, ids.jurors["J1"])[key][0] == 3.0


def test_off_scale_off_step_and_text_refused_on_the_spot(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")  # reads English
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 1)
    before = marks_of(small_db, ids.jurors["J3"])
    assert not page.strip.isVisible()
    type_mark(qtbot, page, "12")
    assert page.strip.isVisible()
    assert page.strip.text() == ("12 is outside the scale of Relevance: type a mark from 0 to "
                                 "10 in steps of 0.5.")
    editor = page.view.delegate.editor
    assert editor is not None and editor.text() == "12" and editor.selectedText() == "12"
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (0, 1)
    type_mark(qtbot, page, "7,3", Qt.Key.Key_Tab)  # replaces the selected text
    assert page.strip.text() == ("7.3 is not on a step of Relevance: type a mark from 0 to 10 "
                                 "in steps of 0.5.")
    type_mark(qtbot, page, "abc")
    assert page.strip.text().startswith("“abc” is not a number: for Relevance, type a mark")
    assert marks_of(small_db, ids.jurors["J3"]) == before  # nothing written
    # A valid mark is taken and the strip goes away.
    type_mark(qtbot, page, "7,5")
    assert not page.strip.isVisible()
    assert marks_of(small_db, ids.jurors["J3"])[
        (ids.projects["P01"], ids.criteria["relevance"])][0] == 7.5


def test_delete_clears_and_the_cell_shows_as_missing(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    assert page.progress_label.text() == "3 of 3 projects scored"
    page.view.go_to(1, 3)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert (ids.projects["P03"], ids.criteria["innovation"]) not in marks_of(
        small_db, ids.jurors["J3"])
    index = page.view.currentIndex()
    assert index.data() == "" and index.data(STATE_ROLE) == STATE_MISSING
    assert index.data(Qt.ItemDataRole.BackgroundRole) == MISSING_BRUSH
    qtbot.waitUntil(
        lambda: page.progress_label.text() == "2 of 3 projects scored · missing marks: 1")
    assert "what is still missing" in page.submit_button.toolTip()
    qtbot.waitUntil(lambda: window.saved_label.text() == "Saved: P03 · Innovation cleared")


def test_the_grid_never_shows_another_jurors_marks(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J2")
    page = window.current_page()
    assert page is not None
    own = marks_of(small_db, ids.jurors["J2"])
    model = page.model
    for row, project in enumerate(model.projects):
        for c, criterion in enumerate(model.criteria):
            expected = own.get((project.id, criterion.id))
            assert model.value(row, c + 1) == (expected[0] if expected else None)
    # Only the juror's own categories are tabs.
    assert window.categories() == ["citizens", "police"]
    # The search keeps the matching projects only.
    qtbot.keyClicks(page.search, "p05")
    assert page.proxy.rowCount() == 1


def test_a_mark_being_typed_is_saved_when_the_window_closes(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 1)
    qtbot.keyClicks(page.view, "4,5")  # no Enter: the juror closes the laptop's window
    window.close()
    assert marks_of(small_db, ids.jurors["J3"])[
        (ids.projects["P01"], ids.criteria["relevance"])][0] == 4.5


def _on_an_empty_cell(open_window: OpenWindow, db: Database, ids: Ids,
                      ) -> tuple[JurorWindow, CategoryPage, dict]:
    """J3's window on its first citizens' cell, that category emptied of its marks; the
    juror's marks as they stand."""
    clear_category(db, ids.jurors["J3"], "citizens")
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 1)
    return window, page, marks_of(db, ids.jurors["J3"])


def test_the_editor_ends_its_mark_with_the_keyboard_in_it(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    """Keys sent where a real keyboard sends them once a mark is begun: to the editor.
    Escape drops the mark, with nothing written and nothing refused, even after text
    that is not a mark; Tab commits and moves on; the view closing the editor (Escape)
    takes the focus back without that counting as leaving the cell."""
    window, page, before = _on_an_empty_cell(open_window, small_db, ids)
    view = page.view
    cell = (page.model.projects[0].id, page.model.criteria[0].id)
    for text in ("8", "42"):
        qtbot.keyClicks(view, text[0])
        editor = QApplication.focusWidget()
        assert isinstance(editor, MarkEditor) and editor is view.delegate.editor
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert view.delegate.editor is None and QApplication.focusWidget() is view
        assert not page.strip.isVisible()
        assert marks_of(small_db, ids.jurors["J3"]) == before
    qtbot.keyClicks(view, "6")
    editor = QApplication.focusWidget()
    assert isinstance(editor, MarkEditor)
    qtbot.keyClicks(editor, ",5")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 2)
    assert marks_of(small_db, ids.jurors["J3"]) == {**before, cell: (6.5, "", 1)}


def test_leaving_the_cell_for_another_widget_commits_another_window_does_not(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window, page, before = _on_an_empty_cell(open_window, small_db, ids)
    view = page.view
    cell = (page.model.projects[0].id, page.model.criteria[0].id)
    qtbot.keyClicks(view, "9")
    editor = view.delegate.editor
    assert editor is not None and QApplication.focusWidget() is editor
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: other.isActiveWindow())
    assert view.delegate.editor is editor and editor.text() == "9"  # still being typed
    assert marks_of(small_db, ids.jurors["J3"]) == before
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    note = window.findChild(QPlainTextEdit, "noteBox")  # the project's note, beside
    assert note is not None and note.isVisible()
    note.setFocus(Qt.FocusReason.MouseFocusReason)
    assert view.delegate.editor is None
    assert marks_of(small_db, ids.jurors["J3"]) == {**before, cell: (9.0, "", 1)}


def test_a_model_reset_while_typing_leaves_no_editor_holding_the_focus(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    """The view hides the editor without closing it (its cell is gone): the mark being
    typed is dropped, the editor no longer counts as open, and Tab moves the focus on
    rather than into the hidden editor."""
    window, page, before = _on_an_empty_cell(open_window, small_db, ids)
    view = page.view
    qtbot.keyClicks(view, "8")
    editor = view.delegate.editor
    assert editor is not None and QApplication.focusWidget() is editor
    page.model.beginResetModel()
    page.model.endResetModel()
    assert not editor.open and not editor.isVisible()
    assert view.delegate.editor is None
    focus = QApplication.focusWidget()
    assert focus is not editor
    if focus is not None:
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor
    assert marks_of(small_db, ids.jurors["J3"]) == before
