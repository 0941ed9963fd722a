"""Problems read as the spec says, and a fault repeated on many rows reads as one line."""

from __future__ import annotations

from yansenne.errors import InputError, Problem


def test_problem_names_file_sheet_row_and_column() -> None:
    problem = Problem("11 is outside the scale", file="a.xlsx", sheet="Scores", row=4,
                      column="D (score)")
    assert str(problem) == "a.xlsx: sheet Scores, row 4, column D (score): 11 is outside the scale"


def test_repeated_fault_is_condensed_in_order() -> None:
    first = Problem("unknown category", file="a.xlsx", sheet="Projects", row=3, column="B")
    repeated = [Problem("unknown project", file="a.xlsx", sheet="Scores", row=r, column="B")
                for r in range(10, 20)]
    last = Problem("not a number", file="a.xlsx", sheet="Scores", row=2, column="D")
    lines = [str(p) for p in InputError([first, *repeated, last]).problems]
    assert lines == [
        "a.xlsx: sheet Projects, row 3, column B: unknown category",
        "a.xlsx: sheet Scores, rows 10, 11, 12, 13, 14, 15… (10 in all), column B: "
        "unknown project",
        "a.xlsx: sheet Scores, row 2, column D: not a number",
    ]


def test_two_repeats_stay_apart() -> None:
    twice = [Problem("x", file="f", sheet="S", row=r) for r in (2, 3)]
    assert [p.row for p in InputError(twice).problems] == [2, 3]
