"""`edition create` and `projects import --skip-invalid [--rejects FILE]` run through
`main()`: what they print, their exit status, and what the database holds afterwards."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.test_commands import digest, query

CALL = ("code;category;title_fr;municipality\r\n"
        "C01;citizens;Voisins attentifs;Ixelles\r\n"
        "C02;nowhere;Catégorie inconnue;Ixelles\r\n"  # refused: unknown category
        "C03;police;Rues sûres;21004\r\n"
        "C01;citizens;Doublon;Ixelles\r\n"  # refused: the code is used twice
        "C05;associations;Quartier vivant;region\r\n")


def write_call(tmp_path: Path) -> Path:
    path = tmp_path / "call.csv"
    path.write_bytes(b"\xef\xbb\xbf" + CALL.encode("utf-8"))
    return path


def test_edition_create_from_the_template(run: Run, db_path: Path) -> None:
    result = run("edition", "create", "2027")
    assert (result.code, result.err) == (0, "")
    assert result.out.strip() == "edition 2027 created from the template: 5 categories, 4 criteria"
    assert query(db_path, "SELECT year, name_en FROM editions") == [
        (2027, "David Yansenne Prize 2027")]
    assert query(db_path, "SELECT count(*) FROM categories") == [(5,)]
    assert query(db_path, "SELECT action, entity_key, actor FROM audit_log") == [
        ("edition.create", "2027", "secretariat")]


def test_edition_create_from_another_edition(run: Run, db_path: Path) -> None:
    run("demo")
    result = run("edition", "create", "2027", "--from", "2026")
    assert (result.code, result.err) == (0, "")
    assert result.out.strip() == ("edition 2027 created from edition 2026: 5 categories, "
                                  "4 criteria, 8 jurors")
    assert query(db_path, "SELECT count(*) FROM projects p JOIN editions e "
                          "ON e.id = p.edition_id WHERE e.year = 2027") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM jurors j JOIN editions e "
                          "ON e.id = j.edition_id WHERE e.year = 2027") == [(8,)]


def test_edition_create_refusals(run: Run, db_path: Path) -> None:
    assert run("edition", "create", "2027").code == 0
    before = digest(db_path)
    existing = run("edition", "create", "2027")
    assert (existing.code, existing.out, existing.err_lines) == (
        2, "", ["edition 2027 already exists"])
    missing = run("edition", "create", "2028", "--from", "2025")
    assert (missing.code, missing.out, missing.err_lines) == (
        2, "", ["no edition 2025 in the database"])
    assert digest(db_path) == before
    assert query(db_path, "SELECT year FROM editions") == [(2027,)]


def test_projects_import_skip_invalid_with_rejects(run: Run, db_path: Path,
                                                   tmp_path: Path) -> None:
    run("edition", "create", "2027")
    call = write_call(tmp_path)
    rejects = tmp_path / "r.csv"
    result = run("projects", "import", "2027", str(call), "--skip-invalid",
                 "--rejects", str(rejects))
    assert result.code == 0
    assert result.out.splitlines() == ["projects: 3 added, 0 changed, 0 unchanged",
                                       "refused rows: 2", f"refused rows written to {rejects}"]
    # The refused rows are located as any refusal is (the readers' wording may change).
    refused = [line for line in result.err_lines if not line.startswith("warning:")]
    assert any(line.startswith("call.csv: row 3, column B (category): ") for line in refused)
    assert any(line.startswith("call.csv: row 5, column A (code): ") for line in refused)
    assert query(db_path, "SELECT code FROM projects ORDER BY code") == [
        ("C01",), ("C03",), ("C05",)]
    assert query(db_path, "SELECT title_fr FROM projects WHERE code = 'C01'") == [
        ("Voisins attentifs",)]
    rows = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8-sig")),
                           delimiter=";"))
    assert rows[0] == ["code", "category", "title_fr", "municipality", "problem"]
    assert [r[:4] for r in rows[1:]] == [["C02", "nowhere", "Catégorie inconnue", "Ixelles"],
                                         ["C01", "citizens", "Doublon", "Ixelles"]]
    assert all(r[4] for r in rows[1:])


def test_projects_import_without_skip_invalid_writes_nothing(run: Run, db_path: Path,
                                                             tmp_path: Path) -> None:
    run("edition", "create", "2027")
    before = digest(db_path)
    result = run("projects", "import", "2027", str(write_call(tmp_path)))
    assert (result.code, result.out) == (2, "")
    assert any(line.startswith("call.csv: row 3, column B (category): ")
               for line in result.err_lines)
    assert digest(db_path) == before
    assert query(db_path, "SELECT count(*) FROM projects") == [(0,)]


def test_projects_import_rejects_needs_skip_invalid(run: Run, db_path: Path,
                                                    tmp_path: Path) -> None:
    run("edition", "create", "2027")
    before = digest(db_path)
    result = run("projects", "import", "2027", str(write_call(tmp_path)), "--rejects",
                 str(tmp_path / "r.csv"))
    assert (result.code, result.out) == (2, "")
    assert "--rejects needs --skip-invalid" in result.err
    assert digest(db_path) == before
    assert not (tmp_path / "r.csv").exists()


def test_projects_import_rejects_never_overwrites_the_input(run: Run, db_path: Path,
                                                            tmp_path: Path) -> None:
    run("edition", "create", "2027")
    call = write_call(tmp_path)
    result = run("projects", "import", "2027", str(call), "--skip-invalid", "--rejects",
                 str(call))
    assert result.code == 2
    assert "would overwrite the file being imported" in result.err
    assert call.read_bytes() == b"\xef\xbb\xbf" + CALL.encode("utf-8")
    assert query(db_path, "SELECT count(*) FROM projects") == [(0,)]


SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "samples"


def test_the_real_call_csv_with_skip_invalid(run: Run, db_path: Path, tmp_path: Path) -> None:
    """Excel's Belgian CSV (Windows-1252, semicolons, French headers, "7.450,00"): 10
    projects in, its 3 real mistakes refused with their reasons and written back with
    the file's own headers."""
    assert run("edition", "create", "2027").code == 0
    rejects = tmp_path / "refused.csv"
    result = run("--lang", "fr", "projects", "import", "2027",
                 str(SAMPLES / "appel-2027-excel.csv"), "--skip-invalid", "--rejects",
                 str(rejects))
    assert result.code == 0
    assert result.out.splitlines()[:2] == ["projets\u202f: 10 ajoutés, 0 modifiés, 0 inchangés",
                                           "lignes refusées\u202f: 3"]
    refused = [line for line in result.err_lines if not line.startswith("avertissement")]
    assert [line.split(":")[1].strip() for line in refused] == [
        "ligne 6, colonne I (e-mail)", "ligne 13, colonne A (n° dossier)",
        "ligne 14, colonne D (catégorie)"]
    assert query(db_path, "SELECT budget_eur, municipality FROM projects "
                          "WHERE code = '2027-01'") == [(7450.0, "21015")]
    rows = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8-sig")),
                           delimiter=";"))
    assert rows[0][0] == "N° dossier" and rows[0][-1] == "problem"
    assert [r[0] for r in rows[1:]] == ["2027-05", "2027-04", "2027-12"]


