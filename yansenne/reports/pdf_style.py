"""The look shared by the ceremony dossier and the minutes (ReportLab platypus).

A4 with generous margins, the Region's calm palette (a dark blue, one warm yellow
accent), DejaVu faces loaded from `resources/fonts/` (so every glyph of French
and Dutch, œ ’ ë € included, is embedded and nothing depends on the fonts of the
machine), "page X of Y" footers, a DRAFT mark on every page until the
deliberation is locked, PDF metadata, and headings that feed both the table of
contents and the bookmark outline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from yansenne.paths import resources_dir

NAVY = colors.HexColor("#1C3A66")
ACCENT = colors.HexColor("#F2B134")
INK = colors.HexColor("#1F2430")
MUTED = colors.HexColor("#5A6272")
RULE = colors.HexColor("#D5D9E0")
PALE = colors.HexColor("#EEF1F6")
PALE_ACCENT = colors.HexColor("#FDF3DC")
DRAFT_RED = colors.HexColor("#B3261E")

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

SANS, SERIF = "YansenneSans", "YansenneSerif"
FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    f"{SANS}-Bold": "DejaVuSans-Bold.ttf",
    f"{SANS}-Italic": "DejaVuSans-Oblique.ttf",
    f"{SANS}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    f"{SERIF}-Bold": "DejaVuSerif-Bold.ttf",
    f"{SERIF}-Italic": "DejaVuSerif-Italic.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped DejaVu faces once per process (never the system's)."""
    folder = resources_dir() / "fonts"
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=f"{SANS}-Bold",
                                  italic=f"{SANS}-Italic", boldItalic=f"{SANS}-BoldItalic")
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=f"{SERIF}-Bold",
                                  italic=f"{SERIF}-Italic", boldItalic=f"{SERIF}-Bold")


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of both documents, by name."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK,
                          spaceAfter=5)
    made = {
        "body": body,
        "compact": ParagraphStyle("compact", parent=body, fontSize=9, leading=12.5,
                                  spaceAfter=3),
        "quote_compact": ParagraphStyle("quote_compact", parent=body,
                                        fontName=f"{SERIF}-Italic", fontSize=9.5, leading=13.5,
                                        spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11.5,
                                textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=8.5, leading=11,
                                     spaceAfter=0, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", parent=body, fontSize=8.5, leading=11,
                                      spaceAfter=0, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=body, fontName=f"{SANS}-Bold", fontSize=7.5,
                               leading=9.5, textColor=NAVY, spaceAfter=0),
        "head_right": ParagraphStyle("head_right", parent=body, fontName=f"{SANS}-Bold",
                                     fontSize=7.5, leading=9.5, textColor=NAVY, spaceAfter=0,
                                     alignment=TA_RIGHT),
        "head_center": ParagraphStyle("head_center", parent=body, fontName=f"{SANS}-Bold",
                                      fontSize=7.5, leading=9.5, textColor=NAVY, spaceAfter=0,
                                      alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=body, fontName=f"{SERIF}-Bold", fontSize=19,
                             leading=24, textColor=NAVY, spaceBefore=0, spaceAfter=12,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=f"{SERIF}-Bold", fontSize=13,
                             leading=17, textColor=NAVY, spaceBefore=10, spaceAfter=6,
                             keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=f"{SANS}-Bold", fontSize=9.5,
                             leading=13, textColor=NAVY, spaceBefore=8, spaceAfter=3,
                             keepWithNext=1),
        "kicker": ParagraphStyle("kicker", parent=body, fontName=f"{SANS}-Bold", fontSize=10,
                                 leading=13, textColor=MUTED, spaceAfter=4),
        "award": ParagraphStyle("award", parent=body, fontName=f"{SANS}-Bold", fontSize=11.5,
                                leading=15, textColor=NAVY, spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontName=f"{SERIF}-Bold", fontSize=17,
                                leading=22, textColor=NAVY, spaceAfter=6),
        "title_half": ParagraphStyle("title_half", parent=body, fontName=f"{SERIF}-Bold",
                                     fontSize=13.5, leading=17.5, textColor=NAVY, spaceAfter=4),
        "title_alt": ParagraphStyle("title_alt", parent=body, fontName=f"{SERIF}-Italic",
                                    fontSize=12.5, leading=16.5, textColor=MUTED,
                                    spaceAfter=6),
        "quote": ParagraphStyle("quote", parent=body, fontName=f"{SERIF}-Italic",
                                fontSize=10.5, leading=15, textColor=INK, spaceAfter=0),
        "cover_prize": ParagraphStyle("cover_prize", parent=body, fontName=f"{SERIF}-Bold",
                                      fontSize=30, leading=36, textColor=NAVY,
                                      alignment=TA_LEFT, spaceAfter=6),
        "cover_alt": ParagraphStyle("cover_alt", parent=body, fontName=f"{SERIF}",
                                    fontSize=20, leading=26, textColor=NAVY, spaceAfter=6),
        "cover_line": ParagraphStyle("cover_line", parent=body, fontSize=12.5, leading=18,
                                     textColor=INK, spaceAfter=2),
        "cover_small": ParagraphStyle("cover_small", parent=body, fontSize=10, leading=14,
                                      textColor=MUTED),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=10.5, leading=15, leftIndent=0,
                               firstLineIndent=0, spaceBefore=3, spaceAfter=0),
        "toc2": ParagraphStyle("toc2", parent=body, fontSize=9, leading=12.5, leftIndent=14,
                               firstLineIndent=0, textColor=MUTED, spaceAfter=0),
        "signature": ParagraphStyle("signature", parent=body, fontSize=9.5, leading=13,
                                    spaceAfter=0),
    }
    return made


