"""Excel scoresheets for jurors: one juror's grid out to Excel, and safely back in.

`export_scoresheet` writes one workbook per juror, in the juror's language: an
instructions sheet, then one sheet per assigned category (projects x criteria, a
comment column, the rubric below the table). Only the score and comment cells of
open rows are unlocked; every score cell carries a data validation of its
criterion's scale and step; rows of a declared conflict of interest and categories
already submitted are locked and labelled. A very hidden identity sheet records the
edition, the juror, a SHA-256 fingerprint of the grid (criteria codes, weights and
scales, and the juror's categories), the projects of each sheet, when the sheet was
generated and the database's audit sequence at that moment, all sealed with an HMAC
keyed by the edition's own record (its id and creation time, which only the
database holds), so that an identity edited in Excel is refused.

`import_scoresheet` reads a filled workbook back in one transaction and writes
nothing unless every cell is sound. It refuses a scoresheet of another edition, an
identity that does not match its seal (edited to claim another juror, or made from
another database), a grid that changed since the export (each change named), and a
scoresheet older than the last one imported for that juror. Each bad cell is
reported by sheet and cell reference. Marks go through `store.scores.set_score`
(revisions, audit entries), so importing a later version replaces the earlier
scores. An empty cell means "no score given here": it leaves any recorded score (or
comment) unchanged; a score is withdrawn only by the secretariat. A score in a
conflict row, or a changed score in a submitted category, is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.cells import cell
from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.marks import parse_number, scale_problem, set_score
from yansenne.domain.scale import STEP_TOLERANCE, format_number
from yansenne.errors import InputError, Problem
from yansenne.exchange.tabular import check_workbook_file
from yansenne.i18n import pick, tr
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

FORMAT = 1
IDENTITY = "yansenne"
IMPORT_ACTION = "scoresheet.import"
TITLE_ROW, OWNER_ROW, STATUS_ROW, HEADER_ROW, SCALE_ROW, FIRST_ROW = 1, 2, 3, 4, 5, 6
FIRST_CRITERION = 3  # column C: A is the project code, B its title

TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
BOLD = Font(bold=True)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
NOTE_FONT = Font(italic=True, color="595959")
WARNING_FONT = Font(bold=True, color="9C0006")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
CONFLICT_FILL = PatternFill("solid", fgColor="D9D9D9")
SUBMITTED_FILL = PatternFill("solid", fgColor="EDEDED")
SCALE_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center")
UNLOCKED = Protection(locked=False)
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


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


# -- what a scoresheet is made of ------------------------------------------------------

@dataclass(frozen=True)
class SheetPart:
    """One category sheet as the identity records it."""

    title: str
    category: str
    criteria: tuple[str, ...]
    projects: tuple[str, ...]
    conflicts: tuple[str, ...]

    def as_row(self) -> list[Any]:
        return [self.title, self.category, ";".join(self.criteria), ";".join(self.projects),
                ";".join(self.conflicts)]


@dataclass
class Identity:
    """The hidden identity of a scoresheet: whose, which grid, when, and its seal."""

    year: int
    juror: str
    generated: str  # ISO time (UTC) of the export
    sequence: int  # the audit log's last id at export: the database state it reflects
    grid: str  # canonical JSON of the grid, see grid_of()
    fingerprint: str
    sheets: list[SheetPart] = field(default_factory=list)
    seal: str = ""

    def content(self) -> bytes:
        """What the seal covers: everything but the seal."""
        body = {"format": FORMAT, "year": self.year, "juror": self.juror,
                "generated": self.generated, "sequence": self.sequence, "grid": self.grid,
                "fingerprint": self.fingerprint, "sheets": [s.as_row() for s in self.sheets]}
        return json.dumps(body, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")


def seal_key(edition: Edition) -> bytes:
    """The HMAC key: the edition's own record, which only the database holds."""
    created = edition.created_at.isoformat() if edition.created_at else ""
    return hashlib.sha256(f"yansenne-scoresheet:{edition.id}:{edition.year}:{created}"
                          .encode()).digest()