def test_projects_import_reads_the_value_mapping_stored_by_the_desk(
        run: Run, db_path: Path, tmp_path: Path) -> None:
    """Values the name rules do not resolve, mapped once in the desk's preview (stored with
    the edition), are read the same way by the command line; the language column too."""
    from yansenne.domain.record_import import store_value_mapping
    from yansenne.store.opening import open_database

    assert run("edition", "create", "2027").code == 0
    path = tmp_path / "values.csv"
    path.write_bytes("N° dossier;Catégorie;Titre;Porteur;language\r\n"
                     "C01;Quartiers;Voisins attentifs;Comité de quartier;NL\r\n"
                     "C02;Police;Rues sûres;;\r\n".encode("cp1252"))
    refused = run("projects", "import", "2027", str(path))
    assert refused.code == 2
    assert any("row 2, column B (" in line and '"Quartiers"' in line
               for line in refused.err_lines)
    db = open_database(db_path)
    try:
        with db.write() as session:
            store_value_mapping(session, 2027, {"category": {"quartiers": "citizens"},
                                                "lead_actor": {"comite de quartier":
                                                               "citizens"}}, actor="desk")
    finally:
        db.close()
    result = run("projects", "import", "2027", str(path))
    assert (result.code, result.out.strip()) == (0, "projects: 2 added, 0 changed, 0 unchanged")
    assert query(db_path, "SELECT p.code, c.code, p.lead_actor, p.language FROM projects p "
                          "JOIN categories c ON c.id = p.category_id ORDER BY p.code") == [
        ("C01", "citizens", "citizens", "nl"), ("C02", "police", None, "fr")]
