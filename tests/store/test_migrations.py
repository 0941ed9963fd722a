"""Migrations: a database of the first schema, filled with the demo edition, opens in
this version with every record intact, after a backup copy; the models and the
migrated schema agree exactly."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from yansenne.store import migrate
from yansenne.store.backup import backups_dir
from yansenne.store.database import SCHEMA_HEAD, create_sqlite_engine
from yansenne.store.models import Base
from yansenne.store.opening import open_database

FIXTURE = Path(__file__).with_name("fixtures") / "schema_0001_demo.sql"
TABLES = ("editions", "categories", "criteria", "projects", "jurors", "assignments",
          "conflicts", "scores", "audit_log")


def downgrade(engine: object, revision: str) -> None:
    """Alembic's downgrade to `revision` on this engine's database."""
    from alembic import command

    cfg = migrate.config()
    with engine.begin() as connection:  # type: ignore[attr-defined]
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def load_fixture(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()
    return path


def snapshot(path: Path, without: dict[str, str] | None = None) -> dict[str, list[tuple]]:
    """Every row of every table of the first schema, in a stable order (`without`: a
    column left out of a table, e.g. one a later migration changed)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            skip = (without or {}).get(table)
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if r[1] != skip]
            out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} "
                                      "ORDER BY 1, 2").fetchall()
        return out
    finally:
        conn.close()


def copies_of(path: Path) -> list[Path]:
    return list(backups_dir(path).glob(f"{path.stem}.*.before-*.sqlite"))


def test_fixture_is_the_first_schema(tmp_path: Path) -> None:
    path = load_fixture(tmp_path / "old.sqlite")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert conn.execute("SELECT count(*) FROM scores").fetchone() == (768,)


def test_first_schema_upgrades_with_every_record_and_a_backup(tmp_path: Path) -> None:
    path = load_fixture(tmp_path / "old.sqlite")
    original = snapshot(path)
    db = open_database(path)
    db.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # The columns added later have their defaults; every old column kept its value (the
    # tie-break rules as a list since 0004, which moved the column to the end).
    assert conn.execute("SELECT prizes, casting_vote FROM editions").fetchall() == [
        ("[6000.0, 4000.0, 2000.0]", "[]")]
    assert conn.execute("SELECT count(*) FROM jurors WHERE present = 1").fetchone() == (8,)
    old_rules = sqlite3.connect(copies_of(path)[0]).execute(
        "SELECT tie_break FROM editions").fetchone()[0]
    assert json.loads(conn.execute("SELECT tie_break FROM editions").fetchone()[0]) == [
        t for t in old_rules.split("\n") if t]
    conn.close()
    after = snapshot(path, without={"editions": "tie_break"})
    before = snapshot(copies_of(path)[0], without={"editions": "tie_break"})
    for table in TABLES:
        rows = after[table]
        if table == "scores":  # 0009 put every mark in its edition's one stage, `final`
            assert {row[1] for row in rows} == {1}
            rows = [row[:1] + row[2:] for row in rows]
        width = len(before[table][0]) if before[table] else 0
        assert [row[:width] for row in rows] == before[table], table
    copies = copies_of(path)
    assert len(copies) == 1
    assert snapshot(copies[0]) == original


def test_upgraded_database_still_enforces_the_rules(tmp_path: Path) -> None:
    """The triggers of the first schema survive later migrations."""
    path = load_fixture(tmp_path / "old.sqlite")
    open_database(path).close()
    conn = sqlite3.connect(path)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                           "WHERE type = 'trigger'")}
    assert {"scores_check_insert", "scores_check_update", "conflicts_check_insert",
            "audit_log_append_only_update"} <= triggers
    with pytest.raises(sqlite3.IntegrityError, match="outside the scale"):
        conn.execute("UPDATE scores SET value = 11 WHERE id = 1")


