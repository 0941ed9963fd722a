"""What a second read of the stages found, each made a test that failed before its fix:
a conflict declared over marks of a closed stage, a project left unranked at promotion,
marks written into a closed stage, the deliberation ranking by another method than
`rank`, one stage with an allocation, a juror's grid left open across a promotion, and
a juror's desk while the screening is open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Run
from tests.cli.test_stage_commands import (
    YEAR,
    allocations,
    demo_marks,
    query,
    score_round1,
    screen,
    staged_call,
    unchanged,
    write_csv,
)
from yansenne.domain import jury, records
from yansenne.domain.juror_desk import JurorDesk, ScoringRefused
from yansenne.store.opening import open_database


@pytest.fixture
def staged(run: Run, db_path: Path, tmp_path: Path) -> Path:
    assert run("edition", "import", str(staged_call(tmp_path))).code == 0
    return db_path


@pytest.fixture
def promoted(run: Run, staged: Path, tmp_path: Path) -> Path:
    """Round one scored, submitted and promoted: the final is open."""
    screen(run, tmp_path)
    assert run("assign", YEAR, "--seed", "7").code == 0
    score_round1(run, staged, tmp_path)
    assert run("stage", "promote", YEAR, "round1").code == 0
    return staged


def marks_of(db: Path, juror: str, project: str) -> list[tuple]:
    return query(db, "SELECT s.code, count(*), sum(m.value) FROM scores m JOIN stages s "
                     "ON s.id = m.stage_id JOIN jurors j ON j.id = m.juror_id JOIN projects p "
                     "ON p.id = m.project_id WHERE j.code = ? AND p.code = ? GROUP BY s.code "
                     "ORDER BY s.code", juror, project)


def test_a_conflict_over_marks_of_a_closed_stage_clears_and_restores_them(
        run: Run, promoted: Path, tmp_path: Path) -> None:
    juror, project = sorted(allocations(promoted))[0]
    final = [(*r, "final") for r in demo_marks() if (r[0], r[1]) == (juror, project)]
    if query(promoted, "SELECT count(*) FROM shortlists l JOIN projects p ON p.id = "
                       "l.project_id WHERE p.code = ?", project) == [(1,)]:
        path = write_csv(tmp_path / "f.csv", ["juror", "project", "criterion", "score",
                                              "comment", "stage"], final)
        assert run("scores", "import", YEAR, str(path)).code == 0
    before = marks_of(promoted, juror, project)
    assert before and before[0][0] == "round1"
    db = open_database(promoted)
    try:
        with db.write() as session:
            cleared = jury.declare_conflict(session, int(YEAR), juror, project,
                                            "a late link", actor="secretariat")
        assert marks_of(promoted, juror, project) == []
        with db.write() as session:  # the desk's undo
            jury.withdraw_conflict(session, int(YEAR), juror, project, actor="secretariat")
            records.restore_scores(session, int(YEAR), cleared, actor="secretariat")
    finally:
        db.close()
    assert marks_of(promoted, juror, project) == before


def test_a_project_left_unranked_is_named_before_the_promotion(
        run: Run, staged: Path, tmp_path: Path) -> None:
    screen(run, tmp_path)
    assert run("assign", YEAR, "--seed", "7").code == 0
    pairs = allocations(staged)
    lonely = sorted(p for _j, p in pairs)[0]
    rows = [r for r in demo_marks() if (r[0], r[1]) in pairs
            and not (r[1] == lonely)]  # nobody marks it: no totals at all
    path = write_csv(tmp_path / "r.csv", ["juror", "project", "criterion", "score",
                                          "comment"], rows)
    assert run("scores", "import", YEAR, str(path)).code == 0
    for juror in ("J01", "J02", "J03", "J04", "J05", "J06", "J07"):
        assert run("scores", "submit", YEAR, "--juror", juror).code == 0
    before = unchanged(staged)
    refused = run("stage", "promote", YEAR, "round1")
    assert refused.code == 2
    assert f"project {lonely} is not ranked (no scores)" in refused.err
    assert unchanged(staged) == before
    forced = run("stage", "promote", YEAR, "round1", "--force")
    assert forced.code == 0 and f"promoted without {lonely}" in forced.err


def test_marks_of_a_closed_stage_cannot_be_written(run: Run, promoted: Path,
                                                   tmp_path: Path) -> None:
    juror, project = sorted(allocations(promoted))[0]
    path = tmp_path / "late.csv"
    path.write_text(f"juror,project,criterion,score\n{juror},{project},relevance,1\n",
                    encoding="utf-8")
    before = unchanged(promoted)
    late = run("scores", "import", YEAR, str(path), "--stage", "round1")
    assert late.code == 2 and "only the open stage takes marks" in late.err
    assert unchanged(promoted) == before


def test_the_deliberation_ranks_by_the_stage_method_as_rank_does(run: Run, db_path: Path) -> None:
    assert run("demo", "--staged").code == 0
    conn = __import__("sqlite3").connect(db_path)
    with conn:
        conn.execute("UPDATE stages SET method = 'median' WHERE code = 'final'")
    conn.close()
    ranked = json.loads(run("rank", "2027", "--format", "json").out)
    assert ranked["method"] == "median"
    first = ranked["overall"]["ranking"][0]["project"]
    proposed = run("deliberation", "propose", "2027")
    assert proposed.code == 0 and proposed.out.splitlines()[0] == f"prize 1: {first}"


def test_one_stage_with_an_allocation_is_obeyed(run: Run, db_path: Path, tmp_path: Path) -> None:
    wb = load_workbook(staged_call(tmp_path))
    del wb["Stages"]
    stages = wb.create_sheet("Stages")
    stages.append(["code", "kind", "name_fr", "per_project"])
    stages.append(["solo", "scoring", "Tour unique", 3])
    wb.save(tmp_path / "solo.xlsx")
    assert run("edition", "import", str(tmp_path / "solo.xlsx")).code == 0
    assert run("assign", YEAR, "--seed", "2").code == 0
    pairs = allocations(db_path, "solo")
    outside = next((j, p) for j in ("J01", "J02") for p in (f"P{i:02d}" for i in range(1, 29))
                   if (j, p) not in pairs and query(
                       db_path, "SELECT count(*) FROM conflicts c JOIN jurors j ON j.id = "
                       "c.juror_id JOIN projects p ON p.id = c.project_id WHERE j.code = ? "
                       "AND p.code = ?", j, p) == [(0,)])
    path = tmp_path / "m.csv"
    path.write_text(f"juror,project,criterion,score\n{outside[0]},{outside[1]},relevance,5\n",
                    encoding="utf-8")
    before = unchanged(db_path)
    refused = run("scores", "import", YEAR, str(path))
    assert refused.code == 2 and "row 2" in refused.err, refused.err
    assert unchanged(db_path) == before
    db = open_database(db_path)
    try:
        desk = JurorDesk.open(db, int(YEAR), outside[0])
        shown = {p.code for c in desk.categories() for p in desk.load(c.category.code).projects}
    finally:
        db.close()
    assert shown == {p for j, p in pairs if j == outside[0]}


def test_a_grid_left_open_across_a_promotion_refuses_its_marks(
        run: Run, staged: Path, tmp_path: Path) -> None:
    screen(run, tmp_path)
    assert run("assign", YEAR, "--seed", "7").code == 0
    juror, project = sorted(allocations(staged))[0]
    db = open_database(staged)
    try:
        desk = JurorDesk.open(db, int(YEAR), juror)
        grids = [desk.load(c.category.code) for c in desk.categories()]
        grid = next(g for g in grids if any(p.code == project for p in g.projects))
        target = next(p for p in grid.projects if p.code == project)
        desk.set_mark(target.id, grid.criteria[0].id, 7.0)
        assert run("stage", "promote", YEAR, "round1", "--force").code == 0
        with pytest.raises(ScoringRefused, match="only the open stage takes marks"):
            desk.set_mark(target.id, grid.criteria[0].id, 3.0)
    finally:
        db.close()
    assert marks_of(staged, juror, project) == [("round1", 1, 7.0)]


def test_a_juror_reads_nothing_while_the_screening_is_open(run: Run, staged: Path) -> None:
    db = open_database(staged)
    try:
        desk = JurorDesk.open(db, int(YEAR), "J01")
        assert [c.projects for c in desk.categories()] == [0] * 5
        assert all(not desk.load(c.category.code).projects for c in desk.categories())
    finally:
        db.close()
