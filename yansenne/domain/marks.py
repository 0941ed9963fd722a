"""The one path by which a score is set or cleared: validated, revised and audited.

The interface's grid, the spreadsheet imports and the ballots all come through
here, so a mark means the same thing whatever brought it in. On a juror's own
PostgreSQL login the write itself is the database's juror function (the login may
not touch the table): the same checks first, the same result after.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from sqlalchemy import DateTime, bindparam, insert, text
from sqlalchemy.orm import Session

from yansenne.domain.scale import mark_problem, snapped
from yansenne.domain.stages import Readers, state_name
from yansenne.domain.stages import readers as stage_readers
from yansenne.i18n import tr
from yansenne.store.audit import details_json
from yansenne.store.models import AuditEntry, Criterion, Juror, Project, Score, Stage, utcnow
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
# Timestamps bound as DateTime: stored exactly as the ORM stores them.
_INSERT = text("INSERT INTO scores (stage_id, juror_id, project_id, criterion_id, value, "
               "comment, revision, updated_at, updated_by) "
               "VALUES (:s, :j, :p, :c, :v, :m, 1, :t, :a)"
               ).bindparams(bindparam("t", type_=DateTime))
_UPDATE = text("UPDATE scores SET value = :v, comment = :m, revision = :r, updated_at = :t, "
               "updated_by = :a WHERE id = :id").bindparams(bindparam("t", type_=DateTime))
_DELETE = text("DELETE FROM scores WHERE id = :id")


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
    if juror.role == "observer":
        raise ValueError(tr("juror {juror} is an observer and does not score", juror=juror.code))
    if not applies_to(criterion, project):
        raise ValueError(tr("criterion {criterion} is not in the grid of project {project}",
                            criterion=criterion.code, project=project.code))
    if in_conflict(session, juror, project):
        raise ValueError(tr("juror {juror} is in conflict with project {project}",
                            juror=juror.code, project=project.code))
    if readers is None:
        readers = _open_readers(session, project)
    if not readers.housekeeping:
        if readers.state != "open":
            raise ValueError(tr("stage {stage} is {state}: only the open stage takes marks",
                                stage=readers.code, state=state_name(readers.state)))
        if not readers.reads(juror.id, project.id):
            raise ValueError(tr("juror {juror} does not read project {project} in this stage",
                                juror=juror.code, project=project.code))
    if value is not None:
        problem = scale_problem(criterion, value)
        if problem:
            raise ValueError(problem)
        value = snapped(value, criterion.min_value, criterion.step)  # 7.499999999999999: 7.5
    if juror_session(session):  # a juror's login may not write the table itself
        return _set_on_server(session, project, criterion, value, comment)
    keys = {"s": readers.stage_id, "j": juror.id, "p": project.id, "c": criterion.id}
    row = session.execute(_CURRENT, keys).first()
    if row is not None:
        _forget(session, row.id)
    year = project.edition.year
    key = f"{juror.code}/{project.code}/{criterion.code}"
    now = utcnow()
    if value is None:
        if row is None:
            return Change("unchanged", None)
        session.execute(_DELETE, {"id": row.id})
        _audit(session, "score.clear", year, key, actor, now, before=row.value,
               revision=row.revision)
        return Change("cleared", None)
    if row is None:
        session.execute(_INSERT, {**keys, "v": value, "m": comment or "", "t": now, "a": actor})
        _audit(session, "score.set", year, key, actor, now, after=value, comment=comment or "",
               revision=1)
        return Change("added", Mark(value, comment or "", 1))
    new_comment = row.comment if comment is None else comment
    if row.value == value and row.comment == new_comment:
        return Change("unchanged", Mark(row.value, row.comment, row.revision))
    revision = row.revision + 1
    session.execute(_UPDATE, {"v": value, "m": new_comment, "r": revision, "t": now, "a": actor,
                              "id": row.id})
    _audit(session, "score.set", year, key, actor, now, before=row.value, after=value,
           comment=new_comment, revision=revision)
    return Change("changed", Mark(value, new_comment, revision))


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


def _audit(session: Session, action: str, year: int, key: str, actor: str, at: object,
           **details: object) -> None:
    session.execute(insert(AuditEntry.__table__).values(
        at=at, actor=actor, action=action, edition_year=year, entity="score", entity_key=key,
        details=details_json(details)))
