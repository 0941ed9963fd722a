"""Migration 0009 (stages): a database of today's schema (0008) holding the demo edition,
with marks, conflicts and submissions, upgrades into one stage `final` and ranks exactly
as before, by every method; its downgrade gives the 0008 schema back, and is refused
once an edition has several stages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.store.test_migrations import downgrade
from yansenne.domain.ranking import rank_edition
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.reports.standings import as_json_text
from yansenne.store import migrate
from yansenne.store.database import create_sqlite_engine
from yansenne.store.opening import open_database

METHODS = ("mean", "majority", "schulze", "adjusted")


def _rankings(path: Path) -> dict[str, str]:
    db = open_database(path)
    try:
        return {m: as_json_text(rank_edition(db, 2026, method=m)) for m in METHODS}
    finally:
        db.close()


def _columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _copy_into_0008(source: Path, target: Path) -> None:
    """The rows of `source` (head) in an empty database of schema 0008: what a desk of
    the previous version held."""
    engine = create_sqlite_engine(target)
    migrate.upgrade(engine, "0008")
    engine.dispose()
    conn = sqlite3.connect(target)
    try:
        conn.execute("ATTACH DATABASE ? AS head", (str(source),))
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'alembic_version' ORDER BY rowid")]
        with conn:
            for table in tables:
                columns = ", ".join(_columns(conn, table))
                conn.execute(f"INSERT INTO main.{table} ({columns}) "
                             f"SELECT {columns} FROM head.{table}")
        conn.execute("DETACH DATABASE head")
    finally:
        conn.close()


@pytest.fixture
def head_demo(tmp_path: Path) -> Path:
    path = tmp_path / "head.sqlite"
    db = open_database(path)
    try:
        import_edition(db, demo_workbook())
    finally:
        db.close()
    conn = sqlite3.connect(path)
    with conn:  # a submission and a timestamp the upgrade must keep
        conn.execute("UPDATE assignments SET submitted_at = '2026-05-02 10:00:00' "
                     "WHERE juror_id = (SELECT min(juror_id) FROM assignments)")
    conn.close()
    return path


def test_an_0008_database_ranks_the_same_after_the_upgrade(head_demo: Path,
                                                           tmp_path: Path) -> None:
    before = _rankings(head_demo)
    old = tmp_path / "old.sqlite"
    _copy_into_0008(head_demo, old)
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
    n_scores = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
    conn.close()
    assert n_scores > 700
    assert _rankings(old) == before  # opening upgrades it (after a backup copy)
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("SELECT code, kind, state FROM stages").fetchall() == [
            ("final", "scoring", "open")]
        assert conn.execute("SELECT count(*) FROM scores WHERE stage_id = "
                            "(SELECT id FROM stages)").fetchone()[0] == n_scores
        assert conn.execute("SELECT count(*) FROM assignments "
                            "WHERE submitted_at IS NOT NULL").fetchone()[0] > 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        triggers = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"scores_check_insert", "scores_check_update", "scores_check_delete",
                "conflicts_check_insert", "assignments_preliminary"} <= triggers
        # The rules of 0001 still hold after the rebuild of the scores table.
        with pytest.raises(sqlite3.IntegrityError, match="outside the scale"):
            conn.execute("UPDATE scores SET value = 99 WHERE id = (SELECT min(id) FROM scores)")
        with pytest.raises(sqlite3.IntegrityError, match="conflict over a pair"):
            conn.execute("INSERT INTO conflicts (juror_id, project_id, reason, declared_at) "
                         "SELECT juror_id, project_id, 'x', '2026-01-01' FROM scores LIMIT 1")
    finally:
        conn.close()


def test_the_downgrade_gives_0008_back_and_is_refused_with_several_stages(
        head_demo: Path) -> None:
    engine = create_sqlite_engine(head_demo)
    try:
        conn = sqlite3.connect(head_demo)
        n_scores = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
        with conn:
            conn.execute("INSERT INTO stages (edition_id, code, kind, name_fr, name_nl, name_en, "
                         "position, jurors, method, state) SELECT edition_id, 'later', "
                         "'scoring', 'Plus tard', '', '', 1, '[]', '', 'pending' FROM stages")
        with pytest.raises(RuntimeError, match="several stages"):
            downgrade(engine, "0008")
        with conn:
            conn.execute("DELETE FROM stages WHERE code = 'later'")
        conn.close()
        downgrade(engine, "0008")
        conn = sqlite3.connect(head_demo)
        assert conn.execute("SELECT count(*) FROM scores").fetchone()[0] == n_scores
        assert "stage_id" not in _columns(conn, "scores")
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'stages'"
                            ).fetchone()[0] == 0
        conn.close()
        migrate.upgrade(engine)  # and up again
    finally:
        engine.dispose()
