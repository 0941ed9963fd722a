"""The one path by which a score is set or cleared: validated, revised and audited.

The interface's grid, the spreadsheet imports and the ballots all come through
here, so a mark means the same thing whatever brought it in. On a juror's own
PostgreSQL login the write itself is the database's juror function (the login may
not touch the table): the same checks first, the same result after.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, DateTime, bindparam, text
from sqlalchemy.orm import Session

from yansenne.domain.scale import mark_problem, snapped
from yansenne.domain.stages import Readers, state_name
from yansenne.domain.stages import readers as stage_readers
from yansenne.i18n import tr
from yansenne.store.audit import details_json
from yansenne.store.database import Plain, sqlite_timestamp
from yansenne.store.models import Criterion, Juror, Project, Score, Stage, utcnow
from yansenne.store.postgres import juror_session, server_set_mark

# A number as people and spreadsheets write it: ASCII digits, one decimal mark, an
# exponent at most; Python's float() would also take "1_0", "٧", "infinity" or "nan".
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
# Thousands parted by a space, a no-break or a narrow no-break space: "1 000", "12 500,5".
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?:[.,][0-9]+)?")


def parse_number(raw: object) -> float | None:
    """A number from a cell or a keystroke: 7.5, "7,5" and "7.5" are the same; None if not.

    Text is read strictly: ASCII digits with one decimal mark (point or comma) and
    thousands parted by spaces; "1_0", Arabic-Indic or full-width digits, "inf" and
    "nan" are not numbers. Nothing infinite or beyond a float's range is one either."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        try:
            return float(raw)
        except OverflowError:
            return None
    if isinstance(raw, float):
        return raw if math.isfinite(raw) else None
    text = str(raw).strip(" \t\u00a0\u202f")
    if _GROUPED.fullmatch(text):
        text = re.sub(r"[ \u00a0\u202f]", "", text)
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def scale_problem(criterion: Criterion, value: float) -> str | None:
    """Why `value` is not a valid mark on `criterion`, or None if it is."""
    return mark_problem(value, criterion.min_value, criterion.max_value, criterion.step,
                        criterion.code)


def applies_to(criterion: Criterion, project: Project) -> bool:
    return criterion.category_id is None or criterion.category_id == project.category_id


@dataclass(frozen=True)
class Mark:
    """A score as committed: what callers show after `set_score`."""

    value: float
    comment: str
    revision: int


@dataclass(frozen=True)
class Change:
    """What `set_score` did: added, changed, unchanged or cleared; the mark as it now is."""

    kind: str
    score: Mark | None


_CONFLICT = text("SELECT 1 FROM conflicts WHERE juror_id = :j AND project_id = :p")
_CURRENT = text("SELECT id, value, comment, revision FROM scores "
                "WHERE stage_id = :s AND juror_id = :j AND project_id = :p AND criterion_id = :c")
_OPEN_STAGE = text("SELECT id FROM stages WHERE edition_id = :e AND state = 'open'")
# Each statement written once, in plain SQL: run as it is through the driver
# (`Database.plain_write`, times as `sqlite_timestamp` text), or through SQLAlchemy with
# its times bound as DateTime (stored exactly as the ORM stores them).
_INSERT_SQL = ("INSERT INTO scores (stage_id, juror_id, project_id, criterion_id, value, "
               "comment, revision, updated_at, updated_by) "
               "VALUES (:s, :j, :p, :c, :v, :m, 1, :t, :a)")
_UPDATE_SQL = ("UPDATE scores SET value = :v, comment = :m, revision = :r, updated_at = :t, "
               "updated_by = :a WHERE id = :id")
_DELETE_SQL = "DELETE FROM scores WHERE id = :id"
_AUDIT_SQL = ("INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
              "details) VALUES (:at, :actor, :action, :edition_year, :entity, :entity_key, "
              ":details)")
_INSERT = text(_INSERT_SQL).bindparams(bindparam("t", type_=DateTime))
_UPDATE = text(_UPDATE_SQL).bindparams(bindparam("t", type_=DateTime))
_DELETE = text(_DELETE_SQL)
_AUDIT = text(_AUDIT_SQL).bindparams(bindparam("at", type_=DateTime))
_STATEMENTS = {_INSERT_SQL: _INSERT, _UPDATE_SQL: _UPDATE, _DELETE_SQL: _DELETE,
               _AUDIT_SQL: _AUDIT}


def in_conflict(session: Session, juror: Juror, project: Project) -> bool:
    return session.execute(_CONFLICT, {"j": juror.id, "p": project.id}).first() is not None


def set_score(
    session: Session,
    juror: Juror,
    project: Project,
    criterion: Criterion,
    value: float | None,
    comment: str | None = None,
    *,
    actor: str,
    readers: Readers | None = None,
) -> Change:
    """Set (or with `value=None` clear) one mark, bumping its revision and auditing it.

    Raises ValueError with a translated message when the mark is not allowed; the
    caller turns it into a located problem. Written with plain statements rather
    than ORM objects: a juror's typed mark waits for this, and an import runs it
    hundreds of thousands of times. `comment=None` keeps the mark's comment.
    The mark belongs to `readers`' stage, else to the edition's open stage; a caller
    writing many marks passes `readers` (stages.readers) once.
    """
    if readers is None:
        readers = _open_readers(session, project)
    value = checked_mark(juror, project, criterion, value,
                         conflict=in_conflict(session, juror, project), readers=readers)
    if juror_session(session):  # a juror's login may not write the table itself
        return _set_on_server(session, project, criterion, value, comment)
    keys = {"s": readers.stage_id, "j": juror.id, "p": project.id, "c": criterion.id}
    row = session.execute(_CURRENT, keys).first()
    if row is not None:
        _forget(session, row.id)
    current = Current(row.id, row.value, row.comment, row.revision) if row is not None else None
    return write_mark(session, juror, project, criterion, value, comment, actor=actor,
                      stage_id=readers.stage_id, current=current, year=project.edition.year)


