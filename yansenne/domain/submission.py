"""What submitting one's scores means, written once for the juror window and the command line.

A juror submits all their scores at once: every category assigned to them that is still
open is marked submitted (`Assignment.submitted_at`, audited as `scores.submit`), and
its marks and notes lock until the secretariat reopens it. Marks still missing do not
block a submission (a juror may leave a project unscored), but they are listed before it
(`gaps`), so the juror confirms knowing them, and the totals that rest on part of the
grid are marked partial in the ranking. Refused while the edition is locked, and when
nothing is left to submit. An edition without stages has one stage, `final`. On a
juror's own PostgreSQL login, the submission itself is the database's function
`yansenne_juror_submit` (migration 0008), which can submit and never take back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.orm import Session

from yansenne.domain.lookup import find_edition, locked_message
from yansenne.domain.stages import (
    current_stage,
    find_stage,
    kind_name,
    readers,
    state_name,
)
from yansenne.errors import InputError, Problem, YansenneError
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    Project,
    Score,
    Stage,
    utcnow,
)
from yansenne.store.postgres import juror_session, server_submit


class SubmissionRefused(YansenneError):
    """Nothing was submitted; the message says why, in the user's language."""


@dataclass(frozen=True)
class Named:
    """A category or criterion: its code and its names (`pick(named, "name", lang)`)."""

    code: str
    name_fr: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class Gap:
    """A project of an open category that the juror has not scored on every criterion."""

    category: Named
    project: str  # project code
    criteria: tuple[Named, ...]  # the criteria without a mark, in the grid's order
    whole_row: bool  # no mark at all on the project


@dataclass(frozen=True)
class Submission:
    """What a submission did: the categories it locked, when, and what was left unscored."""

    juror: str
    categories: tuple[str, ...]
    at: dt.datetime
    gaps: tuple[Gap, ...]


def check_stage(session: Session, edition: Edition, stage: str | None) -> Stage:
    """The stage a submission is for: the open one; another named stage is refused (a
    closed stage is over, a pending one not begun, a screening stage has no marks)."""
    chosen = find_stage(session, edition, stage)
    if chosen.state != "open":
        raise SubmissionRefused(tr("stage {stage} is {state}: only the open stage takes a "
                                   "submission", stage=chosen.code,
                                   state=state_name(chosen.state)))
    if chosen.kind != "scoring":
        raise SubmissionRefused(tr("stage {stage} is a {kind} stage",
                                   stage=chosen.code, kind=kind_name(chosen.kind)))
    return chosen


def require_open_stage(db: Database, year: int, stage: str | None) -> None:
    """`--stage` of a juror's package or scoresheet: only the open stage has marks to
    give (None: the open stage, nothing to check)."""
    if stage is None:
        return
    with db.read() as session:
        try:
            check_stage(session, find_edition(session, year), stage)
        except SubmissionRefused as refused:
            raise InputError(Problem(str(refused))) from None


def gaps(db: Database, year: int, juror_code: str) -> list[Gap]:
    """The marks the juror still owes in the categories not yet submitted."""
    with db.read() as session:
        juror = scoring_juror(session, year, juror_code)
        stage = current_stage(session, juror.edition_id)
        return _gaps(session, juror, _open_categories(session, juror), stage)


def submit_all(db: Database, year: int, juror_code: str, *, actor: str,
               stage: str | None = None) -> Submission:
    """Submit every open category of the juror in one transaction (see the module)."""
    with db.write() as session:
        juror = scoring_juror(session, year, juror_code)
        edition = session.get(Edition, juror.edition_id)
        assert edition is not None
        if edition.locked_at is not None:
            raise SubmissionRefused(locked_message(edition.year))
        chosen = check_stage(session, edition, stage)
        categories = _open_categories(session, juror)
        if not categories:
            assigned = session.scalar(select(func.count()).select_from(Assignment).where(
                Assignment.juror_id == juror.id)) or 0
            raise SubmissionRefused(tr(
                "the scores of juror {juror} are already submitted in every category",
                juror=juror.code) if assigned else tr(
                "juror {juror} has no category to score", juror=juror.code))
        missing = _gaps(session, juror, categories, chosen)
        if juror_session(session):  # a juror's own login submits through the database
            try:
                done = server_submit(session)
            except (IntegrityError, ProgrammingError) as exc:  # the database's last word
                raise SubmissionRefused(tr(
                    "the submission was refused by the database: {reason}",
                    reason=str(exc.orig) if exc.orig else str(exc))) from exc
            return Submission(juror.code, tuple(code for code, _at, _n in done),
                              done[0][1], tuple(missing))
        at = utcnow()
        for category, assignment in categories:
            assignment.submitted_at = at
            owed = sum(len(g.criteria) for g in missing if g.category.code == category.code)
            audit.record(session, "scores.submit", year=year, entity="assignment",
                         key=f"{juror.code}/{category.code}", actor=actor,
                         **({"missing": owed} if owed else {}))
        return Submission(juror.code, tuple(c.code for c, _a in categories), at,
                          tuple(missing))


def scoring_juror(session: Session, year: int, juror_code: str) -> Juror:
    """The juror `juror_code` (any case) of edition `year`; refuses an unknown code and
    an observer, who does not score."""
    edition = find_edition(session, year)
    juror = session.scalars(select(Juror).where(
        Juror.edition_id == edition.id,
        func.lower(Juror.code) == juror_code.strip().lower())).first()
    if juror is None:
        raise InputError(Problem(tr("unknown juror {value}", value=juror_code)))
    if juror.role == "observer":
        raise InputError(Problem(tr("juror {juror} is an observer and does not score",
                                    juror=juror.code)))
    return juror


def _open_categories(session: Session, juror: Juror) -> list[tuple[Category, Assignment]]:
    return [(category, assignment) for category, assignment in session.execute(
        select(Category, Assignment).join(Assignment, Assignment.category_id == Category.id)
        .where(Assignment.juror_id == juror.id, Assignment.submitted_at.is_(None))
        .order_by(Category.position, Category.code)).all()]


def _gaps(session: Session, juror: Juror, categories: list[tuple[Category, Assignment]],
          stage: Stage) -> list[Gap]:
    if not categories or stage.kind != "scoring":
        return []
    who = readers(session, stage)
    criteria = session.scalars(select(Criterion).where(Criterion.edition_id == juror.edition_id)
                               .order_by(Criterion.position, Criterion.id)).all()
    conflicted = set(session.scalars(select(Conflict.project_id).where(
        Conflict.juror_id == juror.id)))
    marked = set(session.execute(select(Score.project_id, Score.criterion_id).where(
        Score.juror_id == juror.id, Score.stage_id == stage.id)).all())
    found = []
    for category, _assignment in categories:
        grid = [c for c in criteria if c.category_id in (None, category.id)]
        projects = session.scalars(select(Project).where(Project.category_id == category.id)
                                   .order_by(Project.code)).all()
        for project in projects:
            if project.id in conflicted or not who.reads(juror.id, project.id):
                continue
            unscored = tuple(_named(c) for c in grid if (project.id, c.id) not in marked)
            if unscored:
                found.append(Gap(_named(category), project.code, unscored,
                                 len(unscored) == len(grid)))
    return found


def _named(row: Category | Criterion) -> Named:
    return Named(row.code, row.name_fr, row.name_nl or "", row.name_en or "")
