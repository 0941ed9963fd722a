"""The undo stack: each step committed at once through the store, refusals never pushed,
and the window's Edit menu and shortcuts wired to it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from yansenne.domain import jury
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Juror
from yansenne.ui import i18n
from yansenne.ui.main_window import MainWindow
from yansenne.ui.undo import StepName, UndoStack

YEAR = 2026


def institution(db: Database, code: str) -> str:
    with db.read() as s:
        return s.scalars(select(Juror.institution).where(Juror.code == code)).one()


def actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


@pytest.fixture
def stack(qapp: QApplication, small_db: Database) -> UndoStack:
    return UndoStack(lambda: small_db)


def rename_institution(stack: UndoStack, code: str, value: str) -> bool:
    actor = stack.actor
    return stack.perform(
        f"Edit {code}", "jury",
        lambda s: jury.update_juror(s, YEAR, code, {"institution": value}, actor=actor),
        lambda s, before: jury.update_juror(s, YEAR, code, before, actor=actor))


def test_each_step_is_committed_and_audited_at_once(stack: UndoStack, small_db: Database,
                                                   qtbot: QtBot) -> None:
    with qtbot.waitSignal(stack.changed) as changed:
        assert rename_institution(stack, "J3", "VUB")
    assert changed.args == ["jury"]
    assert institution(small_db, "J3") == "VUB"  # another session sees it: committed
    stack.undo()
    assert institution(small_db, "J3") == "ULB"
    stack.redo()
    assert institution(small_db, "J3") == "VUB"
    assert actions(small_db) == ["juror.update"] * 3  # undoing is an audited change too
    assert stack.actor.startswith("secretariat")


def test_a_refused_edit_is_not_pushed_and_says_why(stack: UndoStack, small_db: Database,
                                                  qtbot: QtBot) -> None:
    actor = stack.actor
    with qtbot.waitSignal(stack.refused) as refused:
        ok = stack.perform("Declare", "conflicts",
                           lambda s: jury.declare_conflict(s, YEAR, "J2", "P01",
                                                           actor=actor),
                           lambda s, _r: None)
    assert not ok and stack.count() == 0
    assert refused.args == ["juror J2 is already in conflict with project P01"]
    assert actions(small_db) == []


def test_a_step_that_can_no_longer_be_undone_leaves_the_stack(stack: UndoStack,
                                                             small_db: Database,
                                                             qtbot: QtBot) -> None:
    assert rename_institution(stack, "J3", "VUB")
    with small_db.write() as s:  # someone removes the juror meanwhile
        jury.delete_juror(s, YEAR, "J3", actor="elsewhere")
    with qtbot.waitSignal(stack.refused) as refused:
        stack.undo()
    assert "unknown juror" in refused.args[0]
    assert stack.count() == 0


def test_the_edit_menu_has_undo_and_redo_with_standard_shortcuts(
        qtbot: QtBot, window: MainWindow, small_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    actions_ = window.ui.menuEdit.actions()
    assert actions_[:2] == [window.undo_action, window.redo_action]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not window.undo_action.isEnabled()
    assert rename_institution(window.undo_stack, "J1", "Parlement")
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo Edit J1"
    window.undo_action.trigger()
    assert institution(small_db, "J1") == "Cabinet"
    assert window.redo_action.text() == "Redo Edit J1"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    actor = window.undo_stack.actor
    window.desk.perform("Bad", "jury",
                        lambda s: jury.add_juror(s, YEAR, {"code": "J1", "name": "X"},
                                                 actor=actor), lambda s, _r: None)
    assert warnings == ["column code: the code J1 is already used"]


def remove_and_restore(window: MainWindow, code: str) -> bool:
    """Name a step as the Jury page does: its own `tr` of the source, then `format`."""
    actor, page = window.undo_stack.actor, window.page("jury")
    return window.desk.perform(
        page.tr("Remove juror {code}").format(code=code), "jury",
        lambda s: jury.update_juror(s, YEAR, code, {"institution": "Retiré"}, actor=actor),
        lambda s, before: jury.update_juror(s, YEAR, code, before, actor=actor))


def test_step_names_follow_a_language_switch_at_once(window: MainWindow) -> None:
    i18n.switch_language("fr")
    assert window.undo_action.text() == "Annuler"  # Qt's own words, translated
    assert remove_and_restore(window, "J2")
    assert window.undo_action.text() == "Annuler Retirer le membre du jury J2"
    i18n.switch_language("nl")
    assert window.undo_stack.undoText() == "Jurylid J2 verwijderen"
    assert window.undo_action.text() == "Jurylid J2 verwijderen ongedaan maken"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Jurylid J2 verwijderen opnieuw doen"
    i18n.switch_language("en")
    assert window.redo_action.text() == "Redo Remove juror J2"


def test_a_step_named_by_its_source_is_said_in_each_language(stack: UndoStack) -> None:
    i18n.switch_language("nl")
    try:
        name = StepName("JuryPage", "Remove juror {code}", {"code": "J3"})
        assert rename_institution(stack, "J3", "VUB")  # a name never translated: kept
        assert stack.perform(name, "jury", lambda s: None, lambda s, _r: None)
        assert stack.undoText() == "Jurylid J3 verwijderen"
        i18n.switch_language("fr")
        assert stack.text(1) == "Retirer le membre du jury J3"
        assert stack.text(0) == "Edit J3"
    finally:
        i18n.switch_language("en")
