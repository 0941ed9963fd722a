"""A juror's Excel scoresheet, written: the sheets, the formulas and the validations.

`export_scoresheet` writes one workbook per juror, in the juror's language: an
instructions sheet, then one sheet per assigned category (projects x criteria, a
comment column, the rubric below the table). Only the score and comment cells of
open rows are unlocked; every score cell carries a data validation of its
criterion's scale and step; rows of a declared conflict of interest and categories
already submitted are locked and labelled. A very hidden identity sheet, sealed
with the juror's own secret (see `yansenne.exchange.scoresheet_identity`), lets the
import (`yansenne.exchange.scoresheet_import`) refuse a scoresheet edited or re-sealed
to claim another juror, or made for another grid. What the workbook shows is read
from the database in one session by `yansenne.domain.scoresheet_data`, as plain data;
this module only lays it out, and writes the file whole (`yansenne.files.replacing`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from yansenne.cells import cell
from yansenne.domain.scale import STEP_TOLERANCE, format_number
from yansenne.domain.scoresheet_data import (
    ScoresheetData,
    SheetCategory,
    SheetCriterion,
    SheetEdition,
    SheetJuror,
    scoresheet_jurors,
    scoresheet_to_export,
)
from yansenne.exchange.package import code_file_stem
from yansenne.exchange.scoresheet_identity import (
    FIRST_CRITERION,
    FIRST_ROW,
    FORMAT,
    HEADER_ROW,
    IDENTITY,
    IDENTITY_KEYS,
    OWNER_ROW,
    SCALE_ROW,
    STATUS_ROW,
    TITLE_ROW,
    Identity,
    SheetPart,
    conflict_label,
)
from yansenne.files import check_writable_target, replacing
from yansenne.i18n import pick, tr
from yansenne.store.database import Database

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


class _Scale(Protocol):
    """What the step formula reads of a criterion (a store row or a `SheetCriterion`)."""

    min_value: float
    max_value: float
    step: float


def _num(value: float, lang: str) -> str:
    """A scale bound as the juror reads it: 7,5 in French and Dutch, 7.5 in English."""
    return format_number(value, lang)


def _formula_number(value: float) -> str:
    """A number as an Excel formula needs it (no exponent, point as decimal mark)."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return f"({text})" if value < 0 else text


def step_formula(ref: str, criterion: _Scale) -> str:
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


def export_scoresheet(db: Database, year: int, juror_code: str, path: Path,
                      *, now: dt.datetime | None = None) -> Path:
    """Write juror `juror_code`'s scoresheet of edition `year` to `path`, sealed with the
    juror's secret (made now if the juror has none yet)."""
    path = Path(path).expanduser()
    check_writable_target(path)  # a folder given for the file: refused before any work
    sheet = scoresheet_to_export(db, year, juror_code, now=now)  # one read session
    data, identity = sheet.data, sheet.identity
    edition, juror, parts = data.edition, data.juror, data.categories
    workbook = Workbook()
    taken: set[str] = {IDENTITY}
    lang = juror.language
    instructions = workbook.active
    instructions.title = sheet_title(tr("Instructions", lang=lang), taken)
    for part in parts:
        ws = workbook.create_sheet(sheet_title(pick(part, "name", lang), taken))
        identity.sheets.append(_category_sheet(ws, edition, juror, part, data, lang))
    _instructions(instructions, edition, juror, parts, identity, lang)
    sheet.seal()  # the seal covers the sheets' names, known only now
    _identity_sheet(workbook.create_sheet(IDENTITY), identity)
    workbook.active = 0
    workbook.security = WorkbookProtection(lockStructure=True)
    with replacing(path) as temporary:
        workbook.save(temporary)
    return path


def scoresheet_name(year: int, juror_code: str) -> str:
    """The file name of a juror's scoresheet when many are written into one folder."""
    return f"scoresheet-{year}-{code_file_stem(juror_code)}.xlsx"


def export_scoresheets(db: Database, year: int, folder: Path,
                       jurors: Iterable[str] | None = None) -> list[Path]:
    """Every scoring juror's scoresheet (or those named) into `folder`."""
    wanted = list(jurors) if jurors is not None else scoresheet_jurors(db, year)
    folder = Path(folder).expanduser()
    return [export_scoresheet(db, year, code, folder / scoresheet_name(year, code))
            for code in wanted]


def _category_sheet(ws: Worksheet, edition: SheetEdition, juror: SheetJuror,
                    part: SheetCategory, data: ScoresheetData, lang: str) -> SheetPart:
    """Projects x criteria with a comment column, then the rubric; returns its record."""
    criteria, projects = part.criteria, part.projects
    conflicts, marks, notes = data.conflicts, data.marks, data.notes
    comment_col = FIRST_CRITERION + len(criteria)
    submitted = part.submitted_at is not None
    name = pick(part, "name", lang)
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
    return SheetPart(ws.title, part.code, tuple(c.code for c in criteria),
                     tuple(p.code for p in projects), tuple(conflicted))


def _scale_text(criterion: SheetCriterion, lang: str) -> str:
    return tr("{min} to {max}, step {step}, weight {weight}", lang=lang,
              min=_num(criterion.min_value, lang), max=_num(criterion.max_value, lang),
              step=_num(criterion.step, lang), weight=_num(criterion.weight, lang))


def _validation(ws: Worksheet, criterion: SheetCriterion, column: int, last: int,
                lang: str) -> None:
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


def _rubric(ws: Worksheet, criteria: tuple[SheetCriterion, ...], row: int, last_col: int,
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


def _instructions(ws: Worksheet, edition: SheetEdition, juror: SheetJuror,
                  parts: tuple[SheetCategory, ...], identity: Identity, lang: str) -> None:
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
                  category=pick(part, "name", lang), projects=len(part.projects),
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
