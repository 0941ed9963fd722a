"""A juror with their own login, at psql, trying what issue 17 lists: every attack is
refused by the server itself (migration 0008), not by the program.

Each attack runs on a plain psycopg connection made with the juror's role and
password, in autocommit as psql is, so nothing of the program stands in between. The
program's own juror path (the desk the juror window uses) still scores, notes and
submits, through the database's juror functions.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.factories import YEAR, build_small_edition
from yansenne.cli.main import main
from yansenne.domain.editions import delete_edition
from yansenne.domain.juror_desk import JurorDesk, ScoringRefused
from yansenne.domain.jury import delete_juror
from yansenne.errors import DatabaseError, YansenneError
from yansenne.store import timeouts
from yansenne.store.audit import details_json
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.store.postgres import JUROR_FUNCTIONS, create_login, list_logins

PASSWORD = "Juror-password-2026"
# As pg_catalog writes them (regprocedure: no space after the commas).
SIGNATURES = {f.replace(", ", ",") for f in JUROR_FUNCTIONS}
ROLE = "yansenne_2026_j2"


@pytest.fixture
def secretariat(pg_url: str) -> Iterator[Database]:
    db = open_database(pg_url)
    build_small_edition(db)
    create_login(db, year=YEAR, juror_code="J2", password=PASSWORD, actor="secretariat")
    yield db
    db.close()


def connect(url: str, role: str = ROLE, password: str = PASSWORD) -> psycopg.Connection:
    """A psql-like session: the juror's role, autocommit, nothing of the program."""
    parts = make_url(url)
    return psycopg.connect(host=parts.host, port=parts.port, dbname=parts.database,
                           user=role, password=password, autocommit=True, connect_timeout=10)


@pytest.fixture
def psql(secretariat: Database, pg_url: str) -> Iterator[psycopg.Connection]:
    conn = connect(pg_url)
    yield conn
    conn.close()


def one(db: Database, statement: str, **values: Any) -> Any:
    with db.read() as s:
        return s.execute(text(statement), values).scalar()


def ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        found = {f"juror:{c}": i for i, c in s.execute(text("SELECT id, code FROM jurors"))}
        found.update({f"project:{c}": i for i, c in s.execute(
            text("SELECT id, code FROM projects"))})
        found.update({f"criterion:{c}": i for i, c in s.execute(
            text("SELECT id, code FROM criteria"))})
        found.update({f"category:{c}": i for i, c in s.execute(
            text("SELECT id, code FROM categories"))})
    return found


def submitted(db: Database, juror: str = "J2") -> list[Any]:
    with db.read() as s:
        return [r[0] for r in s.execute(text(
            "SELECT a.submitted_at FROM assignments a JOIN jurors j ON j.id = a.juror_id "
            "WHERE j.code = :j ORDER BY a.category_id"), {"j": juror})]


def mark_of(db: Database, project: str, criterion: str = "relevance") -> tuple:
    with db.read() as s:
        return tuple(s.execute(text(
            "SELECT s.value, s.comment, s.revision, s.updated_by FROM scores s "
            "JOIN jurors j ON j.id = s.juror_id JOIN projects p ON p.id = s.project_id "
            "JOIN criteria c ON c.id = s.criterion_id WHERE j.code = 'J2' AND p.code = :p "
            "AND c.code = :c"), {"p": project, "c": criterion}).one())


# -- the attacks of the issue ------------------------------------------------------------
def test_juror_cannot_write_an_audit_entry_in_the_secretariats_name(
        secretariat: Database, psql: psycopg.Connection) -> None:
    before = one(secretariat, "SELECT count(*) FROM audit_log")
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table "
                                                           "audit_log"):
        psql.execute("INSERT INTO audit_log (at, actor, action, edition_year, entity, "
                     "entity_key, details) VALUES (now(), 'secretariat', 'scores.reopen', "
                     "2026, 'assignment', 'J2/citizens', '')")
    with pytest.raises(errors.InsufficientPrivilege):
        psql.execute("SELECT actor, details FROM audit_log")
    assert one(secretariat, "SELECT count(*) FROM audit_log") == before


