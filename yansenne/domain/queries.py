"""What the windows read from the store, as plain frozen rows.

Each function opens one short read (`db.plain()` or a `db.read()` session) and returns
detached values, so that no widget ever holds a session or a lazy-loading ORM object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from yansenne.store.database import Database, in_list

if TYPE_CHECKING:
    from yansenne.store.models import Category, Project

# The first screen (the editions, the status bar's counts, the projects table, the
# selected project's detail, the dashboard's counts) is read in plain SQL through the
# driver: importing SQLAlchemy and the ORM's models, setting up their mappers and
# compiling each statement the first time held the desk's first paint back by ~0.5 s.
# The other pages import them when they first read.


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
    scores: int | None  # None: the projects' marks are not counted yet


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
    lead_actor: str | None  # optional
    partner_actors: tuple[str, ...]
    municipality: str | None
    summary_fr: str
    summary_nl: str
    summary_en: str
    contact_name: str
    contact_email: str
    budget_eur: float | None
    n_scores: int
    language: str = "fr"  # the candidate's language for letters


def editions(db: Database) -> list[EditionRow]:
    """Every edition, newest first."""
    with db.plain() as q:
        rows = q.rows("SELECT id, year, name_fr, name_nl, name_en FROM editions "
                      "ORDER BY year DESC")
    return [EditionRow(*row) for row in rows]


def projects(db: Database, edition_id: int) -> list[ProjectRow]:
    """The projects of one edition in code order, with their number of scores."""
    from sqlalchemy import func, select

    from yansenne.store.models import Category, Project, Score

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


@dataclass(frozen=True)
class ProjectLine:
    """What the projects table shows of one project (its row there): no summaries,
    contacts or partners, which the detail pane reads for the one selected."""

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
    lead_actor: str | None
    municipality: str | None
    budget_eur: float | None
    n_scores: int | None  # None: not counted (`project_lines(counted=False)`)


# Counted per project on the scores' index: 6 times faster than grouping them all.
_PROJECT_SCORES = "(SELECT count(*) FROM scores s WHERE s.project_id = p.id)"


def project_lines(db: Database, edition_id: int, *, counted: bool = True,
                  ) -> list[ProjectLine]:
    """The projects table of one edition in code order: its columns only, read as
    plain values (no ORM object per project). `counted=False` leaves the marks
    uncounted (`score_counts` counts them): on a large edition counting them is six
    times the rest of the read."""
    query = (
        "SELECT p.id, p.code, p.title_fr, p.title_nl, p.title_en, c.code, c.name_fr,"
        " c.name_nl, c.name_en, p.organisation, p.lead_actor, p.municipality, p.budget_eur,"
        f" {_PROJECT_SCORES if counted else 'NULL'}"
        " FROM projects p JOIN categories c ON c.id = p.category_id"
        " WHERE p.edition_id = :edition ORDER BY p.code")
    with db.plain() as q:
        return [ProjectLine(i, code, tfr, tnl or "", ten or "", ccode, cfr, cnl or "",
                            cen or "", org or "", actor, municipality, budget,
                            None if n is None else int(n))
                for i, code, tfr, tnl, ten, ccode, cfr, cnl, cen, org, actor, municipality,
                budget, n in q.rows(query, {"edition": edition_id})]


def score_counts(db: Database, edition_id: int) -> dict[int, int]:
    """How many marks each project of the edition holds, by project id."""
    query = f"SELECT p.id, {_PROJECT_SCORES} FROM projects p WHERE p.edition_id = :edition"
    with db.plain() as q:
        return {i: int(n) for i, n in q.rows(query, {"edition": edition_id})}


def project_rows(db: Database, ids: list[int]) -> list[ProjectRow]:
    """The whole rows of the projects `ids` (any order; those gone are left out)."""
    if not ids:
        return []
    wanted, params = in_list("id", list(ids))
    query = (
        "SELECT p.id, p.code, p.title_fr, p.title_nl, p.title_en, c.code, c.name_fr,"
        " c.name_nl, c.name_en, p.organisation, p.lead_actor, p.partner_actors,"
        " p.municipality, p.summary_fr, p.summary_nl, p.summary_en, p.contact_name,"
        " p.contact_email, p.budget_eur, p.language, (SELECT count(*) FROM scores s"
        " WHERE s.project_id = p.id) FROM projects p JOIN categories c"
        f" ON c.id = p.category_id WHERE p.id IN {wanted}")
    with db.plain() as q:
        return [ProjectRow(
            id=i, code=code, title_fr=tfr, title_nl=tnl or "", title_en=ten or "",
            category_code=ccode, category_name_fr=cfr, category_name_nl=cnl or "",
            category_name_en=cen or "", organisation=org or "", lead_actor=actor,
            partner_actors=tuple(a for a in (partners or "").split(";") if a),
            municipality=municipality, summary_fr=sfr or "", summary_nl=snl or "",
            summary_en=sen or "", contact_name=contact or "", contact_email=email or "",
            budget_eur=budget, n_scores=int(n or 0), language=language or "fr")
            for i, code, tfr, tnl, ten, ccode, cfr, cnl, cen, org, actor, partners,
            municipality, sfr, snl, sen, contact, email, budget, language, n
            in q.rows(query, params)]


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
        budget_eur=p.budget_eur, n_scores=int(n), language=p.language or "fr",
    )


class Scored(Protocol):
    """A project read with its number of scores (a `ProjectLine` or `ProjectRow`)."""

    @property
    def n_scores(self) -> int | None: ...


def counts(db: Database, edition_id: int,
           lines: Sequence[Scored] | None = None) -> EditionCounts:
    """How many projects, jurors and scores an edition holds (for the status bar), in
    one statement; with the edition's project `lines` just read, the projects and
    scores are counted from them and only the jurors asked (the scores are None while
    the lines' marks are not counted)."""
    with db.plain() as q:
        if lines is not None:
            n_jurors = q.value("SELECT count(*) FROM jurors WHERE edition_id = :edition",
                               {"edition": edition_id})
            marks = [line.n_scores for line in lines]
            return EditionCounts(len(lines), int(n_jurors or 0),
                                 None if None in marks else sum(marks))  # type: ignore[arg-type]
        row = q.one(
            "SELECT (SELECT count(id) FROM projects WHERE edition_id = :edition),"
            " (SELECT count(id) FROM jurors WHERE edition_id = :edition),"
            " (SELECT count(*) FROM scores WHERE project_id IN"
            " (SELECT id FROM projects WHERE edition_id = :edition))",
            {"edition": edition_id})
    return EditionCounts(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))


