"""The ceremony deck (issue 19): what each slide says, in French and Dutch, as a PPTX
read back with python-pptx and as a PDF read back with pypdf and rendered by pdftoppm."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from tests.reports.ceremony_setup import YEAR, deliberate, demo_copy, lock
from yansenne.cli.main import main
from yansenne.domain.ceremony_record import Award, CeremonyData
from yansenne.domain.deck_facts import read_ceremony
from yansenne.reports.deck_content import (
    LAUREATE,
    NOMINEES,
    REVEAL,
    TITLE,
    Both,
    Deck,
    Slide,
    deck_of,
    nominees,
    reveal_order,
)
from yansenne.reports.deck_pdf import (
    FIT_WIDTH,
    HEIGHT,
    WIDTH,
    TextBox,
    height_of,
    lay_out,
    write_deck_pdf,
)
from yansenne.reports.deck_pptx import write_deck_pptx
from yansenne.store.opening import open_database


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CeremonyData]:
    """The demo 2026 deliberated (three prizes, two mentions, citations), as a draft and
    locked, and the staged demo 2027 with its proposed decisions."""
    folder = tmp_path_factory.mktemp("deck")
    db = demo_copy(folder / "cache.sqlite", folder / "2026.sqlite")
    deliberate(db)
    out = {"draft": read_ceremony(db, YEAR)}
    lock(db)
    out["locked"] = read_ceremony(db, YEAR)
    db.close()
    staged = folder / "2027.sqlite"
    assert main(["--db", str(staged), "--lang", "en", "demo", "--staged"]) == 0
    assert main(["--db", str(staged), "--lang", "en", "deliberation", "propose", "2027"]) == 0
    db = open_database(staged)
    out["staged"] = read_ceremony(db, 2027)
    db.close()
    return out


def slide_texts(deck: Deck) -> list[str]:
    """Each slide's text, written as a PPTX and read back with python-pptx."""
    buffer = io.BytesIO()
    write_deck_pptx(deck, buffer)
    buffer.seek(0)
    presentation = Presentation(buffer)
    return ["\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
            for slide in presentation.slides]


def expected_pairs(slide: Slide) -> list[Both]:
    """The texts each slide must show in both languages."""
    pairs: list[Both] = []
    if slide.kind == TITLE:
        pairs += [slide.heading, *slide.lines]
    if slide.kind == NOMINEES:
        pairs.append(slide.subheading)
    if slide.kind in (REVEAL, LAUREATE):
        pairs.append(slide.award)
    if slide.kind in (NOMINEES, LAUREATE):
        pairs += [card.titles for card in slide.projects]
        pairs += [card.municipality for card in slide.projects]
    if slide.kind == LAUREATE and (slide.citation.fr or slide.citation.nl):
        pairs.append(slide.citation)
    return pairs


def test_slides_in_the_ceremony_order(editions: dict[str, CeremonyData]) -> None:
    data = editions["draft"]
    deck = deck_of(data)
    kinds = [s.kind for s in deck.slides]
    categories = len(data.categories)
    assert kinds == [TITLE, *[NOMINEES] * categories, *[REVEAL, LAUREATE] * 5]
    # One nominees slide per category, in the categories' order.
    assert [s.subheading.fr for s in deck.slides[1:1 + categories]] == [
        c.names["fr"] for c in data.categories]
    # The mentions first, then the third, second and first prize.
    reveals = [s for s in deck.slides if s.kind == REVEAL]
    assert [s.award_code for s in reveals] == ["mention", "mention", "3", "2", "1"]
    laureates = [s.projects[0].code for s in deck.slides if s.kind == LAUREATE]
    assert laureates == ["P01", "P27", "P06", "P20", "P13"]
    # Each reveal says what comes, then the laureate's slide names the project.
    third = reveals[2]
    assert third.heading == Both.tr("The third prize goes to…")
    assert third.award == Both("Troisième prix", "Derde prijs")
    first = deck.slides[-1]
    assert first.amount is not None and "6" in first.amount.fr
    assert first.citation.fr.startswith("Un projet exemplaire")
    assert first.citation.nl.startswith("Een voorbeeldig project")


def test_nominees_are_the_three_best_placed_listed_by_title(
        editions: dict[str, CeremonyData]) -> None:
    data = editions["draft"]
    chosen = nominees(data)
    for standing in data.standings:
        expected = {c.project for c in standing.candidates if c.place <= 3}
        assert set(chosen[standing.code]) == expected
        titles = [data.projects[code].titles["fr"].casefold() for code in chosen[standing.code]]
        assert titles == sorted(titles)  # never in the ranking's order


def test_reveal_order_puts_mentions_first_then_prizes_from_the_last() -> None:
    def award(kind: str, project: str) -> Award:
        return Award(kind, project, None, {}, "", None, None, 0, ())

    data = dataclasses.replace(_empty_data(), awards=(
        award("1", "A"), award("2", "B"), award("3", "C"), award("mention", "D")))
    assert [a.project for a in reveal_order(data)] == ["D", "C", "B", "A"]


