"""How sure each place is: resampled panels, against a ranking redone panel by panel."""

from __future__ import annotations

import numpy as np
import pytest

from tests.scoring.helpers import one_criterion
from yansenne import scoring
from yansenne.scoring.notes import NOTES
from yansenne.scoring.uncertainty import (
    attach,
    draw_jurors,
    draw_ranks,
    indistinct,
    summarise,
)


def reference_ranks(snapshot: scoring.Snapshot, ranking: scoring.Ranking,
                    rules: scoring.Rules, picks: np.ndarray) -> np.ndarray:
    """The slow way: per draw, a snapshot whose jurors are the drawn ones (a juror drawn
    twice is two jurors with the same marks), ranked by `rank_scope`; a project unranked
    in it comes after every ranked one."""
    codes = [s.project for s in ranking.standings]
    table = snapshot.table
    totals = table.totals[:, table.project_index(codes)]
    out = np.empty((len(picks), len(codes)), dtype=int)
    for d, pick in enumerate(picks):
        rows = [[None if np.isnan(totals[j, p]) else float(totals[j, p]) for j in pick]
                for p in range(len(codes))]
        drawn = one_criterion(rows, projects=codes, jurors=[f"D{i}" for i in range(len(pick))])
        again = scoring.rank_scope(drawn, "cat", ranking.method, rules)
        ranks = {s.project: s.rank for s in again.standings}
        out[d] = [ranks.get(c, len(ranks) + 1) for c in codes]
    return out


def random_panel(seed: int, jurors: int, projects: int, missing: float) -> scoring.Snapshot:
    """Coarse marks (0-4 in whole steps, so ties happen) with some totals missing."""
    rng = np.random.default_rng(seed)
    marks = rng.integers(0, 5, size=(projects, jurors)).astype(float)
    rows = [[None if rng.random() < missing else 25.0 * v for v in row] for row in marks]
    return one_criterion(rows)


@pytest.mark.parametrize("method", scoring.METHODS)
@pytest.mark.parametrize(("seed", "quorum"), [(1, 1), (2, 1), (3, 2), (4, 3)])
def test_draws_agree_with_ranking_each_resampled_panel(method: str, seed: int,
                                                       quorum: int) -> None:
    snapshot = random_panel(seed, jurors=6, projects=7, missing=0.25)
    rules = scoring.Rules(quorum=quorum, trim=1)
    ranking = scoring.rank_scope(snapshot, "cat", method, rules)
    table = snapshot.table
    ranked = table.project_index([s.project for s in ranking.standings])
    picks = draw_jurors(len(table.jurors), seed, 40)
    fast = draw_ranks(table, ranked, method, rules, picks)
    assert fast.tolist() == reference_ranks(snapshot, ranking, rules, picks).tolist()


@pytest.mark.parametrize("method", scoring.METHODS)
@pytest.mark.parametrize("seed", [5, 6])
def test_draws_agree_on_a_complete_panel(method: str, seed: int) -> None:
    # every juror scored every project: the mean ranks the draws by their sums alone
    snapshot = random_panel(seed, jurors=6, projects=9, missing=0.0)
    rules = scoring.Rules(quorum=1, trim=1)
    ranking = scoring.rank_scope(snapshot, "cat", method, rules)
    table = snapshot.table
    ranked = table.project_index([s.project for s in ranking.standings])
    picks = draw_jurors(len(table.jurors), seed, 60)
    fast = draw_ranks(table, ranked, method, rules, picks)
    assert fast.tolist() == reference_ranks(snapshot, ranking, rules, picks).tolist()


def test_two_runs_print_the_same_figures() -> None:
    snapshot = random_panel(5, jurors=7, projects=6, missing=0.1)
    rules = scoring.Rules()
    ranking = scoring.rank_scope(snapshot, "cat", "mean", rules)
    first = attach(snapshot, ranking, rules, seed=2026)
    again = attach(snapshot, ranking, rules, seed=2026)
    assert [s.uncertainty for s in first.standings] == [s.uncertainty for s in again.standings]
    other = attach(snapshot, ranking, rules, seed=2027)
    assert [s.uncertainty for s in first.standings] != [s.uncertainty for s in other.standings]


@pytest.mark.parametrize("method", scoring.METHODS)
def test_p_first_sums_to_one(method: str) -> None:
    snapshot = random_panel(6, jurors=5, projects=6, missing=0.2)
    rules = scoring.Rules(quorum=2)
    ranking = attach(snapshot, scoring.rank_scope(snapshot, "cat", method, rules), rules,
                     seed=1, draws=300)
    assert sum(s.uncertainty.p_first for s in ranking.standings) == pytest.approx(1.0)


