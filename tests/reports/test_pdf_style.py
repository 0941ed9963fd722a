"""The shared page furniture: shipped fonts with every glyph French and Dutch need,
"page X of Y" once Y is known, the DRAFT mark, headings feeding contents and outline."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak

from tests.reports.ceremony_setup import flat, pdf_fonts, pdf_pages
from yansenne.paths import resources_dir
from yansenne.reports import pdf_style as ps


def build(path: Path, draft: str | None, pages: int = 3) -> None:
    decor = ps.PageDecor("Running title", lambda page, total: f"p. {page}/{total}", draft,
                         "note")
    doc = ps.Document(str(path), decor, title="T", subject="S", author="A", lang="fr-BE")

    def story() -> list[Flowable]:
        flowables = [ps.Heading("Sommaire", 0, "toc", toc=False), ps.contents()]
        for index in range(pages):
            flowables += [PageBreak(), ps.Heading(f"Section {index}", 0, f"s{index}"),
                          ps.Heading(f"Sub {index}", 1, f"u{index}"),
                          ps.para("cœur – l’été – Ijzer, ijver – België – 6\xa0000\xa0€"),
                          ps.data_table([["a", "b"], ["1", "2"]], [40, 40])]
        return flowables

    assert doc.build_numbered(story) == pages + 1


def test_fonts_come_from_the_resources_and_cover_french_and_dutch() -> None:
    ps.register_fonts()
    folder = resources_dir() / "fonts"
    assert (folder / "LICENSE-DejaVu.txt").exists()
    for name, file in ps.FONT_FILES.items():
        font = pdfmetrics.getFont(name)
        assert Path(font.face.filename).resolve() == (folder / file).resolve()
        for char in "œŒ’‘“”«»éèêëïüçàÉÈÀ€–—…·ĳ\xa0":
            assert ord(char) in font.face.charToGlyph, (name, char)


def test_page_x_of_y_on_every_page_and_the_draft_mark(tmp_path: Path) -> None:
    build(tmp_path / "d.pdf", "PROJET / ONTWERP")
    pages = pdf_pages(tmp_path / "d.pdf")
    assert len(pages) == 4
    for number, page in enumerate(pages, start=1):
        assert f"p. {number}/4" in page
        assert "PROJET / ONTWERP · note" in page
        assert "Running title" in page
    assert "cœur – l’été – Ijzer, ijver – België – 6 000 €" in flat(pages[1]).replace(
        "\xa0", " ")


def test_no_draft_mark_once_locked(tmp_path: Path) -> None:
    build(tmp_path / "d.pdf", None)
    assert not any("PROJET" in page for page in pdf_pages(tmp_path / "d.pdf"))


def test_headings_feed_outline_contents_and_metadata(tmp_path: Path) -> None:
    build(tmp_path / "d.pdf", None, pages=2)
    reader = PdfReader(tmp_path / "d.pdf")
    assert (reader.metadata.title, reader.metadata.subject, reader.metadata.author) == (
        "T", "S", "A")
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == ["Sommaire", "Section 0", "Section 1"]
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert [[sub.title for sub in group] for group in nested] == [["Sub 0"], ["Sub 1"]]
    assert reader.get_destination_page_number(top[2]) == 2
    contents = flat(pdf_pages(tmp_path / "d.pdf")[0])
    assert "Section 0" in contents and "Sub 1" in contents


def test_every_font_is_embedded_even_in_tables(tmp_path: Path) -> None:
    build(tmp_path / "d.pdf", "DRAFT")
    rows = pdf_fonts(tmp_path / "d.pdf")
    assert rows and all(row[-5] == "yes" and "DejaVu" in row[0] for row in rows)
