"""The snapshot: everything the aggregation needs, frozen at one moment, and its arrays.

`Snapshot.table` turns the marks into arrays once (`tabulate`), for every method to
share; the arithmetic on them is totals.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

import numpy as np

from yansenne.scoring.model import Criterion, Juror, MarkArrays, Project, ScoreKey
from yansenne.scoring.totals import Table, as_floats, exact_totals


@dataclass(frozen=True)
class Snapshot:
    """Everything the aggregation needs, frozen at one moment.

    `scores` maps (juror, project, criterion) codes to a mark on the criterion's
    scale. A score on a (juror, project) pair listed in `conflicts` is ignored:
    a declared conflict wins, the juror abstains on that project. Unknown codes,
    marks outside [min, max] and criteria outside the project's grid are refused
    with ValueError, because they can only be a caller's bug.
    """

    criteria: tuple[Criterion, ...]
    projects: tuple[Project, ...]
    jurors: tuple[Juror, ...]
    scores: Mapping[ScoreKey, float] = field(default_factory=dict)
    conflicts: frozenset[tuple[str, str]] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "criteria", tuple(self.criteria))
        object.__setattr__(self, "projects", tuple(self.projects))
        object.__setattr__(self, "jurors", tuple(self.jurors))
        if not (isinstance(self.scores, MarkArrays) and self.scores.belongs_to(
                tuple(j.code for j in self.jurors), tuple(p.code for p in self.projects),
                tuple(c.code for c in self.criteria))):
            object.__setattr__(self, "scores", MappingProxyType(dict(self.scores)))
        object.__setattr__(self, "conflicts", frozenset(self.conflicts))
        _unique("project", (p.code for p in self.projects))
        _unique("juror", (j.code for j in self.jurors))
        _unique("criterion", ((c.category, c.code) for c in self.criteria))
        if sum(j.president for j in self.jurors) > 1:
            raise ValueError("at most one juror can be president")
        jurors = {j.code for j in self.jurors}
        projects = {p.code for p in self.projects}
        for juror, project in self.conflicts:
            if juror not in jurors or project not in projects:
                raise ValueError(f"conflict ({juror}, {project}) names an unknown code")
        for category in {p.category for p in self.projects}:
            _unique(f"criterion of category {category}", (c.code for c in self.grid(category)))

    @classmethod
    def from_arrays(
        cls,
        criteria: Iterable[Criterion],
        projects: Iterable[Project],
        jurors: Iterable[Juror],
        juror_index: np.ndarray,
        project_index: np.ndarray,
        criterion_index: np.ndarray,
        values: np.ndarray,
        conflicts: Iterable[tuple[str, str]] = (),
    ) -> Snapshot:
        """A snapshot from marks given as positions in `jurors`, `projects`, `criteria`.

        For loaders that read many marks at once: no tuple of codes is built per
        mark, and the arrays go straight into the table. Each (juror, project,
        criterion) must appear at most once, as in a mapping.
        """
        criteria, projects, jurors = tuple(criteria), tuple(projects), tuple(jurors)
        marks = MarkArrays(tuple(j.code for j in jurors), tuple(p.code for p in projects),
                           tuple(c.code for c in criteria), juror_index, project_index,
                           criterion_index, values)
        return cls(criteria, projects, jurors, marks, frozenset(conflicts))

    def grid(self, category: str) -> tuple[Criterion, ...]:
        """The criteria a project of `category` is scored on, in snapshot order."""
        return tuple(c for c in self.criteria if c.category in (None, category))

    @property
    def categories(self) -> tuple[str, ...]:
        """Category codes in order of first appearance among the projects."""
        return tuple(dict.fromkeys(p.category for p in self.projects))

    @cached_property
    def table(self) -> Table:
        """The scores as arrays, built once per snapshot (see `tabulate`)."""
        return tabulate(self)


def _unique(what: str, codes: Iterable[Any]) -> None:
    seen: set[Any] = set()
    for code in codes:
        if code in seen:
            raise ValueError(f"duplicate {what} {code!r}")
        seen.add(code)



def tabulate(snapshot: Snapshot) -> Table:
    """Build the arrays of a snapshot, refusing marks that cannot be right."""
    jurors = tuple(j.code for j in snapshot.jurors)
    projects = tuple(p.code for p in snapshot.projects)
    categories = tuple(p.category for p in snapshot.projects)
    criteria = snapshot.criteria
    j_at = {code: i for i, code in enumerate(jurors)}
    p_at = {code: i for i, code in enumerate(projects)}
    col_at: dict[tuple[str, str], int] = {}
    applies = np.zeros((len(projects), len(criteria)), dtype=bool)
    for category in dict.fromkeys(categories):
        rows = np.array([cat == category for cat in categories])
        for c, crit in enumerate(criteria):
            if crit.category in (None, category):
                col_at[(category, crit.code)] = c
                applies[rows, c] = True

    marks = np.full((len(jurors), len(projects), len(criteria)), np.nan)
    if len(snapshot.scores):
        ji, pi, ci, values, keys = _positions(snapshot, j_at, p_at, col_at, applies)
        lo = np.array([c.min for c in criteria])[ci]
        hi = np.array([c.max for c in criteria])[ci]
        bad = ~((values >= lo - 1e-9) & (values <= hi + 1e-9))
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            k = keys[i] if keys else (jurors[ji[i]], projects[pi[i]], criteria[ci[i]].code)
            raise ValueError(f"score {k} = {values[i]} is outside its criterion's scale")
        if snapshot.conflicts:
            pairs = np.array([j_at[j] * len(projects) + p_at[p] for j, p in snapshot.conflicts])
            keep = ~np.isin(ji * len(projects) + pi, pairs)
            ji, pi, ci, values = ji[keep], pi[keep], ci[keep], values[keep]
        marks[ji, pi, ci] = values
    exact, unit = exact_totals(marks, criteria)
    return Table(
        jurors=jurors,
        projects=projects,
        categories=categories,
        criteria=criteria,
        applies=applies,
        marks=marks,
        totals=as_floats(exact, unit, ~np.isnan(marks).all(axis=-1)),
        exact=exact,
        unit=unit,
    )


def _positions(
    snapshot: Snapshot,
    j_at: dict[str, int],
    p_at: dict[str, int],
    col_at: dict[tuple[str, str], int],
    applies: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list | None]:
    """Juror, project and column positions of every mark, its value, and its key if known."""
    scores = snapshot.scores
    if isinstance(scores, MarkArrays):  # positions already: only check the grid
        ji, pi, ci = scores.juror_index, scores.project_index, scores.criterion_index
        outside = ~applies[pi, ci]
        if outside.any():
            i = int(np.flatnonzero(outside)[0])
            where = (snapshot.projects[pi[i]].category, snapshot.criteria[ci[i]].code)
            raise ValueError(f"score names a criterion outside the grid: {where!r}")
        return ji, pi, ci, scores.values, None
    keys = list(scores.keys())
    try:
        ji_l = [j_at[k[0]] for k in keys]
        pi_l = [p_at[k[1]] for k in keys]
    except KeyError as exc:
        raise ValueError(f"score names an unknown juror or project {exc.args[0]!r}") from None
    categories = [p.category for p in snapshot.projects]
    try:
        ci_l = [col_at[(categories[p], k[2])] for p, k in zip(pi_l, keys, strict=True)]
    except KeyError as exc:
        raise ValueError(f"score names a criterion outside the grid: {exc.args[0]!r}") from None
    values = np.fromiter(scores.values(), dtype=float, count=len(keys))
    return np.array(ji_l), np.array(pi_l), np.array(ci_l), values, keys


