"""The snapshot refuses what can only be a caller's bug, and keeps conflicts first."""

from __future__ import annotations

import pytest

from tests.scoring.helpers import one_criterion
from yansenne.scoring import (
    Criterion,
    Juror,
    Project,
    Rules,
    Snapshot,
    canonical_method,
)


def test_criterion_needs_positive_weight_and_a_scale() -> None:
    with pytest.raises(ValueError):
        Criterion("a", weight=0)
    with pytest.raises(ValueError):
        Criterion("a", min=5, max=5)
    with pytest.raises(ValueError):
        Criterion("a", step=0)


def test_duplicate_codes_are_refused() -> None:
    c = (Criterion("a"),)
    with pytest.raises(ValueError):
        Snapshot(c, (Project("P", "x"), Project("P", "y")), (Juror("J"),))
    with pytest.raises(ValueError):
        Snapshot(c, (Project("P", "x"),), (Juror("J"), Juror("J")))
    with pytest.raises(ValueError):
        Snapshot((Criterion("a"), Criterion("a")), (Project("P", "x"),), (Juror("J"),))


def test_one_president_at_most() -> None:
    with pytest.raises(ValueError):
        Snapshot((), (), (Juror("A", president=True), Juror("B", president=True)))


@pytest.mark.parametrize(
    "key",
    [("Z", "P", "a"), ("J", "Z", "a"), ("J", "P", "zz")],
)
def test_scores_with_unknown_codes_are_refused(key: tuple[str, str, str]) -> None:
    snap = Snapshot((Criterion("a"),), (Project("P", "x"),), (Juror("J"),), {key: 5.0})
    with pytest.raises(ValueError):
        snap.table  # noqa: B018


@pytest.mark.parametrize("value", [-0.5, 10.5, float("nan")])
def test_marks_off_the_scale_are_refused(value: float) -> None:
    snap = Snapshot(
        (Criterion("a"),), (Project("P", "x"),), (Juror("J"),), {("J", "P", "a"): value}
    )
    with pytest.raises(ValueError):
        snap.table  # noqa: B018


def test_conflict_with_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError):
        Snapshot((Criterion("a"),), (Project("P", "x"),), (Juror("J"),), conflicts={("J", "Q")})


def test_a_declared_conflict_wins_over_a_score() -> None:
    snap = one_criterion([[50, 70]], conflicts=[("J1", "P0")])
    assert snap.table.totals[1, 0] != snap.table.totals[1, 0]  # NaN: the mark is ignored
    assert snap.table.totals[0, 0] == 50.0


def test_category_grids() -> None:
    criteria = (Criterion("common"), Criterion("only_a", category="a"))
    projects = (Project("PA", "a"), Project("PB", "b"))
    assert [c.code for c in Snapshot(criteria, projects, ()).grid("b")] == ["common"]
    with pytest.raises(ValueError):  # only_a is not in category b's grid
        Snapshot(criteria, projects, (Juror("J"),), {("J", "PB", "only_a"): 5.0}).table  # noqa: B018


def test_snapshot_copies_its_scores() -> None:
    scores = {("J0", "P0", "x"): 50.0}
    snap = Snapshot((Criterion("x", max=100),), (Project("P0", "c"),), (Juror("J0"),), scores)
    scores[("J0", "P0", "x")] = 10.0
    assert snap.scores[("J0", "P0", "x")] == 50.0


def test_rules_refuse_unknown_tokens_and_bad_numbers() -> None:
    with pytest.raises(ValueError):
        Rules(tie_break=("coin_toss",))
    with pytest.raises(ValueError):
        Rules(tie_break=("criterion:",))
    with pytest.raises(ValueError):
        Rules(quorum=0)
    Rules(tie_break=("criterion:relevance", "median", "first_places", "casting_vote"))


def test_method_names_and_alias() -> None:
    assert canonical_method("borda") == "ranksum"
    with pytest.raises(ValueError):
        canonical_method("approval")


def test_a_standing_with_its_uncertainty_keeps_every_other_field() -> None:
    """`with_uncertainty` copies without `dataclasses.replace`: any field added later
    must come through it too."""
    from dataclasses import fields, replace

    from yansenne.scoring.model import Standing, Uncertainty

    values = {f.name: f"value-{f.name}" for f in fields(Standing)}
    standing = Standing(**values)
    figures = Uncertainty(0.25, 0.75, 1, 4)
    copy = standing.with_uncertainty(figures)
    assert copy == replace(standing, uncertainty=figures)
    assert standing.uncertainty == "value-uncertainty"  # the original is left as it was
