"""The dossier and the minutes of an edition with stages print the consensus texts (or
the majority and the minority texts, labelled) of the projects that reached the last
stage, in the document's language(s); an edition without stages prints none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.domain import consensus_setup
from tests.domain.consensus_setup import YEAR, finalists
from tests.reports.ceremony_setup import flat, pdf_pages
from yansenne.domain import consensus as C
from yansenne.domain.work import write
from yansenne.reports.dossier import write_dossier
from yansenne.reports.minutes import write_minutes
from yansenne.store.database import Database

staged_file, staged_db = consensus_setup.staged_file, consensus_setup.staged_db
CONSENSUS = ("Le rapporteur salue l’œuvre commune des habitants.",
             "De rapporteur prijst het gezamenlijke werk van de bewoners.")
MAJORITY = ("La majorité loue l’ampleur du projet.", "De meerderheid looft de omvang ervan.")
MINORITY = ("La minorité doute de sa pérennité.", "De minderheid twijfelt aan zijn duurzaamheid.")


@pytest.fixture
def texts_db(staged_db: Database) -> Database:
    """Every finalist with a text: the first two as above, the others short ones."""
    projects = finalists(staged_db)
    C.write_consensus(staged_db, YEAR, projects[0], "consensus", *CONSENSUS, actor="t")
    write(staged_db, lambda s: C.set_project_texts(
        s, YEAR, projects[1], {"majority": MAJORITY, "minority": MINORITY}, actor="t"))
    for project in projects[2:]:
        C.write_consensus(staged_db, YEAR, project, "consensus", f"Avis sur {project}.",
                          f"Advies over {project}.", actor="t")
    return staged_db


def text_of(db: Database, kind: str, lang: str, tmp_path: Path) -> str:
    target = tmp_path / f"{kind}-{lang}.pdf"
    (write_dossier if kind == "dossier" else write_minutes)(db, YEAR, lang, target)
    return flat(" ".join(pdf_pages(target)))


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_dossier_and_minutes_in_one_language(texts_db: Database, tmp_path: Path,
                                             lang: str) -> None:
    own, other = (0, 1) if lang == "fr" else (1, 0)
    first, second = finalists(texts_db)[:2]
    for kind in ("dossier", "minutes"):
        text = text_of(texts_db, kind, lang, tmp_path)
        heading = ("Les avis motivés du jury" if lang == "fr"
                   else "De gemotiveerde adviezen van de jury")
        english = "The jury's reasoned opinions"
        assert heading in text or english in text
        assert CONSENSUS[own] in text and CONSENSUS[other] not in text
        assert MAJORITY[own] in text and MINORITY[own] in text
        assert MAJORITY[other] not in text
        assert first in text and second in text
        last = finalists(texts_db)[-1]
        assert (f"Avis sur {last}." if lang == "fr" else f"Advies over {last}.") in text


def test_fr_nl_dossier_prints_both(texts_db: Database, tmp_path: Path) -> None:
    text = text_of(texts_db, "dossier", "fr+nl", tmp_path)
    for pair in (CONSENSUS, MAJORITY, MINORITY):
        assert pair[0] in text and pair[1] in text


def test_english_dossier_prints_french_and_dutch_labelled(texts_db: Database,
                                                          tmp_path: Path) -> None:
    text = text_of(texts_db, "dossier", "en", tmp_path)
    assert "The jury's reasoned opinions" in text
    assert "Majority text" in text and "Minority text" in text and "Consensus text" in text
    assert "FRANÇAIS" in text and "NEDERLANDS" in text
    for pair in (CONSENSUS, MAJORITY, MINORITY):
        assert pair[0] in text and pair[1] in text
    # the reached stage is named
    assert "(Final)" in text


def test_a_missing_text_is_said(staged_db: Database, tmp_path: Path) -> None:
    first = finalists(staged_db)[0]
    C.write_consensus(staged_db, YEAR, first, "consensus", CONSENSUS[0], "", actor="t")
    text = text_of(staged_db, "dossier", "nl", tmp_path)
    assert CONSENSUS[0] not in text
    assert "No text recorded." in text or "Geen tekst opgenomen." in text


def test_an_edition_without_stages_prints_no_opinions(tmp_path: Path) -> None:
    from yansenne.exchange.workbook import import_edition
    from yansenne.paths import demo_workbook
    from yansenne.store.opening import open_database

    db = open_database(tmp_path / "plain.sqlite")
    try:
        import_edition(db, demo_workbook())
        for lang in ("en", "fr"):
            target = tmp_path / f"plain-{lang}.pdf"
            write_dossier(db, 2026, lang, target)
            text = flat(" ".join(pdf_pages(target)))
            assert "reasoned opinions" not in text and "avis motivés" not in text
    finally:
        db.close()
