"""`rank --format json` carries the guards of issue 16, item 6: `notes`, `partial`,
`overall.comparable` and its `reason`; `deliberation propose` warns when the prizes
follow an overall ranking that is not comparable.

The small edition of tests/exchange/workbooks.py: police's grid has a criterion of
its own (`zone`), so the categories' grids differ; J1 scored only `zone` on P03,
J2 only `relevance` on P02 and P03 (totals on part of the grid).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.conftest import Run
from tests.exchange.workbooks import YEAR, Sheets, minimal_sheets, write_xlsx

GRIDS_DIFFER = ("Not comparable: the categories are scored on different grids, so their "
                "figures do not measure the same thing. Award prizes per category.")
PANELS_DIFFER = ("Not comparable: the categories were scored by different juror panels, so a "
                 "lenient panel lifts its whole category. Award prizes per category.")


def edition(tmp_path: Path, *, same_grid: bool = False, scores: list[list[Any]] | None = None,
            ) -> Path:
    sheets: Sheets = minimal_sheets()
    sheets["Edition"] = [row for row in sheets["Edition"] if row[0] != "quorum"]
    sheets["Edition"].append(["quorum", 1])
    sheets["Decisions"] = [sheets["Decisions"][0]]
    if same_grid:
        sheets["Criteria"] = [row for row in sheets["Criteria"] if row[0] != "zone"]
        sheets["Scores"] = [row for row in sheets["Scores"] if row[2] != "zone"]
    if scores is not None:
        sheets["Conflicts"] = [sheets["Conflicts"][0]]
        sheets["Scores"] = [sheets["Scores"][0], *scores]
    return write_xlsx(tmp_path / "guards.xlsx", sheets)


def rank_json(run: Run, path: Path, *options: str, lang: str = "en") -> dict[str, Any]:
    imported = run("edition", "import", str(path))
    assert imported.code == 0, imported.err
    done = run("--lang", lang, "rank", str(YEAR), "--format", "json", *options)
    assert done.code == 0, done.err
    return json.loads(done.out)


def category(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(c for c in doc["categories"] if c["code"] == code)


def full_marks(categories: dict[str, tuple[str, ...]]) -> list[list[Any]]:
    """Both shared criteria for every project, by the jurors given per project."""
    marks = {"P01": 8, "P02": 6, "P03": 7, "P04": 5}
    return [[juror, project, criterion, marks[project], None]
            for project, jurors in categories.items() for juror in jurors
            for criterion in ("relevance", "innovation")]


def test_partial_totals_and_different_grids(run: Run, tmp_path: Path) -> None:
    doc = rank_json(run, edition(tmp_path))
    police = category(doc, "police")
    [p03] = police["ranking"]
    assert p03["project"] == "P03" and p03["partial"] is True and p03["n_jurors"] == 2
    assert police["notes"] == [
        "P03: at least one juror's total rests on only part of the grid."]
    citizens = {e["project"]: e["partial"] for e in category(doc, "citizens")["ranking"]}
    assert citizens == {"P01": False, "P02": True}
    assert doc["overall"]["comparable"] is False
    assert doc["overall"]["reason"] == GRIDS_DIFFER
    assert len(doc["overall"]["ranking"]) == 3  # still given, but marked


def test_the_notes_follow_the_language(run: Run, tmp_path: Path) -> None:
    doc = rank_json(run, edition(tmp_path), lang="fr")
    assert doc["overall"]["reason"].startswith("Non comparable")
    assert category(doc, "police")["notes"][0].startswith("P03")
    assert "partie de la grille" in category(doc, "police")["notes"][0]


def test_different_panels(run: Run, tmp_path: Path) -> None:
    marks = full_marks({"P01": ("J1",), "P02": ("J1",), "P03": ("J2",), "P04": ("J2",)})
    doc = rank_json(run, edition(tmp_path, same_grid=True, scores=marks))
    assert (doc["overall"]["comparable"], doc["overall"]["reason"]) == (False, PANELS_DIFFER)
    assert all(c["notes"] == [] for c in doc["categories"])


def test_same_grids_and_panels_are_comparable(run: Run, tmp_path: Path) -> None:
    both = ("J1", "J2")
    marks = full_marks({"P01": both, "P02": both, "P03": both, "P04": both})
    doc = rank_json(run, edition(tmp_path, same_grid=True, scores=marks))
    assert (doc["overall"]["comparable"], doc["overall"]["reason"]) == (True, None)
    proposed = run("deliberation", "propose", str(YEAR))
    assert proposed.code == 0 and "warning" not in proposed.err


def test_a_proposal_across_grids_that_differ_warns(run: Run, tmp_path: Path) -> None:
    rank_json(run, edition(tmp_path))
    proposed = run("deliberation", "propose", str(YEAR))
    assert proposed.code == 0, proposed.err
    assert proposed.err_lines == [f"warning: {GRIDS_DIFFER}"]


def test_trimmed_notes_in_the_json(run: Run, tmp_path: Path) -> None:
    police = category(rank_json(run, edition(tmp_path), "--method", "trimmed"), "police")
    # P03 has 2 totals under K = 1: ranked all the same (P04 has none)
    assert [e["project"] for e in police["ranking"]] == ["P03"]
    assert police["unranked"] == [{"project": "P04", "reason": "no scores"}]
    assert police["notes"] == [
        "P03 has 2 totals: its trimmed mean sets aside 0 at each end instead of 1.",
        "P03: at least one juror's total rests on only part of the grid."]
    assert [e["tie_broken_by"] for e in police["ranking"]] == [None]


def test_the_documents_print_why_the_overall_ranking_is_not_comparable(
        run: Run, tmp_path: Path) -> None:
    """The results workbook, the minutes and the dossier all show an overall ranking."""
    rank_json(run, edition(tmp_path))
    book = tmp_path / "results.xlsx"
    assert run("--lang", "en", "results", "export", str(YEAR), "-o", str(book)).code == 0
    cells = [v for ws in load_workbook(book, read_only=True).worksheets
             for row in ws.iter_rows(values_only=True) for v in row]
    assert GRIDS_DIFFER in cells
    for command in ("minutes", "dossier"):  # documents in French or Dutch
        pdf = tmp_path / f"{command}.pdf"
        done = run(command, str(YEAR), "--lang", "fr", "-o", str(pdf))
        assert done.code == 0, done.err
        text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
        assert "les catégories sont notées sur des grilles différentes" in text, command