def test_juror_cannot_take_a_submission_back(secretariat: Database,
                                             psql: psycopg.Connection) -> None:
    rows = psql.execute("SELECT * FROM yansenne_juror_submit()").fetchall()
    assert [r[0] for r in rows] == ["citizens", "police"]
    at = submitted(secretariat)
    assert all(at) and len(set(at)) == 1
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table "
                                                           "assignments"):
        psql.execute("UPDATE assignments SET submitted_at = NULL")
    # Submitting again submits nothing and takes nothing back; no function un-submits.
    with pytest.raises(errors.CheckViolation, match="nothing left to submit"):
        psql.execute("SELECT * FROM yansenne_juror_submit()")
    assert submitted(secretariat) == at
    juror_functions = {r[0] for r in psql.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.proname LIKE 'yansenne%' "
        "AND has_function_privilege(current_user, p.oid, 'EXECUTE') "
        "AND p.prorettype <> 'trigger'::regtype")}
    assert {f for f in juror_functions if f.startswith("yansenne_juror")} == SIGNATURES


def test_juror_cannot_change_marks_after_submitting(secretariat: Database,
                                                    psql: psycopg.Connection) -> None:
    known = ids(secretariat)
    p03, relevance = known["project:P03"], known["criterion:relevance"]
    psql.execute("SELECT * FROM yansenne_juror_submit()")
    before = mark_of(secretariat, "P03")
    with pytest.raises(errors.InsufficientPrivilege):
        psql.execute("UPDATE scores SET value = 10 WHERE project_id = %s", (p03,))
    for call, values in (
            ("SELECT * FROM yansenne_juror_set_mark(%s, %s, 10, NULL)", (p03, relevance)),
            ("SELECT * FROM yansenne_juror_set_mark(%s, %s, NULL, NULL)", (p03, relevance)),
            ("SELECT * FROM yansenne_juror_set_mark(%s, %s, %s, 'after')",
             (p03, relevance, before[0]))):
        with pytest.raises(errors.CheckViolation, match="score in a category the juror has "
                                                        "submitted"):
            psql.execute(call, values)
    with pytest.raises(errors.CheckViolation, match="note in a category the juror has "
                                                    "submitted"):
        psql.execute("SELECT yansenne_juror_set_note(%s, 'late')", (p03,))
    assert mark_of(secretariat, "P03") == before


def test_juror_cannot_rewrite_revision_or_author(secretariat: Database, pg_url: str,
                                                 pg_server: Any,
                                                 psql: psycopg.Connection) -> None:
    before = mark_of(secretariat, "P03")
    with pytest.raises(errors.InsufficientPrivilege):
        psql.execute("UPDATE scores SET revision = 1, updated_by = 'J1'")
    assert mark_of(secretariat, "P03") == before
    # Even given UPDATE by mistake, the guard trigger refuses a hand-written revision or
    # author, and writes them itself on a real change.
    database = make_url(pg_url).database
    pg_server.execute(f"GRANT UPDATE ON scores TO {ROLE}", database=database)
    for change in ("revision = 7", "updated_by = 'J1'", "updated_at = now()"):
        with pytest.raises(errors.CheckViolation, match="the revision and author of a mark "
                                                        "are written by the database"):
            psql.execute(f"UPDATE scores SET {change}")
    p03 = ids(secretariat)["project:P03"]
    psql.execute("UPDATE scores SET value = 9 WHERE project_id = %s AND criterion_id = %s",
                 (p03, ids(secretariat)["criterion:relevance"]))
    assert mark_of(secretariat, "P03") == (9.0, before[1], before[2] + 1, "J2")