def seal_of(identity: Identity, edition: Edition) -> str:
    return hmac.new(seal_key(edition), identity.content(), hashlib.sha256).hexdigest()


def grid_of(edition: Edition, categories: list[Category]) -> str:
    """Canonical JSON of what a juror's marks depend on: their categories and criteria."""
    codes = {c.id: c.code for c in edition.categories}
    ids = {c.id for c in categories}
    criteria = [[codes[c.category_id] if c.category_id else "", c.code, c.weight, c.min_value,
                 c.max_value, c.step] for c in edition.criteria
                if c.category_id is None or c.category_id in ids]
    return json.dumps({"categories": [c.code for c in categories], "criteria": criteria},
                      sort_keys=True, separators=(",", ":"))


def fingerprint_of(grid: str) -> str:
    return hashlib.sha256(grid.encode("utf-8")).hexdigest()


def _assigned(session: Session, edition: Edition, juror: Juror,
              ) -> list[tuple[Category, Assignment]]:
    rows = session.execute(
        select(Category, Assignment).join(Assignment, Assignment.category_id == Category.id)
        .where(Assignment.juror_id == juror.id, Category.edition_id == edition.id)
        .order_by(Category.position, Category.code)).all()
    return [(c, a) for c, a in rows]


def _juror(session: Session, edition: Edition, code: str, file: str | None = None) -> Juror:
    juror = session.scalars(select(Juror).where(Juror.edition_id == edition.id,
                                                Juror.code == code)).first()
    if juror is None:
        choices = ", ".join(j.code for j in edition.jurors if j.role != "observer")
        raise InputError(Problem(tr("juror {juror} is not in edition {year}; choose one of: "
                                    "{choices}", juror=code, year=edition.year,
                                    choices=choices or "-"), file=file))
    if juror.role == "observer":
        raise InputError(Problem(tr("juror {juror} is an observer and does not score",
                                    juror=juror.code), file=file))
    return juror


def _sequence(session: Session) -> int:
    return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def _criteria_of(edition: Edition, category: Category) -> list[Criterion]:
    return [c for c in edition.criteria if c.category_id in (None, category.id)]


# -- export --------------------------------------------------------------------------

def _num(value: float, lang: str) -> str:
    """A scale bound as the juror reads it: 7,5 in French and Dutch, 7.5 in English."""
    text = format_number(value)
    return text.replace(".", ",") if lang in ("fr", "nl") else text


def _formula_number(value: float) -> str:
    """A number as an Excel formula needs it (no exponent, point as decimal mark)."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return f"({text})" if value < 0 else text


def step_formula(ref: str, criterion: Criterion) -> str:
    """Excel's own check of a mark: a number on the scale and on the step (to 1e-6)."""
    lo, hi = _formula_number(criterion.min_value), _formula_number(criterion.max_value)
    step = _formula_number(criterion.step)
    units = f"({ref}-{lo})/{step}"
    return (f"AND(ISNUMBER({ref}),{ref}>={lo},{ref}<={hi},"
            f"ABS({units}-ROUND({units},0))<{STEP_TOLERANCE:.6f})")


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid Excel sheet name, unique in the workbook (case-insensitive)."""
    base = SHEET_NAME_FORBIDDEN.sub("-", " ".join(name.split())).strip("'") or "-"
    if len(base) > 31:  # cut at a word, and say so
        cut = base[:30]
        base = (cut[: cut.rfind(" ")] if " " in cut else cut).rstrip(" -,;") + "…"
    candidate, n = base, 2
    while candidate.lower() in taken or candidate.lower() == "history":
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)].rstrip() + suffix, n + 1
    taken.add(candidate.lower())
    return candidate


def _clean(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def conflict_label(lang: str | None) -> str:
    """What a conflict row says in the comment column (the import recognises it)."""
    return tr("Conflict of interest: you do not score this project.", lang=lang)


def _put(ws: Worksheet, row: int, column: int, value: Any, **style: Any) -> Any:
    """Write one cell (text through cells.cell: never a formula) and style it."""
    target = ws.cell(row=row, column=column)
    if isinstance(value, str):
        safe = cell(ws, _clean(value))  # a string cell, quote-prefixed when needed
        target.value = safe.value
        target.data_type = "s"
        target.quotePrefix = safe.quotePrefix
    else:
        target.value = value
    for name, setting in style.items():
        setattr(target, name, setting)
    return target


def _page(ws: Worksheet, title_rows: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "&A — &P / &N"


def _protect(ws: Worksheet) -> None:
    """Protected without a password: it guards against slips; the import checks anyway."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # the juror may widen columns and rows
    ws.protection.formatRows = False


