"""Per-juror access on a real PostgreSQL server: a juror's login reads the edition and
reads and writes only its own scores; the secretariat sees everything. Each test
connects as the role itself, with its password, as a juror's laptop would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import exc, select, text
from sqlalchemy.engine import make_url

from tests.factories import YEAR, build_small_edition
from yansenne.cli.main import main
from yansenne.domain.marks import set_score
from yansenne.errors import DatabaseError, InputError
from yansenne.store.database import Database
from yansenne.store.models import Criterion, Juror, Project, Score
from yansenne.store.opening import open_database
from yansenne.store.postgres import (
    change_marker,
    create_login,
    drop_login,
    list_logins,
    login_identity,
)


def as_role(url: str, role: str, password: str) -> Database:
    return open_database(make_url(url).set(username=role, password=password)
                         .render_as_string(hide_password=False))


@pytest.fixture
def secretariat(pg_url: str) -> Iterator[Database]:
    db = open_database(pg_url)
    build_small_edition(db)
    yield db
    db.close()


@pytest.fixture
def juror_j2(secretariat: Database, pg_url: str) -> Iterator[Database]:
    login = create_login(secretariat, year=YEAR, juror_code="J2", actor="secretariat")
    assert login.role == "yansenne_2026_j2" and login.generated
    db = as_role(pg_url, login.role, login.password)
    yield db
    db.close()


def scalar(db: Database, statement: str, **values: object) -> object:
    with db.read() as s:
        return s.execute(text(statement), values).scalar()


def ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        found = {f"juror:{j.code}": j.id for j in s.scalars(select(Juror))}
        found.update({f"project:{p.code}": p.id for p in s.scalars(select(Project))})
        found.update({f"criterion:{c.code}": c.id for c in s.scalars(select(Criterion))})
    return found


def test_juror_reads_the_edition_and_only_its_own_scores(secretariat: Database,
                                                         juror_j2: Database) -> None:
    assert scalar(secretariat, "SELECT count(*) FROM scores") == 68
    assert scalar(juror_j2, "SELECT count(*) FROM scores") == 20  # J2: 5 projects x 4
    assert scalar(juror_j2, "SELECT count(DISTINCT juror_id) FROM scores") == 1
    assert scalar(juror_j2, "SELECT count(*) FROM projects") == 6
    assert scalar(juror_j2, "SELECT count(*) FROM criteria") == 4
    assert scalar(juror_j2, "SELECT name_fr FROM editions") == "Prix David Yansenne 2026"
    with juror_j2.read() as s:
        assert [j.code for j in s.scalars(select(Juror))] == ["J2"]  # not the others' rows
    assert scalar(juror_j2, "SELECT count(*) FROM conflicts") == 1
    assert login_identity(juror_j2) == (YEAR, "J2")
    assert login_identity(secretariat) is None


@pytest.mark.parametrize("statement", [
    "SELECT details FROM audit_log",
    "SELECT count(*) FROM ballots",
    "SELECT count(*) FROM package_exports",
    "SELECT count(*) FROM decisions",
    "UPDATE projects SET title_fr = 'Piraté'",
    "DELETE FROM editions",
])
def test_juror_has_no_rights_beyond_its_grid(juror_j2: Database, statement: str) -> None:
    with pytest.raises(exc.ProgrammingError, match="permission denied"), juror_j2.write() as s:
        s.execute(text(statement))


def test_juror_cannot_write_another_jurors_scores(secretariat: Database,
                                                  juror_j2: Database) -> None:
    """No write on the table at all (migration 0008): a juror's marks go through the
    database's juror function, which writes only the login's own juror's marks."""
    known = ids(secretariat)
    j1 = known["juror:J1"]
    before = scalar(secretariat, "SELECT sum(value) FROM scores WHERE juror_id = :j", j=j1)
    for statement in ("UPDATE scores SET value = 0 WHERE juror_id = :j",
                      "DELETE FROM scores WHERE juror_id = :j",
                      "INSERT INTO scores (juror_id, project_id, criterion_id, value, comment, "
                      "revision, updated_at, updated_by) VALUES (:j, :p, :c, 9, '', 1, now(), "
                      "'J2')"):
        with pytest.raises(exc.ProgrammingError, match="permission denied"), \
                juror_j2.write() as s:
            s.execute(text(statement), {"j": j1, "p": known["project:P02"],
                                        "c": known["criterion:relevance"]})
    # The function takes no juror: it writes the login's own (J2's) mark, never J1's.
    with juror_j2.write() as s:
        s.execute(text("SELECT * FROM yansenne_juror_set_mark(:p, :c, 0, NULL)"),
                  {"p": known["project:P02"], "c": known["criterion:relevance"]})
    assert scalar(secretariat, "SELECT sum(value) FROM scores WHERE juror_id = :j",
                  j=j1) == before
    assert scalar(secretariat, "SELECT value FROM scores WHERE juror_id = :j AND "
                  "project_id = :p AND criterion_id = :c", j=known["juror:J2"],
                  p=known["project:P02"], c=known["criterion:relevance"]) == 0
    assert scalar(secretariat, "SELECT count(*) FROM scores") == 68


