"""Reading sheets of a workbook or a CSV file as located rows.

Every value keeps where it came from (file, sheet, row, column letter and name),
so that any later check can say exactly where a problem is. Headers are matched
without regard to case, surrounding spaces or order (edition-workbook.md).
A workbook is checked as a zip before openpyxl opens it, so that a file that is
not one, or one that would unpack to far more than it weighs, is refused cheaply.

Nothing is silently misread:
- a workbook's declared size (`<dimension>`) is never trusted: only the cells the
  file really holds are read, counted as they come, and a workbook holding more rows
  or cells than any edition is refused at the row where the count runs out;
- two sheets whose names differ only in case or spaces are refused, naming both;
- a CSV row with more or fewer fields than the header, an unterminated quote or a
  quoted value going on after its closing quote is refused naming its row;
- a control character (C0 but tab, line feed and carriage return; DEL; C1; and the
  non-characters U+FFFE and U+FFFF) in a cell, typed or written as Excel's `_x001B_`
  escape, is a fault of that cell (file, sheet, row, column), refused by the sheet's
  reader;
- a value in a column without a name in row 1 is ignored with a warning saying so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from yansenne.errors import InputError, Problem
from yansenne.i18n import format_number, tr
from yansenne.store.guard import refuse_if_database

MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # unpacked size / packed size beyond which a part is a zip bomb
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_CSV_BYTES = 256 * 1024 * 1024
# Real rows of one sheet (Excel's own limit) and real cells of one workbook read
# before the file is refused: edition L, the largest the desk is built for, holds
# 320,000 score rows, about 1.6 million cells.
MAX_ROWS = 1_048_576
MAX_CELLS = 5_000_000
# Control characters no text of an edition holds: C0 but tab, line feed and carriage
# return, DEL and C1 (a NUL or an ESC also makes the workbook export fail for good);
# and U+FFFE and U+FFFF, which are no characters at all and no XML file may hold.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# How Excel writes a control character in a cell (XML cannot hold most of them raw):
# _x001B_ is ESC, _x000D_ a carriage return. Only these are read as what they stand
# for; any other _xHHHH_ stays text as typed.
_EXCEL_ESCAPE = re.compile("_x(00[01][0-9A-Fa-f]|007[Ff]|00[89][0-9A-Fa-f])_")
# csv's own field limit (128 KB) would refuse a long cell without saying where; our
# checks refuse it with its row and column instead.
csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))


@dataclass(frozen=True)
class Column:
    """Where a column is: its letter and the name in its header."""

    letter: str
    name: str

    def __str__(self) -> str:
        return f"{self.letter} ({self.name})"


@dataclass
class Row:
    """One data row: canonical column name -> cell value, with its location."""

    number: int
    values: dict[str, Any]
    columns: dict[str, Column]

    def get(self, name: str) -> Any:
        return self.values.get(name)


@dataclass(frozen=True)
class Fault:
    """A cell no reader may take as it is (a control character): its row, its column's
    name in the sheet's header ("" for the header row itself) and letter, and why."""

    row: int
    name: str
    column: Column
    message: str


@dataclass
class Sheet:
    """A sheet's data rows, with the file and sheet names for messages."""

    file: str
    name: str
    header: list[str]
    rows: list[Row] = field(default_factory=list)
    is_csv: bool = False
    titles: list[str] = field(default_factory=list)  # the header as written, for a copy back
    # Cells refused as read (`SheetReader` reports those of the columns it reads) and
    # what was set aside with a warning (values in columns without a name).
    faults: list[Fault] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def problem(self, message: str, row: Row | int | None = None,
                column: str | None = None) -> Problem:
        number = row.number if isinstance(row, Row) else row
        where = None
        if column is not None:
            located = row.columns.get(column) if isinstance(row, Row) else None
            where = str(located) if located else column
        return Problem(message, file=self.file, sheet=None if self.is_csv else self.name,
                       row=number, column=where)


