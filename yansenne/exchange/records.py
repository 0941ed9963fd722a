"""`projects import` and `scores import`: the Projects and Scores columns of the
edition workbook, from the first sheet of an .xlsx or from a CSV file, into an
existing edition. Everything is checked before one transaction writes it.

This module reads the file; `yansenne.domain.record_import` finds the edition,
supplies the codes the rows are checked against and writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yansenne.domain import record_import
from yansenne.domain.record_import import Context, Read
from yansenne.errors import InputError, Problem
from yansenne.exchange import sheets as S
from yansenne.exchange.tabular import Sheet, read_first_table
from yansenne.store.database import Database

SheetRead = Callable[[Sheet, Context, list[Problem], list[Problem]], list[dict[str, Any]]]


@dataclass
class RecordsReport:
    counts: dict[str, int]
    warnings: list[Problem]


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


def import_projects(db: Database, year: int, path: Path, actor: str = "import") -> RecordsReport:
    """Add new projects and update existing ones (matched by code)."""
    sheet = read_first_table(path)
    warnings: list[Problem] = []
    counts = record_import.import_projects(
        db, year, checked_reader(S.read_projects, sheet, warnings), present=set(sheet.header),
        locate=sheet.problem, actor=actor, file=path.name)
    return RecordsReport(counts, warnings)


def import_scores(db: Database, year: int, path: Path, actor: str = "import") -> RecordsReport:
    """Add or replace scores (columns juror, project, criterion, score, comment)."""
    sheet = read_first_table(path)
    warnings: list[Problem] = []
    counts = record_import.import_scores(
        db, year, checked_reader(S.read_scores, sheet, warnings), actor=actor, file=path.name)
    return RecordsReport(counts, warnings)
