"""Rankings of a category or of every category together (the "overall" scope).

Quorum first: a project with no total is unranked (`no_scores`), one with fewer
totals than the quorum too (`below_quorum`); under trimmed, a project with fewer
than 2K+1 totals trims less and stays ranked (methods.py). The method then runs
on the remaining projects only, so unranked projects never shift anybody's
z-scores, ranks or paths. The overall scope applies the same method to all
categories' projects at once (Schulze included: exact; its winner sets peel in
about 0.3 s for 1,000 projects in ten categories, a few seconds when one panel
scored all 1,000).

Each ranking carries its `notes`: what the method did that a reader should know
(a z-score juror's spread floored, a trimmed mean that trimmed less, adjusted
figures split into unlinked sets, totals resting on part of the grid). The
overall ranking is marked not comparable, with the reason, when the categories
are scored on different grids or by different panels: their figures then do not
measure the same thing, and prizes should be awarded per category.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from yansenne.scoring import methods as m
from yansenne.scoring.adjusted import linked_sets
from yansenne.scoring.model import (
    BELOW_QUORUM,
    NO_SCORES,
    Ranking,
    Results,
    Rules,
    Standing,
    Unranked,
    canonical_method,
)
from yansenne.scoring.notes import Note
from yansenne.scoring.snapshot import Snapshot
from yansenne.scoring.ties import break_ties, competition_ranks_of
from yansenne.scoring.totals import Table


@dataclass(frozen=True, eq=False)
class Core:
    """A ranking as arrays, the shared result of rank() and the sensitivity runs."""

    method: str
    ranked: np.ndarray  # project positions in the table, ranked ones
    score: np.ndarray
    rank: np.ndarray
    place: np.ndarray
    decided_by: list[str | None]
    n_jurors: np.ndarray  # of the ranked projects
    crit: np.ndarray | None  # (len(ranked), C) per-criterion figures
    unranked: np.ndarray
    reasons: list[str]
    unranked_n: np.ndarray
    trim: int = 1  # K of the rules, for the notes of a trimmed mean
    jurors: np.ndarray | None = None  # the jurors it was evaluated with (None = all)

    def places_by_position(self) -> dict[int, int]:
        """Place of each ranked project, keyed by table position."""
        return dict(zip(self.ranked.tolist(), self.place.tolist(), strict=True))


def evaluate(
    table: Table,
    projects: np.ndarray,
    method: str,
    rules: Rules,
    jurors: np.ndarray | None = None,
    with_criteria: bool = True,
    prefs: np.ndarray | None = None,
) -> Core:
    """Rank the given projects with the given jurors (a boolean mask; None = all).

    `prefs`, for schulze only, are the pairwise preferences of these jurors over
    `projects`, when the caller already has them (leave-one-juror-out).
    """
    method = canonical_method(method)
    totals = table.totals[:, projects]
    if jurors is not None:
        totals = totals[jurors]
    n = m.counts(totals)
    ok = n >= rules.quorum
    reasons = [NO_SCORES if k == 0 else BELOW_QUORUM for k in n[~ok].tolist()]
    ranked = projects[ok]
    t = totals[:, ok]
    if method == "schulze" and prefs is not None:
        score = m.schulze_wins(t, prefs[np.ix_(ok, ok)] if not ok.all() else prefs)
        key = score[:, np.newaxis]
    else:
        score, key = m.figures(method, t, rules.trim, *_exact(table, projects, jurors, ok))
    ranks = competition_ranks_of(key)
    crit = None
    if with_criteria:
        crit = _criteria(table, ranked, jurors, method, rules.trim)
    keys = [
        _rule_key(tok, table, ranked, t, crit, jurors, method, rules) for tok in rules.tie_break
    ]
    places, decided = break_ties(ranks, keys, rules.tie_break)
    return Core(
        method=method,
        ranked=ranked,
        score=score,
        rank=ranks,
        place=places,
        decided_by=decided,
        n_jurors=n[ok],
        crit=crit,
        unranked=projects[~ok],
        reasons=reasons,
        unranked_n=n[~ok],
        trim=rules.trim,
        jurors=jurors,
    )


def _exact(
    table: Table, projects: np.ndarray, jurors: np.ndarray | None, ok: np.ndarray
) -> tuple[np.ndarray | None, int]:
    """The exact totals (totals.exact_totals) of the ranked projects and these jurors."""
    if table.exact is None:
        return None, 1
    exact = table.exact[:, projects]
    if jurors is not None:
        exact = exact[jurors]
    return exact[:, ok], table.unit


def _criteria(
    table: Table,
    ranked: np.ndarray,
    jurors: np.ndarray | None,
    method: str,
    trim: int,
    columns: np.ndarray | slice = slice(None),
) -> np.ndarray:
    marks = table.marks[:, ranked][:, :, columns]
    if jurors is not None:
        marks = marks[jurors]
    return m.criterion_figures(method, marks, trim)


def _rule_key(
    token: str,
    table: Table,
    ranked: np.ndarray,
    totals: np.ndarray,
    crit: np.ndarray | None,
    jurors: np.ndarray | None,
    method: str,
    rules: Rules,
) -> np.ndarray:
    """One tie-break key per ranked project, higher is better."""
    if token == "median":
        return m.lower_median(totals)
    if token == "first_places":
        top = np.max(np.where(np.isnan(totals), -np.inf, totals), axis=1, initial=-np.inf)
        return np.count_nonzero(totals == top[:, np.newaxis], axis=0).astype(float)
    if token == "casting_vote":
        order = {code: i for i, code in enumerate(rules.casting_vote)}
        return np.array(
            [-order.get(table.projects[p], np.inf) for p in ranked.tolist()], dtype=float
        )
    cols = table.criterion_columns(token.removeprefix("criterion:"))[ranked]
    if crit is None:
        wanted = np.unique(cols[cols >= 0])
        crit = np.full((len(ranked), len(table.criteria)), np.nan)
        if wanted.size:
            crit[:, wanted] = _criteria(table, ranked, jurors, method, rules.trim, wanted)
    picked = np.where(cols >= 0, crit[np.arange(len(ranked)), np.maximum(cols, 0)], np.nan)
    return np.where(np.isnan(picked), -np.inf, picked)


def to_ranking(table: Table, core: Core, scope: str | None) -> Ranking:
    """Records of a core ranking, best place first (then project code)."""
    codes = [c.code for c in table.criteria]
    crit = core.crit.tolist() if core.crit is not None else None
    _, inverse, sizes = np.unique(core.rank, return_inverse=True, return_counts=True)
    tied = (sizes[inverse] > 1).tolist()
    broken_by = _tie_broken_by(core)
    partial_mask = partial_projects(table, core.ranked, core.jurors)
    partial = partial_mask.tolist()
    standings = []
    for i, p in enumerate(core.ranked.tolist()):
        criteria = {}
        for c in np.flatnonzero(table.applies[p]).tolist():
            value = crit[i][c] if crit is not None else None
            criteria[codes[c]] = None if value is None or value != value else value
        standings.append(
            Standing(
                project=table.projects[p],
                category=table.categories[p],
                score=float(core.score[i]),
                rank=int(core.rank[i]),
                place=int(core.place[i]),
                tie=tied[i],
                n_jurors=int(core.n_jurors[i]),
                criteria=criteria,
                decided_by=core.decided_by[i],
                tie_broken_by=broken_by[i],
                partial=partial[i],
            )
        )
    standings.sort(key=lambda s: (s.place, s.rank, s.project))
    unranked = sorted(
        (
            Unranked(table.projects[p], table.categories[p], reason, int(k))
            for p, reason, k in zip(
                core.unranked.tolist(), core.reasons, core.unranked_n.tolist(), strict=True
            )
        ),
        key=lambda u: u.project,
    )
    return Ranking(
        method=core.method,
        scope=scope,
        higher_is_better=m.HIGHER_IS_BETTER[core.method],
        standings=tuple(standings),
        unranked=tuple(unranked),
        notes=notes_of(table, core, partial_mask),
    )


def partial_projects(
    table: Table, projects: np.ndarray, jurors: np.ndarray | None = None
) -> np.ndarray:
    """Per project, whether a juror's total on it rests on only part of its grid.

    A total is computed over the criteria the juror scored (totals.py), so a
    juror who left a criterion of the project's grid blank still has a total.
    """
    marks = table.marks[:, projects]
    if jurors is not None:
        marks = marks[jurors]
    blank = np.isnan(marks) & table.applies[projects][np.newaxis]
    has_total = ~np.isnan(marks).all(axis=-1)
    return np.any(has_total & blank.any(axis=-1), axis=0)


def notes_of(table: Table, core: Core, partial: np.ndarray | None = None) -> tuple[Note, ...]:
    """What the method did to these figures that the reader should be told.

    `partial`: `partial_projects` of the ranked projects, when the caller has it.
    """
    totals = table.totals[:, core.ranked]
    jurors = np.array(table.jurors, dtype=object)
    if core.jurors is not None:
        totals, jurors = totals[core.jurors], jurors[core.jurors]
    codes = [table.projects[p] for p in core.ranked.tolist()]
    notes = []
    if core.method == "zscore":
        floored = m.floored_jurors(totals)
        if floored.size:
            notes.append(Note.of("spread_floored", jurors=", ".join(jurors[floored].tolist()),
                                 floor=f"{m.SPREAD_FLOOR:g}"))
    if core.method == "trimmed":
        for code, n in zip(codes, core.n_jurors.tolist(), strict=True):
            k = int(m.trim_of(n, core.trim))
            if k < core.trim:
                notes.append(Note.of("trimmed_less", project=code, n=n, k=k, trim=core.trim))
    if core.method == "adjusted":
        sets = linked_sets(totals)
        if len(sets) > 1:
            notes.append(Note.of("unlinked_sets", count=len(sets), sets="; ".join(
                ", ".join(codes[i] for i in members) for members in sets)))
    if partial is None:
        partial = partial_projects(table, core.ranked, core.jurors)
    if partial.any():
        notes.append(Note.of("partial_totals", projects=", ".join(
            code for code, p in zip(codes, partial.tolist(), strict=True) if p)))
    return tuple(notes)


def _tie_broken_by(core: Core) -> list[str | None]:
    """The rule that moved each project off its rank (spec/cli.md `tie_broken_by`).

    Under majority judgment, a project ranked below another of the same majority
    grade was placed by the majority value (`majority_value`).
    """
    out = [rule if place != rank else None for rule, place, rank in zip(
        core.decided_by, core.place.tolist(), core.rank.tolist(), strict=True)]
    if core.method == "majority":
        best: dict[float, int] = {}
        for grade, rank in zip(core.score.tolist(), core.rank.tolist(), strict=True):
            best[grade] = min(best.get(grade, rank), rank)
        for i, (grade, rank) in enumerate(zip(core.score.tolist(), core.rank.tolist(),
                                              strict=True)):
            if out[i] is None and rank > best[grade]:
                out[i] = "majority_value"
    return out


def rank_scope(
    snapshot: Snapshot, scope: str | None, method: str = "mean", rules: Rules | None = None
) -> Ranking:
    """The ranking of one category (its code) or of every category (scope None)."""
    table = snapshot.table
    core = evaluate(table, table.scope_index(scope), method, rules or Rules())
    ranking = to_ranking(table, core, scope)
    if scope is None:
        reason = incomparable(table)
        if reason is not None:
            ranking = replace(ranking, comparable=False, reason=reason)
    return ranking


def incomparable(table: Table) -> Note | None:
    """Why the categories' figures cannot be ranked together, or None if they can.

    Grids differ when the criteria (code, weight, scale) of one category's grid are
    not another's; panels differ when the jurors with a total in one category are
    not those of another (a category nobody scored yet is left out of that test).
    """
    categories = list(dict.fromkeys(table.categories))
    if len(categories) < 2:
        return None
    first = {c: table.categories.index(c) for c in categories}
    grids = {frozenset((k.code, k.weight, k.min, k.max, k.step) for k, on in zip(
        table.criteria, table.applies[first[c]].tolist(), strict=True) if on)
        for c in categories}
    if len(grids) > 1:
        return Note.of("overall_grids_differ")
    scored = ~np.isnan(table.totals)
    panels = set()
    for c in categories:
        panel = frozenset(np.flatnonzero(scored[:, table.scope_index(c)].any(axis=1)).tolist())
        if panel:
            panels.add(panel)
    return Note.of("overall_panels_differ") if len(panels) > 1 else None


def rank(snapshot: Snapshot, method: str = "mean", rules: Rules | None = None) -> Results:
    """Rankings per category, in order of first appearance, and overall."""
    rules = rules or Rules()
    method = canonical_method(method)
    return Results(
        method=method,
        rules=rules,
        categories={c: rank_scope(snapshot, c, method, rules) for c in snapshot.categories},
        overall=rank_scope(snapshot, None, method, rules),
    )
