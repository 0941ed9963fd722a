"""Preliminary and final marks of an edition's last stage (`domain.preliminary`).

`build_staged_edition` is shared with the results page's and workbook's tests: the demo
edition as 2027 with two scoring stages (round1 shortlists 3 a category, then final),
everyone submitted in the final stage (the database's trigger keeps those marks as
preliminary), then juror J02's category "citizens" reopened by the secretariat,
revised so that P04 overtakes P01, and submitted again.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from yansenne.domain import juror_desk, stage_flow, submission
from yansenne.domain.preliminary import revisions
from yansenne.exchange.records import import_scores
from yansenne.exchange.workbook import import_edition
from yansenne.store.database import Database
from yansenne.store.models import Project, ShortlistEntry

ROOT = Path(__file__).resolve().parents[2]
STAGED = 2027
JURORS = tuple(f"J0{i}" for i in range(1, 8))
CRITERIA = ("relevance", "collaboration", "innovation", "methodology")
REVISED = "J02"
# J02's revision after the discussion: P01 down, P04 up (P04 overtakes P01).
REVISION = {("P01", "relevance"): 2.0, ("P01", "collaboration"): 2.0,
            ("P01", "innovation"): 2.0, ("P04", "relevance"): 10.0,
            ("P04", "collaboration"): 10.0, ("P04", "methodology"): 10.0}


def _write_csv(path: Path, rows: list[tuple[str, str, str, float]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["juror", "project", "criterion", "score"])
        writer.writerows(rows)
    return path


def staged_workbook(folder: Path) -> tuple[Path, set[tuple[str, str]],
                                           dict[tuple[str, str, str], float]]:
    """The demo workbook as edition 2027 with stages round1 and final; its conflicts and
    round-1 marks."""
    wb = openpyxl.load_workbook(ROOT / "data" / "demo_edition.xlsx")
    for row in wb["Edition"].iter_rows(min_row=2):
        if row[0].value == "year":
            row[1].value = STAGED
    stages = wb.create_sheet("Stages")
    stages.append(["code", "kind", "name_fr", "name_nl", "name_en", "jurors", "per_project",
                   "shortlist", "method"])
    stages.append(["round1", "scoring", "Premier tour", "Eerste ronde", "First round", None,
                   None, 3, None])
    stages.append(["final", "scoring", "Finale", "Finale", "Final"])
    scores = wb["Scores"]
    column = scores.max_column + 1
    scores.cell(1, column, "stage")
    for r in range(2, scores.max_row + 1):
        scores.cell(r, column, "round1")
    conflicts = {(r[0], r[1]) for r in wb["Conflicts"].iter_rows(min_row=2, values_only=True)}
    marks = {(r[0], r[1], r[2]): float(r[3])
             for r in scores.iter_rows(min_row=2, max_col=4, values_only=True)}
    path = folder / "staged.xlsx"
    wb.save(path)
    return path, conflicts, marks


def shortlisted(db: Database) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(Project.code).join(
            ShortlistEntry, ShortlistEntry.project_id == Project.id)))


def build_staged_edition(db: Database, folder: Path, *, revise: bool = True) -> list[str]:
    """Edition 2027 in its final stage, submitted (then J02 revised); the finalists."""
    path, conflicts, round1 = staged_workbook(folder)
    import_edition(db, path)
    for juror in JURORS:
        submission.submit_all(db, STAGED, juror, actor="t")
    stage_flow.promote(db, STAGED, "round1", actor="t")
    finalists = shortlisted(db)
    rows = [(j, p, c, round1.get((j, p, c), 5.0)) for j in JURORS for p in finalists
            if (j, p) not in conflicts for c in CRITERIA]
    import_scores(db, STAGED, _write_csv(folder / "final.csv", rows))
    for juror in JURORS:
        submission.submit_all(db, STAGED, juror, actor="t")
    if revise:
        juror_desk.reopen(db, STAGED, REVISED, "citizens", actor="secretariat")
        rows = [(REVISED, p, c, v) for (p, c), v in REVISION.items()]
        import_scores(db, STAGED, _write_csv(folder / "revised.csv", rows))
        submission.submit_all(db, STAGED, REVISED, actor="t")
    return finalists


def database_file(db: Database) -> Path:
    return Path(str(db.engine.url.database))


@pytest.fixture
def staged(db: Database, tmp_path: Path) -> Database:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("read from outside with sqlite3")
    build_staged_edition(db, tmp_path)
    return db


def test_the_trigger_kept_the_first_submission(staged: Database) -> None:
    con = sqlite3.connect(database_file(staged))
    try:
        kept = dict(((p, c), v) for p, c, v in con.execute(
            "SELECT p.code, c.code, m.value FROM preliminary_marks m "
            "JOIN jurors j ON j.id = m.juror_id JOIN projects p ON p.id = m.project_id "
            "JOIN criteria c ON c.id = m.criterion_id JOIN stages s ON s.id = m.stage_id "
            "WHERE j.code = ? AND s.code = 'final'", (REVISED,)))
        now = dict(((p, c), v) for p, c, v in con.execute(
            "SELECT p.code, c.code, m.value FROM scores m "
            "JOIN jurors j ON j.id = m.juror_id JOIN projects p ON p.id = m.project_id "
            "JOIN criteria c ON c.id = m.criterion_id JOIN stages s ON s.id = m.stage_id "
            "WHERE j.code = ? AND s.code = 'final'", (REVISED,)))
        (round1,) = con.execute("SELECT count(*) FROM preliminary_marks m JOIN stages s "
                                "ON s.id = m.stage_id WHERE s.code = 'round1'").fetchone()
    finally:
        con.close()
    assert round1 == 0  # only the last stage keeps preliminary marks
    assert kept.keys() == now.keys()
    for key, value in REVISION.items():
        assert now[key] == value
        assert kept[key] != value
    assert all(kept[k] == now[k] for k in kept if k not in REVISION)


def test_revisions_set_preliminary_beside_final(staged: Database) -> None:
    r = revisions(staged, STAGED)
    assert not r.empty and r.stage == "final" and r.method == "mean"
    assert r.stage_name == "Final"  # in the language asked (English in tests)
    changed = {(m.juror, m.project, m.criterion): m for m in r.changed_marks}
    assert set(changed) == {(REVISED, p, c) for p, c in REVISION}
    for (_j, p, c), m in changed.items():
        assert m.final == REVISION[(p, c)]
        assert m.difference == pytest.approx(m.final - m.preliminary)
    unchanged = [m for m in r.marks if not m.changed]
    assert unchanged and all(m.difference == 0 for m in unchanged)
    # the juror totals, weighted as the ranking weighs them (equal weights: the mean share)
    totals = {(t.juror, t.project): t for t in r.totals}
    for project in ("P01", "P04"):
        t = totals[(REVISED, project)]
        finals = [m.final for m in r.marks if (m.juror, m.project) == (REVISED, project)]
        assert t.final == pytest.approx(10 * sum(finals) / len(finals))
        assert t.changed and t.marks_changed == sum(1 for p, _ in REVISION if p == project)
    assert {(t.juror, t.project) for t in r.changed_totals} == {(REVISED, "P01"),
                                                                 (REVISED, "P04")}


def test_the_method_ranks_preliminary_and_final(staged: Database) -> None:
    r = revisions(staged, STAGED)
    p01, p04, p02 = r.project("P01"), r.project("P04"), r.project("P02")
    assert (p01.preliminary_rank, p04.preliminary_rank) == (1, 2)
    assert (p01.final_rank, p04.final_rank) == (2, 1)
    assert p04.rank_change == 1 and p01.rank_change == -1
    assert p01.difference is not None and p01.difference < 0
    assert p04.difference is not None and p04.difference > 0
    assert not p02.changed and p02.difference == 0
    # the figures are the ranking's: the mean of the jurors' totals on each set of marks
    jurors = [t for t in r.totals if t.project == "P04"]
    assert p04.final == pytest.approx(sum(t.final for t in jurors) / len(jurors))
    assert p04.preliminary == pytest.approx(sum(t.preliminary for t in jurors) / len(jurors))
    assert len(r.projects) == 15 == len({p.project for p in r.projects})
    # another method ranks both sets of marks the same way
    assert revisions(staged, STAGED, method="median").method == "median"


def test_empty_without_stages_or_before_any_submission(db: Database, tmp_path: Path) -> None:
    from tests.factories import YEAR, build_small_edition

    build_small_edition(db)
    assert revisions(db, YEAR).empty and revisions(db, YEAR).projects == ()
    path, _conflicts, _marks = staged_workbook(tmp_path)
    import_edition(db, path)
    assert revisions(db, STAGED).empty  # stages, but nobody submitted in the last one
