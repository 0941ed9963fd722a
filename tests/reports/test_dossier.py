"""The ceremony dossier read back from the PDF: languages, laureates, jurors, numbering,
the DRAFT mark, fonts, metadata and outline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from tests.reports.ceremony_setup import (
    AWARDS,
    CITATIONS,
    YEAR,
    deliberate,
    demo_copy,
    flat,
    jurors_of,
    lock,
    pdf_fonts,
    pdf_pages,
    project_titles,
)
from yansenne.errors import InputError
from yansenne.reports.ceremony_data import format_amount, format_date, gather
from yansenne.reports.dossier import build_dossier, write_dossier
from yansenne.store.database import Database

LANG_INDEX = {"fr": 0, "nl": 1, "en": 2}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo.sqlite"


@pytest.fixture
def plain(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """The demo edition as shipped: scored, no decision yet."""
    db = demo_copy(demo_file, tmp_path / "plain.sqlite")
    yield db
    db.close()


@pytest.fixture
def deliberated(plain: Database) -> Database:
    deliberate(plain)
    return plain


def build(db: Database, lang: str, path: Path) -> list[str]:
    write_dossier(db, YEAR, lang, path)
    return pdf_pages(path)


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_laureates_titles_and_citations_in_the_language(deliberated: Database, tmp_path: Path,
                                                        lang: str) -> None:
    text = flat(" ".join(build(deliberated, lang, tmp_path / "d.pdf")))
    projects = project_titles(deliberated)
    for _award, code, _amount in AWARDS:
        assert flat(projects[code][lang]) in text, code
        assert flat(CITATIONS[code][LANG_INDEX[lang]]) in text, code
    other = "nl" if lang == "fr" else "fr"
    assert flat(CITATIONS["P13"][LANG_INDEX[other]]) not in text


def test_fr_nl_holds_both_languages_side_by_side(deliberated: Database, tmp_path: Path) -> None:
    pages = build(deliberated, "fr+nl", tmp_path / "d.pdf")
    text = flat(" ".join(pages))
    projects = project_titles(deliberated)
    for _award, code, _amount in AWARDS:
        for lang in ("fr", "nl"):
            assert flat(projects[code][lang]) in text, (code, lang)
            assert flat(CITATIONS[code][LANG_INDEX[lang]]) in text, (code, lang)
    for bilingual in ("Avant-propos / Voorwoord", "Le jury / De jury",
                      "Les lauréats / De laureaten", "Tous les candidats / Alle kandidaten"):
        assert bilingual in text
    # A laureate's page holds both citations: a reader of either finds it there.
    first_prize = next(p for p in pages if "Premier prix · 6 000 € / Eerste prijs" in
                       flat(p).replace("\xa0", " "))
    assert flat(CITATIONS["P13"][0])[:40] in flat(first_prize)
    assert flat(CITATIONS["P13"][1])[:40] in flat(first_prize)


@pytest.mark.parametrize("lang", ["fr", "nl", "fr+nl"])
def test_every_juror_is_named(deliberated: Database, tmp_path: Path, lang: str) -> None:
    text = flat(" ".join(build(deliberated, lang, tmp_path / "d.pdf")))
    jurors = jurors_of(deliberated)
    assert len(jurors) == 8
    for name, institution, _role in jurors:
        assert name in text
        assert flat(institution) in text


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", "page {page} de {pages}"), ("nl", "pagina {page} van {pages}"),
    ("en", "page {page} of {pages}"), ("fr+nl", "page {page} de {pages} / pagina {page} van "
                                                "{pages}")])
def test_every_page_is_numbered_x_of_y(deliberated: Database, tmp_path: Path, lang: str,
                                       words: str) -> None:
    pages = build(deliberated, lang, tmp_path / "d.pdf")
    assert len(pages) == len(PdfReader(tmp_path / "d.pdf").pages) > 10
    for number, page in enumerate(pages, start=1):
        assert words.format(page=number, pages=len(pages)) in flat(page), number


@pytest.mark.parametrize(("lang", "mark"), [("fr", "PROJET"), ("nl", "ONTWERP"),
                                            ("en", "DRAFT"), ("fr+nl", "PROJET / ONTWERP")])
def test_draft_mark_on_every_page_until_the_lock(deliberated: Database, tmp_path: Path,
                                                 lang: str, mark: str) -> None:
    before = build(deliberated, lang, tmp_path / "before.pdf")
    assert all(mark in page for page in before)
    lock(deliberated)
    after = build(deliberated, lang, tmp_path / "after.pdf")
    assert not any(mark in page for page in after)
    assert len(after) == len(before)


def test_no_decision_yet_is_said_rather_than_failing(plain: Database, tmp_path: Path) -> None:
    text = flat(" ".join(build(plain, "fr+nl", tmp_path / "d.pdf")))
    assert "Le jury n’a pas encore enregistré ses décisions" in text
    assert "De jury heeft haar beslissingen nog niet geregistreerd" in text
    assert "Premier prix" not in text
    assert "Tous les candidats" in text  # the rest of the dossier is there


@pytest.mark.parametrize("lang", ["fr", "fr+nl"])
def test_fonts_are_the_shipped_ones_and_all_embedded(deliberated: Database, tmp_path: Path,
                                                     lang: str) -> None:
    build(deliberated, lang, tmp_path / "d.pdf")
    rows = pdf_fonts(tmp_path / "d.pdf")
    assert rows
    for row in rows:
        assert "DejaVu" in row[0], row
        assert row[-5] == "yes", row  # emb


def test_metadata_and_outline(deliberated: Database, tmp_path: Path) -> None:
    build(deliberated, "fr", tmp_path / "d.pdf")
    reader = PdfReader(tmp_path / "d.pdf")
    info = reader.metadata
    assert info.title == "Prix David Yansenne 2026 — Dossier de la cérémonie"
    assert info.subject == "Les lauréats, le jury et le classement de l’édition 2026"
    assert "Bruxelles Prévention & Sécurité" in info.author

    def flatten(items: list) -> list[str]:
        out: list[str] = []
        for item in items:
            out += flatten(item) if isinstance(item, list) else [item.title]
        return out

    outline = flatten(reader.outline)
    pages = pdf_pages(tmp_path / "d.pdf")
    # Each bookmark opens its own page, not the first one.
    for item in reader.outline:
        if not isinstance(item, list) and item.title in ("Le jury", "Annexe"):
            assert item.title in pages[reader.get_destination_page_number(item)]
    for wanted in ("Avant-propos", "Sommaire", "Le prix", "Le jury", "Les lauréats",
                   "Mentions", "Tous les candidats", "Annexe", "Citoyens"):
        assert wanted in outline
    assert any(t.startswith("Premier prix — Lieux refuges") for t in outline)
    # The table of contents lists the sections with their pages.
    contents = next(p for p in pdf_pages(tmp_path / "d.pdf") if "Sommaire" in p)
    assert "Tous les candidats" in contents and "Annexe" in contents


def test_amounts_dates_and_ex_aequo(deliberated: Database, tmp_path: Path) -> None:
    fr = flat(" ".join(build(deliberated, "fr", tmp_path / "fr.pdf"))).replace("\xa0", " ")
    nl = flat(" ".join(build(deliberated, "nl", tmp_path / "nl.pdf"))).replace("\xa0", " ")
    assert "Premier prix · 6 000 €" in fr and "Eerste prijs · € 6.000" in nl
    assert "4 février 2027" in fr and "4 februari 2027" in nl
    assert "2 = ex aequo" in fr  # P14 and P15 tie in the municipal category
    assert "Moyenne" in fr and "Gemiddelde" in nl  # the method, in words


def test_sensitivity_and_recusals_in_the_annex(deliberated: Database, tmp_path: Path) -> None:
    text = flat(" ".join(build(deliberated, "fr", tmp_path / "d.pdf")))
    annex = text[text.rindex("Annexe"):]
    assert "Sensibilité du classement" in annex
    for method in ("Médiane", "Moyenne tronquée", "Jugement majoritaire", "Schulze"):
        assert method in annex
    assert "déclaré 4 conflits d’intérêts" in annex
    assert "W de Kendall" in annex


def test_formats_the_belgian_way() -> None:
    import datetime as dt

    assert format_amount(6000, "fr") == "6\xa0000\xa0€"
    assert format_amount(6000, "nl") == "€\xa06.000"
    assert format_amount(1234.5, "nl") == "€\xa01.234,50"
    assert format_amount(6000, "en") == "€6,000"
    assert format_date(dt.date(2027, 3, 1), "fr") == "1er mars 2027"
    assert format_date(dt.date(2027, 3, 1), "nl") == "1 maart 2027"


def test_a_language_not_offered_is_refused(deliberated: Database, tmp_path: Path) -> None:
    with deliberated.read() as s:
        data = gather(s, YEAR, with_sensitivity=False)
    with pytest.raises(InputError, match="de"):
        build_dossier(data, "de", tmp_path / "d.pdf")
    assert not (tmp_path / "d.pdf").exists()


@pytest.mark.parametrize(("lang", "figure"), [("fr", "1 920"), ("nl", "1.920"),
                                              ("en", "1,920")])
def test_the_marks_recorded_are_grouped_as_the_dossier_reader_writes_them(
        tmp_path: Path, lang: str, figure: str) -> None:
    """The annex's "Marks recorded" on an edition of 1,920 marks (it printed "1920")."""
    from tests.reports.ceremony_setup import pdf_pages
    from yansenne.domain.synthetic import build_synthetic
    from yansenne.store.opening import open_database

    db = open_database(tmp_path / "large.sqlite")
    try:
        build_synthetic(db, year=2045, projects=60, jurors=8, criteria=4, seed=5)
        target = tmp_path / f"dossier-{lang}.pdf"
        write_dossier(db, 2045, lang, target)
    finally:
        db.close()
    text = " ".join(pdf_pages(target))  # (pdftotext writes the narrow space as a plain one)
    assert f"{figure}." in text and "1920" not in text, lang


