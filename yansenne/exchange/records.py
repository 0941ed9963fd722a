"""`projects import`, `scores import` and `screening import`: the Projects, Scores and
Screening columns of the edition workbook, from the first sheet of an .xlsx or from a CSV
file, into an existing edition. Everything is checked before one transaction writes it.

`projects import --skip-invalid` is the one exception to all or nothing: the rows
with a problem (located by their row number) are left out and reported, with their
values as read, and the others are written together in one transaction;
`write_rejects` writes the refused rows back with their reasons, to be fixed and
imported later.

This module reads the file; `yansenne.domain.record_import` finds the edition,
supplies the codes the rows are checked against and writes them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yansenne.cells import cell, header
from yansenne.domain import record_import, screening
from yansenne.domain.record_import import Context, Read
from yansenne.errors import InputError, Problem
from yansenne.exchange import sheets as S
from yansenne.exchange.tabular import Sheet, read_first_table
from yansenne.files import replacing
from yansenne.i18n import tr
from yansenne.store.database import Database

SheetRead = Callable[[Sheet, Context, list[Problem], list[Problem]], list[dict[str, Any]]]
PROBLEM_COLUMN = "problem"


@dataclass
class RefusedRow:
    """A data row left out by `--skip-invalid`: its number in the file, its values as
    read (column name -> value) and every problem found on it."""

    row: int
    values: dict[str, Any]
    problems: list[Problem]

    @property
    def messages(self) -> list[str]:
        return [p.message for p in self.problems]


@dataclass
class RecordsReport:
    counts: dict[str, int]
    warnings: list[Problem]
    # With skip_invalid: the rows left out, in file order, and the file's columns.
    refused: list[RefusedRow] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # the same columns as the file wrote them

    @property
    def problems(self) -> list[Problem]:
        """Every problem of the refused rows, in file order."""
        return [p for refused in self.refused for p in refused.problems]


def checked_reader(read_sheet: SheetRead, sheet: Sheet, warnings: list[Problem]) -> Read:
    """The domain's `read`: the sheet's records against the edition's codes, refused whole
    (before anything is written) when a row is faulty; warnings are kept in `warnings`."""

    def read(context: Context) -> list[dict[str, Any]]:
        problems: list[Problem] = []
        records = read_sheet(sheet, context, problems, warnings)
        if problems:
            raise InputError(problems)
        return records

    return read


def _rows_of(problem: Problem) -> tuple[int, ...]:
    return () if problem.row is None else (problem.row, *problem.more_rows)


def skipping_reader(read_sheet: SheetRead, sheet: Sheet, warnings: list[Problem],
                    refused: list[Problem]) -> Read:
    """The domain's `read` for `--skip-invalid`: the records of the rows without a problem;
    the problems of the others go to `refused`. A problem that is not about one data row
    (a missing column, a file that cannot be read) still refuses the whole file."""
    data_rows = {row.number for row in sheet.rows}

    def read(context: Context) -> list[dict[str, Any]]:
        problems: list[Problem] = []
        records = read_sheet(sheet, context, problems, warnings)
        if any(not _rows_of(p) or not set(_rows_of(p)) <= data_rows for p in problems):
            raise InputError(problems)
        faulty = {number for p in problems for number in _rows_of(p)}
        refused.extend(problems)
        return [r for r in records if r["_row"] not in faulty]

    return read


def import_projects(db: Database, year: int, path: Path, actor: str = "import", *,
                    skip_invalid: bool = False, rejects: Path | None = None) -> RecordsReport:
    """Add new projects and update existing ones (matched by code), all or nothing.

    With `skip_invalid`, the rows with a problem are left out and listed in the report's
    `refused`, and the others are written in one transaction; with `rejects` too, the
    refused rows are written to that file (`write_rejects`) before the transaction
    commits, so that a file that cannot be written imports nothing."""
    sheet = read_first_table(path)
    warnings: list[Problem] = []
    if not skip_invalid:
        if rejects is not None:
            raise ValueError("rejects needs skip_invalid")
        counts = record_import.import_projects(
            db, year, checked_reader(S.read_projects, sheet, warnings),
            present=S.project_columns(sheet.header), locate=sheet.problem, actor=actor,
            file=path.name)
        return RecordsReport(counts, warnings)
    problems: list[Problem] = []
    report = RecordsReport({}, warnings, columns=list(sheet.header), titles=list(sheet.titles))
    # The rejects are written beside their file inside the transaction and renamed once
    # it has committed (files.py): a file that cannot be written imports nothing, and a
    # full disk never leaves half a rejects file.
    target = None if rejects is None else rejects.expanduser()
    with nullcontext(None) if target is None else replacing(target) as partial:

        def before_commit() -> None:
            report.refused = refused_rows(sheet, problems)
            if partial is not None and target is not None:
                _write_rejects_to(report, partial, name=target.name, source=path)

        report.counts = record_import.import_projects(
            db, year, skipping_reader(S.read_projects, sheet, warnings, problems),
            present=S.project_columns(sheet.header), locate=sheet.problem, actor=actor,
            file=path.name, refused=problems, before_commit=before_commit)
    return report


def refused_rows(sheet: Sheet, problems: list[Problem]) -> list[RefusedRow]:
    """The sheet's rows named by `problems`, with their values and problems, in file order."""
    by_row: dict[int, list[Problem]] = {}
    for problem in problems:
        for number in _rows_of(problem):
            by_row.setdefault(number, []).append(problem)
    return [RefusedRow(row.number, dict(row.values), by_row[row.number])
            for row in sheet.rows if row.number in by_row]


