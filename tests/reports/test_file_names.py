"""File names made from codes (spec/cli.md): only letters, digits, `-` and `_`, unique
even where codes differ only in case or punctuation, never a name Windows reserves."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yansenne.files import windows_name_problem
from yansenne.reports.file_names import file_name, file_names, is_reserved

ALLOWED = re.compile(r"[A-Za-z0-9_-]+\.pdf")


def test_a_plain_code_keeps_its_name() -> None:
    assert file_names(["P07", "p-12_b"]) == {"P07": "P07.pdf", "p-12_b": "p-12_b.pdf"}
    assert file_name("P07", ".xlsx") == "P07.xlsx"


def test_codes_differing_in_case_or_punctuation_stay_apart() -> None:
    codes = ["P-1", "p-1", "P/1", "P 1", "P_1", "P.1", "P:1", "P\\1"]
    names = file_names(codes)
    assert len({n.casefold() for n in names.values()}) == len(codes)
    assert all(ALLOWED.fullmatch(n) for n in names.values())
    assert names["P_1"] == "P_1.pdf"  # safe already, and no case twin
    assert names["P/1"].startswith("P_1-") and names["P 1"].startswith("P_1-")
    assert names["P-1"] != "P-1.pdf" and names["p-1"] != "p-1.pdf"  # case twins


def test_a_name_does_not_depend_on_the_other_codes() -> None:
    assert file_names(["P/1"])["P/1"] == file_names(["P/1", "P 1", "Q"])["P/1"]


@pytest.mark.parametrize("code", ["CON", "con", "Aux", "NUL", "PRN", "COM1", "com9", "LPT9",
                                  "LPT1", "NUL.txt", "CON.pdf", "COM0"])
def test_reserved_names_are_altered(code: str) -> None:
    name = file_name(code)
    assert ALLOWED.fullmatch(name)
    assert not is_reserved(name.removesuffix(".pdf"))
    assert not is_reserved(name)


def test_empty_unicode_and_long_codes() -> None:
    names = file_names(["", "Été 2026", "Ω", "x" * 300])
    assert all(ALLOWED.fullmatch(n) for n in names.values())
    assert names["Été 2026"].startswith("_t__2026-")
    assert len(names["x" * 300]) < 100


def test_a_plain_code_that_looks_like_a_marked_one() -> None:
    marked = file_name("P/1").removesuffix(".pdf")
    names = file_names(["P/1", marked])
    assert len({n.casefold() for n in names.values()}) == 2


@given(st.lists(st.text(max_size=12), max_size=30))
def test_always_safe_and_unique(codes: list[str]) -> None:
    names = file_names(codes)
    assert set(names) == set(codes)
    assert all(ALLOWED.fullmatch(n) for n in names.values())
    assert all(not is_reserved(n) for n in names.values())
    assert all(windows_name_problem(n) is None for n in names.values())
    assert len({n.casefold() for n in names.values()}) == len(names)


@pytest.mark.parametrize("stem", ["nul .pdf", "COM¹", "con.tar.gz", "LPT3 ", "CONOUT$"])
def test_reserved_as_windows_sees_them(stem: str) -> None:
    """Windows ignores spaces before the extension and counts superscript digits."""
    assert is_reserved(stem)
    assert not is_reserved(file_name(stem))
