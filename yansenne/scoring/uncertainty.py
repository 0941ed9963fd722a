"""How sure each place is: the ranking redone on panels drawn from the panel (spec/cli.md).

The jurors of the scope (those with a total on a ranked project) are drawn with
replacement, as many as there are, `draws` times from `numpy.random.default_rng(seed)`
(the edition year), so two runs print the same figures. A juror drawn twice counts
twice: their totals weigh double and count twice towards the quorum, as if the panel
had two such jurors. In each draw the method's competition `rank` is computed as the
ranking computes it (same figures, same exact ties; tie-break rules do not enter, the
spec asks for `rank`, not `place`).

The draws rank the projects the ranking ranked, no others (a project unranked by the
real panel does not enter a resampled one). A project that has no total in a draw, or
fewer than the quorum, is placed after every project ranked in that draw, all such
projects sharing that rank (ranked + 1): it would not have been placed at all, which
is worse than any place given; leaving it out of the draw instead would hide the risk.

Per project: `p_first`, the share of draws in which it is first, a tie for first
shared equally (so the shares sum to 1); `p_top3`, the share with rank <= 3;
`rank_low`, `rank_high`, the 5th and 95th percentiles of its ranks, nearest rank.

Places that cannot be told apart (`indistinct_places`): two projects at consecutive
places, the upper one within the first three, when the lower ranks strictly ahead of
the upper in at least a quarter of the draws (`INDISTINCT_SHARE`). A quarter is a
reversal often enough that a ceremony should not present the order as the panel's
clear verdict, and rarely enough that a bootstrap of a handful of jurors does not
flag every pair; the first three places are those prizes go to (and `p_top3`).

The draws are computed without a ranking per draw where the method allows it: mean,
trimmed mean and median are per-project figures, computed for all draws at once from
how many times each juror was drawn, in floats, and figures closer than
`ties.TOLERANCE` are then compared exactly (`Fraction`s of the exact totals), so the
ranks are those of the exact arithmetic (for the mean, the exact sums are whole
numbers that float64 holds exactly when small enough, and on a complete table, where
every draw gives each project the same number of totals, the sums alone order the
means). Z-scores and rank sums depend on the set ranked, so they are done at once for
the draws whose ranked set is the panel's (always with a quorum of 1) and one by one
otherwise; majority, Schulze and the adjusted mean run the method's own function on
each draw.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

import numpy as np

from yansenne.scoring import methods as m
from yansenne.scoring.model import Ranking, Rules, Uncertainty, canonical_method
from yansenne.scoring.notes import Note
from yansenne.scoring.snapshot import Snapshot
from yansenne.scoring.ties import TOLERANCE, competition_ranks_of
from yansenne.scoring.totals import Table

DRAWS = 2000
#: Largest scope whose draws are computed, per method, where each draw is a ranking of
#: its own that grows faster than the scope: Schulze's strongest paths take ~0.3 s a
#: draw for 300 projects (10 minutes for 2,000 draws). Callers showing a ranking to
#: people leave the uncertainty out beyond it (`affordable`).
LIMITS = {"schulze": 60}
#: Share of draws reversing two consecutive places above which they are indistinct.
INDISTINCT_SHARE = 0.25
#: Places whose neighbours are compared for `indistinct_places`.
PRIZE_PLACES = 3
#: Draws handled together by the trimmed mean and the median (bounds memory to ~ CHUNK * J
#: * n); the other vectorised methods take WIDE_CHUNK draws per matrix product: all 2,000
#: at once held ~150 MB of temporaries on 1,000 projects (the desk's Results page), 500
#: hold a quarter of that for the same speed.
CHUNK = 128
WIDE_CHUNK = 500

Resolver = Callable[[int, np.ndarray], list[Fraction]]


def draw_jurors(n_jurors: int, seed: int, draws: int = DRAWS) -> np.ndarray:
    """(draws, n_jurors) juror rows drawn with replacement, from default_rng(seed)."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, n_jurors, size=(draws, n_jurors)) if n_jurors else np.zeros(
        (draws, 0), dtype=np.int64)