@dataclass
class _Category:
    category: Category
    submitted_at: dt.datetime | None
    criteria: list[Criterion]
    projects: list[Project]


def export_scoresheet(db: Database, year: int, juror_code: str, path: Path,
                      *, now: dt.datetime | None = None) -> Path:
    """Write juror `juror_code`'s scoresheet of edition `year` to `path`."""
    with db.read() as session:
        edition = find_edition(session, year)
        juror = _juror(session, edition, juror_code)
        assigned = _assigned(session, edition, juror)
        if not assigned:
            raise InputError(Problem(tr("juror {juror} has no category to score",
                                        juror=juror.code)))
        parts = [_Category(c, a.submitted_at, _criteria_of(edition, c),
                           [p for p in edition.projects if p.category_id == c.id])
                 for c, a in assigned]
        conflicts = set(session.scalars(select(Conflict.project_id)
                                        .where(Conflict.juror_id == juror.id)))
        marks = {(p, c): v for p, c, v in session.execute(
            select(Score.project_id, Score.criterion_id, Score.value)
            .where(Score.juror_id == juror.id))}
        notes = dict(session.execute(select(ProjectNote.project_id, ProjectNote.comment)
                                     .where(ProjectNote.juror_id == juror.id)).all())
        generated = (now or utcnow()).isoformat(timespec="microseconds")
        grid = grid_of(edition, [c for c, _ in assigned])
        identity = Identity(year=edition.year, juror=juror.code, generated=generated,
                            sequence=_sequence(session), grid=grid,
                            fingerprint=fingerprint_of(grid))
        workbook = Workbook()
        taken: set[str] = {IDENTITY}
        lang = juror.language
        instructions = workbook.active
        instructions.title = sheet_title(tr("Instructions", lang=lang), taken)
        for part in parts:
            ws = workbook.create_sheet(sheet_title(pick(part.category, "name", lang), taken))
            identity.sheets.append(_category_sheet(ws, edition, juror, part, conflicts, marks,
                                                   notes, lang))
        _instructions(instructions, edition, juror, parts, identity, lang)
        identity.seal = seal_of(identity, edition)
        _identity_sheet(workbook.create_sheet(IDENTITY), identity)
    workbook.active = 0
    workbook.security = WorkbookProtection(lockStructure=True)
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        workbook.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def scoresheet_name(year: int, juror_code: str) -> str:
    """The file name of a juror's scoresheet when many are written into one folder."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", juror_code)
    return f"scoresheet-{year}-{safe}.xlsx"


def export_scoresheets(db: Database, year: int, folder: Path,
                       jurors: Iterable[str] | None = None) -> list[Path]:
    """Every scoring juror's scoresheet (or those named) into `folder`."""
    with db.read() as session:
        edition = find_edition(session, year)
        codes = [j.code for j in edition.jurors if j.role != "observer" and j.assignments]
    wanted = list(jurors) if jurors is not None else codes
    folder = Path(folder).expanduser()
    return [export_scoresheet(db, year, code, folder / scoresheet_name(year, code))
            for code in wanted]


