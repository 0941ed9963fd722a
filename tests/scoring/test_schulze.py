"""Schulze places by winner sets, against the issue's reproduction and pref_voting."""

from __future__ import annotations

import numpy as np
import pytest
from pref_voting.margin_based_methods import beat_path
from pref_voting.profiles_with_ties import ProfileWithTies

from tests.scoring.helpers import one_criterion
from yansenne.scoring import Rules, rank_scope
from yansenne.scoring import methods as m


def test_winner_set_shares_the_first_place() -> None:
    """Issue 16: C>D>B>A, B>A>C>D, D>B>A>C. B, C and D are the Schulze winners; B
    beats A, but C and D do not: beating more projects does not make B first alone."""
    ballots = ["CDBA", "BACD", "DBAC"]
    rows = [[float(4 - b.index(p)) for b in ballots] for p in "ABCD"]
    snap = one_criterion(rows, projects=list("ABCD"), top=4)
    ranking = rank_scope(snap, "cat", "schulze")
    got = [(s.project, s.rank, s.place, s.tie) for s in ranking.standings]
    assert got == [("B", 1, 1, True), ("C", 1, 1, True), ("D", 1, 1, True), ("A", 4, 4, False)]
    assert {s.project: s.score for s in ranking.standings} == {"A": 0, "B": 1, "C": 1, "D": 1}


def test_winner_set_then_goes_to_the_tie_break_rules() -> None:
    ballots = ["CDBA", "BACD", "DBAC"]
    rows = [[float(4 - b.index(p)) for b in ballots] for p in "ABCD"]
    snap = one_criterion(rows, projects=list("ABCD"), top=4)
    rules = Rules(tie_break=("casting_vote",), casting_vote=("D", "B", "C"))
    ranking = rank_scope(snap, "cat", "schulze", rules)
    got = [(s.project, s.rank, s.place, s.decided_by) for s in ranking.standings]
    assert got == [
        ("D", 1, 1, "casting_vote"),
        ("B", 1, 2, "casting_vote"),
        ("C", 1, 3, "casting_vote"),
        ("A", 4, 4, None),
    ]


def reference_winner_sets(totals: np.ndarray) -> list[set[int]]:
    """pref_voting's Beat Path with winning votes (support), peeled set by set."""
    ballots = []
    for row in totals:
        present = np.flatnonzero(~np.isnan(row))
        if present.size:  # rank 1 = highest total, equal totals share a rank
            distinct = sorted(set(row[present].tolist()), reverse=True)
            ballots.append({int(c): distinct.index(row[c]) + 1 for c in present})
    n = totals.shape[1]
    profile = ProfileWithTies(ballots, candidates=list(range(n)))
    left, sets = list(range(n)), []
    while left:
        won = beat_path(profile, curr_cands=left, strength_function=profile.support)
        sets.append(set(won))
        left = [c for c in left if c not in won]
    return sets


def winner_sets(totals: np.ndarray) -> list[set[int]]:
    """The program's Schulze figures, grouped from the best: one group per place."""
    figure = m.schulze_wins(totals)
    return [set(np.flatnonzero(figure == f).tolist()) for f in sorted(set(figure), reverse=True)]


def random_totals(rng: np.random.Generator, kind: str) -> np.ndarray:
    n = int(rng.integers(3, 9))
    voters = int(rng.integers(3, 16))
    if kind == "strict":
        return np.array([rng.permutation(n) for _ in range(voters)], dtype=float)
    totals = rng.integers(0, 4, size=(voters, n)).astype(float)  # many equal totals
    if kind == "gaps":  # recusals and unscored projects: no preference on those pairs
        totals[rng.random(totals.shape) < 0.25] = np.nan
    return totals


@pytest.mark.parametrize("kind", ["strict", "ties", "gaps"])
def test_winner_sets_match_pref_voting(kind: str) -> None:
    rng = np.random.default_rng({"strict": 11, "ties": 12, "gaps": 13}[kind])
    for _ in range(150):
        totals = random_totals(rng, kind)
        assert winner_sets(totals) == reference_winner_sets(totals), totals.tolist()


@pytest.mark.parametrize("size", ["small", "large"])
def test_levels_are_peeled_winner_sets(size: str) -> None:
    """Each set is the winners of the projects left, paths recomputed among them only
    (removing the winners can change the paths among the rest: peel, do not restrict)."""
    rng = np.random.default_rng(5)
    for _ in range(200 if size == "small" else 20):
        if size == "small":
            totals = random_totals(rng, "ties")
        else:  # one common order and noise: long cycles, sets that split as they peel
            n = int(rng.integers(20, 60))
            totals = np.round(rng.normal(50, 10, n) + rng.normal(0, 8, (9, n)))
        d = m.pairwise_preferences(totals)
        level = m.schulze_levels(d)
        for step in range(int(level.max()) + 1):
            left = np.flatnonzero(level >= step)
            p = m.strongest_paths(d[np.ix_(left, left)])
            assert (m.schulze_winners(p) == (level[left] == step)).all()


def peeled_by_recomputing(d: np.ndarray) -> np.ndarray:
    """The winner sets peeled with the strongest paths recomputed at every step."""
    level, left, step = np.full(len(d), -1), np.arange(len(d)), 0
    while left.size:
        won = m.schulze_winners(m.strongest_paths(d[np.ix_(left, left)]))
        level[left[won]], left, step = step, left[~won], step + 1
    return level


@pytest.mark.parametrize("every", [3, 32])
def test_resumed_paths_peel_as_recomputed_ones(every: int,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Large sets take their paths after a peel from a kept Floyd-Warshall state
    (`_PeelPaths`), resumed over the projects left: the same levels as recomputing,
    whether the peeling goes as expected or not (noisy panels, recusals, many ties)."""
    monkeypatch.setattr(m, "CHECKPOINT_EVERY", every)
    rng = np.random.default_rng(21 + every)
    for trial in range(8):
        n = int(rng.integers(70, 180))
        totals = np.round(rng.normal(50, 10, n)
                          + rng.normal(0, 6 + 6 * (trial % 3), (int(rng.integers(5, 30)), n)))
        if trial % 2:
            totals[rng.random(totals.shape) < 0.2] = np.nan
        d = m.pairwise_preferences(totals)
        assert (m.schulze_levels(d) == peeled_by_recomputing(d)).all(), trial
