"""Backups and restores of a SQLite database: consistent copies (even while another
process writes scores), a safety copy before a restore, the rotation of automatic
copies, and refusals that leave the database as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import build_small_edition
from yansenne.errors import DatabaseError, InputError
from yansenne.store.backup import (
    KEEP_AUTOMATIC,
    automatic_backup,
    backup_to,
    backups_dir,
    check_backup_file,
    restore_from,
)
from yansenne.store.database import SCHEMA_HEAD, Database
from yansenne.store.opening import open_database

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.sqlite_only("backups copy a SQLite file; a server is saved with pg_dump")


def rows(path: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def content(path: Path) -> dict[str, list[tuple]]:
    """The rows that matter, to compare a copy with its original."""
    return {
        "editions": rows(path, "SELECT year, name_fr FROM editions ORDER BY year"),
        "projects": rows(path, "SELECT code, title_fr FROM projects ORDER BY id"),
        "scores": rows(path, "SELECT juror_id, project_id, criterion_id, value, revision "
                             "FROM scores ORDER BY id"),
        "audit": rows(path, "SELECT action, entity_key FROM audit_log ORDER BY id"),
    }


def digest(db: Database) -> str:
    db.checkpoint()
    assert db.path is not None
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def test_backup_is_a_complete_standalone_copy(small_db: Database, tmp_path: Path) -> None:
    """The copy is one file (no -wal beside it), opens as a Yansenne database and holds
    the same rows, including what is still only in the WAL."""
    copy = backup_to(small_db, tmp_path / "out" / "copy.sqlite")
    assert copy == (tmp_path / "out" / "copy.sqlite").resolve()
    assert not Path(f"{copy}-wal").exists()
    assert rows(copy, "PRAGMA journal_mode") == [("delete",)]
    assert rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert content(copy) == content(small_db.path)  # type: ignore[arg-type]
    assert len(content(copy)["scores"]) == 68
    reopened = open_database(copy)
    try:
        with reopened.read() as s:
            assert s.execute(text("SELECT count(*) FROM scores")).scalar() == 68
    finally:
        reopened.close()


def test_backup_cannot_overwrite_the_database(small_db: Database) -> None:
    assert small_db.path is not None
    before = digest(small_db)
    with pytest.raises(InputError, match="cannot overwrite the database itself"):
        backup_to(small_db, small_db.path)
    assert digest(small_db) == before


def test_backup_needs_a_sqlite_file(tmp_path: Path) -> None:
    db = open_database("sqlite://")  # in memory: no file to copy
    try:
        with pytest.raises(DatabaseError, match="pg_dump"):
            backup_to(db, tmp_path / "copy.sqlite")
    finally:
        db.close()


WRITER = textwrap.dedent("""
    import sys
    from sqlalchemy import select
    from yansenne.store.opening import open_database
    from yansenne.store.models import Criterion, Juror, Project
    from yansenne.domain.marks import set_score

    db = open_database(sys.argv[1])
    with db.read() as s:
        ids = (s.scalars(select(Juror.id).where(Juror.code == "J1")).first(),
               s.scalars(select(Project.id).where(Project.code == "P02")).first(),
               s.scalars(select(Criterion.id).where(Criterion.code == "relevance")).first())
    stop = sys.argv[2]
    import os
    i = 0
    while not os.path.exists(stop) and i < 5000:
        with db.write() as s:
            juror, project, criterion = (s.get(Juror, ids[0]), s.get(Project, ids[1]),
                                         s.get(Criterion, ids[2]))
            set_score(s, juror, project, criterion, 5.0 + (i % 2) / 2, actor="writer")
        i += 1
        if i == 1:
            print("ready", flush=True)
    db.close()
    print(i, flush=True)
