"""Refusals that name where the problem is, in the user's language.

Every refused input (a workbook, a CSV, a ballot, a database) raises `InputError`
with one `Problem` per fault; the command line prints one line per problem and
exits with status 2, the interface lists them. Nothing is written when one is
raised: writers validate everything before they open a transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from yansenne.i18n import tr


@dataclass(frozen=True)
class Problem:
    """One fault, located as precisely as the input allows."""

    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(tr("sheet {sheet}", sheet=self.sheet))
        if self.row is not None:
            where.append(tr("row {row}", row=self.row))
        if self.column:
            where.append(tr("column {column}", column=self.column))
        head = ", ".join(where)
        parts = [p for p in (self.file, head) if p]
        return ": ".join([*parts, self.message])


class YansenneError(Exception):
    """Base of the errors a user can act on (exit status 2 on the command line)."""


class InputError(YansenneError):
    """The input was refused; `problems` says every reason and where."""

    def __init__(self, problems: Iterable[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class DatabaseError(YansenneError):
    """The database cannot be used as it is (newer than the program, not ours, damaged)."""
