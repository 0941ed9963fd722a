"""The undo stack: each step committed at once through the store, refusals never pushed,
and the window's Edit menu and shortcuts wired to it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import yansenne.ui
from yansenne.domain import jury
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Juror
from yansenne.ui import i18n
from yansenne.ui.main_window import MainWindow
from yansenne.ui.undo import UndoStack, step

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


def remove_a_juror(window: MainWindow, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove a juror as the user does, so that the Jury page names the step itself."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    window.show_page("jury")
    page = window.page("jury")
    page.select_juror(code)
    assert page.delete_selected()


def test_step_names_follow_a_language_switch_at_once(window: MainWindow,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.switch_language("fr")
    try:
        assert window.undo_action.text() == "Annuler"  # Qt's own words, translated
        remove_a_juror(window, "J2", monkeypatch)
        assert window.undo_action.text() == "Annuler Retirer le membre du jury J2"
        i18n.switch_language("nl")
        assert window.undo_stack.undoText() == "Jurylid J2 verwijderen"
        assert window.undo_action.text() == "Jurylid J2 verwijderen ongedaan maken"
        window.undo_action.trigger()
        assert window.redo_action.text() == "Jurylid J2 verwijderen opnieuw doen"
        i18n.switch_language("en")
        assert window.redo_action.text() == "Redo Remove juror J2"
    finally:
        i18n.switch_language("en")


def test_a_step_named_by_its_source_is_said_in_each_language(stack: UndoStack) -> None:
    i18n.switch_language("nl")
    try:
        name = step("JuryPage", QT_TRANSLATE_NOOP("JuryPage", "Remove juror {code}"), code="J3")
        assert rename_institution(stack, "J3", "VUB")  # a name never translated: kept
        assert stack.perform(name, "jury", lambda s: None, lambda s, _r: None)
        assert stack.undoText() == "Jurylid J3 verwijderen"
        i18n.switch_language("fr")
        assert stack.text(1) == "Retirer le membre du jury J3"
        assert stack.text(0) == "Edit J3"
    finally:
        i18n.switch_language("en")


def assigned_before(tree: ast.AST, name: str, line: int) -> ast.expr | None:
    """The value last assigned to `name` before `line` (a parameter: None)."""
    found = [a for a in ast.walk(tree) if isinstance(a, ast.Assign) and a.lineno < line
             and any(getattr(t, "id", None) == name for t in a.targets)]
    return max(found, key=lambda a: a.lineno).value if found else None


def marks(node: ast.AST | None) -> list[ast.Call]:
    return [] if node is None else [
        n for n in ast.walk(node) if isinstance(n, ast.Call)
        and getattr(n.func, "id", None) == "QT_TRANSLATE_NOOP"]


def test_the_views_name_steps_by_a_source_qt_linguist_extracts() -> None:
    """A step named by a text already translated (`self.tr(...)`) would stay in the
    language it was made in; a `step(...)` whose context differs from its
    `QT_TRANSLATE_NOOP`'s would find no translation."""
    ui = Path(yansenne.ui.__file__).parent
    problems, seen = [], 0
    for path in sorted(ui.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "step"):
                continue
            seen += 1
            context = node.args[0] if node.args else None
            source = node.args[1] if len(node.args) > 1 else None
            if isinstance(source, ast.Name):  # a variable: its last assignment
                source = assigned_before(tree, source.id, node.lineno)
            found = marks(source)
            if not (isinstance(context, ast.Constant) and found and all(
                    isinstance(m.args[0], ast.Constant) and m.args[0].value == context.value
                    for m in found)):
                problems.append(f"{path.name}:{node.lineno}: step() context and mark differ")
        for node in ast.walk(tree):  # what `perform` and `record` are given
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("perform", "record") and node.args):
                continue
            name: ast.expr | None = node.args[0]
            if isinstance(name, ast.Name):
                name = assigned_before(tree, name.id, node.lineno)
            if name is None:
                continue  # a parameter passed on (Desk.perform)
            text = ast.unparse(name)
            if "step(" not in text or "tr(" in text or ".format(" in text:
                problems.append(f"{path.name}:{node.lineno}: a step named by a text: {text}")
    assert seen >= 20  # the views' steps are found
    assert problems == []
