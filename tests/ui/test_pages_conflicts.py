"""The conflicts matrix: declare over a scored pair (its scores cleared), undo and redo,
confirm a suggestion with its reason kept, withdraw."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Conflict, Juror, Project, Score
from yansenne.ui.main_window import MainWindow
from yansenne.ui.models.conflicts_model import STATE_ROLE


def pair_scores(db: Database, juror: str, project: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Score.id)).join(Juror).join(Project).where(
            Juror.code == juror, Project.code == project)) or 0


def reason(db: Database, juror: str, project: str) -> str | None:
    with db.read() as s:
        return s.scalar(select(Conflict.reason).join(Juror).join(Project).where(
            Juror.code == juror, Project.code == project))


@pytest.fixture
def page(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page("conflicts")
    return window.page("conflicts")


def press_space_on(qtbot: QtBot, page, juror: str, project: str) -> None:  # type: ignore[no-untyped-def]
    index = page.cell(juror, project)
    assert index.isValid()
    page.ui.conflictsView.setFocus()
    qtbot.keyClick(page.ui.conflictsView, Qt.Key.Key_Space)


def test_declare_over_a_scored_pair_then_undo_and_redo(
        qtbot: QtBot, window: MainWindow, page, small_db: Database,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _p, _t, label, _m, text, *a: (
        asked.append(label) or asked.append(text) or ("Sister-in-law at the ASBL", True)))
    assert pair_scores(small_db, "J3", "P02") == 4
    press_space_on(qtbot, page, "J3", "P02")
    assert "has given 4 score" in asked[0] and "they will be cleared" in asked[0]
    assert asked[1] == ""  # no suggestion for this pair
    assert reason(small_db, "J3", "P02") == "Sister-in-law at the ASBL"
    assert pair_scores(small_db, "J3", "P02") == 0
    index = page.ui.conflictsView.currentIndex()
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "Sister-in-law" in index.data(Qt.ItemDataRole.ToolTipRole)
    with small_db.read() as s:
        log = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert log == ["score.clear"] * 4 + ["conflict.declare"]
    window.undo_action.trigger()
    assert reason(small_db, "J3", "P02") is None and pair_scores(small_db, "J3", "P02") == 4
    assert page.ui.conflictsView.currentIndex().data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.redo_action.trigger()
    assert reason(small_db, "J3", "P02") == "Sister-in-law at the ASBL"
    assert pair_scores(small_db, "J3", "P02") == 0


def test_cancelling_the_reason_declares_nothing(qtbot: QtBot, page, small_db: Database,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("", False))
    press_space_on(qtbot, page, "J3", "P04")
    assert reason(small_db, "J3", "P04") is None and pair_scores(small_db, "J3", "P04") == 4


def test_a_suggestion_is_shaded_and_confirmed_with_its_reason(
        qtbot: QtBot, page, small_db: Database) -> None:  # type: ignore[no-untyped-def]
    # The small edition's contacts write from example.org, as Anne Dupont (J1) does.
    index = page.cell("J1", "P03")
    assert index.data(STATE_ROLE) == "suggested"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Suggested: same e-mail domain as the project's contact (example.org)")
    assert page.ui.confirmButton.isEnabled() and not page.ui.withdrawButton.isEnabled()
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert reason(small_db, "J1", "P03") == (
        "same e-mail domain as the project's contact (example.org)")
    assert page.ui.conflictsView.currentIndex().data(STATE_ROLE) == "declared"
    assert "5 suggestion" in page.ui.summaryLabel.text()


def test_withdraw_with_the_delete_key_after_confirmation(
        qtbot: QtBot, window: MainWindow, page, small_db: Database,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    page.cell("J2", "P01")
    page.ui.conflictsView.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(page.ui.conflictsView, Qt.Key.Key_Delete)
    assert reason(small_db, "J2", "P01") is None
    window.undo_action.trigger()
    assert reason(small_db, "J2", "P01") == "Partner"  # the reason is kept through undo


def test_only_marked_projects_and_search(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.ui.searchEdit, "project 4")
    assert page.proxy.rowCount() == 1
    page.ui.searchEdit.clear()
    qtbot.mouseClick(page.ui.onlyCheck, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 6  # J1's suggestions mark every project here
