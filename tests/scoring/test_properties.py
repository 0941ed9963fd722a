"""Properties every ranking must keep, checked on random small editions (hypothesis)."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from yansenne.scoring import (
    METHODS,
    Criterion,
    Juror,
    Project,
    Rules,
    Snapshot,
    agreement,
    competition_ranks,
    explain,
    rank,
    rank_scope,
    sensitivity_report,
)

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def editions(draw: st.DrawFn, complete: bool = False, categories: int = 2) -> Snapshot:
    """2-6 projects, 1-5 jurors, 1-3 criteria on 0-10 by halves; gaps, conflicts unless complete."""
    n_p = draw(st.integers(2, 6))
    n_j = draw(st.integers(1, 5))
    weights = draw(st.lists(st.sampled_from([0.5, 1.0, 2.0]), min_size=1, max_size=3))
    criteria = tuple(Criterion(f"c{i}", w, 0.0, 10.0, 0.5) for i, w in enumerate(weights))
    cats = draw(st.lists(st.sampled_from("ab"[:categories]), min_size=n_p, max_size=n_p))
    projects = tuple(Project(f"P{i}", c) for i, c in enumerate(cats))
    jurors = tuple(Juror(f"J{j}") for j in range(n_j))
    low = 0 if complete else -5  # negative draws are missing marks
    scores = {}
    for j in jurors:
        for p in projects:
            for c in criteria:
                k = draw(st.integers(low, 20))
                if k >= 0:
                    scores[(j.code, p.code, c.code)] = k / 2
    conflicts: frozenset[tuple[str, str]] = frozenset()
    if not complete:
        pairs = [(j.code, p.code) for j in jurors for p in projects]
        conflicts = frozenset(draw(st.lists(st.sampled_from(pairs), max_size=3)))
    return Snapshot(criteria, projects, jurors, scores, conflicts)


def renamed(snap: Snapshot, order_p: list[int], order_j: list[int]) -> tuple[Snapshot, dict]:
    """The same edition with new codes and shuffled order; returns the new code of each project."""
    new_p = {p.code: f"proj-{k}" for k, p in zip(order_p, snap.projects, strict=True)}
    new_j = {j.code: f"jur-{k}" for k, j in zip(order_j, snap.jurors, strict=True)}
    projects = sorted(
        (Project(new_p[p.code], p.category) for p in snap.projects), key=lambda p: p.code
    )
    jurors = sorted((Juror(new_j[j.code]) for j in snap.jurors), key=lambda j: j.code)
    scores = {(new_j[j], new_p[p], c): v for (j, p, c), v in reversed(list(snap.scores.items()))}
    conflicts = frozenset((new_j[j], new_p[p]) for j, p in snap.conflicts)
    return Snapshot(snap.criteria, tuple(projects), tuple(jurors), scores, conflicts), new_p


def summary(ranking, names: dict[str, str]) -> dict:  # noqa: ANN001 - a Ranking
    ranked = {
        names[s.project]: (s.rank, s.place, s.tie, s.n_jurors, s.score, s.decided_by)
        for s in ranking.standings
    }
    gone = {names[u.project]: (u.reason, u.n_jurors) for u in ranking.unranked}
    return ranked | gone


@PROPERTY
@given(
    snap=editions(),
    data=st.data(),
    method=st.sampled_from(METHODS),
    quorum=st.integers(1, 2),
)
def test_renaming_and_reordering_changes_nothing(
    snap: Snapshot, data: st.DataObject, method: str, quorum: int
) -> None:
    order_p = data.draw(st.permutations(range(len(snap.projects))))
    order_j = data.draw(st.permutations(range(len(snap.jurors))))
    other, new_p = renamed(snap, order_p, order_j)
    rules = Rules(quorum=quorum, tie_break=("median", "first_places", "criterion:c0"))
    a, b = rank(snap, method, rules), rank(other, method, rules)
    same = {code: code for code in new_p.values()}
    for scope in snap.categories:
        assert summary(a.categories[scope], new_p) == summary(b.categories[scope], same)
    assert summary(a.overall, new_p) == summary(b.overall, same)
    for scope in snap.categories:
        x, y = agreement(snap, scope), agreement(other, scope)
        for u, v in ((x.kendall_w, y.kendall_w), (x.krippendorff_alpha, y.krippendorff_alpha)):
            assert (u is None) == (v is None) and (u is None or math.isclose(u, v, abs_tol=1e-9))


@PROPERTY
@given(
    snap=editions(),
    data=st.data(),
    method=st.sampled_from(["mean", "median", "trimmed", "ranksum", "majority"]),
)
def test_raising_a_score_never_lowers_the_rank(
    snap: Snapshot, data: st.DataObject, method: str
) -> None:
    raisable = [
        key for key, v in snap.scores.items() if v < 10 and (key[0], key[1]) not in snap.conflicts
    ]
    assume(raisable)
    key = data.draw(st.sampled_from(raisable))
    higher = data.draw(st.integers(int(snap.scores[key] * 2) + 1, 20)) / 2
    raised = Snapshot(
        snap.criteria, snap.projects, snap.jurors, {**snap.scores, key: higher}, snap.conflicts
    )
    project = key[1]
    category = next(p.category for p in snap.projects if p.code == project)
    for scope in (category, None):
        before = rank_scope(snap, scope, method).by_project().get(project)
        after = rank_scope(raised, scope, method).by_project().get(project)
        assert (before is None) == (after is None)
        if before is not None and after is not None:
            assert after.rank <= before.rank


@PROPERTY
@given(snap=editions(complete=True, categories=1), flat=st.integers(0, 20))
def test_a_juror_scoring_everything_alike_does_not_change_ranksum(
    snap: Snapshot, flat: int
) -> None:
    extra = {(("flat"), p.code, c.code): flat / 2 for p in snap.projects for c in snap.criteria}
    wider = Snapshot(
        snap.criteria, snap.projects, (*snap.jurors, Juror("flat")), {**snap.scores, **extra}
    )
    before = rank_scope(snap, "a", "ranksum").by_project()
    after = rank_scope(wider, "a", "ranksum").by_project()
    assert {p: s.rank for p, s in before.items()} == {p: s.rank for p, s in after.items()}


@PROPERTY
@given(st.lists(st.integers(0, 6), max_size=12))
def test_competition_ranks_count_the_strictly_better(values: list[int]) -> None:
    ranks = competition_ranks(values)
    assert ranks == [1 + sum(v > x for v in values) for x in values]


@PROPERTY
@given(snap=editions(), method=st.sampled_from(METHODS))
def test_places_stay_inside_their_tie_group(snap: Snapshot, method: str) -> None:
    rules = Rules(tie_break=("first_places", "median"))
    for s in rank(snap, method, rules).overall.standings:
        assert s.rank <= s.place
        assert s.tie or s.place == s.rank


@PROPERTY
@given(snap=editions(), method=st.sampled_from(METHODS), quorum=st.integers(1, 3))
def test_every_function_copes_with_any_edition(snap: Snapshot, method: str, quorum: int) -> None:
    rules = Rules(quorum=quorum, tie_break=("criterion:c0", "casting_vote"), casting_vote=("P1",))
    report = sensitivity_report(snap, method, rules)
    for result in (*report.categories.values(), report.overall):
        for inf in result.influence.values():
            assert inf.best_place is None or inf.best_place <= inf.worst_place
        for scope in snap.categories:
            w = agreement(snap, scope).kendall_w
            assert w is None or -1e-9 <= w <= 1 + 1e-9
    for p in snap.projects:
        e = explain(snap, p.code, method, rules)
        assert (e.place is None) == (e.unranked_reason is not None)
