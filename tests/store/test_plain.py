"""`Database.plain`: a SQLite file opened, checked and read through the driver alone,
SQLAlchemy loaded only when a session is first asked for."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from yansenne.domain.plain_read import plain_of
from yansenne.errors import DatabaseError
from yansenne.store.database import Database, in_list, sqlite_timestamp
from yansenne.store.models import AuditEntry
from yansenne.store.opening import open_database

OPEN_AND_READ = """
import sys
from yansenne.store.opening import open_database
db = open_database(sys.argv[1])
with db.plain() as q:
    print("editions", q.value("SELECT count(*) FROM editions"))
print("sqlalchemy", "sqlalchemy" in sys.modules)
with db.read() as session:
    pass
print("after a session", "sqlalchemy" in sys.modules)
db.close()
"""


def test_a_file_is_opened_and_read_without_sqlalchemy(small_db: Database) -> None:
    if small_db.path is None:
        pytest.skip("a server is reached through SQLAlchemy's engine")
    result = subprocess.run([sys.executable, "-c", OPEN_AND_READ, str(small_db.path)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:3] == ["editions 1", "sqlalchemy False",
                                             "after a session True"]


def test_a_new_file_gets_its_schema_through_the_driver(tmp_path: Path) -> None:
    with open_database(tmp_path / "new.sqlite") as db, db.plain() as q:
        assert q.value("SELECT version_num FROM alembic_version") is not None


def _audit(db: Database, key: str) -> None:
    with db.write() as s:
        s.add(AuditEntry(action="test", entity="test", entity_key=key, actor="t"))


def test_a_plain_read_is_one_view_and_sees_what_was_committed_before(
        small_db: Database) -> None:
    count = "SELECT count(*) FROM audit_log WHERE entity_key = :k"
    with small_db.plain() as q:
        assert q.value(count, {"k": "a"}) == 0
        with small_db.plain() as inner:  # nested: the same transaction
            assert inner.value(count, {"k": "a"}) == 0
    _audit(small_db, "a")
    with small_db.plain() as q:
        assert q.value(count, {"k": "a"}) == 1
        sql, params = in_list("k", ["a", "b"])
        assert q.rows(f"SELECT entity_key FROM audit_log WHERE entity_key IN {sql}",
                      params) == [("a",)]
        assert q.one("SELECT entity_key FROM audit_log WHERE entity_key = 'none'") is None


def test_every_thread_reads_through_its_own_connection(small_db: Database) -> None:
    seen: list[object] = []

    def read() -> None:
        with small_db.plain() as q:
            seen.append(q.value("SELECT count(*) FROM editions"))

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [1, 1, 1]


def test_a_sessions_plain_sql_sees_its_pending_changes(small_db: Database) -> None:
    with small_db.write() as s:
        s.add(AuditEntry(action="test", entity="test", entity_key="pending", actor="t"))
        q = plain_of(s)
        assert q.value("SELECT count(*) FROM audit_log WHERE entity_key = 'pending'") == 1
        s.rollback()
    with small_db.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.entity_key == "pending")).all() \
            == []


def test_closing_closes_the_drivers_connections(tmp_path: Path) -> None:
    db = open_database(tmp_path / "c.sqlite")
    with db.plain() as q:
        q.value("SELECT 1")
    assert db._plain
    db.close()
    assert not db._plain
    with db.plain() as q:  # a late read after closing opens nothing that stays open
        assert q.value("SELECT count(*) FROM editions") == 0
    assert not db._plain


def test_idle_connections_of_gone_threads_are_closed_not_one_reading(tmp_path: Path) -> None:
    """A thread pool renews its threads: their idle connections are closed beyond a
    few, never one in the middle of a read."""
    from yansenne.store.database import MAX_DRIVERS

    db = open_database(tmp_path / "p.sqlite")
    try:
        with db.plain() as reading:
            for _ in range(3 * MAX_DRIVERS):
                thread = threading.Thread(target=_read_once, args=(db,))
                thread.start()
                thread.join()
            assert len(db._plain) <= MAX_DRIVERS + 1
            assert reading.value("SELECT count(*) FROM editions") == 0  # still open
    finally:
        db.close()


def _read_once(db: Database) -> None:
    with db.plain() as q:
        q.value("SELECT 1")


HALF = ("INSERT INTO audit_log (at, actor, action, entity, entity_key, details) "
        "VALUES ('', 't', 'plain', 'test', 'half', '')")


def _names(db: Database) -> list[str]:
    with db.plain() as q:
        return [key for (key,) in q.rows(
            "SELECT entity_key FROM audit_log WHERE action = 'plain' ORDER BY id")]


def _plain_audit(db: Database, key: str) -> None:
    with db.plain_write() as q:
        q.run("INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
              "details) VALUES (:at, 't', 'plain', NULL, 'test', :k, '')",
              {"at": sqlite_timestamp(dt.datetime(2026, 12, 7, 10, 0, 0)), "k": key})


@pytest.mark.sqlite_only("the driver's own write is a SQLite file's")
def test_a_plain_write_commits_and_is_stored_as_the_orm_stores_it(small_db: Database) -> None:
    _plain_audit(small_db, "one")
    assert _names(small_db) == ["one"]
    with small_db.read() as session:
        at = session.scalars(select(AuditEntry.at).where(AuditEntry.action == "plain")).one()
    assert at == dt.datetime(2026, 12, 7, 10, 0, 0)  # read back as the ORM's own DateTime


@pytest.mark.sqlite_only("the driver's own write is a SQLite file's")
def test_a_plain_write_that_fails_leaves_nothing(small_db: Database) -> None:
    with pytest.raises(RuntimeError, match="changed my mind"):
        with small_db.plain_write() as q:
            q.run(HALF)
            raise RuntimeError("changed my mind")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):  # a trigger's word
        with small_db.plain_write() as q:
            q.run(HALF)
            q.run("UPDATE audit_log SET actor = 'x'")
    assert _names(small_db) == []
    _plain_audit(small_db, "after")  # the connection is not left in a transaction
    assert _names(small_db) == ["after"]


@pytest.mark.sqlite_only("the driver's own write is a SQLite file's")
def test_a_plain_write_is_refused_once_closed_or_when_the_file_was_replaced(
        tmp_path: Path) -> None:
    db = open_database(tmp_path / "desk.sqlite")
    _plain_audit(db, "before")
    other = tmp_path / "other.sqlite"
    shutil.copyfile(tmp_path / "desk.sqlite", other)
    other.replace(tmp_path / "desk.sqlite")
    with pytest.raises(DatabaseError, match="replaced or removed"):
        _plain_audit(db, "lost")
    db.close()
    with pytest.raises(DatabaseError, match="closed"):
        _plain_audit(db, "late")


@pytest.mark.sqlite_only("the driver's own write is a SQLite file's")
def test_a_removed_file_is_not_made_again_by_a_thread_new_to_it(tmp_path: Path) -> None:
    """A thread's first plain read or write connects: into a file removed meanwhile, that
    connection would make a new, empty one. It is refused as removed instead."""
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    _plain_audit(db, "before")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    errors: list[BaseException] = []

    def write() -> None:
        try:
            _plain_audit(db, "lost")
        except BaseException as exc:  # noqa: BLE001 -- looked at below
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], DatabaseError), errors
    assert "replaced or removed" in str(errors[0])
    assert not path.exists()
    db.close()


@pytest.mark.sqlite_only("the driver's own write is a SQLite file's")
def test_a_plain_write_waits_for_another_programs_write_then_goes_on(
        small_db: Database) -> None:
    assert small_db.path is not None
    other = sqlite3.connect(small_db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    _plain_audit(small_db, "queued")
    other.close()
    assert _names(small_db) == ["queued"]
