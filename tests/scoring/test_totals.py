"""Juror totals: the weighted share of the maximum over the criteria scored."""

from __future__ import annotations

import math

import pytest

from yansenne.scoring import Criterion, Juror, Project, Snapshot, rank_scope

CRITERIA = (
    Criterion("a", weight=1, min=0, max=10),
    Criterion("b", weight=3, min=1, max=5, step=1),
)


def snap(scores: dict[tuple[str, str, str], float]) -> Snapshot:
    return Snapshot(
        CRITERIA, (Project("P", "c"), Project("Q", "c")), (Juror("J"), Juror("K")), scores
    )


def test_total_is_the_weighted_share_of_the_maximum() -> None:
    s = snap({("J", "P", "a"): 5.0, ("J", "P", "b"): 4.0})
    # 100 * (1 * 5/10 + 3 * 3/4) / 4 = 68.75
    assert s.table.totals[0, 0] == pytest.approx(68.75)


def test_partial_scoring_gives_a_total_over_the_scored_criteria() -> None:
    s = snap({("J", "P", "b"): 5.0, ("K", "P", "a"): 2.0, ("K", "P", "b"): 1.0})
    assert s.table.totals[0, 0] == pytest.approx(100.0)  # only b, at its maximum
    assert s.table.totals[1, 0] == pytest.approx(5.0)  # 100 * (0.2 + 0) / 4
    assert math.isnan(s.table.totals[0, 1])
    ranking = rank_scope(s, "c")
    assert ranking.by_project()["P"].n_jurors == 2  # both jurors have a total
    assert [(u.project, u.reason) for u in ranking.unranked] == [("Q", "no_scores")]


def test_totals_are_comparable_across_orders() -> None:
    crit = tuple(Criterion(c, max=10) for c in "abc")
    marks = {"P": (1.0, 2.0, 7.0), "Q": (7.0, 2.0, 1.0)}
    scores = {("J", p, c): v for p, vs in marks.items() for c, v in zip("abc", vs, strict=True)}
    s = Snapshot(crit, (Project("P", "c"), Project("Q", "c")), (Juror("J"),), scores)
    assert s.table.totals[0, 0] == s.table.totals[0, 1]
