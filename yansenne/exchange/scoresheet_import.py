"""A juror's filled Excel scoresheet, read back safely: all or nothing.

`import_scoresheet` reads a filled workbook (written by
`yansenne.exchange.scoresheet_export`) back in one transaction and writes nothing
unless every cell is sound. It refuses a scoresheet of another edition, an identity
that does not match its seal (edited to claim another juror, or made from another
database), a grid that changed since the export (each change named), and a
scoresheet older than the last one imported for that juror. Each bad cell is
reported by sheet and cell reference. Marks go through `store.scores.set_score`
(revisions, audit entries), so importing a later version replaces the earlier
scores. An empty cell means "no score given here": it leaves any recorded score (or
comment) unchanged; a score is withdrawn only by the secretariat. A score in a
conflict row, or a changed score in a submitted category, is refused.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.marks import parse_number, scale_problem, set_score
from yansenne.domain.scale import format_number
from yansenne.errors import InputError, Problem
from yansenne.exchange.scoresheet_identity import (
    FIRST_CRITERION,
    FIRST_ROW,
    FORMAT,
    IDENTITY,
    IMPORT_ACTION,
    Identity,
    SheetPart,
    assigned_categories,
    conflict_label,
    criteria_of,
    fingerprint_of,
    grid_of,
    scoring_juror,
    seal_of,
)
from yansenne.exchange.tabular import check_workbook_file
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    AuditEntry,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    Project,
    ProjectNote,
    Score,
    utcnow,
)

# -- problems ------------------------------------------------------------------------

@dataclass(frozen=True)
class CellProblem(Problem):
    """A problem in one cell, shown as `FILE: sheet S, cell D7: what is wrong`."""

    cell: str | None = None

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(tr("sheet {sheet}", sheet=self.sheet))
        if self.cell:
            where.append(tr("cell {cell}", cell=self.cell))
        parts = [p for p in (self.file, ", ".join(where)) if p]
        return ": ".join([*parts, self.message])


def _cell_problem(file: str, sheet: str, row: int, column: int, message: str) -> CellProblem:
    letter = get_column_letter(column)
    return CellProblem(message, file=file, sheet=sheet, row=row, column=letter,
                       cell=f"{letter}{row}")


# -- import --------------------------------------------------------------------------

@dataclass
class ScoresheetReport:
    """What an import did."""

    juror: str
    name: str
    counts: dict[str, int]
    generated: str
    file: str


def _refuse(message: str, file: str) -> InputError:
    return InputError(Problem(message, file=file))


def read_identity(workbook: Any, file: str) -> Identity:
    """The identity of a scoresheet, or a refusal saying it is not one of ours."""
    if IDENTITY not in workbook.sheetnames:
        raise _refuse(tr("not a Yansenne scoresheet: its identity part is missing (export the "
                         "scoresheet again with 'yansenne scoresheet export')"), file)
    rows = [list(r) for r in workbook[IDENTITY].iter_rows(values_only=True)]
    values = {str(r[0]).strip(): (r[1] if len(r) > 1 else None) for r in rows
              if r and r[0] is not None}
    try:
        if int(values["format"]) != FORMAT:
            raise _refuse(tr("this scoresheet was made by another version of Yansenne (format "
                             "{format}); export it again", format=values["format"]), file)
        identity = Identity(
            year=int(values["year"]), juror=str(values["juror"]),
            generated=str(values["generated"]), sequence=int(values["sequence"]),
            grid=str(values["grid"]), fingerprint=str(values["fingerprint"]),
            seal=str(values["seal"]))
        start = next(i for i, r in enumerate(rows) if r and r[0] == "sheet") + 1
        for r in rows[start:]:
            if not r or r[0] is None:
                continue
            padded = [("" if v is None else str(v)) for v in (list(r) + [None] * 5)[:5]]
            identity.sheets.append(SheetPart(
                padded[0], padded[1], _codes(padded[2]), _codes(padded[3]), _codes(padded[4])))
    except (KeyError, TypeError, ValueError, StopIteration) as exc:
        raise _refuse(tr("the identity part of this scoresheet is damaged; export the "
                         "scoresheet again"), file) from exc
    return identity


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c for c in text.split(";") if c)


def _describe(grid: dict[str, Any], lang: str | None = None) -> dict[tuple[str, str], str]:
    return {(c[0], c[1]): tr("{min} to {max}, step {step}, weight {weight}", lang=lang,
                             min=format_number(c[3]), max=format_number(c[4]),
                             step=format_number(c[5]), weight=format_number(c[2]))
            for c in grid["criteria"]}


def grid_changes(old: str, new: str, juror: str) -> list[str]:
    """What changed between the grid a scoresheet was made for and today's, in words."""
    before, after = json.loads(old), json.loads(new)
    changes = []
    if before["categories"] != after["categories"]:
        changes.append(tr("the categories of juror {juror} are now {now} (were {was})",
                          juror=juror, now=", ".join(after["categories"]) or "-",
                          was=", ".join(before["categories"]) or "-"))
    was, now = _describe(before), _describe(after)
    for key in sorted(was.keys() | now.keys()):
        criterion = key[1] if not key[0] else f"{key[1]} ({key[0]})"
        if key not in now:
            changes.append(tr("criterion {criterion} was removed", criterion=criterion))
        elif key not in was:
            changes.append(tr("criterion {criterion} was added", criterion=criterion))
        elif was[key] != now[key]:
            changes.append(tr("criterion {criterion} is now {now} (was {was})",
                              criterion=criterion, now=now[key], was=was[key]))
    return changes