@pytest.mark.parametrize(("lang", "quorum", "line", "rule"), [
    ("fr", 1, "Quorum : 1 membre du jury.", "au moins un membre du jury l’a noté"),
    ("fr", 3, "Quorum : 3 membres du jury.", "au moins 3 membres du jury l’ont noté"),
    ("nl", 1, "Quorum: 1 jurylid.", "minstens één jurylid het een score gaf"),
    ("en", 1, "Quorum: 1 juror.", "at least one juror scored it"),
])
def test_a_quorum_of_one_is_one_juror(tmp_path: Path, lang: str, quorum: int, line: str,
                                      rule: str) -> None:
    """The annex printed "Quorum : 1 membres du jury" and the method "au moins 1
    membres du jury l'ont noté": a quorum of one reads in the singular."""
    from tests.reports.ceremony_setup import flat, pdf_pages
    from yansenne.domain.synthetic import build_synthetic
    from yansenne.store.opening import open_database

    db = open_database(tmp_path / "q.sqlite")
    try:
        build_synthetic(db, year=2046, projects=6, jurors=4, criteria=2, seed=3)
        with db.write() as session:
            session.execute(text("UPDATE editions SET quorum = :q WHERE year = 2046"),
                            {"q": quorum})
        target = tmp_path / f"dossier-{lang}.pdf"
        write_dossier(db, 2046, lang, target)
    finally:
        db.close()
    words = flat(" ".join(pdf_pages(target)).replace("\u202f", " "))
    assert line in words and rule in words, (lang, quorum)


