"""`results export`, `scoresheet export` and `scoresheet import` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Run
from tests.cli.test_commands import digest, query

YEAR = "2026"


@pytest.fixture
def demo(run: Run, db_path: Path) -> Path:
    assert run("demo").code == 0
    return db_path


def test_results_export(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "results.xlsx"
    result = run("results", "export", YEAR, "-o", str(target))
    assert (result.code, result.out.strip(), result.err) == (
        0, f"results of edition 2026 written to {target}", "")
    workbook = load_workbook(target)
    assert workbook.sheetnames[0] == "Summary of results"
    assert "Method: mean" in workbook.worksheets[0]["A2"].value
    median = run("results", "export", YEAR, "-o", str(target), "--method", "median")
    assert median.code == 0
    assert "Method: median" in load_workbook(target).worksheets[0]["A2"].value


def test_results_export_in_french(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "résultats.xlsx"
    result = run("--lang", "fr", "results", "export", YEAR, "-o", str(target))
    assert result.out.strip() == f"résultats de l'édition 2026 enregistrés dans {target}"
    assert load_workbook(target).sheetnames[:2] == ["Synthèse", "Méthodes"]


def test_results_export_refusals(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    bad = run("results", "export", YEAR, "-o", str(target), "--method", "plurality")
    assert bad.code == 2
    assert bad.err_lines == ["unknown method plurality; choose one of: mean, median, trimmed, "
                             "zscore, ranksum, majority, schulze, adjusted"]
    missing = run("results", "export", "1999", "-o", str(target))
    assert (missing.code, missing.err_lines) == (2, ["no edition 1999 in the database"])
    assert not target.exists()
    usage = run("results", "export", YEAR)
    assert usage.code == 2 and "-o" in usage.err


def test_a_scoresheet_goes_out_and_comes_back(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "J02.xlsx"
    out = run("scoresheet", "export", YEAR, "--juror", "J02", "-o", str(target))
    assert (out.code, out.out.strip()) == (0, f"scoresheet of juror J02 written to {target}")
    workbook = load_workbook(target)
    assert workbook.sheetnames[0] == "Instructies"  # J02 reads Dutch
    workbook["Burgers"]["C6"] = 2.5
    workbook.save(target)
    back = run("scoresheet", "import", YEAR, str(target))
    assert (back.code, back.out.strip(), back.err) == (
        0, "scoresheet of juror J02 imported: 0 added, 1 changed, 111 unchanged, 0 comments", "")
    assert query(demo, "SELECT s.value, s.revision FROM scores s JOIN jurors j ON "
                       "j.id = s.juror_id JOIN projects p ON p.id = s.project_id JOIN criteria c "
                       "ON c.id = s.criterion_id WHERE j.code = 'J02' AND p.code = 'P01' AND "
                       "c.code = 'relevance'") == [(2.5, 2)]
    assert query(demo, "SELECT action, entity_key FROM audit_log ORDER BY id DESC LIMIT 2") == [
        ("scoresheet.import", "J02"), ("score.set", "J02/P01/relevance")]


def test_a_refused_scoresheet_exits_2_and_changes_nothing(run: Run, demo: Path,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "J01.xlsx"
    assert run("scoresheet", "export", YEAR, "--juror", "J01", "-o", str(target)).code == 0
    workbook = load_workbook(target)
    workbook["Citoyens"]["C6"] = 11
    workbook["Citoyens"]["D8"] = "neuf"
    workbook.save(target)
    before = digest(demo)
    result = run("scoresheet", "import", YEAR, str(target))
    assert result.code == 2
    assert result.out == ""
    assert result.err_lines == [
        "J01.xlsx: sheet Citoyens, cell C6: 11 is outside the scale 0 to 10 of criterion "
        "relevance",
        "J01.xlsx: sheet Citoyens, cell D8: neuf is not a number"]
    assert digest(demo) == before
    dutch = run("--lang", "nl", "scoresheet", "import", YEAR, str(target))
    assert dutch.err_lines[0].startswith("J01.xlsx: blad Citoyens, cel C6: ")


def test_scoresheet_refusals(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    observer = run("scoresheet", "export", YEAR, "--juror", "J08", "-o", str(target))
    assert (observer.code, observer.err_lines) == (
        2, ["juror J08 is an observer and does not score"])
    unknown = run("scoresheet", "export", YEAR, "--juror", "J99", "-o", str(target))
    assert unknown.code == 2 and unknown.err_lines[0].startswith(
        "juror J99 is not in edition 2026; choose one of: J01, J02")
    assert not target.exists()
    missing = run("scoresheet", "import", YEAR, str(tmp_path / "nothing.xlsx"))
    assert missing.code == 2 and "no such file" in missing.err
    no_juror = run("scoresheet", "export", YEAR, "-o", str(target))
    assert no_juror.code == 2 and "--juror" in no_juror.err


def test_the_commands_are_listed(run: Run) -> None:
    result = run("--help")
    assert "results" in result.out and "scoresheet" in result.out
    sub = run("scoresheet", "--help")
    assert "export" in sub.out and "import" in sub.out
