"""What the windows read from the store, as plain frozen rows.

Each function opens one short `db.read()` session and returns detached values, so
that no widget ever holds a session or a lazy-loading ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from yansenne.store.database import Database
from yansenne.store.models import Category, Edition, Juror, Project, Score


@dataclass(frozen=True)
class EditionRow:
    id: int
    year: int
    name_fr: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class EditionCounts:
    projects: int
    jurors: int
    scores: int


@dataclass(frozen=True)
class ProjectRow:
    """One candidate project with what the table and the detail pane show."""

    id: int
    code: str
    title_fr: str
    title_nl: str
    title_en: str
    category_code: str
    category_name_fr: str
    category_name_nl: str
    category_name_en: str
    organisation: str
    lead_actor: str
    partner_actors: tuple[str, ...]
    municipality: str | None
    summary_fr: str
    summary_nl: str
    summary_en: str
    contact_name: str
    contact_email: str
    budget_eur: float | None
    n_scores: int


def editions(db: Database) -> list[EditionRow]:
    """Every edition, newest first."""
    with db.read() as s:
        rows = s.execute(
            select(Edition.id, Edition.year, Edition.name_fr, Edition.name_nl, Edition.name_en)
            .order_by(Edition.year.desc())
        ).all()
    return [EditionRow(*row) for row in rows]


def projects(db: Database, edition_id: int) -> list[ProjectRow]:
    """The projects of one edition in code order, with their number of scores."""
    n_scores = (
        select(Score.project_id, func.count(Score.id).label("n"))
        .group_by(Score.project_id)
        .subquery()
    )
    query = (
        select(Project, Category, func.coalesce(n_scores.c.n, 0))
        .join(Category, Category.id == Project.category_id)
        .outerjoin(n_scores, n_scores.c.project_id == Project.id)
        .where(Project.edition_id == edition_id)
        .order_by(Project.code)
    )
    with db.read() as s:
        return [_project_row(p, c, n) for p, c, n in s.execute(query).all()]


def _project_row(p: Project, c: Category, n: int) -> ProjectRow:
    return ProjectRow(
        id=p.id, code=p.code, title_fr=p.title_fr, title_nl=p.title_nl or "",
        title_en=p.title_en or "", category_code=c.code, category_name_fr=c.name_fr,
        category_name_nl=c.name_nl or "", category_name_en=c.name_en or "",
        organisation=p.organisation or "", lead_actor=p.lead_actor,
        partner_actors=tuple(a for a in (p.partner_actors or "").split(";") if a),
        municipality=p.municipality, summary_fr=p.summary_fr or "",
        summary_nl=p.summary_nl or "", summary_en=p.summary_en or "",
        contact_name=p.contact_name or "", contact_email=p.contact_email or "",
        budget_eur=p.budget_eur, n_scores=int(n),
    )


def counts(db: Database, edition_id: int) -> EditionCounts:
    """How many projects, jurors and scores an edition holds (for the status bar)."""
    with db.read() as s:
        n_projects = s.scalar(
            select(func.count(Project.id)).where(Project.edition_id == edition_id)
        )
        n_jurors = s.scalar(select(func.count(Juror.id)).where(Juror.edition_id == edition_id))
        n_scores = s.scalar(
            select(func.count(Score.id))
            .join(Project, Project.id == Score.project_id)
            .where(Project.edition_id == edition_id)
        )
    return EditionCounts(int(n_projects or 0), int(n_jurors or 0), int(n_scores or 0))
