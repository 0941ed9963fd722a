"""The registry's edits on the small edition: checked, audited, and exactly undoable."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from yansenne.domain import registry
from yansenne.domain.editions import InvalidRecord
from yansenne.domain.lookup import find_edition
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Conflict, Criterion, Juror, Project, Score

YEAR = 2026
NEW = {"code": "P07", "category": "police", "title_fr": "Nouveau projet", "title_nl": "",
       "organisation": "Zone de police Midi", "lead_actor": "police",
       "partner_actors": ["regional", "citizens"], "municipality": "21001",
       "contact_name": "Anne Martin", "contact_email": "anne@police.example",
       "budget_eur": "12 500,50"}


def actions(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEntry.action, AuditEntry.entity_key).order_by(AuditEntry.id))]


def count(db: Database, model: type, *where: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def scores_of(db: Database, project: str) -> list[tuple[str, str, float, int]]:
    with db.read() as s:
        return sorted((sc.juror.code, sc.criterion.code, sc.value, sc.revision)
                      for sc in s.scalars(select(Score).join(Project).where(Project.code
                                                                              == project)))


# ---------------------------------------------------------------- projects


def test_a_project_with_a_bad_email_is_refused_then_a_good_one_is_added(
        small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        registry.add_project(s, YEAR, {**NEW, "contact_email": "anne@police"}, actor="desk")
    assert refused.value.fields == {"contact_email": "\"anne@police\" is not an e-mail address"}
    assert count(small_db, Project) == 6
    with small_db.write() as s:
        registry.add_project(s, YEAR, NEW, actor="desk")
    with small_db.read() as s:
        project = s.scalars(select(Project).where(Project.code == "P07")).one()
        assert project.partner_actors == "citizens;regional"  # canonical order
        assert project.budget_eur == 12500.5 and project.category.code == "police"
        assert project.title_nl == "" and project.summary_fr == ""
    assert actions(small_db)[-1] == ("project.add", "P07")


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"code": "p01"}, "code", "the code p01 is already used"),
    ({"code": "P 7"}, "code", "is not a valid code"),
    ({"title_fr": ""}, "title_fr", "a value is required"),
    ({"budget_eur": "-1"}, "budget_eur", "must be at least 0"),
    ({"budget_eur": "lots"}, "budget_eur", "is not a number"),
    ({"municipality": "21020"}, "municipality", "19 municipalities"),
    ({"lead_actor": "minister"}, "lead_actor", "is not one of"),
    ({"partner_actors": "police;press"}, "partner_actors", "\"press\" is not one of"),
    ({"category": "sports"}, "category", "unknown category"),
])
def test_project_problems_name_the_field(changes: dict, field: str, message: str) -> None:
    record = registry.normal_project({**NEW, **changes})
    problems = registry.project_problems(record, taken_codes=["P01", "P02"],
                                         categories=["citizens", "police"])
    assert list(problems) == [field] and message in problems[field]


def test_update_renames_and_returns_what_undoes_it(small_db: Database) -> None:
    with small_db.write() as s:
        before = registry.update_project(s, YEAR, "P03", {"code": "P03b", "municipality": None,
                                                          "budget_eur": ""}, actor="desk")
    assert before == {"code": "P03", "municipality": "region", "budget_eur": 15000.0}
    with small_db.read() as s:
        project = s.scalars(select(Project).where(Project.code == "P03b")).one()
        assert project.municipality is None and project.budget_eur is None
    ((_, key),) = [a for a in actions(small_db) if a[0] == "project.update"]
    assert key == "P03b"
    with small_db.write() as s:
        registry.update_project(s, YEAR, "P03b", before, actor="desk")
    assert count(small_db, Project, Project.code == "P03", Project.municipality == "region") == 1


def test_a_category_change_keeping_category_marks_is_refused(small_db: Database) -> None:
    with small_db.write() as s:
        edition = find_edition(s, YEAR)
        edition.criteria[0].category_id = edition.categories[0].id  # relevance: citizens only
    with pytest.raises(InputError, match="its category cannot change"), small_db.write() as s:
        registry.update_project(s, YEAR, "P01", {"category": "police"}, actor="desk")


def test_delete_and_restore_a_project_with_its_conflict_and_scores(small_db: Database) -> None:
    scores = scores_of(small_db, "P01")
    assert len(scores) == 8
    with small_db.write() as s:
        removed = registry.delete_project(s, YEAR, "P01", actor="desk")
    assert removed.conflicts == (("J2", "Partner"),) and len(removed.scores) == 8
    assert count(small_db, Project) == 5 and count(small_db, Conflict) == 0
    assert [a for a, _ in actions(small_db)].count("score.clear") == 8
    with small_db.write() as s:
        registry.restore_project(s, YEAR, removed, actor="desk")
    assert [(j, c, v) for j, c, v, _ in scores_of(small_db, "P01")] == [
        (j, c, v) for j, c, v, _ in scores]
    assert count(small_db, Conflict) == 1
    assert actions(small_db)[-9][0] == "conflict.declare"


# ---------------------------------------------------------------- jurors


def test_jurors_are_added_with_every_category_and_checked(small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        registry.add_juror(s, YEAR, {"code": "J1", "name": "", "email": "x"}, actor="desk")
    assert set(refused.value.fields) == {"code", "name", "email"}
    with small_db.write() as s:
        registry.add_juror(s, YEAR, {"code": "J4", "name": "Eva Peeters", "role": "member",
                                     "language": "nl"}, actor="desk")
    with small_db.read() as s:
        juror = s.scalars(select(Juror).where(Juror.code == "J4")).one()
        assert registry.assigned_categories(juror) == ["citizens", "police"]
        assert juror.position == 4


def test_a_juror_with_scores_cannot_become_an_observer(small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        registry.update_juror(s, YEAR, "J1", {"role": "observer"}, actor="desk")
    assert "has 24 scores" in refused.value.fields["role"]
    with small_db.write() as s:
        assert registry.update_juror(s, YEAR, "OB", {"role": "member", "name": "Olivier O."},
                                     actor="desk") == {"role": "observer",
                                                       "name": "Olivier Observateur"}


def test_assignments_never_drop_a_category_the_juror_has_scored(small_db: Database) -> None:
    with pytest.raises(InputError, match="has 12 scores in category police"), \
            small_db.write() as s:
        registry.set_assignments(s, YEAR, "J1", ["citizens"], actor="desk")
    with small_db.write() as s:
        assert registry.set_assignments(s, YEAR, "OB", ["police"], actor="desk") == [
            "citizens", "police"]
    with small_db.read() as s:
        observer = s.scalars(select(Juror).where(Juror.code == "OB")).one()
        assert registry.assigned_categories(observer) == ["police"]


def test_delete_and_restore_a_juror(small_db: Database) -> None:
    with small_db.write() as s:
        removed = registry.delete_juror(s, YEAR, "J2", actor="desk")
    assert removed.conflicts == (("P01", "Partner"),) and len(removed.scores) == 20
    assert count(small_db, Score) == 48
    with small_db.write() as s:
        registry.restore_juror(s, YEAR, removed, actor="desk")
    assert count(small_db, Score) == 68 and count(small_db, Conflict) == 1
    with small_db.read() as s:
        juror = s.scalars(select(Juror).where(Juror.code == "J2")).one()
        assert juror.position == 1 and registry.assigned_categories(juror) == [
            "citizens", "police"]


# ---------------------------------------------------------------- conflicts


def test_declaring_over_a_scored_pair_clears_its_scores_first(small_db: Database) -> None:
    assert len([s for s in scores_of(small_db, "P02") if s[0] == "J3"]) == 4
    with small_db.write() as s:
        cleared = registry.declare_conflict(s, YEAR, "J3", "P02", " Former employer ",
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
        assert registry.withdraw_conflict(s, YEAR, "J3", "P02", actor="desk") == \
            "Former employer"
        registry.restore_scores(s, YEAR, cleared, actor="desk")
    assert len([s for s in scores_of(small_db, "P02") if s[0] == "J3"]) == 4


def test_a_conflict_is_declared_once(small_db: Database) -> None:
    with pytest.raises(InputError, match="already in conflict"), small_db.write() as s:
        registry.declare_conflict(s, YEAR, "J2", "P01", actor="desk")
    with pytest.raises(InputError, match="not in conflict"), small_db.write() as s:
        registry.withdraw_conflict(s, YEAR, "J1", "P01", actor="desk")


# ---------------------------------------------------------------- the grid


def test_scores_freeze_the_grid_until_it_is_deliberately_unfrozen(small_db: Database) -> None:
    key = (None, "innovation")
    with small_db.read() as s:
        edition = find_edition(s, YEAR)
        assert not edition.grid_frozen and registry.grid_frozen(s, edition)  # computed
    with pytest.raises(InputError, match="frozen"), small_db.write() as s:
        registry.update_criterion(s, YEAR, key, {"weight": 3}, actor="desk")
    with small_db.write() as s:
        assert registry.freeze_if_scored(s, find_edition(s, YEAR), actor="desk")
    with small_db.write() as s:
        registry.unfreeze_grid(s, YEAR, actor="desk")
    with small_db.write() as s:
        assert registry.update_criterion(s, YEAR, key, {"weight": "3"}, actor="desk") == {
            "weight": 2.0}
        assert not registry.freeze_if_scored(s, find_edition(s, YEAR), actor="desk")
    assert [a for a, _ in actions(small_db)][-3:] == ["grid.freeze", "grid.unfreeze",
                                                      "criterion.update"]
    with small_db.write() as s:
        registry.freeze_grid(s, YEAR, actor="desk")
    with pytest.raises(InputError, match="frozen"), small_db.write() as s:
        registry.delete_criterion(s, YEAR, key, actor="desk")


def test_criteria_are_checked_added_moved_and_deleted(db: Database) -> None:
    from yansenne.domain.editions import create_from_template

    with db.write() as s:
        create_from_template(s, 2027, actor="desk")
    with pytest.raises(InvalidRecord) as refused, db.write() as s:
        registry.add_criterion(s, 2027, {"code": "relevance", "category": "police",
                                         "name_fr": "", "min_value": 0, "max_value": 10,
                                         "step": 3}, actor="desk")
    assert refused.value.fields.keys() == {"code", "name_fr", "step"}
    with db.write() as s:
        key = registry.add_criterion(s, 2027, {"code": "impact", "category": "police",
                                               "name_fr": "Impact", "weight": 2}, actor="desk")
        assert key == ("police", "impact")
        assert not registry.move_criterion(s, 2027, key, -1, actor="desk")  # alone in group
        assert registry.move_criterion(s, 2027, (None, "methodology"), -1, actor="desk")
    with db.read() as s:
        assert [c.code for c in find_edition(s, 2027).criteria] == [
            "relevance", "collaboration", "methodology", "innovation", "impact"]
    with db.write() as s:
        removed = registry.delete_criterion(s, 2027, key, actor="desk")
    with db.write() as s:
        registry.restore_criterion(s, 2027, removed, actor="desk")
    with db.read() as s:
        impact = s.scalars(select(Criterion).where(Criterion.code == "impact")).one()
        assert (impact.category.code, impact.weight, impact.position) == ("police", 2.0, 4)


def test_a_scale_change_that_strands_marks_is_refused(small_db: Database) -> None:
    with small_db.write() as s:
        registry.unfreeze_grid(s, YEAR, actor="desk")
    with pytest.raises(InputError, match="would no longer fit"), small_db.write() as s:
        registry.update_criterion(s, YEAR, (None, "relevance"), {"max_value": 5}, actor="desk")
    with pytest.raises(InputError, match="has 17 scores"), small_db.write() as s:
        registry.delete_criterion(s, YEAR, (None, "relevance"), actor="desk")


def test_categories_are_added_for_jurors_of_every_category_and_restored(
        small_db: Database) -> None:
    with small_db.write() as s:
        registry.set_assignments(s, YEAR, "OB", ["citizens"], actor="desk")
    with small_db.write() as s:
        registry.add_category(s, YEAR, {"code": "youth", "name_fr": "Jeunesse"}, actor="desk")
    with small_db.read() as s:
        assigned = {j.code: registry.assigned_categories(j) for j in find_edition(s, YEAR).jurors}
    assert assigned["J1"] == ["citizens", "police", "youth"] and assigned["OB"] == ["citizens"]
    with pytest.raises(InputError, match="holds 3 projects"), small_db.write() as s:
        registry.delete_category(s, YEAR, "police", actor="desk")
    with small_db.write() as s:
        registry.unfreeze_grid(s, YEAR, actor="desk")
        registry.add_criterion(s, YEAR, {"code": "reach", "category": "youth",
                                         "name_fr": "Portée"}, actor="desk")
    with small_db.write() as s:
        removed = registry.delete_category(s, YEAR, "youth", actor="desk")
    assert count(small_db, Criterion) == 4
    with small_db.write() as s:
        registry.restore_category(s, YEAR, removed, actor="desk")
    with small_db.read() as s:
        edition = find_edition(s, YEAR)
        assert [c.code for c in edition.categories] == ["citizens", "police", "youth"]
        assert [c.code for c in edition.criteria][-1] == "reach"
        assert registry.assigned_categories(edition.jurors[0])[-1] == "youth"


def test_every_edit_is_audited_with_its_details(small_db: Database) -> None:
    with small_db.write() as s:
        registry.update_juror(s, YEAR, "J3", {"institution": "VUB"}, actor="anne")
    with small_db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (entry.action, entry.actor, entry.edition_year) == ("juror.update", "anne", YEAR)
        assert json.loads(entry.details) == {"changes": {"institution": ["ULB", "VUB"]}}
