"""Juror packages: one juror's share of an edition, nothing of the others, the secret
made once, and refusals that write nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.exchange.workbooks import file_digest
from tests.factories import YEAR
from yansenne.domain.marks import set_score
from yansenne.errors import DatabaseError, InputError
from yansenne.exchange.package import (
    export_all_packages,
    export_package,
    package_file_name,
    package_identity,
)
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Edition, Juror, PackageExport, Project, utcnow
from yansenne.store.opening import open_database


def make_package(db: Database, folder: Path, juror: str = "J1") -> Path:
    return export_package(db, YEAR, juror, folder / f"{juror}.yansenne", actor="secretariat").path


def rows(path: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def secret_of(db: Database, juror: str) -> str | None:
    with db.read() as s:
        return s.scalar(select(Juror.secret).where(Juror.code == juror))


def test_package_holds_one_juror_and_nothing_of_the_others(small_db: Database,
                                                           tmp_path: Path) -> None:
    path = make_package(small_db, tmp_path, "J1")
    assert path.is_file() and not Path(f"{path}-wal").exists()
    assert rows(path, "SELECT code FROM jurors") == [("J1",)]
    assert rows(path, "SELECT DISTINCT j.code FROM scores s JOIN jurors j ON j.id = s.juror_id"
                ) == [("J1",)]
    assert rows(path, "SELECT count(*) FROM scores") == [(24,)]
    assert rows(path, "SELECT count(*) FROM projects") == [(6,)]
    assert rows(path, "SELECT count(*) FROM criteria") == [(4,)]
    assert rows(path, "SELECT count(*) FROM categories") == [(2,)]
    assert rows(path, "SELECT count(*) FROM assignments") == [(2,)]
    for table in ("decisions", "votes", "ballots", "package_exports", "logins"):
        assert rows(path, f"SELECT count(*) FROM {table}") == [(0,)], table
    # The package's history starts with its creation: no other juror's marks in it.
    assert rows(path, "SELECT action, actor FROM audit_log") == [("package.create", "J1")]
    assert rows(path, "SELECT edition_year, juror_code, ballot_revision FROM package_info"
                ) == [(YEAR, "J1", 0)]
    secret = secret_of(small_db, "J1")
    assert secret is not None and len(secret) == 64 and int(secret, 16) >= 0
    assert rows(path, "SELECT secret FROM jurors") == [(secret,)]
    assert secret_of(small_db, "J2") is None  # made at a juror's first package only


def test_conflicts_travel_with_the_juror(small_db: Database, tmp_path: Path) -> None:
    path = make_package(small_db, tmp_path, "J2")
    assert rows(path, "SELECT p.code FROM conflicts c JOIN projects p ON p.id = c.project_id"
                ) == [("P01",)]
    assert rows(path, "SELECT count(*) FROM scores WHERE project_id = "
                      "(SELECT id FROM projects WHERE code = 'P01')") == [(0,)]


def test_package_opens_as_a_database_and_keeps_the_rules(small_db: Database,
                                                         tmp_path: Path) -> None:
    path = make_package(small_db, tmp_path, "J2")
    package = open_database(path)
    try:
        assert package_identity(package) == (YEAR, "J2")
        with package.write() as s:
            juror = s.scalar(select(Juror))
            project = s.scalar(select(Project).where(Project.code == "P01"))
            criterion = project.edition.criteria[0]
            with pytest.raises(ValueError, match="in conflict with project P01"):
                set_score(s, juror, project, criterion, 5.0, actor="J2")
    finally:
        package.close()
    assert package_identity(small_db) is None


def test_secret_is_made_once_and_each_export_recorded(small_db: Database,
                                                     tmp_path: Path) -> None:
    make_package(small_db, tmp_path, "J1")
    first = secret_of(small_db, "J1")
    again = make_package(small_db, tmp_path / "again", "J1")
    assert secret_of(small_db, "J1") == first
    assert rows(again, "SELECT secret FROM jurors") == [(first,)]
    with small_db.read() as s:
        assert s.scalar(select(func.count(PackageExport.id))) == 2
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "package.export")).all()
    assert len(actions) == 2


def test_packages_of_every_juror(small_db: Database, tmp_path: Path) -> None:
    seen = []
    reports = export_all_packages(small_db, YEAR, tmp_path / "out", actor="secretariat",
                                  progress=lambda done, total, text: seen.append((done, total)))
    assert [r.juror for r in reports] == ["J1", "J2", "J3"]  # not the observer
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "2026-J1.yansenne", "2026-J2.yansenne", "2026-J3.yansenne"]
    assert seen[-1] == (3, 3)
    secrets = {secret_of(small_db, code) for code in ("J1", "J2", "J3")}
    assert len(secrets) == 3 and None not in secrets


def test_package_file_name_is_safe() -> None:
    assert package_file_name(2026, "J01") == "2026-J01.yansenne"
    assert package_file_name(2026, "A/B c").startswith("2026-A_B_c~")


@pytest.mark.parametrize(("year", "juror", "name", "message"), [
    (2030, "J1", "x.yansenne", "no edition 2030 in the database"),
    (YEAR, "J9", "x.yansenne", "unknown juror J9 in edition 2026"),
    (YEAR, "OB", "x.yansenne", "juror OB is an observer and does not score"),
    (YEAR, "J1", "x.sqlite", "x.sqlite: a juror package is a .yansenne file"),
])
def test_refusals_write_nothing(small_db: Database, tmp_path: Path, year: int, juror: str,
                                name: str, message: str) -> None:
    before = file_digest(small_db)
    with pytest.raises(InputError) as caught:
        export_package(small_db, year, juror, tmp_path / name)
    assert str(caught.value).endswith(message)
    assert file_digest(small_db) == before
    assert list(tmp_path.glob("x.*")) == []


def test_locked_edition_gives_no_package(small_db: Database, tmp_path: Path) -> None:
    with small_db.write() as s:
        s.scalar(select(Edition)).locked_at = utcnow()
    with pytest.raises(InputError, match="edition 2026 is locked after its deliberation"):
        make_package(small_db, tmp_path)
    assert secret_of(small_db, "J1") is None


def test_a_package_makes_no_packages(small_db: Database, tmp_path: Path) -> None:
    package = open_database(make_package(small_db, tmp_path))
    try:
        with pytest.raises(InputError, match="is the juror package of juror J1"):
            export_package(package, YEAR, "J1", tmp_path / "copy.yansenne")
    finally:
        package.close()


@pytest.mark.sqlite_only("copies a SQLite file")
def test_only_a_package_opens_as_one(small_db: Database, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such juror package"):
        open_database(tmp_path / "missing.yansenne")
    assert not (tmp_path / "missing.yansenne").exists()
    small_db.checkpoint()
    assert small_db.path is not None
    renamed = tmp_path / "renamed.yansenne"
    shutil.copy(small_db.path, renamed)
    with pytest.raises(DatabaseError, match="not a juror package"):
        open_database(renamed)


# -- hostile packages and file names (issue 17) ---------------------------------------

def test_file_names_are_distinct_for_codes_differing_in_punctuation() -> None:
    from yansenne.exchange.package import code_file_stem
    from yansenne.exchange.scoresheet_export import scoresheet_name

    assert code_file_stem("J01") == "J01" and code_file_stem("j-1_b") == "j-1_b"
    dotted, underscored = package_file_name(2026, "J.1"), package_file_name(2026, "J_1")
    assert underscored == "2026-J_1.yansenne"
    assert dotted.startswith("2026-J_1~") and dotted != underscored
    assert scoresheet_name(2026, "J.1") != scoresheet_name(2026, "J_1")
    assert scoresheet_name(2026, "J_1") == "scoresheet-2026-J_1.xlsx"
    stems = {code_file_stem(code) for code in ("J.1", "J_1", "J-1", "J..1", "J._1", "J_.1")}
    assert len(stems) == 6 and len({stem.lower() for stem in stems}) == 6
    for reserved in ("CON", "con", "NUL", "aux", "COM1", "lpt9", "PRN"):
        stem = code_file_stem(reserved)
        assert "~" in stem and stem.split("~")[0].lower() == reserved.lower()
    for code in ("A/B c", "é", "..", "a:b*c?", "x" * 40):
        assert set(code_file_stem(code)) <= set(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_~")


@pytest.mark.sqlite_only("a package is a SQLite file")
def test_an_untouched_package_passes_the_check(small_db: Database, tmp_path: Path) -> None:
    from yansenne.store.package_file import check_package_file

    path = make_package(small_db, tmp_path / "out")
    assert [p.name for p in path.parent.iterdir()] == ["J1.yansenne"]  # no .part left
    check_package_file(path)


def spoil(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(";\n".join(statements))
    finally:
        conn.close()
    return path


@pytest.mark.sqlite_only("a package is a SQLite file")
@pytest.mark.parametrize(("statements", "message"), [
    (["UPDATE jurors SET secret = upper(secret)"],
     "the secret of juror J1 is not 64 hexadecimal digits"),
    (["UPDATE jurors SET secret = NULL"], "the secret of juror J1 is not 64 hexadecimal digits"),
    (["UPDATE package_info SET ballot_revision = 9223372036854775807"],
     "its ballot counter 9223372036854775807 is out of range"),
    (["PRAGMA ignore_check_constraints = ON", "UPDATE package_info SET ballot_revision = -1"],
     "its ballot counter -1 is out of range"),
    (["PRAGMA ignore_check_constraints = ON",
      "UPDATE package_info SET ballot_revision = 'x'"], "its package record is damaged"),
    (["UPDATE package_info SET juror_code = 'J9'"],
     "it does not hold juror J9 of edition 2026"),
    (["CREATE TRIGGER t AFTER INSERT ON scores BEGIN DELETE FROM audit_log; END"],
     "trigger t on scores is not one Yansenne creates"),
    (["CREATE TEMP TRIGGER t AFTER INSERT ON scores BEGIN SELECT 1; END",
      "CREATE VIEW v AS SELECT 1"], "view v is not one Yansenne creates"),
    (["PRAGMA foreign_keys = OFF", "DROP TABLE project_notes",
      "CREATE VIEW project_notes AS SELECT * FROM scores"],
     "project_notes is a view where a package has a table"),
    (["CREATE INDEX ix_evil ON scores (abs(value))"],
     "index ix_evil is not one Yansenne creates"),
    (["DROP INDEX ix_scores_project"], "index ix_scores_project is missing"),
    (["ALTER TABLE jurors ADD COLUMN shadow TEXT GENERATED ALWAYS AS (hex(secret)) VIRTUAL"],
     "table jurors differs from the one Yansenne creates"),
    (["ALTER TABLE alembic_version ADD COLUMN x INTEGER"],
     "table alembic_version is missing or altered"),
])
def test_hostile_packages_are_refused_before_anything_runs(small_db: Database, tmp_path: Path,
                                                           statements: list[str],
                                                           message: str) -> None:
    path = spoil(make_package(small_db, tmp_path), *statements)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert str(caught.value) == (f"{path.resolve()}: not a juror package as Yansenne makes them "
                                 f"({message}); nothing was run against it: ask the "
                                 "secretariat for a new package")
    assert path.read_bytes() == before


@pytest.mark.sqlite_only("a package is a SQLite file")
def test_a_package_of_an_older_schema_is_checked_against_that_schema(small_db: Database,
                                                                      tmp_path: Path) -> None:
    """A package made by last year's program (schema 0005) is as that program made it:
    it opens, and is upgraded; the same trigger added to it is refused."""
    from alembic import command

    from yansenne.store import migrate
    from yansenne.store.database import create_sqlite_engine

    def older(folder: Path) -> Path:
        path = make_package(small_db, folder)
        engine = create_sqlite_engine(path)
        cfg = migrate.config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        engine.dispose()
        return path

    package = open_database(older(tmp_path / "a"))
    try:
        assert package_identity(package) == (YEAR, "J1")
    finally:
        package.close()
    hostile = spoil(older(tmp_path / "b"), "CREATE TRIGGER t AFTER UPDATE ON editions BEGIN "
                                           "DELETE FROM scores; END")
    with pytest.raises(DatabaseError, match="trigger t on editions is not one Yansenne creates"):
        open_database(hostile)
    assert rows(hostile, "SELECT version_num FROM alembic_version") == [("0005",)]


def test_a_package_written_over_a_folder_is_refused(small_db: Database, tmp_path: Path) -> None:
    (tmp_path / "x.yansenne").mkdir()
    before = file_digest(small_db)
    with pytest.raises(InputError, match="this is a folder, not a file"):
        export_package(small_db, YEAR, "J1", tmp_path / "x.yansenne")
    assert file_digest(small_db) == before


def test_every_package_into_a_file_is_refused_before_any(small_db: Database,
                                                         tmp_path: Path) -> None:
    (tmp_path / "packages").write_text("a file, not a folder")
    before = file_digest(small_db)
    with pytest.raises(InputError, match="is a file, not a folder"):
        export_all_packages(small_db, YEAR, tmp_path / "packages")
    assert file_digest(small_db) == before
    assert secret_of(small_db, "J1") is None
