"""A SQLite database whose disk or neighbours refuse: each refusal is named by its real
cause (a full or read-only disk, a read-only file or folder, another program holding
the database past a bounded wait, a folder given for the file, a damaged page), never
a full disk called "damaged"; backups are written beside their name and renamed; a
restore checks that the copy's schema is complete for its revision before anything
is replaced."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.disks import (
    damage_a_table_page,
    fill,
    holding_write_lock,
    leftovers,
    read_only_disk,
    small_disk,
)
from tests.factories import build_small_edition
from yansenne import files
from yansenne.errors import DatabaseError, InputError
from yansenne.store import backup, database, migrate
from yansenne.store.backup import (
    backup_to,
    backups_dir,
    check_backup_file,
    expected_schema,
    read_schema,
    restore_from,
)
from yansenne.store.database import SCHEMA_HEAD, Database, busy_timeout_s, sqlite_reason
from yansenne.store.opening import open_database

pytestmark = pytest.mark.sqlite_only("the file and disk of a SQLite database")


def sha(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def saved(path: Path) -> Path:
    db = open_database(path)
    build_small_edition(db)
    db.checkpoint()
    db.close()
    return path


def error(code: int, message: str = "x") -> sqlite3.OperationalError:
    made = sqlite3.OperationalError(message)
    made.sqlite_errorcode = code  # type: ignore[attr-defined]
    return made


# ---------------------------------------------------------------- another program's lock


def test_the_wait_is_bounded_and_can_be_set(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.delenv(database.BUSY_TIMEOUT_ENV, raising=False)
    assert busy_timeout_s() == database.BUSY_TIMEOUT_S == 15.0
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 2.5)
    assert busy_timeout_s() == 2.5
    monkeypatch.setenv(database.BUSY_TIMEOUT_ENV, "0.25")
    assert busy_timeout_s() == 0.25
    monkeypatch.setenv(database.BUSY_TIMEOUT_ENV, "soon")
    assert busy_timeout_s() == 2.5
    monkeypatch.setenv(database.BUSY_TIMEOUT_ENV, "0.25")
    db = open_database(tmp_path / "y.sqlite")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 250
    finally:
        db.close()


def test_a_database_held_by_another_program_is_refused_after_the_wait(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path / "y.sqlite")
    monkeypatch.setenv(database.BUSY_TIMEOUT_ENV, "0.5")
    db = open_database(path)
    try:
        with holding_write_lock(path):
            started = time.monotonic()
            with pytest.raises(DatabaseError) as caught, db.write() as session:
                session.execute(text("DELETE FROM audit_log WHERE id < 0"))
            waited = time.monotonic() - started
            with db.read() as session:  # reading is never held up (WAL)
                assert session.execute(text("SELECT count(*) FROM editions")).scalar() == 1
    finally:
        db.close()
    assert str(caught.value) == (
        f"{path}: another program holds the database and kept it locked beyond the "
        "0.5-second wait; nothing was changed: close that program, or try again when it "
        "has finished")
    assert 0.4 < waited < 10


# ---------------------------------------------------------------- causes, by SQLite's code


def test_each_code_has_its_cause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = saved(tmp_path / "y.sqlite")
    assert sqlite_reason(error(13), path).startswith("the disk holding the database is full")
    assert sqlite_reason(error(11, "database disk image is malformed"), path) == (
        "the database is damaged (database disk image is malformed); restore it from a "
        "backup (yansenne restore FILE)")
    assert sqlite_reason(error(26), path) == "not a Yansenne database (not a SQLite file)"
    assert sqlite_reason(error(3), path).startswith("permission denied")
    assert sqlite_reason(error(10, "disk I/O error"), path).startswith(
        "the disk could not be read or written (disk I/O error)")
    assert sqlite_reason(error(14, "unable to open database file"), tmp_path).startswith(
        "this is a folder, not a database file")
    for not_about_the_disk in (1, 19, 2067, 1811):  # a query, constraints, a trigger
        assert sqlite_reason(error(not_about_the_disk), path) is None
    assert sqlite_reason(sqlite3.OperationalError("no code"), path) is None
    # A full disk reported as a plain input/output error (SQLite growing its -shm).
    monkeypatch.setattr(files, "disk_is_full", lambda _folder: True)
    assert sqlite_reason(error(4874, "disk I/O error"), path).startswith(
        "the disk holding the database is full")
    monkeypatch.setattr(files, "disk_is_read_only", lambda _folder: True)
    for code in (8, 10, 14):
        assert sqlite_reason(error(code), path).startswith(
            "the disk holding the database is read-only")


def test_a_read_only_file_or_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root writes anything: the right is faked here; tests/corpus/test_corpus_disks.py
    runs the command unprivileged on a real read-only file and folder."""
    path = saved(tmp_path / "y.sqlite")
    real_access = os.access
    monkeypatch.setattr(database.os, "access", lambda p, mode: (
        False if Path(p) == path else real_access(p, mode)))
    assert sqlite_reason(error(8, "attempt to write a readonly database"), path) == (
        "the database file is read-only (or you may not write it); nothing was changed: "
        "make it writable, or ask for the right to write it")
    monkeypatch.setattr(database.os, "access", lambda p, mode: (
        False if Path(p) == tmp_path else real_access(p, mode)))
    assert sqlite_reason(error(1544), path).startswith(
        "the database's folder is read-only: SQLite writes its journal beside the database")