def test_juror_scores_through_the_store_with_audit(secretariat: Database,
                                                   juror_j2: Database) -> None:
    marker = change_marker(juror_j2)
    with juror_j2.write() as s:
        me = s.scalar(select(Juror))
        project = s.scalar(select(Project).where(Project.code == "P03"))
        criterion = s.scalar(select(Criterion).where(Criterion.code == "relevance"))
        assert set_score(s, me, project, criterion, 9.5, "Excellent", actor="J2").kind == "changed"
    assert change_marker(juror_j2) > marker
    with secretariat.read() as s:
        score = s.scalars(select(Score).join(Juror).join(Project).where(
            Juror.code == "J2", Project.code == "P03",
            Score.criterion_id == criterion.id)).one()
        assert (score.value, score.comment, score.revision) == (9.5, "Excellent", 2)
    assert scalar(secretariat, "SELECT count(*) FROM audit_log WHERE actor = 'J2'") == 1


def test_secretariat_login_sees_everything(secretariat: Database, pg_url: str) -> None:
    login = create_login(secretariat, role="secretariat_anne", password="Bruxelles-2026",
                         secretariat=True)
    assert not login.generated
    db = as_role(pg_url, "secretariat_anne", "Bruxelles-2026")
    try:
        assert scalar(db, "SELECT count(*) FROM scores") == 68
        assert scalar(db, "SELECT count(*) FROM jurors") == 4
        assert login_identity(db) is None
    finally:
        db.close()
    rows = {row.role: row for row in list_logins(secretariat)}
    assert rows["secretariat_anne"].kind == "secretariat" and rows["secretariat_anne"].on_server


def test_wrong_password_is_refused(juror_j2: Database, pg_url: str) -> None:
    with pytest.raises(DatabaseError, match="cannot connect to the database server"):
        as_role(pg_url, "yansenne_2026_j2", "not-the-password")


def test_dropped_login_can_no_longer_connect(secretariat: Database, pg_url: str) -> None:
    login = create_login(secretariat, year=YEAR, juror_code="J1", password="Lange-wachtwoord")
    as_role(pg_url, login.role, login.password).close()
    assert drop_login(secretariat, login.role) is True
    assert list_logins(secretariat) == []
    with pytest.raises(DatabaseError, match="cannot connect"):
        as_role(pg_url, login.role, login.password)


def test_login_refusals(secretariat: Database) -> None:
    create_login(secretariat, year=YEAR, juror_code="J1")
    with pytest.raises(InputError, match="juror J1 already has the login yansenne_2026_j1"):
        create_login(secretariat, year=YEAR, juror_code="J1", role="other_name")
    with pytest.raises(InputError, match="the role yansenne_2026_j1 already exists"):
        create_login(secretariat, year=YEAR, juror_code="J3", role="yansenne_2026_j1")
    with pytest.raises(InputError, match="is not a valid role name"):
        create_login(secretariat, year=YEAR, juror_code="J3", role="Robert'); DROP TABLE x")
    with pytest.raises(InputError, match="at least 10 characters"):
        create_login(secretariat, year=YEAR, juror_code="J3", password="short")
    with pytest.raises(InputError, match="unknown juror J9 in edition 2026"):
        create_login(secretariat, year=YEAR, juror_code="J9")
    with pytest.raises(InputError, match="no login nobody in this database"):
        drop_login(secretariat, "nobody")


def test_logins_from_the_command_line(secretariat: Database, pg_url: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", pg_url, "logins", "create", "2026", "--juror", "J3",
                 "--password", "Zinneke-2026!"]) == 0
    assert capsys.readouterr().out == ("login yansenne_2026_j3 created for juror J3 of "
                                       "edition 2026\n")
    assert main(["--lang", "en", "--db", pg_url, "logins", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == ["role", "kind", "year", "juror", "name", "created", "on",
                                  "the", "server"]
    assert listing[2].split()[:6] == ["yansenne_2026_j3", "juror", "2026", "J3", "Sarah",
                                      "Lambert"]
    assert listing[2].endswith("yes")
    assert main(["--lang", "en", "--db", pg_url, "logins", "drop", "yansenne_2026_j3"]) == 0
    assert capsys.readouterr().out == "login yansenne_2026_j3 removed\n"