def test_first_for_every_juror_is_sure() -> None:
    snapshot = one_criterion([[90, 80, 95, 85], [50, 60, 40, 70], [30, 65, 45, 20]])
    rules = scoring.Rules()
    for method in scoring.METHODS:
        ranking = attach(snapshot, scoring.rank_scope(snapshot, "cat", method, rules), rules,
                         seed=3)
        top = ranking.standings[0]
        assert top.project == "P0"
        assert top.uncertainty == scoring.model.Uncertainty(1.0, 1.0, 1, 1)


def test_a_tie_for_first_is_shared_equally() -> None:
    snapshot = one_criterion([[80, 60, 70], [80, 60, 70], [10, 20, 30]])
    rules = scoring.Rules()
    ranking = attach(snapshot, scoring.rank_scope(snapshot, "cat", "mean", rules), rules,
                     seed=4)
    by = ranking.by_project()
    assert by["P0"].uncertainty.p_first == by["P1"].uncertainty.p_first == 0.5
    assert by["P2"].uncertainty.p_first == 0.0
    assert by["P2"].uncertainty.rank_low == by["P2"].uncertainty.rank_high == 3


def test_percentiles_are_nearest_rank() -> None:
    ranks = np.array([[r] for r in range(1, 21)])  # one project, ranks 1..20 over 20 draws
    (u,) = summarise(ranks)
    assert (u.rank_low, u.rank_high) == (1, 19)  # ceil(0.05 * 20) = 1st, ceil(0.95 * 20) = 19th
    assert u.p_top3 == pytest.approx(3 / 20)


def test_a_project_below_quorum_in_a_draw_comes_after_every_ranked_one() -> None:
    # P2 has two totals: a draw holding fewer than two of them leaves it unranked
    snapshot = one_criterion([[90, 80, 95, 85], [50, 60, 40, 70], [99, 99, None, None]])
    rules = scoring.Rules(quorum=2)
    ranking = scoring.rank_scope(snapshot, "cat", "mean", rules)
    table = snapshot.table
    ranked = table.project_index([s.project for s in ranking.standings])
    picks = np.array([[2, 2, 3, 3], [0, 1, 2, 3]])
    ranks = draw_ranks(table, ranked, "mean", rules, picks)
    codes = [s.project for s in ranking.standings]
    assert dict(zip(codes, ranks[0].tolist(), strict=True))["P2"] == 3
    assert dict(zip(codes, ranks[1].tolist(), strict=True))["P2"] == 1


def test_places_the_draws_do_not_separate_are_said_in_words() -> None:
    assert "indistinct_places" in NOTES
    # P1 leads P0 by half a point on average, but two jurors of four prefer P0
    snapshot = one_criterion([[80, 60, 81, 59], [78, 62, 79, 62], [10, 20, 30, 15]])
    rules = scoring.Rules()
    ranking = attach(snapshot, scoring.rank_scope(snapshot, "cat", "mean", rules), rules,
                     seed=5)
    notes = [n for n in ranking.notes if n.code == "indistinct_places"]
    assert len(notes) == 1
    values = dict(notes[0].values)
    assert (values["upper"], values["lower"]) == ("P1", "P0")
    assert values["behind"] >= 25 and values["ahead"] + values["behind"] <= 100
    by = ranking.by_project()
    assert values["ahead"] > 50 and by["P1"].uncertainty.p_first > by["P0"].uncertainty.p_first
    assert "cannot be told apart" in notes[0].text("en")
    assert "départagés" in notes[0].text("fr")


def test_well_separated_places_have_no_note() -> None:
    snapshot = one_criterion([[90, 80, 95, 85], [50, 60, 40, 70], [30, 35, 25, 20]])
    rules = scoring.Rules()
    ranking = scoring.rank_scope(snapshot, "cat", "mean", rules)
    table = snapshot.table
    ranked = table.project_index([s.project for s in ranking.standings])
    picks = draw_jurors(4, 1, 200)
    ranks = draw_ranks(table, ranked, "mean", rules, picks)
    assert indistinct(ranking, [s.project for s in ranking.standings], ranks) == []


def test_beyond_the_limit_the_figures_are_left_out_and_a_note_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from yansenne.scoring import uncertainty

    monkeypatch.setitem(uncertainty.LIMITS, "schulze", 4)
    snapshot = random_panel(3, jurors=5, projects=6, missing=0.0)
    rules = scoring.Rules()
    ranking = scoring.rank_scope(snapshot, "cat", "schulze", rules)
    sure = attach(snapshot, ranking, rules, seed=2026)
    assert all(s.uncertainty is None for s in sure.standings)
    assert [n.code for n in sure.notes][-1] == "uncertainty_left_out"
    assert "6 projects" in sure.notes[-1].text("en") and "up to 4" in sure.notes[-1].text("en")
