"""Formula injection: text that looks like a formula is written as text, reads back the
same and is never a formula cell, whichever way openpyxl (or Excel) opens it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from yansenne import cells
from yansenne.cells import FORMULA_TRIGGERS, csv_safe
from yansenne.exchange.workbook import export_edition, import_edition
from yansenne.store.database import Database
from yansenne.store.models import Project, Score
from yansenne.store.opening import open_database

TITLES = {
    "P01": '=HYPERLINK("http://x","y")',
    "P02": "@SUM(A1:A9)",
    "P03": "+32 2 123 45 67",
    "P04": "-1 point",
    "P05": "\tindented",
    "P06": "=1+1",
}
COMMENT = "=cmd|' /C calc'!A0"


@pytest.fixture
def exported(small_db: Database, tmp_path: Path) -> Path:
    with small_db.write() as s:
        for project in s.scalars(select(Project)):
            project.title_fr = TITLES[project.code]
        score = s.scalars(select(Score).order_by(Score.id)).first()
        assert score is not None
        score.comment = COMMENT
    return export_edition(small_db, 2026, tmp_path / "export.xlsx")


@pytest.mark.parametrize("read_only", [False, True])
def test_formula_like_titles_stay_text(exported: Path, read_only: bool) -> None:
    workbook = load_workbook(exported, read_only=read_only)
    try:
        seen = {}
        for row in workbook["Projects"].iter_rows(min_row=2):
            code, title = row[0], row[2]
            assert title.data_type == "s", (code.value, title.data_type)
            seen[code.value] = title.value
        comments = [row[4] for row in workbook["Scores"].iter_rows(min_row=2)
                    if len(row) > 4 and row[4].value is not None]
    finally:
        workbook.close()
    assert seen == TITLES
    assert [(c.value, c.data_type) for c in comments] == [(COMMENT, "s")]


def test_no_formula_in_the_file(exported: Path) -> None:
    """No <f> element anywhere in the sheets: nothing for Excel to evaluate."""
    with zipfile.ZipFile(exported) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)


def test_formula_like_titles_quote_prefixed(exported: Path) -> None:
    """Excel shows them as text because of the quote prefix."""
    workbook = load_workbook(exported)
    prefixed = {row[0].value: row[2].quotePrefix
                for row in workbook["Projects"].iter_rows(min_row=2)}
    assert prefixed == dict.fromkeys(TITLES, True)


def test_formula_like_titles_survive_the_round_trip(exported: Path, tmp_path: Path) -> None:
    """Imported again, the titles are the same text (a leading tab aside: cell text is
    stripped on import by design)."""
    db = open_database(tmp_path / "again.sqlite")
    try:
        import_edition(db, exported)
        with db.read() as s:
            titles = {p.code: p.title_fr for p in s.scalars(select(Project))}
    finally:
        db.close()
    assert titles == {**TITLES, "P05": "indented"}


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("plain", "plain"), (None, ""), (-1, "-1"), (7.5, "7.5"),
])
def test_csv_safe(value: object, expected: str) -> None:
    """Numbers stay numbers; only text that a spreadsheet would run gets the apostrophe."""
    assert csv_safe(value) == expected


def test_formula_triggers() -> None:
    assert set(FORMULA_TRIGGERS) == {"=", "+", "-", "@", "\t", "\r"}


def test_csv_safe_needs_no_openpyxl() -> None:
    """`yansenne rank --format csv` uses `csv_safe`: importing the module leaves openpyxl
    (and lxml) alone until a cell is written."""
    code = ("import sys; from yansenne.cells import csv_safe; csv_safe('=1'); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'lxml'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_styles_stay_public_names() -> None:
    """The shared styles, made on first use, are still module attributes."""
    from yansenne.cells import HEADER_FILL

    assert cells.HEADER_FONT.b is True
    assert HEADER_FILL.fgColor.rgb.endswith("1F4E79")
    assert cells.WRAP.wrap_text is True
    with pytest.raises(AttributeError):
        _ = cells.NO_SUCH_STYLE
