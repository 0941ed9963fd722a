"""The edition workbook (spec/edition-workbook.md): the lossless round trip on the demo
edition, how loosely typed cells are read, and --replace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.exchange.workbooks import YEAR, minimal_sheets, read_all, write_xlsx
from yansenne.errors import InputError
from yansenne.exchange.workbook import (
    SHEETS,
    export_edition,
    import_edition,
    read_edition_workbook,
)
from yansenne.reference import find_municipality
from yansenne.store.database import Database
from yansenne.store.models import (
    AuditEntry,
    Conflict,
    Criterion,
    Decision,
    Edition,
    Juror,
    Project,
    Score,
)
from yansenne.store.opening import open_database


def data_rows(sheet: list[tuple]) -> list[tuple]:
    return sheet[1:]


def test_demo_round_trip_is_lossless(tmp_path: Path, demo_path: Path) -> None:
    """Import, export, import the export into another database, export again: the two
    exports are equal cell for cell in every sheet, in both openpyxl reading modes."""
    first_db = open_database(tmp_path / "first.sqlite")
    second_db = open_database(tmp_path / "second.sqlite")
    try:
        report = import_edition(first_db, demo_path)
        assert report.year == 2026
        first = export_edition(first_db, 2026, tmp_path / "first.xlsx")
        again = import_edition(second_db, first)
        assert again.counts == report.counts
        assert again.warnings == []
        second = export_edition(second_db, 2026, tmp_path / "second.xlsx")
    finally:
        first_db.close()
        second_db.close()
    exported = read_all(first)
    assert list(exported) == list(SHEETS)
    assert read_all(second) == exported
    assert read_all(second, read_only=True) == read_all(first, read_only=True)
    # Nothing was lost on the way: the counts match what the demo holds.
    assert report.counts == {"categories": 5, "criteria": 4, "projects": 28, "jurors": 8,
                             "conflicts": 4, "scores": 768, "decisions": 0}
    assert {name: len(rows) - 1 for name, rows in exported.items()} == {
        "Edition": 18, "Categories": 5, "Criteria": 4, "Projects": 28, "Jurors": 8,
        "Conflicts": 4, "Scores": 768, "Decisions": 0, "Call values": 0}


def test_demo_export_keeps_the_demo_data(tmp_path: Path, db: Database,
                                         demo_path: Path) -> None:
    """Where the demo workbook is already canonical, the export says the same thing:
    same rows per sheet, same values (numbers compared as numbers, sets where the
    export orders rows its own way)."""
    import_edition(db, demo_path)
    original = read_all(demo_path)
    exported = read_all(export_edition(db, 2026, tmp_path / "out.xlsx"))
    for name in ("Categories", "Criteria", "Projects", "Jurors", "Conflicts", "Scores"):
        assert len(original[name]) == len(exported[name]), name
    assert set(dict(data_rows(original["Edition"])).items()) <= set(
        dict(data_rows(exported["Edition"])).items())
    assert data_rows(original["Categories"]) == data_rows(exported["Categories"])
    assert data_rows(original["Criteria"]) == data_rows(exported["Criteria"])
    assert [r + (None,) for r in data_rows(original["Jurors"])] == data_rows(exported["Jurors"])
    assert set(data_rows(original["Conflicts"])) == set(data_rows(exported["Conflicts"]))
    assert {(j, p, c, float(v), m) for j, p, c, v, m in data_rows(original["Scores"])} == {
        (j, p, c, float(v), m) for j, p, c, v, m in data_rows(exported["Scores"])}
    out_projects = {r[0]: r for r in data_rows(exported["Projects"])}
    for row in data_rows(original["Projects"]):
        out = out_projects[row[0]]
        # Titles, texts, contacts and budget unchanged; references in canonical form.
        for index in (1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14):
            assert out[index] == row[index], (row[0], index)
        assert set(out[7].split(";")) == set(row[7].split(";"))
        town = row[8]
        assert out[8] == ("region" if town == "region" else
                          find_municipality(str(town)).nis_code)  # type: ignore[union-attr]


def test_demo_import_writes_one_audit_entry(db: Database, demo_path: Path) -> None:
    import_edition(db, demo_path, actor="demo")
    with db.read() as s:
        entries = [(e.action, e.edition_year, e.actor, e.entity_key)
                   for e in s.scalars(select(AuditEntry))]
    assert entries == [("edition.import", 2026, "demo", "2026")]


def loose_sheets() -> dict[str, list[list]]:
    """MINIMAL, typed the way people type: headers in any case, spacing and order, an
    unknown column, blank rows, numbers as text with a decimal comma, dates as text,
    municipalities by name, partner actors in any order."""
    sheets = minimal_sheets()
    sheets["Edition"] = [["  VALUE ", "Key"], [YEAR, "year"], [None, None],
                         ["12/02/2032", "ceremony_date"], ["3", "quorum"]]
    sheets["Projects"] = [
        ["Title_FR", " CODE", "category ", "Municipality", "partner_actors", "Notes",
         "budget_eur"],
        ["Voisins attentifs", "P01", "citizens", 21004, "Police ; citizens, municipal",
         "internal", "1000,50"],
        [None, None, None, None, None, None, None],
        ["Marches exploratoires", "P02", "citizens", "Elsene", None, None, None],
        ["Agent de quartier", "P03", "police", "saint gilles", "REGIONAL", None, " 2 500 "],
        ["Patrouilles", "P04", "police", "Région", None, None, None],
    ]
    sheets["Scores"] = [
        ["Score", "Comment", "Criterion", "Project", "Juror"],
        ["7,5", "Bien", "relevance", "P01", "J1"],
        [None, None, None, None, None],
        ["8.5", None, "Innovation", "p01", "j1"],
        [4, None, "zone", "P03", "J1"],
    ]
    return sheets


def test_loosely_typed_workbook_is_read(tmp_path: Path, db: Database) -> None:
    path = write_xlsx(tmp_path / "loose.xlsx", loose_sheets())
    report = import_edition(db, path)
    assert [str(w) for w in report.warnings] == [
        'loose.xlsx: sheet Projects, row 1: unknown column "notes" ignored']
    assert report.counts["projects"] == 4 and report.counts["scores"] == 3
    with db.read() as s:
        edition = s.scalars(select(Edition)).one()
        assert (edition.year, edition.ceremony_date, edition.quorum) == (
            YEAR, dt.date(2032, 2, 12), 3)
        assert edition.name_nl == f"David Yansenne-prijs {YEAR}"
        projects = {p.code: (p.municipality, p.partner_actors, p.budget_eur, p.lead_actor)
                    for p in s.scalars(select(Project))}
        # No lead_actor column: none (optional), not guessed from the category.
        assert projects == {
            "P01": ("21004", "citizens;municipal;police", 1000.5, None),
            "P02": ("21009", "", None, None),
            "P03": ("21013", "regional", 2500.0, None),
            "P04": ("region", "", None, None),
        }
        scores = sorted((sc.juror.code, sc.project.code, sc.criterion.code, sc.value,
                         sc.comment) for sc in s.scalars(select(Score)))
        assert scores == [("J1", "P01", "innovation", 8.5, ""),
                          ("J1", "P01", "relevance", 7.5, "Bien"),
                          ("J1", "P03", "zone", 4.0, "")]


def test_date_cell_and_lead_actor_left_blank(tmp_path: Path, db: Database) -> None:
    """A real date cell is read as a date; a lead actor left blank stays blank (it is
    optional, edition-workbook.md), and comes back blank from the export."""
    sheets = minimal_sheets()
    sheets["Edition"][3] = ["ceremony_date", dt.datetime(2032, 3, 1)]
    sheets["Projects"][1][3] = None
    import_edition(db, write_xlsx(tmp_path / "dates.xlsx", sheets))
    with db.read() as s:
        assert s.scalars(select(Edition.ceremony_date)).one() == dt.date(2032, 3, 1)
        assert s.scalars(select(Project.lead_actor).where(Project.code == "P01")).one() is None
    exported = read_all(export_edition(db, YEAR, tmp_path / "out.xlsx"))
    header, *rows = exported["Projects"]
    assert {r[0]: r[header.index("lead_actor")] for r in rows}["P01"] is None


def test_minimal_edition_is_written_whole(minimal_db: Database) -> None:
    with minimal_db.read() as s:
        edition = s.scalars(select(Edition)).one()
        assert (edition.method, edition.quorum, edition.trim) == ("median", 2, 1)
        criteria = {c.code: (c.category.code if c.category else None, c.weight, c.min_value,
                              c.max_value, c.step) for c in s.scalars(select(Criterion))}
        assert criteria == {"relevance": (None, 1.0, 0.0, 10.0, 0.5),
                            "innovation": (None, 2.0, 0.0, 10.0, 0.5),
                            "zone": ("police", 1.0, 1.0, 5.0, 1.0)}
        jurors = {j.code: (j.role, j.language, len(j.assignments))
                  for j in s.scalars(select(Juror))}
        assert jurors == {"J1": ("president", "fr", 2), "J2": ("member", "nl", 2),
                          "OB": ("observer", "fr", 2)}
        conflicts = [(c.juror.code, c.project.code, c.reason)
                     for c in s.scalars(select(Conflict))]
        assert conflicts == [("J2", "P01", "Partner")]
        decisions = [(d.project.code, d.award, d.amount_eur, d.citation_fr)
                     for d in s.scalars(select(Decision))]
        assert decisions == [("P01", "1", 5000.0, "Pour son ancrage local.")]
        assert s.scalar(select(func.count(Score.id))) == 5


def test_juror_categories_round_trip(tmp_path: Path, db: Database) -> None:
    """The extra Jurors column `categories` narrows a juror's assignments and comes back
    in the export (blank when the juror scores every category)."""
    sheets = minimal_sheets()
    sheets["Jurors"][0].append("categories")
    sheets["Jurors"][3].append("police")
    import_edition(db, write_xlsx(tmp_path / "narrow.xlsx", sheets))
    jurors = read_all(export_edition(db, YEAR, tmp_path / "out.xlsx"))["Jurors"]
    assert [(r[0], r[6]) for r in jurors[1:]] == [("J1", None), ("J2", None), ("OB", "police")]


def test_existing_edition_needs_replace(tmp_path: Path, minimal_db: Database,
                                        minimal_path: Path) -> None:
    """A second import of the same year is refused; with replace=True the new content
    replaces the old entirely (nothing of the old edition survives)."""
    with pytest.raises(InputError) as caught:
        import_edition(minimal_db, minimal_path)
    assert [str(p) for p in caught.value.problems] == [
        f"minimal.xlsx: sheet Edition: edition {YEAR} already exists in the database; use "
        "--replace to replace it"]
    sheets = minimal_sheets()
    sheets["Projects"] = sheets["Projects"][:2]
    sheets["Projects"][1][2] = "Nouveau titre"
    sheets["Scores"] = sheets["Scores"][:2]
    sheets["Conflicts"] = sheets["Conflicts"][:1]
    report = import_edition(minimal_db, write_xlsx(tmp_path / "new.xlsx", sheets),
                            replace=True)
    assert report.counts["projects"] == 1
    with minimal_db.read() as s:
        assert s.scalars(select(Project.title_fr)).all() == ["Nouveau titre"]
        assert s.scalar(select(func.count(Score.id))) == 1
        assert s.scalar(select(func.count(Conflict.juror_id))) == 0
        assert s.scalar(select(func.count(Edition.id))) == 1
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["edition.import", "edition.replace"]


def test_locked_edition_cannot_be_replaced(minimal_db: Database, minimal_path: Path) -> None:
    with minimal_db.write() as s:
        s.scalars(select(Edition)).one().locked_at = dt.datetime(2032, 2, 1)
    with pytest.raises(InputError, match="is locked"):
        import_edition(minimal_db, minimal_path, replace=True)


def test_optional_sheets_may_be_absent(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    for name in ("Conflicts", "Scores", "Decisions"):
        del sheets[name]
    report = import_edition(db, write_xlsx(tmp_path / "bare.xlsx", sheets))
    assert (report.counts["scores"], report.counts["conflicts"]) == (0, 0)


def test_unknown_sheet_is_a_warning(tmp_path: Path, db: Database) -> None:
    sheets = minimal_sheets()
    sheets["Notes"] = [["anything"], ["at all"]]
    report = import_edition(db, write_xlsx(tmp_path / "extra.xlsx", sheets))
    assert [str(w) for w in report.warnings] == [
        'extra.xlsx: unknown sheet "Notes" ignored']


def test_missing_sheet_is_refused(tmp_path: Path) -> None:
    sheets = minimal_sheets()
    del sheets["Categories"]
    with pytest.raises(InputError) as caught:
        read_edition_workbook(write_xlsx(tmp_path / "nocat.xlsx", sheets))
    assert str(caught.value.problems[0]) == 'nocat.xlsx: the sheet "Categories" is missing'


def test_export_of_an_unknown_year_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no edition 1999 in the database"):
        export_edition(db, 1999, tmp_path / "none.xlsx")
    assert not (tmp_path / "none.xlsx").exists()


def test_rich_edition_round_trip(tmp_path: Path, db: Database) -> None:
    """The fields beyond the demo survive export and import: trim 0, tie-break rules,
    multi-line texts, narrowed juror categories, a criterion code reused per category,
    mentions with justifications, a zero amount."""
    sheets = minimal_sheets()
    sheets["Edition"] += [["trim", 0], ["tie_break", "criterion:innovation; median\nfirst_places"],
                          ["foreword_nl", "Voorwoord\nop twee regels"]]
    sheets["Jurors"][0].append("categories")
    sheets["Jurors"][3].append("police")
    sheets["Criteria"].append(["zone", "Zone citoyenne", "citizens", 1, 0, 4, 2])
    sheets["Scores"] += [["J1", "P02", "zone", 4, "Ligne 1\nLigne 2"]]
    sheets["Decisions"] = [["project", "award", "amount_eur", "justification"],
                           ["P01", 1, 5000, None], ["P02", "Mention", 0, "Écart justifié"],
                           ["P04", "mention", None, None]]
    import_edition(db, write_xlsx(tmp_path / "rich.xlsx", sheets))
    first = export_edition(db, YEAR, tmp_path / "first.xlsx")
    other = open_database(tmp_path / "other.sqlite")
    try:
        import_edition(other, first)
        second = export_edition(other, YEAR, tmp_path / "second.xlsx")
    finally:
        other.close()
    cells = read_all(first)
    assert read_all(second) == cells
    edition = dict(cells["Edition"][1:])
    assert (edition["trim"], edition["tie_break"], edition["foreword_nl"]) == (
        0, "criterion:innovation;median;first_places", "Voorwoord\nop twee regels")
    assert [(r[0], r[6]) for r in cells["Jurors"][1:]] == [("J1", None), ("J2", None),
                                                           ("OB", "police")]
    assert [(r[0], r[4], r[7]) for r in cells["Criteria"][1:]] == [
        ("relevance", None, 10), ("innovation", None, 10), ("zone", "police", 5),
        ("zone", "citizens", 4)]
    assert ("J1", "P02", "zone", 4, "Ligne 1\nLigne 2") in cells["Scores"]
    assert [(r[0], r[1], r[2], r[6]) for r in cells["Decisions"][1:]] == [
        ("P01", "1", 5000, None), ("P02", "mention", 0, "Écart justifié"),
        ("P04", "mention", None, None)]


def test_language_lead_actor_and_call_values_round_trip(tmp_path: Path, db: Database) -> None:
    """The Projects sheet's language, a blank lead actor and the "Call values" sheet (the
    edition's value mapping) survive export and import; a call value is read by it."""
    sheets = minimal_sheets()
    sheets["Projects"][0].append("language")
    sheets["Projects"][1].append("NL")
    sheets["Projects"][2].append(None)
    sheets["Projects"][3].append("en")
    sheets["Projects"][2][3] = None  # P02 without a lead actor
    sheets["Projects"][4][3] = "Brigade"  # P04: a call value, mapped below
    sheets["Call values"] = [["field", "value", "code"], ["category", "Quartiers", "citizens"],
                             ["lead_actor", "brigade", "police"]]
    import_edition(db, write_xlsx(tmp_path / "values.xlsx", sheets))
    with db.read() as s:
        found = {p.code: (p.language, p.lead_actor) for p in s.scalars(select(Project))}
        assert found == {"P01": ("nl", "citizens"), "P02": ("fr", None),
                         "P03": ("en", "police"), "P04": ("fr", "police")}
        assert s.scalars(select(Edition.value_mapping)).one() == {
            "category": {"quartiers": "citizens"}, "lead_actor": {"brigade": "police"}}
    first = export_edition(db, YEAR, tmp_path / "first.xlsx")
    other = open_database(tmp_path / "other.sqlite")
    try:
        import_edition(other, first)
        second = export_edition(other, YEAR, tmp_path / "second.xlsx")
    finally:
        other.close()
    cells = read_all(first)
    assert read_all(second) == cells
    assert cells["Call values"] == [("field", "value", "code"),
                                    ("category", "quartiers", "citizens"),
                                    ("lead_actor", "brigade", "police")]
    header = cells["Projects"][0]
    assert [(r[0], r[header.index("lead_actor")], r[header.index("language")])
            for r in cells["Projects"][1:]] == [
        ("P01", "citizens", "nl"), ("P02", None, "fr"), ("P03", "police", "en"),
        ("P04", "police", "fr")]
