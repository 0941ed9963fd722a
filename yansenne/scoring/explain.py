"""Why a project stands where it does: by criterion, by juror, against its neighbours.

A criterion's contribution is its per-criterion figure turned into points of the
0-100 total: `100 * w_c / sum w * (figure - min) / (max - min)`. Under the mean,
with every juror scoring every criterion, the contributions add up exactly to
the project's mean total; otherwise they are the nearest per-criterion reading.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from yansenne.scoring import methods as m
from yansenne.scoring.model import Rules, canonical_method
from yansenne.scoring.ranking import evaluate, to_ranking
from yansenne.scoring.snapshot import Snapshot

#: Status codes of a juror towards a project.
COMPLETE, PARTIAL, NOT_SCORED, CONFLICT = "complete", "partial", "not_scored", "conflict"


@dataclass(frozen=True)
class CriterionPart:
    """One criterion's share of the project's figure."""

    criterion: str
    weight_share: float  # w_c / sum of the grid's weights
    figure: float | None  # the method's per-criterion figure, criterion scale
    contribution: float | None  # points of the 0-100 total


@dataclass(frozen=True)
class JurorPart:
    """One juror's total on the project and how far it sits from the others."""

    juror: str
    status: str  # complete, partial, not_scored, conflict
    n_criteria: int  # criteria this juror scored on the project
    total: float | None
    deviation: float | None  # total minus the mean of the project's totals


@dataclass(frozen=True)
class CriterionGap:
    """This project minus the neighbour, on one criterion."""

    criterion: str
    figure_gap: float | None
    contribution_gap: float | None  # points of the 0-100 total


@dataclass(frozen=True)
class NeighbourGap:
    """Comparison with the project placed just above or just below."""

    project: str
    place: int
    score_gap: float  # this figure minus the neighbour's, in the method's units
    criteria: tuple[CriterionGap, ...]  # largest |contribution gap| first


@dataclass(frozen=True)
class Explanation:
    """The breakdown of one project's figure in one scope."""

    project: str
    scope: str | None
    method: str
    score: float | None  # None when the project is unranked
    rank: int | None
    place: int | None
    n_jurors: int
    unranked_reason: str | None
    criteria: tuple[CriterionPart, ...]
    jurors: tuple[JurorPart, ...]
    above: NeighbourGap | None
    below: NeighbourGap | None


def _criteria_parts(snapshot: Snapshot, p: int, method: str, trim: int,
                    ranked: Mapping[str, float | None] | None = None) -> list[CriterionPart]:
    """Each criterion's figure and share of the total: the ranking's own figures when
    the project is ranked (`adjusted` fits them on the whole set, not one project)."""
    table = snapshot.table
    figs = m.criterion_figures(method, table.marks[:, [p], :], trim)[0]
    cols = np.flatnonzero(table.applies[p])
    if ranked is not None:
        for c in cols.tolist():
            value = ranked.get(table.criteria[c].code)
            figs[c] = np.nan if value is None else value
    weights = np.array([table.criteria[c].weight for c in cols], dtype=float)
    parts = []
    for c, w in zip(cols.tolist(), weights.tolist(), strict=True):
        crit = table.criteria[c]
        share = w / float(weights.sum())
        fig = float(figs[c])
        if np.isnan(fig):
            parts.append(CriterionPart(crit.code, share, None, None))
        else:
            contribution = 100.0 * share * (fig - crit.min) / (crit.max - crit.min)
            parts.append(CriterionPart(crit.code, share, fig, contribution))
    return parts


def _juror_parts(snapshot: Snapshot, p: int) -> list[JurorPart]:
    table = snapshot.table
    totals = table.totals[:, p]
    centre = float(m.mean(totals[:, np.newaxis])[0])
    scored = np.count_nonzero(~np.isnan(table.marks[:, p, :]), axis=1)
    needed = int(table.applies[p].sum())
    parts = []
    for j, code in enumerate(table.jurors):
        if (code, table.projects[p]) in snapshot.conflicts:
            status = CONFLICT
        elif scored[j] == 0:
            status = NOT_SCORED
        else:
            status = COMPLETE if scored[j] >= needed else PARTIAL
        total = None if np.isnan(totals[j]) else float(totals[j])
        parts.append(
            JurorPart(
                juror=code,
                status=status,
                n_criteria=int(scored[j]),
                total=total,
                deviation=None if total is None else total - centre,
            )
        )
    return parts


def _diff(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _gap(
    this: list[CriterionPart], other: list[CriterionPart], code: str, place: int, delta: float
) -> NeighbourGap:
    theirs = {part.criterion: part for part in other}
    gaps = []
    for part in this:
        o = theirs.get(part.criterion)
        gaps.append(
            CriterionGap(
                part.criterion,
                _diff(part.figure, o.figure) if o else None,
                _diff(part.contribution, o.contribution) if o else None,
            )
        )
    gaps.sort(key=lambda g: (g.contribution_gap is None, -abs(g.contribution_gap or 0.0)))
    return NeighbourGap(code, place, delta, tuple(gaps))


def explain(
    snapshot: Snapshot,
    project: str,
    method: str = "mean",
    rules: Rules | None = None,
    overall: bool = False,
) -> Explanation:
    """Break a project's figure down by criterion and juror, against its neighbours."""
    rules = rules or Rules()
    method = canonical_method(method)
    table = snapshot.table
    p = int(table.project_index([project])[0])
    scope = None if overall else table.categories[p]
    ranking = to_ranking(table, evaluate(table, table.scope_index(scope), method, rules), scope)
    by_project = ranking.by_project()
    mine = by_project.get(project)
    criteria = _criteria_parts(snapshot, p, method, rules.trim,
                               mine.criteria if mine else None)
    order = [s.project for s in ranking.standings]
    above = below = None
    if project in order:
        i = order.index(project)
        me = ranking.standings[i]
        for j, slot in ((i - 1, "above"), (i + 1, "below")):
            if 0 <= j < len(order):
                n = ranking.standings[j]
                q = int(table.project_index([n.project])[0])
                gap = _gap(
                    criteria,
                    _criteria_parts(snapshot, q, method, rules.trim, n.criteria),
                    n.project,
                    n.place,
                    me.score - n.score,
                )
                if slot == "above":
                    above = gap
                else:
                    below = gap
        score, rank, place, n_jurors, reason = me.score, me.rank, me.place, me.n_jurors, None
    else:
        gone = next(u for u in ranking.unranked if u.project == project)
        score = rank = place = None
        n_jurors, reason = gone.n_jurors, gone.reason
    return Explanation(
        project=project,
        scope=scope,
        method=method,
        score=score,
        rank=rank,
        place=place,
        n_jurors=n_jurors,
        unranked_reason=reason,
        criteria=tuple(criteria),
        jurors=tuple(_juror_parts(snapshot, p)),
        above=above,
        below=below,
    )
