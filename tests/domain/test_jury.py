"""The jury's edits on the small edition (jurors, assignments, conflicts): checked, audited,
and exactly undoable."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.domain.helpers import actions, count, scores_of
from yansenne.domain import jury, records
from yansenne.domain.editions import InvalidRecord
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Conflict, Juror, Score

YEAR = 2026


# ---------------------------------------------------------------- jurors


def test_jurors_are_added_with_every_category_and_checked(small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        jury.add_juror(s, YEAR, {"code": "J1", "name": "", "email": "x"}, actor="desk")
    assert set(refused.value.fields) == {"code", "name", "email"}
    with small_db.write() as s:
        jury.add_juror(s, YEAR, {"code": "J4", "name": "Eva Peeters", "role": "member",
                                 "language": "nl"}, actor="desk")
    with small_db.read() as s:
        juror = s.scalars(select(Juror).where(Juror.code == "J4")).one()
        assert jury.assigned_categories(juror) == ["citizens", "police"]
        assert juror.position == 4


def test_a_juror_with_scores_cannot_become_an_observer(small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        jury.update_juror(s, YEAR, "J1", {"role": "observer"}, actor="desk")
    assert "has 24 scores" in refused.value.fields["role"]
    with small_db.write() as s:
        assert jury.update_juror(s, YEAR, "OB", {"role": "member", "name": "Olivier O."},
                                 actor="desk") == {"role": "observer",
                                                   "name": "Olivier Observateur"}


def test_assignments_never_drop_a_category_the_juror_has_scored(small_db: Database) -> None:
    with pytest.raises(InputError, match="has 12 scores in category police"), \
            small_db.write() as s:
        jury.set_assignments(s, YEAR, "J1", ["citizens"], actor="desk")
    with small_db.write() as s:
        assert jury.set_assignments(s, YEAR, "OB", ["police"], actor="desk") == [
            "citizens", "police"]
    with small_db.read() as s:
        observer = s.scalars(select(Juror).where(Juror.code == "OB")).one()
        assert jury.assigned_categories(observer) == ["police"]


def test_delete_and_restore_a_juror(small_db: Database) -> None:
    with small_db.write() as s:
        removed = jury.delete_juror(s, YEAR, "J2", actor="desk")
    assert removed.conflicts == (("P01", "Partner"),) and len(removed.scores) == 20
    assert count(small_db, Score) == 48
    with small_db.write() as s:
        jury.restore_juror(s, YEAR, removed, actor="desk")
    assert count(small_db, Score) == 68 and count(small_db, Conflict) == 1
    with small_db.read() as s:
        juror = s.scalars(select(Juror).where(Juror.code == "J2")).one()
        assert juror.position == 1 and jury.assigned_categories(juror) == [
            "citizens", "police"]


# ---------------------------------------------------------------- conflicts


def test_declaring_over_a_scored_pair_clears_its_scores_first(small_db: Database) -> None:
    assert len([s for s in scores_of(small_db, "P02") if s[0] == "J3"]) == 4
    with small_db.write() as s:
        cleared = jury.declare_conflict(s, YEAR, "J3", "P02", " Former employer ",
                                        actor="desk")
    assert [(c.juror, c.project) for c in cleared] == [("J3", "P02")] * 4
    assert [s for s in scores_of(small_db, "P02") if s[0] == "J3"] == []
    log = actions(small_db)
    assert [a for a, _ in log[-5:]] == ["score.clear"] * 4 + ["conflict.declare"]
    assert log[-1][1] == "J3/P02"
    with small_db.read() as s:
        assert s.scalars(select(Conflict.reason).join(Juror).where(Juror.code == "J3")).one() \
            == "Former employer"
    with small_db.write() as s:  # undo: withdraw, then the marks come back
        assert jury.withdraw_conflict(s, YEAR, "J3", "P02", actor="desk") == \
            "Former employer"
        records.restore_scores(s, YEAR, cleared, actor="desk")
    assert len([s for s in scores_of(small_db, "P02") if s[0] == "J3"]) == 4


def test_a_conflict_is_declared_once(small_db: Database) -> None:
    with pytest.raises(InputError, match="already in conflict"), small_db.write() as s:
        jury.declare_conflict(s, YEAR, "J2", "P01", actor="desk")
    with pytest.raises(InputError, match="not in conflict"), small_db.write() as s:
        jury.withdraw_conflict(s, YEAR, "J1", "P01", actor="desk")


# ---------------------------------------------------------------- the audit


def test_every_edit_is_audited_with_its_details(small_db: Database) -> None:
    with small_db.write() as s:
        jury.update_juror(s, YEAR, "J3", {"institution": "VUB"}, actor="anne")
    with small_db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (entry.action, entry.actor, entry.edition_year) == ("juror.update", "anne", YEAR)
        assert json.loads(entry.details) == {"changes": {"institution": ["ULB", "VUB"]}}
