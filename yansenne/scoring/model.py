"""The records of the scoring core: what a snapshot is made of, and the results.

Everything holds plain codes and numbers, so the core can be fed from the store,
a workbook or a test without any database (the snapshot itself: snapshot.py).
Results carry codes only (project codes, reason codes, rule tokens); callers
translate them into the user's language.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from yansenne.scoring import catalogue
from yansenne.scoring.notes import Note

#: Method names of the command line (../spec/cli.md), from the one catalogue.
METHODS: tuple[str, ...] = catalogue.CODES
DEFAULT_METHOD = "mean"
ALIASES: Mapping[str, str] = catalogue.ALIASES

#: Reason codes of unranked projects.
NO_SCORES = "no_scores"
BELOW_QUORUM = "below_quorum"
TOO_FEW_TO_TRIM = "too_few_to_trim"

#: Scope of the ranking of every category together.
OVERALL: None = None

ScoreKey = tuple[str, str, str]


def canonical_method(method: str) -> str:
    """The method's canonical name, so aliases never reach the arithmetic."""
    name = ALIASES.get(method, method)
    if name not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    return name


@dataclass(frozen=True)
class Criterion:
    """One criterion of a grid; `category` None means every category's grid has it."""

    code: str
    weight: float = 1.0
    min: float = 0.0
    max: float = 10.0
    step: float = 0.5
    category: str | None = None

    def __post_init__(self) -> None:
        if not self.weight > 0:
            raise ValueError(f"criterion {self.code}: weight must be > 0")
        if not self.max > self.min:
            raise ValueError(f"criterion {self.code}: max must be > min")
        if not self.step > 0:
            raise ValueError(f"criterion {self.code}: step must be > 0")


@dataclass(frozen=True)
class Project:
    """A candidate project and the category it competes in."""

    code: str
    category: str


@dataclass(frozen=True)
class Juror:
    """A voting juror (observers are not part of a snapshot)."""

    code: str
    president: bool = False


class MarkArrays(Mapping[ScoreKey, float]):
    """Scores held as index arrays into a snapshot's jurors, projects and criteria.

    Read-only, like the mapping a snapshot otherwise keeps; the mapping of codes
    is built only if somebody asks for a mark by its codes.
    """

    def __init__(self, jurors: tuple[str, ...], projects: tuple[str, ...],
                 criteria: tuple[str, ...], juror_index: np.ndarray, project_index: np.ndarray,
                 criterion_index: np.ndarray, values: np.ndarray) -> None:
        self.jurors, self.projects, self.criteria = jurors, projects, criteria
        arrays = [np.array(a, dtype=np.intp) for a in (juror_index, project_index,
                                                       criterion_index)]
        self.values = np.array(values, dtype=float)
        for a in (*arrays, self.values):
            a.setflags(write=False)
        self.juror_index, self.project_index, self.criterion_index = arrays
        n = len(self.values)
        if any(len(a) != n for a in arrays):
            raise ValueError("mark arrays of different lengths")
        for a, size, what in ((arrays[0], len(jurors), "juror"), (arrays[1], len(projects),
                              "project"), (arrays[2], len(criteria), "criterion")):
            if n and (a.min() < 0 or a.max() >= size):
                raise ValueError(f"mark names an unknown {what} position")
        self._lookup: dict[ScoreKey, float] | None = None

    def belongs_to(self, jurors: tuple[str, ...], projects: tuple[str, ...],
                   criteria: tuple[str, ...]) -> bool:
        """Whether the positions refer to these codes, in the same order."""
        return (self.jurors, self.projects, self.criteria) == (jurors, projects, criteria)

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[ScoreKey]:
        j, p, c = self.jurors, self.projects, self.criteria
        for a, b, k in zip(self.juror_index.tolist(), self.project_index.tolist(),
                           self.criterion_index.tolist(), strict=True):
            yield (j[a], p[b], c[k])

    def __getitem__(self, key: ScoreKey) -> float:
        if self._lookup is None:
            self._lookup = dict(zip(self, self.values.tolist(), strict=True))
        return self._lookup[key]