def test_juror_cannot_score_outside_their_categories(secretariat: Database,
                                                     psql: psycopg.Connection) -> None:
    known = ids(secretariat)
    with secretariat.write() as s:  # J2 scores only the citizens from now on
        s.execute(text("DELETE FROM assignments WHERE juror_id = :j AND category_id = :c"),
                  {"j": known["juror:J2"], "c": known["category:police"]})
    p02 = known["project:P02"]  # a police project
    marks = one(secretariat, "SELECT count(*) FROM scores")
    with pytest.raises(errors.InsufficientPrivilege):
        psql.execute("INSERT INTO scores (juror_id, project_id, criterion_id, value, comment, "
                     "revision, updated_at, updated_by) VALUES (%s, %s, %s, 9, '', 1, now(), "
                     "'J2')", (known["juror:J2"], p02, known["criterion:relevance"]))
    with pytest.raises(errors.CheckViolation, match="score outside the juror's assigned "
                                                    "categories"):
        psql.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 9, NULL)",
                     (p02, known["criterion:relevance"]))
    with pytest.raises(errors.CheckViolation, match="note outside the juror's assigned "
                                                    "categories"):
        psql.execute("SELECT yansenne_juror_set_note(%s, 'not mine')", (p02,))
    # Nor another edition's project, nor a project in conflict.
    with pytest.raises(errors.CheckViolation, match="score across editions or categories"):
        psql.execute("SELECT * FROM yansenne_juror_set_mark(-1, %s, 9, NULL)",
                     (known["criterion:relevance"],))
    with pytest.raises(errors.CheckViolation, match="score of a juror in conflict"):
        psql.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 9, NULL)",
                     (known["project:P01"], known["criterion:relevance"]))
    assert one(secretariat, "SELECT count(*) FROM scores") == marks


def test_juror_cannot_create_objects_the_functions_would_find(
        secretariat: Database, psql: psycopg.Connection) -> None:
    """An operator or function a juror defined in the schema could be picked by the
    definer functions' search_path: PUBLIC keeps no CREATE on the schema."""
    for statement in ("CREATE FUNCTION to_json(text) RETURNS json LANGUAGE sql "
                      "AS $$ SELECT '1'::json $$",
                      "CREATE TABLE scores_shadow (id integer)"):
        with pytest.raises(errors.InsufficientPrivilege), psql.transaction():
            psql.execute(statement)


def test_a_jurors_float_settings_do_not_change_the_audit(secretariat: Database,
                                                         psql: psycopg.Connection) -> None:
    known = ids(secretariat)
    psql.execute("SET extra_float_digits = -15")
    psql.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 7.5, NULL)",
                 (known["project:P03"], known["criterion:relevance"]))
    details = one(secretariat, "SELECT details FROM audit_log WHERE actor = 'J2' "
                               "ORDER BY id DESC LIMIT 1")
    assert '"after": 7.5' in details, details


def test_juror_cannot_store_a_mark_off_its_step(secretariat: Database,
                                                psql: psycopg.Connection) -> None:
    """The program refuses 7.50000000001 and 7.5000001 (exact at 15 digits): so does the
    database for a juror at psql, where the schema's triggers alone allow 1e-6."""
    known = ids(secretariat)
    before = mark_of(secretariat, "P03")
    for mark in (7.50000000001, 7.5000001, 7.25, float("nan")):
        with pytest.raises(errors.CheckViolation, match="is not on its criterion's step"):
            psql.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, %s, NULL)",
                         (known["project:P03"], known["criterion:relevance"], mark))
    assert mark_of(secretariat, "P03") == before
    psql.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, %s, NULL)",
                 (known["project:P03"], known["criterion:relevance"], 7.499999999999999))
    assert mark_of(secretariat, "P03")[0] == 7.5  # stored as the program stores it


def test_juror_cannot_score_in_a_locked_edition(secretariat: Database,
                                                psql: psycopg.Connection) -> None:
    known = ids(secretariat)
    with secretariat.write() as s:
        s.execute(text("UPDATE editions SET locked_at = now(), lock_fingerprint = 'x'"))
    marks = one(secretariat, "SELECT count(*) FROM scores")
    with pytest.raises(errors.CheckViolation, match="score in a locked edition"):
        psql.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 7, NULL)",
                     (known["project:P03"], known["criterion:relevance"]))
    with pytest.raises(errors.CheckViolation, match="submission in a locked edition"):
        psql.execute("SELECT * FROM yansenne_juror_submit()")
    assert one(secretariat, "SELECT count(*) FROM scores") == marks


