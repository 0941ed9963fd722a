"""Juror packages: one file a juror opens on their own laptop, offline.

A package (`.yansenne`) is a SQLite database of this very schema holding one
edition's categories, grid and projects, one juror, their assignments, conflicts,
own scores and notes, and `package_info` (whose package it is, the counter of its
ballots). It holds nothing of any other juror. It also holds the juror's secret: 32
random bytes made at the first export, kept in the secretariat's `jurors.secret`
and in this file only, which sign the juror's ballots (exchange/ballot.py).
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit, guard
from yansenne.store.database import PACKAGE_SUFFIX, Database
from yansenne.store.models import (
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
    utcnow,
)
from yansenne.store.opening import open_database

SECRET_BYTES = 32


@dataclass(frozen=True)
class PackageReport:
    """What a package holds, for the message that follows its export."""

    path: Path
    year: int
    juror: str
    projects: int
    scores: int
    base_revision: int


def package_identity(db: Database) -> tuple[int, str] | None:
    """(year, juror code) when `db` is a juror package, None for any other database."""
    if not db.is_sqlite:  # a package is always a file; a server login may not read the table
        return None
    with db.read() as session:
        info = session.get(PackageInfo, 1)
        return (info.edition_year, info.juror_code) if info else None


def package_file_name(year: int, juror_code: str) -> str:
    """`2026-J01.yansenne`: a name that says whose package it is, safe on every system."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", juror_code).strip("_") or "juror"
    return f"{year}-{safe}{PACKAGE_SUFFIX}"


def refuse_package(db: Database) -> None:
    """Secretariat-only work (packages, ballot imports) is refused inside a package."""
    identity = package_identity(db)
    if identity is not None:
        raise InputError(Problem(tr(
            "this database is the juror package of juror {juror} ({year}); run this on the "
            "secretariat's database", juror=identity[1], year=identity[0])))


def export_package(db: Database, year: int, juror_code: str, output: Path, *,
                   actor: str = "") -> PackageReport:
    """Write juror `juror_code`'s package of edition `year` to `output` (`.yansenne`).

    The secret is made on the first export and kept; the export is recorded (and
    audited) only once the file is complete, and the file appears whole or not at all.
    """
    output = Path(output)
    if output.suffix != PACKAGE_SUFFIX:
        raise InputError(Problem(tr("a juror package is a {suffix} file", suffix=PACKAGE_SUFFIX),
                                 file=str(output)))
    refuse_package(db)
    partial = output.with_name(output.name + ".part")
    output.parent.mkdir(parents=True, exist_ok=True)
    if not output.exists():  # nobody can have it open: no lock files beside a new one
        return _export_alone(db, year, juror_code, output, partial, actor)
    # A package a juror has open on this computer is never renamed over (guard.py).
    guard.acquire(output)
    try:
        guard.promote(output)
        try:
            return _export_alone(db, year, juror_code, output, partial, actor)
        finally:
            guard.demote(output)
    finally:
        guard.release(output)


def _export_alone(db: Database, year: int, juror_code: str, output: Path, partial: Path,
                  actor: str) -> PackageReport:
    try:
        with db.write() as session:
            edition, juror = _edition_and_juror(session, year, juror_code)
            if juror.secret is None:
                juror.secret = secrets.token_hex(SECRET_BYTES)
            base = session.scalar(select(func.max(Ballot.revision))
                                  .where(Ballot.juror_id == juror.id)) or 0
            rows = _package_rows(session, edition, juror)
            session.add(PackageExport(juror_id=juror.id, actor=actor, base_revision=base))
            audit.record(session, "package.export", year=year, entity="juror", key=juror.code,
                         actor=actor, file=output.name, base_revision=base,
                         scores=len(rows[Score.__table__]))
            _write_package(partial, rows, PackageInfo(
                id=1, edition_year=year, juror_code=juror.code, ballot_revision=base))
        for stale in (Path(f"{output}-wal"), Path(f"{output}-shm")):
            stale.unlink(missing_ok=True)  # an old package's journal must not replay here
        os.replace(partial, output)
    finally:
        _remove(partial)
    return PackageReport(output, year, juror.code, len(rows[Project.__table__]),
                         len(rows[Score.__table__]), base)


def export_all_packages(
    db: Database, year: int, folder: Path, *, actor: str = "",
    progress: Callable[[int, int, str], None] | None = None,
) -> list[PackageReport]:
    """Every scoring juror's package into `folder` (the "Distribute" button)."""
    with db.read() as session:
        edition = find_edition(session, year)
        codes = list(session.scalars(select(Juror.code).where(
            Juror.edition_id == edition.id, Juror.role != "observer").order_by(Juror.position,
                                                                              Juror.code)))
    folder.mkdir(parents=True, exist_ok=True)
    reports = []
    for done, code in enumerate(codes):
        if progress is not None:
            progress(done, len(codes), code)
        reports.append(export_package(db, year, code, folder / package_file_name(year, code),
                                      actor=actor))
    if progress is not None:
        progress(len(codes), len(codes), "")
    return reports


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
    wanted: list[tuple[Any, Any]] = [
        (Edition, Edition.id == edition.id),
        (Category, Category.edition_id == edition.id),
        (Criterion, Criterion.edition_id == edition.id),
        (Project, Project.edition_id == edition.id),
        (Juror, Juror.id == juror.id),
        (Assignment, Assignment.juror_id == juror.id),
        (Conflict, Conflict.juror_id == juror.id),
        (Score, Score.juror_id == juror.id),
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
    _remove(path)
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


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