def test_the_agreement_tables_headings_break_between_words(tmp_path: Path) -> None:
    """The annex's agreement table printed its heading "Krippendor / ff / α"."""
    import re

    from tests.reports.ceremony_setup import pdf_pages
    from yansenne.domain.synthetic import build_synthetic
    from yansenne.store.opening import open_database

    db = open_database(tmp_path / "k.sqlite")
    try:
        build_synthetic(db, year=2047, projects=6, jurors=4, criteria=2, seed=3)
        target = tmp_path / "dossier.pdf"
        write_dossier(db, 2047, "fr", target)
    finally:
        db.close()
    text = "\n".join(pdf_pages(target))
    assert "Krippendorff" in text and not re.search(r"Krippendor(?!ff)", text)


def test_a_long_municipality_name_is_printed_whole(tmp_path: Path) -> None:
    """The candidates' table printed "Sint-Lambrechts-Wolu / we": its municipality column
    was narrower than the longest official name."""
    from tests.reports.ceremony_setup import pdf_pages
    from yansenne.domain.synthetic import build_synthetic
    from yansenne.store.opening import open_database

    db = open_database(tmp_path / "m.sqlite")
    try:
        build_synthetic(db, year=2048, projects=6, jurors=4, criteria=2, seed=3)
        with db.write() as session:
            session.execute(text("UPDATE projects SET municipality = '21018'"))
        target = tmp_path / "dossier.pdf"
        write_dossier(db, 2048, "fr+nl", target)
    finally:
        db.close()
    words = "\n".join(pdf_pages(target))
    assert "Sint-Lambrechts-Woluwe" in words and "Woluwe-Saint-Lambert" in words
    assert "Sint-Lambrechts-Wolu\n" not in words


def test_a_tie_under_another_method_is_marked_in_the_sensitivity_table(
        deliberated: Database, tmp_path: Path) -> None:
    """Under Schulze the demo's four category winners beat one another in a cycle, each
    by 4 jurors to 3: all four share the first place. The table printed "1 1 1 1" with
    nothing to say it is one shared place; the ranking's own tables write "1=".
    Under the mean the four stand 1, 2, 3, 4, unshared."""
    from yansenne.domain.ceremony_record import gather

    with deliberated.read() as s:
        info = gather(s, YEAR).sensitivity
    assert info is not None
    schulze = {row.project: row for row in info.rows if row.places.get("schulze") == 1}
    assert len(schulze) >= 2 and all("schulze" in row.shared for row in schulze.values())
    assert not any("mean" in row.shared for row in info.rows)
    text = flat(" ".join(build(deliberated, "fr", tmp_path / "d.pdf")))
    annex = text[text.rindex("Sensibilité du classement"):]
    assert f"Schulze {' '.join(['1='] * len(schulze))}" in annex
    assert "Une place partagée avec un autre projet est marquée « = »." in annex