def last_change(db: Database) -> int:
    """The audit log's highest id (0 when empty): every committed change is audited, so
    a window that read the store at this mark has seen everything up to it."""
    with db.plain() as q:
        return int(q.value("SELECT max(id) FROM audit_log") or 0)


# ---------------------------------------------------------------- the desk's pages


@dataclass(frozen=True)
class EditionDetail:
    """Everything the Edition page edits, and whether the grid is frozen."""

    id: int
    year: int
    values: dict[str, Any]  # the editable settings (yansenne.domain.editions.EDITABLE)
    grid_frozen: bool  # computed: flagged, or scored and not deliberately unfrozen
    grid_flag: bool  # the stored flag alone
    has_scores: bool
    locked: bool
    criteria: tuple[str, ...]


@dataclass(frozen=True)
class CategoryRow:
    code: str
    name_fr: str
    name_nl: str
    name_en: str
    projects: int


@dataclass(frozen=True)
class CriterionRow:
    code: str
    category: str | None  # None: shared by every category
    name_fr: str
    name_nl: str
    name_en: str
    weight: float
    min_value: float
    max_value: float
    step: float
    descriptor_fr: str
    descriptor_nl: str
    descriptor_en: str
    scores: int

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.category, self.code)


@dataclass(frozen=True)
class JurorRow:
    code: str
    name: str
    institution: str
    role: str
    language: str
    email: str
    categories: tuple[str, ...]  # the categories the juror scores
    scores: int


@dataclass(frozen=True)
class ConflictsView:
    """What the conflicts matrix shows: declared pairs with their reasons, the
    suggestions with theirs, and how many marks each scored pair holds."""

    declared: dict[tuple[str, str], str]
    suggested: dict[tuple[str, str], str]
    scored: dict[tuple[str, str], int]


@dataclass(frozen=True)
class Progress:
    """Scoring progress of one juror in one category."""

    juror: str
    category: str
    complete: int  # projects fully scored
    projects: int  # projects the juror should score (conflicts left out)
    marks: int
    expected: int  # marks expected

    @property
    def share(self) -> float:
        return self.marks / self.expected if self.expected else 1.0


def edition_detail(db: Database, edition_id: int) -> EditionDetail:
    from yansenne.domain.editions import edition_values, has_scores
    from yansenne.domain.grid import grid_frozen
    from yansenne.store.models import Edition

    with db.read() as s:
        edition = s.get(Edition, edition_id)
        assert edition is not None
        return EditionDetail(edition.id, edition.year, edition_values(edition),
                             grid_frozen(s, edition), bool(edition.grid_frozen),
                             has_scores(s, edition), edition.locked_at is not None,
                             tuple(c.code for c in edition.criteria))


