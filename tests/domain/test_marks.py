"""`set_score`, the one path by which every mark is written: what it did, the revision,
the audit trail, and each refusal with a message a juror understands."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.domain.marks import parse_number, scale_problem, set_score
from yansenne.domain.scale import format_number
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Category, Criterion, Juror, Project, Score


def find(session: Session, juror: str, project: str, criterion: str,
         ) -> tuple[Juror, Project, Criterion]:
    return (session.scalars(select(Juror).where(Juror.code == juror)).one(),
            session.scalars(select(Project).where(Project.code == project)).one(),
            session.scalars(select(Criterion).where(Criterion.code == criterion)).one())


def score_of(db: Database, juror: str, project: str, criterion: str,
             ) -> tuple[float, str, int, str] | None:
    """(value, comment, revision, updated_by) of one mark, None if there is none."""
    with db.read() as s:
        j, p, c = find(s, juror, project, criterion)
        score = s.scalars(select(Score).where(Score.juror_id == j.id, Score.project_id == p.id,
                                              Score.criterion_id == c.id)).first()
        if score is None:
            return None
        return score.value, score.comment, score.revision, score.updated_by


def audit_entries(db: Database) -> list[tuple[str, str, str, dict]]:
    with db.read() as s:
        return [(e.action, e.entity_key, e.actor, json.loads(e.details) if e.details else {})
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def put(db: Database, juror: str, project: str, criterion: str, value: float | None,
        comment: str | None = None) -> str:
    with db.write() as s:
        j, p, c = find(s, juror, project, criterion)
        return set_score(s, j, p, c, value, comment, actor="tester").kind


def test_add_change_unchanged_clear(small_db: Database) -> None:
    """The four outcomes, the revision counting each change, and one audit entry per
    change (none for an unchanged mark) with the before and after values."""
    put(small_db, "J1", "P02", "relevance", None)  # clear the factory's mark first
    entries = audit_entries(small_db)
    assert entries == [("score.clear", "J1/P02/relevance", "tester",
                        {"before": 4.0, "revision": 1})]
    assert score_of(small_db, "J1", "P02", "relevance") is None

    assert put(small_db, "J1", "P02", "relevance", 7.5, "Solide") == "added"
    assert score_of(small_db, "J1", "P02", "relevance") == (7.5, "Solide", 1, "tester")

    assert put(small_db, "J1", "P02", "relevance", 8) == "changed"
    assert score_of(small_db, "J1", "P02", "relevance") == (8.0, "Solide", 2, "tester")

    assert put(small_db, "J1", "P02", "relevance", 8, "Solide") == "unchanged"
    assert put(small_db, "J1", "P02", "relevance", 8, "Très solide") == "changed"
    assert score_of(small_db, "J1", "P02", "relevance") == (8.0, "Très solide", 3, "tester")

    assert put(small_db, "J1", "P02", "relevance", None) == "cleared"
    assert put(small_db, "J1", "P02", "relevance", None) == "unchanged"
    assert score_of(small_db, "J1", "P02", "relevance") is None

    assert audit_entries(small_db)[1:] == [
        ("score.set", "J1/P02/relevance", "tester",
         {"after": 7.5, "comment": "Solide", "revision": 1}),
        ("score.set", "J1/P02/relevance", "tester",
         {"before": 7.5, "after": 8.0, "comment": "Solide", "revision": 2}),
        ("score.set", "J1/P02/relevance", "tester",
         {"before": 8.0, "after": 8.0, "comment": "Très solide", "revision": 3}),
        ("score.clear", "J1/P02/relevance", "tester", {"before": 8.0, "revision": 3}),
    ]
    with small_db.read() as s:
        years = {e.edition_year for e in s.scalars(select(AuditEntry))}
    assert years == {2026}


def test_bounds_of_the_scale_are_accepted(small_db: Database) -> None:
    assert put(small_db, "J1", "P02", "relevance", 0) == "changed"
    assert put(small_db, "J1", "P02", "relevance", 10) == "changed"


@pytest.mark.parametrize(("value", "message"), [
    (11, "11 is outside the scale 0 to 10 of criterion relevance"),
    (-1, "-1 is outside the scale 0 to 10 of criterion relevance"),
    (10.5, "10.5 is outside the scale 0 to 10 of criterion relevance"),
    (7.3, "7.3 is not on the step 0.5 of criterion relevance (0 to 10)"),
])
def test_mark_off_the_scale_is_refused(small_db: Database, value: float, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        put(small_db, "J1", "P02", "relevance", value)
    assert str(caught.value) == message
    assert score_of(small_db, "J1", "P02", "relevance") == (4.0, "", 1, "J1")
    assert audit_entries(small_db) == []


def test_mark_for_a_conflicted_pair_is_refused(small_db: Database) -> None:
    with pytest.raises(ValueError, match="^juror J2 is in conflict with project P01$"):
        put(small_db, "J2", "P01", "relevance", 5)
    assert score_of(small_db, "J2", "P01", "relevance") is None


def test_mark_of_an_observer_is_refused(small_db: Database) -> None:
    with pytest.raises(ValueError, match="^juror OB is an observer and does not score$"):
        put(small_db, "OB", "P01", "relevance", 5)
    assert score_of(small_db, "OB", "P01", "relevance") is None


def test_clearing_is_refused_for_an_observer_too(small_db: Database) -> None:
    """The refusals come before the value is looked at."""
    with pytest.raises(ValueError, match="observer"):
        put(small_db, "OB", "P01", "relevance", None)


def test_criterion_of_another_category_is_refused(small_db: Database) -> None:
    with small_db.write() as s:
        police = s.scalars(select(Category).where(Category.code == "police")).one()
        s.add(Criterion(edition_id=police.edition_id, category_id=police.id, code="zone",
                        name_fr="Zone", position=9))
    # P01 is a citizens project; P02 is a police project.
    with pytest.raises(ValueError,
                       match="^criterion zone is not in the grid of project P01$"):
        put(small_db, "J1", "P01", "zone", 5)
    assert put(small_db, "J1", "P02", "zone", 5) == "added"


@pytest.mark.parametrize(("raw", "expected"), [
    (7.5, 7.5), (7, 7.0), ("7,5", 7.5), ("7.5", 7.5), (" 8 ", 8.0), ("1\u00a0000", 1000.0),
    ("abc", None), ("", None), (True, None), (float("nan"), None), ("inf", None),
    ("7,5,1", None),
])
def test_parse_number(raw: object, expected: float | None) -> None:
    """A mark typed as text with a decimal comma is the same number; anything else is not."""
    assert parse_number(raw) == expected


def test_format_number_and_scale_problem() -> None:
    assert format_number(7.0) == "7"
    assert format_number(7.5) == "7.5"
    crit = Criterion(code="zone", min_value=1.0, max_value=5.0, step=1.0)
    assert scale_problem(crit, 3.0) is None
    assert scale_problem(crit, 0.0) == "0 is outside the scale 1 to 5 of criterion zone"
    assert scale_problem(crit, 2.5) == "2.5 is not on the step 1 of criterion zone (1 to 5)"
    # Steps are counted from the minimum, not from zero.
    odd = Criterion(code="odd", min_value=0.25, max_value=2.25, step=0.5)
    assert scale_problem(odd, 0.75) is None
    assert scale_problem(odd, 1.0) is not None
    # Floating-point noise on a valid mark is not an error.
    assert scale_problem(Criterion(code="c", min_value=0.0, max_value=1.0, step=0.1),
                         0.1 + 0.2) is None


def test_audit_record_details(db: Database) -> None:
    """Details are JSON (non-ASCII kept as is), empty when there are none."""
    with db.write() as s:
        audit.record(s, "edition.note", year=2026, entity="edition", key="2026",
                     actor="secrétariat", note="déjà vu", count=3)
        audit.record(s, "app.start", year=None)
    with db.read() as s:
        rows = [(e.action, e.actor, e.edition_year, e.entity_key, e.details, e.at is not None)
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert rows == [
        ("edition.note", "secrétariat", 2026, "2026", '{"count": 3, "note": "déjà vu"}', True),
        ("app.start", "", None, "", "", True),
    ]
