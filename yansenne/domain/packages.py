"""What goes into a juror package, and the package database built from it.

A package is itself a SQLite database of this very schema, so building one is
persistence: the rows copied from the secretariat's database (one edition's
categories, grid and projects, one juror with their assignments, conflicts, own
scores and notes, and nothing of any other juror), the `package_info` row saying
whose package it is, the juror's secret made at the first export, and the
`PackageExport` record with its audit entry. `yansenne.exchange.package` names the
file and puts it in place; everything touching a database is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from yansenne.domain.ballots import SECRET_BYTES, damaged_secret_message, is_secret, new_secret
from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.stages import current_stage
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit, opening
from yansenne.store.database import Database
from yansenne.store.models import (
    Allocation,
    Assignment,
    Ballot,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    PackageExport,
    PackageInfo,
    Project,
    ProjectNote,
    Score,
    ShortlistEntry,
    Stage,
    utcnow,
)
from yansenne.store.opening import open_database

__all__ = ["SECRET_BYTES", "PackageContents", "build_package", "package_identity",
           "package_jurors", "remove_package_file"]


def package_identity(db: Database) -> tuple[int, str] | None:
    """(year, juror code) when `db` is a juror package, None for any other database
    (read by `yansenne.store.opening`, which the application asks before its window)."""
    return opening.package_identity(db)


def package_jurors(db: Database, year: int) -> list[str]:
    """The codes of the jurors who get a package: every scoring juror, in the jury's order."""
    with db.read() as session:
        edition = find_edition(session, year)
        return list(session.scalars(select(Juror.code).where(
            Juror.edition_id == edition.id, Juror.role != "observer").order_by(Juror.position,
                                                                              Juror.code)))


@dataclass(frozen=True)
class PackageContents:
    """What a package just built holds, for the report of its export."""

    juror: str
    projects: int
    scores: int
    base_revision: int


def build_package(db: Database, year: int, juror_code: str, target: Path, *, file: str,
                  actor: str = "") -> PackageContents:
    """Build juror `juror_code`'s package of edition `year` at `target` (a file nobody
    else knows of yet), and record its export as `file`.

    The secret is made on the first export and kept. The package is built inside the
    transaction that records the export, so the export is recorded (and audited) only
    once the package is complete.
    """
    with db.write() as session:
        edition, juror = _edition_and_juror(session, year, juror_code)
        if juror.secret is None:
            juror.secret = new_secret()
        elif not is_secret(juror.secret):
            raise InputError(Problem(damaged_secret_message(juror.code)))
        base = session.scalar(select(func.max(Ballot.revision))
                              .where(Ballot.juror_id == juror.id)) or 0
        rows = _package_rows(session, edition, juror)
        session.add(PackageExport(juror_id=juror.id, actor=actor, base_revision=base))
        audit.record(session, "package.export", year=year, entity="juror", key=juror.code,
                     actor=actor, file=file, base_revision=base,
                     scores=len(rows[Score.__table__]))
        _write_package(target, rows, PackageInfo(
            id=1, edition_year=year, juror_code=juror.code, ballot_revision=base))
    return PackageContents(juror.code, len(rows[Project.__table__]),
                           len(rows[Score.__table__]), base)


def remove_package_file(path: Path) -> None:
    """A package file and its SQLite journal files, gone (none of them need exist)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _edition_and_juror(session: Session, year: int, code: str) -> tuple[Edition, Juror]:
    edition = find_edition(session, year)
    juror = session.scalar(select(Juror).where(Juror.edition_id == edition.id,
                                               Juror.code == code))
    if juror is None:
        raise InputError(Problem(tr("unknown juror {juror} in edition {year}", juror=code,
                                    year=year)))
    if juror.role == "observer":
        raise InputError(Problem(tr("juror {juror} is an observer and does not score",
                                    juror=code)))
    refuse_if_locked(edition)
    return edition, juror


def _package_rows(session: Session, edition: Edition,
                  juror: Juror) -> dict[Table, list[dict[str, Any]]]:
    """The rows a package holds, table by table, in an order that satisfies the keys."""
    stage = current_stage(session, edition.id)  # a package carries the open stage's marks
    stage_ids = select(Stage.id).where(Stage.edition_id == edition.id).scalar_subquery()
    wanted: list[tuple[Any, Any]] = [
        (Edition, Edition.id == edition.id),
        (Stage, Stage.edition_id == edition.id),
        (Category, Category.edition_id == edition.id),
        (Criterion, Criterion.edition_id == edition.id),
        (Project, Project.edition_id == edition.id),
        (ShortlistEntry, ShortlistEntry.stage_id.in_(stage_ids)),
        (Juror, Juror.id == juror.id),
        (Allocation, Allocation.juror_id == juror.id),
        (Assignment, Assignment.juror_id == juror.id),
        (Conflict, Conflict.juror_id == juror.id),
        (Score, (Score.juror_id == juror.id) & (Score.stage_id == stage.id)),
        (ProjectNote, ProjectNote.juror_id == juror.id),
    ]
    session.flush()  # the secret just made is part of the juror's row
    rows: dict[Table, list[dict[str, Any]]] = {}
    for model, condition in wanted:
        table = model.__table__
        rows[table] = [dict(row) for row in session.execute(
            select(table).where(condition).order_by(*table.primary_key.columns)).mappings()]
    return rows


def _write_package(path: Path, rows: dict[Table, list[dict[str, Any]]],
                   info: PackageInfo) -> None:
    remove_package_file(path)
    package = open_database(path, guarded=False)  # a .part file nobody else knows of
    try:
        with package.write() as session:
            for table, table_rows in rows.items():
                if table_rows:
                    session.execute(insert(table), table_rows)
            session.add(info)
            audit.record(session, "package.create", year=info.edition_year, entity="juror",
                         key=info.juror_code, actor=info.juror_code,
                         created_at=utcnow().isoformat(timespec="seconds"))
        package.checkpoint()
    finally:
        package.close()
