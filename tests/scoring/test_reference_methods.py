"""Every method against independent references on random incomplete panels (issue 16).

The panels have mixed scales and weights, missing marks (a juror scoring only part
of a grid) and recusals. Juror totals are recomputed from the reference README's
formula in plain floats; the figures come from numpy, the standard library's
`statistics`, scipy and pref_voting (test dependencies only). Schulze has its own
file (test_schulze.py); the agreement figures theirs (test_agreement*.py).
"""

from __future__ import annotations

import statistics

import numpy as np
import pytest
from pref_voting.grade_methods import majority_judgement
from pref_voting.grade_profiles import GradeProfile
from scipy import stats

from yansenne.scoring import Criterion, Juror, Project, Snapshot, rank_scope

SEEDS = range(40)


def random_panel(seed: int, complete: bool = False) -> Snapshot:
    """3-12 jurors, 3-25 projects, 1-4 criteria of mixed scales and weights, gaps
    (recusals and blank marks) unless complete."""
    rng = np.random.default_rng(seed)
    scales = [(0.0, 10.0, 0.5), (0.0, 20.0, 1.0), (1.0, 5.0, 1.0), (0.0, 100.0, 5.0)]
    criteria = tuple(
        Criterion(f"c{i}", float(rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])), *scales[rng.integers(4)])
        for i in range(rng.integers(1, 5))
    )
    n_p, n_j = int(rng.integers(3, 26)), int(rng.integers(3, 13))
    projects = tuple(Project(f"P{p:02d}", "cat") for p in range(n_p))
    jurors = tuple(Juror(f"J{j:02d}") for j in range(n_j))
    leniency = rng.normal(0, 1.5, n_j)
    recused = rng.random((n_j, n_p)) < (0 if complete else 0.15)
    scores = {}
    for j, juror in enumerate(jurors):
        for p, project in enumerate(projects):
            if recused[j, p]:
                continue
            for c in criteria:
                if not complete and rng.random() < 0.05:  # part of the grid left blank
                    continue
                steps = round((c.max - c.min) / c.step)
                drawn = rng.normal(steps * 0.6, steps * 0.2) + leniency[j]
                k = int(np.clip(round(drawn), 0, steps))
                scores[(juror.code, project.code, c.code)] = c.min + k * c.step
    return Snapshot(criteria, projects, jurors, scores, frozenset())


def reference_totals(snap: Snapshot) -> np.ndarray:
    """The README's total, weighted share of the maximum over the scored criteria."""
    out = np.full((len(snap.jurors), len(snap.projects)), np.nan)
    for j, juror in enumerate(snap.jurors):
        for p, project in enumerate(snap.projects):
            parts = [(c.weight, (snap.scores[(juror.code, project.code, c.code)] - c.min)
                      / (c.max - c.min)) for c in snap.criteria
                     if (juror.code, project.code, c.code) in snap.scores]
            if parts:
                out[j, p] = 100 * sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    return out


def comparable(totals: np.ndarray) -> np.ndarray:
    """Totals rounded to 1e-9, so that totals equal as fractions (the program's exact
    comparison) are equal here too, not split by the float formula's last bit."""
    return np.round(totals, 9)


def figures(snap: Snapshot, method: str, **rules: object) -> dict[str, float]:
    from yansenne.scoring import Rules

    ranking = rank_scope(snap, "cat", method, Rules(**rules))
    return {s.project: s.score for s in ranking.standings}


def by_project(snap: Snapshot, values: list[float | None]) -> dict[str, float]:
    return {p.code: v for p, v in zip(snap.projects, values, strict=True) if v is not None}