def text(value: str) -> str:
    """Plain text made safe for a Paragraph: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (or of trusted mini-HTML when `markup`)."""
    return Paragraph(value if markup else text(value), styles()[style])


class Heading(Paragraph):
    """A heading that appears in the table of contents and the bookmark outline."""

    def __init__(self, title: str, level: int, key: str, *, style: str | None = None,
                 toc: bool = True) -> None:
        super().__init__(text(title), styles()[style or ("h1" if level == 0 else "h2")])
        self.outline_title = title
        self.outline_level = level
        self.outline_key = key
        self.in_toc = toc


class Rule(Flowable):
    """A short accent rule under a title."""

    def __init__(self, width: float = 28 * mm, colour: colors.Color = ACCENT,
                 thickness: float = 2.2, space: float = 8) -> None:
        super().__init__()
        self.rule_width, self.colour, self.thickness, self.space = width, colour, thickness, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.rule_width, self.thickness + self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.rule_width, self.space)


# Cells' own font: ReportLab's default is Helvetica, which is never embedded.
BASE_TABLE: tuple[tuple[Any, ...], ...] = (("FONTNAME", (0, 0), (-1, -1), SANS),)


#: A data table's cells' left and right padding, in points.
CELL_SIDE_PADDING = 4


def data_table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
               header_rows: int = 1, zebra: bool = True, padding: float = 3,
               extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A calm table: bold blue header on a pale band, thin rules, repeated header."""
    table = Table(list(map(list, rows)), colWidths=list(widths), repeatRows=header_rows,
                  hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        *BASE_TABLE,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), PALE),
                     ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, NAVY),
                     ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM")]
    if zebra:
        for row in range(header_rows + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#F8F9FB")))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def side_by_side(left: Sequence[Flowable], right: Sequence[Flowable], *,
                 gap: float = 8 * mm, rule: bool = True) -> Table:
    """Two columns of the same width (French | Dutch), splittable across pages."""
    half = (FRAME_WIDTH - gap) / 2
    table = Table([[list(left), "", list(right)]], colWidths=[half, gap, half],
                  hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        *BASE_TABLE,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if rule:
        commands.append(("LINEAFTER", (1, 0), (1, 0), 0.4, RULE))
        commands.append(("LEFTPADDING", (2, 0), (2, 0), 0))
    table.setStyle(TableStyle(commands))
    return table


def quote_box(flowables: Sequence[Flowable], width: float = FRAME_WIDTH) -> Table:
    """A citation set off by a yellow rule on its left and a pale background."""
    table = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        *BASE_TABLE,
        ("BACKGROUND", (0, 0), (-1, -1), PALE_ACCENT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]))
    return table


def contents(levels: int = 2) -> TableOfContents:
    """The table of contents, filled from the headings by `multiBuild`."""
    toc = TableOfContents()
    toc.levelStyles = [styles()["toc1"], styles()["toc2"]][:levels]
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle([*BASE_TABLE, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return toc


@dataclass(frozen=True)
class PageDecor:
    """What every page carries besides its content."""

    running_title: str
    footer: Callable[[int, int], str]  # (page, pages) -> "page X of Y" in the languages
    draft: str | None  # the DRAFT mark's text, None once the deliberation is locked
    draft_note: str = ""  # one line under the mark at the top of the page


def draw_footer(canvas: Canvas, decor: PageDecor, page: int, total: int | None) -> None:
    """The running title and "page X of Y" under a thin rule."""
    width = PAGE[0]
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, 9.5 * mm, decor.running_title)
    canvas.drawRightString(width - MARGIN_X, 9.5 * mm, decor.footer(page, total or page))
    canvas.restoreState()


def draw_draft_mark(canvas: Canvas, decor: PageDecor) -> None:
    """The DRAFT mark: a line at the top and a pale diagonal under the page's content."""
    if not decor.draft:
        return
    width, height = PAGE
    canvas.saveState()
    canvas.setFillColor(DRAFT_RED)
    canvas.setFont(f"{SANS}-Bold", 8)
    band = f"{decor.draft}  ·  {decor.draft_note}" if decor.draft_note else decor.draft
    canvas.drawCentredString(width / 2, height - 11 * mm, band)
    canvas.setFillColor(DRAFT_RED, alpha=0.09)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    size = 78.0
    while pdfmetrics.stringWidth(decor.draft, f"{SANS}-Bold", size) > height * 0.85:
        size -= 2
    canvas.setFont(f"{SANS}-Bold", size)
    canvas.drawCentredString(0, -size / 3, decor.draft)
    canvas.restoreState()