def test_a_full_disk_under_the_database_is_not_called_damaged(tmp_path: Path) -> None:
    source = saved(tmp_path / "y.sqlite")
    with small_disk(tmp_path, size_kb=1024) as disk:
        path = disk / "y.sqlite"
        path.write_bytes(source.read_bytes())
        db = open_database(path)
        try:
            with db.read() as session:
                assert session.execute(text("SELECT count(*) FROM scores")).scalar() == 68
            fill(disk)
            with pytest.raises(DatabaseError) as caught:
                for _ in range(50):
                    build_small_edition(db, 2030 + _)
        finally:
            db.close()
        message = str(caught.value)
        assert message == (f"{path}: the disk holding the database is full; nothing was "
                           "changed: free some space and try again"), message
        (disk / "filler").unlink()
        reopened = open_database(path)
        try:
            with reopened.read() as session:
                years = session.execute(text("SELECT year FROM editions")).scalars().all()
            assert 2026 in years
        finally:
            reopened.close()


def test_a_read_only_disk_under_the_database(tmp_path: Path) -> None:
    source = saved(tmp_path / "y.sqlite")
    with read_only_disk(tmp_path, {"y.sqlite": source}) as disk:
        with pytest.raises(DatabaseError) as caught:
            open_database(disk / "y.sqlite").close()
        assert str(caught.value) == (
            f"{disk / 'y.sqlite'}: the disk holding the database is read-only; nothing was "
            "changed: copy the database to a disk you can write to")


def test_a_damaged_page_is_called_damaged(tmp_path: Path) -> None:
    path = saved(tmp_path / "y.sqlite")
    damage_a_table_page(path, "scores")
    db = open_database(path)  # the schema pages are sound
    try:
        with pytest.raises(DatabaseError) as caught, db.read() as session:
            session.execute(text("SELECT sum(value) FROM scores")).scalar()
    finally:
        db.close()
    assert str(caught.value) == (
        f"{path}: the database is damaged (database disk image is malformed); restore it "
        "from a backup (yansenne restore FILE)")


def test_a_folder_given_for_the_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(tmp_path)
    assert str(caught.value) == (f"{tmp_path}: this is a folder, not a database file: give "
                                 "the database's file name")
    plain = tmp_path / "notes.txt"
    plain.write_text("x")
    with pytest.raises(DatabaseError, match="is a file, not a folder"):
        open_database(plain / "y.sqlite")
    assert plain.read_text() == "x"


# ---------------------------------------------------------------- backups


def test_a_backup_on_a_full_disk_keeps_the_previous_copy(small_db: Database,
                                                         tmp_path: Path) -> None:
    with small_disk(tmp_path, size_kb=1024) as disk:
        target = disk / "copy.sqlite"
        backup_to(small_db, target)
        before = target.read_bytes()
        (disk / "other.sqlite").write_bytes(b"")
        fill(disk)
        with pytest.raises(InputError) as caught:
            backup_to(small_db, target)
        assert str(caught.value) == (f"{target}: the disk is full; nothing was changed: free "
                                     "some space and try again")
        assert target.read_bytes() == before
        assert leftovers(disk) == []


