"""The letters to candidates (issue 19): one PDF a project, in its language, saying the
jury's decision, the place and figures against the category's average, the citation
or justification, the remedies and the president's signature; a draft until locked.

The words checked are those the catalogues already translate (prize names, months,
the role, the DRAFT mark), so these tests hold whatever the letters' own sentences say.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.reports.ceremony_setup import deliberate, demo_copy, flat, lock, pdf_pages
from yansenne.domain.letter_facts import (
    MENTION,
    NOT_AWARDED,
    NOT_ELIGIBLE,
    PRIZE,
    LettersFacts,
    read_letters,
)
from yansenne.errors import InputError
from yansenne.exchange.workbook import import_edition
from yansenne.i18n import ordinal, tr
from yansenne.paths import staged_demo_workbook
from yansenne.reports.letters import build_letters, write_letters
from yansenne.store.models import Edition, Project
from yansenne.store.opening import open_database

REMEDIES = {"fr": "Recours : écrire au secrétariat dans les trente jours.",
            "nl": "Beroep: schrijf binnen dertig dagen naar het secretariaat.",
            "en": "Remedies: write to the secretariat within thirty days."}
DUTCH = ("P13", "P05", "P08")


def text_of(path: Path) -> str:
    return flat(" ".join(pdf_pages(path)))


def text_of_bytes(content: bytes, folder: Path, name: str) -> str:
    path = folder / name
    path.write_bytes(content)
    return text_of(path)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The deliberated 2026 demo (prizes P13 6 000 €, P20 4 000 € with a justification,
    P06 2 000 €, mentions P01 and P27), some projects in Dutch, remedies in three
    languages; not locked."""
    folder = tmp_path_factory.mktemp("letters")
    db = demo_copy(folder / "cache.sqlite", folder / "demo.sqlite")
    deliberate(db)
    with db.write() as s:
        edition = s.scalars(select(Edition).where(Edition.year == 2026)).one()
        edition.remedies_fr, edition.remedies_nl, edition.remedies_en = (
            REMEDIES["fr"], REMEDIES["nl"], REMEDIES["en"])
        for project in s.scalars(select(Project).where(Project.code.in_(DUTCH))):
            project.language = "nl"
    db.close()
    return folder / "demo.sqlite"


@pytest.fixture(scope="module")
def draft(demo_db: Path) -> LettersFacts:
    db = open_database(demo_db)
    try:
        return read_letters(db, 2026, today=dt.date(2026, 12, 11))
    finally:
        db.close()


