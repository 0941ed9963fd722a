"""Creating editions from the template or a copy, and editing their settings."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from yansenne.domain import edition_rules, editions, lookup
from yansenne.domain.editions import InvalidRecord
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Edition


def audit_of(db: Database, action: str) -> list[tuple[int | None, dict]]:
    """(edition year, details) of each audit entry of `action`."""
    with db.read() as s:
        rows = s.execute(select(AuditEntry.edition_year, AuditEntry.details)
                         .where(AuditEntry.action == action).order_by(AuditEntry.id))
        return [(year, json.loads(details or "{}")) for year, details in rows]


def test_template_has_five_categories_four_shared_criteria_and_three_prizes(
        db: Database) -> None:
    with db.write() as s:
        editions.create_from_template(s, 2027, quorum=4, actor="desk")
    with db.read() as s:
        edition = lookup.find_edition(s, 2027)
        assert [c.code for c in edition.categories] == [
            "citizens", "associations", "municipal", "police", "regional"]
        assert edition.categories[2].name_nl == "Gemeentediensten voor preventie en jongeren"
        assert [(c.code, c.category_id, c.weight, c.max_value, c.step) for c in edition.criteria] \
            == [(code, None, 1.0, 10.0, 0.5)
                for code in ("relevance", "collaboration", "innovation", "methodology")]
        assert edition.prizes == [6000.0, 4000.0, 2000.0]
        assert edition.quorum == 4
        assert edition.name_fr == "Prix David Yansenne 2027"
        assert edition.name_nl == "David Yansenne-prijs 2027"
    ((year, details),) = audit_of(db, "edition.create")
    assert year == 2027 and details["source"] == "template"


def test_a_year_already_used_is_refused_and_nothing_is_written(small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        editions.create_from_template(s, 2026, actor="desk")
    assert refused.value.fields == {"year": "edition 2026 already exists"}
    with pytest.raises(InvalidRecord), small_db.write() as s:
        editions.create_from_template(s, 12, actor="desk")
    with small_db.read() as s:
        assert s.scalars(select(Edition.year)).all() == [2026]
    assert audit_of(small_db, "edition.create") == []


def test_copy_takes_the_grid_the_jury_and_the_rules_but_no_projects(small_db: Database) -> None:
    with small_db.write() as s:
        source = lookup.find_edition(s, 2026)
        source.tie_break = ["criterion:innovation", "median"]
        source.quorum = 2
        source.value_mapping = {"category": {"prevention jeunesse": "citizens"}}
        observer = source.jurors[3]
        observer.assignments.pop()  # the observer sits on the first category only
    with small_db.write() as s:
        editions.create_by_copy(s, 2026, 2027, names={"name_en": "Yansenne 2027"}, actor="desk")
    with small_db.read() as s:
        copy = lookup.find_edition(s, 2027)
        assert [c.code for c in copy.categories] == ["citizens", "police"]
        assert [c.code for c in copy.criteria] == ["relevance", "collaboration", "innovation",
                                                   "methodology"]
        assert copy.criteria[2].weight == 2.0
        assert copy.criteria[0].descriptor_nl == "Relevantie: 0 zwak, 10 uitstekend"
        assert [(j.code, j.role, j.institution) for j in copy.jurors] == [
            ("J1", "president", "Cabinet"), ("J2", "member", "safe.brussels"),
            ("J3", "member", "ULB"), ("OB", "observer", "Brusafe")]
        assert [a.category.code for a in copy.jurors[3].assignments] == ["citizens"]
        assert copy.projects == [] and copy.tie_break == ["criterion:innovation", "median"]
        assert copy.quorum == 2 and copy.name_en == "Yansenne 2027"
        assert copy.value_mapping == {"category": {"prevention jeunesse": "citizens"}}
        assert copy.name_fr == "Prix David Yansenne 2027"
        assert all(j.secret is None for j in copy.jurors)


def test_update_checks_every_field_then_writes_and_audits(small_db: Database) -> None:
    with pytest.raises(InvalidRecord) as refused, small_db.write() as s:
        editions.update_edition(s, 2026, {"name_fr": " ", "quorum": 0, "prizes": "6000;x",
                                          "tie_break": "criterion:nothing"}, actor="desk")
    assert set(refused.value.fields) == {"name_fr", "quorum", "prizes", "tie_break"}
    assert "not a tie-break rule" in refused.value.fields["tie_break"]
    with small_db.write() as s:
        before = editions.update_edition(s, 2026, {
            "name_fr": "Prix 2026 ", "ceremony_date": dt.date(2027, 3, 1), "method": "median",
            "prizes": "5000; 2500,5", "tie_break": "criterion:innovation; median",
            "foreword_nl": "Woord vooraf."}, actor="desk")
    assert before["name_fr"] == "Prix David Yansenne 2026"
    assert before["ceremony_date"] == dt.date(2027, 2, 12)
    with small_db.read() as s:
        edition = lookup.find_edition(s, 2026)
        assert (edition.name_fr, edition.method, edition.prizes, edition.tie_break) == (
            "Prix 2026", "median", [5000.0, 2500.5], ["criterion:innovation", "median"])
    ((_, details),) = audit_of(small_db, "edition.update")
    changes = details["changes"]
    assert changes["method"] == ["mean", "median"]
    with small_db.write() as s:  # undoing is updating back
        editions.update_edition(s, 2026, before, actor="desk")
    with small_db.read() as s:
        assert lookup.find_edition(s, 2026).name_fr == "Prix David Yansenne 2026"


def test_delete_undoes_a_creation_but_never_an_edition_with_scores(small_db: Database) -> None:
    with small_db.write() as s:
        editions.create_from_template(s, 2030, actor="desk")
    with small_db.write() as s:
        editions.delete_edition(s, 2030, actor="desk")
    with pytest.raises(InputError, match="already holds scores"), small_db.write() as s:
        editions.delete_edition(s, 2026, actor="desk")
    with small_db.read() as s:
        assert s.scalars(select(Edition.year)).all() == [2026]
    assert len(audit_of(small_db, "edition.delete")) == 1


def test_a_locked_edition_is_not_edited(small_db: Database) -> None:
    with small_db.write() as s:
        lookup.find_edition(s, 2026).locked_at = dt.datetime(2027, 1, 1)
    with pytest.raises(InputError, match="locked"), small_db.write() as s:
        editions.update_edition(s, 2026, {"quorum": 2}, actor="desk")


@pytest.mark.parametrize(("text", "ok"), [("6000;4000;2000", True), ("", True),
                                          ("1;2;3;4", False), ("-5", False), ("12,5", True)])
def test_prizes_problem(text: str, ok: bool) -> None:
    assert (edition_rules.prizes_problem(text) is None) == ok