def categories(db: Database, edition_id: int) -> list[CategoryRow]:
    """An edition's categories in their order, with how many projects each holds."""
    query = (
        "SELECT c.code, c.name_fr, c.name_nl, c.name_en, coalesce(n.n, 0) FROM categories c"
        " LEFT OUTER JOIN (SELECT category_id, count(id) AS n FROM projects"
        " WHERE edition_id = :edition GROUP BY category_id) n ON n.category_id = c.id"
        " WHERE c.edition_id = :edition ORDER BY c.position, c.id")
    with db.plain() as q:
        return [CategoryRow(c, fr, nl or "", en or "", int(n))
                for c, fr, nl, en, n in q.rows(query, {"edition": edition_id})]


def criteria(db: Database, edition_id: int) -> list[CriterionRow]:
    from sqlalchemy import func, select

    from yansenne.store.models import Category, Criterion, Score

    n_scores = (select(Score.criterion_id, func.count(Score.id).label("n"))
                .group_by(Score.criterion_id).subquery())
    with db.read() as s:
        rows = s.execute(
            select(Criterion, Category.code, func.coalesce(n_scores.c.n, 0))
            .outerjoin(Category, Category.id == Criterion.category_id)
            .outerjoin(n_scores, n_scores.c.criterion_id == Criterion.id)
            .where(Criterion.edition_id == edition_id)
            .order_by(Criterion.position, Criterion.id)).all()
        return [CriterionRow(c.code, category, c.name_fr, c.name_nl or "", c.name_en or "",
                             c.weight, c.min_value, c.max_value, c.step, c.descriptor_fr or "",
                             c.descriptor_nl or "", c.descriptor_en or "", int(n))
                for c, category, n in rows]


def jurors(db: Database, edition_id: int) -> list[JurorRow]:
    from sqlalchemy import func, select

    from yansenne.store.models import Assignment, Category, Juror, Score

    n_scores = (select(Score.juror_id, func.count(Score.id).label("n"))
                .group_by(Score.juror_id).subquery())
    with db.read() as s:
        order = {code: i for i, (code,) in enumerate(s.execute(
            select(Category.code).where(Category.edition_id == edition_id)
            .order_by(Category.position, Category.id)))}
        assigned: dict[int, list[str]] = {}
        for juror_id, code in s.execute(
                select(Assignment.juror_id, Category.code)
                .join(Category, Category.id == Assignment.category_id)
                .where(Category.edition_id == edition_id)):
            assigned.setdefault(juror_id, []).append(code)
        rows = s.execute(
            select(Juror, func.coalesce(n_scores.c.n, 0))
            .outerjoin(n_scores, n_scores.c.juror_id == Juror.id)
            .where(Juror.edition_id == edition_id).order_by(Juror.position, Juror.id)).all()
        return [JurorRow(j.code, j.name, j.institution or "", j.role, j.language, j.email or "",
                         tuple(sorted(assigned.get(j.id, []), key=lambda c: order.get(c, 0))),
                         int(n)) for j, n in rows]


@dataclass(frozen=True)
class ProjectGroup:
    """How many projects share a category, a lead actor and a municipality."""

    category_code: str
    category_name_fr: str
    category_name_nl: str
    category_name_en: str
    lead_actor: str | None
    municipality: str | None
    projects: int


@dataclass(frozen=True)
class DashboardCounts:
    """The dashboard's counts: the projects grouped by what it counts them by (every
    dimension is a sum over these few groups), and the conflicts declared."""

    groups: tuple[ProjectGroup, ...]
    declared_conflicts: int

    @property
    def projects(self) -> int:
        return sum(group.projects for group in self.groups)


def dashboard_counts(db: Database, edition_id: int) -> DashboardCounts:
    """One grouped query over the projects (not a row per project, let alone their
    texts), with the declared conflicts counted in the same statement."""
    query = (
        "SELECT c.code, c.name_fr, c.name_nl, c.name_en, p.lead_actor, p.municipality,"
        " count(p.id) FROM projects p JOIN categories c ON c.id = p.category_id"
        " WHERE p.edition_id = :edition"
        " GROUP BY c.id, c.code, c.name_fr, c.name_nl, c.name_en, p.lead_actor, p.municipality")
    with db.plain() as q:
        rows = q.rows(query, {"edition": edition_id})
        n_declared = q.value(
            "SELECT count(*) FROM conflicts f JOIN jurors j ON j.id = f.juror_id"
            " WHERE j.edition_id = :edition", {"edition": edition_id})
    groups = tuple(ProjectGroup(code, fr, nl or "", en or "", actor, municipality, int(n))
                   for code, fr, nl, en, actor, municipality, n in rows)
    return DashboardCounts(groups, int(n_declared or 0))


