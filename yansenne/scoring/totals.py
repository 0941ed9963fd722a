"""Juror totals: the arrays of a snapshot (`snapshot.tabulate`), shared by every method.

A juror's total on a project is the weighted share of the maximum,
`100 * sum_c w_c (x_c - min_c) / (max_c - min_c) / sum_c w_c`, taken over the
criteria the juror actually scored (reference README). So a juror who scored
only some criteria of a project still has a total, computed on those criteria;
a juror who scored none (or declared a conflict) has no total on it, and a
project's `n_jurors` counts the jurors who have a total.

Totals are rational (marks are whole steps, weights the decimals written in the
grid), so they are also kept exactly: `exact_totals` gives every total as an
integer over one common denominator, and the float totals are those integers
divided by it, correctly rounded. Equal exact totals are therefore equal floats,
and the methods compare their figures exactly (`ties.exact_key`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from yansenne.scoring.model import Criterion

#: Decimals kept when tie-break keys (criterion figures) are compared for equality.
DECIMALS = 9

#: Finest decimal a mark off its criterion's steps is read to (10^-6).
FINEST = Fraction(1, 10**6)


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
    exact: np.ndarray | None = None  # (J, P) Python ints: total = exact / unit; 0 if none
    unit: int = 1

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
    exact, unit = exact_totals(marks, criteria)
    return as_floats(exact, unit, ~np.isnan(marks).all(axis=-1))


def decimal(value: float) -> Fraction:
    """The decimal a float was written as (its shortest repr): 0.1 -> 1/10."""
    return Fraction(repr(float(value)))


def exact_totals(marks: np.ndarray, criteria: tuple[Criterion, ...]) -> tuple[np.ndarray, int]:
    """Juror totals as Python ints over one common denominator: (exact, unit).

    A mark is min + k * step with k whole (a mark off the steps is read to 10^-6),
    so its share of the range is k * step / (max - min), a fraction; a total is
    100 * sum(w * share) / sum(w) over the scored criteria. Missing totals are 0
    (the float totals say which are missing).
    """
    shape = marks.shape[:2]
    if not criteria:
        return np.zeros(shape, dtype=object), 1
    scored = ~np.isnan(marks)
    unit_steps, per_k = [], []
    for c, crit in enumerate(criteria):
        column = marks[..., c][scored[..., c]]
        step = decimal(crit.step)
        k = np.rint((column - crit.min) / crit.step)
        if not np.all(np.abs(k * crit.step + crit.min - column) <= 1e-9 * max(1.0, crit.step)):
            step = FINEST
        unit_steps.append(step)
        per_k.append(decimal(crit.weight) * step / (decimal(crit.max) - decimal(crit.min)))
    # integer weights and per-step shares on common denominators
    wden = math.lcm(*(decimal(c.weight).denominator for c in criteria))
    weight = np.array([int(decimal(c.weight) * wden) for c in criteria], dtype=object)
    kden = math.lcm(*(f.denominator for f in per_k))
    per_step = np.array([int(f * kden) for f in per_k], dtype=object)
    steps = np.zeros(marks.shape, dtype=object)
    for c, crit in enumerate(criteria):
        where = scored[..., c]
        if unit_steps[c] == FINEST:  # read the mark's decimals, not its binary value
            lo = decimal(crit.min)
            k = [round((decimal(x) - lo) / FINEST) for x in marks[..., c][where].tolist()]
        else:
            k = np.rint((marks[..., c][where] - crit.min) / crit.step).astype(np.int64).tolist()
        steps[..., c][where] = k
    num = (steps * per_step).sum(axis=-1)  # sum w * share, times kden
    den = (scored.astype(np.int64).astype(object) * weight).sum(axis=-1)  # sum w, times wden
    dens = sorted({int(d) for d in np.unique(den) if d})
    lcm = math.lcm(*dens) if dens else 1
    unit = kden * lcm
    factor = np.zeros(shape, dtype=object)
    for d in dens:
        factor[den == d] = lcm // d
    return 100 * wden * num * factor, unit


def as_floats(exact: np.ndarray, unit: int, present: np.ndarray) -> np.ndarray:
    """Exact values over `unit` as correctly rounded floats, NaN where not present."""
    out = np.full(exact.shape, np.nan)
    if present.any():
        out[present] = [e / unit for e in exact[present].tolist()]  # int / int rounds right
    return out


def normalised(table: Table, values: np.ndarray) -> np.ndarray:
    """Per-criterion figures (..., C) on a 0-1 scale, for weighted contributions."""
    lo = np.array([c.min for c in table.criteria])
    span = np.array([c.max for c in table.criteria]) - lo
    return (values - lo) / span
