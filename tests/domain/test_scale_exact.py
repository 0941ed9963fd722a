"""The scale and step rule, exact to Excel's 15 significant digits (issue 17, item 4).

A mark a hair off its step is refused (7.50000000001: twelve significant digits
someone or something really wrote), while a formula's binary noise on a step
(7.499999999999999, which Excel shows as 7.5) is that step and is stored as it. A
grid's numbers stay where a grid can mean them: no scale of 1e308, no step of
1e-320. Numbers typed as text are ASCII digits: "1_0", "٧" and "inf" are not."""

from __future__ import annotations

import pytest

from tests.domain.test_marks import put, score_of
from yansenne.domain import scale
from yansenne.domain.marks import parse_number
from yansenne.store.database import Database


@pytest.mark.parametrize(("value", "fits"), [
    (7.5, True),
    (7.499999999999999, True),  # 0.1 * 75, an average in Excel: shown as 7.5
    (7.500000000000001, True),
    (0.1 + 0.2 + 7.2, True),
    (10.000000000000002, True),  # noise on the maximum: on the scale
    (7.50000000001, False),  # the value
    (7.5000001, False),  # once within 1e-6 of a step, so accepted
    (7.49999999999999, False),  # 15 significant digits: what was written
    (7.25, False),
    (10.5, False),
    (-0.0, True),
])
def test_a_mark_is_on_its_step_to_fifteen_significant_digits(value: float, fits: bool) -> None:
    assert scale.fits(value, 0.0, 10.0, 0.5) is fits


def test_steps_are_counted_exactly_from_the_minimum() -> None:
    assert scale.fits(0.3, 0.1, 1.0, 0.1)  # 0.3 - 0.1 is 0.19999999999999998 in floats
    assert scale.fits(0.75, 0.25, 2.25, 0.5)
    assert not scale.fits(1.0, 0.25, 2.25, 0.5)
    assert scale.on_scale(11.0, 0.0, 10.0, 0.5) == (False, False)
    assert scale.on_scale(7.3, 0.0, 10.0, 0.5) == (True, False)


def test_a_noisy_mark_is_stored_as_its_step() -> None:
    assert scale.snapped(7.499999999999999, 0.0, 0.5) == 7.5
    assert scale.snapped(0.30000000000000004, 0.1, 0.1) == 0.3
    assert scale.snapped(8.0, 1.0, 1.0) == 8.0


def test_the_message_shows_the_mark_as_read_not_rounded() -> None:
    assert scale.mark_problem(7.50000000001, 0.0, 10.0, 0.5, "relevance") == (
        "7.50000000001 is not on the step 0.5 of criterion relevance (0 to 10)")
    assert scale.precise_number(1e308) == "1e+308"
    assert scale.precise_number(1e-320) == "1e-320"
    assert scale.precise_number(-7.5) == "-7.5"
    assert scale.precise_number(0.1 + 0.2) == "0.3"


@pytest.mark.usefixtures("small_db")
def test_set_score_stores_the_step_a_noisy_mark_stands_for(small_db: Database) -> None:
    assert put(small_db, "J1", "P02", "relevance", 7.499999999999999) == "changed"
    assert score_of(small_db, "J1", "P02", "relevance")[0] == 7.5  # type: ignore[index]
    with pytest.raises(ValueError, match="^7.50000000001 is not on the step 0.5"):
        put(small_db, "J1", "P02", "relevance", 7.50000000001)


@pytest.mark.parametrize(("low", "high", "step", "message"), [
    (0.0, 1e308, 0.5, "1e+308 is not a plausible scale bound: a bound lies between -1000000 "
                      "and 1000000"),
    (-1e308, 10.0, 0.5, "-1e+308 is not a plausible scale bound"),
    (0.0, 10.0, 1e-320, "the step 1e-320 is not plausible: a step lies between 0.000001 and "
                        "2000000"),
    (0.0, 10.0, 1e-7, "the step 1e-07 is not plausible"),
    (0.0, 10.0, 0.3, "the scale 0 to 10 is not a whole number of steps of 0.3"),
    (0.0, 1.0, 0.1, None),
    (-1e6, 1e6, 1e-6, None),
])
def test_a_grid_holds_numbers_a_grid_can_mean(low: float, high: float, step: float,
                                              message: str | None) -> None:
    found = scale.steps_problem(low, high, step)
    assert (found is None) if message is None else found.startswith(message), found


def test_weights_and_bounds_in_words_never_by_overflow() -> None:
    assert scale.weight_problem(1e308) == ("the weight 1e+308 is not plausible: a weight lies "
                                           "between 0.000001 and 1000000")
    assert scale.weight_problem(5e-324) is not None
    assert scale.weight_problem(2.5) is None
    assert scale.bound_problem(float("inf")) is not None
    assert scale.bounds_problem(0.0, 1e308) is not None  # the desk's own check says it too
    assert not scale.fits(1e308, 0.0, 10.0, 0.5)
    assert not scale.fits(5.0, 0.0, 10.0, 1e-320)  # no OverflowError


@pytest.mark.parametrize(("raw", "expected"), [
    ("1_0", None), ("1_000", None),  # float() takes them
    ("\u0667", None), ("\u0667,\u0665", None),  # Arabic-Indic 7 and 7,5
    ("\uff17", None),  # full-width 7
    ("\u0967", None),  # Devanagari 1
    ("inf", None), ("-Infinity", None), ("nan", None), ("1e400", None),
    (10 ** 400, None), (float("inf"), None),
    ("7 5", None),  # not thousands: never read as 75
    ("1 000", 1000.0), ("12\u202f500,5", 12500.5), ("7,5", 7.5), ("-2", -2.0),
    ("1e3", 1000.0), (".5", 0.5), ("7.", 7.0), (10 ** 15, 1e15),
])
def test_a_number_is_written_in_ascii_digits(raw: object, expected: float | None) -> None:
    assert parse_number(raw) == expected


def test_the_desks_criterion_check_says_the_same() -> None:
    """The grid's dialog checks through the same rule: no overflow reaches the store."""
    from yansenne.domain.grid import criterion_problems

    found = criterion_problems({"code": "c", "name_fr": "C", "weight": "1e308",
                                "min_value": "0", "max_value": "1e308", "step": "1e-320"},
                               taken=[], categories=[])
    assert found == {
        "weight": "the weight 1e+308 is not plausible: a weight lies between 0.000001 and "
                  "1000000",
        "max_value": "1e+308 is not a plausible scale bound: a bound lies between -1000000 and "
                     "1000000"}
    assert criterion_problems({"code": "c", "name_fr": "C", "min_value": "0",
                               "max_value": "10", "step": "1e-320"}, taken=[], categories=[]
                              ) == {"step": "the step 1e-320 is not plausible: a step lies "
                                            "between 0.000001 and 2000000"}
