"""Writing cells that are exactly what they say: text never becomes a formula.

A title or comment typed as `=HYPERLINK(...)`, `+1`, `-2`, `@SUM` or starting with
a tab or carriage return is stored as a string cell with Excel's quote prefix,
so Excel shows it as text and never evaluates it, and it reads back unchanged.
CSV has no cell types, so there such a value is prefixed with a single quote
(`csv_safe`), as OWASP advises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# openpyxl (and lxml under it) is loaded on the first cell written, not on import:
# `csv_safe` serves the CSV of `yansenne rank`, which has no business with workbooks.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
_STYLES = ("HEADER_FONT", "HEADER_FILL", "WRAP")
_cell_class: type[WriteOnlyCell] | None = None


def _load() -> type[WriteOnlyCell]:
    """Import openpyxl once and make the shared styles, then plain module attributes."""
    global _cell_class
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    globals().update(
        HEADER_FONT=Font(bold=True, color="FFFFFF"),
        HEADER_FILL=PatternFill("solid", fgColor="1F4E79"),
        WRAP=Alignment(wrap_text=True, vertical="top"),
    )
    _cell_class = WriteOnlyCell
    return WriteOnlyCell


def __getattr__(name: str) -> Any:
    """`HEADER_FONT`, `HEADER_FILL` and `WRAP` stay public names, made on first use."""
    if name in _STYLES:
        _load()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def cell(ws: WriteOnlyWorksheet, value: Any, *, wrap: bool = False) -> WriteOnlyCell:
    """A write-only cell holding `value` as typed; text is always text."""
    c = (_cell_class or _load())(ws, value=value)
    if isinstance(value, str):
        c.data_type = "s"
        if value.startswith(FORMULA_TRIGGERS):
            c.quotePrefix = True
        if wrap:
            c.alignment = globals()["WRAP"]
    elif isinstance(value, dt.date):
        c.number_format = DATE_FORMAT
    return c


def header(ws: WriteOnlyWorksheet, names: Iterable[str]) -> list[WriteOnlyCell]:
    cells = []
    for name in names:
        c = cell(ws, name)  # loads the styles below
        c.font = globals()["HEADER_FONT"]
        c.fill = globals()["HEADER_FILL"]
        cells.append(c)
    return cells


def csv_safe(value: Any) -> str:
    """A CSV field that a spreadsheet will not run as a formula (OWASP's advice)."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text