@pytest.mark.parametrize("revision", ["0001", "0002", SCHEMA_HEAD])
def test_models_match_the_migrated_schema(tmp_path: Path, revision: str) -> None:
    """Migrating from any known revision gives exactly the schema the models declare."""
    engine = create_sqlite_engine(tmp_path / "m.sqlite")
    migrate.upgrade(engine, revision)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_revision_is_known() -> None:
    assert migrate.head() == SCHEMA_HEAD
    assert migrate.known_revisions() == {"0001", "0002", "0003", "0004", "0005",
                                        "0006", "0007", "0008", "0009", "0010", "0011"}


OFFLINE_TABLES = {"package_info", "package_exports", "ballots", "logins"}


def tables_of(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_0003_adds_the_offline_tables_and_keeps_every_record(tmp_path: Path) -> None:
    """A database at 0002 (the demo edition) gains empty package, ballot and login tables;
    its records and the triggers of 0001 stay; the downgrade takes them away again."""

    path = load_fixture(tmp_path / "old.sqlite")
    engine = create_sqlite_engine(path)
    migrate.upgrade(engine, "0002")
    assert not OFFLINE_TABLES & tables_of(path)
    before = snapshot(path)
    migrate.upgrade(engine, "0003")
    assert OFFLINE_TABLES <= tables_of(path)
    assert snapshot(path) == before
    conn = sqlite3.connect(path)
    try:
        assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in sorted(OFFLINE_TABLES)] == [0, 0, 0, 0]
        conn.execute("INSERT INTO ballots (juror_id, revision, digest, signed_at, applied_at, "
                     "actor, added, changed, unchanged, cleared) VALUES "
                     "(1, 1, 'd', '2026-05-01', '2026-05-01', 'test', 1, 0, 0, 0)")
        with pytest.raises(sqlite3.IntegrityError, match="uq_ballots_juror_revision|UNIQUE"):
            conn.execute("INSERT INTO ballots (juror_id, revision, digest, signed_at, "
                         "applied_at, actor, added, changed, unchanged, cleared) VALUES "
                         "(1, 1, 'e', '2026-05-01', '2026-05-01', 'test', 1, 0, 0, 0)")
        with pytest.raises(sqlite3.IntegrityError, match="ck_logins_juror"):
            conn.execute("INSERT INTO logins (role_name, kind, juror_id, created_at) "
                         "VALUES ('someone', 'juror', NULL, '2026-05-01')")
        with pytest.raises(sqlite3.IntegrityError, match="outside the scale"):
            conn.execute("UPDATE scores SET value = 11 WHERE id = 1")
        conn.commit()
    finally:
        conn.close()
    downgrade(engine, "0002")
    engine.dispose()
    assert not OFFLINE_TABLES & tables_of(path)
    assert snapshot(path) == before


def test_0004_turns_the_joined_lists_into_typed_lists_and_back(tmp_path: Path) -> None:
    """Tie-break rules, prize amounts and the casting vote become JSON lists; the other
    records and the triggers stay; the downgrade gives the joined text back."""

    path = load_fixture(tmp_path / "old.sqlite")
    engine = create_sqlite_engine(path)
    migrate.upgrade(engine, "0003")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE editions SET tie_break = 'criterion:innovation\nmedian', "
                 "prizes = '5000;2500.5', casting_vote = 'P15\nP14'")
    conn.commit()
    conn.close()
    before = snapshot(path, without={"editions": "tie_break"})
    migrate.upgrade(engine, "0004")
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT tie_break, prizes, casting_vote FROM editions").fetchone()
        assert [json.loads(v) for v in row] == [
            ["criterion:innovation", "median"], [5000.0, 2500.5], ["P15", "P14"]]
        with pytest.raises(sqlite3.IntegrityError, match="outside the scale"):
            conn.execute("UPDATE scores SET value = 11 WHERE id = 1")
    finally:
        conn.close()
    after = snapshot(path, without={"editions": "tie_break"})
    assert {t: rows for t, rows in after.items() if t != "editions"} == {
        t: rows for t, rows in before.items() if t != "editions"}
    downgrade(engine, "0003")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT tie_break, prizes, casting_vote FROM editions").fetchone() \
            == ("criterion:innovation\nmedian", "5000;2500.5", "P15\nP14")
    finally:
        conn.close()


