"""`projects import` and `scores import`: the Projects and Scores columns of the
edition workbook, from the first sheet of an .xlsx or from a CSV file, into an
existing edition. Everything is checked before one transaction writes it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import editable_edition
from yansenne.domain.marks import set_score
from yansenne.errors import InputError, Problem
from yansenne.exchange import sheets as S
from yansenne.exchange.tabular import read_first_table
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import Conflict, Criterion, Edition, Juror, Project, Score


@dataclass
class RecordsReport:
    counts: dict[str, int]
    warnings: list[Problem]


def context_of(session: Session, edition: Edition) -> S.Context:
    """The codes of an edition in the database, for checking rows that refer to them."""
    context = S.Context()
    context.categories = {c.code.lower(): c.code for c in edition.categories}
    by_id = {c.id: c.code for c in edition.categories}
    context.projects = {p.code.lower(): (p.code, by_id[p.category_id]) for p in edition.projects}
    context.jurors = {j.code.lower(): (j.code, j.role) for j in edition.jurors}
    for c in edition.criteria:
        category = by_id[c.category_id].lower() if c.category_id else None
        context.criteria[(category, c.code.lower())] = S.Scale(c.code, c.min_value, c.max_value,
                                                               c.step)
    rows = session.execute(select(Juror.code, Project.code).select_from(Conflict)
                           .join(Juror, Juror.id == Conflict.juror_id)
                           .join(Project, Project.id == Conflict.project_id)
                           .where(Project.edition_id == edition.id))
    context.conflicts = {(j.lower(), p.lower()) for j, p in rows}
    return context


def import_projects(db: Database, year: int, path: Path, actor: str = "import") -> RecordsReport:
    """Add new projects and update existing ones (matched by code)."""
    sheet = read_first_table(path)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    with db.write() as session:
        edition = editable_edition(session, year, file=path.name)
        context = context_of(session, edition)
        context.projects = {}  # the file's codes are new or updates, not references
        records = S.read_projects(sheet, context, problems, warnings)
        if problems:
            raise InputError(problems)
        existing = {p.code.lower(): p for p in edition.projects}
        categories = {c.code: c for c in edition.categories}
        present = set(sheet.header)
        for record in records:
            record = dict(record)
            row = record.pop("_row")
            category = categories[record.pop("category")]
            project = existing.get(record["code"].lower())
            if project is not None:
                # An update touches only the columns the file has.
                record = {k: v for k, v in record.items() if k in present}
                if project.category_id != category.id:
                    stray = _scores_outside_grid(session, project, category)
                    if stray:
                        problems.append(sheet.problem(tr(
                            "project {project} has {count} scores on criteria that are not in "
                            "the grid of category {category}; its category cannot change",
                            project=project.code, count=stray, category=category.code),
                            row, "category"))
                        continue
            if project is None:
                session.add(Project(edition_id=edition.id, category_id=category.id, **record))
                audit.record(session, "project.add", year=year, entity="project",
                             key=record["code"], actor=actor, file=path.name)
                counts["added"] += 1
                continue
            record["code"] = project.code
            record["category_id"] = category.id
            before = {k: getattr(project, k) for k in record}
            changed = {k: (before[k], v) for k, v in record.items() if before[k] != v}
            if not changed:
                counts["unchanged"] += 1
                continue
            for key, (_, value) in changed.items():
                setattr(project, key, value)
            audit.record(session, "project.update", year=year, entity="project",
                         key=project.code, actor=actor, file=path.name,
                         changes={k: list(v) for k, v in changed.items()})
            counts["changed"] += 1
        if problems:
            raise InputError(problems)  # rolls the whole import back
    return RecordsReport(counts, warnings)


def _scores_outside_grid(session: Session, project: Project, category: object) -> int:
    """How many of the project's marks are on criteria the new category does not have."""
    from sqlalchemy import func, or_

    return session.scalar(
        select(func.count(Score.id)).join(Criterion, Criterion.id == Score.criterion_id)
        .where(Score.project_id == project.id, Criterion.category_id.is_not(None),
               or_(Criterion.category_id != category.id))  # type: ignore[attr-defined]
    ) or 0


def import_scores(db: Database, year: int, path: Path, actor: str = "import") -> RecordsReport:
    """Add or replace scores (columns juror, project, criterion, score, comment)."""
    sheet = read_first_table(path)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    with db.write() as session:
        edition = editable_edition(session, year, file=path.name)
        context = context_of(session, edition)
        records = S.read_scores(sheet, context, problems, warnings)
        if problems:
            raise InputError(problems)
        jurors = {j.code: j for j in edition.jurors}
        projects = {p.code: p for p in edition.projects}
        criteria: dict[tuple[int | None, str], Criterion] = {
            (c.category_id, c.code): c for c in edition.criteria}
        for record in records:
            project = projects[record["project"]]
            criterion = (criteria.get((project.category_id, record["criterion"]))
                         or criteria[(None, record["criterion"])])
            change = set_score(session, jurors[record["juror"]], project, criterion,
                               record["value"], record["comment"], actor=actor)
            counts[change.kind] += 1
    return RecordsReport(counts, warnings)