def draw_ranks(table: Table, ranked: np.ndarray, method: str, rules: Rules,
               picks: np.ndarray) -> np.ndarray:
    """(draws, n) competition ranks of the `ranked` projects, one row per row of `picks`.

    `picks` holds juror rows of `table` (with repeats). A project below the quorum
    in a draw gets the rank after every project ranked in it.
    """
    method = canonical_method(method)
    totals = table.totals[:, ranked]
    exact = table.exact[:, ranked] if table.exact is not None else None
    draws, n = len(picks), len(ranked)
    if n == 0:
        return np.zeros((draws, 0), dtype=np.intp)
    weight = _weights(picks, totals.shape[0])
    present = ~np.isnan(totals)
    # every juror that can be drawn scored every ranked project: one count per draw
    complete = bool(present[weight.any(axis=0)].all())
    if complete:
        count = np.broadcast_to(weight.sum(axis=1, keepdims=True), (draws, n))  # a view
    else:  # small whole numbers: a float product is exact, and far faster than int64's
        count = np.rint(weight.astype(float) @ present.astype(float)).astype(np.int64)
    ok = count >= rules.quorum
    out = np.empty((draws, n), dtype=np.int32)  # half of intp's memory: ranks are small
    stable = ~np.any((count > 0) & ~ok, axis=1)  # the ranked set is the panel's
    done = np.zeros(draws, dtype=bool)
    prepared = _prepare(method, totals, exact, table.unit, complete)
    step = CHUNK if method in ("trimmed", "median") else WIDE_CHUNK
    for start in range(0, draws, step):
        rows = slice(start, min(start + step, draws))
        fast = _fast_ranks(method, totals, prepared, rules, weight[rows],
                           count[rows], ok[rows], stable[rows])
        if fast is not None:
            got, which = fast
            if which.all():
                out[rows] = got
                done[rows] = True
            else:
                at = np.arange(draws)[rows][which]
                out[at] = got[which]
                done[at] = True
    left = np.flatnonzero(~done)
    if left.size:  # a draw's ranks depend only on how often each juror was drawn
        kinds, first, again = np.unique(weight[left], axis=0, return_index=True,
                                        return_inverse=True)
        jurors = np.arange(weight.shape[1])
        got = np.stack([_one_draw(method, totals, exact, table.unit, rules,
                                  np.repeat(jurors, w), ok[left[i]])
                        for w, i in zip(kinds, first.tolist(), strict=True)])
        out[left] = got[again.ravel()]
    return out


def _weights(picks: np.ndarray, n_jurors: int) -> np.ndarray:
    """How many times each juror is drawn, per draw."""
    rows = np.repeat(np.arange(len(picks), dtype=np.int64), picks.shape[1])
    flat = np.bincount(rows * n_jurors + picks.ravel(), minlength=len(picks) * n_jurors)
    return flat.reshape(len(picks), n_jurors).astype(np.int64)