def suggested_conflicts(db: Database, edition_id: int) -> int:
    """How many juror–project pairs the conflict suggestions name (slow on a large
    edition: the dashboard asks off the UI thread)."""
    from sqlalchemy import select

    from yansenne.domain.conflict_suggestions import suggestions
    from yansenne.store.models import Edition

    with db.read() as s:
        year = s.scalar(select(Edition.year).where(Edition.id == edition_id))
        return len({(x.juror, x.project) for x in suggestions(s, int(year))})


def conflicts_view(db: Database, edition_id: int) -> ConflictsView:
    from sqlalchemy import func, select

    from yansenne.domain.conflict_suggestions import suggestions
    from yansenne.store.models import Conflict, Edition, Juror, Project, Score

    with db.read() as s:
        year = s.scalar(select(Edition.year).where(Edition.id == edition_id))
        declared = {(j, p): reason or "" for j, p, reason in s.execute(
            select(Juror.code, Project.code, Conflict.reason)
            .join(Juror, Juror.id == Conflict.juror_id)
            .join(Project, Project.id == Conflict.project_id)
            .where(Juror.edition_id == edition_id))}
        suggested = {(x.juror, x.project): x.reason for x in suggestions(s, int(year))}
        scored = {(j, p): int(n) for j, p, n in s.execute(
            select(Juror.code, Project.code, func.count(Score.id))
            .join(Juror, Juror.id == Score.juror_id)
            .join(Project, Project.id == Score.project_id)
            .where(Project.edition_id == edition_id).group_by(Juror.code, Project.code))}
    return ConflictsView(declared, suggested, scored)


def progress(db: Database, edition_id: int) -> list[Progress]:
    """Scoring progress per juror who scores and category they are assigned: marks given
    out of the marks expected, conflicts and observers left out."""
    from sqlalchemy import func, select

    from yansenne.store.models import (
        Assignment,
        Category,
        Conflict,
        Criterion,
        Juror,
        Project,
        Score,
    )

    with db.read() as s:
        cats = s.execute(select(Category.id, Category.code).where(
            Category.edition_id == edition_id).order_by(Category.position, Category.id)).all()
        crits = s.execute(select(Criterion.id, Criterion.category_id).where(
            Criterion.edition_id == edition_id)).all()
        projects_by_cat: dict[int, list[int]] = {}
        for project_id, category_id in s.execute(select(Project.id, Project.category_id).where(
                Project.edition_id == edition_id)):
            projects_by_cat.setdefault(category_id, []).append(project_id)
        voting = s.execute(select(Juror.id, Juror.code).where(
            Juror.edition_id == edition_id, Juror.role != "observer")
            .order_by(Juror.position, Juror.id)).all()
        assigned = {(j, c) for j, c in s.execute(
            select(Assignment.juror_id, Assignment.category_id)
            .join(Juror, Juror.id == Assignment.juror_id).where(Juror.edition_id == edition_id))}
        conflicts = {(j, p) for j, p in s.execute(
            select(Conflict.juror_id, Conflict.project_id)
            .join(Juror, Juror.id == Conflict.juror_id).where(Juror.edition_id == edition_id))}
        marks = {(j, p): int(n) for j, p, n in s.execute(
            select(Score.juror_id, Score.project_id, func.count(Score.id))
            .join(Project, Project.id == Score.project_id)
            .where(Project.edition_id == edition_id).group_by(Score.juror_id, Score.project_id))}
    result = []
    for juror_id, juror_code in voting:
        for category_id, category_code in cats:
            if (juror_id, category_id) not in assigned:
                continue
            n_criteria = sum(1 for _, c in crits if c is None or c == category_id)
            projects = [p for p in projects_by_cat.get(category_id, [])
                        if (juror_id, p) not in conflicts]
            given = [min(marks.get((juror_id, p), 0), n_criteria) for p in projects]
            result.append(Progress(juror_code, category_code,
                                   sum(1 for g in given if n_criteria and g == n_criteria),
                                   len(projects), sum(given), len(projects) * n_criteria))
    return result
