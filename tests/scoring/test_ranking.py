"""Quorum, scopes, overall ranking and the JSON shape of a standing."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import one_criterion
from yansenne.scoring import (
    METHODS,
    Criterion,
    Juror,
    Project,
    Rules,
    Snapshot,
    rank,
    rank_scope,
)


def test_mean_ranks_with_competition_ranks_and_tie_flags() -> None:
    snap = one_criterion([[90, 70], [70, 70], [80, 60], [60, 40]])
    ranking = rank_scope(snap, "cat")
    assert [(s.project, s.score, s.rank, s.tie) for s in ranking.standings] == [
        ("P0", 80.0, 1, False),
        ("P1", 70.0, 2, True),
        ("P2", 70.0, 2, True),
        ("P3", 50.0, 4, False),
    ]


def test_quorum_unranks_with_reason_codes() -> None:
    rows = [[90, 70, 80], [70, None, 70], [None, None, None], [10, 20, 30]]
    ranking = rank_scope(one_criterion(rows), "cat", "mean", Rules(quorum=3))
    assert [s.project for s in ranking.standings] == ["P0", "P3"]
    assert [(u.project, u.reason, u.n_jurors) for u in ranking.unranked] == [
        ("P1", "below_quorum", 2),
        ("P2", "no_scores", 0),
    ]


@pytest.mark.parametrize("method", ["zscore", "ranksum", "schulze"])
def test_unranked_projects_do_not_move_the_others(method: str) -> None:
    rows = [[90, 70, 80], [70, 65, 60], [10, 20, 30]]
    base = rank_scope(one_criterion(rows), "cat", method, Rules(quorum=3))
    extra = rank_scope(one_criterion([*rows, [100, 100, None]]), "cat", method, Rules(quorum=3))
    assert [(s.project, s.score) for s in base.standings] == [
        (s.project, s.score) for s in extra.standings
    ]
    assert extra.unranked[0].reason == "below_quorum"


def test_categories_and_overall() -> None:
    crit = (Criterion("shared", max=10), Criterion("extra", max=10, category="b"))
    projects = (Project("A1", "a"), Project("B1", "b"), Project("A2", "a"))
    marks = {("J", "A1", "shared"): 9.0, ("J", "A2", "shared"): 5.0}
    marks |= {("J", "B1", "shared"): 7.0, ("J", "B1", "extra"): 7.0}
    snap = Snapshot(crit, projects, (Juror("J"),), marks)
    results = rank(snap, "borda")
    assert results.method == "ranksum"
    assert list(results.categories) == ["a", "b"]
    assert [s.project for s in results.categories["a"].standings] == ["A1", "A2"]
    assert [s.project for s in results.overall.standings] == ["A1", "B1", "A2"]
    assert results.overall.scope is None
    assert results.overall.by_project()["B1"].criteria == {"shared": 7.0, "extra": 7.0}
    assert results.overall.by_project()["A1"].criteria == {"shared": 9.0}
    assert results.overall.place_of("A2") == 3 and results.overall.place_of("nope") is None


def test_standing_as_json_follows_the_spec() -> None:
    standing = rank_scope(one_criterion([[90, 70]]), "cat").standings[0]
    assert standing.as_json() == {
        "rank": 1,
        "place": 1,
        "project": "P0",
        "score": 80.0,
        "criteria": {"x": 80.0},
        "n_jurors": 2,
        "tie": False,
        "tie_broken_by": None,
        "partial": False,
        "uncertainty": None,
    }


@pytest.mark.parametrize("method", METHODS)
def test_every_method_handles_an_empty_or_unscored_category(method: str) -> None:
    snap = one_criterion([[None, None]])
    ranking = rank_scope(snap, "cat", method)
    assert ranking.standings == () and ranking.unranked[0].reason == "no_scores"


def test_unknown_category_is_refused() -> None:
    with pytest.raises(ValueError):
        rank_scope(one_criterion([[1, 2]]), "nope")


def test_scoring_imports_neither_qt_nor_a_database() -> None:
    import subprocess
    import sys

    code = (
        "import sys, yansenne.scoring; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'openpyxl', 'reportlab')]; print(bad); assert not bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
