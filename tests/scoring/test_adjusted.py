"""The adjusted mean: project value + juror offset, least squares, offsets summing to zero
within each linked set of jurors and projects."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from tests.scoring.helpers import one_criterion
from yansenne.scoring import methods as m
from yansenne.scoring import rank_scope
from yansenne.scoring.adjusted import adjusted_values, linked_sets
from yansenne.scoring.ties import competition_ranks_of

NAN = np.nan


def additive_panel(seed: int, jurors: int, projects: int, share: float) -> tuple[
        np.ndarray, np.ndarray, np.ndarray]:
    """(totals with some missing, true values, true offsets summing to zero), no noise;
    every juror scores project 0, so that the panel is one linked set."""
    rng = np.random.default_rng(seed)
    values = rng.uniform(30, 90, projects)
    offsets = rng.normal(0, 8, jurors)
    offsets -= offsets.mean()
    totals = values[np.newaxis, :] + offsets[:, np.newaxis]
    given_ = rng.random((jurors, projects)) < share
    given_[:, 0] = True
    return np.where(given_, totals, NAN), values, offsets


@pytest.mark.parametrize("seed", range(20))
def test_an_additive_panel_with_recusals_gives_its_values_back(seed: int) -> None:
    totals, values, _ = additive_panel(seed, jurors=9, projects=25, share=0.6)
    assert np.isnan(totals).any()
    np.testing.assert_allclose(adjusted_values(totals), values, rtol=0, atol=1e-9)


def test_a_harsh_juror_recused_from_a_project_no_longer_lifts_it() -> None:
    """X is worth 70 and Y 68; the harsh juror H (offset -10) scores X but is recused
    from Y, so Y's mean (73) passes X's (70); the adjusted values are 70 and 68."""
    snap = one_criterion(
        #  H     A     B
        [[60.0, 75.0, 75.0],  # X
         [None, 73.0, 73.0],  # Y
         [40.0, 55.0, 55.0]],  # Z, worth 50
        projects=["X", "Y", "Z"], jurors=["H", "A", "B"], conflicts=[("H", "Y")])
    mean = rank_scope(snap, "cat", "mean")
    adjusted = rank_scope(snap, "cat", "adjusted")
    assert [s.project for s in mean.standings] == ["Y", "X", "Z"]
    assert [s.project for s in adjusted.standings] == ["X", "Y", "Z"]
    scores = {s.project: s.score for s in adjusted.standings}
    assert scores == pytest.approx({"X": 70.0, "Y": 68.0, "Z": 50.0}, abs=1e-9)
    assert adjusted.higher_is_better


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 8).flatmap(lambda j: st.integers(1, 12).flatmap(
    lambda n: st.lists(st.lists(st.integers(0, 200), min_size=n, max_size=n),
                       min_size=j, max_size=j))))
def test_a_complete_panel_gives_the_mean(rows: list[list[int]]) -> None:
    """Totals in half points, as marks in whole steps give: the figures are the means to
    1e-12 and the ranks are the mean's (equal means tie, within the tolerance)."""
    totals = np.array(rows, dtype=float) / 2
    score, key = m.figures("adjusted", totals)
    mean_score, mean_key = m.figures("mean", totals)
    np.testing.assert_allclose(score, mean_score, rtol=0, atol=1e-12)
    assert competition_ranks_of(key).tolist() == competition_ranks_of(mean_key).tolist()


def test_two_sets_that_share_no_mark() -> None:
    """A and B score P0 and P2, C and D score P1 and P3, nobody P4, E nothing."""
    totals = np.array([
        [70, NAN, 60, NAN, NAN],
        [80, NAN, 66, NAN, NAN],
        [NAN, 50, NAN, 40, NAN],
        [NAN, 90, NAN, 20, NAN],
        [NAN, NAN, NAN, NAN, NAN],
    ])
    sets = linked_sets(totals)
    assert [s.tolist() for s in sets] == [[0, 2], [1, 3]]
    # each set complete: its values are its means, offsets summing to zero within it
    np.testing.assert_allclose(adjusted_values(totals), [75, 70, 63, 30, NAN],
                               rtol=0, atol=1e-12)


def test_one_set_and_no_set() -> None:
    assert [s.tolist() for s in linked_sets(np.array([[1.0, NAN], [NAN, NAN]]))] == [[0]]
    assert linked_sets(np.full((2, 3), NAN)) == []
    assert np.isnan(adjusted_values(np.full((2, 3), NAN))).all()
    assert adjusted_values(np.zeros((0, 0))).shape == (0,)


