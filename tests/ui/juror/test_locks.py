"""What the juror cannot change: a project they are in conflict with, and a category
once submitted (until the secretariat reopens it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories import Ids
from tests.ui.juror.conftest import OpenWindow, clear_category, marks_of, type_mark
from yansenne.store.database import Database
from yansenne.store.models import Assignment, AuditEntry
from yansenne.ui.juror.grid_model import CONFLICT_BRUSH, STATE_CONFLICT, STATE_ROLE


def submitted_at(db: Database, ids: Ids, juror: str, category_id: int) -> object:
    with db.read() as s:
        return s.get(Assignment, (ids.jurors[juror], category_id)).submitted_at


def test_a_conflict_row_is_locked_labelled_and_skipped(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J2")  # in conflict with P01
    page = window.current_page()
    assert page is not None
    model = page.model
    row = model.row_of(ids.projects["P01"])
    total = model.index(row, model.total_column)
    assert total.data() == "Conflict of interest"
    for column in range(1, model.total_column):
        index = model.index(row, column)
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert index.data(STATE_ROLE) == STATE_CONFLICT and index.data() == ""
        assert index.data(Qt.ItemDataRole.BackgroundRole) == CONFLICT_BRUSH
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Partner" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    # The juror types on it: refused on the spot, nothing written.
    view = page.view
    view.go_to(page.proxy.mapFromSource(model.index(row, 2)).row(), 2)
    qtbot.keyClicks(view, "8")
    assert page.view.delegate.editor is None
    assert page.strip.text() == ("You declared a conflict of interest with P01: it cannot be "
                                 "scored.")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert all(key[0] != ids.projects["P01"] for key in marks_of(small_db, ids.jurors["J2"]))
    # The side pane says so, and offers no note.
    assert page.pane.conflict.isVisible() and "Partner" in page.pane.conflict.text()
    assert not page.pane.note_box.isEnabled()
    # Progress counts only the projects the juror scores.
    assert page.progress_label.text() == "2 of 2 projects scored"


def test_tab_moves_over_a_conflict_row(qtbot: QtBot, open_window: OpenWindow,
                                       small_db: Database, ids: Ids) -> None:
    clear_category(small_db, ids.jurors["J2"], "citizens")
    window = open_window("J2")
    page = window.current_page()
    assert page is not None
    # P01 (row 0) is the conflict: the cursor starts on P03, the first to score.
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (1, 1)
    type_mark(qtbot, page, "5", Qt.Key.Key_Backtab)  # the row above is the conflict
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (1, 1)
    assert page.view.next_cell(1, 1, -1) is None
    page.view.go_to(0, 0)  # the conflict's own project cell: Tab goes to P03
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (1, 1)


def test_submission_locks_every_category_at_once(qtbot: QtBot, open_window: OpenWindow,
                                                 small_db: Database, ids: Ids,
                                                 say_yes: list[str]) -> None:
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    category_id = page.model.category.id
    assert page.submit_button.isEnabled() and window.submit_action.isEnabled()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert say_yes == ["Submit your scores in Citizens, Police services? They will be locked; "
                       "only the secretariat can reopen them.\n\nEvery project is scored on "
                       "every criterion."]
    assert submitted_at(small_db, ids, "J1", category_id) is not None
    assert page.banner.isVisible() and not page.submit_button.isVisible()
    assert "only the secretariat can reopen them" in page.banner_label.text()
    assert page.strip.text() == "Your scores are submitted. Thank you!"
    assert not page.reopen_button.isHidden()  # the secretariat's laptop
    # Every cell is read-only; typing or clearing says why and writes nothing.
    before = marks_of(small_db, ids.jurors["J1"])
    page.view.go_to(0, 1)
    assert not page.view.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable
    qtbot.keyClicks(page.view, "3")
    assert page.strip.text().startswith("Your scores in this category are submitted and "
                                        "locked")
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert marks_of(small_db, ids.jurors["J1"]) == before
    assert not window.undo_action.isEnabled()  # nothing to undo once submitted
    assert page.pane.note_box.isReadOnly()
    # Both tabs show it, the one never opened included; nothing is left to submit.
    assert [window.tabs.tabToolTip(i) for i in range(2)] == ["Submitted", "Submitted"]
    assert not window.submit_action.isEnabled() and not window.submit_scores()
    police = window.show_category("police")
    assert police.model.submitted and not police.model.can_edit(1, 1)


def test_the_confirmation_lists_what_is_missing(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids,
        say_yes: list[str]) -> None:
    clear_category(small_db, ids.jurors["J1"], "citizens")
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    page.view.go_to(1, 1)
    type_mark(qtbot, page, "5")  # P03 scored on one criterion of four
    assert page.submit_button.isEnabled() and window.submit_action.isEnabled()
    assert window.submit_scores()
    (question,) = say_yes
    assert question.endswith(
        "Not scored yet:\nCitizens: P01 (every criterion); P03 (Quality of the collaboration, "
        "Innovation, Methodology); P05 (every criterion)\nYou can still submit: these marks "
        "will stay empty.")
    assert submitted_at(small_db, ids, "J1", page.model.category.id) is not None


def test_the_secretariat_reopens(qtbot: QtBot, open_window: OpenWindow, small_db: Database,
                                 ids: Ids, say_yes: list[str]) -> None:
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    assert window.submit_scores()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert submitted_at(small_db, ids, "J1", page.model.category.id) is None
    assert not page.banner.isVisible() and page.submit_button.isVisible()
    assert window.submit_action.isEnabled()
    with small_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "scores.reopen")).one()
        assert (entry.actor, entry.entity_key) == ("secretariat", "J1/citizens")
    page.view.go_to(0, 1)
    type_mark(qtbot, page, "1")
    assert marks_of(small_db, ids.jurors["J1"])[
        (ids.projects["P01"], ids.criteria["relevance"])][0] == 1.0


def test_submission_needs_the_jurors_confirmation(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids,
        say_no: list[str]) -> None:
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert len(say_no) == 1
    assert submitted_at(small_db, ids, "J1", page.model.category.id) is None
    assert page.model.can_edit(0, 1)
