"""Each method against published vectors and hand-computable examples."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from tests.scoring.helpers import DATA, one_criterion, paris, paris_sums
from yansenne.scoring import (
    Criterion,
    Juror,
    Project,
    Rules,
    Snapshot,
    majority_sequence,
    rank_scope,
)
from yansenne.scoring import methods as m


def scores_of(snapshot: Snapshot, method: str, **rules: object) -> dict[str, float]:
    ranking = rank_scope(snapshot, snapshot.categories[0], method, Rules(**rules))  # type: ignore[arg-type]
    return {s.project: s.score for s in ranking.standings}


def order(snapshot: Snapshot, method: str) -> list[str]:
    ranking = rank_scope(snapshot, snapshot.categories[0], method)
    return [s.project for s in ranking.standings]


# --- majority judgment: Balinski & Laraki (2011) sec. 1.5 -----------------------


def mj_rows() -> list[dict[str, str]]:
    with open(DATA / "mj_test_vectors.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", mj_rows()[:2], ids=lambda r: r["case"])
def test_majority_value_sequences(row: dict[str, str]) -> None:
    grades = [float(g) for g in row["grades_of_candidate"].split(";")]
    expected = tuple(float(g) for g in row["expected_majority_value_sequence"].split(";"))
    assert majority_sequence(grades) == expected


def test_majority_ranks_ex1_above_ex2() -> None:
    ex1, ex2 = ([float(g) for g in r["grades_of_candidate"].split(";")] for r in mj_rows()[:2])
    snap = one_criterion([ex1, ex2], projects=["ex1", "ex2"], top=20)
    ranking = rank_scope(snap, "cat", "majority")
    assert [s.project for s in ranking.standings] == ["ex1", "ex2"]
    assert ranking.standings[0].score == ranking.standings[1].score == 45.0  # grade 9 / 20
    assert not ranking.standings[0].tie  # same majority grade, different majority value


def test_majority_library_doctest_b_first() -> None:
    row = mj_rows()[2]["grades_of_candidate"]
    a, b = ([float(g) for g in part.split("=")[1].split(";")] for part in row.split("|"))
    snap = one_criterion([a, b], projects=["A", "B"], top=5)
    assert order(snap, "majority") == ["B", "A"]


def test_majority_prefix_rule_keeps_a_total_order() -> None:
    # Q has one more grade than P and the same sequence as far as P goes.
    values = m.majority_values(np.array([[50.0, 50.0], [np.nan, 40.0]]))
    assert values[0].tolist()[:1] == [50.0] and values[1].tolist() == [40.0, 50.0]
    snap = one_criterion([[50, None], [50, 50]], projects=["P", "Q"])
    assert order(snap, "majority") == ["Q", "P"]


# --- Judgment of Paris 1976 --------------------------------------------------------


@pytest.mark.parametrize(
    "method", ["zscore", "trimmed", "median", "ranksum", "majority", "schulze"]
)
def test_paris_every_robust_method_puts_montelena_first(method: str) -> None:
    ranking = rank_scope(paris(), "white", method)
    first = [s.project for s in ranking.standings if s.place == 1]
    assert first == ["A"]


def test_paris_mean_gives_the_sum_ordering() -> None:
    ranking = rank_scope(paris(), "white", "mean")
    sums = paris_sums()
    assert [s.project for s in ranking.standings] == sorted(sums, key=lambda w: -sums[w])
    for s in ranking.standings:  # totals are 100 * mark / 20, so sum = mean * 11 / 5
        assert s.score * 11 / 5 == pytest.approx(sums[s.project])
    assert ranking.standings[0].score * 11 / 5 == pytest.approx(158.5)
    assert [s.rank for s in ranking.standings] == list(range(1, 11))


# --- the other methods on small hand examples ---------------------------------------


def test_median_is_the_lower_middle() -> None:
    snap = one_criterion([[10, 20, 30, 40], [25, 25, 26, 90]])
    assert scores_of(snap, "median") == {"P0": 20.0, "P1": 25.0}


def test_trimmed_drops_k_each_side() -> None:
    snap = one_criterion([[0, 50, 60, 70, 100], [10, 20, 30, 40, 50]])
    assert scores_of(snap, "trimmed") == pytest.approx({"P0": 60.0, "P1": 30.0})
    assert scores_of(snap, "trimmed", trim=2) == pytest.approx({"P0": 60.0, "P1": 30.0})
    assert scores_of(snap, "trimmed", trim=0) == pytest.approx({"P0": 56.0, "P1": 30.0})


def test_trimmed_trims_less_below_2k_plus_1_totals() -> None:
    # P1 has 2 totals (a recusal): it trims none and stays ranked, with the mean of both
    snap = one_criterion([[10, 20, 30], [10, 20, None]])
    ranking = rank_scope(snap, "cat", "trimmed")
    assert {s.project: s.score for s in ranking.standings} == {"P0": 20.0, "P1": 15.0}
    assert ranking.unranked == ()
    assert [n.code for n in ranking.notes] == ["trimmed_less"]


def test_zscore_standardises_each_juror() -> None:
    # J1 is harsh but agrees with J0 on the order; J2 scored every project alike.
    snap = one_criterion([[90, 40, 70], [80, 30, 70], [70, 20, 70]])
    z = scores_of(snap, "zscore")
    # juror rows: J0 (90,80,70) z=(1.2247,0,-1.2247); J1 (40,30,20) same; J2 left out
    assert z["P0"] == pytest.approx(1.224744871)
    assert z["P1"] == pytest.approx(0.0, abs=1e-12)
    assert z["P2"] == pytest.approx(-1.224744871)


def test_zscore_project_scored_only_by_a_flat_juror_gets_zero() -> None:
    # rows are projects, columns jurors: J0 gave 50 everywhere, J1 skipped P2
    snap = one_criterion([[50, 60], [50, 80], [50, None]])
    assert scores_of(snap, "zscore")["P2"] == 0.0


def test_ranksum_complete_is_the_plain_rank_sum() -> None:
    snap = one_criterion([[90, 80, 70], [80, 80, 90], [70, 60, 50]])
    # rows are projects; ranks: J0 1,2,3  J1 1.5,1.5,3  J2 2,1,3
    assert scores_of(snap, "ranksum") == {"P0": 4.5, "P1": 4.5, "P2": 9.0}
    ranking = rank_scope(snap, "cat", "ranksum")
    assert [(s.project, s.rank, s.tie) for s in ranking.standings] == [
        ("P0", 1, True),
        ("P1", 1, True),
        ("P2", 3, False),
    ]
    assert not ranking.higher_is_better


def test_ranksum_recusal_uses_the_mean_of_stretched_ranks() -> None:
    # J2 recused on P0 and ranked P1 over P2: stretched to 3 projects, ranks 1,2 -> 1.25, 2.75.
    snap = one_criterion([[90, 90, None], [80, 80, 90], [70, 70, 50]], conflicts=[("J2", "P0")])
    got = scores_of(snap, "ranksum")
    assert got["P0"] == pytest.approx((1 + 1) / 2 * 3)
    assert got["P1"] == pytest.approx((2 + 2 + 1.25) / 3 * 3)
    assert got["P2"] == pytest.approx((3 + 3 + 2.75) / 3 * 3)


def test_schulze_published_example() -> None:
    """Schulze (2011) / Wikipedia "Schulze method": 45 voters, order E > A > C > B > D."""
    ballots = [(5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"),
               (7, "CAEBD"), (2, "CBADE"), (7, "DCEBA"), (8, "EBADC")]  # fmt: skip
    voters = [[5 - b.index(c) for c in "ABCDE"] for n, b in ballots for _ in range(n)]
    t = np.array(voters, dtype=float)
    d = m.pairwise_preferences(t)
    assert d.tolist() == [
        [0, 20, 26, 30, 22],
        [25, 0, 16, 33, 18],
        [19, 29, 0, 17, 24],
        [15, 12, 28, 0, 14],
        [23, 27, 21, 31, 0],
    ]
    p = m.strongest_paths(d)
    off = ~np.eye(5, dtype=bool)
    assert p[off].tolist() == [28, 28, 30, 24, 25, 28, 33, 24, 25, 29, 29, 24,
                               25, 28, 28, 24, 25, 28, 28, 31]  # fmt: skip
    snap = one_criterion(t.T.tolist(), projects=list("ABCDE"), top=5)
    ranking = rank_scope(snap, "cat", "schulze")
    assert [s.project for s in ranking.standings] == list("EACBD")
    assert [s.score for s in ranking.standings] == [4, 3, 2, 1, 0]


def test_schulze_ignores_pairs_a_juror_did_not_score_both() -> None:
    t = np.array([[80.0, np.nan, 60.0], [70.0, 90.0, 50.0]])
    assert m.pairwise_preferences(t).tolist() == [[0, 0, 2], [1, 0, 1], [0, 0, 0]]


def test_strongest_paths_on_a_stack() -> None:
    rng = np.random.default_rng(3)
    d = rng.integers(0, 9, size=(4, 6, 6))
    stacked = m.strongest_paths(d)
    for i in range(4):
        assert (stacked[i] == m.strongest_paths(d[i])).all()


def test_average_ranks_with_ties_and_gaps() -> None:
    r = m.average_ranks(np.array([[3.0, 1.0, 3.0, np.nan, 2.0]]))
    assert r[0, [0, 1, 2, 4]].tolist() == [1.5, 4.0, 1.5, 3.0]
    assert np.isnan(r[0, 3])


def test_per_criterion_figures_follow_the_method() -> None:
    crit = (Criterion("a", max=10), Criterion("b", max=20))
    marks = {"J0": (2.0, 20.0), "J1": (4.0, 10.0), "J2": (9.0, 0.0), "J3": (5.0, 4.0)}
    scores = {(j, "P", c): v for j, vs in marks.items() for c, v in zip("ab", vs, strict=True)}
    snap = Snapshot(crit, (Project("P", "k"),), tuple(Juror(j) for j in marks), scores)
    figures = {
        method: rank_scope(snap, "k", method).standings[0].criteria
        for method in ("mean", "median", "trimmed", "majority", "zscore", "ranksum", "schulze")
    }
    assert figures["mean"] == {"a": 5.0, "b": 8.5}
    assert figures["median"] == figures["majority"] == {"a": 4.0, "b": 4.0}
    assert figures["trimmed"] == {"a": 4.5, "b": 7.0}
    assert figures["zscore"] == figures["ranksum"] == figures["schulze"] == figures["mean"]
