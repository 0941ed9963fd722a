"""Reading one sheet's cells into typed values, collecting every problem with its place.

A reader never stops at the first fault: it records a located `Problem` and
returns None, so the user gets the whole list in one go and fixes it once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from yansenne.domain import names
from yansenne.domain.amounts import amount_problem, parse_amount
from yansenne.domain.marks import parse_number
from yansenne.domain.scale import format_number, precise_number
from yansenne.errors import Problem
from yansenne.exchange.tabular import MAX_CELL_CHARS, Column, Row, Sheet, as_date, visible
from yansenne.i18n import tr

CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# What a secretariat writes instead of the Projects column names (edition-workbook.md,
# "The same columns elsewhere"), compared folded: no case, accents or punctuation.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("n° dossier", "numéro", "dossier", "nummer"),
    "title_fr": ("titre", "titre du projet (fr)"),
    "title_nl": ("titel", "titel van het project (nl)"),
    "category": ("catégorie", "categorie"),
    "organisation": ("organisation porteuse", "organisatie"),
    "lead_actor": ("type de porteur", "porteur", "type aanvrager"),
    "municipality": ("commune", "gemeente"),
    "contact_name": ("personne de contact", "contactpersoon"),
    "contact_email": ("e-mail", "courriel"),
    "budget_eur": ("budget", "budget total (€)", "totaal budget"),
    "summary_fr": ("résumé", "résumé du projet"),
    "summary_nl": ("samenvatting",),
    "language": ("langue", "taal"),  # beyond the spec's list: the candidate's language
}


def fold_header(text: str) -> str:
    """'Titre du projet (FR)' -> 'titre du projet fr'; 'title_fr' -> 'title fr'."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def header_map(header: list[str], known: tuple[str, ...],
               synonyms: Mapping[str, tuple[str, ...]] = HEADER_SYNONYMS, *,
               index_only: bool = False) -> dict[str, str]:
    """Each header naming a `known` column (by its name or a synonym, folded) -> that
    column; the first header wins when two name the same column. `index_only`: the
    folded names and synonyms -> their column instead."""
    index = {fold_header(name): name for name in known}
    for name, others in synonyms.items():
        if name in known:
            for other in others:
                index.setdefault(fold_header(other), name)
    if index_only:
        return index
    found: dict[str, str] = {}
    for h in header:
        target = h if h in known else index.get(fold_header(h)) if h else None
        if target and target not in found.values():
            found[h] = target
    return found


def show(value: Any) -> str:
    """A cell value as quoted in a message (long values shortened; a number to its 15
    significant digits; a control character, a line break or a tab written as its
    escape, so that a message never carries one to a terminal or a log)."""
    text = precise_number(value) if isinstance(value, float) else str(value)
    text = text[:40] + "…" if len(text) > 40 else text
    return f"\"{visible(text, breaks=True)}\""


_LINE_BREAKS = re.compile("[\t\n\r]")


