"""Agreement figures against published tables and hand-computed examples."""

from __future__ import annotations

import numpy as np
import pytest

from tests.scoring.helpers import matrix, one_criterion
from yansenne.scoring import (
    ICC_FORMS,
    agreement,
    agreement_by_category,
    default_icc_form,
    icc,
    kendall_w,
    krippendorff_alpha,
)
from yansenne.scoring.agreement import _coincidence_disagreement, thin_codes


def test_shrout_fleiss_1979_table_2() -> None:
    result = icc(matrix("shrout_fleiss_1979_icc.csv"))
    assert result is not None
    published = {"1,1": 0.17, "2,1": 0.29, "3,1": 0.71, "1,k": 0.44, "2,k": 0.62, "3,k": 0.91}
    assert set(ICC_FORMS) == set(published)
    assert {form: round(result.form(form), 2) for form in ICC_FORMS} == published
    assert (result.n_targets, result.n_raters) == (6, 4)


def test_icc_without_variance_between_targets_is_undefined() -> None:
    result = icc(np.full((3, 2), 4.0))
    assert result is not None and all(result.form(f) is None for f in ICC_FORMS)
    assert icc(np.array([[1.0, 2.0]])) is None


def test_default_icc_form_is_two_way_random_absolute_single() -> None:
    assert default_icc_form() == "2,1"
    result = icc(matrix("shrout_fleiss_1979_icc.csv"))
    assert result is not None and result.shown == result.form("2,1")


@pytest.mark.parametrize(
    ("level", "published", "places"),
    [("nominal", 0.743, 3), ("ordinal", 0.815, 3), ("interval", 0.849, 3), ("ratio", 0.797, 3)],
)
def test_krippendorff_2011_example(level: str, published: float, places: int) -> None:
    alpha = krippendorff_alpha(matrix("krippendorff_2011_example.csv"), level)
    assert alpha is not None and round(alpha, places) == published


def test_interval_closed_form_matches_the_coincidence_matrix() -> None:
    rng = np.random.default_rng(7)
    x = rng.integers(0, 6, size=(5, 30)).astype(float)
    x[rng.random(x.shape) < 0.2] = np.nan
    present = ~np.isnan(x)
    keep = present.sum(axis=0) >= 2
    x, present = x[:, keep], present[:, keep]
    m_u = present.sum(axis=0)
    observed, expected = _coincidence_disagreement(x, present, m_u, "interval")
    n = int(m_u.sum())
    assert krippendorff_alpha(x) == pytest.approx(1 - (n - 1) * observed / expected)


def test_krippendorff_without_variation_is_undefined() -> None:
    assert krippendorff_alpha(np.full((3, 4), 5.0)) is None
    assert krippendorff_alpha(np.array([[1.0, np.nan], [np.nan, 2.0]])) is None


def test_kendall_w_hand_example() -> None:
    # rank sums 4, 6, 8, 12; S = 35; W = 12 * 35 / (3^2 (4^3 - 4)) = 7/9
    assert kendall_w(np.array([[1, 2, 3, 4], [1, 3, 2, 4], [2, 1, 3, 4]])) == pytest.approx(7 / 9)


def test_kendall_w_with_ties() -> None:
    # juror 0 ties two items: ranks 1, 2.5, 2.5, 4 and T = 2^3 - 2 = 6.
    # rank sums 4, 5.5, 8.5, 12; S = 37.5; W = 450 / (540 - 3 * 6) = 25/29
    values = np.array([[90, 70, 70, 50], [4, 3, 2, 1], [3, 4, 2, 1]])
    assert kendall_w(values) == pytest.approx(25 / 29)


def test_kendall_w_extremes() -> None:
    assert kendall_w(np.array([[1, 2, 3], [10, 20, 30]])) == pytest.approx(1.0)
    assert kendall_w(np.array([[1, 2, 3], [3, 2, 1]])) == pytest.approx(0.0)
    assert kendall_w(np.array([[5, 5, 5], [5, 5, 5]])) is None
    assert kendall_w(np.array([[1, 2, 3]])) is None
    with pytest.raises(ValueError):
        kendall_w(np.array([[1, np.nan], [1, 2]]))


def test_w_uses_the_complete_block_and_icc_and_alpha_use_everything() -> None:
    rows = [[90, 80, 85], [60, 65, 70], [40, 30, None], [None, None, None]]
    snap = one_criterion(rows, conflicts=[("J2", "P2")])
    result = agreement(snap, "cat")
    assert (result.complete_projects, result.complete_jurors) == (2, 3)
    assert result.kendall_w == pytest.approx(1.0)
    # the ICC's REML fit takes all 8 totals of the 3 projects J0-J2 scored
    assert result.icc is not None and (result.icc.n_targets, result.icc.n_totals) == (3, 8)
    assert result.icc_k == result.icc.form("2,k")
    assert result.icc.k == pytest.approx(8 / 3)
    t = snap.table.totals
    assert result.krippendorff_alpha == pytest.approx(krippendorff_alpha(t))
    assert list(agreement_by_category(snap)) == ["cat"]
    assert list(result.as_json()) == ["kendall_w", "icc", "icc_k", "krippendorff_alpha",
                                      "n_projects", "n_jurors"]
    assert (result.as_json()["n_projects"], result.as_json()["n_jurors"]) == (2, 3)
    assert result.short_jurors == (("J2", 2),)
    assert result.thin == ("w_few_projects", "totals_few_projects")


def test_leniency_is_the_mean_deviation_from_the_panel_mean() -> None:
    rows = [[90, 60, None], [50, 40, 60]]
    result = agreement(one_criterion(rows), "cat")
    by_juror = {j.juror: j for j in result.jurors}
    # rows are projects. P0 mean 75: J0 +15, J1 -15. P1 mean 50: J0 0, J1 -10, J2 +10.
    assert by_juror["J0"].leniency == pytest.approx(7.5)
    assert by_juror["J1"].leniency == pytest.approx(-12.5)
    assert by_juror["J2"].leniency == pytest.approx(10.0)
    assert (by_juror["J2"].n_projects, by_juror["J2"].n_scores) == (1, 1)


@pytest.mark.parametrize(("counts", "codes"), [
    ((5, 3, 10, 5), ()),
    ((4, 3, 8, 5), ("w_few_projects",)),
    ((5, 2, 10, 5), ("w_few_jurors", "totals_few_jurors")),
    ((5, 3, 11, 5), ("w_part",)),
    ((1, 3, 12, 4), ("w_few_projects", "w_part", "totals_few_projects")),
    ((0, 0, 0, 0), ()),
])
def test_thin_codes_thresholds(counts: tuple[int, int, int, int],
                               codes: tuple[str, ...]) -> None:
    assert thin_codes(*counts) == codes
