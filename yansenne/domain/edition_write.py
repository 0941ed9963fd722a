"""The bulk edition write: a whole checked edition into the database in one transaction.

The edition workbook and the demo edition both arrive here as `EditionData`; the
scores go in as one Core insert (an edition can hold 320,000 of them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import edition_or_none, refuse_if_locked
from yansenne.domain.stages import default_stage
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Allocation,
    Assignment,
    Category,
    Conflict,
    ConsensusText,
    Criterion,
    Decision,
    Edition,
    Juror,
    PreliminaryMark,
    Project,
    Score,
    Screening,
    ShortlistEntry,
    Stage,
)
from yansenne.store.postgres import drop_juror_logins


@dataclass
class EditionData:
    """A whole edition as read from a workbook, checked, not yet written."""

    edition: dict[str, Any]
    categories: list[dict[str, Any]]
    criteria: list[dict[str, Any]]
    projects: list[dict[str, Any]]
    jurors: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    scores: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    warnings: list[Problem] = field(default_factory=list)
    # The "Call values" sheet: field -> {folded value -> code} (editions.value_mapping).
    value_mapping: dict[str, dict[str, str]] = field(default_factory=dict)
    # Stages and their records (edition-workbook.md); no stages: the one stage `final`.
    stages: list[dict[str, Any]] = field(default_factory=list)
    screenings: list[dict[str, Any]] = field(default_factory=list)
    allocations: list[dict[str, Any]] = field(default_factory=list)
    shortlists: list[dict[str, Any]] = field(default_factory=list)
    consensus: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ImportReport:
    year: int
    counts: dict[str, int]
    warnings: list[Problem]


def store_edition(db: Database, data: EditionData, *, replace: bool = False,
                  actor: str = "import", file: str = "") -> ImportReport:
    """Create the checked edition `data` read from `file`, atomically (replacing the
    edition of the same year only when asked and only if it is not locked)."""
    year = data.edition["year"]
    with db.write() as session:
        existing = edition_or_none(session, year)
        if existing is not None:
            if not replace:
                raise InputError(Problem(
                    tr("edition {year} already exists in the database; use --replace to "
                       "replace it", year=year), file=file, sheet="Edition"))
            refuse_if_locked(existing, file=file)
            drop_edition_logins(session, existing, actor=actor, reason="edition.replace")
            session.execute(delete(Edition).where(Edition.id == existing.id))
            session.flush()
        write_edition(session, data)
        counts = {"categories": len(data.categories), "criteria": len(data.criteria),
                  "projects": len(data.projects), "jurors": len(data.jurors),
                  "conflicts": len(data.conflicts), "scores": len(data.scores),
                  "decisions": len(data.decisions)}
        audit.record(session, "edition.replace" if existing else "edition.import", year=year,
                     entity="edition", key=str(year), actor=actor, file=file, **counts)
    return ImportReport(year, counts, data.warnings)


def drop_edition_logins(session: Session, edition: Edition, *, actor: str,
                        reason: str) -> list[str]:
    """Take away the server logins of an edition's jurors before the edition goes (a
    replaced or deleted edition leaves no login that still connects and reads)."""
    jurors = session.scalars(select(Juror.id).where(Juror.edition_id == edition.id)).all()
    return drop_juror_logins(session, jurors, year=edition.year, actor=actor, reason=reason)


def write_edition(session: Session, data: EditionData, actor: str = "import") -> Edition:
    """Insert a checked edition (bulk inserts: an edition can hold 320,000 scores)."""
    edition = Edition(**data.edition)
    edition.value_mapping = {f: dict(v) for f, v in data.value_mapping.items()}
    session.add(edition)
    session.flush()
    categories = {}
    for record in data.categories:
        category = Category(edition_id=edition.id, **record)
        session.add(category)
        categories[record["code"]] = category
    session.flush()
    criteria: dict[tuple[str | None, str], Criterion] = {}
    for record in data.criteria:
        record = dict(record)
        category_code = record.pop("category")
        category = categories[category_code] if category_code else None
        criterion = Criterion(edition_id=edition.id,
                              category_id=category.id if category else None, **record)
        session.add(criterion)
        criteria[(category_code, record["code"])] = criterion
    projects = {}
    for record in data.projects:
        record = dict(record)
        record.pop("_row", None)
        category = categories[record.pop("category")]
        project = Project(edition_id=edition.id, category_id=category.id, **record)
        session.add(project)
        projects[record["code"]] = (project, category.code)
    jurors = {}
    for record in data.jurors:
        record = dict(record)
        assigned = record.pop("categories")
        juror = Juror(edition_id=edition.id, **record)
        session.add(juror)
        jurors[record["code"]] = (juror, assigned)
    session.flush()
    assignments = [
        {"juror_id": juror.id, "category_id": category.id}
        for juror, assigned in jurors.values()
        for code, category in categories.items()
        if assigned is None or code in assigned
    ]
    if assignments:
        session.execute(insert(Assignment.__table__), assignments)
    if data.conflicts:
        session.execute(insert(Conflict), [
            {"juror_id": jurors[r["juror"]][0].id, "project_id": projects[r["project"]][0].id,
             "reason": r["reason"]} for r in data.conflicts])

    stages = _write_stages(session, edition, data, jurors={c: j.id for c, (j, _a) in
                                                           jurors.items()},
                           projects={c: p.id for c, (p, _k) in projects.items()})
    last = max(stages.values(), key=lambda s: s.position)

    def criterion_id(project_code: str, code: str) -> int:
        category = projects[project_code][1]
        found = criteria.get((category, code)) or criteria[(None, code)]
        return found.id

    if data.scores:  # Core insert: no ORM bookkeeping for 320,000 rows
        session.execute(insert(Score.__table__), [
            {"stage_id": (stages[r["stage"]] if r.get("stage") else last).id,
             "juror_id": jurors[r["juror"]][0].id, "project_id": projects[r["project"]][0].id,
             "criterion_id": criterion_id(r["project"], r["criterion"]), "value": r["value"],
             "comment": r["comment"] or "", "revision": 1, "updated_by": actor}
            for r in data.scores])
    preliminary = [
        {"stage_id": (stages[r["stage"]] if r.get("stage") else last).id,
         "juror_id": jurors[r["juror"]][0].id, "project_id": projects[r["project"]][0].id,
         "criterion_id": criterion_id(r["project"], r["criterion"]), "value": r["preliminary"]}
        for r in data.scores if r.get("preliminary") is not None]
    if preliminary:
        session.execute(insert(PreliminaryMark.__table__), preliminary)
    for record in data.decisions:
        record = dict(record)
        project = projects[record.pop("project")][0]
        session.add(Decision(edition_id=edition.id, project_id=project.id, **record))
    session.flush()
    return edition


def _write_stages(session: Session, edition: Edition, data: EditionData, *,
                  jurors: dict[str, int], projects: dict[str, int]) -> dict[str, Stage]:
    """The stages in order, then what each recorded, before any mark refers to them."""
    if not data.stages:
        stage = default_stage(edition.id)
        session.add(stage)
        session.flush()
        return {stage.code: stage}
    stages: dict[str, Stage] = {}
    for position, record in enumerate(data.stages):
        record = dict(record)
        record.pop("_row", None)
        stage = Stage(edition_id=edition.id, position=position, **record)
        session.add(stage)
        stages[stage.code] = stage
    session.flush()
    rows = [
        (Screening, [{"stage_id": stages[r["stage"]].id, "project_id": projects[r["project"]],
                      "eligible": r["eligible"], "reason": r["reason"] or ""}
                     for r in data.screenings]),
        (ShortlistEntry, [{"stage_id": stages[r["stage"]].id,
                           "project_id": projects[r["project"]]} for r in data.shortlists]),
        (Allocation, [{"stage_id": stages[r["stage"]].id, "juror_id": jurors[r["juror"]],
                       "project_id": projects[r["project"]]} for r in data.allocations]),
        (ConsensusText, [{"stage_id": stages[r["stage"]].id,
                          "project_id": projects[r["project"]], "kind": r["kind"],
                          "text_fr": r["text_fr"], "text_nl": r["text_nl"]}
                         for r in data.consensus]),
    ]
    for model, values in rows:
        if values:
            session.execute(insert(model.__table__), values)
    return stages
