"""Guards of issue 16, item 6: what a ranking says about itself.

A near-constant juror's spread is floored under zscore; a trimmed mean trims less
for a project with fewer totals instead of dropping it; a total resting on part of
the grid is `partial`; the overall ranking is marked not comparable when grids or
panels differ; `tie_broken_by` names the rule that placed tied figures.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import numpy as np
import pytest

from tests.scoring.helpers import one_criterion
from yansenne.scoring import Criterion, Juror, Project, Rules, Snapshot, rank_scope
from yansenne.scoring import methods as m
from yansenne.scoring.notes import Note
from yansenne.scoring.ranking import evaluate, notes_of

# --- zscore: the spread floor ------------------------------------------------------

# 10 projects; J0 and J1 order them P0 best ... P9 last, 5 points apart; J2 gives
# every project 60 but P9 60.5: a 0.5-point range, z = 3 for P9 without a floor.
STEADY = [[90 - 5 * i, 80 - 5 * i] for i in range(10)]
FLAT = [60.0] * 9 + [60.5]
ISSUE = [[*row, flat] for row, flat in zip(STEADY, FLAT, strict=True)]


def places(snapshot: Snapshot, method: str, rules: Rules | None = None) -> dict[str, int]:
    return {s.project: s.place for s in rank_scope(snapshot, "cat", method, rules).standings}


def test_without_the_floor_the_flat_juror_lifts_the_last_project_to_sixth(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The issue's reproduction, with the floor switched off."""
    monkeypatch.setattr(m, "SPREAD_FLOOR", 0.0)
    totals = np.array(ISSUE).T
    z_flat = (totals[2] - totals[2].mean()) / totals[2].std()
    assert z_flat[9] == pytest.approx(3.0)
    assert places(one_criterion(ISSUE), "zscore")["P9"] == 6


def test_the_floor_keeps_the_last_project_last() -> None:
    got = places(one_criterion(ISSUE), "zscore")
    assert got == {f"P{i}": i + 1 for i in range(10)}


def test_a_floored_juror_divides_by_the_floor() -> None:
    totals = np.array(ISSUE).T  # one criterion on 0-100: totals are the marks
    assert m.floored_jurors(totals).tolist() == [2]
    # J2's deviations are +0.45 (P9) and -0.05 (the rest), over 5 points
    z = m.zscores(totals[2:3])
    assert z[9] == pytest.approx(0.45 / m.SPREAD_FLOOR)
    assert z[0] == pytest.approx(-0.05 / m.SPREAD_FLOOR)


def test_a_juror_with_a_real_spread_is_not_floored() -> None:
    totals = np.array(STEADY, dtype=float).T
    assert m.floored_jurors(totals).size == 0
    # plain population z-scores, as before the floor
    z = (totals - totals.mean(axis=1, keepdims=True)) / totals.std(axis=1, keepdims=True)
    assert m.zscores(totals) == pytest.approx(z.mean(axis=0))


def test_a_flat_juror_is_still_left_out_not_floored() -> None:
    # zero variance expresses no preference: not averaged in, not named in the note
    totals = np.array([[90.0, 40.0, 70.0], [70.0, 70.0, 70.0]])
    assert m.floored_jurors(totals).size == 0
    assert m.zscores(totals) == pytest.approx(m.zscores(totals[:1]))


def test_the_ranking_names_the_floored_juror() -> None:
    ranking = rank_scope(one_criterion(ISSUE), "cat", "zscore")
    assert ranking.notes == (Note.of("spread_floored", jurors="J2", floor="5"),)
    assert ranking.notes[0].text("en").startswith("J2: totals spread by less than 5 points")
    # other methods do not floor anything
    assert rank_scope(one_criterion(ISSUE), "cat", "mean").notes == ()


# --- trimmed: a recusal trims less ---------------------------------------------------


def test_a_recused_project_trims_less_and_says_so() -> None:
    # five jurors, K = 1; P1 has 2 totals (three recusals): it sets aside none
    snap = one_criterion([[10, 20, 30, 40, 90], [50, 70, None, None, None]])
    ranking = rank_scope(snap, "cat", "trimmed", Rules(trim=1))
    assert ranking.unranked == ()
    assert {s.project: s.score for s in ranking.standings} == {"P0": 30.0, "P1": 60.0}
    assert ranking.notes == (Note.of("trimmed_less", project="P1", n=2, k=0, trim=1),)
    assert ranking.notes[0].text("en") == (
        "P1 has 2 totals: its trimmed mean sets aside 0 at each end instead of 1.")


