"""Amounts as Belgian Excel writes them; "7.450" is ambiguous and refused, never guessed."""

from __future__ import annotations

import pytest

from yansenne.domain.amounts import amount_problem, parse_amount


@pytest.mark.parametrize(("typed", "amount"), [
    ("7.450,00", 7450.0),
    ("12 500 €", 12500.0),
    ("12\u00a0500\u00a0€", 12500.0),  # Excel's no-break spaces
    ("12\u202f500 €", 12500.0),  # narrow no-break space
    ("3 200", 3200.0),
    ("3\u00a0200", 3200.0),
    ("8500,5", 8500.5),
    ("8.500,50", 8500.5),
    ("24500,50", 24500.5),
    ("18000", 18000.0),
    ("7.5", 7.5),
    ("1.234.567", 1234567.0),
    ("1.234.567,89", 1234567.89),
    (7450, 7450.0),
    (7450.5, 7450.5),
])
def test_an_amount_as_people_type_it(typed: object, amount: float) -> None:
    assert parse_amount(typed) == amount
    assert amount_problem(typed) is None


@pytest.mark.parametrize("typed", ["7.450", "12.500 €", "1.000"])
def test_a_dot_then_three_digits_is_ambiguous_and_refused(typed: str) -> None:
    assert parse_amount(typed) is None
    problem = amount_problem(typed)
    assert problem is not None and "is ambiguous" in problem


def test_the_ambiguity_message_shows_both_readings() -> None:
    assert amount_problem("7.450") == (
        '"7.450" is ambiguous: write it as "7450" or as "7,450"')


@pytest.mark.parametrize("typed", ["lots", "1 2", "7,450,00", "7.45.0", "12 50", "€"])
def test_what_is_not_an_amount(typed: str) -> None:
    assert parse_amount(typed) is None
    assert "is not a number" in (amount_problem(typed) or "")


def test_a_negative_amount_is_below_the_minimum() -> None:
    assert parse_amount("-500") == -500.0
    assert amount_problem("-500") == '"-500" must be at least 0'
    assert amount_problem("-500", minimum=None) is None


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_blank_is_no_amount(blank: object) -> None:
    assert amount_problem(blank) is None