STRONG_MODES = ("ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "SHARE",
                "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE")


def test_juror_cannot_lock_the_scores_table(secretariat: Database,
                                            psql: psycopg.Connection) -> None:
    """`LOCK TABLE scores IN ACCESS EXCLUSIVE MODE` used to freeze everyone: now the
    juror may take no mode but ACCESS SHARE (which any SELECT takes) on any table."""
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table "
                                                           "scores"), psql.transaction():
        psql.execute("LOCK TABLE scores IN ACCESS EXCLUSIVE MODE")
    tables = [r[0] for r in psql.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename")]
    for table in tables:
        for mode in STRONG_MODES:
            if mode == "ROW SHARE":
                continue  # SELECT ... FOR UPDATE's mode: needs UPDATE too, see below
            with pytest.raises(errors.InsufficientPrivilege), psql.transaction():
                psql.execute(f"LOCK TABLE {table} IN {mode} MODE")
    with pytest.raises(errors.InsufficientPrivilege), psql.transaction():
        psql.execute("SELECT * FROM scores FOR UPDATE")
    # What a juror can hold (ACCESS SHARE) does not stop the secretariat's writes.
    with psql.transaction():
        psql.execute("LOCK TABLE scores IN ACCESS SHARE MODE")
        with secretariat.write() as s:
            s.execute(text("UPDATE scores SET comment = 'still writable' WHERE id = "
                           "(SELECT min(id) FROM scores)"))


@pytest.mark.parametrize("statement", [
    "TRUNCATE scores",
    "TRUNCATE audit_log",
    "TRUNCATE assignments CASCADE",
    "DELETE FROM scores",
    "DELETE FROM project_notes",
    "DELETE FROM assignments",
    "DELETE FROM audit_log",
    "UPDATE project_notes SET comment = ''",
    "INSERT INTO project_notes (juror_id, project_id, comment, updated_at) "
    "VALUES (1, 1, 'x', now())",
])
def test_juror_cannot_truncate_or_delete(secretariat: Database, psql: psycopg.Connection,
                                         statement: str) -> None:
    marks = one(secretariat, "SELECT count(*) FROM scores")
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        psql.execute(statement)
    assert one(secretariat, "SELECT count(*) FROM scores") == marks


def test_juror_holds_no_write_privilege_anywhere(secretariat: Database) -> None:
    """Checked in the catalogue, table by table and column by column."""
    with secretariat.read() as s:
        rows = s.execute(text(
            "SELECT c.relname, p.kind FROM pg_class c CROSS JOIN (VALUES ('INSERT'), "
            "('UPDATE'), ('DELETE'), ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(kind) "
            "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') "
            "AND (has_table_privilege(:role, c.oid, p.kind) OR (p.kind IN ('INSERT', "
            "'UPDATE', 'REFERENCES') AND has_any_column_privilege(:role, c.oid, p.kind)))"),
            {"role": ROLE}).all()
        sequences = s.execute(text(
            "SELECT c.relname FROM pg_class c WHERE c.relkind = 'S' "
            "AND (has_sequence_privilege(:role, c.oid, 'USAGE') "
            "OR has_sequence_privilege(:role, c.oid, 'UPDATE'))"), {"role": ROLE}).all()
        functions = {r[0] for r in s.execute(text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.proname LIKE 'yansenne%' "
            "AND p.prorettype <> 'trigger'::regtype AND p.prosecdef "
            "AND has_function_privilege(:role, p.oid, 'EXECUTE')"), {"role": ROLE})}
    assert rows == [] and sequences == []
    # Beside the three writers, only 0003's two read-only questions (who is this login?).
    assert functions == SIGNATURES | {"yansenne_login_juror(text)",
                                      "yansenne_login_is_secretariat(text)"}


