"""Which jurors read which projects at a jury stage: a balanced, language-aware allocation.

Every project gets `per_project` distinct readers from its category's panel, never a
conflicted juror; within each panel the loads differ by at most one; and, subject to
that, as few readers as possible do not share the project's language.

A project of category c can only be read by the panel of c, so each category is an
independent sub-problem, solved as a min-cost flow (networkx network simplex):

    source -> juror -> project -> sink

- juror -> project: capacity 1 (no juror twice on a project), absent for conflicts,
  cost MISMATCH * (languages differ) + a seeded tie-break in [0, TIE_RANGE);
- project -> sink: exactly `per_project` (the sink's demand is the total T);
- the loads must lie in [floor(T/m), ceil(T/m)] for a panel of m jurors. The lower
  bound is encoded by the standard transformation: each juror node *supplies* floor
  units itself (demand -floor), and the source supplies only the remainder
  T - m*floor through source -> juror edges of capacity ceil - floor (0 or 1).
  Every juror therefore sends between floor and ceil units.

MISMATCH is chosen per category larger than the sum of all tie-breaks any allocation
can carry (TIE_RANGE * T), so the tie-break only ever decides between allocations with
the same number of language mismatches. Inputs are visited in sorted code order and the
tie-breaks drawn in that order, so the result depends on the inputs and the seed only.

When the bounds make the flow infeasible, a diagnostic flow without lower bounds
(`_diagnose`) names a juror who cannot reach the floor, or else a project left short.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy as np

TIE_RANGE = 1000
"""Seeded tie-breaks are integers in [0, TIE_RANGE)."""

REASONS = ("too_few_readers", "loads", "per_project")


@dataclass(frozen=True)
class Reader:
    """A juror who may read: the panels they sit on decide what they can be given."""

    code: str
    language: str  # 'fr' | 'nl' | 'en'
    categories: frozenset[str]


@dataclass(frozen=True)
class Candidate:
    """A project to be read: its category picks the panel, its language the preference."""

    code: str
    category: str
    language: str


@dataclass(frozen=True)
class Allocation:
    """The result: who reads what, what could not be read in its language, the loads."""

    pairs: tuple[tuple[str, str], ...]  # (juror code, project code), sorted
    # projects with at least one reader not sharing their language (sorted); non-empty
    # only when unavoidable under the other rules
    language_misses: tuple[str, ...]
    # category -> juror -> number of projects of that category the juror reads
    loads: dict[str, dict[str, int]] = field(compare=False)


class AllocationImpossible(Exception):
    """No allocation meets the rules; the attributes say where it breaks, for the message.

    `reason` is 'per_project' (fewer than one reader asked), 'too_few_readers' (`project`
    has only `available` non-conflicted panel jurors for `needed` readers) or 'loads' (the
    balance bounds cannot be met in `category`: `juror` cannot reach `needed` projects and
    got at most `available`, or, when juror is None, `project` cannot get its readers).
    """

    def __init__(
        self,
        reason: str,
        *,
        project: str | None = None,
        juror: str | None = None,
        category: str | None = None,
        needed: int = 0,
        available: int = 0,
    ) -> None:
        assert reason in REASONS
        self.reason = reason
        self.project = project
        self.juror = juror
        self.category = category
        self.needed = needed
        self.available = available
        super().__init__(self._describe())

    def _describe(self) -> str:
        if self.reason == "per_project":
            return f"each project needs at least one reader, not {self.needed}"
        if self.reason == "too_few_readers":
            return (
                f"project {self.project} ({self.category}) needs {self.needed} readers; "
                f"only {self.available} panel jurors are free of conflicts"
            )
        if self.juror is not None:
            return (
                f"loads in {self.category} cannot be balanced: juror {self.juror} can read "
                f"at most {self.available} projects, the floor is {self.needed}"
            )
        return (
            f"loads in {self.category} cannot be balanced: project {self.project} gets only "
            f"{self.available} of its {self.needed} readers within the load caps"
        )


def allocate(
    projects: Sequence[Candidate],
    jurors: Sequence[Reader],
    conflicts: Collection[tuple[str, str]],
    per_project: int,
    seed: int = 0,
) -> Allocation:
    """Allocate `per_project` readers to every project (see the module docstring).

    `conflicts` holds (juror code, project code) pairs that are never allowed. Raises
    AllocationImpossible when no allocation meets the rules, ValueError on duplicate codes.
    """
    if per_project < 1:
        raise AllocationImpossible("per_project", needed=per_project)
    projects = sorted(projects, key=lambda p: p.code)
    jurors = sorted(jurors, key=lambda j: j.code)
    _unique([p.code for p in projects], "project")
    _unique([j.code for j in jurors], "juror")
    if not projects:
        return Allocation((), (), {})
    banned = frozenset((str(j), str(p)) for j, p in conflicts)

    categories = sorted({p.category for p in projects})
    panels = {c: [j for j in jurors if c in j.categories] for c in categories}
    for p in projects:
        free = sum((j.code, p.code) not in banned for j in panels[p.category])
        if free < per_project:
            raise AllocationImpossible(
                "too_few_readers", project=p.code, category=p.category,
                needed=per_project, available=free,
            )

    rng = np.random.default_rng(seed)
    pairs: list[tuple[str, str]] = []
    loads: dict[str, dict[str, int]] = {}
    for c in categories:
        group = [p for p in projects if p.category == c]
        ties = rng.integers(0, TIE_RANGE, size=(len(panels[c]), len(group)))
        chosen = _solve(c, group, panels[c], banned, per_project, ties)
        pairs.extend(chosen)
        loads[c] = {j.code: 0 for j in panels[c]}
        for j, _ in chosen:
            loads[c][j] += 1

    language = {p.code: p.language for p in projects}
    spoken = {j.code: j.language for j in jurors}
    misses = sorted({p for j, p in pairs if spoken[j] != language[p]})
    return Allocation(tuple(sorted(pairs)), tuple(misses), loads)


def _unique(codes: list[str], what: str) -> None:
    twice = sorted(code for code, n in Counter(codes).items() if n > 1)
    if twice:
        raise ValueError(f"duplicate {what} codes: {', '.join(twice)}")


def _bounds(group: Sequence[Candidate], panel: Sequence[Reader], per_project: int):
    total = per_project * len(group)
    return total, total // len(panel), -(-total // len(panel))


def _solve(
    category: str,
    group: Sequence[Candidate],
    panel: Sequence[Reader],
    banned: frozenset[tuple[str, str]],
    per_project: int,
    ties: np.ndarray,
) -> list[tuple[str, str]]:
    """One category's min-cost flow with the loads bounded to [floor, ceil]."""
    total, low, high = _bounds(group, panel, per_project)
    # Any allocation carries `total` pairs, each with a tie-break < TIE_RANGE: one
    # mismatch must cost more than every tie-break together.
    mismatch = TIE_RANGE * total + 1
    import networkx as nx  # here: the desk and the commands that never allocate skip it

    graph = nx.DiGraph()
    graph.add_node("s", demand=-(total - low * len(panel)))
    for j in panel:
        graph.add_node(("j", j.code), demand=-low)
    for p in group:
        graph.add_node(("p", p.code), demand=0)
    graph.add_node("t", demand=total)
    if high > low:
        for j in panel:
            graph.add_edge("s", ("j", j.code), capacity=high - low, weight=0)
    _add_reading_edges(graph, group, panel, banned, per_project, ties, mismatch)
    try:
        flow = nx.min_cost_flow(graph)
    except nx.NetworkXUnfeasible:
        raise _diagnose(category, group, panel, banned, per_project) from None
    return [
        (j.code, p.code)
        for j in panel
        for p in group
        if flow[("j", j.code)].get(("p", p.code), 0) == 1
    ]