@dataclass(frozen=True)
class Rules:
    """How an edition turns figures into places.

    `quorum`: fewest juror totals a project needs to be ranked (at least 1).
    `trim`: K of the trimmed mean. `tie_break`: ordered rule tokens
    (`criterion:<code>`, `median`, `first_places`, `casting_vote`).
    `casting_vote`: project codes in the order the president gave at deliberation.
    """

    quorum: int = 1
    trim: int = 1
    tie_break: tuple[str, ...] = ()
    casting_vote: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "tie_break", tuple(self.tie_break))
        object.__setattr__(self, "casting_vote", tuple(self.casting_vote))
        if self.quorum < 1:
            raise ValueError("quorum must be at least 1")
        if self.trim < 0:
            raise ValueError("trim must be >= 0")
        for token in self.tie_break:
            if token not in ("median", "first_places", "casting_vote") and not (
                token.startswith("criterion:") and len(token) > len("criterion:")
            ):
                raise ValueError(f"unknown tie-break rule {token!r}")


@dataclass(frozen=True)
class Uncertainty:
    """How sure a place is, from resampling the jurors (spec/cli.md, `uncertainty`).

    `p_first`: share of draws in which the project is first (a tie for first shares
    it); `p_top3`: share with rank <= 3; `rank_low`/`rank_high`: 5th and 95th
    percentiles of its rank (nearest rank).
    """

    p_first: float
    p_top3: float
    rank_low: int
    rank_high: int

    def as_json(self) -> dict[str, float | int]:
        return {"p_first": round(self.p_first, 4), "p_top3": round(self.p_top3, 4),
                "rank_low": self.rank_low, "rank_high": self.rank_high}


@dataclass(frozen=True)
class Standing:
    """One ranked project: the fields of `rank --format json` minus the title.

    `score` is the method's figure (for ranksum lower is better; for majority the
    majority grade; for schulze the number of projects placed below it). `criteria`
    holds the per-criterion figure on each criterion's own scale (None when the
    method cannot give one, e.g. too few marks to trim); zscore, ranksum and
    schulze have no per-criterion reading on that scale and show the mean.
    `decided_by` is the last tie-break rule needed to separate it from the
    projects it tied with; `tie_broken_by` is what the JSON says: that rule where
    it moved the project off its rank, or `majority_value` where majority judgment
    ranked it below a project of the same majority grade. `partial`: one of its
    juror totals rests on only part of the grid. `uncertainty`: None until asked.
    """

    project: str
    category: str
    score: float
    rank: int
    place: int
    tie: bool
    n_jurors: int
    criteria: Mapping[str, float | None]
    decided_by: str | None = None
    tie_broken_by: str | None = None
    partial: bool = False
    uncertainty: Uncertainty | None = None

    def with_uncertainty(self, figures: Uncertainty) -> Standing:
        """This standing with its uncertainty: `dataclasses.replace` reads the fields'
        definitions at each call, a tenth of the draws' time over 2,000 standings."""
        copy = object.__new__(Standing)
        copy.__dict__.update(self.__dict__, uncertainty=figures)
        return copy

    def as_json(self) -> dict[str, Any]:
        """The spec's JSON object (without `title`, which the caller knows)."""
        return {
            "rank": self.rank,
            "place": self.place,
            "project": self.project,
            "score": _json_number(self.score),
            "criteria": {k: _json_number(v) for k, v in self.criteria.items()},
            "n_jurors": self.n_jurors,
            "tie": self.tie,
            "tie_broken_by": self.tie_broken_by,
            "partial": self.partial,
            "uncertainty": self.uncertainty.as_json() if self.uncertainty else None,
        }


@dataclass(frozen=True)
class Unranked:
    """A project left out of a ranking, with a reason code."""

    project: str
    category: str
    reason: str
    n_jurors: int


@dataclass(frozen=True)
class Ranking:
    """The ranking of one scope: a category code, or OVERALL (None).

    `notes`: readings in words of what the method did (spec/cli.md). `comparable`
    and `reason`: for the overall scope, whether its categories' figures can be
    compared at all (same grids, same panels), and why not.
    """

    method: str
    scope: str | None
    higher_is_better: bool
    standings: tuple[Standing, ...]
    unranked: tuple[Unranked, ...]
    notes: tuple[Note, ...] = ()
    comparable: bool = True
    reason: Note | None = None

    def by_project(self) -> dict[str, Standing]:
        """Standings keyed by project code."""
        return {s.project: s for s in self.standings}

    def place_of(self, project: str) -> int | None:
        """The project's place, None if it is not ranked here."""
        standing = self.by_project().get(project)
        return standing.place if standing else None


@dataclass(frozen=True)
class Results:
    """Rankings of every category, and of every category together."""

    method: str
    rules: Rules
    categories: Mapping[str, Ranking]
    overall: Ranking


def _json_number(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(value, 6)
