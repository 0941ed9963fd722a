"""Reading sheets of a workbook or a CSV file as located rows.

Every value keeps where it came from (file, sheet, row, column letter and name),
so that any later check can say exactly where a problem is. Headers are matched
without regard to case, surrounding spaces or order (edition-workbook.md).
A workbook is checked as a zip before openpyxl opens it, so that a file that is
not one, or one that would unpack to far more than it weighs, is refused cheaply.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store.guard import refuse_if_database

MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200  # unpacked size / packed size beyond which a part is a zip bomb
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_CSV_BYTES = 256 * 1024 * 1024
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


@dataclass
class Sheet:
    """A sheet's data rows, with the file and sheet names for messages."""

    file: str
    name: str
    header: list[str]
    rows: list[Row] = field(default_factory=list)
    is_csv: bool = False
    titles: list[str] = field(default_factory=list)  # the header as written, for a copy back

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


def _build_sheet(file: str, name: str, raw_rows: Iterator[tuple[Any, ...]],
                 is_csv: bool = False) -> Sheet:
    header_row: tuple[Any, ...] = ()
    for values in raw_rows:
        header_row = values
        break
    header = [_canonical(h) if clean(h) is not None else "" for h in header_row]
    sheet = Sheet(file=file, name=name, header=header, is_csv=is_csv,
                  titles=[str(h).strip() if clean(h) is not None else "" for h in header_row])
    columns = {h: Column(get_column_letter(i + 1), h) for i, h in enumerate(header) if h}
    for number, values in enumerate(raw_rows, start=2):
        if is_empty(values):
            continue
        cells: dict[str, Any] = {}
        for i, value in enumerate(values):
            if i < len(header) and header[i] and header[i] not in cells:
                cells[header[i]] = clean(value)
        sheet.rows.append(Row(number, cells, columns))
    return sheet


def read_workbook(path: Path) -> dict[str, Sheet]:
    """Every sheet of an .xlsx file, keyed by its name in lower case."""
    check_workbook_file(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(Problem(tr("the workbook cannot be read ({reason})", reason=str(exc)),
                                 file=path.name)) from exc
    try:
        sheets = {}
        for ws in workbook.worksheets:
            sheets[ws.title.strip().lower()] = _build_sheet(
                path.name, ws.title, ws.iter_rows(values_only=True))
        return sheets
    except InputError:
        raise
    except Exception as exc:
        raise InputError(Problem(tr("the workbook cannot be read ({reason})", reason=str(exc)),
                                 file=path.name)) from exc
    finally:
        workbook.close()


def decode_csv(data: bytes, name: str) -> str:
    """The text of a CSV file: UTF-8 (BOM or not) when the bytes are valid UTF-8, otherwise
    Windows-1252 as Excel saves "CSV (semicolon)" in Belgium. The five bytes Windows-1252
    leaves undefined are refused naming their line (never a byte offset)."""
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
    """The rows of a CSV text; a row with more or fewer fields than the header, or an
    unterminated quote, is refused naming its row (every such row at once)."""
    rows: list[tuple[str, ...]] = []
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows.extend(tuple(row) for row in reader)
    except csv.Error as exc:
        if "end of data" not in str(exc):  # a stray quote inside a field: read it leniently
            rows = [tuple(row) for row in csv.reader(io.StringIO(text, newline=""),
                                                     delimiter=delimiter)]
        else:
            problems.append(Problem(tr("a quote opened on this row is never closed"),
                                    file=name, row=len(rows) + 1))
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
    if isinstance(value, str):
        for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                return dt.datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    raise ValueError(value)
