"""Every bad input of the corpus is refused by the command line with exit status 2, a
message that says where the problem is, and the database byte for byte as it was.

Each area keeps its cases in its own module (test_corpus_*.py) with the same `Case`
and `check_refused` (corpus.py); this one holds the first cases, of the workbook and
the CSV files, and the databases the program is pointed at."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.corpus.corpus import FILES, YEAR, Case, check_refused, digest, refuse

CASES = [
    Case("not_a_zip.xlsx", ("edition", "import", "FILE"),
         "not_a_zip.xlsx: not an Excel workbook (.xlsx): the file is not a zip archive"),
    Case("truncated.xlsx", ("edition", "import", "FILE"),
         "truncated.xlsx: not an Excel workbook (.xlsx): the file is not a zip archive or is "
         "truncated"),
    Case("empty.xlsx", ("edition", "import", "FILE"), "empty.xlsx: the file is empty"),
    Case("bomb_declared.xlsx", ("edition", "import", "FILE"),
         "bomb_declared.xlsx: refused: the workbook would unpack to 3072 MB"),
    Case("missing_sheet.xlsx", ("edition", "import", "FILE"),
         'missing_sheet.xlsx: the sheet "Jurors" is missing'),
    Case("missing_column.xlsx", ("edition", "import", "FILE"),
         'missing_column.xlsx: sheet Projects, row 1: required column "title_fr" is missing'),
    Case("score_text.xlsx", ("edition", "import", "FILE"),
         'score_text.xlsx: sheet Scores, row 2, column D (score): "beaucoup" is not a number'),
    Case("score_off_scale.xlsx", ("edition", "import", "FILE"),
         "score_off_scale.xlsx: sheet Scores, row 2, column D (score): 11 is outside the scale "
         "0 to 10 of criterion relevance"),
    Case("score_off_step.xlsx", ("edition", "import", "FILE"),
         "score_off_step.xlsx: sheet Scores, row 2, column D (score): 7.3 is not on the step 0.5"),
    Case("duplicate_codes.xlsx", ("edition", "import", "FILE"),
         'duplicate_codes.xlsx: sheet Projects, row 3, column A (code): "P01" is used twice'),
    Case("unknown_project.xlsx", ("edition", "import", "FILE"),
         'unknown_project.xlsx: sheet Scores, row 5, column B (project): unknown project "P99"'),
    Case("unknown_juror.xlsx", ("edition", "import", "FILE"),
         'unknown_juror.xlsx: sheet Conflicts, row 2, column A (juror): unknown juror "J99"'),
    Case("unknown_criterion.xlsx", ("edition", "import", "FILE"),
         "unknown_criterion.xlsx: sheet Scores, row 2, column C (criterion): criterion impact "
         "is not in the grid of project P01"),
    Case("huge_title.xlsx", ("edition", "import", "FILE"),
         "huge_title.xlsx: sheet Projects, row 2, column C (title_fr): the text is 32767 "
         "characters long; at most 500 are allowed"),
    Case("projects_huge_title.csv", ("projects", "import", YEAR, "FILE"),
         "projects_huge_title.csv: row 2, column C (title_fr): the text is 1048580 characters "
         "long; at most 500 are allowed"),
    Case("score_in_conflict.xlsx", ("edition", "import", "FILE"),
         "score_in_conflict.xlsx: sheet Scores, row 5, column B (project): juror J2 is in "
         "conflict with project P01"),
    Case("observer_score.xlsx", ("edition", "import", "FILE"),
         "observer_score.xlsx: sheet Scores, row 2, column A (juror): juror OB is an observer"),
    Case("bad_year.xlsx", ("edition", "import", "FILE"),
         'bad_year.xlsx: sheet Edition, row 2, column B (value): "deux mille" is not a whole '
         "number"),
    Case("criteria_max_below_min.xlsx", ("edition", "import", "FILE"),
         "criteria_max_below_min.xlsx: sheet Criteria, row 2, column F (max): the maximum 0 "
         "must be greater than the minimum 0"),
    Case("bad_tie_break.xlsx", ("edition", "import", "FILE"),
         'bad_tie_break.xlsx: sheet Edition, row 7, column B (value): "pile ou face" is not a '
         "tie-break rule"),
    Case("unknown_municipality.xlsx", ("edition", "import", "FILE"),
         'unknown_municipality.xlsx: sheet Projects, row 2, column F (municipality): '
         '"Atlantis" is not one of the 19 municipalities'),
    Case("bad_email.xlsx", ("edition", "import", "FILE"),
         'bad_email.xlsx: sheet Jurors, row 3, column F (email): "pieter(at)example" is not an '
         "e-mail address"),
    Case("valid_minimal.xlsx", ("edition", "import", "FILE"),
         "valid_minimal.xlsx: sheet Edition: edition 2031 already exists in the database; use "
         "--replace to replace it"),
    Case("projects_not_text.csv", ("projects", "import", YEAR, "FILE"),
         "projects_not_text.csv: line 2 holds a character that is neither UTF-8 nor "
         "Windows-1252 text"),
    Case("projects_pipe.csv", ("projects", "import", YEAR, "FILE"),
         "projects_pipe.csv: row 1: cannot find the columns"),
    Case("projects_empty.csv", ("projects", "import", YEAR, "FILE"),
         "projects_empty.csv: the file is empty"),
    Case("projects_bad_email.csv", ("projects", "import", YEAR, "FILE"),
         'projects_bad_email.csv: row 2, column D (contact_email): "nobody" is not an e-mail '
         "address"),
    Case("projects_unknown_category.csv", ("projects", "import", YEAR, "FILE"),
         'projects_unknown_category.csv: row 2, column B (category): unknown category "sport"'),
    Case("projects.txt", ("projects", "import", YEAR, "FILE"),
         "projects.txt: unsupported file type: expected .xlsx or .csv"),
    Case("scores_unknown_juror.csv", ("scores", "import", YEAR, "FILE"),
         'scores_unknown_juror.csv: row 2, column A (juror): unknown juror "J9"'),
    Case("scores_bad_number.csv", ("scores", "import", YEAR, "FILE"),
         'scores_bad_number.csv: row 2, column D (score): "cinq" is not a number'),
    Case("scores_off_scale.csv", ("scores", "import", YEAR, "FILE"),
         "scores_off_scale.csv: row 2, column D (score): -1 is outside the scale 0 to 10"),
    Case("valid_minimal.xlsx", ("scores", "import", "2099", "FILE"),
         "no edition 2099 in the database"),
]


def test_corpus_files_are_there() -> None:
    used = {case.file for case in CASES}
    present = {p.name for p in FILES.iterdir()}
    assert used <= present
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}-{c.command[0]}" for c in CASES])
def test_bad_input_is_refused_and_changes_nothing(case: Case, database: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    check_refused(case, database, capsys)


# Databases the program is pointed at: made from a real one at test time.

def test_truncated_database(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = database.read_bytes()
    database.write_bytes(data[:5000])
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    err = refuse(database, ["edition", "list"], capsys)
    assert f"{database}: the database is damaged" in err
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_database_from_a_newer_version(database: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(database)
    err = refuse(database, ["edition", "list"], capsys)
    assert "was written by a newer version of Yansenne (schema 9999)" in err
    assert digest(database) == before


def test_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(bytes(range(256)) * 40)
    err = refuse(path, ["edition", "list"], capsys)
    assert f"{path}: not a Yansenne database (not a SQLite file)" in err
    assert path.read_bytes() == bytes(range(256)) * 40


def test_database_of_another_application(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = digest(path)
    err = refuse(path, ["edition", "list"], capsys)
    assert f"{path}: not a Yansenne database" in err
    assert digest(path) == before


def test_restore_of_a_file_that_is_not_a_backup(database: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(database)
    junk = tmp_path / "copy.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    err = refuse(database, ["restore", str(junk)], capsys)
    assert f"{junk}: not a Yansenne database (not a SQLite file)" in err
    assert digest(database) == before


def test_real_zip_bomb_is_refused_before_unpacking(database: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A part of 64 MB of zeros compresses to ~64 KB: refused from its directory alone."""
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            block = b"0" * (1024 * 1024)
            for _ in range(64):
                part.write(block)
    assert bomb.stat().st_size < 1024 * 1024
    before = digest(database)
    err = refuse(database, ["edition", "import", str(bomb)], capsys)
    assert "bomb.xlsx: refused: the workbook would unpack to 64 MB" in err
    assert digest(database) == before
