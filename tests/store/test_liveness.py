"""An open database notices when the file under it is no longer the database
(store/liveness.py) and refuses to acknowledge writes that would vanish."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import build_small_edition
from yansenne.errors import DatabaseError
from yansenne.store.database import Database
from yansenne.store.opening import open_database

pytestmark = pytest.mark.sqlite_only("a SQLite file replaced under an open database")


def name(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name_fr FROM editions").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def desk(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "desk.sqlite")
    build_small_edition(db)
    yield db
    db.close()


def rename(db: Database, value: str) -> None:
    with db.write() as session:
        session.execute(text("UPDATE editions SET name_fr = :v"), {"v": value})


def test_many_writes_and_checkpoints_raise_no_false_alarm(desk: Database) -> None:
    for i in range(50):
        rename(desk, f"n{i}")
        if i % 10 == 0:
            desk.checkpoint()
    assert desk.problem() is None


def test_a_file_renamed_over_the_database_stops_every_write(desk: Database,
                                                              tmp_path: Path) -> None:
    assert desk.path is not None
    rename(desk, "before")
    other = tmp_path / "other.sqlite"
    shutil.copyfile(desk.path, other)  # (a copy of the main file only, as the old restore did)
    other.replace(desk.path)
    with pytest.raises(DatabaseError, match="replaced or removed"):
        rename(desk, "after")
    assert desk.problem() is not None


def test_a_wal_removed_by_another_process_stops_every_write(desk: Database) -> None:
    """What a stray close makes possible: the process's SQLite locks are gone, another
    process's last close checkpoints and deletes the WAL; the desk must not go on."""
    assert desk.path is not None
    rename(desk, "before")
    fd = os.open(desk.path, os.O_RDONLY)
    os.close(fd)  # drops every POSIX lock this process held on the file
    subprocess.run([sys.executable, "-c",
                    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute('SELECT 1 FROM editions').fetchall(); c.close()",
                    str(desk.path)], check=True)
    assert not desk.path.with_name(desk.path.name + "-wal").exists()
    with pytest.raises(DatabaseError, match="journal"):
        rename(desk, "lost")
    assert name(desk.path) == "before"
