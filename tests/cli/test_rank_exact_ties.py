"""`yansenne rank --format json`: exact ties share a rank, then the tie-break rules decide.

Issue 16, item 1: 0-10 by halves, three equal criteria, two jurors; X gets (10, 4, 0)
and (10, 2.5, 0), Y (10, 3.5, 0) and (10, 3, 0): both means are exactly 44.1666...%.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import Run
from tests.exchange.workbooks import YEAR, minimal_sheets, write_xlsx

MARKS = {
    "P01": ((10, 4, 0), (10, 2.5, 0)),  # X
    "P02": ((10, 3.5, 0), (10, 3, 0)),  # Y
}


def edition(tmp_path: Path, tie_break: str | None) -> Path:
    sheets = minimal_sheets()
    sheets["Edition"] = [row for row in sheets["Edition"] if row[0] not in ("method", "quorum")]
    sheets["Edition"] += [["method", "mean"], ["quorum", 1]]
    if tie_break:
        sheets["Edition"].append(["tie_break", tie_break])
    sheets["Criteria"] = [sheets["Criteria"][0]] + [
        [code, code.upper(), None, 1, 0, 10, 0.5] for code in ("a", "b", "c")
    ]
    sheets["Conflicts"] = [sheets["Conflicts"][0]]
    sheets["Decisions"] = [sheets["Decisions"][0]]
    sheets["Scores"] = [sheets["Scores"][0]] + [
        [juror, project, code, mark, None]
        for project, by_juror in MARKS.items()
        for juror, marks in zip(("J1", "J2"), by_juror, strict=True)
        for code, mark in zip("abc", marks, strict=True)
    ]
    return write_xlsx(tmp_path / "exact_ties.xlsx", sheets)


def citizens(run: Run, path: Path) -> dict[str, dict[str, Any]]:
    imported = run("edition", "import", str(path))
    assert imported.code == 0, imported.err
    done = run("rank", str(YEAR), "--format", "json")
    assert done.code == 0, done.err
    doc = json.loads(done.out)
    category = next(c for c in doc["categories"] if c["code"] == "citizens")
    return {e["project"]: e for e in category["ranking"]}


def test_exact_ties_share_the_rank(run: Run, tmp_path: Path) -> None:
    ranking = citizens(run, edition(tmp_path, None))
    x, y = ranking["P01"], ranking["P02"]
    assert (x["rank"], y["rank"], x["place"], y["place"]) == (1, 1, 1, 1)
    assert x["tie"] is True and y["tie"] is True
    assert x["score"] == y["score"] == round(265 / 6, 6)


def test_the_tie_break_rule_then_decides(run: Run, tmp_path: Path) -> None:
    # the criteria do not separate them (b: 3.25 each); the lower median does (Y 43.3 > X 41.7)
    ranking = citizens(run, edition(tmp_path, "criterion:b; median"))
    x, y = ranking["P01"], ranking["P02"]
    assert (x["rank"], y["rank"]) == (1, 1) and x["tie"] is True and y["tie"] is True
    assert (y["place"], x["place"]) == (1, 2)
