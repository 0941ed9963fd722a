"""Stages on a real PostgreSQL server, from a juror's own login: the juror marks only the
projects allocated to them in the open stage (the database's functions say so, whatever
the program does), reads only its own allocations and preliminary marks, and its
submission counts what it owes in that stage alone; the first submission in the last
stage keeps the marks as preliminary."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.factories import YEAR, build_small_edition
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.store.postgres import create_login

pytestmark = pytest.mark.usefixtures("pg_url")


def run(db: Database, statement: str, **values: object) -> list[tuple]:
    with db.write() as s:
        result = s.execute(text(statement), values)
        return [tuple(r) for r in result] if result.returns_rows else []


@pytest.fixture
def staged(pg_url: str) -> Iterator[Database]:
    """The small edition made two-staged: `round1` (open, one reader per project, J2
    reading P02 and P03) before `final`."""
    db = open_database(pg_url)
    build_small_edition(db)
    run(db, "DELETE FROM scores")
    run(db, "UPDATE stages SET position = 1, state = 'pending'")
    run(db, "INSERT INTO stages (edition_id, code, kind, name_fr, name_nl, name_en, position, "
            "jurors, per_project, method, state) SELECT id, 'round1', 'scoring', 'Premier tour', "
            "'', '', 0, '[]', 1, '', 'open' FROM editions")
    run(db, "INSERT INTO allocations (stage_id, juror_id, project_id) SELECT s.id, j.id, p.id "
            "FROM stages s, jurors j, projects p WHERE s.code = 'round1' AND (j.code, p.code) "
            "IN (('J2', 'P02'), ('J2', 'P03'), ('J1', 'P01'), ('J1', 'P04'), ('J3', 'P05'), "
            "('J3', 'P06'))")
    yield db
    db.close()


@pytest.fixture
def j2(staged: Database, pg_url: str) -> Iterator[psycopg.Connection]:
    login = create_login(staged, year=YEAR, juror_code="J2", actor="secretariat")
    url = make_url(pg_url).set(username=login.role, password=login.password,
                               drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        yield conn


def ids(db: Database) -> dict[str, int]:
    rows = run(db, "SELECT 'p:' || code, id FROM projects UNION ALL "
                   "SELECT 'c:' || code, id FROM criteria")
    return dict(rows)  # type: ignore[arg-type]


def test_a_juror_marks_only_its_allocation_in_the_open_stage(staged: Database,
                                                             j2: psycopg.Connection) -> None:
    known = ids(staged)
    done = j2.execute("SELECT change FROM yansenne_juror_set_mark(%s, %s, 7, NULL)",
                      (known["p:P03"], known["c:relevance"])).fetchone()
    assert done == ("added",)
    assert run(staged, "SELECT s.code FROM scores c JOIN stages s ON s.id = c.stage_id") == [
        ("round1",)]
    with pytest.raises(errors.CheckViolation, match="outside the juror's projects of the "
                                                    "open stage"):
        j2.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 7, NULL)",
                   (known["p:P05"], known["c:relevance"]))
    assert run(staged, "SELECT count(*) FROM scores") == [(1,)]
    # Its own readings only, and the stages themselves.
    assert j2.execute("SELECT count(*) FROM allocations").fetchone() == (2,)
    assert run(staged, "SELECT count(*) FROM allocations") == [(6,)]
    assert j2.execute("SELECT count(*) FROM stages").fetchone() == (2,)
    # Submitting: what J2 owes is the rest of its two projects' grids (4 criteria each).
    owed = j2.execute("SELECT sum(missing_marks) FROM yansenne_juror_submit()").fetchone()
    assert owed == (7,)
    assert run(staged, "SELECT count(*) FROM preliminary_marks") == [(0,)]  # not the last


def test_the_first_submission_in_the_last_stage_keeps_preliminary_marks(
        staged: Database, j2: psycopg.Connection) -> None:
    known = ids(staged)
    run(staged, "INSERT INTO shortlists (stage_id, project_id) SELECT s.id, p.id FROM stages s, "
                "projects p WHERE s.code = 'round1' AND p.code IN ('P02', 'P03')")
    run(staged, "UPDATE stages SET state = 'closed' WHERE code = 'round1'")
    run(staged, "UPDATE stages SET state = 'open' WHERE code = 'final'")
    j2.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 6, NULL)",
               (known["p:P02"], known["c:relevance"]))
    with pytest.raises(errors.CheckViolation, match="outside the juror's projects"):
        j2.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 6, NULL)",
                   (known["p:P04"], known["c:relevance"]))  # not shortlisted
    j2.execute("SELECT * FROM yansenne_juror_submit()").fetchall()
    assert j2.execute("SELECT value FROM preliminary_marks").fetchall() == [(6.0,)]
    run(staged, "UPDATE assignments SET submitted_at = NULL")  # the secretariat reopens
    j2.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 8, NULL)",
               (known["p:P02"], known["c:relevance"]))
    j2.execute("SELECT * FROM yansenne_juror_submit()").fetchall()
    assert run(staged, "SELECT p.value, s.value FROM preliminary_marks p JOIN scores s "
                       "ON s.stage_id = p.stage_id AND s.juror_id = p.juror_id "
                       "AND s.project_id = p.project_id "
                       "AND s.criterion_id = p.criterion_id") == [(6.0, 8.0)]