@pytest.fixture(scope="module")
def written(draft: LettersFacts, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("out")
    result = write_letters(draft, folder / "letters", merged=folder / "all.pdf")
    assert len(result.files) == 28 and result.missing_remedies == ()
    return folder


@pytest.fixture(scope="module")
def locked(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> LettersFacts:
    target = tmp_path_factory.mktemp("locked") / "locked.sqlite"
    shutil.copyfile(demo_db, target)
    db = open_database(target)
    try:
        lock(db)
        return read_letters(db, 2026)
    finally:
        db.close()


def test_the_facts_of_each_outcome(draft: LettersFacts) -> None:
    assert len(draft.letters) == 28 and not draft.locked
    outcomes = {x.project: x.outcome for x in draft.letters}
    assert outcomes["P13"] == outcomes["P20"] == outcomes["P06"] == PRIZE
    assert outcomes["P01"] == outcomes["P27"] == MENTION
    assert outcomes["P02"] == NOT_AWARDED and NOT_ELIGIBLE not in outcomes.values()
    p02 = draft.letter("P02")
    assert p02 is not None and p02.place is not None and p02.category_size >= p02.place
    # The category's average of each criterion: the mean over the projects ranked in it.
    same = [x for x in draft.letters if x.category == p02.category and x.place is not None]
    assert len(same) == p02.category_size
    for index, line in enumerate(p02.figures):
        values = [x.figures[index].value for x in same]
        assert line.category_average == pytest.approx(sum(values) / len(values))
    assert draft.letter("P20").justification.startswith("Le jury a placé P20")
    assert draft.president is not None and draft.remedies == REMEDIES


def test_one_pdf_a_project_and_the_merged_file(written: Path) -> None:
    files = sorted((written / "letters").iterdir())
    assert [f.name for f in files] == [f"P{n:02d}.pdf" for n in range(1, 29)]
    pages = sum(len(PdfReader(f).pages) for f in files)
    assert len(PdfReader(written / "all.pdf").pages) == pages
    assert not list(written.rglob("*.part"))


def test_a_french_laureate(written: Path) -> None:
    text = text_of(written / "letters" / "P06.pdf")
    assert "Troisième prix" in text and "2 000 €" in text
    assert "Présidence du jury" in text and "décembre" in text
    assert "Des médiateurs de rue qui tissent des liens durables" in text  # the citation
    assert REMEDIES["fr"] in text and REMEDIES["nl"] not in text
    assert "PROJET" in text


def test_a_dutch_laureate_in_the_readers_conventions(written: Path) -> None:
    text = text_of(written / "letters" / "P13.pdf")
    assert "Eerste prijs" in text and "€ 6.000" in text
    assert "Voorzitter van de jury" in text and "ONTWERP" in text
    assert "Een voorbeeldig project waarin handelaars" in text
    assert REMEDIES["nl"] in text and "Présidence" not in text


def test_a_shared_place_is_said_to_be_shared(draft: LettersFacts, written: Path) -> None:
    """P14 and P15 tie for the second place of their category in the demo: each letter
    says the place is shared (before, both said "place 2 of 6", as if each were alone)."""
    tied = [x for x in draft.letters if x.place_shared]
    assert sorted(x.project for x in tied) == ["P14", "P15"]
    assert tied[0].place == tied[1].place == 2 and tied[0].category == tied[1].category
    for letter in tied:
        text = text_of(written / "letters" / f"{letter.project}.pdf")
        lang = letter.language
        assert flat(tr("Your project shares the {place} place of {size} in the category "
                       "“{category}”.", lang=lang, place=ordinal(2, lang),
                       size=letter.category_size, category=letter.category_names[lang])) in text
    alone = draft.letter("P13")
    assert alone is not None and alone.place == 1 and not alone.place_shared


def test_a_departure_is_justified(written: Path) -> None:
    assert "Le jury a placé P20 avant P06" in text_of(written / "letters" / "P20.pdf")


def test_a_not_awarded_letter_gives_its_place_and_figures(draft: LettersFacts,
                                                          written: Path) -> None:
    letter = draft.letter("P05")
    assert letter is not None and letter.outcome == NOT_AWARDED and letter.language == "nl"
    text = text_of(written / "letters" / "P05.pdf")
    assert flat(tr("Your project is ranked {place} of {size} in the category “{category}”.",
                   lang="nl", place=ordinal(letter.place, "nl"), size=letter.category_size,
                   category=letter.category_names["nl"])) in text
    for line in letter.figures:  # each criterion, its figure and the category's average
        assert line.names["nl"] in text
        assert f"{line.value:.2f}".replace(".", ",") in text
        assert f"{line.category_average:.2f}".replace(".", ",") in text
    assert tr("Not awarded", lang="nl") in text and tr("Remedies", lang="nl") in text
    for prize in ("Eerste prijs", "Tweede prijs", "Derde prijs", "Vermelding"):
        assert prize not in text


def test_english_forced(draft: LettersFacts, tmp_path: Path) -> None:
    laureate = draft.letter("P13")
    content, pages = build_letters(draft, [laureate], "en")
    text = text_of_bytes(content, tmp_path, "en.pdf")
    assert pages >= 1 and "First prize" in text and "€6,000" in text
    assert "President of the jury" in text and "DRAFT" in text and REMEDIES["en"] in text
    assert "Eerste prijs" not in text


def test_no_draft_mark_once_locked(locked: LettersFacts, tmp_path: Path) -> None:
    assert locked.locked and locked.dated == dt.date(2026, 12, 10)
    for code in ("P06", "P13"):
        content, _ = build_letters(locked, [locked.letter(code)], None)
        text = text_of_bytes(content, tmp_path, f"{code}.pdf")
        assert "PROJET" not in text and "ONTWERP" not in text and "DRAFT" not in text
        assert "10 décembre 2026" in text or "10 december 2026" in text


def test_an_ineligible_project_gives_the_screening_reason(tmp_path: Path) -> None:
    db = open_database(tmp_path / "staged.sqlite")
    try:
        import_edition(db, staged_demo_workbook(), actor="tests")
        facts = read_letters(db, 2027)
    finally:
        db.close()
    assert facts.staged
    p09 = facts.letter("P09")
    assert p09 is not None and p09.outcome == NOT_ELIGIBLE and p09.reason
    assert p09.place is None and p09.figures == ()
    text = text_of_bytes(build_letters(facts, [p09], None)[0], tmp_path, "P09.pdf")
    assert flat(p09.reason) in text and tr("Not eligible", lang="fr") in text
    # A project left out before the last stage keeps the place of the stage it was
    # last ranked in, which the letter names.
    early = [x for x in facts.letters if not x.reached_last_stage and x.place is not None]
    assert early and all(x.stage_names for x in early)


def test_refusals_write_nothing(draft: LettersFacts, tmp_path: Path) -> None:
    with pytest.raises(InputError):
        write_letters(draft, tmp_path / "out", language="de")
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(InputError):
        write_letters(draft, a_file)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