@dataclass
class SheetReader:
    """Typed access to the cells of one sheet, problems collected in `problems`."""

    sheet: Sheet
    known: tuple[str, ...]
    required: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    # Header synonyms to accept (HEADER_SYNONYMS for the Projects columns), or None for
    # the column names only.
    synonyms: Mapping[str, tuple[str, ...]] | None = None

    def __post_init__(self) -> None:
        if self.synonyms is not None:
            self._rename_columns()
        self._faulted: set[tuple[int, str]] = set()
        for fault in self.sheet.faults:  # control characters, in the columns read here
            if fault.name == "" or fault.name in self.known:
                self.problems.append(Problem(
                    fault.message, file=self.sheet.file,
                    sheet=None if self.sheet.is_csv else self.sheet.name, row=fault.row,
                    column=str(fault.column) if fault.name else fault.column.letter))
                self._faulted.add((fault.row, fault.name))
        self.warnings.extend(self.sheet.warnings)
        present = set(self.sheet.header)
        for name in self.required:
            if name not in present:
                self.problems.append(self.sheet.problem(
                    tr("required column \"{column}\" is missing", column=name), row=1))
        for name in self.sheet.header:
            if name and name not in self.known:
                self.warnings.append(self.sheet.problem(
                    tr("unknown column \"{column}\" ignored", column=name), row=1))

    def _rename_columns(self) -> None:
        """Headers written as synonyms take their column's name in `self.sheet` (a copy);
        each cell keeps the file's column letter and header, so that messages point at
        the file as the user sees it. A second header naming an already named column is
        ignored with a warning."""
        mapping = header_map(self.sheet.header, self.known, self.synonyms or {})
        taken = header_map([], self.known, self.synonyms or {}, index_only=True)
        rename: dict[str, str] = {}
        for h in self.sheet.header:
            if not h or h in rename:
                continue
            if h in mapping:
                rename[h] = mapping[h]
            elif fold_header(h) in taken:
                rename[h] = ""
                first = next(k for k, v in mapping.items() if v == taken[fold_header(h)])
                self.warnings.append(self.sheet.problem(tr(
                    "column \"{column}\" ignored: column \"{first}\" already gives {target}",
                    column=h, first=first, target=taken[fold_header(h)]), row=1))
            else:
                rename[h] = h
        if all(h == t for h, t in rename.items()):
            return
        # A renamed copy: the file's sheet keeps its own headers (for a rejects file).
        sheet = self.sheet
        renamed = Sheet(file=sheet.file, name=sheet.name, is_csv=sheet.is_csv,
                        header=[rename.get(h, "") if h else "" for h in sheet.header],
                        faults=[replace(f, name=rename.get(f.name, "")) for f in sheet.faults
                                if not f.name or rename.get(f.name)],
                        warnings=sheet.warnings)
        shared: dict[int, dict[str, Column]] = {}
        for row in sheet.rows:
            key = id(row.columns)
            if key not in shared:
                shared[key] = {rename[k]: c for k, c in row.columns.items() if rename.get(k)}
            renamed.rows.append(Row(row.number, {rename[k]: v for k, v in row.values.items()
                                                 if rename.get(k)}, shared[key]))
        self.sheet = renamed

    @property
    def usable(self) -> bool:
        """False when a required column is missing: rows cannot be read at all."""
        return all(name in self.sheet.header for name in self.required)

    def fail(self, row: Row, column: str, message: str) -> None:
        if (row.number, column) in self._faulted:  # its control character says enough
            return
        self.problems.append(self.sheet.problem(message, row, column))

    def text(self, row: Row, column: str, *, required: bool = False,
             max_length: int | None = None, multiline: bool = False) -> str | None:
        """A text cell; a line break or a tab is refused unless the field holds several
        lines (a summary, a comment, a rubric): every other field is one line in the
        desk, and a tab or a line break in a name or a title is a fault of the file."""
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
        if not multiline and (found := _LINE_BREAKS.search(text)):
            self.fail(row, column, tr("{value} holds a line break or a tab (at character "
                                      "{position}); this field is a single line",
                                      value=show(text), position=found.start() + 1))
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
               positive: bool = False, minimum: float | None = None,
               maximum: float | None = None) -> float | None:
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
        if maximum is not None and value > maximum:
            self.fail(row, column, tr("{value} must be at most {maximum}", value=show(raw),
                                      maximum=format_number(maximum)))
            return None
        return value

    def integer(self, row: Row, column: str, *, default: int | None = None,
                minimum: int | None = None, maximum: int | None = None,
                required: bool = False) -> int | None:
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
        if maximum is not None and value > maximum:
            self.fail(row, column, tr("{value} must be at most {maximum}", value=show(raw),
                                      maximum=maximum))
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

    def amount(self, row: Row, column: str, *, minimum: float | None = 0) -> float | None:
        """An amount as Belgian Excel writes it ("7.450,00", "12 500 €"); "7.450" refused."""
        raw = row.get(column)
        if raw is None:
            return None
        problem = amount_problem(raw, minimum=minimum)
        if problem is not None:
            self.fail(row, column, problem)
            return None
        return parse_amount(raw)

    def named(self, row: Row, column: str, choices: names.Choices, *,
              required: bool = False, kind: str = "",
              mapped: Mapping[str, str] | None = None) -> str | None:
        """The code of the choice a cell names (code, FR/NL/EN name or its beginning), or
        that `mapped` (the edition's value mapping for this field) gives the value."""
        raw = self.text(row, column, required=required)
        if raw is None:
            return None
        if mapped and mapped.get(names.mapping_key(raw)) in choices:
            return mapped[names.mapping_key(raw)]
        problem = names.name_problem(raw, choices, kind=kind)
        if problem is not None:
            self.fail(row, column, problem)
            return None
        return names.name_code(raw, choices)

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