# -- the timeouts --------------------------------------------------------------------------
def test_juror_role_carries_its_timeouts(psql: psycopg.Connection) -> None:
    """Set on the role itself: a psql session gets them without asking."""
    shown = {name: psql.execute(f"SHOW {name}").fetchone()[0]
             for name in timeouts.JUROR_TIMEOUTS}
    assert shown == {"lock_timeout": "5s", "statement_timeout": "30s",
                     "idle_in_transaction_session_timeout": "1min"}


def test_a_jurors_wait_for_a_lock_ends(secretariat: Database, pg_url: str,
                                       psql: psycopg.Connection) -> None:
    """The secretariat holds the scores (a migration, say): the juror's psql statement
    gives up after the role's lock_timeout instead of queueing without end."""
    holder = psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql"))
    try:
        holder.execute("LOCK TABLE scores IN ACCESS EXCLUSIVE MODE")
        began = time.monotonic()
        with pytest.raises(errors.LockNotAvailable):
            psql.execute("SELECT count(*) FROM scores")
        assert 4 < time.monotonic() - began < 15
    finally:
        holder.rollback()
        holder.close()


def test_program_sessions_carry_their_timeouts(secretariat: Database, pg_url: str) -> None:
    juror = open_database(make_url(pg_url).set(username=ROLE, password=PASSWORD)
                          .render_as_string(hide_password=False))
    try:
        for db in (secretariat, juror):
            with db.read() as s:
                shown = {name: s.execute(text(f"SHOW {name}")).scalar()
                         for name in timeouts.SESSION_TIMEOUTS}
            assert shown == {"lock_timeout": "15s", "statement_timeout": "5min",
                             "idle_in_transaction_session_timeout": "10min"}
    finally:
        juror.close()


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch, pg_url: str) -> Iterator[Database]:
    """A program session with limits of a second or two, to see each fire."""
    for name, value in (("lock_timeout", "1s"), ("statement_timeout", "2s"),
                        ("idle_in_transaction_session_timeout", "1s")):
        monkeypatch.setitem(timeouts.SESSION_TIMEOUTS, name, value)
    db = open_database(pg_url)
    yield db
    db.close()


def test_lock_timeout_is_said_clearly(secretariat: Database, quick: Database,
                                      pg_url: str) -> None:
    holder = psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql"))
    try:
        holder.execute("LOCK TABLE editions IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(DatabaseError, match=r"stopped waiting after 1 s for a lock held "
                                                r"by another session \(lock_timeout\); "
                                                r"nothing of this operation was kept"), \
                quick.write() as s:
            s.execute(text("UPDATE editions SET name_en = 'x'"))
    finally:
        holder.rollback()
        holder.close()
    assert one(secretariat, "SELECT name_en FROM editions") == "David Yansenne Prize 2026"


def test_statement_timeout_is_said_clearly(quick: Database) -> None:
    with pytest.raises(DatabaseError, match=r"ran longer than 2 s \(statement_timeout\)"), \
            quick.read() as s:
        s.execute(text("SELECT pg_sleep(4)"))


def test_idle_in_transaction_timeout_is_said_clearly(quick: Database) -> None:
    with pytest.raises(DatabaseError, match=r"sat idle inside a transaction for more than "
                                            r"1 s \(idle_in_transaction_session_timeout\)"), \
            quick.write() as s:
        s.execute(text("SELECT 1"))
        time.sleep(2.5)
        s.execute(text("SELECT 2"))
    with quick.read() as s:  # the pool hands out a live connection again
        assert s.execute(text("SELECT 3")).scalar() == 3


# -- logins that outlive their edition -------------------------------------------------------
def cannot_connect(url: str, role: str = ROLE) -> bool:
    try:
        connect(url, role).close()
    except psycopg.OperationalError as error:
        return "password authentication failed" in str(error)
    return False


def role_exists(db: Database, role: str = ROLE) -> bool:
    return bool(one(db, "SELECT count(*) FROM pg_roles WHERE rolname = :r", r=role))


