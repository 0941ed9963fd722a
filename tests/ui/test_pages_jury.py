"""The Jury page: jurors checked as they are typed, assignments ticked in the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from yansenne.domain import jury
from yansenne.store.database import Database
from yansenne.store.models import Juror, Score
from yansenne.ui.main_window import MainWindow
from yansenne.ui.models.jurors_model import FIXED
from yansenne.ui.pages.juror_dialog import JurorDialog


def assigned(db: Database, code: str) -> list[str]:
    with db.read() as s:
        return jury.assigned_categories(
            s.scalars(select(Juror).where(Juror.code == code)).one())


def scores(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Score.id))) or 0


@pytest.fixture
def page(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page("jury")
    return window.page("jury")


def tick(qtbot: QtBot, page, juror: str, category: int) -> None:  # type: ignore[no-untyped-def]
    """Move to the juror's box of a category and press Space, as a keyboard user would."""
    page.select_juror(juror)
    view = page.ui.jurorsView
    row = view.currentIndex().row()
    view.setCurrentIndex(page.proxy.index(row, FIXED + category))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_add_a_juror_checked_as_typed(qtbot: QtBot, window: MainWindow, page,  # type: ignore[no-untyped-def]
                                      small_db: Database,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: JurorDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        ui = dialog.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert ui.codeEdit.text() == "J04"
        qtbot.keyClicks(ui.nameEdit, "Eva Peeters")
        qtbot.keyClicks(ui.emailEdit, "eva@")
        seen["refused"] = (ui.emailProblem.text(), ok.isEnabled())
        qtbot.keyClicks(ui.emailEdit, "vub.example")
        ui.roleCombo.setFocus()
        qtbot.keyClicks(ui.roleCombo, "obs")
        ui.languageCombo.setFocus()
        qtbot.keyClicks(ui.languageCombo, "Ned")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(JurorDialog, "exec", fill)
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    assert seen["refused"] == ("\"eva@\" is not an e-mail address", False)
    with small_db.read() as s:
        juror = s.scalars(select(Juror).where(Juror.code == "J04")).one()
        assert (juror.name, juror.role, juror.language, juror.email) == (
            "Eva Peeters", "observer", "nl", "eva@vub.example")
    assert assigned(small_db, "J04") == ["citizens", "police"]  # every category by default
    assert page.current_juror().code == "J04"


def test_assignments_are_ticked_and_a_scored_category_is_kept(
        qtbot: QtBot, window: MainWindow, page, small_db: Database,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    tick(qtbot, page, "OB", 1)
    assert assigned(small_db, "OB") == ["citizens"]
    assert window.undo_action.text() == "Undo OB no longer scores Police services"
    tick(qtbot, page, "OB", 1)
    assert assigned(small_db, "OB") == ["citizens", "police"]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    tick(qtbot, page, "J1", 0)
    assert warnings == ["juror J1 has 12 scores in category citizens; clear them before "
                        "taking the category from the juror"]
    assert assigned(small_db, "J1") == ["citizens", "police"]
    index = page.proxy.index(page.ui.jurorsView.currentIndex().row(), FIXED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_remove_a_juror_then_undo(qtbot: QtBot, window: MainWindow, page,  # type: ignore[no-untyped-def]
                                  small_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: questions.append(
        text) or QMessageBox.StandardButton.Yes)
    page.select_juror("J3")
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert "Their 24 score" in questions[0]
    assert [j.code for j in page.model.rows()] == ["J1", "J2", "OB"]
    assert scores(small_db) == 44
    window.undo_action.trigger()
    assert [j.code for j in page.model.rows()] == ["J1", "J2", "J3", "OB"]
    assert scores(small_db) == 68


def test_search_the_jury(qtbot: QtBot, window: MainWindow, page) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.searchEdit.hasFocus()
    qtbot.keyClicks(page.ui.searchEdit, "brusafe")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "OB"