def _empty_data() -> CeremonyData:
    return CeremonyData(
        year=2030, names={"fr": "Prix 2030", "nl": "Prijs 2030"}, forewords={},
        ceremony_date=None, deliberation_date=None, deliberation_place="", method="mean",
        trim=0, quorum=1, tie_break=(), casting_vote=(), prizes=(), locked_at=None,
        categories=(), criteria=(), jurors=(), projects={}, awards=(), standings=(),
        overall=(), sensitivity=None, recusals=(), votes=())


def test_every_slide_speaks_french_and_dutch(editions: dict[str, CeremonyData]) -> None:
    deck = deck_of(editions["locked"])
    texts = slide_texts(deck)
    assert len(texts) == len(deck.slides)
    for slide, text in zip(deck.slides, texts, strict=True):
        flat = " ".join(text.split()).casefold()  # kickers are in capitals
        pairs = expected_pairs(slide)
        assert pairs, slide.kind
        for pair in pairs:
            assert " ".join(pair.fr.split()).casefold() in flat, (slide.kind, pair.fr)
            assert " ".join(pair.nl.split()).casefold() in flat, (slide.kind, pair.nl)
        # At least one of them really differs between the languages on every slide.
        assert any(not p.same for p in pairs), slide.kind


def test_the_laureate_slide_names_the_project_its_organisation_and_municipality(
        editions: dict[str, CeremonyData]) -> None:
    data = editions["locked"]
    deck = deck_of(data)
    text = slide_texts(deck)[-1]
    info = data.projects["P13"]
    assert info.titles["fr"] in text and info.titles["nl"] in text
    assert info.organisation in text
    card = deck.slides[-1].projects[0]
    assert card.municipality.fr in text and card.municipality.nl in text
    assert "6 000" in text.replace("\u00a0", " ") and "€ 6.000" in text.replace("\u00a0", " ")


def test_sixteen_by_nine(editions: dict[str, CeremonyData]) -> None:
    buffer = io.BytesIO()
    write_deck_pptx(deck_of(editions["draft"]), buffer)
    buffer.seek(0)
    presentation = Presentation(buffer)
    assert presentation.slide_width / presentation.slide_height == pytest.approx(16 / 9,
                                                                                  rel=1e-3)


def test_draft_mark_before_the_lock_only(editions: dict[str, CeremonyData]) -> None:
    draft, locked = deck_of(editions["draft"]), deck_of(editions["locked"])
    assert draft.draft is not None and locked.draft is None
    mark = draft.draft
    for text in slide_texts(draft):
        assert mark.fr in text and mark.nl in text
    for text in slide_texts(locked):
        assert mark.fr not in text and mark.nl not in text


def test_staged_edition_nominates_the_last_stage_shortlist(
        editions: dict[str, CeremonyData]) -> None:
    data = editions["staged"]
    assert data.consensus  # the demo's final round has a shortlist
    shortlist: dict[str, set[str]] = {}
    for row in data.consensus:
        shortlist.setdefault(row.category, set()).add(row.project)
    deck = deck_of(data)
    assert deck.staged
    slides = [s for s in deck.slides if s.kind == NOMINEES]
    assert len(slides) == len(shortlist)
    shown = {code for s in slides for code in (c.code for c in s.projects)}
    assert shown == {row.project for row in data.consensus}
    for category, codes in nominees(data).items():
        assert set(codes) == shortlist[category]
    # A shortlist longer than three is shown whole.
    extra = dataclasses.replace(data.consensus[0], project=next(
        code for code, p in data.projects.items()
        if p.category == data.consensus[0].category and code not in shown))
    longer = dataclasses.replace(data, consensus=(*data.consensus, extra))
    assert len(nominees(longer)[extra.category]) == len(shortlist[extra.category]) + 1


def test_every_text_fits_its_box(editions: dict[str, CeremonyData]) -> None:
    for data in editions.values():
        for page in lay_out(deck_of(data)):
            for shape in page.shapes:
                if isinstance(shape, TextBox) and not shape.rotation:
                    width = (shape.w - 2 * shape.pad) * FIT_WIDTH
                    assert height_of(shape.paras, width) <= shape.h - 2 * shape.pad + 0.01, (
                        page.kind, shape.name)
                    assert 0 <= shape.x and shape.x + shape.w <= WIDTH
                    assert 0 <= shape.y and shape.y + shape.h <= HEIGHT


def test_pdf_pages_landscape_text_and_not_blank(editions: dict[str, CeremonyData],
                                               tmp_path: Path) -> None:
    deck = deck_of(editions["draft"])
    path = tmp_path / "deck.pdf"
    assert write_deck_pdf(deck, path) == len(deck.slides)
    reader = PdfReader(str(path))
    assert len(reader.pages) == len(deck.slides)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width > height and width / height == pytest.approx(16 / 9, rel=1e-3)
    first = " ".join(reader.pages[0].extract_text().split())
    assert deck.names.fr in first and deck.names.nl in first
    last = " ".join(reader.pages[-1].extract_text().split())
    card = deck.slides[-1].projects[0]
    assert card.organisation in last
    assert all(deck.draft.fr in p.extract_text() for p in reader.pages)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler) is not installed")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True)
    from PIL import Image

    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert image.width > image.height
    low, high = image.getextrema()
    assert high - low > 100  # white text on the navy title slide
    assert sum(1 for count in image.histogram() if count) > 10