def test_edition_import_replace_takes_the_jurors_logins_away(
        secretariat: Database, pg_url: str, tmp_path: Path, psql: psycopg.Connection,
        capsys: pytest.CaptureFixture[str]) -> None:
    workbook = tmp_path / "edition.xlsx"
    assert main(["--lang", "en", "--db", pg_url, "edition", "export", "2026", "-o",
                 str(workbook)]) == 0
    assert psql.execute("SELECT count(*) FROM projects").fetchone() == (6,)
    assert main(["--lang", "en", "--db", pg_url, "edition", "import", str(workbook),
                 "--replace"]) == 0, capsys.readouterr().err
    assert cannot_connect(pg_url)
    assert not role_exists(secretariat)
    assert list_logins(secretariat) == []
    with pytest.raises(psycopg.Error):  # the session open before: ended, or without rights
        psql.execute("SELECT count(*) FROM projects")
    assert one(secretariat, "SELECT details FROM audit_log WHERE action = 'login.drop'") \
        == details_json({"reason": "edition.replace"})


def test_deleting_the_edition_takes_the_jurors_logins_away(secretariat: Database,
                                                           pg_url: str) -> None:
    with secretariat.write() as s:  # an edition without marks may be deleted
        s.execute(text("DELETE FROM scores"))
    connect(pg_url).close()
    with secretariat.write() as s:
        delete_edition(s, YEAR, actor="secretariat")
    assert cannot_connect(pg_url)
    assert not role_exists(secretariat)
    assert one(secretariat, "SELECT count(*) FROM logins") == 0


def test_a_login_that_cannot_drop_roles_changes_nothing(secretariat: Database,
                                                         pg_url: str) -> None:
    """A secretariat login (NOCREATEROLE) deleting a juror who has a login: told why,
    and the juror, the login and the role all stay."""
    office = create_login(secretariat, role="office_anne", password=PASSWORD,
                          secretariat=True, actor="secretariat").role
    url = make_url(pg_url).set(username=office, password=PASSWORD)
    desk = open_database(url.render_as_string(hide_password=False))
    try:
        with pytest.raises(YansenneError, match="the login yansenne_2026_j2 cannot be taken "
                                                "away from this session"):
            with desk.write() as s:
                delete_juror(s, YEAR, "J2", actor=office)
    finally:
        desk.close()
    assert role_exists(secretariat)
    assert one(secretariat, "SELECT count(*) FROM jurors WHERE code = 'J2'") == 1
    assert [login.role for login in list_logins(secretariat)
            if login.role == ROLE] == [ROLE]
    connect(pg_url).close()


def test_deleting_a_juror_takes_their_login_away(secretariat: Database, pg_url: str) -> None:
    with secretariat.write() as s:
        delete_juror(s, YEAR, "J2", actor="secretariat")
    assert cannot_connect(pg_url)
    assert not role_exists(secretariat)


# -- role names ---------------------------------------------------------------------------
@pytest.mark.parametrize(("role", "message"), [
    ("yansenne_juror\n", "--role 'yansenne_juror\\n' is not a valid role name"),
    ("juror\n", "--role 'juror\\n' is not a valid role name"),
    ("public", "--role public is a name PostgreSQL keeps for itself"),
    ("none", "--role none is a name PostgreSQL keeps for itself"),
    ("pg_juror", "--role pg_juror is a name PostgreSQL keeps for itself"),
    ("current_user", "--role current_user is a name PostgreSQL keeps for itself"),
    ("session_user", "--role session_user is a name PostgreSQL keeps for itself"),
])
def test_bad_role_names_are_refused(secretariat: Database, pg_url: str, role: str,
                                    message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", pg_url, "logins", "create", "2026", "--juror", "J3",
                 "--role", role]) == 2
    assert capsys.readouterr().err == message + (
        ": lower-case letters, digits and _ only, at most 63, not starting with a digit\n"
        if "valid" in message else
        " (public, none, current_user, session_user, current_role and every name starting "
        "with pg_): choose another\n")
    assert [r.role for r in list_logins(secretariat)] == [ROLE]


# -- the program's own juror path ------------------------------------------------------------
@pytest.fixture
def desk(secretariat: Database, pg_url: str) -> Iterator[JurorDesk]:
    db = open_database(make_url(pg_url).set(username=ROLE, password=PASSWORD)
                       .render_as_string(hide_password=False))
    yield JurorDesk.open(db, YEAR, "J2")
    db.close()


