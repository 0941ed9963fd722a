"""The one path by which a score is set or cleared: validated, revised and audited.

The interface's grid, the spreadsheet imports and the ballots all come through
here, so a mark means the same thing whatever brought it in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.models import Conflict, Criterion, Juror, Project, Score, utcnow

STEP_TOLERANCE = 1e-6


def parse_number(raw: object) -> float | None:
    """A number from a cell or a keystroke: 7.5, "7,5" and "7.5" are the same; None if not."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw) if math.isfinite(raw) else None
    text = str(raw).strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def format_number(value: float) -> str:
    """7.0 -> "7", 7.5 -> "7.5": how a scale bound reads in a message."""
    return f"{value:g}"


def scale_problem(criterion: Criterion, value: float) -> str | None:
    """Why `value` is not a valid mark on `criterion`, or None if it is."""
    lo, hi, step = criterion.min_value, criterion.max_value, criterion.step
    if not lo <= value <= hi:
        return tr(
            "{value} is outside the scale {min} to {max} of criterion {criterion}",
            value=format_number(value), min=format_number(lo), max=format_number(hi),
            criterion=criterion.code,
        )
    units = (value - lo) / step
    if abs(units - round(units)) > STEP_TOLERANCE:
        return tr(
            "{value} is not on the step {step} of criterion {criterion} ({min} to {max})",
            value=format_number(value), step=format_number(step), criterion=criterion.code,
            min=format_number(lo), max=format_number(hi),
        )
    return None


def applies_to(criterion: Criterion, project: Project) -> bool:
    return criterion.category_id is None or criterion.category_id == project.category_id


@dataclass(frozen=True)
class Change:
    """What `set_score` did: added, changed, unchanged or cleared."""

    kind: str
    score: Score | None


def in_conflict(session: Session, juror: Juror, project: Project) -> bool:
    return session.get(Conflict, (juror.id, project.id)) is not None


def set_score(
    session: Session,
    juror: Juror,
    project: Project,
    criterion: Criterion,
    value: float | None,
    comment: str | None = None,
    *,
    actor: str,
) -> Change:
    """Set (or with `value=None` clear) one mark, bumping its revision and auditing it.

    Raises ValueError with a translated message when the mark is not allowed; the
    caller turns it into a located problem.
    """
    if juror.role == "observer":
        raise ValueError(tr("juror {juror} is an observer and does not score", juror=juror.code))
    if not applies_to(criterion, project):
        raise ValueError(tr("criterion {criterion} is not in the grid of project {project}",
                            criterion=criterion.code, project=project.code))
    if in_conflict(session, juror, project):
        raise ValueError(tr("juror {juror} is in conflict with project {project}",
                            juror=juror.code, project=project.code))
    if value is not None:
        problem = scale_problem(criterion, value)
        if problem:
            raise ValueError(problem)
    score = session.scalars(
        select(Score).where(Score.juror_id == juror.id, Score.project_id == project.id,
                            Score.criterion_id == criterion.id)
    ).first()
    year = project.edition.year
    key = f"{juror.code}/{project.code}/{criterion.code}"
    if value is None:
        if score is None:
            return Change("unchanged", None)
        audit.record(session, "score.clear", year=year, entity="score", key=key, actor=actor,
                     before=score.value, revision=score.revision)
        session.delete(score)
        return Change("cleared", None)
    if score is None:
        score = Score(juror_id=juror.id, project_id=project.id, criterion_id=criterion.id,
                      value=value, comment=comment or "", revision=1, updated_by=actor)
        session.add(score)
        audit.record(session, "score.set", year=year, entity="score", key=key, actor=actor,
                     after=value, comment=comment or "", revision=1)
        return Change("added", score)
    new_comment = score.comment if comment is None else comment
    if score.value == value and score.comment == new_comment:
        return Change("unchanged", score)
    before = (score.value, score.comment)
    score.value, score.comment = value, new_comment
    score.revision += 1
    score.updated_at, score.updated_by = utcnow(), actor
    audit.record(session, "score.set", year=year, entity="score", key=key, actor=actor,
                 before=before[0], after=value, comment=new_comment, revision=score.revision)
    return Change("changed", score)
