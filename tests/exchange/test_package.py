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
    assert package_file_name(2026, "A/B c") == "2026-A_B_c.yansenne"


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