def _one_draw(method: str, totals: np.ndarray, exact: np.ndarray | None, unit: int,
              rules: Rules, pick: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """The ranks of one draw by the method's own function (as scoring.ranking.evaluate)."""
    t = totals[pick][:, ok]
    e = exact[pick][:, ok] if exact is not None else None
    _, key = m.figures(method, t, rules.trim, e, unit if e is not None else 1)
    ranks = np.full(len(ok), int(np.count_nonzero(ok)) + 1, dtype=np.intp)
    ranks[ok] = competition_ranks_of(key)
    return ranks


@dataclass(frozen=True)
class _Prepared:
    """What a draw's figures need from the table, computed once per `draw_ranks`
    rather than once per chunk of draws (the exact integers take a Python pass)."""

    ints: np.ndarray  # exact totals over `unit` as Python ints (object), 0 where none
    unit: int
    values: np.ndarray | None = None  # totals with 0 for missing (mean)
    small: np.ndarray | None = None  # `ints` as float64 when sums stay exact (mean)
    complete: bool = False  # every drawable juror has a total on every project


def _prepare(method: str, totals: np.ndarray, exact: np.ndarray | None,
             unit: int, complete: bool) -> _Prepared | None:
    if method not in ("mean", "trimmed"):
        return None
    ints, unit = _exact_ints(totals, exact, unit)
    if method == "trimmed":
        return _Prepared(ints, unit)
    return _Prepared(ints, unit, np.where(np.isnan(totals), 0.0, totals),
                     _small_ints(ints, totals.shape[0]), complete)


def _fast_ranks(method: str, totals: np.ndarray, prepared: _Prepared | None, rules: Rules,
                weight: np.ndarray, count: np.ndarray, ok: np.ndarray,
                stable: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(ranks, which rows they hold for) of a chunk of draws, or None for per-draw methods."""
    everyone = np.ones(len(weight), dtype=bool)
    if method == "mean" and prepared is not None and prepared.values is not None:
        drawn = weight.astype(float)
        resolve = _exact_means(weight, count, prepared.ints, prepared.unit)
        if prepared.small is not None:  # exact sums: compare the fractions at once
            sums = drawn @ prepared.small  # whole numbers below 2^53: exact floats
            if prepared.complete:  # one count per draw: the sums order the means
                return _ranks_whole(sums, ok), everyone
            with np.errstate(invalid="ignore", divide="ignore"):
                figure = sums / (count * float(prepared.unit))
            fractions = (np.rint(sums).astype(np.int64), count)
            return _ranks_resolved(figure, ok, resolve, fractions), everyone
        with np.errstate(invalid="ignore", divide="ignore"):
            figure = (drawn @ prepared.values) / count
        return _ranks_resolved(figure, ok, resolve), everyone
    if method in ("trimmed", "median"):
        figure, kept = _sorted_figures(method, totals, rules.trim, weight, count)
        if method == "median" or prepared is None:
            return _ranks_equal(figure, ok), everyone
        resolve = _exact_trimmed(kept, count, prepared.ints, prepared.unit, rules.trim)
        return _ranks_resolved(figure, ok, resolve), everyone
    if method == "zscore":
        z = _zrows(totals)
        told = ~np.isnan(z)
        with np.errstate(invalid="ignore", divide="ignore"):
            figure = (weight @ np.where(told, z, 0.0)) / (weight @ told.astype(np.int64))
        figure = np.where(np.isnan(figure), 0.0, figure)
        return _ranks_tolerant(figure, ok), stable
    if method == "ranksum":
        share, twice, n_j = _juror_ranks(totals)
        with np.errstate(invalid="ignore", divide="ignore"):
            figure = -(weight @ share) / count
        resolve = _exact_rank_sums(weight, count, twice, n_j)
        return _ranks_resolved(figure, ok, resolve), stable
    return None


def _sorted_figures(method: str, totals: np.ndarray, trim: int, weight: np.ndarray,
                    count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Trimmed means or lower medians of weighted totals, and how often each total is kept.

    Each project's totals are sorted once; a draw repeats each juror's total as often
    as the juror was drawn, so the kept positions of the repeated, sorted list are
    read off the cumulative weights.
    """
    order = np.argsort(totals, axis=0, kind="stable")  # NaN last
    sorted_totals = np.take_along_axis(totals, order, axis=0)  # (J, n)
    w = weight[:, order]  # (D, J, n): weights in each project's sorted order
    w = np.where(np.isnan(sorted_totals)[np.newaxis], 0, w)
    upto = np.cumsum(w, axis=1)
    before = upto - w
    if method == "median":
        middle = np.maximum((count - 1) // 2, 0)[:, np.newaxis, :]
        hit = (before <= middle) & (middle < upto)
        figure = np.nansum(np.where(hit, sorted_totals[np.newaxis], 0.0), axis=1)
        return np.where(count > 0, figure, np.nan), hit
    k = m.trim_of(count, trim)
    low, high = k[:, np.newaxis, :], (count - k)[:, np.newaxis, :]
    kept = np.clip(upto, low, high) - np.clip(before, low, high)
    total = np.sum(kept * np.where(np.isnan(sorted_totals), 0.0, sorted_totals)[np.newaxis],
                   axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        figure = total / (count - 2 * k)
    unsorted = np.empty_like(kept)
    np.put_along_axis(unsorted, np.broadcast_to(order, kept.shape), kept, axis=1)
    return figure, unsorted


def _zrows(totals: np.ndarray) -> np.ndarray:
    """Each juror's z-scores over the ranked projects (methods.zscores); NaN = not counted."""
    dev, sd, informative = m._spreads(totals)
    sd = np.where(informative, np.maximum(sd, m.SPREAD_FLOOR), 1.0)
    return np.where(informative[:, np.newaxis], dev / sd[:, np.newaxis], np.nan)


def _juror_ranks(totals: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each juror's ranks as (r - 1/2) / n_j (0 where no total), 2r, and n_j.

    The rank sum orders projects as the mean of these shares over their rankers
    (methods.rank_sums: the set's size and the number of rankers scale every
    project alike), which holds in a draw whose ranked set is the panel's.
    """
    ranks = m.average_ranks(totals)
    n_j = m.counts(totals, axis=1)
    present = ~np.isnan(totals)
    twice = np.where(present, np.rint(2 * np.nan_to_num(ranks)), 0).astype(np.int64)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(present, (twice - 1) / (2.0 * np.maximum(n_j, 1))[:, np.newaxis], 0.0)
    return share, twice, n_j


def _exact_means(weight: np.ndarray, count: np.ndarray, ints: np.ndarray,
                 unit: int) -> Resolver:
    def resolve(d: int, cols: np.ndarray) -> list[Fraction]:
        w = weight[d].tolist()
        return [Fraction(sum(a * b for a, b in zip(w, ints[:, p].tolist(), strict=True)),
                         int(count[d, p]) * unit) for p in cols.tolist()]
    return resolve


def _exact_trimmed(kept: np.ndarray, count: np.ndarray, ints: np.ndarray, unit: int,
                   trim: int) -> Resolver:
    def resolve(d: int, cols: np.ndarray) -> list[Fraction]:
        out = []
        for p in cols.tolist():
            n = int(count[d, p])
            k = int(m.trim_of(n, trim))
            s = sum(int(a) * b for a, b in zip(kept[d, :, p].tolist(), ints[:, p].tolist(),
                                                strict=True))
            out.append(Fraction(s, (n - 2 * k) * unit))
        return out
    return resolve


def _exact_rank_sums(weight: np.ndarray, count: np.ndarray, twice: np.ndarray,
                     n_j: np.ndarray) -> Resolver:
    def resolve(d: int, cols: np.ndarray) -> list[Fraction]:
        w = weight[d]
        jurors = np.flatnonzero((w > 0) & (n_j > 0)).tolist()
        return [-sum((Fraction(int(w[j]) * (int(twice[j, p]) - 1), 2 * int(n_j[j]))
                      for j in jurors if twice[j, p] > 0), Fraction(0)) / int(count[d, p])
                for p in cols.tolist()]
    return resolve


def _small_ints(ints: np.ndarray, n_jurors: int) -> np.ndarray | None:
    """The exact totals as float64 when every sum over a drawn panel is an integer
    below 2^53 (so float sums are exact) and such a sum times a count fits int64
    (|total| * jurors^2 < 2^62); None otherwise."""
    try:
        small = np.asarray(ints).astype(np.int64)
    except OverflowError:
        return None
    largest = int(np.abs(small).max(initial=0))
    jurors = max(n_jurors, 1)
    if largest * jurors >= 2**53 or largest * jurors**2 >= 2**62:
        return None
    return small.astype(float)


def _exact_ints(totals: np.ndarray, exact: np.ndarray | None,
                unit: int) -> tuple[np.ndarray, int]:
    """Exact totals as Python ints over `unit` (0 where no total)."""
    if exact is None:
        return m.exact_of_floats(totals)
    return np.where(np.isnan(totals), 0, exact), unit


def _sorted_desc(figure: np.ndarray, ok: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Order of each row by figure, best first, projects below the quorum last."""
    v = np.where(ok, figure, -np.inf)
    # not a stable sort: ranks depend on groups of equals only (thrice as fast)
    order = np.argsort(-v, axis=1)
    return order, np.take_along_axis(v, order, axis=1)


def _ranks_from_groups(order: np.ndarray, new: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Competition ranks given, in sorted order, where a new group of equals starts."""
    draws, n = order.shape
    starts = np.where(new, np.arange(1, n + 1, dtype=np.intp), 0)  # 1-based group starts
    np.maximum.accumulate(starts, axis=1, out=starts)
    ranks = np.empty(draws * n, dtype=np.intp)  # one flat scatter, not put_along_axis
    ranks[(order + (np.arange(draws, dtype=np.intp) * n)[:, np.newaxis]).ravel()] = \
        starts.ravel()
    ranks = ranks.reshape(draws, n)
    if ok.all():
        return ranks
    return np.where(ok, ranks, ok.sum(axis=1, keepdims=True) + 1)


def _group_starts(s: np.ndarray, ok_sorted: np.ndarray, differs: np.ndarray) -> np.ndarray:
    new = np.ones(s.shape, dtype=bool)
    new[:, 1:] = differs | (ok_sorted[:, 1:] != ok_sorted[:, :-1])
    return new


def _ranks_equal(figure: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Ranks of figures that are equal exactly when their values are (medians)."""
    order, s = _sorted_desc(figure, ok)
    oks = np.take_along_axis(ok, order, axis=1)
    return _ranks_from_groups(order, _group_starts(s, oks, s[:, 1:] != s[:, :-1]), ok)


def _ranks_whole(sums: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """`_ranks_equal` of whole numbers (exact in float64), every project ranked: each
    row sorted once as int64 keys holding the value above the column, which numpy
    sorts about twice as fast as an argsort of the floats."""
    draws, n = sums.shape
    shift = max(int(n - 1).bit_length(), 1)
    top = float(sums.max(initial=0.0))
    span = top - float(sums.min(initial=0.0))
    if not ok.all() or span >= 2.0 ** min(62 - shift, 53):
        return _ranks_equal(sums, ok)
    kind = np.int32 if span < 2.0 ** (31 - shift) else np.int64  # half the bytes to sort
    keys = ((top - sums).astype(kind) << shift) | np.arange(n, dtype=kind)
    keys.sort(axis=1)
    order = (keys & ((1 << shift) - 1)).astype(np.intp)
    below = keys >> shift
    new = np.ones((draws, n), dtype=bool)
    new[:, 1:] = below[:, 1:] != below[:, :-1]
    return _ranks_from_groups(order, new, ok)


def _close(s: np.ndarray) -> np.ndarray:
    """Neighbours of a sorted row within ties.TOLERANCE (relative, at least absolute)."""
    size = np.abs(s)
    with np.errstate(invalid="ignore"):
        scale = np.maximum(np.maximum(size[:, :-1], size[:, 1:]), 1.0)
        return (s[:, :-1] - s[:, 1:]) <= TOLERANCE * scale


def _ranks_tolerant(figure: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """Ranks of figures equal within ties.TOLERANCE, chained (ties.tolerant_key)."""
    order, s = _sorted_desc(figure, ok)
    oks = np.take_along_axis(ok, order, axis=1)
    return _ranks_from_groups(order, _group_starts(s, oks, ~_close(s)), ok)


def _ranks_resolved(figure: np.ndarray, ok: np.ndarray, resolve: Resolver,
                    fractions: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """Ranks of exact figures read from floats: neighbours closer than the floats'
    error are compared exactly (`resolve` gives their exact values, higher better).

    `fractions`: the figures as int64 numerators and denominators, when they fit; close
    neighbours are then compared by cross-multiplying, and `resolve` is left for the
    rows where the floats put two of them in the wrong order.
    """
    order, s = _sorted_desc(figure, ok)
    oks = np.take_along_axis(ok, order, axis=1)
    both = oks[:, 1:] & oks[:, :-1]
    if fractions is not None:  # equal fractions are equal floats, hence close ones
        num, den = (np.take_along_axis(a, order, axis=1) for a in fractions)
        cross = num[:, :-1] * den[:, 1:] - num[:, 1:] * den[:, :-1]
        ranks = _ranks_from_groups(order, _group_starts(s, oks, ~(both & (cross == 0))), ok)
        again = np.flatnonzero((both & (cross < 0)).any(axis=1))
        close = np.zeros(both.shape, dtype=bool)
        if again.size:  # only these rows are resolved below
            close[again] = _close(s[again]) & both[again]
    else:
        close = _close(s) & both
        ranks = _ranks_from_groups(order, _group_starts(s, oks, ~close), ok)
        again = np.flatnonzero(close.any(axis=1))
    for d in again.tolist():
        i = 0
        row = close[d]
        while i < len(row):
            if not row[i]:
                i += 1
                continue
            j = i
            while j < len(row) and row[j]:
                j += 1
            members = order[d, i:j + 1]
            values = resolve(d, members)
            for p, v in zip(members.tolist(), values, strict=True):
                ranks[d, p] = i + 1 + sum(1 for u in values if u > v)
            i = j + 1
    return ranks


def summarise(ranks: np.ndarray) -> list[Uncertainty]:
    """The spec's four figures per project, from (draws, n) competition ranks."""
    draws, n = ranks.shape
    if draws == 0:
        return []
    first = ranks == 1
    # each draw's first place shared among its tied projects: a matrix-vector product,
    # not a (draws, n) float matrix
    p_first = (first.T @ (1.0 / np.maximum(first.sum(axis=1), 1))) / draws
    p_top3 = (ranks <= 3).mean(axis=0)
    at = [max(int(np.ceil(q * draws)) - 1, 0) for q in (0.05, 0.95)]
    s = np.partition(np.ascontiguousarray(ranks.T), at, axis=1)  # two order statistics
    low, high = s[:, at[0]], s[:, at[1]]
    return [Uncertainty(float(a), float(b), int(c), int(d))
            for a, b, c, d in zip(p_first.tolist(), p_top3.tolist(), low.tolist(),
                                  high.tolist(), strict=True)]


def indistinct(ranking: Ranking, codes: list[str], ranks: np.ndarray) -> list[Note]:
    """`indistinct_places` notes for consecutive places the draws do not separate."""
    column = {code: i for i, code in enumerate(codes)}
    notes = []
    standings = ranking.standings
    for upper, lower in zip(standings, standings[1:], strict=False):
        if upper.place > PRIZE_PLACES or upper.place == lower.place:
            continue
        a, b = ranks[:, column[upper.project]], ranks[:, column[lower.project]]
        behind = float(np.mean(b < a))
        if behind >= INDISTINCT_SHARE:
            notes.append(Note.of("indistinct_places", upper=upper.project, lower=lower.project,
                                 ahead=_percent(float(np.mean(a < b))), behind=_percent(behind)))
    return notes


def _percent(share: float) -> int:
    return int(round(100 * share))


def affordable(method: str, n_projects: int) -> bool:
    """Whether the draws of a ranking this size take seconds rather than minutes."""
    return n_projects <= LIMITS.get(canonical_method(method), n_projects)


def attach(snapshot: Snapshot, ranking: Ranking, rules: Rules, seed: int,
           draws: int = DRAWS) -> Ranking:
    """The ranking with each standing's `uncertainty` and the `indistinct_places` notes;
    beyond `affordable`, the ranking as it is with a note saying the figures were left out."""
    if not ranking.standings or draws <= 0:
        return ranking
    if not affordable(ranking.method, len(ranking.standings)):
        note = Note.of("uncertainty_left_out", projects=len(ranking.standings),
                       limit=LIMITS[canonical_method(ranking.method)])
        return replace(ranking, notes=(*ranking.notes, note))
    table = snapshot.table
    codes = [s.project for s in ranking.standings]
    ranked = table.project_index(codes)
    panel = np.flatnonzero((~np.isnan(table.totals[:, ranked])).any(axis=1))
    picks = panel[draw_jurors(len(panel), seed, draws)]
    ranks = draw_ranks(table, ranked, ranking.method, rules, picks)
    figures = summarise(ranks)
    standings = tuple(s.with_uncertainty(u)
                      for s, u in zip(ranking.standings, figures, strict=True))
    notes = indistinct(ranking, codes, ranks)
    return replace(ranking, standings=standings, notes=(*ranking.notes, *notes))