def _add_reading_edges(graph, group, panel, banned, per_project, ties, mismatch) -> None:
    for a, j in enumerate(panel):
        for b, p in enumerate(group):
            if (j.code, p.code) not in banned:
                cost = mismatch * (j.language != p.language) + int(ties[a, b])
                graph.add_edge(("j", j.code), ("p", p.code), capacity=1, weight=cost)
    for p in group:
        graph.add_edge(("p", p.code), "t", capacity=per_project, weight=0)


def _diagnose(
    category: str,
    group: Sequence[Candidate],
    panel: Sequence[Reader],
    banned: frozenset[tuple[str, str]],
    per_project: int,
) -> AllocationImpossible:
    """Say why the bounded flow is infeasible, naming a juror before a project.

    The diagnostic flow drops the lower bounds but keeps the caps, and may leave readings
    unplaced (a source -> sink bypass). Each juror's first `floor` units earn a reward
    larger than all other units together, each further unit a reward of 1: so the flow
    fills the jurors' floors as far as they can be filled jointly, then places as many
    readings as the caps allow. If some juror still stays below the floor, the first in
    code order is reported with the load reached (`available`): the floors cannot all be
    met. Otherwise the floors fit but not every reading fits under the caps, and the first
    project (code order) short of readers is reported. One of the two must hold, since a
    flow meeting the floors and placing every reading would be feasible.
    """
    total, low, high = _bounds(group, panel, per_project)
    reward = total + 1
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_node("s", demand=-total)
    graph.add_node("t", demand=total)
    graph.add_edge("s", "t", capacity=total, weight=0)
    for j in panel:
        if low:
            graph.add_edge("s", ("j", j.code), capacity=low, weight=-reward)
        if high > low:
            graph.add_edge("s", ("x", j.code), capacity=high - low, weight=-1)
            graph.add_edge(("x", j.code), ("j", j.code), capacity=high - low, weight=0)
    zeros = np.zeros((len(panel), len(group)), dtype=int)
    _add_reading_edges(graph, group, panel, banned, per_project, zeros, 0)
    flow = nx.min_cost_flow(graph)
    for j in panel:
        load = sum(flow[("j", j.code)].values())
        if load < low:
            return AllocationImpossible(
                "loads", juror=j.code, category=category, needed=low, available=load,
            )
    readers = {p.code: flow[("p", p.code)]["t"] for p in group}
    short = next((p for p in group if readers[p.code] < per_project), None)
    if short is None:
        raise AssertionError("the bounded flow was infeasible but its diagnostic is not")
    return AllocationImpossible(
        "loads", project=short.code, category=category,
        needed=per_project, available=readers[short.code],
    )
