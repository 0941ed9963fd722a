"""Opening a database: creation and migration, the SQLite settings, and every kind of
file that must be refused with a DatabaseError rather than a crash or a silent change."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from tests.factories import build_small_edition
from yansenne.errors import DatabaseError
from yansenne.store import migrate
from yansenne.store.database import (
    SCHEMA_HEAD,
    Database,
    create_sqlite_engine,
    schema_revision,
)
from yansenne.store.opening import open_database

TABLES = {"alembic_version", "audit_log", "editions", "categories", "criteria", "projects",
          "jurors", "assignments", "conflicts", "scores", "project_notes", "decisions"}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(db: Database, name: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def saved_small_database(path: Path) -> Path:
    """A closed Yansenne database holding the small edition, WAL folded in."""
    db = open_database(path)
    build_small_edition(db)
    db.checkpoint()
    db.close()
    return path


def test_new_database_is_created_at_schema_head(tmp_path: Path) -> None:
    """A path that does not exist yet (even its folder) becomes a migrated database."""
    path = tmp_path / "new" / "folder" / "y.sqlite"
    db = open_database(path)
    try:
        assert path.is_file()
        assert schema_revision(db.engine) == SCHEMA_HEAD
        assert TABLES <= set(inspect(db.engine).get_table_names())
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
                (SCHEMA_HEAD,)]
    finally:
        db.close()


@pytest.mark.sqlite_only("SQLite's own settings (PRAGMA)")
def test_sqlite_settings(db: Database) -> None:
    """WAL, foreign keys and synchronous=FULL on every connection (a committed score
    survives a power cut; cascades and references hold)."""
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "busy_timeout") == 15000


def test_migration_head_is_schema_head() -> None:
    """SCHEMA_HEAD in the code must follow the migrations, or every open would migrate."""
    assert migrate.head() == SCHEMA_HEAD
    assert SCHEMA_HEAD in migrate.known_revisions()
    assert migrate.is_known(SCHEMA_HEAD)
    assert not migrate.is_known("ffff")


def test_schema_matches_models(db: Database) -> None:
    """The migrations create exactly the tables and columns the models declare."""
    from yansenne.store.models import Base

    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name


def test_reopening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    """No migration, no automatic backup, not a byte changed when the schema is current."""
    path = saved_small_database(tmp_path / "y.sqlite")
    before = digest(path)
    db = open_database(path)
    db.close()
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    """A zero-byte file (as `touch` leaves it) is initialised, not refused."""
    path = tmp_path / "empty.sqlite"
    path.touch()
    db = open_database(path)
    try:
        assert schema_revision(db.engine) == SCHEMA_HEAD
    finally:
        db.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    """A database written by a later program must not be opened, nor touched."""
    path = saved_small_database(tmp_path / "y.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="newer version") as caught:
        open_database(path)
    assert "ffff" in str(caught.value)
    assert str(path) in str(caught.value)
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(8192))
    before = digest(path)
    with pytest.raises(DatabaseError, match="not a SQLite file"):
        open_database(path)
    assert digest(path) == before


def test_database_of_another_application_is_refused(tmp_path: Path) -> None:
    """Tables but no alembic_version: not ours, and we must not add our schema to it."""
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Anne')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a Yansenne database"):
        open_database(path)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables == {"contacts"}


@pytest.mark.parametrize("keep", [100, 4096, 0.5, -4096])
def test_truncated_database_is_refused(tmp_path: Path, keep: float) -> None:
    """A copy cut short (a full disk, an interrupted transfer) gives DatabaseError."""
    data = saved_small_database(tmp_path / "full.sqlite").read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    path = tmp_path / "cut.sqlite"
    path.write_bytes(data[:cut])
    with pytest.raises(DatabaseError, match="the database is damaged"):
        open_database(path)


OLDER = sorted(migrate.known_revisions() - {migrate.head()}) or [
    pytest.param("", marks=pytest.mark.skip(reason="only one migration so far: no older "
                                                   "schema to open"))]


@pytest.mark.parametrize("revision", OLDER)
def test_outdated_database_needs_an_explicit_upgrade(tmp_path: Path, revision: str) -> None:
    """Runs once a second migration exists: `upgrade=False` refuses an older schema
    without touching it; a normal open upgrades it after an automatic backup."""
    path = tmp_path / "old.sqlite"
    engine = create_sqlite_engine(path)
    migrate.upgrade(engine, revision)
    engine.dispose()
    before = digest(path)
    with pytest.raises(DatabaseError, match="needs an upgrade"):
        open_database(path, upgrade=False)
    assert digest(path) == before
    db = open_database(path)
    try:
        assert schema_revision(db.engine) == SCHEMA_HEAD
    finally:
        db.close()
    assert len(list((tmp_path / "backups").glob("old.*.sqlite"))) == 1


def test_write_is_atomic(small_db: Database) -> None:
    """An error inside `write()` rolls back everything done in the block."""
    with pytest.raises(RuntimeError), small_db.write() as session:
        session.execute(text("DELETE FROM scores"))
        raise RuntimeError("boom")
    with small_db.read() as session:
        assert session.execute(text("SELECT count(*) FROM scores")).scalar() == 68


def test_sqlite_url_gets_foreign_keys(tmp_path: Path) -> None:
    """DESIGN.md: WAL and foreign keys on SQLite, whichever way it is named."""
    db = open_database(f"sqlite:///{tmp_path / 'url.sqlite'}")
    try:
        build_small_edition(db)
        with db.write() as session:
            session.execute(text("DELETE FROM editions"))
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM scores")).scalar() == 0
        assert pragma(db, "foreign_keys") == 1
    finally:
        db.close()
