"""The Projects columns as a secretariat writes them: French or Dutch headers (folded:
no case, accents or punctuation) and values by name, located in the file's own terms."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from yansenne.domain.record_import import Context
from yansenne.errors import InputError
from yansenne.exchange.fields import HEADER_SYNONYMS, header_map
from yansenne.exchange.records import import_projects
from yansenne.exchange.sheets import PROJECT_COLUMNS, project_columns, read_projects
from yansenne.exchange.tabular import read_csv
from yansenne.store.database import Database
from yansenne.store.models import Project

YEAR = 2026


@pytest.mark.parametrize(("header", "column"), [
    ("N° dossier", "code"), ("Numéro", "code"), ("DOSSIER", "code"), ("nummer", "code"),
    ("Titre", "title_fr"), ("Titre du projet (FR)", "title_fr"),
    ("Titel van het project (NL)", "title_nl"), ("Catégorie", "category"),
    ("categorie", "category"), ("Organisation porteuse", "organisation"),
    ("Type de porteur", "lead_actor"), ("Type aanvrager", "lead_actor"),
    ("Commune", "municipality"), ("Gemeente", "municipality"),
    ("Personne de contact", "contact_name"), ("E-mail", "contact_email"),
    ("Courriel", "contact_email"), ("Budget total (€)", "budget_eur"),
    ("Totaal budget", "budget_eur"), ("Résumé du projet", "summary_fr"),
    ("Samenvatting", "summary_nl"), ("Title FR", "title_fr"), ("budget_eur", "budget_eur"),
])
def test_headers_a_secretariat_writes(header: str, column: str) -> None:
    assert header_map([header.lower()], PROJECT_COLUMNS, HEADER_SYNONYMS) == {
        header.lower(): column}


def test_a_second_header_for_the_same_column_is_ignored_with_a_warning(
        tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Numéro;code;Titre;Catégorie\nP01;X;Un;citizens\n", encoding="utf-8")
    sheet = read_csv(path)
    context = Context(categories={"citizens": "citizens"})
    problems: list = []
    warnings: list = []
    records = read_projects(sheet, context, problems, warnings)
    assert [r["code"] for r in records] == ["P01"]
    assert [w.message for w in warnings] == [
        'column "code" ignored: column "numéro" already gives code']
    assert project_columns(["numéro", "code", "titre"]) == {"code", "title_fr"}


def test_french_headers_and_names_go_in_and_faults_name_the_files_column(
        small_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "appel.csv"
    rows = ["N° dossier;Titre du projet (FR);Catégorie;Type de porteur;Commune;Budget total (€)",
            "P07;Nouveau;Services de police;Police;Toute la Région;12 500 €",
            "P08;Autre;Citoyens;citoyens;Ixelles;7.450"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    with pytest.raises(InputError) as caught:
        import_projects(small_db, YEAR, path)
    assert [str(p) for p in caught.value.problems] == [
        'appel.csv: row 3, column F (budget total (€)): "7.450" is ambiguous: write it as '
        '"7450" or as "7,450"']
    path.write_bytes("\r\n".join(rows[:2]).encode("cp1252"))
    import_projects(small_db, YEAR, path)
    with small_db.read() as s:
        project = s.scalars(select(Project).where(Project.code == "P07")).one()
        assert (project.category.code, project.lead_actor, project.municipality,
                project.budget_eur) == ("police", "police", "region", 12500.0)


def test_an_unknown_or_too_short_category_is_refused_naming_the_choices(
        small_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "appel.csv"
    path.write_text("code;titre;catégorie;porteur\nP07;A;Sports;police\nP08;B;Services;police\n"
                    "P09;C;Servi;police\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:  # "Services" begins one name here: police
        import_projects(small_db, YEAR, path)
    assert [(p.row, p.column, p.message) for p in caught.value.problems] == [
        (2, "C (catégorie)", 'unknown category "Sports"; choose one of: citizens, police'),
        (4, "C (catégorie)", '"Servi" is too short to name one of: citizens (Citizens), '
         "police (Police services); write at least 6 letters or the whole name")]


def test_reading_leaves_the_files_own_headers_and_values(tmp_path: Path) -> None:
    """The rows are read under the Projects names from a copy: the sheet as read from the
    file (what a rejects file writes back) keeps its own headers and values."""
    path = tmp_path / "p.csv"
    path.write_text("Numéro;Titre;Catégorie\nP01;Un;citizens\n", encoding="utf-8")
    sheet = read_csv(path)
    read_projects(sheet, Context(categories={"citizens": "citizens"}), [], [])
    assert sheet.header == ["numéro", "titre", "catégorie"]
    assert sheet.rows[0].values == {"numéro": "P01", "titre": "Un", "catégorie": "citizens"}