def _category_sheet(ws: Worksheet, edition: Edition, juror: Juror, part: _Category,
                    conflicts: set[int], marks: dict[tuple[int, int], float],
                    notes: dict[int, str], lang: str) -> SheetPart:
    """Projects x criteria with a comment column, then the rubric; returns its record."""
    criteria, projects = part.criteria, part.projects
    comment_col = FIRST_CRITERION + len(criteria)
    submitted = part.submitted_at is not None
    name = pick(part.category, "name", lang)
    _put(ws, TITLE_ROW, 1, tr("{category} — {edition}", lang=lang, category=name,
                              edition=pick(edition, "name", lang)), font=TITLE_FONT)
    _put(ws, OWNER_ROW, 1, tr("Scoresheet of {name} ({code}). Type your scores in the yellow "
                              "cells; the rubric is below the table.", lang=lang,
                              name=juror.name, code=juror.code), font=NOTE_FONT)
    if submitted:
        _put(ws, STATUS_ROW, 1, tr("Submitted on {date}: these scores are locked; only the "
                                   "secretariat can reopen them.", lang=lang,
                                   date=part.submitted_at.strftime("%Y-%m-%d")),
             font=WARNING_FONT)
    heads = [tr("Project", lang=lang), tr("Title", lang=lang),
             *[pick(c, "name", lang) for c in criteria], tr("Comment", lang=lang)]
    for column, head in enumerate(heads, start=1):
        _put(ws, HEADER_ROW, column, head, font=HEADER_FONT, fill=HEADER_FILL,
             alignment=Alignment(wrap_text=True, vertical="center",
                                 horizontal="left" if column < FIRST_CRITERION else "center"),
             border=BOX)
    _put(ws, SCALE_ROW, 2, tr("Scale, step and weight", lang=lang), font=NOTE_FONT,
         fill=SCALE_FILL, border=BOX)
    ws.cell(SCALE_ROW, 1).fill = SCALE_FILL
    for k, criterion in enumerate(criteria):
        column = FIRST_CRITERION + k
        _put(ws, SCALE_ROW, column, _scale_text(criterion, lang), font=NOTE_FONT,
             fill=SCALE_FILL, alignment=Alignment(wrap_text=True, horizontal="center"),
             border=BOX)
        descriptor = pick(criterion, "descriptor", lang)
        if descriptor:
            note = Comment(_clean(descriptor)[:2000], "Yansenne", width=320, height=220)
            ws.cell(HEADER_ROW, column).comment = note
    _put(ws, SCALE_ROW, comment_col, tr("optional", lang=lang), font=NOTE_FONT,
         fill=SCALE_FILL, alignment=CENTRE, border=BOX)
    label = conflict_label(lang)
    conflicted = []
    for i, project in enumerate(projects):
        row = FIRST_ROW + i
        in_conflict = project.id in conflicts
        if in_conflict:
            conflicted.append(project.code)
        _put(ws, row, 1, project.code, border=BOX, alignment=Alignment(vertical="top"))
        _put(ws, row, 2, pick(project, "title", lang), border=BOX, alignment=WRAP)
        for k, criterion in enumerate(criteria):
            target = ws.cell(row=row, column=FIRST_CRITERION + k)
            target.border, target.alignment = BOX, CENTRE
            if in_conflict:
                target.fill = CONFLICT_FILL
                continue
            target.value = marks.get((project.id, criterion.id))
            if submitted:
                target.fill = SUBMITTED_FILL
            else:
                target.fill, target.protection = INPUT_FILL, UNLOCKED
        note = ws.cell(row=row, column=comment_col)
        if in_conflict:
            _put(ws, row, comment_col, label, font=NOTE_FONT, fill=CONFLICT_FILL,
                 border=BOX, alignment=WRAP)
            ws.cell(row, 1).fill = ws.cell(row, 2).fill = CONFLICT_FILL
            continue
        if notes.get(project.id):
            _put(ws, row, comment_col, notes[project.id])
        note.border, note.alignment = BOX, WRAP
        note.fill = SUBMITTED_FILL if submitted else INPUT_FILL
        if not submitted:
            note.protection = UNLOCKED
    last = FIRST_ROW + max(len(projects), 1) - 1
    for k, criterion in enumerate(criteria):
        _validation(ws, criterion, FIRST_CRITERION + k, last, lang)
    _rubric(ws, criteria, last + 3, comment_col, lang)
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 52
    for k in range(len(criteria)):
        ws.column_dimensions[get_column_letter(FIRST_CRITERION + k)].width = 16
    ws.column_dimensions[get_column_letter(comment_col)].width = 44
    ws.row_dimensions[HEADER_ROW].height = 46
    ws.row_dimensions[SCALE_ROW].height = 30
    ws.freeze_panes = ws.cell(FIRST_ROW, FIRST_CRITERION)
    _page(ws, f"{HEADER_ROW}:{SCALE_ROW}")
    _protect(ws)
    return SheetPart(ws.title, part.category.code, tuple(c.code for c in criteria),
                     tuple(p.code for p in projects), tuple(conflicted))


