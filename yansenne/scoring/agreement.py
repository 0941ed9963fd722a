"""How much the jurors agree: Kendall's W, the ICC forms, Krippendorff's alpha, leniency.

Missing totals (recusals, unscored projects) are the rule, not the exception, so
each figure says what it rests on:

- The ICC comes from a two-way random-effects model, total = mean + project +
  juror + error, fitted by REML on every total given (`reml_components`). On a
  complete table REML equals the Shrout & Fleiss (1979) ANOVA estimates, hence
  their ICCs, whenever those estimates are non-negative. A variance component
  cannot be negative: where an ANOVA estimate would be, REML puts it at zero and
  refits the others (so ICC(2,1) is 0, not negative, when the projects differ
  less than chance would make them; and a juror component at zero pools its
  mean square into the error). The "1" forms come from the one-way model
  (project + error); the "3" forms are the consistency forms project / (project
  + error) of the two-way fit. The ",k" forms use k = the mean number of jurors
  per project.
- Kendall's W needs complete rankings: it uses the panel (every juror with a
  total in the scope) and the projects every one of them scored; `n_projects`
  and `n_jurors` say what that is, and `short_jurors` who made it smaller.
- Krippendorff's alpha handles missing values natively and uses every total.
- `thin` lists the figures that rest on too little (see THIN_PROJECTS).

ICC(2,1) is shown by default: jurors are a sample of the experts who could have
sat (random raters, hence "2"), the ranking uses their absolute totals so a
lenient juror matters (absolute agreement), and the single-rater form stays
comparable between editions whose panels differ in size (the ",k" forms grow
with the panel). ICC(2,k) says how far the panel's mean totals would hold with
another panel like it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from yansenne.scoring import methods as m
from yansenne.scoring.reml import reml_components
from yansenne.scoring.snapshot import Snapshot
from yansenne.scoring.totals import Table

ICC_FORMS = ("1,1", "2,1", "3,1", "1,k", "2,k", "3,k")
DEFAULT_ICC_FORM = "2,1"
LEVELS = ("nominal", "ordinal", "interval", "ratio")


def default_icc_form() -> str:
    """The ICC form shown by default (Shrout & Fleiss notation), see module docstring."""
    return DEFAULT_ICC_FORM


#: A figure rests on too little below this many projects (W: in its complete
#: block; ICC and alpha: with totals from two jurors or more). With four projects
#: a ranking has 24 possible orders, and chance alone gives sizeable W values.
THIN_PROJECTS = 5
#: ... or below this many jurors (two jurors cannot tell a lenient one apart).
THIN_JURORS = 3
#: Codes of `Agreement.thin`, in the order they are read out.
THIN_CODES = ("w_few_projects", "w_few_jurors", "w_part", "totals_few_projects",
              "totals_few_jurors")


@dataclass(frozen=True)
class ICC:
    """The six Shrout & Fleiss (1979) forms; None where a form is undefined.

    `k` is the number of raters the ",k" forms average over (the mean number of
    jurors per project on incomplete data) and `n_totals` the totals used.
    """

    values: dict[str, float | None]
    n_targets: int
    n_raters: int
    k: float = 0.0
    n_totals: int = 0

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
    """Agreement figures of one scope (a category code, or None for overall).

    `complete_projects` x `complete_jurors` is the block Kendall's W rests on
    (the panel and the projects all of it scored); `scope_projects` counts the
    projects with at least one total; `short_jurors` are the panel's jurors who
    did not score all of those, as (code, projects scored), fewest first.
    """

    scope: str | None
    kendall_w: float | None
    icc: ICC | None
    krippendorff_alpha: float | None
    complete_projects: int  # size of the complete block used by W
    complete_jurors: int
    jurors: tuple[JurorLeniency, ...]
    scope_projects: int = 0
    short_jurors: tuple[tuple[str, int], ...] = ()
    paired_projects: int = 0  # projects with totals from two jurors or more
    thin: tuple[str, ...] = ()  # THIN_CODES of the figures resting on too little

    @property
    def n_projects(self) -> int:
        """The projects Kendall's W rests on."""
        return self.complete_projects

    @property
    def n_jurors(self) -> int:
        """The jurors Kendall's W rests on (the panel)."""
        return self.complete_jurors

    @property
    def icc_k(self) -> float | None:
        """ICC(2,k), k the mean number of jurors per project."""
        return self.icc.form("2,k") if self.icc else None

    def as_json(self) -> dict[str, float | int | None]:
        """The spec's `agreement` object."""
        return {
            "kendall_w": _rounded(self.kendall_w),
            "icc": _rounded(self.icc.shown if self.icc else None),
            "icc_k": _rounded(self.icc_k),
            "krippendorff_alpha": _rounded(self.krippendorff_alpha),
            "n_projects": self.complete_projects,
            "n_jurors": self.complete_jurors,
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


def reml_icc(totals: np.ndarray) -> ICC | None:
    """The six ICC forms from REML fits on a jurors x projects table (NaN = missing).

    "2,1" = p / (p + j + e) and "2,k" = p / (p + (j + e) / k) (absolute agreement),
    "3,1" = p / (p + e) and "3,k" = p / (p + e / k) (consistency) from the two-way
    fit; "1,1" and "1,k" likewise from the one-way fit (project + error). k is
    the mean number of jurors per project. Equal to `icc` on a complete table
    where the ANOVA components are non-negative.
    """
    x = np.asarray(totals, dtype=float)
    present = ~np.isnan(x)
    two = reml_components(x)
    if two is None:
        return None
    one = reml_components(x, juror_effect=False)
    per_project = present.sum(axis=0)
    k = float(per_project[per_project > 0].mean())

    def share(target: float, noise: float) -> float | None:
        whole = target + noise
        return target / whole if whole > 0 else None

    p, j, e = two.project, two.juror, two.error
    values = {
        "1,1": share(one.project, one.error) if one else None,
        "2,1": share(p, j + e),
        "3,1": share(p, e),
        "1,k": share(one.project, one.error / k) if one else None,
        "2,k": share(p, (j + e) / k),
        "3,k": share(p, e / k),
    }
    return ICC(values, int((per_project > 0).sum()), int(present.any(axis=1).sum()), k,
               int(per_project.sum()))


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
    w = kendall_w(block) if block.size else None
    has = ~np.isnan(totals)
    scored = has.any(axis=0)
    done = has[:, scored].sum(axis=1)
    short = sorted((int(done[j]), code) for j, code in enumerate(table.jurors)
                   if jurors[j] and done[j] < scored.sum())
    paired = int((has.sum(axis=0) >= 2).sum())
    n_projects, n_jurors = int(complete.sum()), int(jurors.sum())
    return Agreement(
        scope=scope,
        kendall_w=w,
        icc=reml_icc(totals),
        krippendorff_alpha=krippendorff_alpha(totals, "interval"),
        complete_projects=n_projects,
        complete_jurors=n_jurors,
        jurors=leniency(table, projects),
        scope_projects=int(scored.sum()),
        short_jurors=tuple((code, n) for n, code in short),
        paired_projects=paired,
        thin=thin_codes(n_projects, n_jurors, int(scored.sum()), paired),
    )


def thin_codes(w_projects: int, jurors: int, scope_projects: int,
               paired_projects: int) -> tuple[str, ...]:
    """Which figures rest on too little (THIN_CODES), from what each rests on.

    W: fewer than THIN_PROJECTS projects or THIN_JURORS jurors in its complete
    block, or a block that leaves out more than half of the projects with a
    total ("w_part"). ICC and alpha: fewer than THIN_PROJECTS projects with two
    totals or more, or fewer than THIN_JURORS jurors. Nothing to say about an
    empty scope.
    """
    if scope_projects == 0:
        return ()
    flags = {
        "w_few_projects": w_projects < THIN_PROJECTS,
        "w_few_jurors": jurors < THIN_JURORS,
        "w_part": 2 * w_projects < scope_projects,
        "totals_few_projects": paired_projects < THIN_PROJECTS,
        "totals_few_jurors": jurors < THIN_JURORS,
    }
    return tuple(code for code in THIN_CODES if flags[code])


def agreement_by_category(snapshot: Snapshot) -> dict[str, Agreement]:
    """Agreement of each category, in order of first appearance."""
    return {c: agreement(snapshot, c) for c in snapshot.categories}
