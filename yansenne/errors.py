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
    # Further rows with exactly the same fault (see `condense`).
    more_rows: tuple[int, ...] = ()

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(tr("sheet {sheet}", sheet=self.sheet))
        if self.row is not None and self.more_rows:
            where.append(tr("rows {rows}", rows=_row_list((self.row, *self.more_rows))))
        elif self.row is not None:
            where.append(tr("row {row}", row=self.row))
        if self.column:
            where.append(tr("column {column}", column=self.column))
        head = ", ".join(where)
        parts = [p for p in (self.file, head) if p]
        return ": ".join([*parts, self.message])


SHOWN_ROWS = 6


def _row_list(rows: tuple[int, ...]) -> str:
    shown = ", ".join(str(r) for r in rows[:SHOWN_ROWS])
    if len(rows) > SHOWN_ROWS:
        return tr("{rows}… ({count} in all)", rows=shown, count=len(rows))
    return shown


def condense(problems: Iterable[Problem], at_least: int = 3) -> list[Problem]:
    """One line for a fault repeated on many rows (the same file, sheet, column and
    message), so one cause does not bury the others; rarer repeats stay apart."""
    groups: dict[tuple, list[Problem]] = {}
    for problem in problems:
        key = (problem.file, problem.sheet, problem.column, problem.message,
               problem.row is None)
        groups.setdefault(key, []).append(problem)
    result: list[Problem] = []
    for group in groups.values():
        if len(group) >= at_least and group[0].row is not None:
            rows = tuple(r for p in group for r in (p.row, *p.more_rows) if r is not None)
            first = group[0]
            result.append(Problem(first.message, first.file, first.sheet, rows[0],
                                  first.column, rows[1:]))
        else:
            result.extend(group)
    return result


class YansenneError(Exception):
    """Base of the errors a user can act on (exit status 2 on the command line)."""


class InputError(YansenneError):
    """The input was refused; `problems` says every reason and where."""

    def __init__(self, problems: Iterable[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = condense(list(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class DatabaseError(YansenneError):
    """The database cannot be used as it is (newer than the program, not ours, damaged)."""
