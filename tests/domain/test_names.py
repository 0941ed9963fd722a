"""Categories and actor types named as people see them: code, FR/NL/EN name, or the
beginning (6 letters or more) of exactly one name."""

from __future__ import annotations

import pytest

from yansenne.domain.names import actor_choices, choices_of, name_code, name_problem

CATEGORIES = choices_of([
    {"code": "municipal", "name_fr": "Services communaux de prévention et de la jeunesse",
     "name_nl": "Gemeentediensten voor preventie en jongeren",
     "name_en": "Municipal prevention and youth services"},
    {"code": "police", "name_fr": "Services de police", "name_nl": "Politiediensten",
     "name_en": "Police services"},
    {"code": "regional", "name_fr": "Services régionaux", "name_nl": "Gewestelijke diensten",
     "name_en": "Regional services"},
    {"code": "youth", "name_fr": "Jeunesse", "name_nl": "Jeugd", "name_en": "Youth"},
])


@pytest.mark.parametrize(("typed", "code"), [
    ("police", "police"),
    ("  POLICE ", "police"),
    ("Services de police", "police"),
    ("services de POLICE", "police"),
    ("Politiediensten", "police"),
    ("Services regionaux", "regional"),  # no accent
    ("Jeugd", "youth"),  # a whole name may be short
    ("Services communaux de prévention", "municipal"),  # the beginning of one name
    ("Services communaux", "municipal"),
    ("Gewestelijke", "regional"),
    ("Police", "police"),
])
def test_a_category_by_code_name_or_beginning(typed: str, code: str) -> None:
    assert name_code(typed, CATEGORIES) == code
    assert name_problem(typed, CATEGORIES) is None


def test_a_beginning_shared_by_several_names_is_ambiguous_and_names_them() -> None:
    # The choices are named in the user's language (English in the tests).
    assert name_code("Services", CATEGORIES) is None
    assert name_problem("Services", CATEGORIES) == (
        '"Services" could name several: municipal (Municipal prevention and youth services), '
        "police (Police services), regional (Regional services); write more of the name")


def test_a_beginning_shorter_than_six_letters_is_refused() -> None:
    assert name_code("Servi", CATEGORIES) is None
    assert name_code("Polic", CATEGORIES) is None
    problem = name_problem("Polic", CATEGORIES)
    assert problem is not None and "is too short" in problem and "at least 6 letters" in problem


def test_an_unknown_value_is_refused_naming_the_choices() -> None:
    assert name_code("Sports", CATEGORIES) is None
    assert name_problem("Sports", CATEGORIES) == (
        '"Sports" is not one of: municipal, police, regional, youth')
    assert name_problem("Sports", CATEGORIES, kind="category") == (
        'unknown category "Sports"; choose one of: municipal, police, regional, youth')


def test_actor_types_by_their_names_as_the_desk_shows_them() -> None:
    actors = actor_choices()
    assert list(actors) == ["citizens", "associations", "municipal", "police", "regional"]
    assert name_code("Citoyens", actors) == "citizens"
    assert name_code("Burgers", actors) == "citizens"
    assert name_code("Services communaux de prévention et de la jeunesse", actors) == "municipal"
    assert name_code("Police", actors) == "police"  # the code, and "Police services"
    assert name_code("Verenigingen", actors) == "associations"


@pytest.mark.parametrize("blank", [None, "", "  "])
def test_blank_names_nothing(blank: object) -> None:
    assert name_code(blank, CATEGORIES) is None
    assert name_problem(blank, CATEGORIES) is None
