"""How much the jurors agree: Kendall's W, the ICC forms, Krippendorff's alpha, leniency.

Missing totals (recusals, unscored projects): Kendall's W and the ICC need a
complete jurors x projects block, so they use the jurors who scored at least one
project of the scope and, of the projects, only those every one of these jurors
scored (the counts used are reported). Krippendorff's alpha handles missing
values natively and uses every total.

ICC(2,1) is shown by default: jurors are a sample of the experts who could have
sat (random raters, hence "2"), the ranking uses their absolute totals so a
lenient juror matters (absolute agreement), and the single-rater form stays
comparable between editions whose panels differ in size (the ",k" forms grow
with the panel).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from yansenne.scoring import methods as m
from yansenne.scoring.snapshot import Snapshot
from yansenne.scoring.totals import Table

ICC_FORMS = ("1,1", "2,1", "3,1", "1,k", "2,k", "3,k")
DEFAULT_ICC_FORM = "2,1"
LEVELS = ("nominal", "ordinal", "interval", "ratio")


def default_icc_form() -> str:
    """The ICC form shown by default (Shrout & Fleiss notation), see module docstring."""
    return DEFAULT_ICC_FORM


@dataclass(frozen=True)
class ICC:
    """The six Shrout & Fleiss (1979) forms; None where a form is undefined."""

    values: dict[str, float | None]
    n_targets: int
    n_raters: int

    def form(self, name: str = DEFAULT_ICC_FORM) -> float | None:
        """One form by its Shrout & Fleiss name, e.g. "2,1"."""
        return self.values[name]

    @property
    def shown(self) -> float | None:
        """The default form."""
        return self.values[DEFAULT_ICC_FORM]


@dataclass(frozen=True)
class JurorLeniency:
    """How far a juror's totals sit from the panel's mean totals of the same projects."""

    juror: str
    leniency: float | None  # mean of (own total - panel mean total); > 0 is lenient
    n_projects: int  # projects with a total from this juror
    n_scores: int  # individual marks


@dataclass(frozen=True)
class Agreement:
    """Agreement figures of one scope (a category code, or None for overall)."""

    scope: str | None
    kendall_w: float | None
    icc: ICC | None
    krippendorff_alpha: float | None
    complete_projects: int  # size of the complete block used by W and ICC
    complete_jurors: int
    jurors: tuple[JurorLeniency, ...]

    def as_json(self) -> dict[str, float | None]:
        """The spec's `agreement` object."""
        return {
            "kendall_w": _rounded(self.kendall_w),
            "icc": _rounded(self.icc.shown if self.icc else None),
            "krippendorff_alpha": _rounded(self.krippendorff_alpha),
        }


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def _ratio(num: float, den: float) -> float | None:
    """num / den, None when the ratio is undefined (no variance between targets)."""
    return num / den if den > 1e-12 else None


def kendall_w(values: np.ndarray) -> float | None:
    """Tie-corrected Kendall's W of a complete jurors x items matrix.

    Each juror's row is ranked (ties share the average rank; the direction does
    not matter for W). W = 12 S / (m^2 (n^3 - n) - m sum T). None with fewer
    than 2 jurors or 2 items, or when every juror tied everything.
    """
    x = np.asarray(values, dtype=float)
    if x.ndim != 2 or np.isnan(x).any():
        raise ValueError("kendall_w needs a complete 2-D matrix")
    jurors, n = x.shape
    if jurors < 2 or n < 2:
        return None
    r = m.average_ranks(x).sum(axis=0)
    s = float(np.sum((r - r.mean()) ** 2))
    denominator = jurors**2 * (n**3 - n) - jurors * float(m.tie_correction(x).sum())
    return 12.0 * s / denominator if denominator > 0 else None


def icc(values: np.ndarray) -> ICC | None:
    """Shrout & Fleiss ICCs of a complete targets x raters matrix; None if too small."""
    x = np.asarray(values, dtype=float)
    if x.ndim != 2 or np.isnan(x).any():
        raise ValueError("icc needs a complete 2-D matrix")
    n, k = x.shape
    if n < 2 or k < 2:
        return None
    grand = x.mean()
    ss_rows = k * float(np.sum((x.mean(axis=1) - grand) ** 2))
    ss_cols = n * float(np.sum((x.mean(axis=0) - grand) ** 2))
    ss_total = float(np.sum((x - grand) ** 2))
    bms = ss_rows / (n - 1)
    wms = (ss_total - ss_rows) / (n * (k - 1))
    jms = ss_cols / (k - 1)
    ems = (ss_total - ss_rows - ss_cols) / ((n - 1) * (k - 1))
    raw = {
        "1,1": _ratio(bms - wms, bms + (k - 1) * wms),
        "2,1": _ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        "3,1": _ratio(bms - ems, bms + (k - 1) * ems),
        "1,k": _ratio(bms - wms, bms),
        "2,k": _ratio(bms - ems, bms + (jms - ems) / n),
        "3,k": _ratio(bms - ems, bms),
    }
    return ICC(raw, n, k)


