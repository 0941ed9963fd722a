"""A typed mark's path: on disk before the grid says "saved", one row told, and the
category's progress (bar, tab) following once the typed path is over."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from tests.factories import Ids
from tests.ui.juror.conftest import OpenWindow, clear_category, marks_of, type_mark
from yansenne.store.database import Database
from yansenne.ui.juror.category_page import CategoryPage
from yansenne.ui.juror.window import JurorWindow


def _empty_citizens_grid(open_window: OpenWindow, db: Database,
                         ids: Ids) -> tuple[JurorWindow, CategoryPage]:
    """J3's window on the citizens' grid, emptied of its marks first."""
    clear_category(db, ids.jurors["J3"], "citizens")
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    return window, page

def test_the_mark_is_on_disk_when_saved_is_emitted(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window, page = _empty_citizens_grid(open_window, small_db, ids)
    model = page.model
    key = (model.projects[0].id, model.criteria[0].id)
    at_saved: list[object] = []
    model.saved.connect(lambda *_: at_saved.append(marks_of(small_db, ids.jurors["J3"])
                                                   .get(key)))
    page.view.go_to(0, 1)
    type_mark(qtbot, page, "7,5")
    assert at_saved == [(7.5, "", 1)]


def test_a_typed_mark_tells_the_view_about_its_row_alone(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    model = page.model
    told: list[tuple[int, int, int, int]] = []

    def changed(top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        told.append((top.row(), top.column(), bottom.row(), bottom.column()))

    model.dataChanged.connect(changed)
    page.view.go_to(1, 2)
    type_mark(qtbot, page, "3")
    qtbot.wait(50)  # what follows the typed path has run too
    assert model.value(1, 2) == 3.0
    assert told == [(1, 0, 1, model.total_column)]


def test_the_progress_follows_once_for_the_marks_of_one_turn(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window, page = _empty_citizens_grid(open_window, small_db, ids)
    model = page.model
    notices: list[None] = []
    model.progress_changed.connect(lambda: notices.append(None))
    for column, value in enumerate((7.0, 6.5, 8.0, 5.5), start=1):
        assert model.set_mark(0, column, value)
    assert notices == []  # not on the typed path...
    qtbot.waitUntil(lambda: len(notices) == 1)  # ...but once, at the next turn
    qtbot.wait(50)
    assert len(notices) == 1
    assert page.progress_label.text() == "1 of 3 projects scored · missing marks: 8"
    assert "1/3" in window.tabs.tabText(window.tabs.currentIndex())


def test_saved_is_told_at_the_next_turn_and_a_refusal_of_that_turn_stays(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window, page = _empty_citizens_grid(open_window, small_db, ids)
    model = page.model
    assert model.set_mark(0, 1, 7.0) and model.set_mark(0, 2, 6.5)
    assert window.saved_label.text() == ""  # not on the typed path...
    qtbot.waitUntil(lambda: window.saved_label.text().startswith(
        "Saved: P01 · Quality of the collaboration = 6.5"))  # ...the last one, a turn later
    page.show_refusal("first refusal")
    assert model.set_mark(0, 3, 8.0)  # a mark saved: the old warning goes at once
    assert page.strip.isHidden()
    page.show_refusal("refused in the same turn")
    qtbot.wait(50)
    assert not page.strip.isHidden() and page.strip.label.text() == "refused in the same turn"


def _someone_else_commits(db: Database) -> None:
    from yansenne.store.models import AuditEntry

    with db.write() as session:
        session.add(AuditEntry(actor="secretariat", action="note", entity="test"))


def test_our_own_marks_are_not_read_again(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window, page = _empty_citizens_grid(open_window, small_db, ids)
    told: list[None] = []
    window.watch.changed.connect(lambda: told.append(None))
    assert page.model.set_mark(0, 1, 7.0) and page.model.set_mark(0, 2, 6.5)
    qtbot.wait(50)
    window.watch.poll()
    assert told == []


def test_a_change_from_elsewhere_between_a_mark_and_its_acknowledgement_is_read(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    """Our marks are taken as seen a turn later; a commit by someone else in that turn
    must not be taken as seen with them."""
    window, page = _empty_citizens_grid(open_window, small_db, ids)
    told: list[None] = []
    window.watch.changed.connect(lambda: told.append(None))
    assert page.model.set_mark(0, 1, 7.0)
    _someone_else_commits(small_db)  # before the event loop turns
    qtbot.waitUntil(lambda: len(told) == 1)


def test_the_grids_indexes_are_those_of_its_cells_only(
        open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    model = page.model
    rows, columns = model.rowCount(), model.columnCount()
    corner = model.index(rows - 1, columns - 1)
    assert corner.isValid() and (corner.row(), corner.column()) == (rows - 1, columns - 1)
    for row, column in ((rows, 0), (0, columns), (-1, 0), (0, -1)):
        assert not model.index(row, column).isValid()
    assert not model.index(0, 0, model.index(0, 0)).isValid()  # a table: no children