def import_scoresheet(db: Database, year: int, path: Path, *,
                      actor: str = "scoresheet") -> ScoresheetReport:
    """Read a filled scoresheet back (see the module docstring); all or nothing."""
    path = Path(path)
    file = path.name
    check_workbook_file(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise _refuse(tr("the workbook cannot be read ({reason})", reason=str(exc)),
                      file) from exc
    try:
        identity = read_identity(workbook, file)
        if identity.year != year:
            raise _refuse(tr("this scoresheet belongs to edition {found}, not {year}",
                             found=identity.year, year=year), file)
        with db.write() as session:
            return _import(session, workbook, identity, year, file, actor)
    finally:
        workbook.close()


def _import(session: Session, workbook: Any, identity: Identity, year: int, file: str,
            actor: str) -> ScoresheetReport:
    edition = find_edition(session, year, file=file)
    refuse_if_locked(edition, file=file)
    juror = scoring_juror(session, edition, identity.juror, file)
    if not hmac.compare_digest(identity.seal, seal_of(identity, edition)):
        raise _refuse(tr("the identity of this scoresheet does not match this database: it was "
                         "edited after the export (it claims juror {juror}), or it comes from "
                         "another database or an earlier copy of edition {year}; export a new "
                         "scoresheet", juror=identity.juror, year=year), file)
    assigned = assigned_categories(session, edition, juror)
    grid = grid_of(edition, [c for c, _ in assigned])
    if fingerprint_of(grid) != identity.fingerprint:
        changes = grid_changes(identity.grid, grid, juror.code) or [
            tr("the grid is not the one this scoresheet was made for")]
        raise InputError([Problem(tr("the grid has changed since this scoresheet was exported "
                                     "on {date}: {change}; export a new scoresheet for juror "
                                     "{juror}", date=identity.generated[:10], change=change,
                                     juror=juror.code), file=file) for change in changes])
    _refuse_if_older(session, identity, year, file)
    plan = _CellReader(session, edition, juror, assigned, file).read(workbook, identity)
    counts = {"added": 0, "changed": 0, "unchanged": 0, "comments": 0}
    for project, criterion, value in plan.marks:
        counts[set_score(session, juror, project, criterion, value, actor=actor).kind] += 1
    for project, text in plan.notes:
        _set_note(session, juror, project, text, year, actor)
        counts["comments"] += 1
    audit.record(session, IMPORT_ACTION, year=year, entity="juror", key=juror.code, actor=actor,
                 file=file, generated=identity.generated, sequence=identity.sequence, **counts)
    return ScoresheetReport(juror.code, juror.name, counts, identity.generated, file)


def _refuse_if_older(session: Session, identity: Identity, year: int, file: str) -> None:
    """A scoresheet generated before the last one imported would undo later scores."""
    details = session.scalar(
        select(AuditEntry.details).where(AuditEntry.action == IMPORT_ACTION,
                                         AuditEntry.edition_year == year,
                                         AuditEntry.entity_key == identity.juror)
        .order_by(AuditEntry.id.desc()).limit(1))
    if not details:
        return
    last = json.loads(details).get("generated", "")
    if identity.generated < last:
        raise _refuse(tr("this scoresheet was generated on {date}, before the one already "
                         "imported for juror {juror} (generated on {last}); import the latest "
                         "version, or export a new one", date=_shown(identity.generated),
                         juror=identity.juror, last=_shown(last)), file)


def _shown(iso: str) -> str:
    return iso[:19].replace("T", " ")


@dataclass
class _Plan:
    """What an import will write, once every cell has been checked."""

    marks: list[tuple[Project, Criterion, float]] = field(default_factory=list)
    notes: list[tuple[Project, str]] = field(default_factory=list)


class _CellReader:
    """Checks every cell of a scoresheet against the database, collecting the problems."""

    def __init__(self, session: Session, edition: Edition, juror: Juror,
                 assigned: list[tuple[Category, Assignment]], file: str) -> None:
        self.edition, self.juror, self.file = edition, juror, file
        self.categories = {c.code: (c, a) for c, a in assigned}
        self.projects = {p.code: p for p in edition.projects}
        self.conflicts = set(session.scalars(select(Conflict.project_id)
                                             .where(Conflict.juror_id == juror.id)))
        self.marks = {(p, c): v for p, c, v in session.execute(
            select(Score.project_id, Score.criterion_id, Score.value)
            .where(Score.juror_id == juror.id))}
        self.notes = dict(session.execute(
            select(ProjectNote.project_id, ProjectNote.comment)
            .where(ProjectNote.juror_id == juror.id)).all())
        self.labels = {conflict_label(lang) for lang in ("fr", "nl", "en")}
        self.problems: list[Problem] = []
        self.plan = _Plan()

    def read(self, workbook: Any, identity: Identity) -> _Plan:
        for part in identity.sheets:
            if part.title not in workbook.sheetnames:
                self.problems.append(Problem(tr("the sheet \"{sheet}\" is missing",
                                                sheet=part.title), file=self.file))
            elif part.category not in self.categories:
                self.problems.append(Problem(
                    tr("juror {juror} is not assigned to category {category}",
                       juror=self.juror.code, category=part.category), file=self.file))
            else:
                self._sheet(workbook[part.title], part)
        if self.problems:
            raise InputError(self.problems)
        return self.plan

    def _bad(self, part: SheetPart, row: int, column: int, message: str) -> None:
        self.problems.append(_cell_problem(self.file, part.title, row, column, message))

    def _sheet(self, ws: Any, part: SheetPart) -> None:
        category, assignment = self.categories[part.category]
        criteria = {c.code: c for c in criteria_of(self.edition, category)}
        comment_col = FIRST_CRITERION + len(part.criteria)
        rows = list(ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + len(part.projects) - 1,
                                 min_col=1, max_col=comment_col)) if part.projects else []
        for offset, expected in enumerate(part.projects):
            row = FIRST_ROW + offset
            cells = list(rows[offset]) if offset < len(rows) else []
            cells += [None] * (comment_col - len(cells))
            found = cells[0].value if cells[0] is not None else None
            found = "" if found is None else str(found).strip()
            if found != expected:
                self._bad(part, row, 1, tr(
                    "the project code {found} is not the one exported here ({expected}); do "
                    "not sort or move rows", found=found or "-", expected=expected))
                continue
            project = self.projects.get(expected)
            if project is None or project.category_id != category.id:
                self._bad(part, row, 1, tr("project {project} is no longer in category "
                                           "{category}", project=expected,
                                           category=category.code))
                continue
            locked = assignment.submitted_at is not None
            for k, code in enumerate(part.criteria):
                self._mark(part, row, FIRST_CRITERION + k, cells[FIRST_CRITERION + k - 1],
                           project, criteria[code], category, locked)
            self._note(part, row, comment_col, cells[comment_col - 1], project, category,
                       locked)

    def _mark(self, part: SheetPart, row: int, column: int, target: Any, project: Project,
              criterion: Criterion, category: Category, locked: bool) -> None:
        raw = None if target is None else target.value
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return  # no score here: a recorded one stays as it is
        if getattr(target, "data_type", None) == "f":
            self._bad(part, row, column, tr("a formula is not a score: type the number itself"))
            return
        value = parse_number(raw)
        if value is None:
            self._bad(part, row, column, tr("{value} is not a number", value=raw))
        elif problem := scale_problem(criterion, value):
            self._bad(part, row, column, problem)
        elif project.id in self.conflicts:
            self._bad(part, row, column, tr("juror {juror} is in conflict with project "
                                            "{project}", juror=self.juror.code,
                                            project=project.code))
        elif locked and self.marks.get((project.id, criterion.id)) != value:
            self._bad(part, row, column, _submitted_message(self.juror, category))
        else:
            self.plan.marks.append((project, criterion, value))

    def _note(self, part: SheetPart, row: int, column: int, target: Any, project: Project,
              category: Category, locked: bool) -> None:
        raw = None if target is None else target.value
        text = "" if raw is None else str(raw).strip()
        in_conflict = project.id in self.conflicts
        if not text or (in_conflict and text in self.labels):
            return
        if in_conflict:
            self._bad(part, row, column, tr("juror {juror} is in conflict with project "
                                            "{project}", juror=self.juror.code,
                                            project=project.code))
        elif text != (self.notes.get(project.id) or ""):
            if locked:
                self._bad(part, row, column, _submitted_message(self.juror, category))
            else:
                self.plan.notes.append((project, text))


def _submitted_message(juror: Juror, category: Category) -> str:
    return tr("the scores of juror {juror} in category {category} were submitted and are "
              "locked; only the secretariat can reopen them", juror=juror.code,
              category=category.code)


def _set_note(session: Session, juror: Juror, project: Project, text: str, year: int,
              actor: str) -> None:
    """The juror's comment on a project, audited like the scoring grid's notes."""
    note = session.get(ProjectNote, (juror.id, project.id))
    before = note.comment if note else ""
    if note is None:
        session.add(ProjectNote(juror_id=juror.id, project_id=project.id, comment=text))
    else:
        note.comment, note.updated_at = text, utcnow()
    audit.record(session, "note.set", year=year, entity="project_note",
                 key=f"{juror.code}/{project.code}", actor=actor, before=before, after=text)