def _scale_text(criterion: Criterion, lang: str) -> str:
    return tr("{min} to {max}, step {step}, weight {weight}", lang=lang,
              min=_num(criterion.min_value, lang), max=_num(criterion.max_value, lang),
              step=_num(criterion.step, lang), weight=_num(criterion.weight, lang))


def _validation(ws: Worksheet, criterion: Criterion, column: int, last: int, lang: str) -> None:
    """Excel refuses a mark off the criterion's scale or step as it is typed."""
    letter = get_column_letter(column)
    name = pick(criterion, "name", lang)
    rule = tr("Type a number from {min} to {max} in steps of {step}.", lang=lang,
              min=_num(criterion.min_value, lang), max=_num(criterion.max_value, lang),
              step=_num(criterion.step, lang))
    prompt = rule
    descriptor = pick(criterion, "descriptor", lang)
    if descriptor:
        prompt = f"{rule}\n{descriptor}"
    validation = DataValidation(
        type="custom", formula1=step_formula(f"{letter}{FIRST_ROW}", criterion),
        allow_blank=True, showErrorMessage=True, showInputMessage=True, errorStyle="stop",
        errorTitle=_clip(tr("Score refused", lang=lang), 32), error=_clip(rule, 255),
        promptTitle=_clip(name, 32), prompt=_clip(prompt, 255))
    validation.add(f"{letter}{FIRST_ROW}:{letter}{last}")
    ws.add_data_validation(validation)


