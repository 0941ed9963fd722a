"""Where each juror stands in the collection of scores, read in one short session.

Qt-free on purpose: the Collection page shows these rows, and tests check them
without a window.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import func, select

from yansenne.domain.lookup import edition_or_none
from yansenne.domain.stages import current_stage, readers
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    Ballot,
    Conflict,
    Criterion,
    Juror,
    PackageExport,
    Project,
    Score,
)


class Stage(Enum):
    """How far a juror is, in the order the secretariat cares about."""

    NO_PACKAGE = "no_package"     # nothing sent yet
    AWAITING = "awaiting"         # package sent, no ballot back yet
    IN_PROGRESS = "in_progress"   # marks still missing
    COMPLETE = "complete"         # every mark given, not yet submitted
    SUBMITTED = "submitted"       # every category submitted


@dataclass(frozen=True)
class JurorStatus:
    code: str
    name: str
    packages: int
    package_at: dt.datetime | None
    ballot_revision: int | None
    ballot_at: dt.datetime | None
    scores: int
    expected: int
    submitted: int
    categories: int

    @property
    def stage(self) -> Stage:
        if self.categories and self.submitted == self.categories:
            return Stage.SUBMITTED
        if self.expected and self.scores >= self.expected:
            return Stage.COMPLETE
        if self.ballot_revision is not None or self.scores:
            return Stage.IN_PROGRESS
        return Stage.AWAITING if self.packages else Stage.NO_PACKAGE


def collection_status(db: Database, year: int) -> list[JurorStatus]:
    """One row per scoring juror of edition `year`, in the jury's order ([] if none)."""
    with db.read() as s:
        edition = edition_or_none(s, year)
        if edition is None:
            return []
        edition_id = edition.id
        who = readers(s, current_stage(s, edition_id))  # the stage being scored now
        jurors = s.execute(select(Juror.id, Juror.code, Juror.name)
                           .where(Juror.edition_id == edition_id, Juror.role != "observer")
                           .order_by(Juror.position, Juror.code)).all()
        ids = [j.id for j in jurors]
        projects = s.execute(select(Project.id, Project.category_id)
                             .where(Project.edition_id == edition_id)).all()
        criteria = s.scalars(select(Criterion.category_id)
                             .where(Criterion.edition_id == edition_id)).all()
        assignments = s.execute(select(Assignment.juror_id, Assignment.category_id,
                                       Assignment.submitted_at)
                                .where(Assignment.juror_id.in_(ids))).all()
        conflicts = s.execute(select(Conflict.juror_id, Conflict.project_id)
                              .where(Conflict.juror_id.in_(ids))).all()
        scores = dict(s.execute(select(Score.juror_id, func.count(Score.id))
                                .where(Score.juror_id.in_(ids),
                                       Score.stage_id == who.stage_id)
                                .group_by(Score.juror_id)).all())
        packages = {row[0]: (row[1], row[2]) for row in s.execute(
            select(PackageExport.juror_id, func.count(PackageExport.id),
                   func.max(PackageExport.exported_at))
            .where(PackageExport.juror_id.in_(ids)).group_by(PackageExport.juror_id))}
        latest = s.execute(select(Ballot.juror_id, func.max(Ballot.revision))
                           .where(Ballot.juror_id.in_(ids)).group_by(Ballot.juror_id)).all()
        ballots = {}
        for juror_id, revision in latest:
            applied = s.scalar(select(Ballot.applied_at).where(Ballot.juror_id == juror_id,
                                                               Ballot.revision == revision))
            ballots[juror_id] = (revision, applied)
    shared = criteria.count(None)
    per_category = Counter(c for c in criteria if c is not None)
    projects_in: dict[int, set[int]] = defaultdict(set)
    for project_id, category_id in projects:
        projects_in[category_id].add(project_id)
    conflicted: dict[int, set[int]] = defaultdict(set)
    for juror_id, project_id in conflicts:
        conflicted[juror_id].add(project_id)
    assigned: dict[int, list[tuple[int, dt.datetime | None]]] = defaultdict(list)
    for juror_id, category_id, submitted_at in assignments:
        assigned[juror_id].append((category_id, submitted_at))
    rows = []
    for juror_id, code, name in jurors:
        expected = sum(len({p for p in projects_in[cat] - conflicted[juror_id]
                            if who.reads(juror_id, p)})
                       * (shared + per_category[cat]) for cat, _ in assigned[juror_id])
        count, package_at = packages.get(juror_id, (0, None))
        revision, ballot_at = ballots.get(juror_id, (None, None))
        rows.append(JurorStatus(
            code, name, count, package_at, revision, ballot_at, scores.get(juror_id, 0),
            expected, sum(1 for _, when in assigned[juror_id] if when is not None),
            len(assigned[juror_id])))
    return rows
