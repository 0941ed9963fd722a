"""The session-level stage functions the desk's undo stack uses: a decision and its way
back (undecided included), a promotion and its undo, an allocation and its restoration
with the marks it cleared."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.domain.helpers import actions
from yansenne.domain import assignment, screening, stage_flow, work
from yansenne.domain.marks import set_score
from yansenne.domain.screening import Decision
from yansenne.errors import InputError
from yansenne.exchange.workbook import import_edition
from yansenne.store.database import Database
from yansenne.store.models import Criterion, Juror, Project, Score, Stage

ROOT = Path(__file__).resolve().parents[2]
YEAR = 2027
STAGES = [["code", "kind", "name_fr", "name_nl", "name_en", "jurors", "per_project",
           "shortlist", "method"],
          ["eligibility", "screening", "Recevabilité", "Ontvankelijkheid", "Eligibility"],
          ["round1", "scoring", "Premier tour", "Eerste ronde", "First round", None, 3, 3,
           "adjusted"],
          ["final", "scoring", "Finale", "Finale", "Final"]]
ACTOR = "test"


def staged_workbook(folder: Path) -> Path:
    """The demo workbook as edition 2027 with three stages and no scores."""
    book = openpyxl.load_workbook(ROOT / "data" / "demo_edition.xlsx")
    for key, value in book["Edition"].iter_rows(min_row=2):
        if key.value == "year":
            value.value = YEAR
    del book["Scores"]
    sheet = book.create_sheet("Stages")
    for row in STAGES:
        sheet.append(row)
    path = folder / "staged_edition.xlsx"
    book.save(path)
    return path


@pytest.fixture
def staged(db: Database, tmp_path: Path) -> Database:
    import_edition(db, staged_workbook(tmp_path))
    return db


def decide(db: Database, project: str, decision: Decision) -> Decision:
    return work.write(db, lambda s: screening.decide(s, YEAR, "eligibility", project, decision,
                                                     actor=ACTOR))


def row(db: Database, project: str) -> screening.ScreeningRow:
    return next(r for r in screening.screening_rows(db, YEAR, "eligibility")
                if r.project == project)


def test_a_decision_and_its_way_back(staged: Database) -> None:
    assert decide(staged, "P05", Decision(False, " Late ")) == Decision(None)
    assert (row(staged, "P05").eligible, row(staged, "P05").reason) == (False, "Late")
    before = decide(staged, "P05", Decision(True))
    assert before == Decision(False, "Late")
    assert decide(staged, "P05", before) == Decision(True, "")
    assert decide(staged, "P05", Decision(None)) == Decision(False, "Late")
    assert row(staged, "P05").eligible is None
    assert actions(staged)[-1] == ("screening.clear", "eligibility/P05")
    with pytest.raises(InputError, match="a reason is required"):
        decide(staged, "P05", Decision(False, "  "))


def test_promotion_blockers_promote_in_and_its_undo(staged: Database) -> None:
    blockers = stage_flow.promotion_blockers(staged, YEAR, "eligibility")
    assert len(blockers.undecided) == 28 and blockers.jurors == ()
    for number in range(1, 29):
        decide(staged, f"P{number:02d}", Decision(number != 5, "" if number != 5 else "Late"))
    assert stage_flow.promotion_blockers(staged, YEAR, "eligibility").undecided == ()
    done = work.write(staged, lambda s: stage_flow.promote_in(s, YEAR, "eligibility",
                                                              actor=ACTOR))
    assert done.next_stage == "round1" and sum(map(len, done.shortlist.values())) == 27
    # Nobody reads anything in round1 before its allocation: nobody is late.
    assert stage_flow.promotion_blockers(staged, YEAR, "round1").jurors == ()
    work.write(staged, lambda s: stage_flow.undo_promote_in(s, YEAR, "eligibility",
                                                            actor=ACTOR))
    assert [r.state for r in stage_flow.stage_rows(staged, YEAR)] == [
        "open", "pending", "pending"]


def test_an_allocation_restored_with_the_marks_it_cleared(staged: Database) -> None:
    for number in range(1, 29):
        decide(staged, f"P{number:02d}", Decision(True))
    stage_flow.promote(staged, YEAR, "eligibility", actor=ACTOR)
    first, before = work.write(staged, lambda s: assignment.reallocate(
        s, YEAR, stage="round1", seed=0, actor=ACTOR))
    assert before.pairs == () and before.per_project == 3 and len(first.pairs) == 28 * 3
    mine = [(j, p) for j, p in first.pairs if j == "J01"]

    def mark(session: work.Session) -> None:
        juror = session.scalar(select(Juror).where(Juror.code == "J01",
                                                   Juror.edition.has(year=YEAR)))
        for _j, code in mine:
            project = session.scalar(select(Project).where(Project.code == code,
                                                           Project.edition_id
                                                           == juror.edition_id))
            criterion = session.scalars(select(Criterion).where(
                Criterion.edition_id == juror.edition_id)).first()
            set_score(session, juror, project, criterion, 3, "seen", actor=ACTOR)

    work.write(staged, mark)
    with pytest.raises(InputError, match="already holds"):
        work.write(staged, lambda s: assignment.reallocate(s, YEAR, stage="round1",
                                                           per_project=1, actor=ACTOR))
    second, replaced = work.write(staged, lambda s: assignment.reallocate(
        s, YEAR, stage="round1", per_project=1, seed=3, force=True, actor=ACTOR))
    assert len(second.pairs) == 28 and set(replaced.pairs) == set(first.pairs)
    assert replaced.cleared and all(c.juror == "J01" for c in replaced.cleared)
    work.write(staged, lambda s: assignment.restore_allocation(
        s, YEAR, replaced.stage, replaced.pairs, replaced.per_project, actor=ACTOR,
        cleared=replaced.cleared))
    with staged.read() as s:
        assert set(assignment.allocation_of(s, YEAR, "round1").pairs) == set(first.pairs)
        stage = s.scalar(select(Stage).where(Stage.code == "round1"))
        assert stage is not None and stage.per_project == 3
        marks = s.scalars(select(Score).where(Score.stage_id == stage.id)).all()
        assert len(marks) == len(mine) and {m.comment for m in marks} == {"seen"}
    assert actions(staged)[-1] == ("stage.assign.restore", "round1")