def test_with_k_2_four_totals_set_one_aside() -> None:
    snap = one_criterion([[0, 10, 20, 30, 100], [0, 40, 60, 100, None]])
    ranking = rank_scope(snap, "cat", "trimmed", Rules(trim=2))
    assert {s.project: s.score for s in ranking.standings} == {"P0": 20.0, "P1": 50.0}
    assert ranking.notes == (Note.of("trimmed_less", project="P1", n=4, k=1, trim=2),)


def test_the_quorum_still_decides_who_is_ranked() -> None:
    snap = one_criterion([[10, 20, 30], [50, None, None]])
    ranking = rank_scope(snap, "cat", "trimmed", Rules(trim=1, quorum=2))
    assert [(u.project, u.reason) for u in ranking.unranked] == [("P1", "below_quorum")]
    assert ranking.notes == ()


def test_trimming_less_stays_exact() -> None:
    # thirds: 1/3, 2/3, 1 over unit 3; the exact figure is a Fraction, not a float
    totals = np.array([[1.0, 1.0], [2.0, 2.0], [3.0, np.nan]])
    exact = np.array([[1, 1], [2, 2], [3, 0]], dtype=object)
    got = m.exact_trimmed_means(totals, exact, 3, 1)
    assert got == [Fraction(2, 3), Fraction(1, 2)]  # 2/3 trims one each end; (1+2)/2/3
    assert m.trimmed_mean(totals, 1) == pytest.approx([2.0, 1.5])


def test_per_criterion_figures_trim_less_too() -> None:
    snap = one_criterion([[10, 20, 30], [40, 60, None]])
    ranking = rank_scope(snap, "cat", "trimmed")
    assert {s.project: s.criteria["x"] for s in ranking.standings} == {"P0": 20.0, "P1": 50.0}


# --- partial totals -------------------------------------------------------------------


def two_criteria(scores: dict[tuple[str, str, str], float],
                 conflicts: frozenset[tuple[str, str]] = frozenset()) -> Snapshot:
    return Snapshot(
        criteria=(Criterion("a", 1, 0, 10, 0.5), Criterion("b", 1, 0, 10, 0.5)),
        projects=(Project("P0", "cat"), Project("P1", "cat"), Project("P2", "cat")),
        jurors=(Juror("J0"), Juror("J1")),
        scores=scores,
        conflicts=conflicts,
    )


def test_a_total_on_part_of_the_grid_is_partial() -> None:
    scores = {(j, p, c): 5.0 for j in ("J0", "J1") for p in ("P0", "P1", "P2") for c in "ab"}
    del scores[("J1", "P1", "b")]  # J1 left criterion b of P1 blank
    for c in "ab":  # J0 declared a conflict on P2: no total, not partial
        scores[("J0", "P2", c)] = 5.0
    ranking = rank_scope(two_criteria(scores, frozenset({("J0", "P2")})), "cat")
    partial = {s.project: s.partial for s in ranking.standings}
    assert partial == {"P0": False, "P1": True, "P2": False}
    assert ranking.notes == (Note.of("partial_totals", projects="P1"),)
    assert ranking.by_project()["P1"].as_json()["partial"] is True


# --- the overall ranking across categories ------------------------------------------


def categories(grid: str, panels: str) -> Snapshot:
    """Two categories A (P0, P1) and B (P2, P3), one mark per (juror, project).

    grid "same": one criterion for every category; "differ": B has its own weight.
    panels "same": J0 and J1 score all; "differ": J0 scores A, J1 scores B.
    """
    criteria = [Criterion("x", 1, 0, 10, 0.5)]
    if grid == "differ":
        criteria = [Criterion("x", 1, 0, 10, 0.5, "A"), Criterion("x", 2, 0, 10, 0.5, "B")]
    projects = (Project("P0", "A"), Project("P1", "A"), Project("P2", "B"), Project("P3", "B"))
    marks = {"P0": 8.0, "P1": 6.0, "P2": 7.0, "P3": 5.0}
    scorers = {"A": ("J0", "J1"), "B": ("J0", "J1")}
    if panels == "differ":
        scorers = {"A": ("J0",), "B": ("J1",)}
    scores = {(j, p.code, "x"): marks[p.code] for p in projects for j in scorers[p.category]}
    return Snapshot(tuple(criteria), projects, (Juror("J0"), Juror("J1")), scores)


def test_same_grids_and_panels_are_comparable() -> None:
    overall = rank_scope(categories("same", "same"), None)
    assert (overall.comparable, overall.reason) == (True, None)


