"""The bulk edition write: a whole checked edition into the database in one transaction.

The edition workbook and the demo edition both arrive here as `EditionData`; the
scores go in as one statement run for every row, as plain tuples on SQLite (an edition
can hold 320,000 of them; the database's triggers check each).
"""

from __future__ import annotations

from collections.abc import Callable
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
    utcnow,
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

    ids = _Ids(stages={c: s.id for c, s in stages.items()}, last=last.id,
               jurors={c: j.id for c, (j, _a) in jurors.items()},
               projects={c: p.id for c, (p, _k) in projects.items()},
               criterion=criterion_id)
    if data.scores:
        _insert_scores(session, data.scores, ids, actor)
    preliminary = [
        {"stage_id": ids.stage(r.get("stage")), "juror_id": ids.jurors[r["juror"]],
         "project_id": ids.projects[r["project"]],
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


@dataclass
class _Ids:
    """The database ids of an edition's codes, as its marks refer to them."""

    stages: dict[str, int]
    last: int  # the stage of a mark that names none
    jurors: dict[str, int]
    projects: dict[str, int]
    criterion: Callable[[str, str], int]

    def stage(self, code: str | None) -> int:
        return self.stages[code] if code else self.last


# Negative: KiB (SQLite's own convention): 64 MB, twice a database holding edition L.
BULK_CACHE_KIB = -64 * 1024
SCORE_COLUMNS = ("stage_id", "juror_id", "project_id", "criterion_id", "value", "comment",
                 "revision", "updated_at", "updated_by")


def _insert_scores(session: Session, scores: list[dict[str, Any]], ids: _Ids,
                   actor: str) -> None:
    """The marks in one statement run for every row. On SQLite the rows go to the driver
    as tuples: SQLAlchemy would otherwise run its bind processors and the column defaults
    (a clock reading each) 320,000 times; one import is one moment. The database's
    triggers still check every row."""
    connection = session.connection()
    now = utcnow()
    if connection.dialect.name == "sqlite":  # stored as SQLAlchemy stores it, once
        kind = Score.__table__.c.updated_at.type.dialect_impl(connection.dialect)
        stamp = kind.bind_processor(connection.dialect)
        now = stamp(now) if stamp is not None else now
    # Memoised: an edition has a few thousand (project, criterion) pairs, not 320,000.
    criterion_ids: dict[tuple[str, str], int] = {}
    rows = []
    for r in scores:
        key = (r["project"], r["criterion"])
        criterion = criterion_ids.get(key)
        if criterion is None:
            criterion = criterion_ids[key] = ids.criterion(*key)
        rows.append((ids.stage(r.get("stage")), ids.jurors[r["juror"]],
                     ids.projects[r["project"]], criterion, r["value"], r["comment"] or "", 1,
                     now, actor))
    if connection.dialect.name != "sqlite":  # the dialect's own batched insert
        session.execute(insert(Score.__table__), [dict(zip(SCORE_COLUMNS, row, strict=True))
                                                  for row in rows])
        return
    # SQLite's page cache (2 MB) cannot hold the score table's indexes as they grow: each
    # row would evict pages the next one reads again. For this statement only, room for
    # an edition L whole; the connection's own setting comes back after it.
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
    try:
        connection.exec_driver_sql(
            f"INSERT INTO scores ({', '.join(SCORE_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(SCORE_COLUMNS))})", rows)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


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
