"""An edition with stages (2027) for the consensus tests: the demo edition with a first
round every juror scored and a final the top 3 per category reached."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from yansenne.domain.stage_flow import promote
from yansenne.domain.submission import submit_all
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.database import Database
from yansenne.store.opening import open_database

YEAR = 2027
JURORS = ("J01", "J02", "J03", "J04", "J05", "J06", "J07")
STAGES_HEADER = ("code", "kind", "name_fr", "name_nl", "name_en", "jurors", "per_project",
                 "shortlist", "method")


def staged_workbook(target: Path) -> Path:
    """The demo workbook as edition 2027 with two stages, round1 scored by everyone."""
    book = openpyxl.load_workbook(demo_workbook())
    for row in book["Edition"].iter_rows(min_row=2):
        if row[0].value == "year":
            row[1].value = YEAR
    stages = book.create_sheet("Stages")
    stages.append(STAGES_HEADER)
    stages.append(("round1", "scoring", "Premier tour", "Eerste ronde", "First round", None,
                   None, 3, None))
    stages.append(("final", "scoring", "Finale", "Finale", "Final"))
    scores = book["Scores"]
    column = scores.max_column + 1
    scores.cell(1, column, "stage")
    for row in range(2, scores.max_row + 1):
        if scores.cell(row, 1).value:
            scores.cell(row, column, "round1")
    book.save(target)
    return target


def build_staged(directory: Path) -> Path:
    """A database file holding edition 2027 promoted into its final; returns its path."""
    path = directory / "staged.sqlite"
    db = open_database(path)
    try:
        import_edition(db, staged_workbook(directory / "staged.xlsx"))
        for juror in JURORS:
            submit_all(db, YEAR, juror, actor="t")
        promote(db, YEAR, "round1", actor="t")
        db.checkpoint()
    finally:
        db.close()
    return path


@pytest.fixture(scope="session")
def staged_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The staged edition, built once for the session; tests use copies."""
    return build_staged(tmp_path_factory.mktemp("staged"))


@pytest.fixture
def staged_db(staged_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "staged.sqlite"
    shutil.copyfile(staged_file, copy)
    database = open_database(copy)
    yield database
    database.close()


def finalists(db: Database) -> list[str]:
    """The projects that reached the final, in the pages' order."""
    from yansenne.domain.consensus import consensus_rows

    return [row.project for row in consensus_rows(db, YEAR)]
