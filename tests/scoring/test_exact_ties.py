"""Ties are exact (spec/cli.md): figures that are equal as exact values share a rank.

Issue 16, item 1: two means of exactly 44.1666...% were split by floating point,
so the edition's tie-break rules never ran.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yansenne.scoring import Criterion, Juror, Project, Rules, Snapshot, rank_scope
from yansenne.scoring.methods import majority_sequence

#: X and Y: means of exactly 265/6 (44.1666...%), reached through different totals.
REPRODUCTION = {
    "X": ((10, 4, 0), (10, 2.5, 0)),
    "Y": ((10, 3.5, 0), (10, 3, 0)),
    "W": ((10, 10, 0), (10, 10, 0)),
    "Z": ((0, 0, 0), (1, 0, 0)),
}


def reproduction() -> Snapshot:
    crit = tuple(Criterion(c, 1.0, 0.0, 10.0, 0.5) for c in "abc")
    scores = {
        (j, p, c): float(v)
        for p, by_juror in REPRODUCTION.items()
        for j, marks in zip(("J1", "J2"), by_juror, strict=True)
        for c, v in zip("abc", marks, strict=True)
    }
    return Snapshot(crit, tuple(Project(p, "cat") for p in REPRODUCTION),
                    (Juror("J1"), Juror("J2")), scores)


def test_the_reproduction_ties_under_mean_trimmed_and_ranksum() -> None:
    for method in ("mean", "trimmed", "ranksum"):
        ranking = rank_scope(reproduction(), "cat", method, Rules(trim=0)).by_project()
        x, y = ranking["X"], ranking["Y"]
        assert (x.rank, y.rank, x.place, y.place) == (2, 2, 2, 2), method
        assert x.tie and y.tie and not ranking["W"].tie, method
        assert x.score == y.score, method
        assert ranking["Z"].rank == 4, method


def test_the_reproduction_mean_is_the_exact_value() -> None:
    x = rank_scope(reproduction(), "cat").by_project()["X"]
    assert x.score == float(Fraction(265, 6))


def test_the_tie_break_rule_then_decides() -> None:
    # lower medians: X 2500/60 = 41.67, Y 2600/60 = 43.33; the criteria do not separate them
    rules = Rules(tie_break=("criterion:b", "median"))
    ranking = rank_scope(reproduction(), "cat", "mean", rules).by_project()
    x, y = ranking["X"], ranking["Y"]
    assert (x.rank, y.rank) == (2, 2) and x.tie and y.tie
    assert (y.place, x.place) == (2, 3)
    assert x.decided_by == y.decided_by == "median"


def test_juror_totals_are_the_exact_totals_correctly_rounded() -> None:
    table = reproduction().table
    assert table.exact is not None
    for exact, total in zip(table.exact.ravel().tolist(), table.totals.ravel().tolist(),
                            strict=True):
        assert total == float(Fraction(exact, table.unit))


# --- property: same rank iff same exact figure -------------------------------------------

WEIGHTS = ["0.1", "0.25", "0.3", "0.7", "1", "1.5", "2"]
SCALES = [(0, 10, "0.5"), (0, 4, "1"), (1, 5, "1"), (0, 1, "0.1")]


@st.composite
def panels(draw: st.DrawFn) -> tuple[Snapshot, dict[tuple[str, str], Fraction]]:
    """Small panels (ties are frequent) and every juror total as an exact Fraction."""
    n_c = draw(st.integers(1, 3))
    crit = []
    for i in range(n_c):
        lo, hi, step = draw(st.sampled_from(SCALES))
        crit.append((f"c{i}", Fraction(draw(st.sampled_from(WEIGHTS))), lo, hi, Fraction(step)))
    n_p, n_j = draw(st.integers(2, 7)), draw(st.integers(1, 5))
    scores: dict[tuple[str, str, str], float] = {}
    exact: dict[tuple[str, str], Fraction] = {}
    for j in range(n_j):
        for p in range(n_p):
            num = den = Fraction(0)
            for code, w, lo, hi, step in crit:
                k = draw(st.integers(-2, int((hi - lo) / step)))  # negative: no mark
                if k < 0:
                    continue
                mark = lo + k * step
                scores[(f"J{j}", f"P{p}", code)] = float(mark)
                num += w * (mark - lo) / (hi - lo)
                den += w
            if den:
                exact[(f"J{j}", f"P{p}")] = 100 * num / den
    snapshot = Snapshot(
        tuple(Criterion(c, float(w), lo, hi, float(s)) for c, w, lo, hi, s in crit),
        tuple(Project(f"P{p}", "cat") for p in range(n_p)),
        tuple(Juror(f"J{j}") for j in range(n_j)),
        scores,
    )
    return snapshot, exact


def exact_figures(method: str, snapshot: Snapshot, exact: dict, projects: list[str]) -> dict:
    """The reference figure of each project, exactly (comparable with ==)."""
    jurors = [j.code for j in snapshot.jurors]
    given = {p: [exact[(j, p)] for j in jurors if (j, p) in exact] for p in projects}
    if method == "mean":
        return {p: sum(v) / len(v) for p, v in given.items()}
    if method == "median":
        return {p: sorted(v)[(len(v) - 1) // 2] for p, v in given.items()}
    if method == "trimmed":  # K = 1, trimming less below 3 totals
        cut = {p: min(1, (len(v) - 1) // 2) for p, v in given.items()}
        return {p: sum(sorted(v)[cut[p]:len(v) - cut[p]]) / (len(v) - 2 * cut[p])
                for p, v in given.items()}
    if method == "majority":
        return {p: majority_sequence(v) for p, v in given.items()}
    # ranksum: each juror's average ranks over the projects in the set, stretched
    n = len(projects)
    sums = dict.fromkeys(projects, Fraction(0))
    rankers = dict.fromkeys(projects, 0)
    active = 0
    for j in jurors:
        mine = {p: exact[(j, p)] for p in projects if (j, p) in exact}
        if not mine:
            continue
        active += 1
        for p, t in mine.items():
            above = sum(u > t for u in mine.values())
            equal = sum(u == t for u in mine.values())
            r = above + Fraction(equal + 1, 2)
            sums[p] += (r - Fraction(1, 2)) * Fraction(n, len(mine)) + Fraction(1, 2)
            rankers[p] += 1
    return {p: sums[p] * active / rankers[p] for p in projects}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(panels(), st.sampled_from(["mean", "median", "trimmed", "ranksum", "majority"]))
def test_same_rank_iff_same_exact_figure(panel: tuple, method: str) -> None:
    snapshot, exact = panel
    ranking = rank_scope(snapshot, "cat", method, Rules(trim=1))
    ranks = {s.project: s.rank for s in ranking.standings}
    figure = exact_figures(method, snapshot, exact, list(ranks))
    better = (lambda a, b: a < b) if method == "ranksum" else (lambda a, b: a > b)
    for p in ranks:
        for q in ranks:
            assert (ranks[p] == ranks[q]) == (figure[p] == figure[q]), (method, p, q)
            if better(figure[p], figure[q]):
                assert ranks[p] < ranks[q]
    for s in ranking.standings:
        f = figure[s.project]
        if method in ("mean", "median", "trimmed", "ranksum"):
            assert s.score == float(f)
    assert np.all(~np.isnan([s.score for s in ranking.standings]))
