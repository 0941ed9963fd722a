"""The secretariat's own call for projects (../shared/reference/samples): Excel's
Windows-1252 CSV with French headers and values as people type them, and the same call
as a workbook. Exactly the three real mistakes are refused, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from yansenne.domain.editions import create_from_template
from yansenne.domain.lookup import find_edition
from yansenne.errors import InputError
from yansenne.exchange.records import import_projects
from yansenne.exchange.tabular import read_first_table
from yansenne.store.database import Database

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "samples"
EXPECTED = [
    (6, "I (e-mail)", '"jef.vandamme@jeugdco" is not an e-mail address'),
    (13, "A (n° dossier)", '"2027-04" is used twice in this sheet (first in row 5)'),
    (14, "D (catégorie)", "a value is required"),
]


@pytest.fixture
def edition_2027(db: Database) -> Database:
    with db.write() as session:
        create_from_template(session, 2027, actor="test")
    return db


@pytest.mark.parametrize("name", ["appel-2027-excel.csv", "appel-2027.xlsx"])
def test_the_sample_call_refuses_exactly_its_three_mistakes(edition_2027: Database,
                                                           name: str) -> None:
    path = SAMPLES / name
    assert path.is_file(), f"the sample is missing: {path}"
    with pytest.raises(InputError) as caught:
        import_projects(edition_2027, 2027, path)
    found = [(p.row, p.column, p.message) for p in caught.value.problems]
    assert found == EXPECTED
    assert {p.file for p in caught.value.problems} == {name}
    sheets = {p.sheet for p in caught.value.problems}
    assert sheets == ({None} if name.endswith(".csv") else {"Candidatures 2027"})
    with edition_2027.read() as session:
        assert find_edition(session, 2027).projects == []  # all or nothing


def test_the_sample_csv_reads_as_windows_1252_with_semicolons() -> None:
    sheet = read_first_table(SAMPLES / "appel-2027-excel.csv")
    assert sheet.header[0] == "n° dossier" and sheet.header[9] == "budget total (€)"
    first = sheet.rows[0].values
    assert first["titre du projet (fr)"].startswith("Ruelles éclairées")
    assert first["budget total (€)"] == "7.450,00"
    assert len(sheet.rows) == 13


def test_the_sample_rows_without_the_mistakes_all_go_in(edition_2027: Database,
                                                        tmp_path: Path) -> None:
    data = (SAMPLES / "appel-2027-excel.csv").read_bytes().split(b"\r\n")
    kept = [line for number, line in enumerate(data, start=1) if number not in (6, 13, 14)]
    path = tmp_path / "clean.csv"
    path.write_bytes(b"\r\n".join(kept))
    report = import_projects(edition_2027, 2027, path)
    assert report.counts["added"] == 10
    with edition_2027.read() as session:
        projects = {p.code: p for p in find_edition(session, 2027).projects}
        by_code = {code: (p.category.code, p.lead_actor, p.municipality, p.budget_eur)
                   for code, p in projects.items()}
    assert by_code["2027-01"] == ("citizens", "citizens", "21015", 7450.0)
    assert by_code["2027-02"][3] == 3200.0
    assert by_code["2027-03"][3] == 24500.5
    assert by_code["2027-06"][:2] == ("municipal", "municipal")  # "Services communaux de
    assert by_code["2027-08"][:2] == ("police", "police")  # prévention"; "Police"
    assert by_code["2027-10"][2] == "region"  # "Toute la Région"
    assert by_code["2027-11"][1:3] == ("regional", "21004")
