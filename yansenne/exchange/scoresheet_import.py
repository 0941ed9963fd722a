"""A juror's filled Excel scoresheet, read back safely: all or nothing.

`import_scoresheet` reads a filled workbook (written by
`yansenne.exchange.scoresheet_export`) back in one transaction and writes nothing
unless every cell is sound. It refuses a scoresheet of another edition, an identity
that does not match its seal (edited to claim another juror, or made from another
database), a grid that changed since the export (each change named), and a
scoresheet older than the last one imported for that juror. Each bad cell is
reported by sheet and cell reference. This module reads the workbook; the checks
against the database and the writes are `yansenne.domain.scoresheet_data`'s, in the
one transaction in which the cells are checked. Marks go through
`yansenne.domain.marks.set_score` (revisions, audit entries), so importing a later
version replaces the earlier scores. An empty cell means "no score given here": it
leaves any recorded score (or comment) unchanged; a score is withdrawn only by the
secretariat. A score in a conflict row, or a changed score in a submitted category, is
refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from yansenne.domain.marks import parse_number
from yansenne.domain.scoresheet_data import (
    MAX_SEQUENCE,
    OLD_FORMAT,
    ScoresheetChanges,
    ScoresheetData,
    ScoresheetReport,
    SheetCategory,
    SheetCriterion,
    SheetJuror,
    SheetProject,
    apply_scoresheet,
    grid_changes,
)
from yansenne.errors import InputError, Problem
from yansenne.exchange.scoresheet_identity import (
    FIRST_CRITERION,
    FIRST_ROW,
    FORMAT,
    IDENTITY,
    Identity,
    SheetPart,
    conflict_label,
)
from yansenne.exchange.tabular import check_workbook_file
from yansenne.i18n import tr
from yansenne.store.database import Database

__all__ = ["CellProblem", "ScoresheetReport", "grid_changes", "import_scoresheet",
           "read_identity"]

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

# The identity sheet holds its keys, then one line per category sheet, five columns.
IDENTITY_ROWS = 1000
IDENTITY_COLUMNS = 5


def _refuse(message: str, file: str) -> InputError:
    return InputError(Problem(message, file=file))


def read_identity(workbook: Any, file: str) -> Identity:
    """The identity of a scoresheet, or a refusal saying it is not one of ours."""
    if IDENTITY not in workbook.sheetnames:
        raise _refuse(tr("not a Yansenne scoresheet: its identity part is missing (export the "
                         "scoresheet again with 'yansenne scoresheet export')"), file)
    # Bounded: a forged identity may declare every cell of the sheet; a declared size
    # beyond the identity's own is damage, and reading never goes past that size.
    sheet = workbook[IDENTITY]
    if (getattr(sheet, "max_row", None) or 0) > IDENTITY_ROWS:
        raise _refuse(tr("the identity part of this scoresheet is damaged; export the "
                         "scoresheet again"), file)
    rows = [list(r) for r in sheet.iter_rows(
        max_row=IDENTITY_ROWS, max_col=IDENTITY_COLUMNS, values_only=True)]
    values = {str(r[0]).strip(): (r[1] if len(r) > 1 else None) for r in rows
              if r and r[0] is not None}
    try:
        version = _whole(values["format"])
        if version == OLD_FORMAT:
            raise _refuse(tr("this scoresheet was sealed the old way (format 1), which does not "
                             "prove which juror it belongs to, and is no longer accepted: "
                             "export a new scoresheet for juror {juror} and have it filled "
                             "again", juror=_text(values.get("juror"))), file)
        if version != FORMAT:
            raise _refuse(tr("this scoresheet was made by another version of Yansenne (format "
                             "{format}); export it again", format=_text(values["format"])), file)
        identity = Identity(
            year=_whole(values["year"]), juror=str(values["juror"]),
            generated=str(values["generated"]), sequence=_whole(values["sequence"]),
            grid=str(values["grid"]), fingerprint=str(values["fingerprint"]),
            seal=str(values["seal"]))
        if not (0 < identity.year <= 9999 and 0 <= identity.sequence <= MAX_SEQUENCE):
            raise ValueError(identity.year)
        start = next(i for i, r in enumerate(rows) if r and r[0] == "sheet") + 1
        for r in rows[start:]:
            if not r or r[0] is None:
                continue
            padded = [("" if v is None else str(v)) for v in (list(r) + [None] * 5)[:5]]
            identity.sheets.append(SheetPart(
                padded[0], padded[1], _codes(padded[2]), _codes(padded[3]), _codes(padded[4])))
    except (KeyError, TypeError, ValueError, OverflowError, StopIteration) as exc:
        raise _refuse(tr("the identity part of this scoresheet is damaged; export the "
                         "scoresheet again"), file) from exc
    return identity


def _whole(value: Any) -> int:
    """A whole number of the identity sheet (written by us as a number): anything else,
    a fraction, an infinity or a number of hundreds of digits, is damage."""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        value = int(value)
    if isinstance(value, str):
        if len(value.strip()) > 20:
            raise ValueError(value[:20])
        value = int(value.strip())
    if not isinstance(value, int) or abs(value) > MAX_SEQUENCE:
        raise ValueError(value)
    return value


def _text(value: Any) -> str:
    """A value of the identity sheet shown in a message, never hundreds of characters."""
    if value is None:
        return "-"
    if isinstance(value, int) and abs(value) >= 10**40:
        return "…"  # never converted to its hundreds (or thousands) of digits
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c for c in text.split(";") if c)


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
        return apply_scoresheet(
            db, year, identity, file, actor=actor,
            read_cells=lambda data: _CellReader(data, file).read(workbook, identity))
    finally:
        workbook.close()


class _CellReader:
    """Checks every cell of a scoresheet against the database's data, collecting the
    problems; called inside the import's transaction, so the data cannot change under it."""

    def __init__(self, data: ScoresheetData, file: str) -> None:
        self.juror, self.file = data.juror, file
        self.categories = {c.code: c for c in data.categories}
        self.projects = {p.code: p for p in data.projects}
        self.conflicts, self.marks, self.notes = data.conflicts, data.marks, data.notes
        self.labels = {conflict_label(lang) for lang in ("fr", "nl", "en")}
        self.problems: list[Problem] = []
        self.plan = ScoresheetChanges()

    def read(self, workbook: Any, identity: Identity) -> ScoresheetChanges:
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
        category = self.categories[part.category]
        criteria = {c.code: c for c in category.criteria}
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
            locked = category.submitted_at is not None
            for k, code in enumerate(part.criteria):
                self._mark(part, row, FIRST_CRITERION + k, cells[FIRST_CRITERION + k - 1],
                           project, criteria[code], category, locked)
            self._note(part, row, comment_col, cells[comment_col - 1], project, category,
                       locked)

    def _mark(self, part: SheetPart, row: int, column: int, target: Any,
              project: SheetProject, criterion: SheetCriterion, category: SheetCategory,
              locked: bool) -> None:
        raw = None if target is None else target.value
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return  # no score here: a recorded one stays as it is
        if getattr(target, "data_type", None) == "f":
            self._bad(part, row, column, tr("a formula is not a score: type the number itself"))
            return
        huge = isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) > 10**15
        try:
            value = None if huge else parse_number(raw)
        except OverflowError:
            huge = True
        if huge:  # a whole number of hundreds of digits, never shown in full
            self._bad(part, row, column, tr("this number is far too large to be a score"))
            return
        if value is None:
            self._bad(part, row, column, tr("{value} is not a number", value=_text(raw)))
        elif problem := criterion.mark_problem(value):
            self._bad(part, row, column, problem)
        elif project.id in self.conflicts:
            self._bad(part, row, column, tr("juror {juror} is in conflict with project "
                                            "{project}", juror=self.juror.code,
                                            project=project.code))
        elif locked and self.marks.get((project.id, criterion.id)) != value:
            self._bad(part, row, column, _submitted_message(self.juror, category))
        else:
            self.plan.marks.append((project, criterion, value))

    def _note(self, part: SheetPart, row: int, column: int, target: Any,
              project: SheetProject, category: SheetCategory, locked: bool) -> None:
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


def _submitted_message(juror: SheetJuror, category: SheetCategory) -> str:
    return tr("the scores of juror {juror} in category {category} were submitted and are "
              "locked; only the secretariat can reopen them", juror=juror.code,
              category=category.code)
