"""REML on a complete table in closed form, against the iterative search it replaces there."""

from __future__ import annotations

import numpy as np
import pytest

from yansenne.scoring.reml import Components, _MixedModel, reml_components


def searched(totals: np.ndarray, juror_effect: bool) -> Components | None:
    """The components by the grid and Levenberg-Marquardt search (incomplete tables' way)."""
    present = ~np.isnan(totals)
    y = totals[present]
    scale = float(y.std())
    model = _MixedModel(present, (totals - y.mean()) / scale, juror_effect)
    theta = model.fit()
    error = model.error_variance(theta)
    if error is None:
        return None
    variance = scale * scale * error
    return Components(float(theta[0] ** 2 * variance),
                      float(theta[1] ** 2 * variance) if juror_effect else 0.0, variance)


def table(seed: int, jurors: int, projects: int, spreads: tuple[float, float, float]) -> np.ndarray:
    rng = np.random.default_rng(seed)
    project, juror, error = spreads
    return (50 + rng.normal(0, project, projects)[np.newaxis, :]
            + rng.normal(0, juror, jurors)[:, np.newaxis]
            + rng.normal(0, error, (jurors, projects)))


CASES = [(1.0, 0.5, 1.0), (0.0, 1.0, 1.0), (1.0, 0.0, 1.0), (0.0, 0.0, 1.0), (3.0, 2.0, 0.3)]


@pytest.mark.parametrize("spreads", CASES)
@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("juror_effect", [True, False])
def test_closed_form_is_the_searched_optimum(spreads: tuple[float, float, float], seed: int,
                                             juror_effect: bool) -> None:
    totals = table(seed, jurors=3 + seed, projects=6 + 2 * seed, spreads=spreads)
    ours, theirs = reml_components(totals, juror_effect), searched(totals, juror_effect)
    assert ours is not None and theirs is not None
    scale = theirs.project + theirs.juror + theirs.error
    for mine, other in ((ours.project, theirs.project), (ours.juror, theirs.juror),
                        (ours.error, theirs.error)):
        assert mine == pytest.approx(other, abs=1e-6 * scale)


def test_both_mean_squares_below_the_error_are_pooled_into_it() -> None:
    # Projects and jurors both vary less than the noise: every component but the error
    # is zero, and the error is the variance of all totals about their mean.
    totals = np.array([[5.0, 9, 1, 5], [9, 1, 5, 1], [1, 5, 9, 9]])
    ours = reml_components(totals)
    assert ours is not None
    assert (ours.project, ours.juror) == (0.0, 0.0)
    assert ours.error == pytest.approx(float(totals.var(ddof=1)))


def test_no_error_left_is_no_estimate() -> None:
    # Totals exactly project + juror: nothing to tell the error apart from.
    totals = np.add.outer([0.0, 1.0, 3.0], [40.0, 45.0, 47.0, 52.0])
    assert reml_components(totals) is None
