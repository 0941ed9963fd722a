"""The juror's side of the store: what one juror sees, and each write they make
(committed at once, audited, refused with a reason when it is not allowed)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import delete, event, select, update

from tests.factories import YEAR, Ids
from yansenne.domain.juror_desk import (
    SECRETARIAT,
    JurorDesk,
    ScoringRefused,
    is_secretariat,
    reopen,
    scoring_jurors,
)
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    AuditEntry,
    Conflict,
    Edition,
    Juror,
    ProjectNote,
    Score,
    Stage,
    utcnow,
)


def audit(db: Database, action: str) -> list[tuple[str, str, dict]]:
    with db.read() as s:
        return [(e.entity_key, e.actor, json.loads(e.details) if e.details else {})
                for e in s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                   .order_by(AuditEntry.id))]


def mark_of(db: Database, ids: Ids, juror: str, project: str, criterion: str,
            ) -> tuple[float, str, int] | None:
    with db.read() as s:
        score = s.scalars(select(Score).where(
            Score.juror_id == ids.jurors[juror], Score.project_id == ids.projects[project],
            Score.criterion_id == ids.criteria[criterion])).first()
        return (score.value, score.comment, score.revision) if score else None


def clear_marks(db: Database, ids: Ids, juror: str) -> None:
    with db.write() as s:
        s.execute(delete(Score).where(Score.juror_id == ids.jurors[juror]))


def test_open_refuses_unknown_edition_juror_and_observers(small_db: Database) -> None:
    with pytest.raises(InputError, match="no edition 1999"):
        JurorDesk.open(small_db, 1999, "J1")
    with pytest.raises(InputError, match="unknown juror J9"):
        JurorDesk.open(small_db, YEAR, "J9")
    with pytest.raises(InputError, match="observer"):
        JurorDesk.open(small_db, YEAR, "OB")
    assert JurorDesk.open(small_db, YEAR, "j2").juror.code == "J2"  # case-insensitive
    assert [j.code for j in scoring_jurors(small_db, YEAR)] == ["J1", "J2", "J3"]


def test_categories_show_progress_without_conflicted_projects(small_db: Database,
                                                              ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J2")
    progress = {p.category.code: p for p in desk.categories()}
    # J2 is in conflict with P01 (citizens): 2 projects left to score there, all scored.
    assert (progress["citizens"].projects, progress["citizens"].scored,
            progress["citizens"].missing, progress["citizens"].conflicts) == (2, 2, 0, 1)
    assert progress["citizens"].complete
    with small_db.write() as s:
        s.execute(delete(Score).where(Score.juror_id == ids.jurors["J2"],
                                      Score.project_id == ids.projects["P03"],
                                      Score.criterion_id == ids.criteria["innovation"]))
    citizens = next(p for p in desk.categories() if p.category.code == "citizens")
    assert (citizens.scored, citizens.missing, citizens.complete) == (1, 1, False)


def test_only_assigned_categories(small_db: Database, ids: Ids) -> None:
    with small_db.write() as s:
        s.execute(delete(Assignment).where(Assignment.juror_id == ids.jurors["J3"],
                                           Assignment.category_id.in_(
                                               select(Assignment.category_id).limit(1))))
    desk = JurorDesk.open(small_db, YEAR, "J3")
    codes = [p.category.code for p in desk.categories()]
    assert codes == ["police"]
    with pytest.raises(ScoringRefused, match="not assigned to category citizens"):
        desk.load("citizens")


def test_grid_holds_only_the_jurors_own_marks(small_db: Database, ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J2")
    grid = desk.load("citizens")
    assert [p.code for p in grid.projects] == ["P01", "P03", "P05"]
    assert [c.code for c in grid.criteria] == ["relevance", "collaboration", "innovation",
                                               "methodology"]
    assert grid.conflicts == {ids.projects["P01"]: "Partner"}
    with small_db.read() as s:
        own = {(sc.project_id, sc.criterion_id): sc.value for sc in s.scalars(
            select(Score).where(Score.juror_id == ids.jurors["J2"]))}
    assert {key: m.value for key, m in grid.marks.items()} == {
        key: v for key, v in own.items() if key[0] in {p.id for p in grid.projects}}
    assert len(grid.marks) == 2 * 4  # no mark on the conflicted project, none of others


def test_set_mark_commits_revises_and_audits(small_db: Database, ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J1")
    grid = desk.load("citizens")
    p03, relevance = ids.projects["P03"], ids.criteria["relevance"]
    before = grid.marks[(p03, relevance)]
    mark = desk.set_mark(p03, relevance, 7.5)
    assert mark is not None and (mark.value, mark.revision) == (7.5, before.revision + 1)
    assert mark_of(small_db, ids, "J1", "P03", "relevance") == (7.5, "", 2)
    mark = desk.set_mark(p03, relevance, 7.5, "Solide")
    assert mark_of(small_db, ids, "J1", "P03", "relevance") == (7.5, "Solide", 3)
    desk.set_mark(p03, relevance, 8.0)  # comment=None keeps the comment
    assert mark_of(small_db, ids, "J1", "P03", "relevance") == (8.0, "Solide", 4)
    assert desk.set_mark(p03, relevance, None) is None
    assert mark_of(small_db, ids, "J1", "P03", "relevance") is None
    assert [k for k, _a, _d in audit(small_db, "score.set")] == ["J1/P03/relevance"] * 3
    assert audit(small_db, "score.clear")[0][:2] == ("J1/P03/relevance", "J1")


def test_set_mark_refusals_write_nothing(small_db: Database, ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J2")
    desk.load("citizens")
    p03, relevance = ids.projects["P03"], ids.criteria["relevance"]
    kept = mark_of(small_db, ids, "J2", "P03", "relevance")
    with pytest.raises(ScoringRefused, match="outside the scale 0 to 10"):
        desk.set_mark(p03, relevance, 11)
    with pytest.raises(ScoringRefused, match="not on the step 0.5"):
        desk.set_mark(p03, relevance, 7.3)
    with pytest.raises(ScoringRefused, match="in conflict with project P01"):
        desk.set_mark(ids.projects["P01"], relevance, 5)
    with pytest.raises(ScoringRefused, match="not in the juror's grids"):
        desk.set_mark(ids.projects["P02"], relevance, 5)  # police, not loaded
    assert mark_of(small_db, ids, "J2", "P03", "relevance") == kept
    assert mark_of(small_db, ids, "J2", "P01", "relevance") is None
    assert audit(small_db, "score.set") == []


def test_a_conflict_declared_after_the_load_is_refused_by_the_store(small_db: Database,
                                                                    ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J3")
    desk.load("citizens")
    with small_db.write() as s:
        s.execute(delete(Score).where(Score.juror_id == ids.jurors["J3"],
                                      Score.project_id == ids.projects["P05"]))
        s.add(Conflict(juror_id=ids.jurors["J3"], project_id=ids.projects["P05"]))
    with pytest.raises(ScoringRefused, match="in conflict with project P05"):
        desk.set_mark(ids.projects["P05"], ids.criteria["relevance"], 5)


def test_locked_edition_refuses_marks_notes_and_submission(small_db: Database,
                                                           ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J1")
    desk.load("citizens")
    with small_db.write() as s:
        s.execute(update(Edition).values(locked_at=utcnow()))
    with pytest.raises(ScoringRefused, match="locked after its deliberation"):
        desk.set_mark(ids.projects["P03"], ids.criteria["relevance"], 5)
    with pytest.raises(ScoringRefused, match="locked after its deliberation"):
        desk.set_note(ids.projects["P03"], "Bien")
    with pytest.raises(ScoringRefused, match="locked after its deliberation"):
        desk.submit_all()


def test_notes_are_set_changed_cleared_and_audited(small_db: Database, ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J1")
    desk.load("citizens")
    p03 = ids.projects["P03"]
    desk.set_note(p03, "  Projet solide.  ")
    desk.set_note(p03, "Projet solide.")  # unchanged: no second entry
    assert desk.load("citizens").notes == {p03: "Projet solide."}
    desk.set_note(p03, "Projet très solide.")
    desk.set_note(p03, "")
    with small_db.read() as s:
        assert s.scalars(select(ProjectNote)).all() == []
    assert [d for _k, _a, d in audit(small_db, "note.set")] == [
        {"before": "", "after": "Projet solide."},
        {"before": "Projet solide.", "after": "Projet très solide."}]
    assert audit(small_db, "note.clear")[0][2] == {"before": "Projet très solide."}
    desk2 = JurorDesk.open(small_db, YEAR, "J2")
    desk2.load("citizens")
    with pytest.raises(ScoringRefused, match="in conflict with project P01"):
        desk2.set_note(ids.projects["P01"], "Je connais bien ce projet")


def test_submission_lists_what_is_missing_and_still_submits(small_db: Database,
                                                            ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J3")
    desk.load("citizens")
    desk.set_mark(ids.projects["P03"], ids.criteria["innovation"], None)
    (gap,) = desk.gaps()
    assert (gap.category.code, gap.project, [c.code for c in gap.criteria], gap.whole_row) == (
        "citizens", "P03", ["innovation"], False)
    done = desk.submit_all()
    assert done.categories == ("citizens", "police") and done.gaps == (gap,)
    assert [p.submitted_at for p in desk.categories()] == [done.at, done.at]
    assert audit(small_db, "scores.submit") == [("J3/citizens", "J3", {"missing": 1}),
                                                ("J3/police", "J3", {})]
    assert desk.gaps() == []  # nothing open any more


def test_submission_locks_marks_and_notes_until_the_secretariat_reopens(
        small_db: Database, ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J2")  # complete apart from the conflict
    desk.load("citizens")
    assert desk.gaps() == []  # a conflicted project owes no mark
    at = desk.submit_all().at
    assert [p.submitted_at for p in desk.categories()] == [at, at]
    assert audit(small_db, "scores.submit") == [("J2/citizens", "J2", {}),
                                                ("J2/police", "J2", {})]
    p03, relevance = ids.projects["P03"], ids.criteria["relevance"]
    kept = mark_of(small_db, ids, "J2", "P03", "relevance")
    for write in (lambda: desk.set_mark(p03, relevance, 1),
                  lambda: desk.set_mark(p03, relevance, None),
                  lambda: desk.set_note(p03, "trop tard")):
        with pytest.raises(ScoringRefused, match="submitted and are locked; only the "
                                                 "secretariat can reopen them"):
            write()
    with pytest.raises(ScoringRefused, match="already submitted in every category"):
        desk.submit_all()
    assert mark_of(small_db, ids, "J2", "P03", "relevance") == kept

    for actor in ("J2", "", "secretary"):
        with pytest.raises(ScoringRefused, match="only the secretariat can reopen"):
            reopen(small_db, YEAR, "J2", "citizens", actor=actor)
    assert audit(small_db, "scores.reopen") == []
    reopen(small_db, YEAR, "J2", "citizens", actor=SECRETARIAT)
    (key, actor, details), = audit(small_db, "scores.reopen")
    assert (key, actor) == ("J2/citizens", "secretariat") and details["submitted_at"]
    desk.set_mark(p03, relevance, 1)
    assert mark_of(small_db, ids, "J2", "P03", "relevance")[0] == 1.0
    with pytest.raises(ScoringRefused, match="are not submitted"):
        desk.reopen("citizens", actor="secretariat:Marie")


def test_secretariat_actors() -> None:
    assert is_secretariat("secretariat") and is_secretariat("secretariat:Marie Dubois")
    assert not is_secretariat("J1") and not is_secretariat("") and not is_secretariat(
        "secretariats")


def statements_of(db: Database, write: Callable[[], object]) -> list[str]:
    """The SQL statements `write` sent on the edition's tables (their first three words):
    BEGIN, and a server connection's once-only questions (its login, its catalog), left
    out."""
    sent: list[str] = []
    last = [""]

    def seen(statement: str, *_rest: object) -> None:
        if sent and statement == last[0]:
            return  # the driver's trace tells a statement again for each trigger it fires
        last[0] = statement
        words = statement.split()
        if words[0].upper() in ("SELECT", "INSERT", "UPDATE", "DELETE") and not any(
                word in statement for word in ("logins", "pg_", "current_schema")):
            sent.append(" ".join(words[:3]))

    if db.writes_plain:  # a SQLite file: the typed mark goes through the driver
        driver = db._driver()
        driver.set_trace_callback(seen)
        try:
            write()
        finally:
            driver.set_trace_callback(None)
        return sent
    def executed(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        seen(statement)

    event.listen(db.engine, "before_cursor_execute", executed)
    try:
        write()
    finally:
        event.remove(db.engine, "before_cursor_execute", executed)
    return sent


def test_a_typed_mark_costs_one_read_one_write_and_its_audit_entry(small_db: Database,
                                                                   ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J1")
    desk.load("citizens")
    p03, relevance = ids.projects["P03"], ids.criteria["relevance"]
    changed = statements_of(small_db, lambda: desk.set_mark(p03, relevance, 6.5))
    assert changed == ["SELECT a.juror_id, a.submitted_at", "UPDATE scores SET",
                       "INSERT INTO audit_log"]
    desk.set_mark(p03, relevance, None)
    added = statements_of(small_db, lambda: desk.set_mark(p03, relevance, 4.0))
    assert added[1:] == ["INSERT INTO scores", "INSERT INTO audit_log"] and len(added) == 3
    assert mark_of(small_db, ids, "J1", "P03", "relevance") == (4.0, "", 1)

    def refused() -> None:
        with pytest.raises(ScoringRefused, match="outside the scale"):
            desk.set_mark(p03, relevance, 12)

    assert len(statements_of(small_db, refused)) == 1  # read, refused, nothing written


def test_a_typed_marks_times_read_back_as_the_orms(small_db: Database, ids: Ids) -> None:
    """Through the driver (a SQLite file) or SQLAlchemy (a server), the score's time and
    its audit entry's are stored as the ORM stores a DateTime: they read back as one."""
    desk = JurorDesk.open(small_db, YEAR, "J1")
    desk.load("citizens")
    before = utcnow()
    desk.set_mark(ids.projects["P03"], ids.criteria["relevance"], 5.5)
    with small_db.read() as s:
        updated_at, updated_by = s.execute(select(Score.updated_at, Score.updated_by).where(
            Score.juror_id == ids.jurors["J1"], Score.project_id == ids.projects["P03"],
            Score.criterion_id == ids.criteria["relevance"])).one()
        at, key = s.execute(select(AuditEntry.at, AuditEntry.entity_key)
                            .where(AuditEntry.action == "score.set")
                            .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert before <= updated_at <= utcnow() and updated_by == desk.actor
    assert at == updated_at and key == "J1/P03/relevance"


def test_a_stage_closed_after_the_load_refuses_the_grids_marks(small_db: Database,
                                                               ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J1")
    desk.load("citizens")
    p03, relevance = ids.projects["P03"], ids.criteria["relevance"]
    kept = mark_of(small_db, ids, "J1", "P03", "relevance")
    with small_db.write() as s:
        s.execute(update(Stage).values(state="closed"))
    with pytest.raises(ScoringRefused, match="only the open stage takes marks"):
        desk.set_mark(p03, relevance, 3.0)
    assert mark_of(small_db, ids, "J1", "P03", "relevance") == kept
    with small_db.write() as s:
        s.execute(update(Stage).values(state="open"))
    assert desk.set_mark(p03, relevance, 3.0) is not None


def test_a_juror_removed_since_the_grid_loaded_is_refused_the_same_way(
        small_db: Database, ids: Ids) -> None:
    desk = JurorDesk.open(small_db, YEAR, "J1")
    desk.load("citizens")
    with small_db.write() as s:
        s.execute(delete(Juror).where(Juror.id == ids.jurors["J1"]))
    with pytest.raises(ScoringRefused, match="is not assigned to the category"):
        desk.set_mark(ids.projects["P03"], ids.criteria["relevance"], 5.0)
