"""Agreement figures against independent implementations: pingouin, statsmodels,
krippendorff, scipy; and the issue's panel where one juror scored 2 of 12 projects.

Panels are random but seeded: jurors x projects totals with a project effect, a
juror effect (leniency) and noise, some cells removed for the incomplete ones.
"""

from __future__ import annotations

import warnings

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import pytest
import statsmodels.formula.api as smf
from scipy import stats

from tests.scoring.helpers import matrix, one_criterion
from yansenne.scoring import Snapshot, agreement, icc, kendall_w, krippendorff_alpha
from yansenne.scoring.agreement import reml_icc
from yansenne.scoring.reml import reml_components


def panel(seed: int, jurors: int, projects: int, missing: float = 0.0) -> np.ndarray:
    """A jurors x projects table of totals; NaN where a juror gave none."""
    rng = np.random.default_rng(seed)
    totals = (60 + rng.normal(0, 8, (1, projects)) + rng.normal(0, 4, (jurors, 1))
              + rng.normal(0, 6, (jurors, projects)))
    totals[rng.random(totals.shape) < missing] = np.nan
    return totals


def long_form(totals: np.ndarray) -> pd.DataFrame:
    j, p = np.nonzero(~np.isnan(totals))
    return pd.DataFrame({"total": totals[j, p], "juror": j, "project": p, "all": 1})


#: pingouin's names (0.5: ICC1 ... ICC3k; 0.7: ICC(1,1), ICC(A,1) absolute, ICC(C,1)
#: consistency) for the Shrout & Fleiss forms.
PINGOUIN = {"1,1": ("ICC1", "ICC(1,1)"), "2,1": ("ICC2", "ICC(A,1)"),
            "3,1": ("ICC3", "ICC(C,1)"), "1,k": ("ICC1k", "ICC(1,k)"),
            "2,k": ("ICC2k", "ICC(A,k)"), "3,k": ("ICC3k", "ICC(C,k)")}


def mean_squares(totals: np.ndarray) -> tuple[float, float, float]:
    """Between-projects, between-jurors and error mean squares of a complete table."""
    m, n = totals.shape
    grand = totals.mean()
    ss_p = m * float(np.sum((totals.mean(axis=0) - grand) ** 2))
    ss_j = n * float(np.sum((totals.mean(axis=1) - grand) ** 2))
    ss_e = float(np.sum((totals - grand) ** 2)) - ss_p - ss_j
    return ss_p / (n - 1), ss_j / (m - 1), ss_e / ((n - 1) * (m - 1))


@pytest.mark.parametrize("seed", range(8))
def test_icc_equals_pingouin_on_complete_panels(seed: int) -> None:
    jurors = 3 + seed % 5
    lenient = np.linspace(-10, 10, jurors)[:, np.newaxis]  # jurors who clearly differ
    totals = panel(seed, jurors=jurors, projects=6 + 2 * seed) + lenient
    bms, jms, ems = mean_squares(totals)
    assert bms > ems and jms > ems  # no ANOVA component is negative: REML = ANOVA
    table = pingouin.intraclass_corr(long_form(totals), targets="project", raters="juror",
                                     ratings="total").set_index("Type")["ICC"]
    ours = reml_icc(totals)
    assert ours is not None
    for form, names in PINGOUIN.items():
        theirs = next(float(table[name]) for name in names if name in table.index)
        # the one-way forms can still be negative (WMS holds the jurors' variance):
        # REML's project component, hence the ICC, is then 0
        assert ours.form(form) == pytest.approx(max(theirs, 0.0), abs=1e-8), form


def test_reml_icc_equals_the_anova_forms_of_shrout_and_fleiss() -> None:
    ratings = matrix("shrout_fleiss_1979_icc.csv")  # targets x judges
    ours = reml_icc(ratings.T)
    anova = icc(ratings)
    assert ours is not None and anova is not None
    published = {"1,1": 0.17, "2,1": 0.29, "3,1": 0.71, "1,k": 0.44, "2,k": 0.62, "3,k": 0.91}
    for form, value in published.items():
        assert ours.form(form) == pytest.approx(anova.form(form), abs=1e-8)
        assert round(ours.form(form), 2) == value
    assert (ours.n_targets, ours.n_raters, ours.k, ours.n_totals) == (6, 4, 4.0, 24)


def statsmodels_components(totals: np.ndarray) -> tuple[float, float, float]:
    """(project, juror, error) variances from statsmodels' crossed REML fit."""
    model = smf.mixedlm("total ~ 1", long_form(totals), groups="all", re_formula="0",
                        vc_formula={"project": "0 + C(project)", "juror": "0 + C(juror)"})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fit = model.fit(reml=True, method=["lbfgs"], gtol=1e-10)
    vc = dict(zip(fit.model.exog_vc.names, fit.vcomp, strict=True))
    return vc["project"], vc["juror"], fit.scale