def krippendorff_alpha(values: np.ndarray, level: str = "interval") -> float | None:
    """Krippendorff's alpha of a coders x units matrix, NaN = missing.

    Units with fewer than two values are not pairable and are skipped. The
    interval level uses a closed form (linear in the number of values); the
    other levels build the coincidence matrix over distinct values, meant for
    graded data. None when there is no variation to compare against.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    x = np.asarray(values, dtype=float)
    present = ~np.isnan(x)
    m_u = present.sum(axis=0)
    pairable = m_u >= 2
    x, present, m_u = x[:, pairable], present[:, pairable], m_u[pairable]
    n = int(m_u.sum())
    if n < 2:
        return None
    if level == "interval":
        v = np.where(present, x - x[present].mean(), 0.0)  # centred: no cancellation
        within = 2.0 * (m_u * (v * v).sum(axis=0) - v.sum(axis=0) ** 2) / (m_u - 1)
        observed = float(within.sum())
        expected = 2.0 * (n * float((v * v).sum()) - float(v.sum()) ** 2)
    else:
        observed, expected = _coincidence_disagreement(x, present, m_u, level)
    if expected <= 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def _coincidence_disagreement(
    x: np.ndarray, present: np.ndarray, m_u: np.ndarray, level: str
) -> tuple[float, float]:
    """Observed and expected disagreement sums through the coincidence matrix."""
    distinct, inverse = np.unique(x[present], return_inverse=True)
    units = np.broadcast_to(np.arange(x.shape[1]), x.shape)[present]
    counts = np.zeros((x.shape[1], len(distinct)))
    np.add.at(counts, (units, inverse), 1.0)
    weighted = counts / (m_u - 1)[:, np.newaxis]
    coincidence = weighted.T @ counts - np.diag(weighted.sum(axis=0))
    n_c = counts.sum(axis=0)
    delta = _delta(distinct, n_c, level)
    return float(np.sum(coincidence * delta)), float(np.sum(np.outer(n_c, n_c) * delta))


def _delta(c: np.ndarray, n_c: np.ndarray, level: str) -> np.ndarray:
    """Squared difference function delta^2(c, k) between distinct values."""
    a, b = c[:, None], c[None, :]
    if level == "nominal":
        return (a != b).astype(float)
    if level == "interval":
        return (a - b) ** 2
    if level == "ratio":
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(a + b == 0, 0.0, ((a - b) / (a + b)) ** 2)
    # ordinal: sum of the counts from c to k, minus half of both ends
    cum = np.concatenate(([0.0], np.cumsum(n_c)))
    idx = np.arange(len(c))
    i, j = np.minimum.outer(idx, idx), np.maximum.outer(idx, idx)
    between = cum[j + 1] - cum[i]
    return (between - (n_c[i] + n_c[j]) / 2.0) ** 2


def complete_block(totals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Masks of jurors (with any total) and projects (scored by all of them)."""
    has = ~np.isnan(totals)
    jurors = has.any(axis=1)
    projects = has[jurors].all(axis=0) if jurors.any() else np.zeros(totals.shape[1], bool)
    return jurors, projects


def leniency(table: Table, projects: np.ndarray) -> tuple[JurorLeniency, ...]:
    """Each juror's leniency over the given projects (panel mean includes the juror)."""
    totals = table.totals[:, projects]
    panel = m.mean(totals)
    deviation = totals - panel[np.newaxis, :]
    n_projects = m.counts(totals, axis=1)
    n_scores = np.count_nonzero(~np.isnan(table.marks[:, projects]), axis=(1, 2))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_dev = m.ordered_sum(deviation, axis=1) / n_projects
    return tuple(
        JurorLeniency(
            juror=code,
            leniency=float(mean_dev[j]) if n_projects[j] else None,
            n_projects=int(n_projects[j]),
            n_scores=int(n_scores[j]),
        )
        for j, code in enumerate(table.jurors)
    )


def agreement(snapshot: Snapshot, scope: str | None) -> Agreement:
    """Agreement of one category (its code) or of every category (None)."""
    table = snapshot.table
    projects = table.scope_index(scope)
    totals = table.totals[:, projects]
    jurors, complete = complete_block(totals)
    block = totals[jurors][:, complete]
    return Agreement(
        scope=scope,
        kendall_w=kendall_w(block) if block.size else None,
        icc=icc(block.T) if block.size else None,
        krippendorff_alpha=krippendorff_alpha(totals, "interval"),
        complete_projects=int(complete.sum()),
        complete_jurors=int(jurors.sum()),
        jurors=leniency(table, projects),
    )


def agreement_by_category(snapshot: Snapshot) -> dict[str, Agreement]:
    """Agreement of each category, in order of first appearance."""
    return {c: agreement(snapshot, c) for c in snapshot.categories}
