"""Reading one sheet's cells into typed values, collecting every problem with its place.

A reader never stops at the first fault: it records a located `Problem` and
returns None, so the user gets the whole list in one go and fixes it once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from yansenne.domain.marks import parse_number
from yansenne.domain.scale import format_number
from yansenne.errors import Problem
from yansenne.exchange.tabular import MAX_CELL_CHARS, Row, Sheet, as_date
from yansenne.i18n import tr

CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def show(value: Any) -> str:
    """A cell value as quoted in a message (long values shortened)."""
    text = format_number(value) if isinstance(value, float) else str(value)
    return f"\"{text[:40]}…\"" if len(text) > 40 else f"\"{text}\""


@dataclass
class SheetReader:
    """Typed access to the cells of one sheet, problems collected in `problems`."""

    sheet: Sheet
    known: tuple[str, ...]
    required: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        present = set(self.sheet.header)
        for name in self.required:
            if name not in present:
                self.problems.append(self.sheet.problem(
                    tr("required column \"{column}\" is missing", column=name), row=1))
        for name in self.sheet.header:
            if name and name not in self.known:
                self.warnings.append(self.sheet.problem(
                    tr("unknown column \"{column}\" ignored", column=name), row=1))

    @property
    def usable(self) -> bool:
        """False when a required column is missing: rows cannot be read at all."""
        return all(name in self.sheet.header for name in self.required)

    def fail(self, row: Row, column: str, message: str) -> None:
        self.problems.append(self.sheet.problem(message, row, column))

    def text(self, row: Row, column: str, *, required: bool = False,
             max_length: int | None = None) -> str | None:
        value = row.get(column)
        if value is None:
            if required:
                self.fail(row, column, tr("a value is required"))
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value)
        limit = min(max_length or MAX_CELL_CHARS, MAX_CELL_CHARS)
        if len(text) > limit:
            self.fail(row, column, tr("the text is {length} characters long; at most {limit} "
                                      "are allowed", length=len(text), limit=limit))
            return None
        return text

    def code(self, row: Row, column: str, *, required: bool = True) -> str | None:
        value = self.text(row, column, required=required)
        if value is None:
            return None
        if not CODE.match(value):
            self.fail(row, column, tr("{value} is not a valid code (letters, digits, '-', '_', "
                                      "'.'; at most 40 characters)", value=show(value)))
            return None
        return value

    def number(self, row: Row, column: str, *, default: float | None = None,
               positive: bool = False, minimum: float | None = None) -> float | None:
        raw = row.get(column)
        if raw is None:
            return default
        value = parse_number(raw)
        if value is None:
            self.fail(row, column, tr("{value} is not a number", value=show(raw)))
            return None
        if positive and value <= 0:
            self.fail(row, column, tr("{value} must be greater than 0", value=show(raw)))
            return None
        if minimum is not None and value < minimum:
            self.fail(row, column, tr("{value} must be at least {minimum}", value=show(raw),
                                      minimum=format_number(minimum)))
            return None
        return value

    def integer(self, row: Row, column: str, *, default: int | None = None,
                minimum: int | None = None, required: bool = False) -> int | None:
        raw = row.get(column)
        if raw is None:
            if required:
                self.fail(row, column, tr("a value is required"))
            return default
        value = parse_number(raw)
        if value is None or not value.is_integer():
            self.fail(row, column, tr("{value} is not a whole number", value=show(raw)))
            return None
        if minimum is not None and value < minimum:
            self.fail(row, column, tr("{value} must be at least {minimum}", value=show(raw),
                                      minimum=minimum))
            return None
        return int(value)

    def choice(self, row: Row, column: str, choices: tuple[str, ...], *,
               default: str | None = None) -> str | None:
        raw = row.get(column)
        if raw is None:
            return default
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        value = str(raw).strip().lower()
        if value not in choices:
            self.fail(row, column, tr("{value} is not one of: {choices}", value=show(raw),
                                      choices=", ".join(choices)))
            return None
        return value

    def email(self, row: Row, column: str) -> str | None:
        value = self.text(row, column, max_length=200)
        if value is not None and not EMAIL.match(value):
            self.fail(row, column, tr("{value} is not an e-mail address", value=show(value)))
            return None
        return value

    def date(self, row: Row, column: str) -> Any:
        raw = row.get(column)
        if raw is None:
            return None
        try:
            return as_date(raw)
        except ValueError:
            self.fail(row, column, tr("{value} is not a date (write it as 2027-02-12 or "
                                      "12/02/2027)", value=show(raw)))
            return None

    def unique(self, row: Row, column: str, value: str | None, seen: dict[str, int]) -> bool:
        """Record `value` as used in this sheet; False (with a problem) if it already was."""
        if value is None:
            return False
        key = value.lower()
        if key in seen:
            self.fail(row, column, tr("{value} is used twice in this sheet (first in row {first})",
                                      value=show(value), first=seen[key]))
            return False
        seen[key] = row.number
        return True
