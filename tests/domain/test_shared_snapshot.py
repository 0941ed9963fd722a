"""The scoring snapshot shared by the results and deliberation pages: reused while
nothing changed, read again after any committed change, and never kept alive alone."""

from __future__ import annotations

import gc

from sqlalchemy import select

from yansenne.domain import results as R
from yansenne.domain import shared_snapshot as shared
from yansenne.domain.deliberation_state import load_state
from yansenne.domain.marks import set_score
from yansenne.store.database import Database
from yansenne.store.models import Criterion, Juror, Project

YEAR = 2026


def mark_of(snapshot: object, juror: str, project: str, criterion: str) -> float | None:
    return snapshot.scores.get((juror, project, criterion))  # type: ignore[attr-defined]


def change_mark(db: Database, value: float) -> None:
    with db.write() as s:
        juror = s.scalars(select(Juror).where(Juror.code == "J1")).one()
        project = s.scalars(select(Project).where(Project.code == "P01")).one()
        criterion = s.scalars(select(Criterion).where(
            Criterion.code == "relevance")).first()
        set_score(s, juror, project, criterion, value, actor="secretariat")


def test_unchanged_database_shares_one_snapshot(small_db: Database) -> None:
    first = R.load_edition(small_db, YEAR)
    again = R.load_edition(small_db, YEAR)
    assert again.snapshot is first.snapshot
    with small_db.read() as s:
        from yansenne.domain.deliberation import find_edition, last_scoring_stage
        edition = find_edition(s, YEAR)
        stage = last_scoring_stage(s, edition.id)
        assert shared.shared_snapshot(s, edition, stage) is first.snapshot
    state = load_state(small_db, YEAR)  # ranks the shared snapshot: the same proposal
    assert state.proposal.order


def test_a_change_is_never_hidden_by_the_cache(small_db: Database) -> None:
    before = R.load_edition(small_db, YEAR)
    old = mark_of(before.snapshot, "J1", "P01", "relevance")
    new = 1.0 if old != 1.0 else 2.0
    change_mark(small_db, new)
    after = R.load_edition(small_db, YEAR)
    assert after.snapshot is not before.snapshot
    assert mark_of(after.snapshot, "J1", "P01", "relevance") == new
    assert mark_of(before.snapshot, "J1", "P01", "relevance") == old  # frozen as read


def test_deliberation_after_a_change_ranks_the_new_marks(small_db: Database) -> None:
    held = R.load_edition(small_db, YEAR)  # the results page holds the old snapshot
    order = load_state(small_db, YEAR).proposal.order
    top = order[0]
    with small_db.write() as s:  # the leader's marks all to the minimum: it drops
        project = s.scalars(select(Project).where(Project.code == top)).one()
        for juror in s.scalars(select(Juror).where(Juror.role != "observer")):
            for criterion in s.scalars(select(Criterion)):
                try:
                    set_score(s, juror, project, criterion, criterion.min_value,
                              actor="secretariat")
                except ValueError:
                    pass  # not on this project's grid, or a conflict
    assert load_state(small_db, YEAR).proposal.order[0] != top
    assert held.snapshot is not R.load_edition(small_db, YEAR).snapshot


def test_nothing_is_kept_alive_by_the_cache(small_db: Database) -> None:
    shared.clear()
    R.load_edition(small_db, YEAR)
    gc.collect()
    assert len(shared._snapshots) == 0  # noqa: SLF001 (what the test is about)