""")


def test_backup_while_another_process_writes(small_db: Database, tmp_path: Path) -> None:
    """The online backup reads one consistent snapshot: each copy passes integrity_check,
    and in each the mark's revision agrees with the audit entries written with it
    (both are written in the same transaction, so a torn copy would disagree)."""
    assert small_db.path is not None
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(small_db.path), str(stop)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert writer.stdout is not None and writer.stderr is not None
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        revisions: list[int] = []
        while len(set(revisions)) < 3 and len(revisions) < 50:
            copy = backup_to(small_db, tmp_path / "copy.sqlite")
            assert rows(copy, "PRAGMA integrity_check") == [("ok",)]
            written = rows(copy, "SELECT count(*) FROM audit_log WHERE actor = 'writer'")[0][0]
            revision = rows(copy, "SELECT s.revision FROM scores s JOIN jurors j ON "
                                  "j.id = s.juror_id JOIN projects p ON p.id = s.project_id "
                                  "JOIN criteria c ON c.id = s.criterion_id WHERE j.code = "
                                  "'J1' AND p.code = 'P02' AND c.code = 'relevance'")[0][0]
            assert revision == written + 1
            revisions.append(revision)
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert int(out.split()[-1]) >= revisions[-1] - 1
    assert revisions == sorted(revisions)
    assert len(set(revisions)) >= 2, "no write happened between the copies"


def test_restore_brings_back_the_old_contents(small_db: Database, tmp_path: Path) -> None:
    """After a restore the database holds the copy's rows, and the state it replaced is
    kept as a safety copy in backups/ beside it."""
    assert small_db.path is not None
    copy = backup_to(small_db, tmp_path / "copy.sqlite")
    original = content(copy)
    with small_db.write() as s:
        s.execute(text("DELETE FROM editions"))
    build_small_edition(small_db, 2030)
    replaced = content(small_db.path)
    safety = restore_from(small_db, copy)
    assert safety.parent == backups_dir(small_db.path)
    assert "before-restore" in safety.name
    assert content(safety) == replaced
    reopened = open_database(small_db.path)
    try:
        assert content(small_db.path) == original
        with reopened.read() as s:
            assert s.execute(text("SELECT year FROM editions")).scalars().all() == [2026]
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        reopened.close()


def test_automatic_backups_keep_only_the_last_five(small_db: Database) -> None:
    assert small_db.path is not None
    made = [automatic_backup(small_db, reason=f"r{i}") for i in range(KEEP_AUTOMATIC + 2)]
    kept = sorted(backups_dir(small_db.path).glob("*.sqlite"))
    assert KEEP_AUTOMATIC == 5
    assert kept == made[-KEEP_AUTOMATIC:]
    assert [p.name.split(".")[2] for p in kept] == ["r2", "r3", "r4", "r5", "r6"]


def test_restore_refuses_a_file_that_is_not_a_database(small_db: Database,
                                                       tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_text("these are not the scores you are looking for")
    before = digest(small_db)
    with pytest.raises(InputError, match="not a SQLite file"):
        restore_from(small_db, junk)
    assert digest(small_db) == before
    assert not backups_dir(small_db.path).exists()  # type: ignore[arg-type]


def test_restore_refuses_a_newer_schema(small_db: Database, tmp_path: Path) -> None:
    copy = backup_to(small_db, tmp_path / "copy.sqlite")
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    with small_db.write() as s:
        s.execute(text("DELETE FROM scores"))
    before = digest(small_db)
    with pytest.raises(InputError, match="newer version of Yansenne") as caught:
        restore_from(small_db, copy)
    assert "ffff" in str(caught.value)
    assert digest(small_db) == before


def test_check_backup_file_refusals(tmp_path: Path) -> None:
    """Each kind of unusable copy is refused with its own reason."""
    with pytest.raises(InputError, match="no such file"):
        check_backup_file(tmp_path / "missing.sqlite")
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="not a Yansenne database"):
        check_backup_file(other)
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(InputError, match="damaged"):
        check_backup_file(damaged)


def test_check_backup_file_accepts_a_sound_copy(small_db: Database, tmp_path: Path) -> None:
    copy = backup_to(small_db, tmp_path / "copy.sqlite")
    check_backup_file(copy)
    assert rows(copy, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]


def test_automatic_backup_is_kept_beside_another_databases_copies(tmp_path: Path) -> None:
    db = open_database(tmp_path / "prix.sqlite")
    try:
        folder = backups_dir(tmp_path / "prix.sqlite")
        folder.mkdir()
        others = [folder / f"prix.old.2025010{i}-000000-000000.before-0001.sqlite"
                  for i in range(KEEP_AUTOMATIC)]
        for other in others:
            other.write_bytes(b"another database's copy")
        safety = automatic_backup(db, reason="before-restore")
        assert safety.exists()
        assert all(other.exists() for other in others)
    finally:
        db.close()
