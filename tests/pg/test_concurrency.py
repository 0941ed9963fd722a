"""Several people on one PostgreSQL database at once.

Twenty processes, each a juror logged in with their own role, write 500 marks each at
the same moment, one committed transaction per mark as the grid does: every one of
the 10,000 is there, none lost. Two people saving the same project: one succeeds,
the other is told that someone else changed it, and nothing is overwritten.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from tests.factories import YEAR, build_small_edition
from yansenne.domain.edition_write import write_edition
from yansenne.domain.marks import set_score
from yansenne.domain.synthetic import synthetic_edition
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Criterion, Edition, Juror, Project, Score
from yansenne.store.opening import open_database
from yansenne.store.postgres import ConcurrentEditError, create_login, save_or_conflict

JURORS, PROJECTS, CRITERIA = 20, 125, 4  # 125 projects x 4 criteria = 500 marks a juror
SYNTHETIC_YEAR = 2031
PASSWORD = "Concurrent-2031"


def role_url(url: str, role: str) -> str:
    return make_url(url).set(username=role, password=PASSWORD).render_as_string(
        hide_password=False)


def write_marks(url: str, juror_code: str, marks: list[tuple[str, str, float]],
                start: Any, done: Any) -> None:
    """One juror's laptop: load the grid, wait for the others, then 500 commits."""
    db = open_database(url)
    try:
        with db.read() as s:
            juror = s.scalar(select(Juror).where(Juror.code == juror_code))
            projects = {p.code: p for p in s.scalars(select(Project))}
            criteria = {c.code: c for c in s.scalars(select(Criterion))}
            for project in projects.values():
                project.edition.year  # noqa: B018  loaded now: the objects outlive the session
            s.expunge_all()  # kept as loaded (the read session's rollback would expire them)
        start.wait(timeout=120)
        for project, criterion, value in marks:
            with db.write() as s:
                set_score(s, juror, projects[project], criteria[criterion], value,
                          actor=juror_code)
        done.put((juror_code, "ok"))
    except BaseException as error:  # reported to the test rather than lost in the child
        done.put((juror_code, repr(error)))
    finally:
        db.close()


@pytest.fixture
def synthetic(pg_url: str) -> Iterator[tuple[Database, dict[str, list]]]:
    """20 jurors, 125 projects, 4 criteria, no marks yet; each juror with a login."""
    data = synthetic_edition(SYNTHETIC_YEAR, PROJECTS, JURORS, CRITERIA, seed=8)
    marks: dict[str, list] = {}
    for score in data.scores:
        marks.setdefault(score["juror"], []).append(
            (score["project"], score["criterion"], score["value"]))
    data.scores = []
    db = open_database(pg_url)
    with db.write() as s:
        write_edition(s, data, actor="test")
    for code in marks:
        create_login(db, year=SYNTHETIC_YEAR, juror_code=code, password=PASSWORD,
                     role=f"juror_{code.lower()}")
    yield db, marks
    db.close()


def test_twenty_jurors_write_ten_thousand_marks_at_once(synthetic, pg_url: str) -> None:
    db, marks = synthetic
    assert len(marks) == JURORS and all(len(m) == PROJECTS * CRITERIA for m in marks.values())
    # A fork server that has imported the store already: twenty quick starts, and no
    # fork of this multi-threaded test process.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["yansenne.domain.marks", "yansenne.store.database",
                                    "psycopg", __name__])
    start, done = context.Barrier(JURORS + 1), context.Queue()
    workers = [context.Process(target=write_marks, args=(
        role_url(pg_url, f"juror_{code.lower()}"), code, juror_marks, start, done))
        for code, juror_marks in marks.items()]
    for worker in workers:
        worker.start()
    start.wait(timeout=120)  # every juror has loaded the grid: go
    began = time.perf_counter()
    outcomes = dict(done.get(timeout=300) for _ in workers)
    elapsed = time.perf_counter() - began
    for worker in workers:
        worker.join(timeout=30)
    assert outcomes == {code: "ok" for code in marks}
    with db.read() as s:
        assert s.scalar(select(func.count(Score.id))) == 10_000
        per_juror = dict(s.execute(select(Juror.code, func.count(Score.id))
                                   .join(Score, Score.juror_id == Juror.id)
                                   .group_by(Juror.code)).all())
        assert per_juror == {code: 500 for code in marks}
        stored = {(j, p, c): v for j, p, c, v in s.execute(
            select(Juror.code, Project.code, Criterion.code, Score.value)
            .join(Juror, Juror.id == Score.juror_id).join(Project, Project.id == Score.project_id)
            .join(Criterion, Criterion.id == Score.criterion_id))}
        assert stored == {(code, p, c): v for code, juror_marks in marks.items()
                          for p, c, v in juror_marks}
        assert s.scalar(select(func.max(Score.revision))) == 1
        assert s.scalar(select(func.count(AuditEntry.id))
                        .where(AuditEntry.action == "score.set")) == 10_000
    print(f"\n10,000 marks by 20 concurrent jurors in {elapsed:.1f} s")


