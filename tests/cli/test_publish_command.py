"""`yansenne publish YEAR -o FILE.csv|.xlsx|.json` (spec/cli.md, issue 19): the public
results of a locked deliberation, one row per laureate or mention; refused (exit 2,
nothing written) before the lock, for an unknown edition, another extension or a
missing folder."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Run

HEADER = ("year,award,amount_eur,project,title_fr,title_nl,organisation,municipality_fr,"
          "municipality_nl,category\n")
DEMO_CSV = (
    HEADER
    + "2026,1,6000.00,P13,Lieux refuges : les commerçants contre le harcèlement de rue,"
    "Veilige plekken: handelaars tegen straatintimidatie,"
    "Service de prévention d’Ixelles / Preventiedienst Elsene,Ixelles,Elsene,municipal\n"
    "2026,2,4000.00,P06,Médiateurs de rue à Cureghem,Straatbemiddelaars in Kuregem,"
    "Passerelles Cureghem ASBL / Passerelles Kuregem vzw,Anderlecht,Anderlecht,associations\n"
    "2026,3,2000.00,P20,Violences intrafamiliales : un premier accueil spécialisé,"
    "Intrafamiliaal geweld: een gespecialiseerd eerste onthaal,"
    "Zone de police Midi / Politiezone Zuid,Forest,Vorst,police\n"
).encode()
FORMULA = '=HYPERLINK("http://example.org","clic")'


def _proposed(run: Run) -> None:
    assert run("demo").code == 0
    result = run("deliberation", "propose", "2026")
    assert result.code == 0, result.err


def _lock(run: Run) -> None:
    result = run("deliberation", "lock", "2026", "--force")
    assert result.code == 0, result.err


@pytest.fixture
def locked(run: Run) -> Run:
    _proposed(run)
    _lock(run)
    return run


def test_the_demo_csv_is_exactly_the_three_prizes(locked: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "results_2026.csv"
    result = locked("publish", "2026", "-o", str(path))
    assert result.code == 0, result.err
    assert "(3 rows)" in result.out
    data = path.read_bytes()
    assert data == DEMO_CSV
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert [(r["award"], r["project"], r["amount_eur"]) for r in rows] == [
        ("1", "P13", "6000.00"), ("2", "P06", "4000.00"), ("3", "P20", "2000.00")]
    assert "’" in rows[0]["organisation"] and "é" in rows[2]["title_fr"]
    assert [p.name for p in out.iterdir()] == [path.name]  # no temporary left


def _edit_before_lock(db_path: Path) -> None:
    """A formula-like title with a comma and quotes, no municipality, the whole Region,
    and two mentions given out of code order (one without an amount)."""
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE projects SET title_fr = ?, title_nl = ? WHERE code = 'P13'",
                    (FORMULA, 'Zeg "ja", of\nniet'))
        con.execute("UPDATE projects SET municipality = NULL WHERE code = 'P06'")
        con.execute("UPDATE projects SET municipality = 'region' WHERE code = 'P20'")
        edition = con.execute("SELECT id FROM editions WHERE year = 2026").fetchone()[0]
        for code, amount, position in (("P22", None, 10), ("P03", 1250.5, 11)):
            project = con.execute("SELECT id FROM projects WHERE code = ?", (code,)).fetchone()[0]
            con.execute(
                "INSERT INTO decisions (edition_id, project_id, award, amount_eur, citation_fr,"
                " citation_nl, citation_en, justification, position)"
                " VALUES (?, ?, 'mention', ?, '', '', '', '', ?)",
                (edition, project, amount, position))
    con.close()


@pytest.fixture
def edited(run: Run, db_path: Path) -> Run:
    _proposed(run)
    _edit_before_lock(db_path)
    _lock(run)
    return run


def test_mentions_region_blank_place_and_quoting_in_csv(edited: Run, tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    result = edited("publish", "2026", "-o", str(path))
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"))))
    assert rows[0] == HEADER.strip().split(",")
    assert [(r[1], r[3], r[2]) for r in rows[1:]] == [
        ("1", "P13", "6000.00"), ("2", "P06", "4000.00"), ("3", "P20", "2000.00"),
        ("mention", "P03", "1250.50"), ("mention", "P22", "")]
    p13, p06, p20 = rows[1], rows[2], rows[3]
    assert p13[4] == "'" + FORMULA  # a spreadsheet never runs it
    assert p13[5] == 'Zeg "ja", of\nniet'  # quoted by the csv module, read back whole
    assert (p06[7], p06[8]) == ("", "")
    assert (p20[7], p20[8]) == ("Toute la Région", "Hele Gewest")
    assert b'"Zeg ""ja"", of\nniet"' in path.read_bytes()


def test_xlsx_has_numbers_and_keeps_a_formula_as_text(edited: Run, tmp_path: Path) -> None:
    path = tmp_path / "results.xlsx"
    result = edited("publish", "2026", "-o", str(path))
    assert result.code == 0, result.err
    ws = load_workbook(path)["Results"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == tuple(HEADER.strip().split(","))
    assert [r[2] for r in rows[1:]] == [6000, 4000, 2000, 1250.5, None]
    assert all(isinstance(r[2], (int, float)) for r in rows[1:5])
    assert rows[1][0] == 2026 and rows[1][1] == "1"
    title = ws["E2"]
    assert title.value == FORMULA and title.data_type == "s" and title.quotePrefix
    assert ws["C2"].number_format == "#,##0.00"
    assert (rows[2][7], rows[2][8]) == (None, None)
    assert (rows[3][7], rows[3][8]) == ("Toute la Région", "Hele Gewest")


def test_json_parses_with_numbers_and_the_exact_texts(edited: Run, tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    result = edited("publish", "2026", "-o", str(path))
    assert result.code == 0, result.err
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["edition"] == 2026
    results = document["results"]
    assert [(r["award"], r["project"], r["amount_eur"]) for r in results] == [
        ("1", "P13", 6000), ("2", "P06", 4000), ("3", "P20", 2000),
        ("mention", "P03", 1250.5), ("mention", "P22", None)]
    assert results[0]["title_fr"] == FORMULA and results[0]["year"] == 2026
    assert list(results[0]) == HEADER.strip().split(",")
    assert "Médiateurs" in path.read_text(encoding="utf-8")  # not ASCII-escaped


def test_refused_before_the_lock_and_nothing_written(run: Run, tmp_path: Path) -> None:
    _proposed(run)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "results.csv"
    result = run("publish", "2026", "-o", str(path))
    assert result.code == 2
    assert "the deliberation of edition 2026 is not locked" in result.err
    assert list(out.iterdir()) == []


def test_refused_after_a_reopen_and_an_older_file_kept(locked: Run, tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    path.write_bytes(b"older\n")
    assert locked("deliberation", "reopen", "2026", "--reason", "a typo").code == 0
    result = locked("publish", "2026", "-o", str(path))
    assert result.code == 2 and "is not locked" in result.err
    assert path.read_bytes() == b"older\n"


@pytest.mark.parametrize(("name", "expected"), [
    ("results.txt", "results.txt: the public results are written as .csv, .xlsx or .json"),
    ("missing/results.csv", "no folder"),
])
def test_refused_output_names_the_file(locked: Run, tmp_path: Path, name: str,
                                       expected: str) -> None:
    path = tmp_path / name
    result = locked("publish", "2026", "-o", str(path))
    assert result.code == 2
    assert expected in result.err and str(path.name) in result.err
    assert not path.exists() and not (tmp_path / "missing").exists()


def test_unknown_edition_is_refused(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    result = run("publish", "2031", "-o", str(path))
    assert result.code == 2 and "no edition 2031" in result.err
    assert not path.exists()


def test_upper_case_extension_is_accepted(locked: Run, tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.CSV"
    assert locked("publish", "2026", "-o", str(path)).code == 0
    assert path.read_bytes() == DEMO_CSV


def test_refused_when_the_database_changed_after_the_lock(locked: Run, db_path: Path,
                                                          tmp_path: Path) -> None:
    """What was published must be what the jury locked: a mark changed behind the lock
    (the triggers stop the program, not a hand on the file) is refused."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE decisions SET citation_fr = 'autre' WHERE award = '1'")
    conn.close()
    out = tmp_path / "results.csv"
    done = locked("publish", "2026", "-o", str(out))
    assert done.code == 2 and "was changed after its lock" in done.err
    assert not out.exists()
