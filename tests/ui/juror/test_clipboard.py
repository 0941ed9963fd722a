"""Copy and paste in the juror grid: Ctrl+C copies the selected marks as shown, Ctrl+V
types a value, a column or a block (as a spreadsheet copies them) into the grid, each
value checked and committed as if typed; while a mark is typed, paste goes into it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.factories import Ids
from tests.ui.juror.conftest import OpenWindow, marks_of, type_mark
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry
from yansenne.ui.juror.category_page import CategoryPage

CTRL = Qt.KeyboardModifier.ControlModifier


def copy(qtbot: QtBot, page: CategoryPage) -> str:
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.view, Qt.Key.Key_C, CTRL)
    return QGuiApplication.clipboard().text()


def paste(qtbot: QtBot, page: CategoryPage, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(page.view, Qt.Key.Key_V, CTRL)


def score_audits(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action.like("score.%"))) or 0


def test_copy_the_current_mark_and_a_block(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("J3")  # P01: 5 6 7 8; P03: 7 8 9 10; P05: 9 10 0 1
    page = window.current_page()
    assert page is not None
    view = page.view
    view.go_to(0, 1)
    type_mark(qtbot, page, "7,5")
    view.go_to(0, 1)
    assert copy(qtbot, page) == "7.5"  # as shown in English
    # A block, selected with Shift and the arrows: tabs between cells, rows on lines.
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert copy(qtbot, page) == "7.5\t6\n7\t8"
    # The total as shown, and nothing is written by copying.
    view.go_to(1, 5)
    assert copy(qtbot, page) == page.model.index(1, 5).data()


def test_paste_a_single_value(qtbot: QtBot, open_window: OpenWindow, small_db: Database,
                              ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(1, 2)
    audits = score_audits(small_db)
    paste(qtbot, page, "8,5\r\n")
    cell = (ids.projects["P03"], ids.criteria["collaboration"])
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 8.5
    assert page.model.value(1, 2) == 8.5
    assert score_audits(small_db) == audits + 1
    # "Saved: …" follows at the next turn of the event loop (off the typed path).
    qtbot.waitUntil(lambda: window.saved_label.text().startswith(
        "Saved: P03 · Quality of the collaboration = 8.5"))
    # An undo step like a typed mark.
    assert window.undo_action.text() == "&Undo P03 · Quality of the collaboration = 8.5"
    window.undo_action.trigger()
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 8.0


def test_paste_a_column_as_a_spreadsheet_copies_it(qtbot: QtBot, open_window: OpenWindow,
                                                   small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 2)  # collaboration (6, 8, 10), P01 then P03 and P05 below
    audits = score_audits(small_db)
    paste(qtbot, page, "7\r\n8,5\r\n6\r\n")
    stored = marks_of(small_db, ids.jurors["J3"])
    assert [stored[(ids.projects[p], ids.criteria["collaboration"])][0]
            for p in ("P01", "P03", "P05")] == [7.0, 8.5, 6.0]
    assert [page.model.value(row, 2) for row in range(3)] == [7.0, 8.5, 6.0]
    assert score_audits(small_db) == audits + 3  # three writes, each committed and audited
    # The neighbours are untouched.
    assert stored[(ids.projects["P03"], ids.criteria["relevance"])][0] == 7.0
    assert stored[(ids.projects["P03"], ids.criteria["innovation"])][0] == 9.0
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (0, 2)


def test_paste_a_block_fills_right_and_down_and_skips_the_total(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(1, 3)
    paste(qtbot, page, "1\t2\t99\n3\t4\t99\n")  # the third column falls on the total
    stored = marks_of(small_db, ids.jurors["J3"])
    got = {(p, c): stored[(ids.projects[p], ids.criteria[c])][0]
           for p in ("P03", "P05") for c in ("innovation", "methodology")}
    assert got == {("P03", "innovation"): 1.0, ("P03", "methodology"): 2.0,
                   ("P05", "innovation"): 3.0, ("P05", "methodology"): 4.0}
    assert not page.strip.isVisible()


def test_a_refused_value_stops_the_paste_there(qtbot: QtBot, open_window: OpenWindow,
                                               small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 2)
    paste(qtbot, page, "4\n12\n3\n")
    stored = marks_of(small_db, ids.jurors["J3"])
    column = ids.criteria["collaboration"]
    assert stored[(ids.projects["P01"], column)][0] == 4.0  # before the refusal: kept
    assert stored[(ids.projects["P03"], column)][0] == 8.0  # refused: as it was
    assert stored[(ids.projects["P05"], column)][0] == 10.0  # after: not pasted
    assert page.strip.text() == ("12 is outside the scale of Quality of the collaboration: "
                                 "type a mark from 0 to 10 in steps of 0.5.")
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (1, 2)
    # Not a number, or off the step: refused alike.
    paste(qtbot, page, "abc")
    assert page.strip.text().startswith("“abc” is not a number")
    paste(qtbot, page, "7,3")
    assert page.strip.text().startswith("7.3 is not on a step")
    assert marks_of(small_db, ids.jurors["J3"])[(ids.projects["P03"], column)][0] == 8.0


def test_paste_skips_a_conflict_of_interest(qtbot: QtBot, open_window: OpenWindow,
                                            small_db: Database, ids: Ids) -> None:
    window = open_window("J2")  # in conflict with P01, the first row of citizens
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 1)
    paste(qtbot, page, "7\n8\n9\n")
    stored = marks_of(small_db, ids.jurors["J2"])
    relevance = ids.criteria["relevance"]
    assert (ids.projects["P01"], relevance) not in stored
    assert stored[(ids.projects["P03"], relevance)][0] == 8.0
    assert stored[(ids.projects["P05"], relevance)][0] == 9.0
    assert not page.strip.isVisible()
    # Only a conflict under the cursor: nothing to paste into, and the strip says why.
    page.view.go_to(0, 2)
    paste(qtbot, page, "5")
    assert (ids.projects["P01"], ids.criteria["collaboration"]) not in marks_of(
        small_db, ids.jurors["J2"])
    assert page.strip.text().startswith("You declared a conflict of interest with P01")


def test_paste_into_the_project_column_writes_nothing(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    before = marks_of(small_db, ids.jurors["J3"])
    page.view.go_to(1, 0)
    paste(qtbot, page, "5")
    assert marks_of(small_db, ids.jurors["J3"]) == before
    assert page.strip.text() == "Move to a criterion's column to type a mark."
    # A block from the project column on: its first column is skipped, the rest pasted.
    paste(qtbot, page, "x\t6\n")
    assert marks_of(small_db, ids.jurors["J3"])[
        (ids.projects["P03"], ids.criteria["relevance"])][0] == 6.0


def test_paste_while_typing_goes_into_the_mark(qtbot: QtBot, open_window: OpenWindow,
                                               small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    view = page.view
    view.go_to(1, 1)
    before = marks_of(small_db, ids.jurors["J3"])
    qtbot.keyClicks(view, "1")
    editor = view.delegate.editor
    assert editor is not None
    paste(qtbot, page, "0")
    assert editor.text() == "10" and view.delegate.editor is editor
    assert marks_of(small_db, ids.jurors["J3"]) == before  # nothing committed yet
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert marks_of(small_db, ids.jurors["J3"])[
        (ids.projects["P03"], ids.criteria["relevance"])][0] == 10.0
    # Ctrl+C and Ctrl+A in the editor are the text's own.
    qtbot.keyClicks(view, "4")
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    assert view.delegate.editor is not None
    assert view.delegate.editor.selectedText() == "4"
    assert copy(qtbot, page) == "4"
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_paste_the_selection_top_left(qtbot: QtBot, open_window: OpenWindow,
                                      small_db: Database, ids: Ids) -> None:
    """A selection made with the mouse: the paste starts at its top left cell."""
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    view = page.view
    view.go_to(2, 4)
    proxy = page.proxy
    view.selectionModel().select(
        QItemSelection(proxy.index(1, 3), proxy.index(2, 4)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    paste(qtbot, page, "2,5")
    assert marks_of(small_db, ids.jurors["J3"])[
        (ids.projects["P03"], ids.criteria["innovation"])][0] == 2.5
