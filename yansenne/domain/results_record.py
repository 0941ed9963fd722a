"""What the results workbook shows, read from the database before and while it is written.

`gather` ranks the edition (`domain.ranking.compute`, the totals and agreement from
`yansenne.scoring`) and reads the small lists (categories, projects, jurors with
their completion and leniency, criteria, conflicts, decisions) and the length of
the long ones in one read session, so that `yansenne.reports.results_sheets`
writes from plain values. The long lists (320,000 scores, the audit log) are too
big to hold: `score_rows` and `audit_rows` stream them, each in its own short read
session, as plain immutable rows that a sheet appends as they come.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain import preliminary
from yansenne.domain import ranking as ranking_service
from yansenne.domain.lookup import find_edition
from yansenne.domain.stages import find_stage
from yansenne.i18n import pick
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Conflict, Criterion, Edition, Juror, Project, Score

BATCH = 5_000  # rows fetched at a time when streaming


@dataclass(frozen=True)
class JurorRow:
    """A juror with the marks expected of them and given (completion) and their leniency."""

    code: str
    name: str
    institution: str
    role: str
    language: str
    categories: str  # the assigned categories' names, "; "-separated
    submitted: str  # the categories whose marks they submitted, likewise
    expected: int | None  # None: not a voting juror of the scoring table
    given: int | None
    completion: float | None
    leniency: float | None


@dataclass
class Facts:
    """Everything read from the database before writing, except the streamed lists."""

    edition_id: int
    year: int
    name: str
    method: str
    rules: scoring.Rules
    ranking: ranking_service.EditionRanking
    comparisons: dict[str, scoring.MethodComparison]
    categories: list[tuple[str, str]]  # code, name
    projects: list[tuple[str, str, str]]  # code, category code, title
    jurors: list[JurorRow]
    voting: tuple[str, ...]
    totals: np.ndarray  # voting jurors x projects (snapshot order)
    table_projects: tuple[str, ...]
    conflicts: list[tuple[str, str, str, str, str, dt.datetime]]
    criteria: list[tuple[str, str, str, float, float, float, float, str]]
    decisions: list[tuple[str, float | None, str, str, str]]
    n_scores: int = 0  # rows `score_rows` will stream (the progress counts them)
    n_audit: int = 0  # rows `audit_rows` will stream
    # The last stage's preliminary and final marks (an edition with stages; else empty).
    revisions: preliminary.Revisions | None = None
    stage_id: int | None = None  # the stage ranked, whose marks the Scores sheet lists


class ScoreRow(NamedTuple):
    """One score in long form. A tuple, not a dataclass: 320,000 are streamed straight
    into a sheet, which appends each as a row."""

    juror: str
    project: str
    criterion: str
    value: float
    comment: str
    revision: int
    updated_at: dt.datetime


class AuditRow(NamedTuple):
    """One audit entry, streamed into a sheet like `ScoreRow`."""

    at: dt.datetime
    actor: str
    action: str
    entity: str
    key: str
    details: str


def gather(session: Session, year: int, method: str | None, lang: str | None,
           stage: str | None = None) -> Facts:
    """Rank one stage of the edition (default: the open one, as `rank`) and read what
    the small sheets show (one read session)."""
    edition = find_edition(session, year)
    chosen = find_stage(session, edition, stage, kind="scoring")
    ranking = ranking_service.compute(session, year, method=method, lang=lang,
                                      stage=chosen.code)
    snapshot = ranking_service.snapshot_of(session, edition, chosen)
    rules = ranking_service.rules_of(edition, stage=chosen)
    comparisons = {c: scoring.compare_methods(snapshot, c, rules) for c in snapshot.categories}
    table = snapshot.table
    cat_code = {c.id: c.code for c in edition.categories}
    categories = [(c.code, pick(c, "name", lang)) for c in edition.categories]
    order = {c.id: i for i, c in enumerate(edition.categories)}
    projects = sorted(edition.projects, key=lambda p: (order[p.category_id], p.code))
    project_rows = [(p.code, cat_code[p.category_id], pick(p, "title", lang)) for p in projects]
    conflict_rows = session.execute(
        select(Juror.code, Juror.name, Project.code, Project, Conflict.reason,
               Conflict.declared_at)
        .select_from(Conflict).join(Juror, Juror.id == Conflict.juror_id)
        .join(Project, Project.id == Conflict.project_id)
        .where(Juror.edition_id == edition.id).order_by(Juror.position, Project.code)).all()
    conflicts = [(j, n, p, pick(proj, "title", lang), r, d)
                 for j, n, p, proj, r, d in conflict_rows]
    conflicted = {(j, p) for j, _, p, *_ in conflicts}
    lenient = {x.juror: x.leniency for x in scoring.agreement(snapshot, None).jurors} \
        if snapshot.projects else {}
    jurors = _juror_rows(edition, table, conflicted, cat_code, lenient, lang)
    criteria = [(cat_code[c.category_id] if c.category_id else "", c.code, pick(c, "name", lang),
                 c.weight, c.min_value, c.max_value, c.step, pick(c, "descriptor", lang))
                for c in edition.criteria]
    titles = {p.id: (p.code, pick(p, "title", lang), cat_code[p.category_id])
              for p in edition.projects}
    decisions = [(d.award, d.amount_eur, *titles[d.project_id]) for d in edition.decisions]
    n_scores = session.scalar(
        select(func.count()).select_from(Score).where(Score.stage_id == chosen.id)) or 0
    n_audit = session.scalar(select(func.count()).select_from(AuditEntry)
                             .where(AuditEntry.edition_year == year)) or 0
    revisions = preliminary.revisions_in(session, year, method=method, lang=lang)
    return Facts(
        edition_id=edition.id, year=edition.year, name=pick(edition, "name", lang),
        method=ranking.method, rules=rules, ranking=ranking, comparisons=comparisons,
        categories=categories, projects=project_rows, jurors=jurors, voting=table.jurors,
        totals=table.totals, table_projects=table.projects, conflicts=conflicts,
        criteria=criteria, decisions=decisions, n_scores=n_scores, n_audit=n_audit,
        revisions=revisions, stage_id=chosen.id)


def _juror_rows(edition: Edition, table: scoring.Table, conflicted: set[tuple[str, str]],
                cat_code: dict[int, str], lenient: dict[str, float | None],
                lang: str | None) -> list[JurorRow]:
    """Each juror with the marks expected of them and the marks given (completion)."""
    at = {code: i for i, code in enumerate(table.jurors)}
    categories = np.array(table.categories, dtype=object)
    names = {c.code: pick(c, "name", lang) for c in edition.categories}
    rows = []
    for juror in edition.jurors:
        assigned = [cat_code[a.category_id] for a in juror.assignments]
        assigned.sort(key=lambda c: list(names).index(c))
        submitted = sorted((cat_code[a.category_id] for a in juror.assignments
                            if a.submitted_at is not None), key=lambda c: list(names).index(c))
        expected = given = completion = None
        j = at.get(juror.code)
        if j is not None:
            mask = np.isin(categories, assigned) & np.array(
                [(juror.code, p) not in conflicted for p in table.projects], dtype=bool)
            expected = int(table.applies[mask].sum())
            given = int((~np.isnan(table.marks[j][mask]) & table.applies[mask]).sum())
            completion = given / expected if expected else None
        rows.append(JurorRow(
            code=juror.code, name=juror.name, institution=juror.institution, role=juror.role,
            language=juror.language, categories="; ".join(names[c] for c in assigned),
            submitted="; ".join(names[c] for c in submitted), expected=expected, given=given,
            completion=completion, leniency=lenient.get(juror.code)))
    return rows


@contextmanager
def score_rows(db: Database, edition_id: int,
               stage_id: int | None = None) -> Iterator[Iterator[ScoreRow]]:
    """Every score of the edition (of one stage, when given), by project, juror and
    criterion, streamed."""
    query = (
        select(Juror.code, Project.code, Criterion.code, Score.value, Score.comment,
               Score.revision, Score.updated_at)
        .select_from(Score).join(Project, Project.id == Score.project_id)
        .join(Juror, Juror.id == Score.juror_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(Project.edition_id == edition_id,
               *([Score.stage_id == stage_id] if stage_id is not None else []))
        .order_by(Project.code, Juror.position, Juror.code, Criterion.position, Criterion.code))
    with _streamed(db, query) as rows:
        yield map(ScoreRow._make, rows)


@contextmanager
def audit_rows(db: Database, year: int) -> Iterator[Iterator[AuditRow]]:
    """The edition's audit log, oldest first, streamed."""
    query = (select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
                    AuditEntry.entity_key, AuditEntry.details)
             .where(AuditEntry.edition_year == year).order_by(AuditEntry.id))
    with _streamed(db, query) as rows:
        yield map(AuditRow._make, rows)


@contextmanager
def _streamed(db: Database, query: Select[Any]) -> Iterator[Iterable[Sequence[Any]]]:
    """`query`'s rows, fetched `BATCH` at a time, while one read session stays open.

    Core rows, not ORM objects: at this size ORM rows cost twice as much."""
    with db.read() as session:
        yield session.connection().execution_options(yield_per=BATCH).execute(query)
