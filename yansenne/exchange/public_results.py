"""The public results written as open data: CSV, Excel workbook or JSON (issue 19).

The rows come from `yansenne.domain.public_results` (a locked deliberation only); the
format is the output's extension (`.csv`, `.xlsx`, `.json`, any case). Every file has
the same columns, named in English and never translated (`COLUMNS`), in the same order,
with the same rows (prizes 1, 2, 3, then the mentions by project code), and is written
beside its target and renamed (`yansenne.files.replacing`): never half a file.

- CSV: UTF-8 **without** a byte order mark, commas, a header row, `\\n` line ends,
  quoted only where needed (the `csv` module's minimal quoting). Open data is read by
  programs and portals first: a BOM would glue itself to the first column's name in
  many of them, and a Belgian locale (`;`, decimal comma) would break the portals'
  parsers; people who want Excel take the `.xlsx`. Amounts are plain decimals with a
  dot and two places, no thousands separator (`6000.00`); no amount is an empty field.
  A text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
  tab or carriage return) gets a leading `'` (`yansenne.cells.csv_safe`, OWASP's
  advice, as every CSV of the desk): the file is downloaded from a public website and
  often opened by double-click. The JSON keeps such a text exactly.
- XLSX: one sheet `Results`, the header row frozen; year a whole number, amounts numbers
  with the format `#,##0.00` (Excel shows them in the reader's locale); every text is a
  string cell, quote-prefixed when Excel could read it as a formula
  (`yansenne.cells.cell`): a title `=1+1` shows as `=1+1` and is never computed.
- JSON: `{"edition": YEAR, "results": [{column: value, ...}, ...]}`, UTF-8, not
  ASCII-escaped, indented by 2, ending with a newline. `year` is a number, `award` a
  string (`"1"`, `"2"`, `"3"`, `"mention"`, as in the CSV), `amount_eur` a number
  rounded to the cent (`6000`, `1250.5`) or null; the other fields are strings (empty
  when unknown). An object rather than a bare list, so that the edition is stated even
  when it has no laureate, and fields can be added later without breaking readers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from yansenne.cells import cell, csv_safe, header
from yansenne.domain.public_results import COLUMNS, PublicRow
from yansenne.errors import InputError, Problem
from yansenne.files import check_writable_target, replacing
from yansenne.i18n import tr

FORMATS: tuple[str, ...] = (".csv", ".xlsx", ".json")
SHEET = "Results"
AMOUNT_FORMAT = "#,##0.00"
_WIDTHS = {"title_fr": 50, "title_nl": 50, "organisation": 40, "municipality_fr": 24,
           "municipality_nl": 24, "amount_eur": 14}


def output_format(path: Path | str) -> str:
    """The format `path` asks for (`.csv`, `.xlsx` or `.json`), or a refusal."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(Problem(tr("the public results are written as .csv, .xlsx or .json"),
                                 file=str(path)))
    return suffix


def check_output(path: Path | str) -> str:
    """Refuse, before any work, an output of another format, in a folder that does not
    exist, or that cannot be written; return its format."""
    path = Path(path).expanduser()
    suffix = output_format(path)
    check_writable_target(path)
    if not path.parent.is_dir():
        raise InputError(Problem(tr("no folder {folder} to write {file} in",
                                    folder=path.parent, file=path.name)))
    return suffix


def amount_text(amount: float | None) -> str:
    """An amount as open data writes it: `6000.00`, '' when there is none."""
    return "" if amount is None else f"{amount:.2f}"


def amount_number(amount: float | None) -> int | float | None:
    """An amount as a JSON number, rounded to the cent; whole euros without decimals."""
    if amount is None:
        return None
    cents = round(amount * 100)
    return cents // 100 if cents % 100 == 0 else cents / 100


def csv_bytes(rows: Sequence[PublicRow]) -> bytes:
    """The CSV file's content (see the module's docstring)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([amount_text(value) if name == "amount_eur" else csv_safe(value)
                         for name, value in zip(COLUMNS, row.values(), strict=True)])
    return buffer.getvalue().encode("utf-8")


def json_bytes(year: int, rows: Sequence[PublicRow]) -> bytes:
    """The JSON file's content (see the module's docstring)."""
    results = []
    for row in rows:
        record = dict(zip(COLUMNS, row.values(), strict=True))
        record["amount_eur"] = amount_number(row.amount_eur)
        results.append(record)
    text = json.dumps({"edition": year, "results": results}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _xlsx_value(ws: WriteOnlyWorksheet, name: str, value: object) -> object:
    if value is None or value == "":
        return None
    if name == "amount_eur":
        number = WriteOnlyCell(ws, value=value)
        number.number_format = AMOUNT_FORMAT
        return number
    if isinstance(value, str):
        return cell(ws, ILLEGAL_CHARACTERS_RE.sub("", value))  # text stays text
    return value


def write_xlsx(rows: Sequence[PublicRow], path: Path) -> None:
    """The workbook (see the module's docstring) saved at `path` as it is."""
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(SHEET)
    for index, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 12)
    ws.freeze_panes = "A2"
    ws.append(header(ws, COLUMNS))
    for row in rows:
        ws.append([_xlsx_value(ws, name, value)
                   for name, value in zip(COLUMNS, row.values(), strict=True)])
    workbook.save(path)


def write_public_results(year: int, rows: Sequence[PublicRow], path: Path | str) -> Path:
    """Write the public results of edition `year` at `path`, in the format its extension
    names, whole or not at all."""
    path = Path(path).expanduser()
    suffix = check_output(path)
    with replacing(path, make_folder=False) as temporary:
        if suffix == ".csv":
            temporary.write_bytes(csv_bytes(rows))
        elif suffix == ".json":
            temporary.write_bytes(json_bytes(year, rows))
        else:
            write_xlsx(rows, temporary)
    return path
