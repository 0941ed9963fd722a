"""The desk follows what other processes commit, and stops when its file is gone."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from yansenne.store.database import Database
from yansenne.ui.main_window import MainWindow

RENAME = ("import sys\n"
          "from sqlalchemy import text\n"
          "from yansenne.store.database import open_database\n"
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
