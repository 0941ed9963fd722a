"""The jury's minutes read back from the PDF: attendance, recusals, method, ranking,
decisions and departures, votes, casting vote, signatures, numbering and the DRAFT mark."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.reports.ceremony_setup import (
    JUSTIFICATION,
    YEAR,
    deliberate,
    demo_copy,
    flat,
    jurors_of,
    lock,
    pdf_fonts,
    pdf_pages,
)
from yansenne.errors import InputError
from yansenne.reports.minutes import write_minutes
from yansenne.store.database import Database
from yansenne.store.models import Edition


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo.sqlite"


@pytest.fixture
def plain(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    db = demo_copy(demo_file, tmp_path / "plain.sqlite")
    yield db
    db.close()


@pytest.fixture
def deliberated(plain: Database) -> Database:
    deliberate(plain)
    return plain


def build(db: Database, lang: str, path: Path) -> list[str]:
    write_minutes(db, YEAR, lang, path)
    return pdf_pages(path)


def test_french_minutes_record_the_whole_deliberation(deliberated: Database,
                                                      tmp_path: Path) -> None:
    pages = build(deliberated, "fr", tmp_path / "m.pdf")
    text = flat(" ".join(pages))
    assert "Procès-verbal de la délibération du jury" in text
    assert ("s’est réuni le 10 décembre 2026 à Bruxelles, Mont des Arts 10-13, de 14 h 00 à "
            "17 h 30, pour délibérer") in text
    assert "Absences : Ilse Vermeiren." in text  # neutral: gender is not known
    assert "6 des 7 membres du jury ayant voix délibérative étaient présents." in text
    for name, institution, _role in jurors_of(deliberated):
        assert name in text and flat(institution) in text
    # her row of the attendance table (name, institution, role, present?): "non"
    assert re.search(r"Ilse Vermeiren [^.]{0,80}? non\b", text), text
    # Recusals: the four declared conflicts, by juror and project.
    assert "déclaré 4 conflits d’intérêts" in text
    assert "P24 — Nuits sereines sur le réseau" in text
    # Method and the ranking of every project.
    assert "Le résultat d’un projet est la moyenne des totaux" in text
    for code in ("P01", "P13", "P28"):
        assert f"{code} — " in text
    # Decisions, departures and their justification.
    assert "Deuxième prix P20 — Violences intrafamiliales" in text
    assert flat(JUSTIFICATION) in text
    assert "Troisième prix — P06 — Médiateurs de rue à Cureghem (n° 2 au classement)" in text
    assert "Aucune justification enregistrée." in text
    # Votes, with who voted what.
    assert "4 pour, 1 contre, 1 abstention adopté" in text  # the domain's count and outcome
    assert "contre: Joris Van den Eynde" in text.replace(" :", ":")
    # The casting vote, in the order given.
    assert "voix prépondérante dans cet ordre : 1. P15" in text
    # A signature line for each voting juror present; absent and observer do not sign.
    signatures = text[text.rindex("Signatures"):]
    assert signatures.count("Signature") == 1 + 6  # the heading, then six lines
    assert "Sophie Lemaître-Van Acker Présidence du jury" in signatures
    assert "Aurélie Noël" not in signatures
    assert "Ilse Vermeiren" not in signatures[:signatures.index("Absences")]
    assert ("Absences lors de la délibération, donc sans signature : Ilse Vermeiren."
            in signatures)


def test_dutch_minutes(deliberated: Database, tmp_path: Path) -> None:
    text = flat(" ".join(build(deliberated, "nl", tmp_path / "m.pdf")))
    assert "Proces-verbaal van de beraadslaging van de jury" in text
    assert ("op 10 december 2026 samen te Bruxelles, Mont des Arts 10-13, van 14.00 uur tot "
            "17.30 uur") in text
    assert "Handtekeningen" in text and "Doorslaggevende stem" in text
    assert "Tweede prijs P20 — Intrafamiliaal geweld" in text
    assert "4 voor, 1 tegen, 1 onthouding aangenomen" in text
    for name, _institution, _role in jurors_of(deliberated):
        assert name in text


def test_numbering_draft_mark_and_fonts(deliberated: Database, tmp_path: Path) -> None:
    before = build(deliberated, "fr", tmp_path / "before.pdf")
    assert len(before) >= 3
    for number, page in enumerate(before, start=1):
        assert f"page {number} de {len(before)}" in page
        assert "PROJET" in page
    lock(deliberated)
    after = build(deliberated, "fr", tmp_path / "after.pdf")
    assert not any("PROJET" in page for page in after)
    assert all(row[-5] == "yes" for row in pdf_fonts(tmp_path / "after.pdf"))


def test_before_any_decision_the_minutes_say_so(plain: Database, tmp_path: Path) -> None:
    text = flat(" ".join(build(plain, "nl", tmp_path / "m.pdf")))
    assert "De jury heeft geen enkele beslissing geregistreerd." in text
    assert "Er werd geen stemming geregistreerd." in text


def forget_the_meeting(db: Database, **kept: object) -> None:
    with db.write() as s:
        edition = s.scalars(select(Edition).where(Edition.year == YEAR)).one()
        edition.deliberation_date, edition.deliberation_place = None, ""
        edition.deliberation_start, edition.deliberation_end = "", ""
        for name, value in kept.items():
            setattr(edition, name, value)


def test_a_draft_leaves_visible_blanks_for_the_meeting(deliberated: Database,
                                                       tmp_path: Path) -> None:
    """Never a placeholder sentence ("le date à fixer à lieu non enregistré"): blanks to
    fill in by hand, and what is missing said once."""
    forget_the_meeting(deliberated, deliberation_place="Bruxelles")
    text = flat(" ".join(build(deliberated, "fr", tmp_path / "m.pdf")))
    assert "s’est réuni le ……………… à Bruxelles, de ……………… à ………………" in text
    assert ("À compléter avant la signature : la date de la délibération, son heure de début, "
            "son heure de fin.") in text
    assert "à fixer" not in text and "non enregistré" not in text
    assert "Fait à Bruxelles, le ………………." in text


def test_final_minutes_without_the_meeting_are_refused(deliberated: Database,
                                                       tmp_path: Path) -> None:
    forget_the_meeting(deliberated, deliberation_date=dt.date(2026, 12, 10))
    lock(deliberated)
    with pytest.raises(InputError, match="need its place, its start time, its end time"):
        write_minutes(deliberated, YEAR, "fr", tmp_path / "m.pdf")
    assert not (tmp_path / "m.pdf").exists()


@pytest.mark.parametrize("lang", ["en", "fr+nl", "de"])
def test_only_french_or_dutch(deliberated: Database, tmp_path: Path, lang: str) -> None:
    with pytest.raises(InputError, match="fr, nl"):
        write_minutes(deliberated, YEAR, lang, tmp_path / "m.pdf")
    assert not (tmp_path / "m.pdf").exists()