def independent_fit(totals: np.ndarray) -> np.ndarray:
    """The same model by a design matrix of dummies, offsets in sum-to-zero coding per
    linked set (the set's last juror carries minus the others), solved by scipy."""
    present = ~np.isnan(totals)
    jurors, projects = totals.shape
    graph = np.zeros((jurors + projects,) * 2, dtype=bool)
    graph[:jurors, jurors:] = present
    _, label = connected_components(csr_matrix(graph), directed=False)
    columns: dict[int, list[tuple[int, float]]] = {}  # juror -> (column, sign) of its offset
    width = projects
    for k in np.unique(label[:jurors]).tolist():
        members = [j for j in range(jurors) if label[j] == k and present[j].any()]
        if not members:
            continue
        own = list(range(width, width + len(members) - 1))
        width += len(own)
        for j, c in zip(members[:-1], own, strict=True):
            columns[j] = [(c, 1.0)]
        columns[members[-1]] = [(c, -1.0) for c in own]
    rows, y = [], []
    for j, p in zip(*np.nonzero(present), strict=True):
        row = np.zeros(width)
        row[p] = 1.0
        for c, sign in columns[j]:
            row[c] = sign
        rows.append(row)
        y.append(totals[j, p])
    scored = present.any(axis=0)
    out = np.full(projects, NAN)
    if not rows:
        return out
    design = np.array(rows)[:, np.r_[np.flatnonzero(scored), projects:width]]
    beta = scipy.linalg.lstsq(design, np.array(y))[0]
    out[scored] = beta[:int(scored.sum())]
    return out


@pytest.mark.parametrize("seed", range(40))
def test_against_an_independent_least_squares_fit(seed: int) -> None:
    rng = np.random.default_rng(1000 + seed)
    jurors, projects = int(rng.integers(1, 9)), int(rng.integers(1, 16))
    totals = np.round(rng.uniform(0, 100, (jurors, projects)), 1)
    totals[rng.random((jurors, projects)) < rng.uniform(0.1, 0.7)] = NAN
    np.testing.assert_allclose(adjusted_values(totals), independent_fit(totals),
                               rtol=0, atol=1e-9)


@pytest.mark.parametrize("seed", range(10))
def test_unlinked_sets_against_an_independent_fit(seed: int) -> None:
    """Two random panels side by side, their jurors and projects shuffled together."""
    rng = np.random.default_rng(2000 + seed)
    a, b = rng.uniform(0, 100, (4, 6)), rng.uniform(0, 100, (3, 5))
    a[rng.random(a.shape) < 0.3] = NAN
    b[rng.random(b.shape) < 0.3] = NAN
    totals = scipy.linalg.block_diag(a, b)
    totals[:4, 6:] = NAN
    totals[4:, :6] = NAN
    totals = totals[rng.permutation(7)][:, rng.permutation(11)]
    sets = linked_sets(totals)
    assert len(sets) >= 2
    assert sorted(np.concatenate(sets).tolist()) == np.flatnonzero(
        ~np.isnan(totals).all(axis=0)).tolist()
    assert [s[0] for s in sets] == sorted(s[0] for s in sets)
    np.testing.assert_allclose(adjusted_values(totals), independent_fit(totals),
                               rtol=0, atol=1e-9)


def test_criterion_figures_make_up_the_adjusted_total() -> None:
    """The fit is linear: with every criterion scored wherever a total is given, the
    weighted criterion values are the adjusted total, as criterion means the mean."""
    rng = np.random.default_rng(7)
    lo, hi, weight = np.array([0.0, 1.0, 0.0]), np.array([10.0, 5.0, 20.0]), np.array([1, 2, 3])
    marks = lo + rng.integers(0, 11, (6, 10, 3)) / 10 * (hi - lo)
    marks[rng.random((6, 10)) < 0.4] = NAN
    totals = 100 * np.sum(weight * (marks - lo) / (hi - lo), axis=-1) / weight.sum()
    crit = m.criterion_figures("adjusted", marks)
    assert crit.shape == (10, 3)
    np.testing.assert_allclose(crit[:, 1], adjusted_values(marks[..., 1]), rtol=0, atol=0)
    from_criteria = 100 * np.sum(weight * (crit - lo) / (hi - lo), axis=-1) / weight.sum()
    np.testing.assert_allclose(from_criteria, adjusted_values(totals), rtol=0, atol=1e-9)
    assert not np.allclose(crit, m.criterion_figures("mean", marks), equal_nan=True)


@pytest.mark.parametrize("share", [1.0, 0.5, 0.2])
def test_reordering_jurors_and_projects_moves_no_value_by_a_rounding_error(
        share: float) -> None:
    """Bitwise: the equations are built from ordered sums and whole counts, solved in an
    order read from the totals (rows of different lengths and places in memory)."""
    rng = np.random.default_rng(5)
    totals = np.round(rng.uniform(20, 95, (40, 120)) * 2) / 2
    totals[rng.random(totals.shape) > share] = NAN
    totals[:2] = totals[2]  # interchangeable jurors share one offset
    values = adjusted_values(totals)
    for _ in range(5):
        jurors, projects = rng.permutation(40), rng.permutation(120)
        moved = adjusted_values(totals[jurors][:, projects])
        assert np.array_equal(moved, values[projects], equal_nan=True)
