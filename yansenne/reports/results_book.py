"""The results workbook's frame: safe write-only cells, and list sheets as Excel tables.

The workbook is written in openpyxl's write-only mode: an edition of 320,000 scores
streams from the database to the file without being held in memory. Write-only
cells are plain values unless they need a style; a text cell that Excel could read
as a formula or an error (`=`, `+`, `-`, `@`, tab, carriage return, `#N/A`...) goes
through `yansenne.cells.cell` (a string cell with Excel's quote prefix),
any other text is written as the string it is. `Book` holds the workbook being
written, its table names and its progress; the sheets themselves are written by
`yansenne.reports.results_sheets`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from yansenne.cells import FORMULA_TRIGGERS, cell, header
from yansenne.files import replacing

Progress = Callable[[int, int, str], None]

TABLE_STYLE = "TableStyleMedium2"
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_TEXT = 32_767  # Excel's limit for one cell
PAPER_A4 = "9"  # the paperSize code of A4 in SpreadsheetML


# -- cells ---------------------------------------------------------------------------

def text(ws: WriteOnlyWorksheet, value: str | None) -> Any:
    """A text cell that stays text: quote-prefixed when Excel could read it otherwise.

    Characters XML cannot carry (control characters other than tab, line feed and
    carriage return) are dropped, so that one odd comment cannot stop an export.
    """
    if not value:
        return None
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > MAX_TEXT:
        value = value[: MAX_TEXT - 1] + "…"
    if value.startswith(FORMULA_TRIGGERS) or value in ERROR_CODES:
        return cell(ws, value)
    return value


def code(ws: WriteOnlyWorksheet, value: str | None) -> Any:
    """A code (letters, digits, `-`, `_`, `.`): only its first character can be a trigger."""
    if not value:
        return None
    return cell(ws, value) if value.startswith(FORMULA_TRIGGERS) else value


def number(ws: WriteOnlyWorksheet, value: float | int | None, fmt: str) -> Any:
    """A number with its format; NaN and None are left blank."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    c = WriteOnlyCell(ws, value=value)
    c.number_format = fmt
    return c


def styled(ws: WriteOnlyWorksheet, value: str, font: Font) -> WriteOnlyCell:
    c = cell(ws, value)
    c.font = font
    return c


def wrapped(ws: WriteOnlyWorksheet, value: str | None) -> Any:
    shown = text(ws, value)
    if shown is None:
        return None
    c = cell(ws, shown) if isinstance(shown, str) else shown
    c.alignment = WRAP
    return c


def unique_names(names: Iterable[str]) -> list[str]:
    """Header names made unique (Excel tables require it, case-insensitively)."""
    seen: set[str] = set()
    result = []
    for name in names:
        name = " ".join(str(name).split()) or "-"
        candidate, n = name, 2
        while candidate.lower() in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def table_name(base: str, taken: set[str]) -> str:
    """A valid, workbook-unique Excel table name built from `base`."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", base)
    candidate, n = name, 2
    while candidate.lower() in taken:
        candidate, n = f"{name}_{n}", n + 1
    taken.add(candidate.lower())
    return candidate


# -- sheets --------------------------------------------------------------------------

@dataclass(frozen=True)
class Col:
    """A column of a list sheet: its header, width (characters) and number format."""

    title: str
    width: float
    kind: str = "text"  # text, code, wrap, raw, or a number format
    fmt: str = ""


class Book:
    """The workbook being written: sheets, table names, and the language of its words."""

    def __init__(self, lang: str | None, progress: Progress | None) -> None:
        self.wb = Workbook(write_only=True)
        self.lang = lang
        self.tables: set[str] = set()
        self._progress = progress
        self.done = 0
        self.total = 1
        self.label = ""

    def step(self, amount: int = 1) -> None:
        """Report progress: `amount` more units done, under the current stage's label."""
        self.done += amount
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, self.label)

    def sheet(self, title: str) -> WriteOnlyWorksheet:
        ws = self.wb.create_sheet(re.sub(r"[\[\]:*?/\\]", "-", title)[:31])
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.gridLines = False
        ws.oddFooter.center.text = "&A — &P / &N"
        return ws

    def add_table(self, ws: WriteOnlyWorksheet, name: str, names: Sequence[str], first_row: int,
                  last_row: int, first_col: int = 1) -> None:
        """A real Excel table over a header row already written and its data rows."""
        last_col = first_col + len(names) - 1
        ref = (f"{get_column_letter(first_col)}{first_row}:"
               f"{get_column_letter(last_col)}{max(last_row, first_row + 1)}")
        table = Table(displayName=table_name(name, self.tables), ref=ref)
        table.tableColumns = [TableColumn(id=i + 1, name=n) for i, n in enumerate(names)]
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        with warnings.catch_warnings():  # columns are given above, as write-only mode needs
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)

    def list_sheet(self, title: str, table: str, columns: Sequence[Col],
                   rows: Iterable[Sequence[Any]], *, freeze: str = "A2",
                   every: int = 0) -> tuple[WriteOnlyWorksheet, int]:
        """A sheet that is one table: header in row 1, then `rows` (streamed)."""
        ws = self.sheet(title)
        for index, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = freeze
        ws.print_title_rows = "1:1"
        names = unique_names(c.title for c in columns)
        ws.append(header(ws, names))
        convert = [(i, _converter(ws, c)) for i, c in enumerate(columns) if c.kind != "raw"]
        width = len(columns)
        count = 0
        append = ws.append
        for row in rows:
            values = list(row)
            if len(values) != width:
                raise ValueError(f"{title}: a row of {len(values)} values for {width} columns")
            for i, convert_one in convert:
                values[i] = convert_one(values[i])
            append(values)
            count += 1
            if every and count % every == 0:
                self.step(every)
        if every:
            self.step(count % every)
        self.add_table(ws, table, names, 1, count + 1)
        return ws, count

    def save(self, path: Path) -> Path:
        """Written beside `path` and renamed (files.py): a full disk keeps the old file."""
        path = path.expanduser()
        with replacing(path) as temporary:
            self.wb.save(temporary)
        return path


def _converter(ws: WriteOnlyWorksheet, column: Col) -> Callable[[Any], Any]:
    """How a column's values become cells (raw columns are passed as they are)."""
    if column.kind == "text":
        return lambda v: text(ws, v)
    if column.kind == "code":
        return _codes(ws)
    if column.kind == "wrap":
        return lambda v: wrapped(ws, v)
    fmt = column.fmt
    return lambda v: number(ws, v, fmt) if not isinstance(v, str) else text(ws, v)


def _codes(ws: WriteOnlyWorksheet) -> Callable[[Any], Any]:
    """`code`, remembered: a long list repeats the same few codes thousands of times."""
    known: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            shown = code(ws, value)
            if shown is None or isinstance(shown, str):  # a cell object is never shared
                known[value] = shown
            return shown

    return convert
