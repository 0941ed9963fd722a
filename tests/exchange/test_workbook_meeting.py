"""The Edition sheet's deliberation keys: date, place, start and end (HH:MM), read as
people and spreadsheets write them, refused with a located message, and kept whole by
the round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.exchange.workbooks import YEAR, minimal_sheets, read_all, write_xlsx
from yansenne.errors import InputError
from yansenne.exchange.workbook import export_edition, import_edition
from yansenne.store.database import Database
from yansenne.store.opening import open_database


def test_the_meeting_round_trips(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Edition"] += [["deliberation_date", "2032-01-20"],
                          ["deliberation_place", "Hôtel de Ville, salle gothique"],
                          ["deliberation_start", dt.time(9, 30)],  # a time cell
                          ["deliberation_end", "17h05"]]  # as Belgian French writes it
    import_edition(db, write_xlsx(tmp_path / "meeting.xlsx", sheets))
    first = export_edition(db, YEAR, tmp_path / "first.xlsx")
    edition = dict(read_all(first)["Edition"][1:])
    assert (edition["deliberation_place"], edition["deliberation_start"],
            edition["deliberation_end"]) == ("Hôtel de Ville, salle gothique", "09:30", "17:05")
    other = open_database(tmp_path / "other.sqlite")
    try:
        import_edition(other, first)
        second = export_edition(other, YEAR, tmp_path / "second.xlsx")
    finally:
        other.close()
    assert read_all(second) == read_all(first)


@pytest.mark.parametrize(("start", "end", "message"), [
    ("25:00", "17:00", "row 8, column B (value): 25:00 is not a time of day; write it as HH:MM"),
    ("14:00", "half past five", "row 9, column B (value): half past five is not a time of day"),
    ("14:00", "13:30", "row 9, column B (value): the meeting ends at 13:30, not after it starts"),
])
def test_a_time_that_is_not_one_is_located(tmp_path: Path, db: Database, start: str,
                                           end: str, message: str) -> None:
    sheets = minimal_sheets()
    sheets["Edition"] += [["deliberation_date", "2032-01-20"],
                          ["deliberation_start", start], ["deliberation_end", end]]
    with pytest.raises(InputError) as refused:
        import_edition(db, write_xlsx(tmp_path / "bad.xlsx", sheets))
    problems = [str(p) for p in refused.value.problems]
    assert any("sheet Edition" in p and message in p for p in problems), problems