class Document(BaseDocTemplate):
    """A4 document whose headings feed the table of contents and the outline.

    "Page X of Y" needs Y before the last page is laid out: each layout pass
    numbers its pages with the count of the pass before it, and `build_numbered`
    lays out again until the count it used is the count it got. (Deferring the
    footers to the end instead would point every bookmark at the first page.)
    """

    def __init__(self, target: Any, decor: PageDecor, *, title: str, subject: str,
                 author: str, lang: str, progress: Callable[[int], None] | None = None) -> None:
        register_fonts()
        super().__init__(target, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                         subject=subject, author=author, creator="Yansenne",
                         lang=lang, displayDocTitle=1, initialFontName=SANS)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(
            id="page", frames=[frame],
            onPage=lambda canvas, _doc: draw_draft_mark(canvas, decor),
            onPageEnd=lambda canvas, _doc: draw_footer(canvas, decor, self.page, self._total))])
        self._progress = progress
        self._seen_keys: set[str] = set()
        self._total: int | None = None  # pages of the previous pass, used by this one
        self._last_count = 0

    def build_numbered(self, make_story: Callable[[], list[Flowable]], rounds: int = 4) -> int:
        """Lay out the story until every page knows the true page count; returns it.

        Each round gets fresh flowables from `make_story`: a laid-out story cannot
        be laid out again from the start."""
        for _ in range(rounds):
            self.multiBuild(make_story())
            if self._total == self._last_count:
                return self._last_count
        raise RuntimeError("the page count does not settle")

    def _endBuild(self) -> None:  # ReportLab's hook at the end of each pass
        super()._endBuild()
        self._last_count = self.page

    def handle_pageBegin(self) -> None:  # noqa: N802 - ReportLab's name
        super().handle_pageBegin()
        if self._progress is not None:
            self._progress(self.page)

    def handle_documentBegin(self) -> None:  # noqa: N802 - ReportLab's name
        super().handle_documentBegin()
        self._seen_keys = set()  # once per pass of multiBuild
        self._total = self._last_count or None
        self.canv.showOutline()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if not isinstance(flowable, Heading):
            return
        key = flowable.outline_key
        if key in self._seen_keys:  # a heading split over two frames: once only
            return
        self._seen_keys.add(key)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level,
                                  closed=False)
        if flowable.in_toc:
            self.notify("TOCEntry", (flowable.outline_level, text(flowable.outline_title),
                                     self.page, key))
