"""The aggregation methods, as array functions over one set of projects.

Every function takes a juror x project matrix (NaN = no total) for the set being
ranked and returns one figure per project; the ranking layer adds quorum, ranks
and places. Sums run over sorted values so that reordering jurors or projects
cannot move a figure by a rounding error.

Rules for missing totals (recusals, unscored projects), per method:

- mean, median, trimmed, majority: over the totals the project has; nothing is
  imputed. Trimmed sets aside K highest and K lowest totals; a project with
  fewer than 2K+1 totals (a recusal) sets aside k = min(K, (n-1)//2) at each end
  instead, so that at least one total is averaged: it stays ranked rather than
  dropping out, and the ranking says so (`trimmed_less`). Its figure is then
  less protected from one extreme juror than the others'; that is the price of
  not punishing a project for a recusal it did not choose.
- zscore: each juror's totals are standardised (population SD) over the projects
  of the set that juror scored; a project's figure is the mean of its z-scores.
  The SD is floored at SPREAD_FLOOR points of the 0-100 total: a juror whose
  totals barely vary (all within half a point, say) would otherwise turn a
  0.45-point preference into z = 3 and outweigh every juror who used the scale;
  with the floor, differences smaller than a few points count as what they are
  (`spread_floored` names the jurors). A juror whose totals in the set have zero
  variance (or who scored one project) expresses no preference: left out of the
  average (its totals still count in `n_jurors` and the quorum, as for every
  method). A project scored only by such jurors gets 0, the panel average.
- ranksum: each juror ranks the projects they scored (1 = best, ties share the
  average rank), stretched to the set's size, `(r - 1/2) n / n_j + 1/2`, so a
  juror who scored fewer projects does not hand out only good ranks. A project's
  figure is the mean of its ranks times the number of jurors ranking anything in
  the set: with complete data exactly the rank sum; a recusal neither helps nor
  hurts. Lower is better.
- schulze: a juror prefers a to b only if they have a total on both. Strongest
  paths with winning votes (a defeat's strength is the number of jurors
  preferring the winner; equal counts are no defeat); a beats b iff
  p[a,b] > p[b,a] (Schulze 2011). Places peel winner sets: the projects no other
  beats share the first place; they are removed, the paths recomputed among the
  rest only, and so on. The figure is the number of projects placed below it
  (in a strict Schulze order, the number it beats), so that equal figures are
  exactly the projects of one winner set.
- adjusted: least squares over the totals given (adjusted.py), each total a
  project value plus a juror offset; a missing total is simply not in the fit.
  Offsets sum to zero within each set of jurors and projects linked by shared
  marks; with every juror scoring every project the figure is the mean.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache

import numpy as np

from yansenne.scoring.adjusted import adjusted_values
from yansenne.scoring.ties import exact_key, tolerant_key

#: Per-criterion figures of methods with no per-criterion meaning use the mean.
CRITERION_METHOD = {
    "mean": "mean",
    "median": "median",
    "trimmed": "trimmed",
    "majority": "median",  # the majority grade of each criterion = its lower median
    "zscore": "mean",  # z-scores have no criterion scale
    "ranksum": "mean",  # ranks of one criterion are not on its scale
    "schulze": "mean",  # neither are path strengths
    # A leniency shows on every criterion, and the fit is linear: with the same
    # totals given, the weighted criterion values make up the adjusted total as
    # criterion means make up the mean, on each criterion's scale.
    "adjusted": "adjusted",
}

HIGHER_IS_BETTER = {m: m != "ranksum" for m in CRITERION_METHOD}


def counts(values: np.ndarray, axis: int = 0) -> np.ndarray:
    """How many values are present (not NaN) along an axis."""
    return np.count_nonzero(~np.isnan(values), axis=axis)


def ordered_sum(values: np.ndarray, axis: int = 0) -> np.ndarray:
    """NaN-skipping sum over sorted values: independent of the input order."""
    return np.nansum(np.sort(values, axis=axis), axis=axis)


def mean(values: np.ndarray) -> np.ndarray:
    """Mean over axis 0 (jurors); NaN where nothing is present."""
    n = counts(values)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, ordered_sum(values) / n, np.nan)


def lower_median(values: np.ndarray) -> np.ndarray:
    """Median over axis 0, the lower middle value when the count is even."""
    n = counts(values)
    s = np.sort(values, axis=0)  # NaN last
    idx = np.maximum((n - 1) // 2, 0)
    picked = np.take_along_axis(s, idx[np.newaxis, ...], axis=0)[0]
    return np.where(n > 0, picked, np.nan)


def trim_of(n: np.ndarray | int, k: int) -> np.ndarray:
    """Values set aside at each end of n values: K, or fewer so that one stays."""
    return np.minimum(k, np.maximum((np.asarray(n) - 1) // 2, 0))


def trimmed_mean(values: np.ndarray, k: int) -> np.ndarray:
    """Mean after dropping the k highest and k lowest values (`trim_of`); NaN if none."""
    n = counts(values)
    kk = trim_of(n, k)
    s = np.sort(values, axis=0)
    pos = np.arange(s.shape[0]).reshape((-1,) + (1,) * (s.ndim - 1))
    keep = (pos >= kk) & (pos < n - kk)
    total = np.sum(np.where(keep, s, 0.0), axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, total / (n - 2 * kk), np.nan)


@lru_cache(maxsize=256)
def majority_order(n: int) -> tuple[int, ...]:
    """Positions in the sorted grades, in the order majority judgment removes them."""
    left = list(range(n))
    order = []
    while left:
        order.append(left.pop((len(left) - 1) // 2))
    return tuple(order)


def majority_sequence(grades: Sequence[float]) -> tuple[float, ...]:
    """Majority value (Balinski-Laraki): lower-middle grades, removed one by one."""
    s = sorted(grades)
    return tuple(s[i] for i in majority_order(len(s)))


def majority_values(values: np.ndarray) -> np.ndarray:
    """Majority values of each column of a juror x project matrix, as rows.

    Shorter sequences (fewer grades) are padded with -inf: when one majority
    value is a prefix of another, the longer one ranks higher, which keeps the
    order total (Python's tuple order).
    """
    m, n = values.shape
    n_present = counts(values)
    s = np.sort(values, axis=0)
    out = np.full((n, max(m, 1)), -np.inf)
    for size in np.unique(n_present):
        if size == 0:
            continue
        cols = np.flatnonzero(n_present == size)
        out[np.ix_(cols, np.arange(size))] = s[np.array(majority_order(int(size)))][:, cols].T
    return out


#: Smallest spread (population SD, points of the 0-100 total) a z-score divides by:
#: one half-step of a 0-10 criterion. The demo edition's jurors spread by 5 to 14
#: points, so a juror who used the scale keeps (about) their own SD, while one whose
#: totals stay within a point no longer turns that point into several SDs.
SPREAD_FLOOR = 5.0


def _spreads(totals: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per juror: deviations from their mean, SD, and whether they say anything."""
    n_j = counts(totals, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        centre = ordered_sum(totals, axis=1) / n_j
        dev = totals - centre[:, np.newaxis]
        sd = np.sqrt(ordered_sum(dev * dev, axis=1) / n_j)
    informative = (n_j > 1) & (sd > 1e-9)
    return dev, sd, informative


def floored_jurors(totals: np.ndarray) -> np.ndarray:
    """Rows of the jurors whose spread `zscores` raised to SPREAD_FLOOR."""
    _, sd, informative = _spreads(totals)
    return np.flatnonzero(informative & (sd < SPREAD_FLOOR))


def zscores(totals: np.ndarray) -> np.ndarray:
    """Mean of each project's z-scores (module docstring: spread floor, zero variance)."""
    dev, sd, informative = _spreads(totals)
    sd = np.where(informative, np.maximum(sd, SPREAD_FLOOR), 1.0)
    z = np.where(informative[:, np.newaxis], dev / sd[:, np.newaxis], np.nan)
    n = counts(z)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, ordered_sum(z) / n, 0.0)


def average_ranks(values: np.ndarray) -> np.ndarray:
    """Rank each row's values, 1 = highest; ties share their average rank; NaN stays."""
    missing = np.isnan(values)
    v = np.where(missing, -np.inf, values)
    order = np.argsort(-v, axis=1, kind="stable")
    s = np.take_along_axis(v, order, axis=1)
    start, end = _tie_bounds(s)
    ranks = np.empty(values.shape)
    np.put_along_axis(ranks, order, (start + end) / 2.0 + 1.0, axis=1)
    ranks[missing] = np.nan
    return ranks


def _tie_bounds(s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last position of the tie group of each entry of row-sorted s."""
    n = s.shape[1]
    pos = np.broadcast_to(np.arange(n), s.shape)
    differs = s[:, 1:] != s[:, :-1]
    first = np.ones(s.shape, dtype=bool)
    first[:, 1:] = differs
    last = np.ones(s.shape, dtype=bool)
    last[:, :-1] = differs
    start = np.maximum.accumulate(np.where(first, pos, 0), axis=1)
    end = np.minimum.accumulate(np.where(last, pos, n)[:, ::-1], axis=1)[:, ::-1]
    return start, end


def tie_correction(values: np.ndarray) -> np.ndarray:
    """Per row, sum of t^3 - t over groups of t equal values (complete rows)."""
    s = np.sort(values, axis=1)
    start, end = _tie_bounds(s)
    size = (end - start + 1).astype(float)
    first = np.ones(s.shape, dtype=bool)
    first[:, 1:] = s[:, 1:] != s[:, :-1]
    return np.sum(np.where(first, size**3 - size, 0.0), axis=1)


def rank_sums(totals: np.ndarray) -> np.ndarray:
    """Rank sum (Borda, Quandt's votes against); lower is better."""
    m, n = totals.shape
    ranks = average_ranks(totals)
    n_j = counts(totals, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        scaled = (ranks - 0.5) * (n / n_j)[:, np.newaxis] + 0.5
    rankers = counts(totals)
    jurors = int(np.count_nonzero(n_j))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(rankers > 0, ordered_sum(scaled) * (jurors / rankers), np.nan)


def pairwise_preferences(totals: np.ndarray) -> np.ndarray:
    """d[a, b]: how many jurors gave a a higher total than b (both scored)."""
    m, n = totals.shape
    d = np.zeros((n, n), dtype=np.int32)
    for row in totals:
        d += row[:, np.newaxis] > row[np.newaxis, :]
    return d


def strongest_paths(d: np.ndarray) -> np.ndarray:
    """Schulze path strengths, winning votes, by a vectorised Floyd-Warshall.

    Works on a stack of matrices (..., n, n) too. O(n^3) but one numpy pass per
    intermediate project: 200 projects take about 1 ms, 1000 about 0.1 s.
    """
    dtype = np.uint8 if d.size == 0 or d.max() < 256 else np.int32
    p = np.where(d > np.swapaxes(d, -1, -2), d, 0).astype(dtype)
    n = p.shape[-1]
    buf = np.empty_like(p)
    for k in range(n):
        np.minimum(p[..., :, k, np.newaxis], p[..., np.newaxis, k, :], out=buf)
        np.maximum(p, buf, out=p)
    return p


def schulze_winners(p: np.ndarray) -> np.ndarray:
    """Mask of the projects no other beats, from their strongest paths p."""
    return ~np.any(p.T > p, axis=1)


def _components(p: np.ndarray) -> list[np.ndarray]:
    """Strongly connected sets of the defeat graph, from its path strengths.

    a and b are linked both ways iff p[a,b] > 0 and p[b,a] > 0; a path between two
    projects of one set never leaves it, so its strengths need that set only.
    """
    both = (p > 0) & (p.T > 0)
    np.fill_diagonal(both, True)
    seen = np.zeros(len(p), dtype=bool)
    out = []
    for v in range(len(p)):
        if not seen[v]:
            members = np.flatnonzero(both[v])
            seen[members] = True
            out.append(members)
    return out


def _paths_without(p: np.ndarray, keep: np.ndarray) -> np.ndarray | None:
    """p among the kept projects when no strongest path needs a removed one, else None.

    A path through a removed w is no stronger than min(p[a,w], p[w,b]); when that is
    below p[a,b] for every w, a strongest path from a to b avoids the removed ones.
    """
    if np.count_nonzero(~keep) > 8 or len(p) > PEEL_FROM:
        return None  # many removed, or a large set: `_PeelPaths` resumes for less
    kept = p[np.ix_(keep, keep)].astype(np.int32)
    out, back = p[np.ix_(keep, ~keep)], p[np.ix_(~keep, keep)]
    through = np.max(np.minimum(out[:, np.newaxis, :], back.T[np.newaxis, :, :]), axis=2)
    need = (through >= kept) & (kept > 0)
    np.fill_diagonal(need, False)
    return None if need.any() else p[np.ix_(keep, keep)]


#: How often `_PeelPaths` keeps the Floyd-Warshall state (every this many projects).
CHECKPOINT_EVERY = 32
#: From this size a set's strongest paths after a peel are always `_PeelPaths`'.
PEEL_FROM = 64


class _PeelPaths:
    """The strongest paths of one set of projects as they are peeled off, winners first.

    Floyd-Warshall's state after the intermediates `order[:k]` holds the strongest
    paths through those projects only. The projects expected to be peeled first (most
    path wins now) are taken last, and the state is kept every `CHECKPOINT_EVERY`
    projects. Once projects are removed, the last state kept before the first removed
    one in that order is resumed over the projects left after it: when the peeling
    goes as expected, a few dozen steps instead of a new O(n^3) pass.
    """

    def __init__(self, d: np.ndarray, members: np.ndarray, expected_wins: np.ndarray):
        self.members = members
        self.order = np.argsort(expected_wins, kind="stable")  # first peeled: last
        sub = d[np.ix_(members[self.order], members[self.order])]
        dtype = np.uint8 if sub.size == 0 or sub.max() < 256 else np.int32
        p = np.where(sub > sub.T, sub, 0).astype(dtype)
        self.position = np.empty(len(members), dtype=np.intp)
        self.position[self.order] = np.arange(len(members))
        self.kept: list[np.ndarray] = []
        buf = np.empty_like(p)
        for k in range(len(members)):
            if k % CHECKPOINT_EVERY == 0:
                self.kept.append(p.copy())
            np.minimum(p[:, k, np.newaxis], p[np.newaxis, k, :], out=buf)
            np.maximum(p, buf, out=p)
        self.full = p

    def paths(self, alive: np.ndarray, rest: np.ndarray) -> np.ndarray | None:
        """Strongest paths among `rest` (global ids, in `members`' order, a set of the
        projects left) with only the projects left as intermediates; None when `rest`
        is not among `members`."""
        index = np.minimum(np.searchsorted(self.members, rest), len(self.members) - 1)
        if not np.array_equal(self.members[index], rest):
            return None
        left = alive[self.members][self.order]  # in Floyd-Warshall's order
        dead = np.flatnonzero(~left)
        first_dead = int(dead[0]) if dead.size else len(left)
        block = min(first_dead // CHECKPOINT_EVERY, len(self.kept) - 1)
        start = block * CHECKPOINT_EVERY
        kept = np.flatnonzero(left)
        state = self.kept[block][np.ix_(kept, kept)]
        buf = np.empty_like(state)
        for k in np.flatnonzero(kept >= start).tolist():
            np.minimum(state[:, k, np.newaxis], state[np.newaxis, k, :], out=buf)
            np.maximum(state, buf, out=state)
        at = np.searchsorted(kept, self.position[index])
        return state[np.ix_(at, at)]


def _path_wins(paths: np.ndarray) -> np.ndarray:
    """How many projects each beats by a path: the order peeling is expected to take."""
    return np.count_nonzero(paths > paths.T, axis=1)


def schulze_levels(d: np.ndarray) -> np.ndarray:
    """Winner set of each project (0 = the Schulze winners) when peeling winner sets.

    The winners of the projects left are the winners of the sets nothing left
    defeats (by a path), each set judged on its own; removing winners splits their
    set and leaves every other set's paths as they were. So the strongest paths
    are recomputed for the set that lost its winners only, not for all left.
    """
    n = d.shape[0]
    level = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return level
    link = d > d.T  # a defeats b
    group = np.full(n, -1, dtype=np.int64)  # current set of each project left
    sets: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # sets of 2+: (members, paths)
    made = 0

    def split(members: np.ndarray, paths: np.ndarray) -> None:
        nonlocal made
        for part in _components(paths):
            group[members[part]] = made
            if part.size > 1:
                sets[made] = (members[part], paths[np.ix_(part, part)])
            made += 1

    split(np.arange(n), strongest_paths(d))
    # defeats coming into each project from other sets
    into = np.count_nonzero(link & (group[:, None] != group[None, :]), axis=0)
    alive = np.ones(n, dtype=bool)
    peels: list[_PeelPaths] = []  # the sets being peeled, with their kept paths
    step = 0
    while alive.any():
        g = group[alive]
        size = np.bincount(g, minlength=made)
        free = (size > 0) & (np.bincount(g, weights=into[alive], minlength=made) == 0)
        at = np.maximum(group, 0)
        won = alive & free[at] & (size[at] == 1)  # sets of one are their own winner
        rests = []
        for k in np.flatnonzero(free & (size > 1)).tolist():
            members, paths = sets.pop(k)
            beaten = ~schulze_winners(paths)
            won[members[~beaten]] = True
            rests.append((members[beaten], _paths_without(paths, beaten), paths, beaten))
        level[won] = step
        alive &= ~won
        group[won] = -1
        into -= np.count_nonzero(link[won], axis=0)
        for rest, kept, before, beaten in rests:  # a set nothing else defeats: its own
            if kept is None:
                kept = next((found for peel in peels
                             if (found := peel.paths(alive, rest)) is not None), None)
            if kept is None:  # expected to go first: who wins most by the paths before
                peels = [p for p in peels if alive[p.members].any()]
                peels.append(_PeelPaths(d, rest, _path_wins(before[np.ix_(beaten, beaten)])))
                kept = peels[-1].full[np.ix_(peels[-1].position, peels[-1].position)]
                if len(peels) > 2:  # the kept states are n^3 / 48 bytes each
                    peels.pop(0)
            split(rest, kept)
            sub = link[np.ix_(rest, rest)] & (group[rest][:, None] != group[rest][None, :])
            into[rest] = np.count_nonzero(sub, axis=0)
        step += 1
    return level


def schulze_wins(totals: np.ndarray, prefs: np.ndarray | None = None) -> np.ndarray:
    """Schulze figure: how many projects are placed below each, by winner sets."""
    d = pairwise_preferences(totals) if prefs is None else prefs
    level = schulze_levels(d)
    below = np.bincount(level, minlength=int(level.max(initial=-1)) + 1)
    after = below[::-1].cumsum()[::-1] - below  # projects in later winner sets
    return after[level].astype(float)


def figures(
    method: str, totals: np.ndarray, trim: int = 1, exact: np.ndarray | None = None,
    unit: int = 1,
) -> tuple[np.ndarray, np.ndarray]:
    """(figure per project, ordering key rows where higher is better).

    `exact` holds the same totals as Python ints over `unit` (totals.exact_totals;
    read from the floats when None). Mean, trimmed and ranksum figures are
    computed exactly from them and compared exactly (ties.exact_key), their floats
    derived from the exact values; median, majority and schulze compare totals
    themselves, floats that are equal exactly when the exact totals are; zscore
    and adjusted figures are equal within ties.TOLERANCE.
    """
    if method in ("mean", "trimmed", "ranksum"):
        if exact is None:
            exact, unit = exact_of_floats(totals)
        if method == "mean":
            exact_figure = exact_means(totals, exact, unit)
        elif method == "trimmed":
            exact_figure = exact_trimmed_means(totals, exact, unit, trim)
        else:
            exact_figure = exact_rank_sums(totals)
        score = np.array([np.nan if f is None else float(f) for f in exact_figure])
        sign = -1 if method == "ranksum" else 1
        key = exact_key([None if f is None else sign * f for f in exact_figure])
        return score, key[:, np.newaxis]
    if method == "median":
        score = lower_median(totals)
    elif method in ("zscore", "adjusted"):
        score = zscores(totals) if method == "zscore" else adjusted_values(totals)
        return score, tolerant_key(score)[:, np.newaxis]
    elif method == "majority":
        key = majority_values(totals)
        return key[:, 0].copy(), key
    elif method == "schulze":
        score = schulze_wins(totals)
    else:
        raise ValueError(f"unknown method {method!r}")
    return score, score[:, np.newaxis]


def criterion_figures(method: str, marks: np.ndarray, trim: int = 1) -> np.ndarray:
    """Per-criterion figures (n, C) from marks (m, n, C), on each criterion's scale."""
    how = CRITERION_METHOD[method]
    if how == "median":
        return lower_median(marks)
    if how == "trimmed":
        return trimmed_mean(marks, trim)
    if how == "adjusted":
        if marks.shape[-1] == 0:
            return mean(marks)
        return np.stack([adjusted_values(marks[..., c]) for c in range(marks.shape[-1])],
                        axis=-1)
    return mean(marks)


def exact_of_floats(totals: np.ndarray) -> tuple[np.ndarray, int]:
    """Float totals as Python ints over a common denominator, each float's exact value."""
    present = ~np.isnan(totals)
    values = [Fraction(x) for x in totals[present].tolist()]
    unit = math.lcm(1, *(f.denominator for f in values))
    exact = np.zeros(totals.shape, dtype=object)
    exact[present] = [int(f * unit) for f in values]
    return exact, unit


def _present_columns(totals: np.ndarray, exact: np.ndarray) -> list[list[int]]:
    """Per project, its exact totals."""
    present = ~np.isnan(totals)
    return [exact[present[:, p], p].tolist() for p in range(totals.shape[1])]


def exact_means(totals: np.ndarray, exact: np.ndarray, unit: int) -> list[Fraction | None]:
    """The mean of each project's totals, exactly; None where it has none."""
    return [Fraction(sum(c), len(c) * unit) if c else None
            for c in _present_columns(totals, exact)]


def exact_trimmed_means(
    totals: np.ndarray, exact: np.ndarray, unit: int, k: int
) -> list[Fraction | None]:
    """`trimmed_mean`, exactly (k trimmed less below 2k+1 totals); None without totals."""
    out: list[Fraction | None] = []
    for c in _present_columns(totals, exact):
        s = sorted(c)
        n = len(s)
        t = min(k, (n - 1) // 2)
        out.append(Fraction(sum(s[t:n - t]), (n - 2 * t) * unit) if n else None)
    return out


def exact_rank_sums(totals: np.ndarray) -> list[Fraction | None]:
    """`rank_sums`, exactly: the juror ranks are half-integers, the stretch rational."""
    m, n = totals.shape
    present = ~np.isnan(totals)
    n_j = counts(totals, axis=1)
    if not present.any():
        return [None] * n
    twice = np.where(present, np.rint(2 * average_ranks(totals)), 0).astype(np.int64)
    den = 2 * math.lcm(*n_j[n_j > 0].tolist())  # (r - 1/2) n / n_j + 1/2 = term / den
    factor = np.array([den * n // (2 * k) if k else 0 for k in n_j.tolist()], dtype=object)
    terms = (twice - 1).astype(object) * factor[:, np.newaxis] + den // 2
    sums = np.where(present, terms, 0).sum(axis=0).tolist()
    rankers = counts(totals).tolist()
    jurors = int(np.count_nonzero(n_j))
    return [Fraction(s * jurors, den * r) if r else None
            for s, r in zip(sums, rankers, strict=True)]
