"""The scale and step rule of a criterion, written once.

A mark is on its criterion's scale when it lies between the bounds and a whole
number of steps from the minimum; a scale is well formed when its bounds are a
whole number of steps apart. The grid's live check, the spreadsheet readers, the
registry and Excel's own validation formula all ask here; the database triggers
(migration 0001) keep the same tolerance as the last line of defence, and
tests/domain/test_scale_agrees_with_triggers.py holds the two together.
"""

from __future__ import annotations

from yansenne import i18n
from yansenne.i18n import tr

# Marks are decimals typed by people (7,5); floating point may miss a step by a hair.
STEP_TOLERANCE = 1e-6


def whole_steps(distance: float, step: float) -> bool:
    """Whether `distance` is a whole number of `step`s."""
    units = distance / step
    return abs(units - round(units)) <= STEP_TOLERANCE


def on_scale(value: float, low: float, high: float, step: float) -> tuple[bool, bool]:
    """(within the bounds, on a step): the two halves of the rule, for messages that
    tell them apart."""
    if not low <= value <= high:
        return False, False
    return True, whole_steps(value - low, step)


def fits(value: float, low: float, high: float, step: float) -> bool:
    return all(on_scale(value, low, high, step))


def format_number(value: float, lang: str | None = None) -> str:
    """7.0 -> "7", 7.5 -> "7,5" in French and Dutch ("7.5" in English): how a scale bound
    reads in a message or a field (a plain hyphen-minus, so that it reads back)."""
    return i18n.format_number(value, 6, lang, trim=True).replace("\u2212", "-")


def mark_problem(value: float, low: float, high: float, step: float,
                 criterion: str) -> str | None:
    """Why `value` is not a valid mark of `criterion`, or None if it is."""
    within, on_step = on_scale(value, low, high, step)
    if not within:
        return tr("{value} is outside the scale {min} to {max} of criterion {criterion}",
                  value=format_number(value), min=format_number(low),
                  max=format_number(high), criterion=criterion)
    if not on_step:
        return tr("{value} is not on the step {step} of criterion {criterion} ({min} to {max})",
                  value=format_number(value), step=format_number(step), criterion=criterion,
                  min=format_number(low), max=format_number(high))
    return None


def bounds_problem(low: float, high: float) -> str | None:
    """Why a scale's bounds are wrong (the maximum must exceed the minimum)."""
    if high <= low:
        return tr("the maximum {max} must be greater than the minimum {min}",
                  max=format_number(high), min=format_number(low))
    return None


def steps_problem(low: float, high: float, step: float) -> str | None:
    """Why a scale is not a whole number of steps, or None."""
    if whole_steps(high - low, step):
        return None
    return tr("the scale {min} to {max} is not a whole number of steps of {step}",
              min=format_number(low), max=format_number(high), step=format_number(step))
