"""The stages' rules over plain rows (`stage_rules`): the same answers the desk's ORM
stages get, since `stages.py` asks these functions too."""

from __future__ import annotations

import pytest

from yansenne.domain.stage_rules import (
    Readers,
    StageRow,
    current_of,
    everyone_reads,
    find_in,
    jury_of,
    last_scoring_of,
    previous_of,
)
from yansenne.errors import InputError


def stage(ident: int, code: str, kind: str = "scoring", state: str = "pending", *,
          jurors: list[str] | None = None, per_project: int | None = None) -> StageRow:
    return StageRow(ident, 1, code, kind, state, ident, jurors or [], per_project, "")


ELIGIBILITY = stage(1, "eligibility", "screening", "closed")
ROUND1 = stage(2, "round1", per_project=3)
FINAL = stage(3, "final", jurors=["J01", "J03"])
STAGES = [ELIGIBILITY, ROUND1, FINAL]


def test_the_open_stage_is_current_else_the_last() -> None:
    assert current_of(STAGES) is FINAL  # every stage closed or pending: the last
    opened = [ELIGIBILITY, stage(2, "round1", state="open"), FINAL]
    assert current_of(opened) is opened[1]
    with pytest.raises(InputError, match="no stage"):
        current_of([])


def test_a_code_in_any_case_and_the_refusals_naming_what_exists() -> None:
    assert find_in(STAGES, " ROUND1 ", 2027) is ROUND1
    with pytest.raises(InputError, match="edition 2027 has eligibility, round1, final"):
        find_in(STAGES, "semi", 2027)
    with pytest.raises(InputError, match="this edition has one stage, final"):
        find_in([FINAL], "semi", 2027)
    with pytest.raises(InputError, match="stage eligibility is a screening stage"):
        find_in(STAGES, "eligibility", 2027, kind="scoring")


def test_an_open_screening_gives_way_to_the_next_scoring_stage() -> None:
    screening_open = [stage(1, "eligibility", "screening", "open"), ROUND1, FINAL]
    assert find_in(screening_open, None, 2027, kind="scoring") is ROUND1
    assert find_in(screening_open, None, 2027) is screening_open[0]


def test_previous_last_scoring_and_who_reads() -> None:
    assert previous_of(STAGES, ROUND1) is ELIGIBILITY
    assert previous_of(STAGES, ELIGIBILITY) is None
    assert last_scoring_of(STAGES) is FINAL
    with pytest.raises(InputError, match="no scoring stage"):
        last_scoring_of([ELIGIBILITY])
    assert everyone_reads(stage(1, "final"), None)
    assert not everyone_reads(FINAL, ROUND1)  # a later stage: the shortlist reads
    assert not everyone_reads(stage(1, "r", per_project=2), None)  # an allocation
    assert not everyone_reads(stage(1, "r", jurors=["J01"]), None)  # a jury list
    voters = [(10, "J01"), (11, "J02"), (12, "J03")]
    assert jury_of(FINAL, voters) == {10, 12}
    assert jury_of(ROUND1, voters) == {10, 11, 12}


def test_readers_of_an_allocation() -> None:
    who = Readers(2, frozenset({100, 101}), frozenset({10, 11}), frozenset({(10, 100)}))
    assert who.reads(10, 100) and not who.reads(11, 100) and not who.reads(10, 102)
    assert Readers.everyone(3).reads(99, 999)
    assert Readers.nobody(ELIGIBILITY).projects == frozenset()