def checked_mark(juror: Juror, project: Project, criterion: Criterion, value: float | None,
                 *, conflict: bool, readers: Readers) -> float | None:
    """The domain's rule for one mark, written once: `value` snapped to its step, or
    ValueError with the message the user reads.

    Reads nothing: the caller gives what it read (the conflict, the stage's readers with
    its state as read in the write's transaction). The database's triggers repeat scale,
    step, conflict, observer, stage and allocation as the last line."""
    if juror.role == "observer":
        raise ValueError(tr("juror {juror} is an observer and does not score", juror=juror.code))
    if not applies_to(criterion, project):
        raise ValueError(tr("criterion {criterion} is not in the grid of project {project}",
                            criterion=criterion.code, project=project.code))
    if conflict:
        raise ValueError(tr("juror {juror} is in conflict with project {project}",
                            juror=juror.code, project=project.code))
    if not readers.housekeeping:
        if readers.state != "open":
            raise ValueError(tr("stage {stage} is {state}: only the open stage takes marks",
                                stage=readers.code, state=state_name(readers.state)))
        if not readers.reads(juror.id, project.id):
            raise ValueError(tr("juror {juror} does not read project {project} in this stage",
                                juror=juror.code, project=project.code))
    if value is None:
        return None
    problem = scale_problem(criterion, value)
    if problem:
        raise ValueError(problem)
    return snapped(value, criterion.min_value, criterion.step)  # 7.499999999999999: 7.5


@dataclass(frozen=True)
class Current:
    """The mark as it stands before a write (read in the write's own transaction)."""

    id: int
    value: float
    comment: str
    revision: int


def write_mark(executor: Session | Connection | Plain, juror: Juror, project: Project,
               criterion: Criterion, value: float | None, comment: str | None, *, actor: str,
               stage_id: int, current: Current | None, year: int) -> Change:
    """Write a mark already checked (`checked_mark`) over `current`: one statement for
    the score, one for its audit entry, nothing read. The caller commits."""
    key = f"{juror.code}/{project.code}/{criterion.code}"
    run = _runner(executor)
    now = utcnow()
    if value is None:
        if current is None:
            return Change("unchanged", None)
        run(_DELETE_SQL, {"id": current.id})
        _audit(run, "score.clear", year, key, actor, now, before=current.value,
               revision=current.revision)
        return Change("cleared", None)
    if current is None:
        run(_INSERT_SQL, {"s": stage_id, "j": juror.id, "p": project.id, "c": criterion.id,
                          "v": value, "m": comment or "", "a": actor, "t": now})
        _audit(run, "score.set", year, key, actor, now, after=value, comment=comment or "",
               revision=1)
        return Change("added", Mark(value, comment or "", 1))
    new_comment = current.comment if comment is None else comment
    if current.value == value and current.comment == new_comment:
        return Change("unchanged", Mark(current.value, current.comment, current.revision))
    revision = current.revision + 1
    run(_UPDATE_SQL, {"v": value, "m": new_comment, "r": revision, "a": actor,
                      "id": current.id, "t": now})
    _audit(run, "score.set", year, key, actor, now, before=current.value, after=value,
           comment=new_comment, revision=revision)
    return Change("changed", Mark(value, new_comment, revision))


_Run = Callable[[str, dict[str, Any]], object]


def _runner(executor: Session | Connection | Plain) -> _Run:
    """How `write_mark` runs a statement: through the driver with its times as stored
    text, or through SQLAlchemy with its times bound as DateTime."""
    if isinstance(executor, Plain):
        def plain(sql: str, params: dict[str, Any]) -> object:
            return executor.run(sql, {k: sqlite_timestamp(v) if isinstance(v, dt.datetime)
                                      else v for k, v in params.items()})
        return plain

    def orm(sql: str, params: dict[str, Any]) -> object:
        return executor.execute(_STATEMENTS[sql], params)
    return orm


def _open_readers(session: Session, project: Project) -> Readers:
    """Who reads what in the edition's open stage."""
    stage_id = session.execute(_OPEN_STAGE, {"e": project.edition_id}).scalar()
    if stage_id is None:
        raise ValueError(tr("no stage of edition {year} is open for scoring",
                            year=project.edition.year))
    stage = session.get(Stage, stage_id)
    assert stage is not None
    return stage_readers(session, stage)


def _set_on_server(session: Session, project: Project, criterion: Criterion,
                   value: float | None, comment: str | None) -> Change:
    """The same change made by the database's juror function (migration 0008), which
    checks the juror, the assignment, the submission and the lock again, and writes the
    revision, the author and the audit entry itself."""
    done = server_set_mark(session, project.id, criterion.id, value, comment)
    if done.score_id is not None:
        _forget(session, done.score_id)
    if done.value is None:
        return Change(done.change, None)
    return Change(done.change, Mark(done.value, done.comment or "", done.revision or 1))


def _forget(session: Session, score_id: int) -> None:
    """An ORM copy of the row in this session would go stale: let it be read again."""
    obj = session.identity_map.get(session.identity_key(Score, score_id))
    if obj is not None:
        session.expire(obj)


def _audit(run: _Run, action: str, year: int, key: str, actor: str, at: dt.datetime,
           **details: object) -> None:
    run(_AUDIT_SQL, {"at": at, "actor": actor, "action": action, "edition_year": year,
                     "entity": "score", "entity_key": key, "details": details_json(details)})
