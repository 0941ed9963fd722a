"""The edition workbook: import and export of a whole edition (edition-workbook.md).

Import reads and checks every sheet first and writes nothing unless all of it is
sound; then one transaction creates the edition. Export writes every field that
import reads, so export, import and export again give the same cells.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from yansenne.errors import InputError, Problem
from yansenne.exchange import sheets as S
from yansenne.exchange.cells import cell, header
from yansenne.exchange.tabular import Sheet, read_workbook
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    Category,
    Conflict,
    Criterion,
    Decision,
    Edition,
    Juror,
    Project,
    Score,
)

SHEETS = ("Edition", "Categories", "Criteria", "Projects", "Jurors", "Conflicts", "Scores",
          "Decisions")
OPTIONAL = ("Conflicts", "Scores", "Decisions")


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


def read_edition_workbook(path: Path) -> EditionData:
    """Read and check every sheet; raise InputError listing every problem."""
    sheets = read_workbook(path)
    problems: list[Problem] = []
    warnings: list[Problem] = []

    def sheet(name: str) -> Sheet | None:
        found = sheets.get(name.lower())
        if found is None and name not in OPTIONAL:
            problems.append(Problem(tr("the sheet \"{sheet}\" is missing", sheet=name),
                                    file=path.name))
        return found

    context = S.Context()
    empty: list[dict[str, Any]] = []
    ed = sheet("Edition")
    edition = S.read_edition(ed, problems, warnings) if ed else {}
    cat = sheet("Categories")
    categories = S.read_categories(cat, problems, warnings) if cat else empty
    context.categories = {c["code"].lower(): c["code"] for c in categories}
    crit = sheet("Criteria")
    criteria = S.read_criteria(crit, context, problems, warnings) if crit else []
    if ed:
        S.check_tie_break(ed, edition, context, problems)
    proj = sheet("Projects")
    projects = S.read_projects(proj, context, problems, warnings) if proj else []
    if ed:
        S.check_casting_vote(ed, edition, context, problems)
    jur = sheet("Jurors")
    jurors = S.read_jurors(jur, context, problems, warnings) if jur else []
    con = sheet("Conflicts")
    conflicts = S.read_conflicts(con, context, problems, warnings) if con else []
    sco = sheet("Scores")
    scores = S.read_scores(sco, context, problems, warnings) if sco else []
    dec = sheet("Decisions")
    decisions = S.read_decisions(dec, context, problems, warnings) if dec else []
    for name in sheets:
        if name not in {s.lower() for s in SHEETS}:
            warnings.append(Problem(tr("unknown sheet \"{sheet}\" ignored",
                                       sheet=sheets[name].name), file=path.name))
    if categories == [] and cat is not None and not problems:
        problems.append(cat.problem(tr("an edition needs at least one category")))
    if problems:
        raise InputError(problems)
    return EditionData(edition, categories, criteria, projects, jurors, conflicts, scores,
                       decisions, warnings)


@dataclass
class ImportReport:
    year: int
    counts: dict[str, int]
    warnings: list[Problem]


def import_edition(db: Database, path: Path, *, replace: bool = False,
                   actor: str = "import") -> ImportReport:
    """Create the edition of the workbook at `path`, atomically."""
    data = read_edition_workbook(path)
    year = data.edition["year"]
    with db.write() as session:
        existing = session.scalars(select(Edition).where(Edition.year == year)).first()
        if existing is not None:
            if not replace:
                raise InputError(Problem(
                    tr("edition {year} already exists in the database; use --replace to "
                       "replace it", year=year), file=path.name, sheet="Edition"))
            if existing.locked_at is not None:
                raise InputError(Problem(
                    tr("edition {year} is locked after its deliberation; reopen it before "
                       "replacing it", year=year), file=path.name))
            session.execute(delete(Edition).where(Edition.id == existing.id))
            session.flush()
        write_edition(session, data)
        counts = {"categories": len(data.categories), "criteria": len(data.criteria),
                  "projects": len(data.projects), "jurors": len(data.jurors),
                  "conflicts": len(data.conflicts), "scores": len(data.scores),
                  "decisions": len(data.decisions)}
        audit.record(session, "edition.replace" if existing else "edition.import", year=year,
                     entity="edition", key=str(year), actor=actor, file=path.name, **counts)
    return ImportReport(year, counts, data.warnings)


def write_edition(session: Session, data: EditionData, actor: str = "import") -> Edition:
    """Insert a checked edition (bulk inserts: an edition can hold 320,000 scores)."""
    edition = Edition(**data.edition)
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

    def criterion_id(project_code: str, code: str) -> int:
        category = projects[project_code][1]
        found = criteria.get((category, code)) or criteria[(None, code)]
        return found.id

    if data.scores:  # Core insert: no ORM bookkeeping for 320,000 rows
        session.execute(insert(Score.__table__), [
            {"juror_id": jurors[r["juror"]][0].id, "project_id": projects[r["project"]][0].id,
             "criterion_id": criterion_id(r["project"], r["criterion"]), "value": r["value"],
             "comment": r["comment"] or "", "revision": 1, "updated_by": actor}
            for r in data.scores])
    for record in data.decisions:
        record = dict(record)
        project = projects[record.pop("project")][0]
        session.add(Decision(edition_id=edition.id, project_id=project.id, **record))
    session.flush()
    return edition


# ---------------------------------------------------------------- export


def _sheet(workbook: Workbook, title: str, columns: Iterable[str],
           rows: Iterable[Iterable[Any]], widths: dict[str, float] | None = None) -> None:
    ws = workbook.create_sheet(title)
    columns = list(columns)
    for index, name in enumerate(columns):
        from openpyxl.utils import get_column_letter

        width = (widths or {}).get(name, max(10, min(40, len(name) + 4)))
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    ws.freeze_panes = "A2"
    ws.append(header(ws, columns))
    for row in rows:
        ws.append([cell(ws, value) for value in row])


def _blank(value: Any) -> Any:
    return None if value == "" else value


def export_edition(db: Database, year: int, path: Path) -> Path:
    """Write the edition `year` as an edition workbook at `path`."""
    with db.read() as session:
        edition = session.scalars(select(Edition).where(Edition.year == year)).first()
        if edition is None:
            raise InputError(Problem(tr("no edition {year} in the database", year=year)))
        categories = {c.id: c for c in edition.categories}
        criteria = {c.id: c for c in edition.criteria}
        projects = {p.id: p for p in edition.projects}
        jurors = {j.id: j for j in edition.jurors}
        workbook = Workbook(write_only=True)
        edition_rows = [
            ("year", edition.year), ("name_fr", edition.name_fr), ("name_nl", edition.name_nl),
            ("name_en", edition.name_en), ("ceremony_date", edition.ceremony_date),
            ("method", edition.method), ("quorum", edition.quorum), ("trim", edition.trim),
            ("tie_break", _blank(";".join(edition.tie_break.split("\n")))),
            ("prizes", edition.prizes),
            ("deliberation_date", edition.deliberation_date),
            ("deliberation_place", _blank(edition.deliberation_place)),
            ("casting_vote", _blank(";".join(edition.casting_vote.split("\n")))),
            ("foreword_fr", _blank(edition.foreword_fr)),
            ("foreword_nl", _blank(edition.foreword_nl)),
            ("foreword_en", _blank(edition.foreword_en)),
        ]
        _sheet(workbook, "Edition", ("key", "value"), edition_rows, {"value": 80})
        _sheet(workbook, "Categories", S.CATEGORY_COLUMNS,
               ((c.code, c.name_fr, _blank(c.name_nl), _blank(c.name_en))
                for c in edition.categories), {"name_fr": 40, "name_nl": 40, "name_en": 40})
        _sheet(workbook, "Criteria", S.CRITERION_COLUMNS, (
            (c.code, c.name_fr, _blank(c.name_nl), _blank(c.name_en),
             categories[c.category_id].code if c.category_id else None, c.weight, c.min_value,
             c.max_value, c.step, _blank(c.descriptor_fr), _blank(c.descriptor_nl),
             _blank(c.descriptor_en)) for c in edition.criteria), {"descriptor_fr": 60})
        _sheet(workbook, "Projects", S.PROJECT_COLUMNS, (
            (p.code, categories[p.category_id].code, p.title_fr, _blank(p.title_nl),
             _blank(p.title_en), _blank(p.organisation), p.lead_actor, _blank(p.partner_actors),
             p.municipality, _blank(p.summary_fr), _blank(p.summary_nl), _blank(p.summary_en),
             _blank(p.contact_name), _blank(p.contact_email), p.budget_eur)
            for p in edition.projects), {"title_fr": 50, "title_nl": 50, "title_en": 50})
        all_categories = set(categories)
        _sheet(workbook, "Jurors", S.JUROR_COLUMNS, (
            (j.code, j.name, _blank(j.institution), j.role, j.language, _blank(j.email),
             _assigned(j, all_categories, categories)) for j in edition.jurors),
            {"name": 30, "institution": 40})
        conflicts = session.scalars(
            select(Conflict).join(Project).where(Project.edition_id == edition.id)
            .order_by(Conflict.juror_id, Conflict.project_id)).all()
        _sheet(workbook, "Conflicts", S.CONFLICT_COLUMNS, (
            (jurors[c.juror_id].code, projects[c.project_id].code, _blank(c.reason))
            for c in conflicts), {"reason": 50})
        scores = session.execute(
            select(Score.juror_id, Score.project_id, Score.criterion_id, Score.value,
                   Score.comment)
            .join(Project, Project.id == Score.project_id)
            .where(Project.edition_id == edition.id)
            .order_by(Score.juror_id, Score.project_id, Score.criterion_id))
        _sheet(workbook, "Scores", S.SCORE_COLUMNS, (
            (jurors[j].code, projects[p].code, criteria[c].code, v, _blank(m))
            for j, p, c, v, m in scores), {"comment": 50})
        _sheet(workbook, "Decisions", S.DECISION_COLUMNS, (
            (projects[d.project_id].code, d.award, d.amount_eur, _blank(d.citation_fr),
             _blank(d.citation_nl), _blank(d.citation_en), _blank(d.justification))
            for d in edition.decisions), {"citation_fr": 50, "citation_nl": 50})
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    workbook.save(tmp)
    tmp.replace(path)
    return path


def _assigned(juror: Juror, all_categories: set[int], categories: dict[int, Category]) -> Any:
    """The categories column: blank when the juror scores every category."""
    assigned = {a.category_id for a in juror.assignments}
    if assigned == all_categories:
        return None
    return ";".join(categories[c].code for c in sorted(assigned, key=lambda c:
                                                        categories[c].position)) or None
