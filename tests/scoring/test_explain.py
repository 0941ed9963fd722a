"""A project's figure broken down by criterion, by juror and against its neighbours."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import one_criterion
from yansenne.scoring import Criterion, Juror, Project, Rules, Snapshot, explain


def edition() -> Snapshot:
    crit = (Criterion("a", weight=1, max=10), Criterion("b", weight=3, max=10))
    projects = (Project("P", "k"), Project("Q", "k"), Project("R", "k"))
    marks = {
        "J0": {"P": (8, 6), "Q": (4, 9), "R": (2, 2)},
        "J1": {"P": (6, 6), "Q": (4, 7), "R": (3, 1)},
        "J2": {"P": (10, None), "Q": (5, 8)},
    }
    scores = {
        (j, p, c): float(v)
        for j, by_p in marks.items()
        for p, vs in by_p.items()
        for c, v in zip("ab", vs, strict=True)
        if v is not None
    }
    jurors = (Juror("J0"), Juror("J1"), Juror("J2"), Juror("J3"))
    return Snapshot(crit, projects, jurors, scores, frozenset({("J3", "R")}))


def test_contributions_add_up_to_the_mean_with_complete_marks() -> None:
    snap = one_criterion([[60, 80], [40, 30]])
    e = explain(snap, "P0")
    assert sum(part.contribution for part in e.criteria) == pytest.approx(e.score)


def test_breakdown_by_criterion() -> None:
    e = explain(edition(), "Q")
    # Q: a mean 13/3, b mean 8; shares 1/4 and 3/4
    parts = {p.criterion: p for p in e.criteria}
    assert parts["a"].weight_share == pytest.approx(0.25)
    assert parts["a"].figure == pytest.approx(13 / 3)
    assert parts["b"].contribution == pytest.approx(100 * 0.75 * 0.8)
    # every juror scored Q completely, so contributions add up to the mean total
    assert sum(p.contribution for p in e.criteria) == pytest.approx(e.score)


def test_breakdown_by_juror() -> None:
    e = explain(edition(), "P")
    jurors = {j.juror: j for j in e.jurors}
    assert jurors["J0"].status == "complete" and jurors["J0"].total == pytest.approx(65.0)
    assert jurors["J2"].status == "partial" and jurors["J2"].total == pytest.approx(100.0)
    assert jurors["J3"].status == "not_scored" and jurors["J3"].total is None
    mean = (65.0 + 60.0 + 100.0) / 3
    assert e.score == pytest.approx(mean)
    assert jurors["J1"].deviation == pytest.approx(60.0 - mean)
    assert {j.juror: j.status for j in explain(edition(), "R").jurors}["J3"] == "conflict"


def test_neighbours_show_where_the_difference_comes_from() -> None:
    e = explain(edition(), "Q")  # means: P 75, Q 70.83, R 17.5
    assert e.place == 2
    assert e.above is not None and e.above.project == "P" and e.above.place == 1
    assert e.above.score_gap == pytest.approx(e.score - 75.0)
    gaps = {g.criterion: g for g in e.above.criteria}
    assert gaps["a"].figure_gap == pytest.approx(13 / 3 - 8)
    assert gaps["a"].contribution_gap == pytest.approx(25 * (13 / 3 - 8) / 10)
    assert gaps["b"].contribution_gap == pytest.approx(75 * (8 - 6) / 10)
    assert e.above.criteria[0].criterion == "b"  # the largest gap in points comes first
    assert e.below is not None and e.below.project == "R"
    top = explain(edition(), "P")
    assert top.above is None and top.below is not None and top.below.project == "Q"


def test_unranked_project_still_gets_its_breakdown() -> None:
    e = explain(edition(), "R", rules=Rules(quorum=3))
    assert e.unranked_reason == "below_quorum" and e.place is None and e.n_jurors == 2
    assert len(e.criteria) == 2 and e.above is None


def test_overall_scope() -> None:
    e = explain(edition(), "P", "median", overall=True)
    assert e.scope is None and e.method == "median"


def test_adjusted_criteria_are_the_ranking_s_own_and_add_up_to_its_figure() -> None:
    """`adjusted` fits each criterion on the whole set: a harsh juror (J1) recused from
    P0 is taken out of P0's criteria too, so they add up to the adjusted figure, not to
    P0's plain criterion means."""
    snap = one_criterion([[60, None, 60], [70, 40, 70], [50, 20, 50]])
    e = explain(snap, "P0", "adjusted")
    assert e.score is not None
    assert sum(part.contribution for part in e.criteria) == pytest.approx(e.score, abs=1e-9)
    plain = explain(snap, "P0", "mean")
    assert e.score != pytest.approx(plain.score)
    assert e.criteria[0].figure != pytest.approx(plain.criteria[0].figure)