def test_the_juror_window_scores_notes_and_submits_through_the_functions(
        secretariat: Database, desk: JurorDesk) -> None:
    grid = desk.load("police")
    p04 = next(p for p in grid.projects if p.code == "P04")
    relevance = next(c for c in grid.criteria if c.code == "relevance")
    before = grid.marks[(p04.id, relevance.id)]
    mark = desk.set_mark(p04.id, relevance.id, 9.5, "Très bien")
    assert (mark.value, mark.comment, mark.revision) == (9.5, "Très bien", before.revision + 1)
    assert desk.set_mark(p04.id, relevance.id, 9.5, None) == mark  # unchanged, comment kept
    assert desk.set_mark(p04.id, relevance.id, None) is None
    mark = desk.set_mark(p04.id, relevance.id, 7.0)
    assert (mark.value, mark.comment, mark.revision) == (7.0, "", 1)
    assert mark_of(secretariat, "P04") == (7.0, "", 1, "J2")
    desk.set_note(p04.id, "À revoir « ensemble »")
    desk.set_note(p04.id, "")
    with pytest.raises(ScoringRefused, match="outside the scale|scale"):
        desk.set_mark(p04.id, relevance.id, 11)
    done = desk.submit_all()
    assert done.categories == ("citizens", "police") and done.juror == "J2"
    assert submitted(secretariat) == [done.at, done.at]
    with pytest.raises(ScoringRefused, match="were submitted and are locked"):
        desk.set_mark(p04.id, relevance.id, 8.0)
    with secretariat.read() as s:
        entries = s.execute(text(
            "SELECT actor, action, entity_key, details FROM audit_log "
            "WHERE actor = 'J2' ORDER BY id")).all()
    key = "J2/P04/relevance"
    # The entries the database wrote read exactly as the program's own would.
    assert [tuple(e) for e in entries] == [
        ("J2", "score.set", key, details_json({"before": before.value, "after": 9.5,
                                               "comment": "Très bien",
                                               "revision": before.revision + 1})),
        ("J2", "score.clear", key, details_json({"before": 9.5,
                                                 "revision": before.revision + 1})),
        ("J2", "score.set", key, details_json({"after": 7.0, "comment": "", "revision": 1})),
        ("J2", "note.set", "J2/P04", details_json({"before": "",
                                                   "after": "À revoir « ensemble »"})),
        ("J2", "note.clear", "J2/P04", details_json({"before": "À revoir « ensemble »"})),
        ("J2", "scores.submit", "J2/citizens", ""),
        ("J2", "scores.submit", "J2/police", ""),
    ]
    assert json.loads(entries[0][3])["after"] == 9.5


def test_a_mark_and_a_submission_do_not_cross(secretariat: Database, pg_url: str) -> None:
    """A juror's mark in flight holds its assignment FOR SHARE: the submission from the
    juror's other session waits for it, and a mark after the submission is refused."""
    known = ids(secretariat)
    writer, submitter = connect(pg_url), connect(pg_url)
    try:
        writer.autocommit = False
        writer.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 4, NULL)",
                       (known["project:P03"], known["criterion:relevance"]))
        outcome: dict[str, Any] = {}

        def submit() -> None:
            try:
                outcome["rows"] = submitter.execute(
                    "SELECT * FROM yansenne_juror_submit()").fetchall()
            except psycopg.Error as error:
                outcome["error"] = error

        worker = threading.Thread(target=submit)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive()  # waiting for the mark's transaction
        writer.commit()
        worker.join(timeout=10)
        assert len(outcome["rows"]) == 2
        with pytest.raises(errors.CheckViolation, match="submitted"):
            writer.execute("SELECT * FROM yansenne_juror_set_mark(%s, %s, 5, NULL)",
                           (known["project:P03"], known["criterion:relevance"]))
        writer.rollback()
        assert mark_of(secretariat, "P03")[0] == 4.0
    finally:
        writer.close()
        submitter.close()
