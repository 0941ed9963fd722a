"""The first screen's reads in plain SQL give what the ORM's reads gave, and the desk's
first window is built without the store's models (their import and mappers)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from yansenne.domain import queries
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Juror, Project, Score
from yansenne.store.opening import package_identity


def test_whole_rows_in_sql_are_the_orms(small_db: Database) -> None:
    (edition,) = queries.editions(small_db)
    orm = queries.projects(small_db, edition.id)
    by_id = {row.id: row for row in queries.project_rows(small_db, [r.id for r in orm])}
    assert [by_id[row.id] for row in orm] == orm
    assert queries.project_rows(small_db, []) == []
    assert queries.project_rows(small_db, [10_000]) == []


def test_lines_and_counts_agree_with_the_store(small_db: Database) -> None:
    (edition,) = queries.editions(small_db)
    lines = queries.project_lines(small_db, edition.id)
    with small_db.read() as s:
        scores = dict(s.execute(select(Score.project_id, func.count()).group_by(
            Score.project_id)).all())
        jurors = s.scalar(select(func.count()).select_from(Juror).where(
            Juror.edition_id == edition.id))
        projects = s.scalar(select(func.count()).select_from(Project).where(
            Project.edition_id == edition.id))
    assert [line.n_scores for line in lines] == [scores.get(line.id, 0) for line in lines]
    assert sum(scores.values()) > 0
    counts = queries.counts(small_db, edition.id)
    assert counts == queries.EditionCounts(projects, jurors, sum(scores.values()))
    assert queries.counts(small_db, edition.id, lines) == counts
    assert [c.projects for c in queries.categories(small_db, edition.id)] != []
    assert sum(c.projects for c in queries.categories(small_db, edition.id)) == projects


def test_the_last_change_follows_the_audit_log(small_db: Database) -> None:
    with small_db.read() as s:
        top = s.scalar(select(func.max(AuditEntry.id))) or 0
    assert queries.last_change(small_db) == top
    with small_db.write() as s:
        s.add(AuditEntry(action="test", entity="test", entity_key="k", actor="t"))
    assert queries.last_change(small_db) > top


def test_a_secretariats_database_is_no_package(small_db: Database) -> None:
    assert package_identity(small_db) is None


FIRST_WINDOW = """
import sys
from yansenne.ui.app import _first_window, create_application
from yansenne.store.opening import open_database
app = create_application()
db = open_database(sys.argv[1])
window = _first_window(db)
assert window is not None and window.model.rowCount() > 0
heavy = [name for name in ("sqlalchemy", "yansenne.store.models", "yansenne.scoring", "numpy",
                           "yansenne.exchange.package") if name in sys.modules]
print("loaded:", ",".join(heavy))
window._start_watch()
print("watched:", "yansenne.store.models" in sys.modules)
"""


def test_the_first_window_is_built_without_sqlalchemy(small_db: Database,
                                                      tmp_path: Path) -> None:
    if small_db.path is None:
        pytest.skip("a SQLite file's first window (on a server the watch starts at once)")
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(small_db.path)], capture_output=True,
        text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "loaded: \n" in result.stdout
    assert "watched: True" in result.stdout  # the watch, after the first paint, loads them


def test_the_projects_filter_lists_the_stores_actor_types() -> None:
    """The projects page lists the reference's actor types rather than import the
    store's models for ACTORS: they must be the same codes in the same order."""
    from yansenne import reference
    from yansenne.store.models import ACTORS

    assert tuple(actor.code for actor in reference.actors()) == ACTORS
