"""Undo and redo of marks (each step a committed, audited write), the side pane's
comments and notes, and the rubric of the focused criterion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories import Ids
from tests.ui.juror.conftest import OpenWindow, marks_of, type_mark
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, ProjectNote


def audit_actions(db: Database) -> list[str]:
    with db.read() as s:
        return [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_undo_and_redo_write_each_step(qtbot: QtBot, open_window: OpenWindow,
                                       small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    cell = (ids.projects["P01"], ids.criteria["relevance"])
    original = marks_of(small_db, ids.jurors["J3"])[cell]
    page.view.go_to(0, 1)
    type_mark(qtbot, page, "9,5")
    page.view.go_to(0, 1)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert cell not in marks_of(small_db, ids.jurors["J3"])
    assert window.undo_action.text() == "&Undo clearing P01 · Relevance"
    window.set_language("fr")  # the step is named again in the window's new language
    assert window.undo_action.text() == "&Annuler l’effacement de P01 · Pertinence"
    window.set_language("en")
    page.view.go_to(2, 3)  # elsewhere: undo brings the cursor back to the change
    window.undo_action.trigger()
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 9.5
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (0, 1)
    window.undo_action.trigger()
    value, _comment, revision = marks_of(small_db, ids.jurors["J3"])[cell]
    assert value == original[0] and revision > original[2]  # a new revision, not a rollback
    assert page.model.value(0, 1) == original[0]
    assert not window.undo_action.isEnabled()
    window.redo_action.trigger()
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 9.5
    window.redo_action.trigger()
    assert cell not in marks_of(small_db, ids.jurors["J3"])
    assert audit_actions(small_db)[-6:] == ["score.set", "score.clear", "score.set",
                                            "score.set", "score.set", "score.clear"]
    # The keyboard shortcut works from the grid.
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 9.5


def test_undo_stacks_are_per_category(qtbot: QtBot, open_window: OpenWindow,
                                      small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    citizens = window.current_page()
    assert citizens is not None
    citizens.view.go_to(0, 1)
    type_mark(qtbot, citizens, "1")
    window.show_category("police")
    assert not window.undo_action.isEnabled()
    window.show_category("citizens")
    assert window.undo_action.isEnabled()


def test_comment_on_a_mark_and_general_note(qtbot: QtBot, open_window: OpenWindow,
                                            small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(1, 2)  # P03 · collaboration
    pane = page.pane
    assert pane.comment_heading.text().startswith("Comment on Quality of the collaboration: ")
    pane.comment_box.setFocus()
    qtbot.keyClicks(pane.comment_box, "Partenariat reel avec la police")
    page.view.setFocus()  # leaving the box writes the comment
    QApplication.processEvents()
    cell = (ids.projects["P03"], ids.criteria["collaboration"])
    value, comment, _revision = marks_of(small_db, ids.jurors["J3"])[cell]
    assert comment == "Partenariat reel avec la police"
    assert page.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == comment
    # Changing the mark keeps its comment.
    type_mark(qtbot, page, "10")
    assert marks_of(small_db, ids.jurors["J3"])[cell][:2] == (10.0, comment)
    # The general note: saved when the juror leaves the box.
    pane.note_box.setFocus()
    qtbot.keyClicks(pane.note_box, "A suivre : evaluation en 2027.")
    qtbot.keyClick(pane.note_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with small_db.read() as s:
        note = s.get(ProjectNote, (ids.jurors["J3"], ids.projects["P03"]))
        assert note is not None and note.comment == "A suivre : evaluation en 2027."
    assert value is not None
    # And shown again when the project comes back.
    page.view.setFocus()
    page.view.go_to(0, 1)
    assert pane.note_box.toPlainText() == ""
    page.view.go_to(1, 1)
    assert pane.note_box.toPlainText() == "A suivre : evaluation en 2027."


def test_a_note_is_saved_after_a_pause_in_typing(qtbot: QtBot, open_window: OpenWindow,
                                                 small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.pane.note_box.setFocus()
    qtbot.keyClicks(page.pane.note_box, "Prometteur")

    def saved() -> None:
        with small_db.read() as s:
            assert s.get(ProjectNote, (ids.jurors["J3"], ids.projects["P01"])) is not None

    qtbot.waitUntil(saved, timeout=5000)


def test_the_rubric_follows_the_focused_criterion_in_the_jurors_language(
        qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("J2", lang=None)  # a Dutch-speaking juror, the desk in English
    page = window.current_page()
    assert page is not None
    page.view.go_to(1, 3)
    rubric = page.rubric
    assert rubric.criterion() is not None and rubric.criterion().code == "innovation"
    assert rubric.descriptor() == "Innovatief karakter: 0 zwak, 10 uitstekend"
    assert "gewicht 2" in rubric.title.text()
    assert "van 0 tot 10 in stappen van 0,5" in rubric.title.text()
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == (
        "Innovatief\nkarakter\ngewicht 2")  # wrapped: yansenne/ui/headings.py
    # Another language from the window's Language menu: words, texts and figures.
    window.language_actions["fr"].trigger()
    assert rubric.descriptor() == "Caractère innovant: 0 faible, 10 excellent"
    assert "poids 2" in rubric.title.text() and "par pas de 0,5" in rubric.title.text()
    assert page.model.index(1, 0).data().startswith("P03  Projet 3")
    window.language_actions["en"].trigger()
    page.view.go_to(1, 0)
    assert rubric.criterion() is None
    assert rubric.title.text() == "Move to a criterion to read its rubric."


def test_the_panes_text_keeps_its_width_from_a_short_summary_to_a_long_one(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    """A scroll bar that came with a long summary and went with a short one re-wrapped
    every line of the pane as the juror moved between projects."""
    from yansenne.store.models import Project

    with small_db.write() as s:
        long_one = s.get(Project, ids.projects["P01"])
        long_one.summary_en = " ".join(["A neighbourhood watch in the streets."] * 120)
        s.get(Project, ids.projects["P03"]).summary_en = "Short."
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    window.resize(1400, 1000)
    window.show()
    qtbot.waitExposed(window)
    widths, overflows = [], []
    for row in (0, 1, 0):
        page.view.go_to(row, 1)
        qtbot.wait(50)  # the pane's layout, then the scroll area's
        assert page.model.projects[row].code == ("P01", "P03")[row]
        widths.append(page.pane.scroll.viewport().width())
        overflows.append(page.pane.scroll.verticalScrollBar().maximum() > 0)
    assert overflows == [True, False, True]  # the long summary scrolls, the short fits
    assert len(set(widths)) == 1, widths
