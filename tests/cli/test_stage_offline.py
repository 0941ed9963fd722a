"""Offline work in a staged edition: a juror's package, ballot and scoresheet hold only
the projects allocated to them in the open stage and carry that stage; once the stage is
promoted, a ballot or scoresheet of it is refused (exit 2) and nothing changes."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Run
from tests.cli.test_stage_commands import YEAR, allocations, screen, staged_call, unchanged


@pytest.fixture
def allocated(run: Run, db_path: Path, tmp_path: Path) -> Path:
    assert run("edition", "import", str(staged_call(tmp_path))).code == 0
    screen(run, tmp_path)
    assert run("assign", YEAR, "--seed", "5").code == 0
    return db_path


def mine(db: Path, juror: str) -> set[str]:
    return {p for j, p in allocations(db) if j == juror}


def test_a_package_holds_the_open_stage_and_its_ballot_only_that(
        run: Run, allocated: Path, tmp_path: Path) -> None:
    package = tmp_path / "J02.yansenne"
    assert run("package", "export", YEAR, "--juror", "J02", "-o", str(package)).code == 0
    conn = sqlite3.connect(package)
    stage = conn.execute("SELECT id FROM stages WHERE state = 'open'").fetchone()[0]
    reads = mine(allocated, "J02")
    project = sorted(reads)[0]
    criterion = conn.execute("SELECT c.id FROM criteria c JOIN projects p "
                             "ON p.edition_id = c.edition_id WHERE p.code = ? "
                             "AND (c.category_id IS NULL OR c.category_id = p.category_id) "
                             "LIMIT 1", (project,)).fetchone()[0]
    with conn:  # what the juror's window writes (the package's triggers accept it)
        conn.execute("INSERT INTO scores (stage_id, juror_id, project_id, criterion_id, value, "
                     "comment, revision, updated_at, updated_by) SELECT ?, j.id, p.id, ?, 7, "
                     "'', 1, '2027-03-01', 'J02' FROM jurors j, projects p WHERE p.code = ?",
                     (stage, criterion, project))
        other = sorted({f"P{i:02d}" for i in range(1, 29)} - reads - {"P09", "P22"})[0]
        with pytest.raises(sqlite3.IntegrityError, match="did not allocate"):
            conn.execute("INSERT INTO scores (stage_id, juror_id, project_id, criterion_id, "
                         "value, comment, revision, updated_at, updated_by) SELECT ?, j.id, "
                         "p.id, ?, 7, '', 1, '2027-03-01', 'J02' FROM jurors j, projects p "
                         "WHERE p.code = ?", (stage, criterion, other))
    conn.close()
    ballot = tmp_path / "J02.ballot"
    assert run("ballot", "export", "-o", str(ballot), db=package).code == 0
    assert '"stage": "round1"' in ballot.read_text(encoding="utf-8")
    applied = run("ballot", "import", YEAR, str(ballot))
    assert applied.code == 0, applied.err
    assert sqlite3.connect(allocated).execute(
        "SELECT count(*) FROM scores s JOIN stages t ON t.id = s.stage_id "
        "WHERE t.code = 'round1'").fetchone() == (1,)

    # The stage moves on: the same juror's next ballot of round one is refused.
    assert run("ballot", "export", "-o", str(tmp_path / "late.ballot"), db=package).code == 0
    assert run("stage", "promote", YEAR, "round1", "--force").code == 0
    before = unchanged(allocated)
    late = run("ballot", "import", YEAR, str(tmp_path / "late.ballot"))
    assert late.code == 2
    assert "holds the marks of stage round1, but the open stage of edition 2027 is final" \
        in late.err
    assert unchanged(allocated) == before


def test_a_scoresheet_lists_the_allocation_and_is_refused_in_another_stage(
        run: Run, allocated: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "J03.xlsx"
    assert run("scoresheet", "export", YEAR, "--juror", "J03", "-o", str(sheet)).code == 0
    wb = load_workbook(sheet)
    listed = {str(row[0].value) for ws in wb.worksheets if ws.sheet_state == "visible"
              for row in ws.iter_rows(min_row=6)
              if re.fullmatch(r"P\d\d", str(row[0].value))}
    assert listed == mine(allocated, "J03")
    assert run("stage", "promote", YEAR, "round1", "--force").code == 0
    before = unchanged(allocated)
    refused = run("scoresheet", "import", YEAR, str(sheet))
    assert refused.code == 2
    assert "holds the marks of stage round1, but the open stage of edition 2027 is final" \
        in refused.err
    assert unchanged(allocated) == before


def test_stage_options_name_only_the_open_stage(run: Run, allocated: Path,
                                                tmp_path: Path) -> None:
    before = unchanged(allocated)
    for command in (("package", "export", YEAR, "--juror", "J02", "-o",
                     str(tmp_path / "p.yansenne")),
                    ("scoresheet", "export", YEAR, "--juror", "J02", "-o",
                     str(tmp_path / "s.xlsx"))):
        pending = run(*command, "--stage", "final")
        assert pending.code == 2 and "stage final is pending" in pending.err, pending.err
        closed = run(*command, "--stage", "eligibility")
        assert closed.code == 2 and "stage eligibility is closed" in closed.err
    assert unchanged(allocated) == before
    assert not (tmp_path / "p.yansenne").exists() and not (tmp_path / "s.xlsx").exists()
    assert run("package", "export", YEAR, "--juror", "J02", "--stage", "round1", "-o",
               str(tmp_path / "p.yansenne")).code == 0
    # scores import --stage: the stage of rows that name none.
    marks = tmp_path / "m.csv"
    project = sorted(mine(allocated, "J02"))[0]
    marks.write_text(f"juror,project,criterion,score\nJ02,{project},relevance,6\n",
                     encoding="utf-8")
    wrong = run("scores", "import", YEAR, str(marks), "--stage", "eligibility")
    assert wrong.code == 2 and "screening stage" in wrong.err
    done = run("scores", "import", YEAR, str(marks), "--stage", "round1")
    assert done.code == 0, done.err
