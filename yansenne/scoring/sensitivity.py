"""Would the laureates change with another method, or without one juror?

Every method is run side by side on the same scope; leave-one-juror-out reruns
the chosen method once per juror with that juror's totals removed (quorum and
tie-break rules still apply, so a project can drop out of the ranking). Places
are compared, since places are what the jury awards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from yansenne.scoring.methods import pairwise_preferences
from yansenne.scoring.model import METHODS, Rules, canonical_method
from yansenne.scoring.ranking import evaluate
from yansenne.scoring.snapshot import Snapshot

LAUREATE_PLACES = 3


@dataclass(frozen=True)
class MethodComparison:
    """Places of each project under each method (None = unranked by that method)."""

    scope: str | None
    methods: tuple[str, ...]
    places: Mapping[str, Mapping[str, int | None]]  # project -> method -> place
    top3: Mapping[str, tuple[str, ...]]  # method -> projects placed 1-3, best first
    top3_changes: bool  # the ordered top three differ between some methods


@dataclass(frozen=True)
class JurorInfluence:
    """A project's place range when any one juror is left out."""

    project: str
    place: int
    best_place: int | None  # None only if every removal unranks it
    worst_place: int | None
    best_without: str | None  # juror whose removal gives the best place
    worst_without: str | None  # juror whose removal gives the worst place (or unranks it)
    max_movement: int  # largest |place change| among the removals that keep it ranked
    can_drop_out: bool  # some removal leaves it below quorum


@dataclass(frozen=True)
class LaureateFlag:
    """A laureate candidate (placed 1-3) whose place is fragile."""

    project: str
    place: int
    method_dependent: bool  # another method places it differently
    juror_dependent: bool  # removing one juror changes its place
    may_leave_top3_by_method: bool
    may_leave_top3_by_juror: bool


@dataclass(frozen=True)
class Sensitivity:
    """Sensitivity of one scope under one method."""

    scope: str | None
    method: str
    comparison: MethodComparison
    influence: Mapping[str, JurorInfluence]
    laureates: tuple[LaureateFlag, ...]


@dataclass(frozen=True)
class SensitivityReport:
    """Sensitivity of every category and of the overall ranking."""

    method: str
    categories: Mapping[str, Sensitivity]
    overall: Sensitivity


def _top(places: Mapping[int, int], projects: Sequence[str]) -> tuple[str, ...]:
    chosen = [(pl, projects[p]) for p, pl in places.items() if pl <= LAUREATE_PLACES]
    return tuple(code for _, code in sorted(chosen))


def compare_methods(
    snapshot: Snapshot,
    scope: str | None,
    rules: Rules | None = None,
    methods: Sequence[str] = METHODS,
) -> MethodComparison:
    """Every method's places side by side, and whether the top three move."""
    rules = rules or Rules()
    table = snapshot.table
    index = table.scope_index(scope)
    names = tuple(dict.fromkeys(canonical_method(x) for x in methods))
    by_method = {
        name: evaluate(table, index, name, rules, with_criteria=False).places_by_position()
        for name in names
    }
    places = {
        table.projects[p]: {name: by_method[name].get(p) for name in names} for p in index.tolist()
    }
    top3 = {name: _top(by_method[name], table.projects) for name in names}
    return MethodComparison(
        scope=scope,
        methods=names,
        places=places,
        top3=top3,
        top3_changes=len(set(top3.values())) > 1,
    )


def leave_one_juror_out(
    snapshot: Snapshot, scope: str | None, method: str = "mean", rules: Rules | None = None
) -> dict[str, JurorInfluence]:
    """For each ranked project, its best and worst place when one juror is left out."""
    rules = rules or Rules()
    table = snapshot.table
    index = table.scope_index(scope)
    base = evaluate(table, index, method, rules, with_criteria=False).places_by_position()
    active = np.flatnonzero(~np.isnan(table.totals[:, index]).all(axis=1))
    method = canonical_method(method)
    totals = table.totals[:, index]
    # Schulze: count the pairwise preferences once, then take one juror's away.
    prefs = pairwise_preferences(totals) if method == "schulze" else None
    runs: list[tuple[str, dict[int, int]]] = []
    for j in active.tolist():
        mask = np.ones(len(table.jurors), dtype=bool)
        mask[j] = False
        without = None
        if prefs is not None:
            row = totals[j]
            without = prefs - (row[:, np.newaxis] > row[np.newaxis, :])
        core = evaluate(
            table, index, method, rules, jurors=mask, with_criteria=False, prefs=without
        )
        runs.append((table.jurors[j], core.places_by_position()))
    out = {}
    for p, place in base.items():
        kept = [(juror, places[p]) for juror, places in runs if p in places]
        dropped_by = [juror for juror, places in runs if p not in places]
        best = min(kept, key=lambda run: run[1], default=None)
        worst = max(kept, key=lambda run: run[1], default=None)
        movement = max((abs(run[1] - place) for run in (best, worst) if run), default=0)
        if dropped_by:
            worst_by: str | None = dropped_by[0]
        else:
            worst_by = worst[0] if worst and worst[1] != place else None
        out[table.projects[p]] = JurorInfluence(
            project=table.projects[p],
            place=place,
            best_place=best[1] if best else None,
            worst_place=worst[1] if worst else None,
            best_without=best[0] if best and best[1] != place else None,
            worst_without=worst_by,
            max_movement=movement,
            can_drop_out=bool(dropped_by),
        )
    return out


def sensitivity(
    snapshot: Snapshot,
    scope: str | None,
    method: str = "mean",
    rules: Rules | None = None,
    methods: Sequence[str] = METHODS,
) -> Sensitivity:
    """Methods side by side, leave-one-juror-out, and flags on laureate candidates."""
    method = canonical_method(method)
    comparison = compare_methods(snapshot, scope, rules, tuple(dict.fromkeys((method, *methods))))
    influence = leave_one_juror_out(snapshot, scope, method, rules)
    flags = []
    for code, row in comparison.places.items():
        place = row[method]
        if place is None or place > LAUREATE_PLACES:
            continue
        others = [q for name, q in row.items() if name != method]
        inf = influence[code]
        flags.append(
            LaureateFlag(
                project=code,
                place=place,
                method_dependent=any(q != place for q in others),
                juror_dependent=inf.can_drop_out or inf.max_movement > 0,
                may_leave_top3_by_method=any(q is None or q > LAUREATE_PLACES for q in others),
                may_leave_top3_by_juror=inf.can_drop_out
                or (inf.worst_place is not None and inf.worst_place > LAUREATE_PLACES),
            )
        )
    flags.sort(key=lambda f: (f.place, f.project))
    return Sensitivity(scope, method, comparison, influence, tuple(flags))


def sensitivity_report(
    snapshot: Snapshot, method: str = "mean", rules: Rules | None = None
) -> SensitivityReport:
    """Sensitivity of each category (in order of first appearance) and overall."""
    return SensitivityReport(
        method=canonical_method(method),
        categories={c: sensitivity(snapshot, c, method, rules) for c in snapshot.categories},
        overall=sensitivity(snapshot, None, method, rules),
    )
