"""The corpus's offline cases: ballots tampered with, truncated, replayed (an older
revision after a newer one), for another edition, and a file posing as a juror
package. Each is refused with exit status 2 and a message naming the file, and the
secretariat's database is byte for byte as it was. They are made at test time from
real packages and ballots, since a ballot is signed with a secret made at export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.corpus.test_corpus import digest
from yansenne.cli.main import main
from yansenne.paths import demo_workbook


def run(*args: str) -> int:
    return main(["--lang", "en", *args])


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The secretariat's database with editions 2026 and 2027, J02's packages of both,
    and two ballots of 2026 (revisions 1 and 2, the second applied) and one of 2027."""
    folder = tmp_path_factory.mktemp("offline")
    db = folder / "secretariat.sqlite"
    assert run("--db", str(db), "demo") == 0
    workbook = load_workbook(demo_workbook())
    for row in workbook["Edition"].iter_rows(min_row=2):
        if row[0].value == "year":
            row[1].value = 2027
    workbook.save(folder / "demo2027.xlsx")
    assert run("--db", str(db), "edition", "import", str(folder / "demo2027.xlsx")) == 0
    files = {"db": db}
    for year in (2026, 2027):
        package = folder / f"J02-{year}.yansenne"
        assert run("--db", str(db), "package", "export", str(year), "--juror", "J02",
                   "-o", str(package)) == 0
        files[f"package{year}"] = package
    for name, package in (("first", "package2026"), ("second", "package2026"),
                          ("other", "package2027")):
        files[name] = folder / f"{name}.ballot"
        assert run("--db", str(files[package]), "ballot", "export", "-o",
                   str(files[name])) == 0
    assert run("--db", str(db), "ballot", "import", "2026", str(files["second"])) == 0
    data = json.loads(files["second"].read_text(encoding="utf-8"))
    data["scores"][0]["value"] = 10.0
    files["tampered"] = folder / "tampered.ballot"
    files["tampered"].write_text(json.dumps(data), encoding="utf-8")
    raw = files["second"].read_bytes()
    files["truncated"] = folder / "truncated.ballot"
    files["truncated"].write_bytes(raw[: len(raw) // 2])
    files["not_a_package"] = folder / "posing.yansenne"
    shutil.copyfile(db, files["not_a_package"])
    return files


@pytest.fixture
def secretariat(made: dict[str, Path], tmp_path: Path) -> Path:
    copy = tmp_path / "secretariat.sqlite"
    shutil.copyfile(made["db"], copy)
    return copy


@pytest.mark.parametrize(("ballot", "expected"), [
    ("tampered", "tampered.ballot: the signature does not match: the ballot was changed "
                 "after juror J02 sent it"),
    ("truncated", "truncated.ballot: the ballot is incomplete: the file ends too early"),
    ("first", "first.ballot: this ballot (revision 1) is older than the last one applied "
              "for juror J02 (revision 2"),
    ("other", "other.ballot: this ballot is for edition 2027, not edition 2026"),
])
def test_bad_ballot_is_refused_and_changes_nothing(
        made: dict[str, Path], secretariat: Path, ballot: str, expected: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(secretariat)
    capsys.readouterr()
    code = run("--db", str(secretariat), "ballot", "import", "2026", str(made[ballot]))
    err = capsys.readouterr().err
    assert code == 2, err
    assert expected in err
    assert digest(secretariat) == before


def test_the_same_ballot_again_changes_nothing(made: dict[str, Path], secretariat: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 8's contract: reported as already applied (exit 0), nothing written."""
    before = digest(secretariat)
    capsys.readouterr()
    assert run("--db", str(secretariat), "ballot", "import", "2026",
               str(made["second"])) == 0
    assert "was already applied" in capsys.readouterr().out
    assert digest(secretariat) == before


def test_a_database_posing_as_a_juror_package(made: dict[str, Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    posing = made["not_a_package"]
    before = digest(posing)
    capsys.readouterr()
    assert run("--db", str(posing), "edition", "list") == 2
    assert f"{posing}: not a juror package" in capsys.readouterr().err
    assert digest(posing) == before


def test_a_package_of_another_edition_sends_a_ballot_refused_here(
        made: dict[str, Path], secretariat: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """J02's package of 2027 is sound, but its ballots never apply to 2026."""
    other = secretariat.with_name("from2027.ballot")
    assert run("--db", str(made["package2027"]), "ballot", "export", "-o", str(other)) == 0
    before = digest(secretariat)
    capsys.readouterr()
    assert run("--db", str(secretariat), "ballot", "import", "2026", str(other)) == 2
    assert "is for edition 2027, not edition 2026" in capsys.readouterr().err
    assert digest(secretariat) == before


# Scoresheets: exported for J02, then spoiled as a hurried user or a forger would.

@pytest.fixture(scope="module")
def sheet(made: dict[str, Path]) -> Path:
    path = made["db"].with_name("J02-sheet.xlsx")
    assert run("--db", str(made["db"]), "scoresheet", "export", "2026", "--juror", "J02",
               "-o", str(path)) == 0
    return path


def spoil(sheet: Path, target: Path, change: str) -> Path:
    workbook = load_workbook(sheet)
    if change == "off_scale":
        workbook.worksheets[1]["C6"] = 11
    elif change == "other_juror":
        identity = next(ws for ws in workbook.worksheets if ws.sheet_state == "veryHidden")
        for row in identity.iter_rows():
            if row[0].value == "juror":
                row[1].value = "J03"
    workbook.save(target)
    return target


@pytest.mark.parametrize(("change", "expected"), [
    ("off_scale", "off_scale.xlsx: sheet Burgers, cell C6: 11 is outside the scale 0 to 10"),
    ("other_juror", "other_juror.xlsx: no scoresheet or package was ever made for juror "
                    "J03, so this scoresheet cannot be verified"),
])
def test_spoiled_scoresheet_is_refused(sheet: Path, secretariat: Path, tmp_path: Path,
                                       change: str, expected: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    spoiled = spoil(sheet, tmp_path / f"{change}.xlsx", change)
    before = digest(secretariat)
    capsys.readouterr()
    assert run("--db", str(secretariat), "scoresheet", "import", "2026", str(spoiled)) == 2
    err = capsys.readouterr().err
    assert expected in err, err
    assert digest(secretariat) == before


def test_an_edition_workbook_is_not_a_scoresheet(secretariat: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(secretariat)
    capsys.readouterr()
    assert run("--db", str(secretariat), "scoresheet", "import", "2026",
               str(demo_workbook())) == 2
    assert "demo_edition.xlsx: not a Yansenne scoresheet" in capsys.readouterr().err
    assert digest(secretariat) == before
