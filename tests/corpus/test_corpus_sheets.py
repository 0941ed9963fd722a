"""Spreadsheets and CSV files are never silently misread (issue 17, item 4): each file
of make_corpus_sheets.py is refused by the command line with exit status 2, a message
naming the file, the sheet, the row and the column, and the database byte for byte
as it was. Before, `J1,P02,relevance,7,5` was stored as 7, the later of two sheets
named alike won, "1_0" and "٧" were read as numbers, 7.50000000001 passed as 7.5, a
NUL or an ESC went into the database (and `edition export` then failed for good), a
workbook declaring 1,048,576 x 16,384 cells took 75 minutes, and a scale of 1e308, a
step of 1e-320, a quorum of 1e19 or a trim of 1e20 ended in a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.corpus import FILES, YEAR, Case, check_refused
from yansenne.exchange import tabular

SCORES = ("scores", "import", YEAR, "FILE")
PROJECTS = ("projects", "import", YEAR, "FILE")
EDITION = ("edition", "import", "FILE")

CASES = [
    Case("sheets_fields_more.csv", SCORES,
         "sheets_fields_more.csv: row 2: this row has 5 fields but the header has 4; check "
         "the separators and quotes"),
    Case("sheets_fields_fewer.csv", SCORES,
         "sheets_fields_fewer.csv: row 3: this row has 3 fields but the header has 4"),
    Case("sheets_unterminated_quote.csv", SCORES,
         "sheets_unterminated_quote.csv: row 3: a quote opened on this row is never closed"),
    Case("sheets_twin_case.xlsx", EDITION,
         'sheets_twin_case.xlsx: the sheets "Scores" and "SCORES" have the same name but for '
         "case or spaces; rename or remove one"),
    Case("sheets_twin_spaces.xlsx", EDITION,
         'sheets_twin_spaces.xlsx: the sheets "Scores" and "Scores " have the same name but '
         "for case or spaces"),
    Case("sheets_underscore.csv", SCORES,
         'sheets_underscore.csv: row 2, column D (score): "1_0" is not a number'),
    Case("sheets_arabic_digits.csv", SCORES,
         'sheets_arabic_digits.csv: row 2, column D (score): "\u0667" is not a number'),
    Case("sheets_off_step.csv", SCORES,
         "sheets_off_step.csv: row 2, column D (score): 7.50000000001 is not on the step 0.5 "
         "of criterion relevance (0 to 10)"),
    Case("sheets_nul.csv", SCORES,
         "sheets_nul.csv: row 2, column E (comment): a control character (U+0000) at "
         "character 5; remove it"),
    Case("sheets_soh.csv", PROJECTS,
         "sheets_soh.csv: row 2, column C (title_fr): a control character (U+0001) at "
         "character 2; remove it"),
    Case("sheets_esc.csv", SCORES,
         "sheets_esc.csv: row 2, column E (comment): a control character (U+001B) at "
         "character 1; remove it"),
    Case("sheets_esc.xlsx", EDITION,
         "sheets_esc.xlsx: sheet Jurors, row 2, column B (name): a control character (U+001B) "
         "at character 5; remove it"),
    Case("sheets_dimension_bomb.xlsx", SCORES,
         "sheets_dimension_bomb.xlsx: sheet Scores, row 1048577: refused: the sheet holds more "
         "than 1,048,576 rows, far more than a real edition"),
    Case("sheets_scale_max.xlsx", EDITION,
         "sheets_scale_max.xlsx: sheet Criteria, row 2, column F (max): 1e+308 is not a "
         "plausible scale bound: a bound lies between -1000000 and 1000000"),
    Case("sheets_scale_min.xlsx", EDITION,
         "sheets_scale_min.xlsx: sheet Criteria, row 2, column E (min): -1e+308 is not a "
         "plausible scale bound"),
    Case("sheets_step_tiny.xlsx", EDITION,
         "sheets_step_tiny.xlsx: sheet Criteria, row 2, column G (step): the step 1e-320 is not "
         "plausible: a step lies between 0.000001 and 2000000"),
    Case("sheets_quorum_huge.xlsx", EDITION,
         'sheets_quorum_huge.xlsx: sheet Edition, row 6, column B (value): "1e+19" must be at '
         "most 999"),
    Case("sheets_trim_huge.xlsx", EDITION,
         'sheets_trim_huge.xlsx: sheet Edition, row 7, column B (value): "1e+20" must be at '
         "most 20"),
]


def test_the_sheets_corpus_is_there() -> None:
    present = {p.name for p in FILES.glob("sheets_*")}
    assert {case.file for case in CASES} == present


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_a_misreadable_file_is_refused_and_changes_nothing(
        case: Case, database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    check_refused(case, database, capsys)


def test_the_declared_dimension_is_never_walked(database: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The bomb declares 17,179,869,184 cells; the reader visits the rows the file holds
    (its header's 4 cells and the empty rows) and stops at the cap: the work is counted,
    not timed."""
    counts: list[tabular.ReadCount] = []

    class Counted(tabular.ReadCount):
        def __init__(self) -> None:
            super().__init__()
            counts.append(self)

    monkeypatch.setattr(tabular, "ReadCount", Counted)
    check_refused(CASES[[c.file for c in CASES].index("sheets_dimension_bomb.xlsx")],
                  database, capsys)
    assert [(c.rows, c.cells) for c in counts] == [(tabular.MAX_ROWS + 1, 4)]
