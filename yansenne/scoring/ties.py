"""Competition ranks and the edition's tie-break rules.

When figures are equal (spec/cli.md, "Ties are exact"), written once here:

- `exact_key`: for mean, median, trimmed, ranksum, majority and schulze the
  figures are rational (totals.exact_totals) and compared as exact values, never
  after floating-point rounding; equal exact figures share a rank.
- `tolerant_key`: for zscore (square roots) and plain floats, figures within
  `TOLERANCE` of each other, relative (magnitudes below 1 count as 1, so
  figures around 0 tie too), are equal.

Both turn figures into integer codes (higher figure, higher code) that the rank
functions compare as they are. Tie-break keys (criterion figures, medians)
are compared to 9 decimal places (`totals.DECIMALS`).
A rank is 1 + the number of projects with a strictly better figure (1, 2, 2, 4).
A place is the rank after the tie-break rules: inside each group of tied
projects, the rules are applied in order as a lexicographic key, and projects no
rule separates keep sharing a place (so place equals rank where no rule applies).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from yansenne.scoring.totals import DECIMALS

TIE_BREAK_RULES = ("criterion:<code>", "median", "first_places", "casting_vote")

#: Relative tolerance of figures that are not exact (zscore, adjusted).
TOLERANCE = 1e-9


def exact_key(values: Sequence[Fraction | int | None]) -> np.ndarray:
    """Integer codes of exact values: equal values, equal codes; None lowest (-1)."""
    distinct = sorted({v for v in values if v is not None})
    code = {v: i for i, v in enumerate(distinct)}
    return np.array([-1 if v is None else code[v] for v in values], dtype=np.int64)


def tolerant_key(values: np.ndarray) -> np.ndarray:
    """Integer codes of floats, equal within TOLERANCE (relative, chained); NaN lowest."""
    v = np.asarray(values, dtype=float)
    codes = np.full(v.shape, -1, dtype=np.int64)
    present = np.flatnonzero(~np.isnan(v))
    if present.size:
        order = present[np.argsort(v[present], kind="stable")]
        s = v[order]
        scale = np.maximum(1.0, np.maximum(np.abs(s[1:]), np.abs(s[:-1])))
        new = np.concatenate(([0], (s[1:] - s[:-1] > TOLERANCE * scale).astype(np.int64)))
        codes[order] = np.cumsum(new)
    return codes


def _as_key(key: np.ndarray) -> np.ndarray:
    k = np.asarray(key)
    return k[:, np.newaxis] if k.ndim == 1 else k


def competition_ranks_of(key: np.ndarray) -> np.ndarray:
    """Competition ranks of key rows (n, L), compared as they are, higher first.

    The keys are comparison keys already (`exact_key`, `tolerant_key`, or floats
    that are equal exactly when the values they stand for are).
    """
    k = _as_key(key)
    n = k.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.intp)
    order = np.lexsort(tuple(-k[:, i] for i in reversed(range(k.shape[1]))))
    sk = k[order]
    new = np.ones(n, dtype=bool)
    new[1:] = np.any(sk[1:] != sk[:-1], axis=1)
    starts = np.maximum.accumulate(np.where(new, np.arange(n), 0))
    ranks = np.empty(n, dtype=np.intp)
    ranks[order] = starts + 1
    return ranks


def competition_ranks(figures: Sequence[float], higher_is_better: bool = True) -> list[int]:
    """Competition ranks of plain figures: [9, 7, 7, 5] -> [1, 2, 2, 4]."""
    f = np.asarray(figures, dtype=float)
    return [int(r) for r in competition_ranks_of(tolerant_key(f if higher_is_better else -f))]


def break_ties(
    ranks: np.ndarray, rule_keys: Sequence[np.ndarray], tokens: Sequence[str]
) -> tuple[np.ndarray, list[str | None]]:
    """Places from ranks and one key per rule (higher is better), plus the deciding rule.

    The deciding rule of a project is the last rule needed to separate it from
    the projects it tied with (None when it did not tie or no rule separated it).
    Vectorised: one sort by (rank, keys); within a rank group the place of a row
    is the rank plus the number of rows whose keys are strictly better.
    """
    ranks = np.asarray(ranks, dtype=np.intp)
    n = len(ranks)
    if not len(rule_keys) or n == 0:
        return ranks.copy(), [None] * n
    keys = np.round(np.column_stack([np.asarray(k, dtype=float) for k in rule_keys]), DECIMALS)
    order = np.lexsort((*(-keys[:, i] for i in reversed(range(keys.shape[1]))), ranks))
    sr, sk = ranks[order], keys[order]
    pos = np.arange(n)
    differs = np.zeros((n, keys.shape[1]), dtype=bool)
    differs[1:] = sk[1:] != sk[:-1]
    new_rank = np.ones(n, dtype=bool)
    new_rank[1:] = sr[1:] != sr[:-1]
    new_key = new_rank | differs.any(axis=1)
    rank_start = np.maximum.accumulate(np.where(new_rank, pos, 0))
    key_start = np.maximum.accumulate(np.where(new_key, pos, 0))
    last_key = np.ones(n, dtype=bool)
    last_key[:-1] = new_key[1:]
    key_end = np.minimum.accumulate(np.where(last_key, pos, n)[::-1])[::-1]
    # index of the first differing rule between a row and the previous distinct row
    first_diff = np.where(new_rank, -1, np.where(differs.any(axis=1), differs.argmax(axis=1), -1))
    before = np.where(key_start > rank_start, first_diff[key_start], -1)
    after_pos = np.minimum(key_end + 1, n - 1)
    after = np.where((key_end + 1 < n) & ~new_rank[after_pos], first_diff[after_pos], -1)
    deepest = np.maximum(before, after)
    places = np.empty(n, dtype=np.intp)
    places[order] = sr + (key_start - rank_start)
    decided: list[str | None] = [None] * n
    for i, d in zip(order.tolist(), deepest.tolist(), strict=True):
        if d >= 0:
            decided[i] = tokens[d]
    return places, decided