def clean(value: Any) -> Any:
    """Strip text, turn blank text into None; keep numbers and dates as typed."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def is_empty(values: Iterable[Any]) -> bool:
    return all(clean(v) is None for v in values)


def check_workbook_file(path: Path) -> None:
    """Refuse a file that is not a readable .xlsx zip, or one that would unpack too big."""
    name = path.name
    if not path.is_file():
        raise InputError(Problem(tr("no such file"), file=str(path)))
    refuse_if_database(path)
    if path.stat().st_size == 0:
        raise InputError(Problem(tr("the file is empty"), file=name))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise InputError(Problem(
            tr("not an Excel workbook (.xlsx): the file is not a zip archive or is truncated"),
            file=name)) from exc
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES or any(
        info.compress_size and info.file_size / info.compress_size > MAX_RATIO
        and info.file_size > 10 * 1024 * 1024 for info in infos
    ):
        raise InputError(Problem(
            tr("refused: the workbook would unpack to {size} MB, far more than a real edition",
               size=total // (1024 * 1024)), file=name))
    if not any(info.filename == "xl/workbook.xml" for info in infos):
        raise InputError(Problem(tr("not an Excel workbook (.xlsx)"), file=name))


def _canonical(header: str) -> str:
    return " ".join(str(header).strip().lower().split())


def sheet_key(title: str) -> str:
    """How a sheet is looked up by name: case and runs of spaces aside."""
    return " ".join(title.casefold().split())


def control_problem(text: str) -> str | None:
    """Why `text` cannot be stored (a control character, named with its position), or
    None."""
    found = CONTROL.search(text)
    if found is None:
        return None
    code, position = f"{ord(found.group()):04X}", found.start() + 1
    if found.group() in "\ufffe\uffff":
        return tr("a non-character (U+{code}) at character {position}; remove it", code=code,
                  position=position)
    return tr("a control character (U+{code}) at character {position}; remove it",
              code=code, position=position)


def visible(text: str, *, breaks: bool = False) -> str:
    """`text` with its control characters written as escapes (\\x1b), and with `breaks`
    its line breaks and tabs too (\\n, \\t): what a message or a rejects file may show."""
    if CONTROL.search(text) is None and not (breaks and _BREAKS.search(text)):
        return text
    return "".join(repr(c)[1:-1] if CONTROL.match(c) or (breaks and c in "\t\n\r") else c
                   for c in text)


_BREAKS = re.compile("[\t\n\r]")


def excel_text(value: str) -> str:
    """A string of a workbook as Excel means it: `_x001B_` is the character U+001B."""
    if "_x" not in value:
        return value
    return _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


@dataclass
class ReadCount:
    """What reading a workbook cost: rows and cells really held by the file (a test
    counts them; the caps stop at MAX_ROWS a sheet and MAX_CELLS in all)."""

    rows: int = 0
    cells: int = 0


class _Builder:
    """A sheet built row by row from (row number, [(column index, value)...]) pairs:
    the header from row 1, then the data rows, every text checked for control
    characters and every value in a column without a name noted once."""

    def __init__(self, file: str, name: str, header_cells: list[tuple[int, Any]],
                 is_csv: bool) -> None:
        width = max((i for i, v in header_cells if clean(v) is not None), default=0)
        raw = [None] * width
        for i, value in header_cells:
            if i <= width:
                raw[i - 1] = value
        self.sheet = sheet = Sheet(file=file, name=name, header=[], is_csv=is_csv)
        header = []
        for i, value in enumerate(raw, start=1):
            if isinstance(value, str) and (wrong := control_problem(value)):
                sheet.faults.append(Fault(1, "", Column(get_column_letter(i), ""), wrong))
                value = None
            header.append(_canonical(value) if clean(value) is not None else "")
        sheet.header = header
        sheet.titles = [str(h).strip() if clean(h) is not None else "" for h in raw]
        self.columns: dict[str, Column] = {}
        self.position: dict[int, str] = {}  # column index -> name, the first column of a name
        for i, h in enumerate(header, start=1):
            if h and h not in self.columns:
                self.columns[h] = Column(get_column_letter(i), h)
                self.position[i] = h
        self.names = list(self.columns)
        self.unnamed: set[int] = set()

    def add(self, number: int, cells: Iterable[tuple[int, Any]]) -> None:
        """One data row, skipped when blank. A CSV row keeps every named column (None
        when blank); a workbook's, the cells the file holds, Excel's escapes read."""
        is_csv, position = self.sheet.is_csv, self.position
        values: dict[str, Any] = dict.fromkeys(self.names) if is_csv else {}
        filled = False
        for i, value in cells:
            if type(value) is str:
                if not is_csv and "_x" in value:
                    value = excel_text(value)
                if CONTROL.search(value):
                    if i in position:  # refused by the reader; kept visible for a rejects
                        self.sheet.faults.append(Fault(  # file or a preview
                            number, position[i], self.columns[position[i]],
                            control_problem(value) or ""))
                    value = visible(value)
                value = value.strip() or None
            if value is None:
                continue
            filled = True
            name = position.get(i)
            if name is not None:
                values[name] = value
            elif i not in self.unnamed and (
                    i > len(self.sheet.header) or not self.sheet.header[i - 1]):
                self.unnamed.add(i)
                self.sheet.warnings.append(self.sheet.problem(tr(
                    "column {column} has no name in row 1: its values are ignored",
                    column=get_column_letter(i)), number))
        if filled:
            self.sheet.rows.append(Row(number, values, self.columns))


def _build_sheet(file: str, name: str, raw_rows: Iterator[tuple[Any, ...]],
                 is_csv: bool = False) -> Sheet:
    """A sheet from whole rows (a CSV file's), the first being the header."""
    header_row: tuple[Any, ...] = next(raw_rows, ())
    builder = _Builder(file, name, list(enumerate(header_row, start=1)), is_csv)
    for number, values in enumerate(raw_rows, start=2):
        builder.add(number, enumerate(values, start=1))
    return builder.sheet


def _workbook_rows(workbook: Any, ws: Any, file: str,
                   count: ReadCount) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
    """The rows a worksheet really holds, as (row number, [(column, value), ...]), never
    padded to the declared `<dimension>` (openpyxl's `iter_rows` pads every row to it
    and adds the missing rows up to it: 17 billion cells for a 5 KB file declaring
    A1:XFD1048576). Read with openpyxl's own sheet parser, as its read-only sheets do.
    Stops with a located refusal past MAX_ROWS rows in the sheet or MAX_CELLS cells in
    the workbook."""
    from openpyxl.worksheet._reader import WorkSheetParser

    last = 0
    rows = 0
    with workbook._archive.open(ws._worksheet_path) as source:
        parser = WorkSheetParser(source, ws._shared_strings, data_only=workbook.data_only,
                                 epoch=workbook.epoch, date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for number, cells in parser.parse():
            rows += 1
            count.rows += 1
            count.cells += len(cells)
            if rows > MAX_ROWS:
                raise InputError(Problem(tr(
                    "refused: the sheet holds more than {rows} rows, far more than a real "
                    "edition", rows=_count(MAX_ROWS)), file=file, sheet=ws.title, row=number))
            if count.cells > MAX_CELLS:
                raise InputError(Problem(tr(
                    "refused: the workbook holds more than {cells} cells, far more than a real "
                    "edition", cells=_count(MAX_CELLS)), file=file, sheet=ws.title, row=number))
            if number <= last:
                raise InputError(Problem(tr(
                    "the sheet is damaged: row {row} comes after row {last}; open it in "
                    "Excel and save it again", row=number, last=last), file=file,
                    sheet=ws.title, row=number))
            last = number
            yield number, [(c["column"], c["value"]) for c in cells]


def _count(number: int) -> str:
    """1,048,576 in English, 1 048 576 in French, 1.048.576 in Dutch."""
    return format_number(number, 0, grouped=True)


def read_workbook(path: Path, *, count: ReadCount | None = None) -> dict[str, Sheet]:
    """Every sheet of an .xlsx file, keyed by its name in lower case with runs of spaces
    made one (`sheet_key`). Two sheets whose names differ only in case or spaces are
    refused, naming both."""
    check_workbook_file(path)
    count = count if count is not None else ReadCount()
    try:
        workbook = _open_read_only(path)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(Problem(tr("the workbook cannot be read ({reason})", reason=str(exc)),
                                 file=path.name)) from exc
    try:
        _refuse_twin_sheets(path.name, workbook.sheetnames)
        sheets = {}
        for ws in workbook.worksheets:
            rows = _workbook_rows(workbook, ws, path.name, count)
            first = next(rows, None)
            header = first[1] if first is not None and first[0] == 1 else []
            builder = _Builder(path.name, ws.title,
                               [(i, excel_text(v) if isinstance(v, str) else v)
                                for i, v in header], is_csv=False)
            if first is not None and first[0] != 1:
                builder.add(*first)
            for number, cells in rows:
                builder.add(number, cells)
            sheets[sheet_key(ws.title)] = builder.sheet
        return sheets
    except InputError:
        raise
    except Exception as exc:
        raise InputError(Problem(tr("the workbook cannot be read ({reason})", reason=str(exc)),
                                 file=path.name)) from exc
    finally:
        workbook.close()


def _open_read_only(path: Path) -> Any:
    """The workbook as `load_workbook(path, read_only=True, data_only=True)` opens it, but
    without its sheets' size: to learn it, openpyxl parses a sheet that declares none
    (as openpyxl itself writes them) from end to end, a whole extra reading of every cell
    before the one that counts. `_workbook_rows` never asks for that size."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Unsized(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            """Nothing: the rows are read as they come (`_workbook_rows`)."""

    class Reader(ExcelReader):
        def read_worksheets(self) -> None:
            """ExcelReader's read-only branch, with sheets that do not measure themselves."""
            for sheet, rel in self.parser.find_sheets():
                if rel.target not in self.valid_files:
                    continue
                if "chartsheet" in rel.Type:
                    self.read_chartsheet(sheet, rel)
                    continue
                ws = Unsized(self.wb, sheet.name, rel.target, self.shared_strings)
                ws.sheet_state = sheet.state
                self.wb._sheets.append(ws)

    try:
        reader = Reader(path, read_only=True, data_only=True)
        reader.read()
        return reader.wb
    except Exception:  # noqa: BLE001 - openpyxl's own way decides (and words) a refusal;
        # also what keeps imports working should a later openpyxl change these internals
        from openpyxl import load_workbook

        return load_workbook(path, read_only=True, data_only=True)


def _refuse_twin_sheets(file: str, names: list[str]) -> None:
    """Two sheets named alike but for case and spaces ("Scores" and "scores ", "Call
    values" and "CallValues"): which one is meant cannot be told, so neither is read."""
    seen: dict[str, str] = {}
    problems = []
    for name in names:
        key = "".join(name.casefold().split())
        if key in seen:
            problems.append(Problem(tr(
                "the sheets \"{first}\" and \"{second}\" have the same name but for case or "
                "spaces; rename or remove one", first=seen[key], second=name), file=file))
        else:
            seen[key] = name
    if problems:
        raise InputError(problems)


def decode_csv(data: bytes, name: str) -> str:
    """The text of a CSV file: UTF-8 (BOM or not) when the bytes are valid UTF-8, otherwise
    Windows-1252 as Excel saves "CSV (semicolon)" in Belgium. The five bytes Windows-1252
    leaves undefined are refused naming their line (never a byte offset)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text": a NUL a letter
        raise InputError(Problem(tr(
            "the file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" and "
            "try again"), file=name, row=1))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    problems = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if any(byte in _CP1252_UNDEFINED for byte in line):
            problems.append(Problem(tr(
                "line {line} holds a character that is neither UTF-8 nor Windows-1252 text; "
                "save the file as \"CSV UTF-8\" and try again", line=number), file=name))
    if problems:
        raise InputError(problems)
    return data.decode("cp1252")


_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _csv_rows(text: str, delimiter: str, name: str) -> list[tuple[str, ...]]:
    """The rows of a CSV text, read strictly: a row with more or fewer fields than the
    header is refused naming its row (every such row at once); so is a quote opened and
    never closed (naming the row where the quoted value starts, and its line in the file
    when a quoted line break made them differ), and a quoted value going on after its
    closing quote (`"Le "grand" projet"`, which Excel never writes: it doubles the quotes
    inside), which a lenient reader would silently mangle. After such a fault nothing
    further can be told apart, so the reading stops there."""
    rows: list[tuple[str, ...]] = []
    problems: list[Problem] = []
    source = io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    while True:
        line = reader.line_num + 1  # where the next row starts in the file
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number = len(rows) + 1
            shifted = line != number  # a quoted line break earlier: say the line too
            if "end of data" in str(exc):
                message = (tr("a quote opened on this row (line {line} of the file) is never "
                              "closed", line=line) if shifted else
                           tr("a quote opened on this row is never closed"))
            elif "expected after" in str(exc):
                message = (tr("a quoted value on this row (line {line} of the file) goes on "
                              "after its closing quote; write a quote inside a quoted value "
                              "as two quotes (\"\")", line=line) if shifted else
                           tr("a quoted value on this row goes on after its closing quote; "
                              "write a quote inside a quoted value as two quotes (\"\")"))
            else:  # a field beyond csv's limit, say
                message = tr("this row cannot be read ({reason})", reason=str(exc))
            problems.append(Problem(message, file=name, row=number))
            break
        rows.append(tuple(row))
    expected = len(rows[0]) if rows else 0
    for number, row in enumerate(rows[1:], start=2):
        if row and not is_empty(row) and len(row) != expected:
            problems.append(Problem(tr(
                "this row has {count} fields but the header has {expected}; check the "
                "separators and quotes", count=len(row), expected=expected),
                file=name, row=number))
    if problems:
        raise InputError(sorted(problems, key=lambda p: p.row or 0))
    return rows


def read_csv(path: Path) -> Sheet:
    """A CSV file as Excel writes it in Belgium: UTF-8 (BOM or not) or Windows-1252,
    `;` or `,` (edition-workbook.md, "The same columns elsewhere")."""
    name = path.name
    if not path.is_file():
        raise InputError(Problem(tr("no such file"), file=str(path)))
    refuse_if_database(path)
    if path.stat().st_size > MAX_CSV_BYTES:
        raise InputError(Problem(tr("refused: the file is {size} MB, far more than a real "
                                    "edition", size=path.stat().st_size // (1024 * 1024)),
                                 file=name))
    data = path.read_bytes()
    if not data.strip():
        raise InputError(Problem(tr("the file is empty"), file=name))
    text = decode_csv(data, name)
    first = text.splitlines()[0] if text else ""
    delimiter = max((";", ",", "\t"), key=first.count)
    if first.count(delimiter) == 0:
        raise InputError(Problem(
            tr("cannot find the columns: the first line should hold column names separated "
               "by ';' or ','"), file=name, row=1))
    rows = _csv_rows(text, delimiter, name)
    return _build_sheet(path.name, path.stem, iter(tuple(r) for r in rows), is_csv=True)


def read_first_table(path: Path) -> Sheet:
    """The first sheet of an .xlsx file, or a CSV file."""
    if path.suffix.lower() == ".csv":
        return read_csv(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets = read_workbook(path)
        if not sheets:
            raise InputError(Problem(tr("the workbook has no sheet"), file=path.name))
        return next(iter(sheets.values()))
    raise InputError(Problem(tr("unsupported file type: expected .xlsx or .csv"),
                             file=path.name))


def as_date(value: Any) -> dt.date | None:
    """A date typed as a date, as ISO text (2027-02-12) or as Belgians write it (12/02/2027)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.isascii():  # figures in ASCII digits only
        for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                return dt.datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    raise ValueError(value)
