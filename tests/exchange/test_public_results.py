"""The public results' writers (issue 19): the same columns and rows in CSV (UTF-8 without
BOM, commas, dot decimals), XLSX (numbers, text that stays text) and JSON; refusals
before any work; never half a file."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from yansenne.domain.public_results import COLUMNS, municipality_names
from yansenne.domain.public_results import PublicRow as Row
from yansenne.errors import InputError
from yansenne.exchange import public_results as P

FIRST = Row(2026, "1", 6000.0, "P13", "Lieux refuges : l’accueil", "Veilige plekken",
            "Service de prévention d’Ixelles", "Ixelles", "Elsene", "municipal")
MENTION = Row(2026, "mention", None, "P22", "-20 % de vols, \"vraiment\"", "", "",
              "Toute la Région", "Hele Gewest", "police")


def test_csv_is_plain_utf8_with_dot_decimals_and_minimal_quoting() -> None:
    data = P.csv_bytes([FIRST, replace(MENTION, amount_eur=1234567.891)])
    assert data == (
        "year,award,amount_eur,project,title_fr,title_nl,organisation,municipality_fr,"
        "municipality_nl,category\n"
        "2026,1,6000.00,P13,Lieux refuges : l’accueil,Veilige plekken,"
        "Service de prévention d’Ixelles,Ixelles,Elsene,municipal\n"
        "2026,mention,1234567.89,P22,\"'-20 % de vols, \"\"vraiment\"\"\",,,"
        "Toute la Région,Hele Gewest,police\n").encode()


def test_csv_reads_back_and_no_amount_is_empty() -> None:
    rows = list(csv.DictReader(io.StringIO(P.csv_bytes([MENTION]).decode("utf-8"))))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["amount_eur"] == "" and rows[0]["title_nl"] == ""
    assert rows[0]["title_fr"] == "'-20 % de vols, \"vraiment\""


def test_an_empty_edition_has_the_header_only() -> None:
    assert P.csv_bytes([]) == (",".join(COLUMNS) + "\n").encode()
    assert json.loads(P.json_bytes(2026, [])) == {"edition": 2026, "results": []}


@pytest.mark.parametrize(("amount", "expected"), [
    (6000.0, 6000), (1250.5, 1250.5), (0.1 + 0.2, 0.3), (None, None), (99.999, 100)])
def test_json_amounts_are_numbers_to_the_cent(amount: float | None, expected: object) -> None:
    assert P.amount_number(amount) == expected
    assert type(P.amount_number(amount)) is type(expected)


def test_json_keeps_texts_exactly() -> None:
    document = json.loads(P.json_bytes(2026, [FIRST, MENTION]).decode("utf-8"))
    assert document["results"][1] == {
        "year": 2026, "award": "mention", "amount_eur": None, "project": "P22",
        "title_fr": "-20 % de vols, \"vraiment\"", "title_nl": "", "organisation": "",
        "municipality_fr": "Toute la Région", "municipality_nl": "Hele Gewest",
        "category": "police"}
    assert document["results"][0]["amount_eur"] == 6000


def test_xlsx_cells(tmp_path: Path) -> None:
    path = P.write_public_results(2026, [FIRST, replace(MENTION, title_fr="=1+1\x07",
                                                         amount_eur=250.0)],
                                  tmp_path / "r.xlsx")
    ws = load_workbook(path)["Results"]
    assert [c.value for c in ws[1]] == list(COLUMNS)
    assert ws["A2"].value == 2026 and ws["C2"].value == 6000
    assert ws["C2"].data_type == "n" and ws["C2"].number_format == "#,##0.00"
    assert ws["E3"].value == "=1+1" and ws["E3"].data_type == "s" and ws["E3"].quotePrefix
    assert ws["F3"].value is None  # an empty title is an empty cell
    assert ws.freeze_panes == "A2"


def test_municipality_names() -> None:
    assert municipality_names("21009") == ("Ixelles", "Elsene")
    assert municipality_names("region") == ("Toute la Région", "Hele Gewest")
    assert municipality_names(None) == ("", "")
    assert municipality_names("99999") == ("", "")


@pytest.mark.parametrize("name", ["r.txt", "r.xls", "r", "r.csv.bak"])
def test_other_extensions_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError) as refused:
        P.write_public_results(2026, [FIRST], tmp_path / name)
    assert "written as .csv, .xlsx or .json" in str(refused.value.problems[0])
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused_not_made(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        P.check_output(tmp_path / "missing" / "r.json")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_older_file(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(b"older\n")

    def broken(rows: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(P, "csv_bytes", broken)
    with pytest.raises(InputError):
        P.write_public_results(2026, [FIRST], path)
    assert path.read_bytes() == b"older\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]
