"""Juror packages: one file a juror opens on their own laptop, offline.

A package (`.yansenne`) is a SQLite database of this very schema holding one
edition's categories, grid and projects, one juror, their assignments, conflicts,
own scores and notes, and `package_info` (whose package it is, the counter of its
ballots). It holds nothing of any other juror. It also holds the juror's secret: 32
random bytes made at the first export, kept in the secretariat's `jurors.secret`
and in this file only, which sign the juror's ballots (exchange/ballot.py).

A package being a database, what goes into it and building it are
`yansenne.domain.packages`'s; this module names the file and puts it in place whole
(`yansenne.files.replacing`), never over a package a juror has open. A package file
whose schema is not exactly the one this program makes (a trigger, a view, a table of
its own) or whose secret is damaged is refused before anything runs against it
(`yansenne.store.package_file`).

File names made from codes (`code_file_stem`, also for scoresheets): the code with
every character outside letters, digits, `-` and `_` replaced by `_`; a code that
needed a replacement, or that Windows reserves (CON, NUL, COM1...), also gets `~` and
eight hexadecimal digits of its SHA-256, a character no code holds, so that `J.1` and
`J_1` (or `con`) never share a file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from yansenne.domain.packages import (
    SECRET_BYTES,
    build_package,
    package_identity,
    package_jurors,
)
from yansenne.errors import InputError, Problem
from yansenne.files import check_writable_target, replacing
from yansenne.i18n import tr
from yansenne.store import guard
from yansenne.store.database import PACKAGE_SUFFIX, Database

__all__ = ["SECRET_BYTES", "PackageReport", "code_file_stem", "export_all_packages",
           "export_package", "package_file_name", "package_identity", "refuse_package"]

# Names Windows gives to devices, whatever the extension (CON.txt is the console).
WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                              *(f"COM{n}" for n in "0123456789¹²³"),
                              *(f"LPT{n}" for n in "0123456789¹²³")})


@dataclass(frozen=True)
class PackageReport:
    """What a package holds, for the message that follows its export."""

    path: Path
    year: int
    juror: str
    projects: int
    scores: int
    base_revision: int


def code_file_stem(code: str) -> str:
    """The part of a file name that stands for `code`: safe on every system and distinct
    for distinct codes, even those that differ only in punctuation (see the module
    docstring): `J01` -> `J01`, `J.1` -> `J_1~1b4f0e98`, `J_1` -> `J_1`."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", code)
    if safe == code and code and code.upper() not in WINDOWS_RESERVED:
        return code
    tag = hashlib.sha256(code.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{safe[:60]}~{tag}"


def package_file_name(year: int, juror_code: str) -> str:
    """`2026-J01.yansenne`: a name that says whose package it is, safe on every system."""
    return f"{year}-{code_file_stem(juror_code)}{PACKAGE_SUFFIX}"


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
    check_writable_target(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not output.exists():  # nobody can have it open: no lock files beside a new one
        return _export_alone(db, year, juror_code, output, actor)
    # A package a juror has open on this computer is never renamed over (guard.py).
    guard.acquire(output)
    try:
        guard.promote(output)
        try:
            return _export_alone(db, year, juror_code, output, actor)
        finally:
            guard.demote(output)
    finally:
        guard.release(output)


def _export_alone(db: Database, year: int, juror_code: str, output: Path,
                  actor: str) -> PackageReport:
    with replacing(output) as partial:
        try:
            contents = build_package(db, year, juror_code, partial, file=output.name,
                                     actor=actor)
        finally:
            for side in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
                side.unlink(missing_ok=True)  # SQLite's files beside the one being built
        for stale in (Path(f"{output}-wal"), Path(f"{output}-shm")):
            stale.unlink(missing_ok=True)  # an old package's journal must not replay here
    return PackageReport(output, year, contents.juror, contents.projects, contents.scores,
                         contents.base_revision)


def export_all_packages(
    db: Database, year: int, folder: Path, *, actor: str = "",
    progress: Callable[[int, int, str], None] | None = None,
) -> list[PackageReport]:
    """Every scoring juror's package into `folder` (the "Distribute" button)."""
    codes = package_jurors(db, year)
    refuse_package(db)
    targets = [folder / package_file_name(year, code) for code in codes]
    for target in targets:  # a file where the folder should be, or a folder for a package
        check_writable_target(target)
    folder.mkdir(parents=True, exist_ok=True)
    reports = []
    for done, code in enumerate(codes):
        if progress is not None:
            progress(done, len(codes), code)
        reports.append(export_package(db, year, code, targets[done], actor=actor))
    if progress is not None:
        progress(len(codes), len(codes), "")
    return reports
