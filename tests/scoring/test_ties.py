"""Competition ranks, and places after the edition's tie-break rules."""

from __future__ import annotations

import numpy as np

from tests.scoring.helpers import one_criterion
from yansenne.scoring import (
    Criterion,
    Juror,
    Project,
    Rules,
    Snapshot,
    competition_ranks,
    rank_scope,
)
from yansenne.scoring.ties import break_ties


def test_competition_ranks_skip_after_ties() -> None:
    assert competition_ranks([9, 7, 7, 5]) == [1, 2, 2, 4]
    assert competition_ranks([5, 7, 7, 9], higher_is_better=False) == [1, 2, 2, 4]
    assert competition_ranks([3, 3, 3]) == [1, 1, 1]
    assert competition_ranks([]) == []


def test_rounding_noise_is_a_tie_but_real_differences_are_not() -> None:
    assert competition_ranks([0.1 + 0.2, 0.3]) == [1, 1]
    assert competition_ranks([50.000001, 50.0]) == [1, 2]


def two_criteria_tie() -> Snapshot:
    """P and Q tie on every juror's total (60) but differ on each criterion."""
    crit = (Criterion("a", max=10), Criterion("b", max=10))
    marks = {"P": (8.0, 4.0), "Q": (4.0, 8.0), "R": (1.0, 1.0)}
    scores = {
        (j, p, c): v
        for j in ("J0", "J1")
        for p, vs in marks.items()
        for c, v in zip("ab", vs, strict=True)
    }
    projects = tuple(Project(p, "k") for p in marks)
    return Snapshot(crit, projects, (Juror("J0", president=True), Juror("J1")), scores)


def places(snapshot: Snapshot, *tokens: str, casting: tuple[str, ...] = ()) -> dict:
    ranking = rank_scope(snapshot, "k", "mean", Rules(tie_break=tokens, casting_vote=casting))
    return {s.project: (s.rank, s.place, s.tie, s.decided_by) for s in ranking.standings}


def test_without_rules_place_equals_rank() -> None:
    assert places(two_criteria_tie()) == {
        "P": (1, 1, True, None),
        "Q": (1, 1, True, None),
        "R": (3, 3, False, None),
    }


def test_criterion_rule_prefers_the_higher_figure_on_that_criterion() -> None:
    assert places(two_criteria_tie(), "criterion:a")["P"] == (1, 1, True, "criterion:a")
    assert places(two_criteria_tie(), "criterion:a")["Q"] == (1, 2, True, "criterion:a")
    assert places(two_criteria_tie(), "criterion:b")["Q"][1] == 1


def test_rules_apply_in_order() -> None:
    got = places(two_criteria_tie(), "criterion:b", "criterion:a")
    assert (got["Q"][1], got["P"][1]) == (1, 2)
    assert got["P"][3] == "criterion:b"


def test_casting_vote_is_the_presidents_order() -> None:
    got = places(two_criteria_tie(), "casting_vote", casting=("Q", "P"))
    assert (got["Q"][1], got["P"][1], got["R"][1]) == (1, 2, 3)


def test_casting_vote_without_those_projects_separates_nothing() -> None:
    got = places(two_criteria_tie(), "casting_vote", casting=("R",))
    assert (got["P"][1], got["Q"][1]) == (1, 1)


def test_median_rule() -> None:
    # columns are jurors: P totals 50, 60, 70 (median 60); Q 55, 55, 70 (median 55); same mean
    snap = one_criterion([[50, 60, 70], [55, 55, 70]], projects=["P", "Q"], category="k")
    assert places(snap)["Q"][1] == 1
    got = places(snap, "median")
    assert (got["P"][1], got["Q"][1]) == (1, 2)


def test_first_places_rule() -> None:
    # P: first for J0 and (tied) J2; Q: first for J2 only; R: first for J1. P, Q mean 70.
    rows = [[90, 50, 70], [70, 70, 70], [10, 75, 10]]
    snap = one_criterion(rows, projects=["P", "Q", "R"], category="k")
    got = places(snap, "first_places")
    assert (got["P"][:2], got["Q"][:2]) == ((1, 1), (1, 2))


def test_break_ties_reports_the_rule_that_finally_decided() -> None:
    ranks = np.array([1, 1, 1, 4])
    keys = [np.array([5.0, 3.0, 3.0, 0.0]), np.array([0.0, 2.0, 1.0, 0.0])]
    placed, decided = break_ties(ranks, keys, ["r0", "r1"])
    assert placed.tolist() == [1, 2, 3, 4]
    assert decided == ["r0", "r1", "r1", None]


def test_break_ties_leaves_unseparated_projects_sharing_a_place() -> None:
    ranks = np.array([2, 1, 2, 2, 5])
    keys = [np.array([1.0, 0.0, 3.0, 1.0, 0.0])]
    placed, decided = break_ties(ranks, keys, ["r0"])
    assert placed.tolist() == [3, 1, 2, 3, 5]
    assert decided == ["r0", None, "r0", "r0", None]