@pytest.mark.parametrize("seed", range(6))
def test_reml_matches_statsmodels_on_incomplete_panels(seed: int) -> None:
    totals = panel(100 + seed, jurors=5 + seed, projects=10 + seed, missing=0.3)
    project, juror, error = statsmodels_components(totals)
    ours = reml_components(totals)
    assert ours is not None
    scale = project + juror + error
    for mine, theirs in ((ours.project, project), (ours.juror, juror), (ours.error, error)):
        assert mine == pytest.approx(theirs, abs=1e-3 * scale)
    k = float((~np.isnan(totals)).sum(axis=0).mean())
    result = reml_icc(totals)
    assert result is not None
    assert result.form("2,1") == pytest.approx(project / scale, rel=1e-3)
    assert result.form("2,k") == pytest.approx(project / (project + (juror + error) / k),
                                               rel=1e-3)
    assert result.k == pytest.approx(k)


def test_a_negative_anova_component_is_zero_under_reml() -> None:
    # The jurors differ less than the noise (JMS < EMS): the ANOVA juror component is
    # negative; REML sets it to 0 and pools the jurors' sum of squares with the
    # error, so ICC(2,1) = ICC(3,1) of the pooled fit, not Shrout & Fleiss's value.
    ratings = np.array([[9.0, 8, 7], [5, 7, 6], [3, 1, 2], [6, 4, 5], [8, 9, 10]])
    n, k = ratings.shape
    bms, jms, ems = mean_squares(ratings.T)
    assert jms < ems
    ours = reml_components(ratings.T)
    assert ours is not None and ours.juror == pytest.approx(0.0, abs=1e-9)
    pooled = (ems * (n - 1) * (k - 1) + jms * (k - 1)) / ((n - 1) * (k - 1) + k - 1)
    assert ours.error == pytest.approx(pooled, rel=1e-8)
    assert ours.project == pytest.approx((bms - pooled) / k, rel=1e-8)
    result = reml_icc(ratings.T)
    anova = icc(ratings)
    assert result is not None and anova is not None
    assert result.form("2,1") == pytest.approx(result.form("3,1"), abs=1e-9)
    assert result.form("2,1") == pytest.approx((bms - pooled) / (bms + (k - 1) * pooled))
    assert result.form("2,1") != pytest.approx(anova.form("2,1"), abs=1e-4)


def test_no_difference_between_projects_gives_icc_zero_not_negative() -> None:
    ratings = np.array([[5.0, 9, 1], [9, 1, 5], [1, 5, 9], [5, 1, 9]])  # projects x jurors
    anova = icc(ratings)
    assert anova is not None and anova.form("2,1") < 0
    result = reml_icc(ratings.T)
    assert result is not None and result.form("2,1") == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("seed", range(6))
def test_alpha_matches_the_krippendorff_package(seed: int) -> None:
    totals = panel(200 + seed, jurors=4 + seed, projects=8 + 2 * seed, missing=0.25)
    theirs = krippendorff.alpha(reliability_data=totals, level_of_measurement="interval")
    assert krippendorff_alpha(totals, "interval") == pytest.approx(theirs, rel=1e-9)


@pytest.mark.parametrize("seed", range(5))
def test_kendall_w_matches_friedman(seed: int) -> None:
    # With tie correction, W = chi2_Friedman / (m (n - 1)).
    totals = np.round(panel(300 + seed, jurors=4 + seed, projects=5 + seed) / 5) * 5
    chi2 = stats.friedmanchisquare(*totals.T).statistic
    m, n = totals.shape
    assert kendall_w(totals) == pytest.approx(chi2 / (m * (n - 1)), rel=1e-9)


def issue_16_panel() -> tuple[np.ndarray, Snapshot]:
    """12 projects, 8 jurors who scored all, and J8 who scored only P0 and P1."""
    totals = np.round(panel(16, jurors=9, projects=12))
    totals[8, 2:] = np.nan
    rows = [[None if np.isnan(v) else float(v) for v in totals[:, p]] for p in range(12)]
    return totals, one_criterion(rows)


def test_one_juror_who_scored_two_of_twelve_is_said() -> None:
    totals, snap = issue_16_panel()
    result = agreement(snap, "cat")
    # W rests on what every juror of the panel scored: 2 projects x 9 jurors.
    assert (result.n_projects, result.n_jurors, result.scope_projects) == (2, 9, 12)
    assert result.kendall_w == pytest.approx(kendall_w(totals[:, :2]))
    assert result.short_jurors == (("J8", 2),)
    assert result.thin == ("w_few_projects", "w_part")
    # the ICC and alpha still use every total
    assert result.icc is not None and result.icc.n_totals == 8 * 12 + 2
    assert result.as_json()["n_projects"] == 2
    assert list(result.as_json()) == ["kendall_w", "icc", "icc_k", "krippendorff_alpha",
                                      "n_projects", "n_jurors"]
    # without J8 the block is the 12 projects, and nothing rests on too little
    without = agreement(one_criterion([row[:8] for row in
                                       [[float(v) for v in totals[:8, p]] for p in range(12)]]),
                        "cat")
    assert (without.n_projects, without.n_jurors, without.thin) == (12, 8, ())
