"""Methods side by side, leave-one-juror-out, and laureate flags."""

from __future__ import annotations

from tests.scoring.helpers import one_criterion, paris
from yansenne.scoring import (
    METHODS,
    Rules,
    compare_methods,
    leave_one_juror_out,
    sensitivity,
    sensitivity_report,
)


def test_leave_one_juror_out_hand_example() -> None:
    # rows are projects. Mean: P 53.3, Q 50, R 0. Without J0: P 30 < Q 50.
    # Without J1: P 80. Without J2: P 50 = Q 50, both first.
    snap = one_criterion([[100, 0, 60], [50, 50, 50], [0, 0, 0]], projects=["P", "Q", "R"])
    got = leave_one_juror_out(snap, "cat", "mean")
    p, q, r = got["P"], got["Q"], got["R"]
    assert (p.place, p.best_place, p.worst_place) == (1, 1, 2)
    assert (p.worst_without, p.best_without, p.max_movement) == ("J0", None, 1)
    assert (q.place, q.best_place, q.worst_place, q.best_without) == (2, 1, 2, "J0")
    assert (r.max_movement, r.can_drop_out) == (0, False)


def test_leave_one_juror_out_can_drop_a_project_below_quorum() -> None:
    snap = one_criterion([[90, 80, None], [50, 60, 70]], projects=["P", "Q"])
    got = leave_one_juror_out(snap, "cat", "mean", Rules(quorum=2))
    assert got["P"].can_drop_out and got["P"].worst_without == "J0"
    assert not got["Q"].can_drop_out


def test_schulze_leave_one_out_matches_a_fresh_ranking() -> None:
    snap = paris()
    fast = leave_one_juror_out(snap, "white", "schulze")
    slow = {}
    for juror in snap.table.jurors:
        reduced = one_criterion(
            [
                [snap.scores[(j, w, "x")] for j in snap.table.jurors if j != juror]
                for w in snap.table.projects
            ],
            projects=snap.table.projects,
            top=20,
            category="white",
        )
        ranking = sensitivity(reduced, "white", "schulze").comparison.places
        slow[juror] = {w: row["schulze"] for w, row in ranking.items()}
    for wine, inf in fast.items():
        assert inf.best_place == min(slow[j][wine] for j in slow)
        assert inf.worst_place == max(slow[j][wine] for j in slow)


def test_paris_top_three_depends_on_the_method() -> None:
    comparison = compare_methods(paris(), "white")
    assert comparison.methods == METHODS
    assert comparison.top3["mean"] == ("A", "B", "C")
    assert all(top[0] == "A" for top in comparison.top3.values())
    assert comparison.places["A"] == dict.fromkeys(METHODS, 1)
    assert not comparison.top3_changes  # A, B, C under every method on this table


def test_method_change_is_detected_and_flagged() -> None:
    # P wins on the mean (one enthusiast), Q on the median.
    rows = [[100, 40, 40], [60, 60, 60], [10, 10, 10], [0, 0, 5]]
    snap = one_criterion(rows, projects=["P", "Q", "R", "S"])
    result = sensitivity(snap, "cat", "mean")
    assert result.comparison.top3["mean"] == ("P", "Q", "R")
    assert result.comparison.top3["median"] == ("Q", "P", "R")
    assert result.comparison.top3_changes
    flags = {f.project: f for f in result.laureates}
    assert list(flags) == ["P", "Q", "R"]
    assert flags["P"].method_dependent and flags["P"].juror_dependent
    assert not flags["P"].may_leave_top3_by_method
    assert not flags["R"].method_dependent


def test_report_covers_every_category_and_overall() -> None:
    report = sensitivity_report(paris(), "borda")
    assert report.method == "ranksum"
    assert list(report.categories) == ["white"] and report.overall.scope is None
    assert report.overall.laureates[0].project == "A"