def test_different_grids_are_not_comparable() -> None:
    overall = rank_scope(categories("differ", "same"), None)
    assert (overall.comparable, overall.reason) == (False, Note.of("overall_grids_differ"))
    assert [s.project for s in overall.standings] == ["P0", "P2", "P1", "P3"]  # still given


def test_different_panels_are_not_comparable() -> None:
    overall = rank_scope(categories("same", "differ"), None)
    assert (overall.comparable, overall.reason) == (False, Note.of("overall_panels_differ"))
    assert overall.reason.text("fr").startswith("Non comparable")


def test_a_category_is_always_comparable_with_itself() -> None:
    snap = categories("differ", "differ")
    for code in ("A", "B"):
        ranking = rank_scope(snap, code)
        assert (ranking.comparable, ranking.reason) == (True, None)


# --- tie_broken_by --------------------------------------------------------------------


def tied_on_totals() -> Snapshot:
    """P0 and P1 both total 50 (mean), P0 better on criterion a; P2 below."""
    scores = {("J0", "P0", "a"): 7.0, ("J0", "P0", "b"): 3.0,
              ("J0", "P1", "a"): 4.0, ("J0", "P1", "b"): 6.0,
              ("J0", "P2", "a"): 2.0, ("J0", "P2", "b"): 2.0}
    return two_criteria(scores)


def broken_by(snapshot: Snapshot, method: str, rules: Rules) -> dict[str, tuple]:
    return {s.project: (s.rank, s.place, s.tie, s.tie_broken_by)
            for s in rank_scope(snapshot, "cat", method, rules).standings}


def test_a_criterion_rule_places_the_tied_projects() -> None:
    got = broken_by(tied_on_totals(), "mean", Rules(tie_break=("criterion:a",)))
    assert got == {"P0": (1, 1, True, None), "P1": (1, 2, True, "criterion:a"),
                   "P2": (3, 3, False, None)}


def test_the_casting_vote_places_the_tied_projects() -> None:
    # criterion b favours P1, but the casting vote comes first and names P1 first
    rules = Rules(tie_break=("casting_vote", "criterion:a"), casting_vote=("P1", "P0"))
    got = broken_by(tied_on_totals(), "mean", rules)
    assert got["P1"] == (1, 1, True, None)
    assert got["P0"] == (1, 2, True, "casting_vote")


def test_the_later_rule_is_named_when_the_first_cannot_separate() -> None:
    # the casting vote names neither: criterion a decides
    rules = Rules(tie_break=("casting_vote", "criterion:a"), casting_vote=("P2",))
    got = broken_by(tied_on_totals(), "mean", rules)
    assert got["P1"] == (1, 2, True, "criterion:a")


def test_no_rule_no_tie_broken_by() -> None:
    got = broken_by(tied_on_totals(), "mean", Rules())
    assert got["P0"] == got["P1"] == (1, 1, True, None)


def test_majority_value_decides_between_equal_majority_grades() -> None:
    # majority grade 60 for both; majority values (60, 50, 70) > (60, 50, 65)
    snap = one_criterion([[50, 60, 70], [50, 60, 65], [10, 20, 30]])
    got = broken_by(snap, "majority", Rules())
    assert got == {"P0": (1, 1, False, None), "P1": (2, 2, False, "majority_value"),
                   "P2": (3, 3, False, None)}
    standings = rank_scope(snap, "cat", "majority").by_project()
    assert standings["P0"].score == standings["P1"].score == 60.0


# --- adjusted: unlinked sets -----------------------------------------------------------


def test_unlinked_sets_are_named() -> None:
    # J0 scored P0 and P1, J1 scored P2 and P3: no mark links the two pairs
    snap = one_criterion([[80, None], [60, None], [None, 70], [None, 50]])
    table = snap.table
    core = replace(evaluate(table, table.scope_index("cat"), "mean", Rules()), method="adjusted")
    assert notes_of(table, core) == (
        Note.of("unlinked_sets", count=2, sets="P0, P1; P2, P3"),)
    linked = one_criterion([[80, 70], [60, None], [None, 70], [None, 50]]).table
    core = replace(evaluate(linked, linked.scope_index("cat"), "mean", Rules()), method="adjusted")
    assert notes_of(linked, core) == ()


def test_an_adjusted_ranking_over_unlinked_sets_says_so() -> None:
    snap = one_criterion([[80, None], [60, None], [None, 70], [None, 50]])
    ranking = rank_scope(snap, "cat", "adjusted")
    assert ranking.notes == (Note.of("unlinked_sets", count=2, sets="P0, P1; P2, P3"),)
    assert ranking.notes[0].text("en").startswith("The jurors and projects fall into 2 sets")