@pytest.mark.parametrize("seed", SEEDS)
def test_juror_totals_match_the_formula(seed: int) -> None:
    snap = random_panel(seed)
    np.testing.assert_allclose(snap.table.totals, reference_totals(snap), rtol=0, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_mean_and_median_match_numpy_and_statistics(seed: int) -> None:
    snap = random_panel(seed)
    totals = reference_totals(snap)
    present = [col[~np.isnan(col)] for col in totals.T]
    mean = by_project(snap, [float(np.mean(v)) if v.size else None for v in present])
    median = by_project(snap, [statistics.median_low(v.tolist()) if v.size else None
                               for v in present])
    assert figures(snap, "mean") == pytest.approx(mean, abs=1e-12)
    assert figures(snap, "median") == pytest.approx(median, abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_trimmed_mean_matches_scipy(seed: int) -> None:
    """scipy cuts int(proportion * n) at each end: (k + 1/2) / n cuts exactly k."""
    snap = random_panel(seed)
    totals = reference_totals(snap)
    for k in (1, 2):
        got = figures(snap, "trimmed", trim=k)
        for p, col in zip(snap.projects, totals.T, strict=True):
            values = col[~np.isnan(col)]
            if values.size >= 2 * k + 1 and p.code in got:
                want = stats.trim_mean(values, (k + 0.5) / values.size)
                assert got[p.code] == pytest.approx(want, abs=1e-12), (p.code, k)


@pytest.mark.parametrize("seed", SEEDS)
def test_ranksum_matches_scipy_rankdata(seed: int) -> None:
    """Each juror's average ranks (scipy), stretched to the set's size over the
    projects they scored, then the mean rank times the number of ranking jurors."""
    snap = random_panel(seed)
    totals = comparable(reference_totals(snap))
    n = totals.shape[1]
    stretched = np.full(totals.shape, np.nan)
    for j, row in enumerate(totals):
        scored = ~np.isnan(row)
        if scored.any():
            r = stats.rankdata(-row[scored], method="average")
            stretched[j, scored] = (r - 0.5) * n / scored.sum() + 0.5
    rankers = int((~np.isnan(totals)).any(axis=1).sum())
    want = by_project(snap, [float(np.mean(c[~np.isnan(c)])) * rankers
                             if (~np.isnan(c)).any() else None for c in stretched.T])
    assert figures(snap, "ranksum") == pytest.approx(want, abs=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_ranksum_on_a_complete_panel_is_the_plain_rank_sum(seed: int) -> None:
    snap = random_panel(seed, complete=True)
    block = comparable(reference_totals(snap))
    ranks = np.vstack([stats.rankdata(-row, method="average") for row in block])
    want = by_project(snap, ranks.sum(axis=0).tolist())
    assert figures(snap, "ranksum") == pytest.approx(want, abs=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_zscore_matches_scipy_for_jurors_with_a_real_spread(seed: int) -> None:
    """Each juror's population z-scores (scipy) over the projects they scored; the
    panels' jurors all have a spread well above any floor for flat jurors."""
    snap = random_panel(seed)
    totals = reference_totals(snap)
    spread = np.array([np.std(r[~np.isnan(r)]) if (~np.isnan(r)).sum() > 1 else 0.0
                       for r in totals])
    if (spread < 5).any():
        pytest.skip("a juror with a narrow spread: its floor is tested in test_guards")
    z = np.full(totals.shape, np.nan)
    for j, row in enumerate(totals):
        scored = ~np.isnan(row)
        z[j, scored] = stats.zscore(row[scored])
    want = by_project(snap, [float(np.mean(c[~np.isnan(c)])) if (~np.isnan(c)).any()
                             else None for c in z.T])
    assert figures(snap, "zscore") == pytest.approx(want, abs=1e-9)


def grade_profile(snap: Snapshot, totals: np.ndarray) -> GradeProfile:
    grades = sorted({float(v) for v in totals[~np.isnan(totals)].tolist()})
    maps = [{p.code: float(v) for p, v in zip(snap.projects, row, strict=True) if v == v}
            for row in totals]
    return GradeProfile([m for m in maps if m], grades, candidates=[p.code for p in snap.projects])


@pytest.mark.parametrize("seed", SEEDS)
def test_majority_grade_and_winner_match_pref_voting(seed: int) -> None:
    """The majority grade is the lower median; where one project alone has the
    highest, pref_voting's Majority Judgement elects it too (its tie-break, the
    gauge, differs from the majority value only between equal majority grades)."""
    snap = random_panel(seed)
    totals = comparable(reference_totals(snap))
    got = figures(snap, "majority")
    want = by_project(snap, [statistics.median_low(c[~np.isnan(c)].tolist())
                             if (~np.isnan(c)).any() else None for c in totals.T])
    assert got == pytest.approx(want, abs=1e-9)
    best = max(want.values())
    leaders = [p for p, g in want.items() if g == best]
    if len(leaders) == 1:
        ranking = rank_scope(snap, "cat", "majority")
        assert majority_judgement(grade_profile(snap, totals)) == leaders
        assert ranking.standings[0].project == leaders[0]
