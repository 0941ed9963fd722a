"""The scale and step rule of a criterion, written once.

A mark is on its criterion's scale when it lies between the bounds and a whole
number of steps from the minimum; a scale is well formed when its bounds are a
whole number of steps apart. The grid's live check, the spreadsheet readers, the
registry and Excel's own validation formula all ask here.

How exact: a number is taken to 15 significant digits, which is what Excel keeps
and shows of any number, and the rule is then checked exactly, in decimal. So
7.499999999999999 (a formula's binary noise on 7.5, which Excel shows as 7.5) is
the mark 7.5 and is stored as 7.5, while 7.50000000001 (12 significant digits: a
value someone or something really wrote) is not on a step of 0.5 and is refused.
The database's triggers (migration 0001) keep a looser check, to 1e-6 of a step,
as the last line of defence: every mark the domain accepts is stored exactly on
its step, far inside it (tests/domain/test_scale_agrees_with_triggers.py).

A grid's numbers stay within what a jury's grid can mean and what this exactness
can hold: bounds within +-1,000,000, steps and weights between 0.000001 and
1,000,000 (a scale of +-1e308 or a step of 1e-320 is refused in words, never by
an overflow).
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from yansenne import i18n
from yansenne.i18n import tr

# The triggers' tolerance, in steps (and the scoresheet's Excel validation formula).
STEP_TOLERANCE = 1e-6
#: Significant digits a number is read to: Excel's own precision.
SIGNIFICANT = 15
#: Largest magnitude of a scale bound; smallest step; the range of a weight.
MAX_BOUND = 1_000_000.0
MIN_STEP = 1e-6
MIN_WEIGHT, MAX_WEIGHT = 1e-6, 1_000_000.0


def decimal_value(value: float) -> Fraction:
    """The decimal a number stands for, to 15 significant digits, as an exact fraction."""
    return Fraction(Decimal(format(float(value), f".{SIGNIFICANT}g")))


@lru_cache(maxsize=65_536)
def _placed(value: float, low: float, high: float, step: float) -> tuple[bool, int | None]:
    """(within the bounds, the whole number of steps from `low`, or None when off a
    step), exactly on the 15-digit decimals. Cached: marks repeat a few values."""
    if not all(math.isfinite(x) for x in (value, low, high, step)) or step <= 0:
        return False, None
    v, lo, hi = decimal_value(value), decimal_value(low), decimal_value(high)
    if not lo <= v <= hi:
        return False, None
    units = (v - lo) / decimal_value(step)
    return True, (units.numerator if units.denominator == 1 else None)


def whole_steps(distance: float, step: float) -> bool:
    """Whether `distance` is a whole number of `step`s (exactly, to 15 digits)."""
    if not (math.isfinite(distance) and math.isfinite(step)) or step <= 0:
        return False
    return (decimal_value(distance) / decimal_value(step)).denominator == 1


def on_scale(value: float, low: float, high: float, step: float) -> tuple[bool, bool]:
    """(within the bounds, on a step): the two halves of the rule, for messages that
    tell them apart."""
    within, units = _placed(float(value), float(low), float(high), float(step))
    return within, units is not None


def fits(value: float, low: float, high: float, step: float) -> bool:
    return _placed(float(value), float(low), float(high), float(step))[1] is not None


@lru_cache(maxsize=65_536)
def snapped(value: float, low: float, step: float) -> float:
    """A mark that `fits` as the float of its step exactly: 7.499999999999999 -> 7.5."""
    units = (decimal_value(value) - decimal_value(low)) / decimal_value(step)
    exact = decimal_value(low) + round(units) * decimal_value(step)
    return exact.numerator / exact.denominator  # int / int: correctly rounded


def format_number(value: float, lang: str | None = None) -> str:
    """7.0 -> "7", 7.5 -> "7,5" in French and Dutch ("7.5" in English): how a scale bound
    reads in a message or a field (a plain hyphen-minus, so that it reads back)."""
    return i18n.format_number(value, 6, lang, trim=True).replace("\u2212", "-")


def precise_number(value: float, lang: str | None = None) -> str:
    """A number as read, to its 15 significant digits: "7,50000000001", never rounded to
    what it is being compared with; "1e+308" or "1e-320" (Python's shortest form) when
    far from any grid."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if value != 0 and not 1e-6 <= abs(value) < 1e15:
        return repr(value)  # as short as it reads back: 1e+308, 1e-320
    text = format(Decimal(format(value, f".{SIGNIFICANT}g")), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    lang = lang if lang in i18n.LANGUAGES else i18n.language()
    return text.replace(".", i18n.DECIMAL_MARK[lang])


def mark_problem(value: float, low: float, high: float, step: float,
                 criterion: str) -> str | None:
    """Why `value` is not a valid mark of `criterion`, or None if it is."""
    within, on_step = on_scale(value, low, high, step)
    if not within:
        return tr("{value} is outside the scale {min} to {max} of criterion {criterion}",
                  value=precise_number(value), min=format_number(low),
                  max=format_number(high), criterion=criterion)
    if not on_step:
        return tr("{value} is not on the step {step} of criterion {criterion} ({min} to {max})",
                  value=precise_number(value), step=format_number(step), criterion=criterion,
                  min=format_number(low), max=format_number(high))
    return None


def bound_problem(value: float) -> str | None:
    """Why a number cannot be a scale bound (beyond +-1,000,000), or None."""
    if not math.isfinite(value) or abs(value) > MAX_BOUND:
        return tr("{value} is not a plausible scale bound: a bound lies between {low} and "
                  "{high}", value=precise_number(value), low=format_number(-MAX_BOUND),
                  high=format_number(MAX_BOUND))
    return None


def step_size_problem(step: float) -> str | None:
    """Why a number cannot be a step (not more than 0, or finer than 0.000001), or None."""
    if not math.isfinite(step) or step < MIN_STEP or step > 2 * MAX_BOUND:
        return tr("the step {value} is not plausible: a step lies between {low} and {high}",
                  value=precise_number(step), low=format_number(MIN_STEP),
                  high=format_number(2 * MAX_BOUND))
    return None


def weight_problem(weight: float) -> str | None:
    """Why a number cannot be a criterion's weight, or None."""
    if not math.isfinite(weight) or not MIN_WEIGHT <= weight <= MAX_WEIGHT:
        return tr("the weight {value} is not plausible: a weight lies between {low} and "
                  "{high}", value=precise_number(weight), low=format_number(MIN_WEIGHT),
                  high=format_number(MAX_WEIGHT))
    return None


def bounds_problem(low: float, high: float) -> str | None:
    """Why a scale's bounds are wrong (each within +-1,000,000, the maximum above the
    minimum)."""
    for value in (low, high):
        if wrong := bound_problem(value):
            return wrong
    if high <= low:
        return tr("the maximum {max} must be greater than the minimum {min}",
                  max=format_number(high), min=format_number(low))
    return None


def steps_problem(low: float, high: float, step: float) -> str | None:
    """Why a scale is not a whole number of plausible steps, or None."""
    if wrong := step_size_problem(step) or bounds_problem(low, high):
        return wrong
    if ((decimal_value(high) - decimal_value(low)) / decimal_value(step)).denominator == 1:
        return None
    return tr("the scale {min} to {max} is not a whole number of steps of {step}",
              min=format_number(low), max=format_number(high), step=format_number(step))
