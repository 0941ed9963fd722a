"""The candidate registry's edits on the small edition: checked, audited, and exactly undoable."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.domain.helpers import actions, count, scores_of
from yansenne.domain import projects
from yansenne.domain.editions import InvalidRecord
from yansenne.domain.lookup import find_edition
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import Conflict, Project

YEAR = 2026
NEW = {"code": "P07", "category": "police", "title_fr": "Nouveau projet", "title_nl": "",
       "organisation": "Zone de police Midi", "lead_actor": "police",
       "partner_actors": ["regional", "citizens"], "municipality": "21001",
       "contact_name": "Anne Martin", "contact_email": "anne@police.example",
       "budget_eur": "12 500,50"}


# ---------------------------------------------------------------- projects


def test_a_project_with_a_bad_email_is_refused_then_a_good_one_is_added(
        small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        projects.add_project(s, YEAR, {**NEW, "contact_email": "anne@police"}, actor="desk")
    assert refused.value.fields == {"contact_email": "\"anne@police\" is not an e-mail address"}
    assert count(small_db, Project) == 6
    with small_db.write() as s:
        projects.add_project(s, YEAR, NEW, actor="desk")
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
    ({"language": "de"}, "language", "\"de\" is not one of: fr, nl, en"),
])
def test_project_problems_name_the_field(changes: dict, field: str, message: str) -> None:
    record = projects.normal_project({**NEW, **changes})
    problems = projects.project_problems(record, taken_codes=["P01", "P02"],
                                         categories=["citizens", "police"])
    assert list(problems) == [field] and message in problems[field]


def test_update_renames_and_returns_what_undoes_it(small_db: Database) -> None:
    with small_db.write() as s:
        before = projects.update_project(s, YEAR, "P03", {"code": "P03b", "municipality": None,
                                                          "budget_eur": ""}, actor="desk")
    assert before == {"code": "P03", "municipality": "region", "budget_eur": 15000.0}
    with small_db.read() as s:
        project = s.scalars(select(Project).where(Project.code == "P03b")).one()
        assert project.municipality is None and project.budget_eur is None
    ((_, key),) = [a for a in actions(small_db) if a[0] == "project.update"]
    assert key == "P03b"
    with small_db.write() as s:
        projects.update_project(s, YEAR, "P03b", before, actor="desk")
    assert count(small_db, Project, Project.code == "P03", Project.municipality == "region") == 1


def test_a_category_change_keeping_category_marks_is_refused(small_db: Database) -> None:
    with small_db.write() as s:
        edition = find_edition(s, YEAR)
        edition.criteria[0].category_id = edition.categories[0].id  # relevance: citizens only
    with pytest.raises(InputError, match="its category cannot change"), small_db.write() as s:
        projects.update_project(s, YEAR, "P01", {"category": "police"}, actor="desk")


def test_delete_and_restore_a_project_with_its_conflict_and_scores(small_db: Database) -> None:
    scores = scores_of(small_db, "P01")
    assert len(scores) == 8
    with small_db.write() as s:
        removed = projects.delete_project(s, YEAR, "P01", actor="desk")
    assert removed.conflicts == (("J2", "Partner"),) and len(removed.scores) == 8
    assert count(small_db, Project) == 5 and count(small_db, Conflict) == 0
    assert [a for a, _ in actions(small_db)].count("score.clear") == 8
    with small_db.write() as s:
        projects.restore_project(s, YEAR, removed, actor="desk")
    assert [(j, c, v) for j, c, v, _ in scores_of(small_db, "P01")] == [
        (j, c, v) for j, c, v, _ in scores]
    assert count(small_db, Conflict) == 1
    assert actions(small_db)[-9][0] == "conflict.declare"


@pytest.mark.parametrize(("written", "stored"), [
    ("21015", "21015"), ("Schaerbeek", "21015"), ("schaarbeek", "21015"),
    ("Saint-Josse-ten-Noode", "21014"), ("Toute la Région", "region"),
    ("Hele Gewest", "region"), ("region", "region"), ("", None),
])
def test_municipalities_are_accepted_as_the_sheets_accept_them(written: str,
                                                               stored: str | None) -> None:
    """One rule for the desk's registry and the spreadsheet readers (domain/places.py): the
    registry used to refuse a name while its own message promised names were accepted."""
    record = projects.normal_project({**NEW, "municipality": written})
    assert projects.project_problems(record, taken_codes=[], categories=["police"]) == {}
    assert record["municipality"] == stored


def test_the_registry_reads_names_and_amounts_as_the_sheets_do(small_db: Database) -> None:
    """The desk's dialog and the registry use the spreadsheet's readers: a category or an
    actor by its name or its beginning, an amount as Belgian Excel writes it."""
    record = {**NEW, "category": "Police services", "lead_actor": "Services de police",
              "partner_actors": "Citoyens;Gewestelijke", "budget_eur": "7.450,00"}
    with small_db.write() as s:
        projects.add_project(s, YEAR, record, actor="desk")
    with small_db.read() as s:
        project = s.scalars(select(Project).where(Project.code == "P07")).one()
        assert (project.category.code, project.lead_actor, project.partner_actors,
                project.budget_eur) == ("police", "police", "citizens;regional", 7450.0)
    with small_db.write() as s:
        projects.update_project(s, YEAR, "P07", {"budget_eur": "12\u00a0500 €"}, actor="desk")
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        projects.update_project(s, YEAR, "P07", {"budget_eur": "7.450"}, actor="desk")
    assert refused.value.fields == {
        "budget_eur": '"7.450" is ambiguous: write it as "7450" or as "7,450"'}
    assert projects.normal_project({"budget_eur": "3 200"}) == {"budget_eur": 3200.0}


def test_a_project_without_lead_actor_in_its_candidates_language(small_db: Database) -> None:
    """The lead actor is optional (edition-workbook.md) and is not guessed; the language
    is read in any case and defaults to French."""
    with small_db.write() as s:
        projects.add_project(s, YEAR, {**NEW, "lead_actor": "", "language": " NL "},
                             actor="desk")
        projects.add_project(s, YEAR, {**NEW, "code": "P08", "lead_actor": None,
                                       "language": None}, actor="desk")
    with small_db.read() as s:
        found = {p.code: (p.lead_actor, p.language) for p in s.scalars(
            select(Project).where(Project.code.in_(["P07", "P08"])))}
    assert found == {"P07": (None, "nl"), "P08": (None, "fr")}
    with small_db.write() as s:
        before = projects.update_project(s, YEAR, "P07", {"lead_actor": "Services de police",
                                                          "language": "en"}, actor="desk")
    assert before == {"lead_actor": None, "language": "nl"}