def _clip(text: str, limit: int) -> str:
    text = _clean(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rubric(ws: Worksheet, criteria: list[Criterion], row: int, last_col: int,
            lang: str) -> None:
    """What each level of each criterion means, below the table."""
    _put(ws, row, 1, tr("Rubric", lang=lang), font=Font(bold=True, size=12, color="1F4E79"))
    width = 52 + 16 * len(criteria) + 44  # characters across columns B to the comment
    for criterion in criteria:
        row += 1
        descriptor = pick(criterion, "descriptor", lang) or tr("(no rubric given)", lang=lang)
        lines = [part.strip() for part in re.split(r"\s*;\s*|\n", descriptor) if part.strip()]
        head = f"{pick(criterion, 'name', lang)} ({_scale_text(criterion, lang)})"
        _put(ws, row, 1, head, font=BOLD, alignment=WRAP)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
        row += 1
        _put(ws, row, 1, "\n".join(lines), alignment=WRAP)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
        count = sum(max(1, -(-len(line) // width)) for line in lines)
        ws.row_dimensions[row].height = 15 * count + 4


def _instructions(ws: Worksheet, edition: Edition, juror: Juror, parts: list[_Category],
                  identity: Identity, lang: str) -> None:
    """How to fill the scoresheet in, in the juror's language."""
    ws.column_dimensions["A"].width = 110
    when = identity.generated[:16].replace("T", " ")
    lines: list[tuple[str, Font | None]] = [
        (tr("Scoresheet — {edition}", lang=lang, edition=pick(edition, "name", lang)),
         Font(bold=True, size=16, color="1F4E79")),
        (tr("{name} ({code}), generated on {when} (UTC), version {sequence}", lang=lang,
            name=juror.name, code=juror.code, when=when, sequence=identity.sequence),
         NOTE_FONT),
        ("", None),
        (tr("How to fill in this scoresheet", lang=lang), Font(bold=True, size=12)),
    ]
    steps = [
        tr("Each category you score has its own sheet: one row per project, one column per "
           "criterion, and a last column for your comment on the project.", lang=lang),
        tr("Type your scores in the yellow cells only. Each criterion has its own scale and "
           "step, shown under its name; Excel refuses any other value. The rubric below each "
           "table says what the levels mean.", lang=lang),
        tr("Grey rows are projects with which you declared a conflict of interest: you do not "
           "score them.", lang=lang),
        tr("A cell left empty means no score: it does not erase a score or a comment already "
           "recorded. To withdraw a score, ask the secretariat.", lang=lang),
        tr("Do not rename, add or remove sheets. Save the file as an Excel workbook (.xlsx) and "
           "send it back to the secretariat.", lang=lang),
        tr("You may send your scoresheet back more than once: each import replaces your "
           "earlier scores with the ones in the file. A scoresheet older than the last one "
           "imported is refused, so always complete the latest version.", lang=lang),
    ]
    if any(p.submitted_at for p in parts):
        steps.append(tr("Categories you have already submitted are shown for reference and "
                        "locked; only the secretariat can reopen them.", lang=lang))
    lines += [(f"{i}. {text}", None) for i, text in enumerate(steps, start=1)]
    lines += [("", None), (tr("Your categories", lang=lang), Font(bold=True, size=12))]
    for part in parts:
        line = tr("{category}: {projects} projects, {criteria} criteria", lang=lang,
                  category=pick(part.category, "name", lang), projects=len(part.projects),
                  criteria=len(part.criteria))
        if part.submitted_at:
            line += " — " + tr("submitted on {date}", lang=lang,
                               date=part.submitted_at.strftime("%Y-%m-%d"))
        lines.append((line, None))
    for row, (text, font) in enumerate(lines, start=1):
        if text:
            _put(ws, row, 1, text, alignment=WRAP, **({"font": font} if font else {}))
    _page(ws, None)
    ws.page_setup.orientation = "portrait"
    _protect(ws)


IDENTITY_KEYS = ("format", "year", "juror", "generated", "sequence", "fingerprint", "seal",
                 "grid")


def _identity_sheet(ws: Worksheet, identity: Identity) -> None:
    """The identity as key/value rows, then one row per category sheet; very hidden."""
    values = {"format": FORMAT, "year": identity.year, "juror": identity.juror,
              "generated": identity.generated, "sequence": identity.sequence,
              "fingerprint": identity.fingerprint, "seal": identity.seal,
              "grid": identity.grid}
    for row, key in enumerate(IDENTITY_KEYS, start=1):
        _put(ws, row, 1, key)
        _put(ws, row, 2, values[key])
    row = len(IDENTITY_KEYS) + 2
    for column, head in enumerate(("sheet", "category", "criteria", "projects", "conflicts"),
                                  start=1):
        _put(ws, row, column, head)
    for part in identity.sheets:
        row += 1
        for column, value in enumerate(part.as_row(), start=1):
            _put(ws, row, column, value)
    ws.sheet_state = "veryHidden"
    _protect(ws)


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
    juror = _juror(session, edition, identity.juror, file)
    if not hmac.compare_digest(identity.seal, seal_of(identity, edition)):
        raise _refuse(tr("the identity of this scoresheet does not match this database: it was "
                         "edited after the export (it claims juror {juror}), or it comes from "
                         "another database or an earlier copy of edition {year}; export a new "
                         "scoresheet", juror=identity.juror, year=year), file)
    assigned = _assigned(session, edition, juror)
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
        criteria = {c.code: c for c in _criteria_of(self.edition, category)}
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
