"""`ranking.snapshot_of` reads exactly the marks the ORM sees, by either read path."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from yansenne import scoring
from yansenne.domain import ranking
from yansenne.store.database import Database
from yansenne.store.models import Conflict, Criterion, Juror, Project, Score


def orm_scores(db: Database, year: int) -> tuple[dict, frozenset]:
    """The marks of voting jurors and the conflicts, read the plain way."""
    with db.read() as s:
        edition = ranking.find_edition(s, year)
        rows = s.execute(select(Juror.code, Juror.role, Project.code, Criterion.code, Score.value)
                         .join(Juror, Juror.id == Score.juror_id)
                         .join(Project, Project.id == Score.project_id)
                         .join(Criterion, Criterion.id == Score.criterion_id)
                         .where(Project.edition_id == edition.id)).all()
        conflicts = s.execute(select(Juror.code, Project.code).select_from(Conflict)
                              .join(Juror, Juror.id == Conflict.juror_id)
                              .join(Project, Project.id == Conflict.project_id)
                              .where(Project.edition_id == edition.id)).all()
    marks = {(j, p, c): v for j, role, p, c, v in rows if role != "observer"}
    return marks, frozenset((j, p) for j, p in conflicts if j != "OB")


@pytest.mark.parametrize("path", ["text", "rows", "unpacked"])
def test_the_snapshot_holds_every_mark_and_conflict(small_db: Database, path: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    if path == "rows":  # as on a server, or where a value is not a whole 2^-20th
        monkeypatch.setattr(ranking, "_sqlite_text", lambda *_args: None)
    if path == "unpacked":
        monkeypatch.setattr(ranking, "_PACKED_LIMIT", 0)
    with small_db.read() as s:
        snapshot = ranking.snapshot_of(s, ranking.find_edition(s, 2026))
    marks, conflicts = orm_scores(small_db, 2026)
    assert dict(snapshot.scores) == marks
    assert snapshot.conflicts == conflicts
    assert [j.code for j in snapshot.jurors] == ["J1", "J2", "J3"]  # no observer
    plain = scoring.Snapshot(snapshot.criteria, snapshot.projects, snapshot.jurors, marks,
                             conflicts)
    assert (scoring.rank(snapshot).overall.standings
            == scoring.rank(plain).overall.standings)


def test_a_snapshot_from_arrays_refuses_positions_outside_its_codes() -> None:
    crit, proj, jur = (scoring.Criterion("a"),), (scoring.Project("P", "k"),), (
        scoring.Juror("J"),)
    with pytest.raises(ValueError, match="unknown project position"):
        scoring.Snapshot.from_arrays(crit, proj, jur, [0], [1], [0], [5.0])
    only_b = (scoring.Criterion("a", category="other"),)
    snap = scoring.Snapshot.from_arrays(only_b, proj, jur, [0], [0], [0], [5.0])
    with pytest.raises(ValueError, match="outside the grid"):
        snap.table  # noqa: B018


def test_marks_as_text_are_exact_or_refused() -> None:
    """SQLite's text of whole 2^-20ths gives back the very values (halves, quarters,
    negatives, large); one value off that grid (7.3) sends the whole read to the rows."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE scores (stage_id, juror_id, project_id, criterion_id, value)")
    values = [7.5, 0.25, -2.0, 10.0, 1e6 + 0.5, 0.0, 2.0**-20]
    conn.executemany("INSERT INTO scores VALUES (1, 1, ?, 1, ?)", list(enumerate(values)))
    where = "FROM scores s WHERE s.stage_id = 1"
    keys, read = ranking._sqlite_text(conn.cursor(), "s.project_id", where)
    assert keys.tolist() == list(range(len(values))) and read.tolist() == values
    conn.execute("INSERT INTO scores VALUES (1, 1, 99, 1, 7.3)")
    assert ranking._sqlite_text(conn.cursor(), "s.project_id", where) is None
    empty = ranking._sqlite_text(conn.cursor(), "s.project_id", where + " AND 0")
    assert empty is not None and empty[0].size == empty[1].size == 0