def test_0006_makes_the_lead_actor_optional_and_checks_the_language(tmp_path: Path) -> None:
    """Projects may have no lead actor and only fr/nl/en as language; every record (the
    scores and conflicts of the projects included) and the triggers of 0001 stay; the
    downgrade gives the first form back."""

    path = load_fixture(tmp_path / "old.sqlite")
    engine = create_sqlite_engine(path)
    migrate.upgrade(engine, "0005")
    before = snapshot(path)
    migrate.upgrade(engine, "0006")
    assert snapshot(path) == before
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("UPDATE projects SET lead_actor = NULL, language = 'nl' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="ck_projects_language"):
            conn.execute("UPDATE projects SET language = 'de' WHERE id = 2")
        with pytest.raises(sqlite3.IntegrityError, match="ck_projects_lead_actor"):
            conn.execute("UPDATE projects SET lead_actor = 'nobody' WHERE id = 2")
        with pytest.raises(sqlite3.IntegrityError, match="outside the scale"):
            conn.execute("UPDATE scores SET value = 11 WHERE id = 1")
        conn.commit()
    finally:
        conn.close()
    downgrade(engine, "0005")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT lead_actor FROM projects WHERE id = 1").fetchone() == (
            "associations",)
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
            conn.execute("UPDATE projects SET lead_actor = NULL WHERE id = 2")
        conn.execute("UPDATE projects SET language = 'de' WHERE id = 2")  # unchecked again
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM scores").fetchone() == (768,)
    finally:
        conn.close()


def test_0006_on_postgresql_down_and_up_again(pg_url: str) -> None:
    """PostgreSQL takes 0006 as plain ALTER statements, both ways; the models then match."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(pg_url)
    try:
        downgrade(engine, "0005")
        columns = {c["name"]: c for c in inspect(engine).get_columns("projects")}
        assert columns["lead_actor"]["nullable"] is False
        migrate.upgrade(engine)
        columns = {c["name"]: c for c in inspect(engine).get_columns("projects")}
        assert columns["lead_actor"]["nullable"] is True
        checks = {c["name"] for c in inspect(engine).get_check_constraints("projects")}
        assert "ck_projects_language" in checks
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_0007_admits_the_adjusted_method_and_still_refuses_others(tmp_path: Path) -> None:
    """An edition may be ranked by `adjusted` once migrated; an unknown method is still
    refused; every record and the triggers of 0001 stay; the downgrade turns `adjusted`
    back to `mean` and refuses it again."""

    path = load_fixture(tmp_path / "old.sqlite")
    engine = create_sqlite_engine(path)
    migrate.upgrade(engine, "0006")
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="ck_editions_method"):
            conn.execute("UPDATE editions SET method = 'adjusted'")
    finally:
        conn.close()
    before = snapshot(path)
    migrate.upgrade(engine, "0007")
    assert snapshot(path) == before
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("UPDATE editions SET method = 'adjusted'")
        assert conn.execute("SELECT method FROM editions").fetchall() == [("adjusted",)]
        with pytest.raises(sqlite3.IntegrityError, match="ck_editions_method"):
            conn.execute("UPDATE editions SET method = 'loudest'")
        with pytest.raises(sqlite3.IntegrityError, match="outside the scale"):
            conn.execute("UPDATE scores SET value = 11 WHERE id = 1")
        conn.commit()
    finally:
        conn.close()
    downgrade(engine, "0006")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT method FROM editions").fetchall() == [("mean",)]
        with pytest.raises(sqlite3.IntegrityError, match="ck_editions_method"):
            conn.execute("UPDATE editions SET method = 'adjusted'")
        assert conn.execute("SELECT count(*) FROM scores").fetchone() == (768,)
    finally:
        conn.close()


def test_0007_on_postgresql_down_and_up_again(pg_url: str) -> None:
    """PostgreSQL takes 0007 as a dropped and re-added CHECK, both ways."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import IntegrityError

    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO editions (year, name_fr, name_nl, name_en, method, "
                              "trim, quorum, foreword_fr, foreword_nl, foreword_en, grid_frozen,"
                              " version, created_at) VALUES (2031, 'a', 'b', 'c', 'adjusted', "
                              "1, 1, '', '', '', false, 1, now())"))
        downgrade(engine, "0006")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT method FROM editions WHERE year = 2031")
                                ).scalar() == "mean"
        with pytest.raises(IntegrityError, match="ck_editions_method"), engine.begin() as conn:
            conn.execute(text("UPDATE editions SET method = 'adjusted'"))
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE editions SET method = 'adjusted'"))
        with pytest.raises(IntegrityError, match="ck_editions_method"), engine.begin() as conn:
            conn.execute(text("UPDATE editions SET method = 'loudest'"))
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def schema_of(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                            "ORDER BY type, name").fetchall()
    finally:
        conn.close()


