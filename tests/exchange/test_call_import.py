"""The call's spreadsheet: mapping proposed by name, rows checked before anything is
written, then one atomic import of the mapped columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from yansenne.errors import InputError
from yansenne.exchange.call_import import (
    check_call,
    import_call,
    mapping_problems,
    propose_mapping,
    read_call_file,
)
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Project

HEADER = ["Référence", "Catégorie", "Titre du projet", "Titel", "Porteur", "Gemeente",
          "Courriel", "Budget (EUR)", "Remarques"]
ROWS = [
    ["C01", "citizens", "Rue apaisée", "Rustige straat", "Comité Rue Haute", "Schaerbeek",
     "info@ruehaute.example", 1200, "vu"],
    ["C02", "police", "Vélos de nuit", "", "Zone Midi", "21001", "nuit@midi", -5, ""],
    ["P01", "citizens", "Projet 1 renommé", "Project 1 hernoemd", "ASBL Exemple 1", "region",
     "", 10000, ""],
]
MAPPING = {"référence": "code", "catégorie": "category", "titre du projet": "title_fr",
           "titel": "title_nl", "porteur": "organisation", "gemeente": "municipality",
           "courriel": "contact_email", "budget (eur)": "budget_eur", "remarques": None}


def write_csv(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    lines = [";".join(header)] + [";".join("" if v is None else str(v) for v in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Appel 2026"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def projects(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Project.id))) or 0


def test_mapping_is_proposed_from_the_files_own_names() -> None:
    headers = read_headers = [h.lower() for h in HEADER]
    # "Porteur" is the lead actor's type (edition-workbook.md), as the command line reads it.
    assert propose_mapping(read_headers) == dict(zip(headers, [
        "code", "category", "title_fr", "title_nl", "lead_actor", "municipality",
        "contact_email", "budget_eur", None], strict=True))
    assert propose_mapping(["code", "title_fr", "titel_nl", "e-mail", "budjet"]) == {
        "code": "code", "title_fr": "title_fr", "titel_nl": "title_nl",
        "e-mail": "contact_email", "budjet": "budget_eur"}
    # One column per target: the second "titre" is left for the user to map.
    assert propose_mapping(["titre", "titre du projet"]) == {"titre": "title_fr",
                                                             "titre du projet": None}


def test_mapping_problems_name_duplicates_and_missing_required_columns() -> None:
    assert mapping_problems({"a": "code", "b": "code", "c": "title_fr"}) == [
        "the columns \"a\", \"b\" are all mapped to code; keep one",
        "no column is mapped to the required column category"]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_the_bad_row_is_shown_and_nothing_is_written(small_db: Database, tmp_path: Path,
                                                     writer) -> None:  # type: ignore[no-untyped-def]
    path = writer(tmp_path / ("call.csv" if writer is write_csv else "call.xlsx"), ROWS)
    call = read_call_file(path)
    check = check_call(small_db, 2026, call, MAPPING)
    assert [(r.number, r.code, r.action) for r in check.rows] == [
        (2, "C01", "add"), (3, "C02", "refused"), (4, "P01", "update")]
    messages = [str(p) for p in check.rows[1].problems]
    where = "" if writer is write_csv else "sheet Appel 2026, "
    assert messages == [
        f"{path.name}: {where}row 3, column G (courriel): \"nuit@midi\" is not an e-mail address",
        f"{path.name}: {where}row 3, column H (budget (eur)): \"-5\" must be at least 0",
    ]
    assert not check.importable and check.counts() == {"add": 1, "update": 1, "refused": 1}
    with pytest.raises(InputError):
        import_call(small_db, 2026, call, MAPPING, actor="desk")
    assert projects(small_db) == 6


def test_a_clean_file_is_imported_at_once_touching_only_mapped_columns(
        small_db: Database, tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[2]]
    call = read_call_file(write_csv(tmp_path / "call.csv", rows))
    assert check_call(small_db, 2026, call, MAPPING).importable
    report = import_call(small_db, 2026, call, MAPPING, actor="desk")
    assert report.counts == {"added": 1, "changed": 1, "unchanged": 0}
    with small_db.read() as s:
        new = s.scalars(select(Project).where(Project.code == "C01")).one()
        # No lead actor in the file: none (it is optional), not guessed from the category.
        assert (new.municipality, new.budget_eur, new.lead_actor) == ("21015", 1200.0, None)
        old = s.scalars(select(Project).where(Project.code == "P01")).one()
        assert (old.title_fr, old.municipality) == ("Projet 1 renommé", "region")
        # A mapped column is the file's word, even blank; an unmapped one is kept.
        assert old.summary_fr == "Résumé." and old.contact_email == ""
        entries = s.execute(select(AuditEntry.action, AuditEntry.entity_key, AuditEntry.details)
                            .where(AuditEntry.entity == "project")).all()
    assert [(a, k) for a, k, _ in entries] == [("project.add", "C01"), ("project.update", "P01")]
    assert all('"file": "call.csv"' in d for _, _, d in entries)
    again = import_call(small_db, 2026, call, MAPPING, actor="desk")
    assert again.counts == {"added": 0, "changed": 0, "unchanged": 2}


def test_a_row_refused_by_the_registry_rolls_everything_back(small_db: Database,
                                                             tmp_path: Path) -> None:
    from yansenne.domain.lookup import find_edition

    with small_db.write() as s:  # relevance now belongs to the citizens' grid only
        edition = find_edition(s, 2026)
        edition.criteria[0].category_id = edition.categories[0].id
    rows = [ROWS[0], ["P01", "police", "Projet 1", "", "", "", "", "", ""]]
    call = read_call_file(write_csv(tmp_path / "call.csv", rows))
    with pytest.raises(InputError) as refused:
        import_call(small_db, 2026, call, MAPPING, actor="desk")
    assert "row 3: project P01 has 2 scores" in str(refused.value)
    assert projects(small_db) == 6


def test_an_unreadable_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "call.csv"
    # Latin-1 is now read as Windows-1252; the five bytes it leaves undefined are not.
    path.write_bytes(b"code;titre\nC1;Caf\x81\n")
    with pytest.raises(InputError, match="call.csv: line 2 holds a character that is neither"):
        read_call_file(path)


def test_an_import_is_undone_exactly(small_db: Database, tmp_path: Path) -> None:
    from yansenne.exchange.call_import import undo_call

    call = read_call_file(write_csv(tmp_path / "call.csv", [ROWS[0], ROWS[2]]))
    report = import_call(small_db, 2026, call, MAPPING, actor="desk")
    assert report.added == ["C01"] and list(report.previous) == ["P01"]
    assert report.previous["P01"]["title_fr"] == "Projet 1 — sécurité"
    with small_db.write() as s:
        undo_call(s, 2026, report, actor="desk")
    with small_db.read() as s:
        assert s.scalar(select(func.count(Project.id))) == 6
        old = s.scalars(select(Project).where(Project.code == "P01")).one()
        assert (old.title_fr, old.contact_email, old.budget_eur) == (
            "Projet 1 — sécurité", "contact1@example.org", 10000.0)


def test_values_mapped_once_are_stored_and_the_valid_rows_imported_alone(
        small_db: Database, tmp_path: Path) -> None:
    """A category the name rules do not resolve is listed once, mapped, stored with the
    edition by the import (and taken back by its undo); with skip_invalid the faulty row
    is left out and saved to the rejects file."""
    from yansenne.domain.record_import import value_mapping
    from yansenne.exchange.call_import import (
        apply_call,
        undo_call,
        unmapped_values,
        value_options,
    )

    header = ["Référence", "Catégorie", "Titre du projet"]
    path = write_csv(tmp_path / "values.csv", [["Q1", "Quartiers", "Rue apaisée"],
                                               ["Q2", "quartiers ", "Place vivante"],
                                               ["Q3", "police", ""]], header)
    call = read_call_file(path)
    mapping = {"référence": "code", "catégorie": "category", "titre du projet": "title_fr"}
    options = value_options(small_db, 2026)
    listed = unmapped_values(call, mapping, options, {})
    assert [(v.field, v.value, v.key, v.rows, v.code) for v in listed] == [
        ("category", "Quartiers", "quartiers", 2, None)]
    values = {"category": {"quartiers": "citizens"}}
    check = check_call(small_db, 2026, call, mapping, values)
    assert check.counts() == {"add": 2, "update": 0, "refused": 1}
    assert not check.importable and check.partly_importable
    with pytest.raises(InputError):
        import_call(small_db, 2026, call, mapping, actor="desk", values=values)
    assert projects(small_db) == 6 and value_mapping(small_db, 2026) == {}
    rejects = tmp_path / "refused.csv"
    report = import_call(small_db, 2026, call, mapping, actor="desk", values=values,
                         skip_invalid=True, rejects=rejects)
    assert report.counts == {"added": 2, "changed": 0, "unchanged": 0}
    assert [r.row for r in report.refused] == [4] and report.rejects == rejects
    lines = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith("Titre du projet;problem") and lines[1].startswith("Q3;police;;")
    assert value_mapping(small_db, 2026) == values
    assert unmapped_values(call, mapping, options, value_mapping(small_db, 2026))[0].code == (
        "citizens")
    with small_db.write() as session:
        undo_call(session, 2026, report, actor="desk")
    assert projects(small_db) == 6 and value_mapping(small_db, 2026) == {}
    with small_db.write() as session:
        again = apply_call(session, 2026, call, mapping, actor="desk", values=values,
                           skip_invalid=True)
    assert again.counts["added"] == 2 and value_mapping(small_db, 2026) == values