# ---------------------------------------------------------------- the rejects file


def problem_text(refused: RefusedRow) -> str:
    """The `problem` cell: every problem of the row, with its column where known."""
    return "; ".join(f"{p.column}: {p.message}" if p.column else p.message
                     for p in refused.problems)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return (value.date() if value.time() == dt.time() else value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _csv_dialect(source: Path) -> tuple[str, bool]:
    """The input's separator and whether it starts with a BOM; for an .xlsx input, what
    Excel writes in Belgium (`;`, with a BOM)."""
    if source.suffix.lower() != ".csv":
        return ";", True
    data = source.read_bytes()
    bom = data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig", errors="replace")
    first = text.splitlines()[0] if text else ""
    return max((";", ",", "\t"), key=first.count), bom


def write_rejects(report: RecordsReport, path: Path, *, source: Path) -> Path:
    """The refused rows with the input's columns (headed as the file wrote them) plus
    `problem`: an .xlsx when `path` ends in .xlsx, else a CSV with the input's separator,
    in UTF-8 with a BOM so that Excel opens accents right whatever the input's encoding.
    A header-only file when nothing was refused, so an older file never lingers.
    Written beside `path` and renamed (files.py)."""
    path = path.expanduser()
    with replacing(path) as temporary:
        _write_rejects_to(report, temporary, name=path.name, source=source)
    return path


def _write_rejects_to(report: RecordsReport, path: Path, *, name: str, source: Path) -> None:
    """The rejects file's content into `path`, in the format `name` asks for."""
    titles = report.titles if len(report.titles) == len(report.columns) else report.columns
    columns = [*titles, PROBLEM_COLUMN]
    rows = [[r.values.get(c) if c else None for c in report.columns] + [problem_text(r)]
            for r in report.refused]
    if name.lower().endswith(".xlsx"):
        _write_xlsx(path, columns, rows)
    else:
        delimiter, _bom = _csv_dialect(source)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([_csv_text(v) for v in row] for row in rows)
        path.write_bytes("\ufeff".encode() + buffer.getvalue().encode("utf-8"))


def _write_xlsx(path: Path, columns: list[str], rows: list[list[Any]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(tr("Refused"))
    ws.append(header(ws, columns))
    for row in rows:
        ws.append([cell(ws, value) for value in row])
    workbook.save(path)


def import_scores(db: Database, year: int, path: Path, actor: str = "import", *,
                  stage: str | None = None) -> RecordsReport:
    """Add or replace scores (columns juror, project, criterion, score, comment, stage; a
    blank stage: `stage`, else the open stage)."""
    sheet = read_first_table(path)
    warnings: list[Problem] = []
    counts = record_import.import_scores(
        db, year, checked_reader(S.read_scores, sheet, warnings), actor=actor, file=path.name,
        locate=sheet.problem, stage=stage)
    return RecordsReport(counts, warnings)


def import_screening(db: Database, year: int, path: Path, actor: str = "import") -> RecordsReport:
    """Record eligibility decisions (columns project, stage, eligible, reason) in stages
    not yet promoted, all or nothing."""
    sheet = read_first_table(path)
    warnings: list[Problem] = []
    counts = screening.record_screenings(
        db, year, checked_reader(S.read_open_screenings, sheet, warnings), actor=actor,
        file=path.name, locate=sheet.problem)
    return RecordsReport(counts, warnings)
