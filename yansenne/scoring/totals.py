"""Juror totals: the arrays of a snapshot (`snapshot.tabulate`), shared by every method.

A juror's total on a project is the weighted share of the maximum,
`100 * sum_c w_c (x_c - min_c) / (max_c - min_c) / sum_c w_c`, taken over the
criteria the juror actually scored (reference README). So a juror who scored
only some criteria of a project still has a total, computed on those criteria;
a juror who scored none (or declared a conflict) has no total on it, and a
project's `n_jurors` counts the jurors who have a total. Totals are rounded to
1e-9 so that equal weighted sums reached in different orders compare equal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from yansenne.scoring.model import Criterion

#: Decimals kept when totals and figures are compared for equality.
DECIMALS = 9


@dataclass(frozen=True, eq=False)
class Table:
    """Arrays indexed [juror, project, criterion]; NaN marks a missing mark or total."""

    jurors: tuple[str, ...]
    projects: tuple[str, ...]
    categories: tuple[str, ...]  # category of each project
    criteria: tuple[Criterion, ...]
    applies: np.ndarray  # (P, C) bool: criterion c is in project p's grid
    marks: np.ndarray  # (J, P, C) float
    totals: np.ndarray  # (J, P) float, 0-100

    def project_index(self, codes: list[str] | tuple[str, ...]) -> np.ndarray:
        """Positions of project codes, in the order given."""
        where = {code: i for i, code in enumerate(self.projects)}
        try:
            return np.array([where[c] for c in codes], dtype=np.intp)
        except KeyError as exc:
            raise ValueError(f"unknown project {exc.args[0]!r}") from None

    def scope_index(self, scope: str | None) -> np.ndarray:
        """Projects of one category, or of every category when scope is None."""
        if scope is None:
            return np.arange(len(self.projects), dtype=np.intp)
        cats = np.array(self.categories, dtype=object)
        found = np.flatnonzero(cats == scope)
        if found.size == 0 and scope not in self.categories:
            raise ValueError(f"unknown category {scope!r}")
        return found.astype(np.intp)

    def criterion_columns(self, code: str) -> np.ndarray:
        """For each project, the column of its criterion `code`, -1 if not in its grid."""
        cols = np.full(len(self.projects), -1, dtype=np.intp)
        for c, crit in enumerate(self.criteria):
            if crit.code == code:
                cols[self.applies[:, c]] = c
        return cols


def juror_totals(marks: np.ndarray, criteria: tuple[Criterion, ...]) -> np.ndarray:
    """Weighted share of the maximum (0-100) over the scored criteria; NaN if none."""
    if not criteria:
        return np.full(marks.shape[:2], np.nan)
    lo = np.array([c.min for c in criteria])
    span = np.array([c.max for c in criteria]) - lo
    weight = np.array([c.weight for c in criteria], dtype=float)
    scored = ~np.isnan(marks)
    share = np.where(scored, (marks - lo) / span, 0.0)
    num = share @ weight
    den = scored @ weight
    with np.errstate(invalid="ignore", divide="ignore"):
        totals = np.where(den > 0, 100.0 * num / den, np.nan)
    return np.round(totals, DECIMALS)


def normalised(table: Table, values: np.ndarray) -> np.ndarray:
    """Per-criterion figures (..., C) on a 0-1 scale, for weighted contributions."""
    lo = np.array([c.min for c in table.criteria])
    span = np.array([c.max for c in table.criteria]) - lo
    return (values - lo) / span