def test_a_backup_whose_rename_is_refused_keeps_the_previous_copy(
        small_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = backup_to(small_db, tmp_path / "copy.sqlite")
    before = target.read_bytes()
    with small_db.write() as session:
        session.execute(text("DELETE FROM scores"))

    def no_room(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", no_room)
    with pytest.raises(InputError, match="the disk is full"):
        backup_to(small_db, target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_backup_into_a_folder_is_refused(small_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        backup_to(small_db, tmp_path)
    assert str(caught.value) == f"{tmp_path}: this is a folder, not a file: give a file name"


# ---------------------------------------------------------------- a restore checks the schema


def test_the_expected_schema_comes_from_the_migrations(small_db: Database) -> None:
    """No list to keep in step: a scratch database migrated to the revision; the live
    database, migrated the same way, has nothing missing."""
    head = expected_schema(SCHEMA_HEAD)
    assert {"editions", "projects", "scores", "audit_log", "alembic_version"} <= set(head.tables)
    assert {"scores_check_insert", "audit_log_append_only_delete"} <= set(head.triggers)
    assert "ix_scores_project" in head.indexes
    assert small_db.path is not None
    conn = sqlite3.connect(f"{small_db.path.as_uri()}?mode=ro", uri=True)
    try:
        assert backup.schema_gaps(read_schema(conn), head) == []
    finally:
        conn.close()
    first = expected_schema("0001")
    assert set(first.tables) < set(head.tables)


@pytest.mark.parametrize(("damage", "missing"), [
    ("DROP TRIGGER scores_check_insert", "trigger scores_check_insert"),
    ("DROP TRIGGER audit_log_append_only_delete", "trigger audit_log_append_only_delete"),
    ("DROP TABLE conflicts", "table conflicts"),
    ("DROP INDEX ix_scores_project", "index ix_scores_project"),
    ("ALTER TABLE projects DROP COLUMN summary_en", "column projects.summary_en"),
    ("DROP TRIGGER scores_check_delete; CREATE TRIGGER scores_check_delete BEFORE DELETE "
     "ON scores BEGIN SELECT 1; END", "trigger scores_check_delete (changed)"),
])
def test_an_incomplete_backup_is_refused_and_nothing_replaced(
        small_db: Database, tmp_path: Path, damage: str, missing: str) -> None:
    copy = backup_to(small_db, tmp_path / "copy.sqlite")
    conn = sqlite3.connect(copy)
    conn.executescript(damage)
    conn.close()
    assert small_db.path is not None
    live = small_db.path
    with small_db.write() as session:
        session.execute(text("DELETE FROM scores"))
    before = sha(live)
    with pytest.raises(InputError) as caught:
        restore_from(small_db, copy)
    message = str(caught.value)
    assert message.startswith(f"{copy}: the copy is incomplete for its schema {SCHEMA_HEAD}: ")
    assert missing in message
    assert message.endswith("; it was not restored")
    assert sha(live) == before
    assert not backups_dir(live).exists()


def test_a_complete_backup_of_an_older_revision_is_restored(small_db: Database,
                                                            tmp_path: Path) -> None:
    """Its schema is checked against that revision's, then brought up to date on open."""
    older = tmp_path / "older.sqlite"
    engine = database.create_sqlite_engine(older)
    try:
        migrate.upgrade(engine, "0005")
    finally:
        engine.dispose()
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(older.read_bytes())
    conn = sqlite3.connect(damaged)
    conn.execute("DROP TRIGGER scores_check_update")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="incomplete for its schema 0005: trigger "
                                         "scores_check_update"):
        check_backup_file(damaged)
    assert small_db.path is not None
    assert restore_from(small_db, older) is not None
    reopened = open_database(small_db.path)
    try:
        with reopened.read() as session:
            assert session.execute(text("SELECT count(*) FROM editions")).scalar() == 0
            assert session.execute(text("SELECT version_num FROM alembic_version")
                                   ).scalar() == SCHEMA_HEAD
    finally:
        reopened.close()


def test_restore_of_a_folder_is_refused(small_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        restore_from(small_db, tmp_path)
    assert str(caught.value) == f"{tmp_path}: this is a folder, not a file: give a file name"


def test_restore_on_a_full_disk_changes_nothing(small_db: Database, tmp_path: Path) -> None:
    """The safety copy cannot be written: refused with the cause, the database whole."""
    copy = backup_to(small_db, tmp_path / "copy.sqlite")
    with small_disk(tmp_path, size_kb=1024) as disk:
        live = disk / "y.sqlite"
        live.write_bytes(copy.read_bytes())
        db = open_database(live)
        with db.write() as session:
            session.execute(text("DELETE FROM scores"))
        db.checkpoint()
        db.close()
        before = sha(live)
        fill(disk)
        with pytest.raises(YansenneErrors) as caught:
            restore_from(live, copy)
        assert str(caught.value).startswith(f"{backups_dir(live)}/y."), str(caught.value)
        assert "the disk is full; nothing was changed" in str(caught.value)
        assert "damaged" not in str(caught.value)
        (disk / "filler").unlink()
        assert sha(live) == before
        assert leftovers(disk) == [] and leftovers(backups_dir(live)) == []


YansenneErrors = (InputError, DatabaseError)
