"""Helpers shared by the exchange and CLI tests: small workbooks built in the test,
reading every cell back, and a checksum proving a database file did not change."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from yansenne.store.database import Database

Sheets = dict[str, list[list[Any]]]

YEAR = 2031

# A small, valid edition: 2 categories, 2 shared criteria and one for police only,
# 4 projects, 3 jurors (one observer), one conflict, a few scores and one decision.
MINIMAL: Sheets = {
    "Edition": [
        ["key", "value"],
        ["year", YEAR],
        ["name_fr", "Prix test"],
        ["ceremony_date", "2032-02-12"],
        ["method", "median"],
        ["quorum", 2],
    ],
    "Categories": [
        ["code", "name_fr", "name_nl", "name_en"],
        ["citizens", "Citoyens", "Burgers", "Citizens"],
        ["police", "Police", "Politie", "Police"],
    ],
    "Criteria": [
        ["code", "name_fr", "category", "weight", "min", "max", "step"],
        ["relevance", "Pertinence", None, 1, 0, 10, 0.5],
        ["innovation", "Innovation", None, 2, 0, 10, 0.5],
        ["zone", "Zone", "police", 1, 1, 5, 1],
    ],
    "Projects": [
        ["code", "category", "title_fr", "lead_actor", "partner_actors", "municipality",
         "contact_email", "budget_eur"],
        ["P01", "citizens", "Voisins attentifs", "citizens", "police", "21004",
         "a@example.org", 1000],
        ["P02", "citizens", "Marches exploratoires", "citizens", None, "region", None, None],
        ["P03", "police", "Agent de quartier", "police", "municipal;citizens", "Ixelles",
         None, 2500.5],
        ["P04", "police", "Patrouilles à vélo", "police", None, None, None, None],
    ],
    "Jurors": [
        ["code", "name", "institution", "role", "language", "email"],
        ["J1", "Anne Dupont", "Cabinet", "president", "fr", "anne@example.org"],
        ["J2", "Pieter Janssens", "safe.brussels", "member", "nl", None],
        ["OB", "Olivier", "Brusafe", "observer", "fr", None],
    ],
    "Conflicts": [
        ["juror", "project", "reason"],
        ["J2", "P01", "Partner"],
    ],
    "Scores": [
        ["juror", "project", "criterion", "score", "comment"],
        ["J1", "P01", "relevance", 7, "Bien"],
        ["J1", "P01", "innovation", 8.5, None],
        ["J1", "P03", "zone", 4, None],
        ["J2", "P02", "relevance", 6, None],
        ["J2", "P03", "relevance", 9.5, None],
    ],
    "Decisions": [
        ["project", "award", "amount_eur", "citation_fr"],
        ["P01", 1, 5000, "Pour son ancrage local."],
    ],
}


def minimal_sheets() -> Sheets:
    """A fresh deep copy of MINIMAL that a test may change."""
    return copy.deepcopy(MINIMAL)


def write_xlsx(path: Path, sheets: Sheets) -> Path:
    """Write `sheets` (name -> rows, header first) as an .xlsx file."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        ws = workbook.create_sheet(name)
        for row in rows:
            ws.append(row)
    workbook.save(path)
    return path


def read_all(path: Path, *, read_only: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's values, trailing empty rows dropped, for cell-by-cell comparison."""
    workbook = load_workbook(path, read_only=read_only, data_only=False)
    try:
        result = {}
        for ws in workbook.worksheets:
            rows = [tuple(row) for row in ws.iter_rows(values_only=True)]
            while rows and all(v is None for v in rows[-1]):
                rows.pop()
            result[ws.title] = rows
        return result
    finally:
        workbook.close()


def file_digest(db: Database) -> str:
    """SHA-256 of the database file once the WAL is folded in; on a server (no file),
    of every row of every table in key order."""
    if db.path is None:
        return content_digest(db)
    db.checkpoint()
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def content_digest(db: Database) -> str:
    from sqlalchemy import select

    from yansenne.store.models import Base

    digest = hashlib.sha256()
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            for row in session.execute(select(table).order_by(*order)):
                digest.update(repr((table.name, tuple(row))).encode())
    return digest.hexdigest()


def path_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