@pytest.fixture
def shared(pg_url: str) -> Iterator[tuple[Database, Database, int]]:
    """Two people's sessions on one database, and the id of project P01."""
    first = open_database(pg_url)
    build_small_edition(first)
    second = open_database(pg_url)
    with first.read() as s:
        project_id = s.scalar(select(Project.id).where(Project.code == "P01"))
    yield first, second, project_id
    first.close()
    second.close()


def retitle(title: str):  # type: ignore[no-untyped-def]
    def change(session, project: Project) -> None:  # type: ignore[no-untyped-def]
        audit.record(session, "project.update", year=YEAR, entity="project", key=project.code,
                     actor="test", title_fr=[project.title_fr, title])
        project.title_fr = title
    return change


def title_and_version(db: Database, project_id: int) -> tuple[str, int]:
    with db.read() as s:
        project = s.get(Project, project_id)
        return project.title_fr, project.version


STALE = ("project P01 was changed by someone else while you were editing it; nothing was "
         "saved: reload it and make your change again")


def test_second_save_on_the_same_version_gets_the_conflict_message(shared) -> None:
    first, second, project_id = shared
    seen = title_and_version(second, project_id)[1]  # both opened the project at version 1
    assert save_or_conflict(first, Project, project_id, seen, retitle("Titre d'Anne")) == 2
    with pytest.raises(ConcurrentEditError) as caught:
        save_or_conflict(second, Project, project_id, seen, retitle("Titre de Pieter"))
    assert str(caught.value) == STALE
    assert title_and_version(first, project_id) == ("Titre d'Anne", 2)


def test_saves_at_the_same_moment_one_wins(shared, pg_url: str) -> None:
    """The second UPDATE waits on the first one's row lock, then finds the version gone:
    SQLAlchemy's StaleDataError, turned into the same message."""
    first, second, project_id = shared
    outcome: dict[str, object] = {}

    def second_person() -> None:
        try:
            outcome["version"] = save_or_conflict(second, Project, project_id, 1,
                                                  retitle("Titre de Pieter"))
        except ConcurrentEditError as error:
            outcome["error"] = str(error)

    other = threading.Thread(target=second_person)

    def first_change(session, project: Project) -> None:  # type: ignore[no-untyped-def]
        retitle("Titre d'Anne")(session, project)
        session.flush()  # the row is now locked until this transaction commits
        other.start()
        waiting_for_lock(first, timeout=20)

    assert save_or_conflict(first, Project, project_id, 1, first_change) == 2
    other.join(timeout=30)
    assert outcome == {"error": STALE}
    assert title_and_version(first, project_id) == ("Titre d'Anne", 2)
    with first.read() as s:
        assert s.scalar(select(func.count(AuditEntry.id))
                        .where(AuditEntry.action == "project.update")) == 1


def waiting_for_lock(db: Database, timeout: float) -> None:
    """Until another session of this database waits on a row lock."""
    deadline = time.monotonic() + timeout
    probe = open_database(db.url)
    try:
        while time.monotonic() < deadline:
            with probe.read() as s:
                if s.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                  "current_database() AND wait_event_type = 'Lock'")).scalar():
                    return
            time.sleep(0.02)
    finally:
        probe.close()
    raise AssertionError("the second session never waited for the first one's lock")


def test_stale_edition_and_juror_too(shared) -> None:
    first, second, _project = shared
    with first.read() as s:
        edition_id = s.scalar(select(Edition.id))
        juror_id = s.scalar(select(Juror.id).where(Juror.code == "J1"))

    def rename(session, edition: Edition) -> None:  # type: ignore[no-untyped-def]
        edition.name_en = "Renamed"

    assert save_or_conflict(first, Edition, edition_id, 1, rename) == 2
    with pytest.raises(ConcurrentEditError, match="^edition 2026 was changed by someone else"):
        save_or_conflict(second, Edition, edition_id, 1, rename)

    def move(session, juror: Juror) -> None:  # type: ignore[no-untyped-def]
        juror.institution = "Elsewhere"

    save_or_conflict(second, Juror, juror_id, 1, move)
    with pytest.raises(ConcurrentEditError, match="^juror J1 was changed by someone else"):
        save_or_conflict(first, Juror, juror_id, 1, move)
