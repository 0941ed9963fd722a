"""The desk follows what other processes commit, and stops when its file is gone."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.other_process import held_open
from yansenne.store.database import Database
from yansenne.ui.main_window import MainWindow

RENAME = ("import sys\n"
          "from sqlalchemy import text\n"
          "from yansenne.store.opening import open_database\n"
          "with open_database(sys.argv[1]) as db, db.write() as s:\n"
          "    s.execute(text(\"UPDATE projects SET title_fr = 'Changé ailleurs' "
          "WHERE code = 'P01'\"))\n"
          "    from yansenne.store import audit\n"
          "    audit.record(s, 'project.update', year=2026, entity='project', key='P01',\n"
          "                 actor='elsewhere')\n")


def titles(window: MainWindow) -> list[str]:
    return [row.title_fr for row in window.model.rows()]


def test_a_change_made_by_another_process_shows_within_seconds(
        qtbot: QtBot, window: MainWindow, small_db: Database) -> None:
    assert small_db.path is not None
    window.show_page("projects")
    subprocess.run([sys.executable, "-c", RENAME, str(small_db.path)], check=True)
    qtbot.waitUntil(lambda: "Changé ailleurs" in titles(window), timeout=5000)


def test_a_database_file_replaced_under_the_desk_is_said_at_once(
        qtbot: QtBot, window: MainWindow, small_db: Database, tmp_path: Path) -> None:
    assert small_db.path is not None
    copy = tmp_path / "other.sqlite"
    shutil.copyfile(small_db.path, copy)
    copy.replace(small_db.path)
    qtbot.waitUntil(window.lost_label.isVisible, timeout=5000)
    assert "replaced or removed" in window.lost_label.text()


def test_a_change_elsewhere_never_erases_what_is_being_typed(
        qtbot: QtBot, window: MainWindow, small_db: Database) -> None:
    assert small_db.path is not None
    window.show_page("edition")
    ui = window.page("edition").ui
    ui.nameFrEdit.setFocus()
    qtbot.keyClicks(ui.nameFrEdit, " (en cours)")
    typed = ui.nameFrEdit.text()
    subprocess.run([sys.executable, "-c", RENAME, str(small_db.path)], check=True)
    qtbot.waitUntil(lambda: "Changé ailleurs" in titles(window), timeout=5000)
    qtbot.wait(2500)
    assert ui.nameFrEdit.text() == typed and ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    with small_db.read() as session:
        assert session.scalar(text("SELECT name_fr FROM editions")) == typed
    assert not ui.saveButton.isEnabled()


def test_undoing_a_creation_refused_while_another_desk_is_open_stays_undoable(
        qtbot: QtBot, window: MainWindow, small_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Removing an edition needs the database alone; refused, the step is kept."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: None)
    assert small_db.path is not None
    from yansenne.domain import editions

    window.desk.perform("Create edition 2031", "editions",
                        lambda s: editions.create_from_template(s, 2031, actor="t"),
                        lambda s, _r: editions.delete_edition(s, 2031, actor="t"),
                        undo_alone=True)
    with held_open(small_db.path):
        refused: list[str] = []
        window.undo_stack.refused.connect(refused.append)
        window.undo_action.trigger()
        qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=3000)
        assert refused and "open in another Yansenne window" in refused[0]
        with small_db.read() as session:
            assert session.scalar(text("SELECT count(*) FROM editions WHERE year = 2031")) == 1
    window.undo_action.trigger()
    with small_db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM editions WHERE year = 2031")) == 0