def test_0008_changes_nothing_on_sqlite(tmp_path: Path) -> None:
    """0008 is about PostgreSQL logins: on SQLite the schema, its triggers and every
    record stay exactly as they were, both ways."""
    path = load_fixture(tmp_path / "old.sqlite")
    engine = create_sqlite_engine(path)
    migrate.upgrade(engine, "0007")
    schema, records = schema_of(path), snapshot(path)
    migrate.upgrade(engine, "0008")
    assert schema_of(path) == schema and snapshot(path) == records
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="outside the scale"):
            conn.execute("UPDATE scores SET value = 11 WHERE id = 1")
    finally:
        conn.close()
    downgrade(engine, "0007")
    engine.dispose()
    assert schema_of(path) == schema and snapshot(path) == records


def test_0008_on_postgresql_takes_a_jurors_writes_away_and_back(pg_url: str) -> None:
    """A juror login of 0007 (INSERT, UPDATE, DELETE on its marks and notes, INSERT on
    the audit log) keeps only SELECT and EXECUTE on the juror functions after 0008, with
    the timeouts on its role; the downgrade gives its old grants back."""
    from sqlalchemy import create_engine, text

    from tests.factories import YEAR, build_small_edition
    from yansenne.store.database import Database
    from yansenne.store.postgres import create_login

    db = open_database(pg_url)
    build_small_edition(db)
    role = create_login(db, year=YEAR, juror_code="J2", password="Long-enough-1").role
    db.close()
    engine = create_engine(pg_url)

    def rights() -> dict[str, object]:
        with engine.connect() as conn:
            return dict(conn.execute(text(
                "SELECT has_table_privilege(:r, 'scores', 'INSERT') AS insert_scores, "
                "has_table_privilege(:r, 'project_notes', 'DELETE') AS delete_notes, "
                "has_table_privilege(:r, 'audit_log', 'INSERT') AS insert_audit, "
                "has_column_privilege(:r, 'assignments', 'submitted_at', 'UPDATE') "
                "AS unsubmit, to_regproc('yansenne_juror_submit') IS NOT NULL AS functions, "
                "has_schema_privilege(:r, current_schema(), 'CREATE') AS create_here, "
                "(SELECT count(*) FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = "
                "s.setrole WHERE r.rolname = :r) AS settings"), {"r": role}).mappings().one())

    try:
        assert rights() == {"insert_scores": False, "delete_notes": False,
                            "insert_audit": False, "unsubmit": False, "functions": True,
                            "create_here": False, "settings": 1}
        downgrade(engine, "0007")
        with engine.begin() as conn:  # a cluster brought over from PostgreSQL 14 or older
            conn.execute(text("GRANT CREATE ON SCHEMA public TO PUBLIC"))
        assert rights() == {"insert_scores": True, "delete_notes": True, "insert_audit": True,
                            "unsubmit": True, "functions": False, "create_here": True,
                            "settings": 0}
        migrate.upgrade(engine)
        assert rights() == {"insert_scores": False, "delete_notes": False,
                            "insert_audit": False, "unsubmit": False, "functions": True,
                            "create_here": False, "settings": 1}
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        with Database(url=pg_url, engine=engine).read() as s:
            assert s.execute(text("SELECT count(*) FROM scores")).scalar() == 68
    finally:
        engine.dispose()
