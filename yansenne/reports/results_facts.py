"""What the results workbook shows, read from the database before any sheet is written.

`gather` ranks the edition (`domain.ranking.compute`, the totals and agreement from
`yansenne.scoring`) and reads the small lists (categories, projects, jurors with
their completion and leniency, criteria, conflicts, decisions) in one read session,
so that `yansenne.reports.results_sheets` writes from plain values; the long lists
(scores, audit log) are streamed by the sheets themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain import ranking as ranking_service
from yansenne.i18n import pick
from yansenne.store.models import Conflict, Edition, Juror, Project

# -- what the workbook shows ---------------------------------------------------------

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
    jurors: list[dict[str, Any]]
    voting: tuple[str, ...]
    totals: np.ndarray  # voting jurors x projects (snapshot order)
    table_projects: tuple[str, ...]
    conflicts: list[tuple[str, str, str, str, str, dt.datetime]]
    criteria: list[tuple[str, str, str, float, float, float, float, str]]
    decisions: list[tuple[str, float | None, str, str, str]]


def gather(session: Session, year: int, method: str | None, lang: str | None) -> Facts:
    """Rank the edition and read what the small sheets show (one read session)."""
    ranking = ranking_service.compute(session, year, method=method, lang=lang)
    edition = ranking_service.find_edition(session, year)
    snapshot = ranking_service.snapshot_of(session, edition)
    rules = ranking_service.rules_of(edition)
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
    jurors = _juror_rows(edition, table, conflicted, cat_code, lang)
    lenient = {x.juror: x.leniency for x in scoring.agreement(snapshot, None).jurors} \
        if snapshot.projects else {}
    for row in jurors:
        row["leniency"] = lenient.get(row["code"])
    criteria = [(cat_code[c.category_id] if c.category_id else "", c.code, pick(c, "name", lang),
                 c.weight, c.min_value, c.max_value, c.step, pick(c, "descriptor", lang))
                for c in edition.criteria]
    titles = {p.id: (p.code, pick(p, "title", lang), cat_code[p.category_id])
              for p in edition.projects}
    decisions = [(d.award, d.amount_eur, *titles[d.project_id]) for d in edition.decisions]
    return Facts(
        edition_id=edition.id, year=edition.year, name=pick(edition, "name", lang),
        method=ranking.method, rules=rules, ranking=ranking, comparisons=comparisons,
        categories=categories, projects=project_rows, jurors=jurors, voting=table.jurors,
        totals=table.totals, table_projects=table.projects, conflicts=conflicts,
        criteria=criteria, decisions=decisions)


def _juror_rows(edition: Edition, table: scoring.Table, conflicted: set[tuple[str, str]],
                cat_code: dict[int, str], lang: str | None) -> list[dict[str, Any]]:
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
        row: dict[str, Any] = {
            "code": juror.code, "name": juror.name, "institution": juror.institution,
            "role": juror.role, "language": juror.language,
            "categories": "; ".join(names[c] for c in assigned),
            "submitted": "; ".join(names[c] for c in submitted),
            "expected": None, "given": None, "completion": None}
        j = at.get(juror.code)
        if j is not None:
            mask = np.isin(categories, assigned) & np.array(
                [(juror.code, p) not in conflicted for p in table.projects], dtype=bool)
            expected = int(table.applies[mask].sum())
            given = int((~np.isnan(table.marks[j][mask]) & table.applies[mask]).sum())
            row.update(expected=expected, given=given,
                       completion=given / expected if expected else None)
        rows.append(row)
    return rows
