"""The grid's edits on the small edition (categories, criteria, the freeze): checked,
audited, and exactly undoable."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.domain.helpers import actions, count
from yansenne.domain import grid, jury
from yansenne.domain.editions import InvalidRecord
from yansenne.domain.lookup import find_edition
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import Criterion

YEAR = 2026


# ---------------------------------------------------------------- the grid


def test_scores_freeze_the_grid_until_it_is_deliberately_unfrozen(small_db: Database) -> None:
    key = (None, "innovation")
    with small_db.read() as s:
        edition = find_edition(s, YEAR)
        assert not edition.grid_frozen and grid.grid_frozen(s, edition)  # computed
    with pytest.raises(InputError, match="frozen"), small_db.write() as s:
        grid.update_criterion(s, YEAR, key, {"weight": 3}, actor="desk")
    with small_db.write() as s:
        assert grid.freeze_if_scored(s, find_edition(s, YEAR), actor="desk")
    with small_db.write() as s:
        grid.unfreeze_grid(s, YEAR, actor="desk")
    with small_db.write() as s:
        assert grid.update_criterion(s, YEAR, key, {"weight": "3"}, actor="desk") == {
            "weight": 2.0}
        assert not grid.freeze_if_scored(s, find_edition(s, YEAR), actor="desk")
    assert [a for a, _ in actions(small_db)][-3:] == ["grid.freeze", "grid.unfreeze",
                                                      "criterion.update"]
    with small_db.write() as s:
        grid.freeze_grid(s, YEAR, actor="desk")
    with pytest.raises(InputError, match="frozen"), small_db.write() as s:
        grid.delete_criterion(s, YEAR, key, actor="desk")


def test_criteria_are_checked_added_moved_and_deleted(db: Database) -> None:
    from yansenne.domain.editions import create_from_template

    with db.write() as s:
        create_from_template(s, 2027, actor="desk")
    with pytest.raises(InvalidRecord) as refused, db.write() as s:
        grid.add_criterion(s, 2027, {"code": "relevance", "category": "police",
                                     "name_fr": "", "min_value": 0, "max_value": 10,
                                     "step": 3}, actor="desk")
    assert refused.value.fields.keys() == {"code", "name_fr", "step"}
    with db.write() as s:
        key = grid.add_criterion(s, 2027, {"code": "impact", "category": "police",
                                           "name_fr": "Impact", "weight": 2}, actor="desk")
        assert key == ("police", "impact")
        assert not grid.move_criterion(s, 2027, key, -1, actor="desk")  # alone in group
        assert grid.move_criterion(s, 2027, (None, "methodology"), -1, actor="desk")
    with db.read() as s:
        assert [c.code for c in find_edition(s, 2027).criteria] == [
            "relevance", "collaboration", "methodology", "innovation", "impact"]
    with db.write() as s:
        removed = grid.delete_criterion(s, 2027, key, actor="desk")
    with db.write() as s:
        grid.restore_criterion(s, 2027, removed, actor="desk")
    with db.read() as s:
        impact = s.scalars(select(Criterion).where(Criterion.code == "impact")).one()
        assert (impact.category.code, impact.weight, impact.position) == ("police", 2.0, 4)


def test_a_scale_change_that_strands_marks_is_refused(small_db: Database) -> None:
    with small_db.write() as s:
        grid.unfreeze_grid(s, YEAR, actor="desk")
    with pytest.raises(InputError, match="would no longer fit"), small_db.write() as s:
        grid.update_criterion(s, YEAR, (None, "relevance"), {"max_value": 5}, actor="desk")
    with pytest.raises(InputError, match="has 17 scores"), small_db.write() as s:
        grid.delete_criterion(s, YEAR, (None, "relevance"), actor="desk")


def test_categories_are_added_for_jurors_of_every_category_and_restored(
        small_db: Database) -> None:
    with small_db.write() as s:
        jury.set_assignments(s, YEAR, "OB", ["citizens"], actor="desk")
    with small_db.write() as s:
        grid.add_category(s, YEAR, {"code": "youth", "name_fr": "Jeunesse"}, actor="desk")
    with small_db.read() as s:
        assigned = {j.code: jury.assigned_categories(j) for j in find_edition(s, YEAR).jurors}
    assert assigned["J1"] == ["citizens", "police", "youth"] and assigned["OB"] == ["citizens"]
    with pytest.raises(InputError, match="holds 3 projects"), small_db.write() as s:
        grid.delete_category(s, YEAR, "police", actor="desk")
    with small_db.write() as s:
        grid.unfreeze_grid(s, YEAR, actor="desk")
        grid.add_criterion(s, YEAR, {"code": "reach", "category": "youth",
                                     "name_fr": "Portée"}, actor="desk")
    with small_db.write() as s:
        removed = grid.delete_category(s, YEAR, "youth", actor="desk")
    assert count(small_db, Criterion) == 4
    with small_db.write() as s:
        grid.restore_category(s, YEAR, removed, actor="desk")
    with small_db.read() as s:
        edition = find_edition(s, YEAR)
        assert [c.code for c in edition.categories] == ["citizens", "police", "youth"]
        assert [c.code for c in edition.criteria][-1] == "reach"
        assert jury.assigned_categories(edition.jurors[0])[-1] == "youth"
