"""The ceremony deck laid out on 16:9 slides, and drawn as a PDF by ReportLab.

`lay_out(deck)` places every text of a `deck_content.Deck` in boxes measured with
the DejaVu faces the dossier embeds (`pdf_style`), shrinking a box's text until it
fits: both writers draw these same boxes, this module on a PDF canvas (no office
suite needed) and `deck_pptx` as editable PowerPoint text boxes, so that the two
files show the same slides. Colours and faces are the dossier's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from yansenne.files import replacing
from yansenne.i18n import tr
from yansenne.reports import pdf_style as ps
from yansenne.reports.deck_content import (
    LAUREATE,
    NOMINEES,
    REVEAL,
    TITLE,
    Both,
    Deck,
    ProjectCard,
    Slide,
)

# 16:9 in points: 13.333 × 7.5 inches, PowerPoint's "widescreen".
WIDTH, HEIGHT = 960.0, 540.0
MARGIN = 56.0
LEADING = 1.2  # line height / font size, in both writers
FIT_WIDTH = 0.96  # measure lines a little narrower than the box: the office suites wrap
# with their own rounding

NAVY, ACCENT, INK, MUTED = "1C3A66", "F2B134", "1F2430", "5A6272"
PALE, PALE_ACCENT, DRAFT_RED, WHITE = "EEF1F6", "FDF3DC", "B3261E", "FFFFFF"
SOFT = "C9D3E3"  # light text on navy
RULE = "D5D9E0"

# Face keys -> (ReportLab font, family for office suites, bold, italic)
FACES = {
    "sans": (ps.SANS, "DejaVu Sans", False, False),
    "sans-bold": (f"{ps.SANS}-Bold", "DejaVu Sans", True, False),
    "sans-italic": (f"{ps.SANS}-Italic", "DejaVu Sans", False, True),
    "serif": (ps.SERIF, "DejaVu Serif", False, False),
    "serif-bold": (f"{ps.SERIF}-Bold", "DejaVu Serif", True, False),
    "serif-italic": (f"{ps.SERIF}-Italic", "DejaVu Serif", False, True),
}


@dataclass(frozen=True)
class Para:
    text: str
    face: str = "sans"
    size: float = 14.0
    colour: str = INK
    space_before: float = 0.0


@dataclass(frozen=True)
class Rect:
    """A filled rectangle (x, y from the top left, in points)."""

    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class TextBox:
    """A text box; its paragraphs already sized to fit (`fitted`)."""

    x: float
    y: float
    w: float
    h: float
    paras: tuple[Para, ...]
    align: str = "left"  # left, center, right
    anchor: str = "top"  # top, middle, bottom
    pad: float = 0.0
    fill: str | None = None
    rotation: float = 0.0  # degrees, counter-clockwise
    alpha: float = 1.0  # of the text (the draft's watermark is faint)
    name: str = ""


@dataclass(frozen=True)
class Page:
    """One laid-out slide: its background and its shapes, drawn in order."""

    kind: str
    background: str
    shapes: tuple[Rect | TextBox, ...] = field(default_factory=tuple)


# -- measuring ---------------------------------------------------------------------------


def lines_of(para: Para, width: float) -> list[str]:
    ps.register_fonts()
    out: list[str] = []
    for line in para.text.split("\n"):
        out.extend(simpleSplit(line, FACES[para.face][0], para.size, width) or [""])
    return out


def height_of(paras: tuple[Para, ...], width: float) -> float:
    return sum(p.space_before + len(lines_of(p, width)) * p.size * LEADING for p in paras)


def fitted(box: TextBox, smallest: float = 0.45) -> TextBox:
    """The box with its text scaled down (never up) until every line fits it."""
    width = (box.w - 2 * box.pad) * FIT_WIDTH
    height = box.h - 2 * box.pad
    scale = 1.0
    paras = box.paras
    while scale > smallest:
        paras = tuple(replace(p, size=round(p.size * scale, 1),
                              space_before=round(p.space_before * scale, 1))
                      for p in box.paras)
        if height_of(paras, width) <= height:
            break
        scale -= 0.04
    return replace(box, paras=paras)


def text_box(*args: object, **kwargs: object) -> TextBox:
    return fitted(TextBox(*args, **kwargs))  # type: ignore[arg-type]


# -- laying out ----------------------------------------------------------------------------


def _bilingual(both: Both, face_fr: str, face_nl: str, size_fr: float, size_nl: float,
               colour_fr: str, colour_nl: str, gap: float = 4) -> tuple[Para, ...]:
    """French then Dutch, the Dutch once only when it reads the same."""
    paras = [Para(both.fr, face_fr, size_fr, colour_fr)]
    if not both.same and both.nl:
        paras.append(Para(both.nl, face_nl, size_nl, colour_nl, gap))
    return tuple(paras)


def _upper(both: Both, separator: str = " · ") -> str:
    return both.joined(separator).upper()


def _footer(deck: Deck, number: int, total: int, dark: bool) -> list[Rect | TextBox]:
    colour = SOFT if dark else MUTED
    y = HEIGHT - 32
    return [
        Rect(MARGIN, y - 6, WIDTH - 2 * MARGIN, 0.6, SOFT if dark else RULE),
        text_box(MARGIN, y, WIDTH - 2 * MARGIN - 80, 18,
                 (Para(f"{deck.names.joined(' · ')} — {deck.footer.joined(' · ')}",
                       "sans", 8.5, colour),), name="footer"),
        TextBox(WIDTH - MARGIN - 70, y, 70, 18, (Para(f"{number} / {total}", "sans", 8.5,
                                                       colour),), align="right",
                name="number"),
    ]


def _draft(deck: Deck) -> list[Rect | TextBox]:
    """The draft mark: a red band at the top and a faint diagonal word behind."""
    if deck.draft is None or deck.draft_note is None:
        return []
    word = deck.draft.joined(" · ")
    size = 120.0
    while pdfmetrics.stringWidth(word, FACES["sans-bold"][0], size) > WIDTH * 0.8:
        size -= 4
    return [
        TextBox(0, (HEIGHT - size * 1.6) / 2, WIDTH, size * 1.6,
                (Para(word, "sans-bold", size, DRAFT_RED),), align="center", anchor="middle",
                rotation=24, alpha=0.10, name="draft watermark"),
        text_box(0, 0, WIDTH, 20,
                 (Para(f"{word} — {deck.draft_note.joined(' · ')}", "sans-bold", 9,
                       WHITE),), align="center", anchor="middle", fill=DRAFT_RED,
                 name="draft"),
    ]


def _title(deck: Deck, slide: Slide) -> list[Rect | TextBox]:
    assert slide.heading is not None
    kicker, date = slide.lines
    width = WIDTH - 2 * MARGIN
    return [
        text_box(MARGIN, 92, width, 30, (Para(_upper(kicker), "sans-bold", 14, SOFT),),
                 anchor="bottom", name="kicker"),
        Rect(MARGIN, 134, 96, 4, ACCENT),
        text_box(MARGIN, 156, width, 200,
                 _bilingual(slide.heading, "serif-bold", "serif", 46, 34, WHITE, ACCENT, 10),
                 name="edition"),
        text_box(MARGIN, 372, width, 70,
                 _bilingual(date, "sans", "sans", 17, 17, WHITE, SOFT, 4), name="date"),
    ]


def _card_paras(card: ProjectCard, scale: float) -> tuple[Para, ...]:
    paras = list(_bilingual(card.titles, "serif-bold", "serif-italic", 21 * scale, 17 * scale,
                            INK, MUTED, 2))
    where = card.municipality.joined(" / ")
    details = " · ".join(x for x in (card.organisation, where) if x)
    if details:
        paras.append(Para(details, "sans", 12 * scale, MUTED, 6 * scale))
    return tuple(paras)


def _nominees(slide: Slide) -> list[Rect | TextBox]:
    assert slide.heading is not None and slide.subheading is not None
    shapes: list[Rect | TextBox] = [
        Rect(0, 0, WIDTH, 112, NAVY),
        text_box(MARGIN, 30, WIDTH - 2 * MARGIN, 22,
                 (Para(_upper(slide.heading), "sans-bold", 13, ACCENT),), name="heading"),
        text_box(MARGIN, 54, WIDTH - 2 * MARGIN, 50,
                 (Para(slide.subheading.joined(" · "), "serif-bold", 26, WHITE),),
                 anchor="middle", name="category"),
    ]
    cards = slide.projects
    columns = 1 if len(cards) <= 4 else 2
    rows = -(-len(cards) // columns)
    top, bottom, gap = 132.0, HEIGHT - 50, 12.0
    height = min(104.0, (bottom - top - gap * (rows - 1)) / rows)
    top += (bottom - top - rows * height - gap * (rows - 1)) / 2
    width = (WIDTH - 2 * MARGIN - gap * (columns - 1)) / columns
    scale = 1.0 if columns == 1 else 0.8
    for index, card in enumerate(cards):
        column, row = divmod(index, rows)
        x = MARGIN + column * (width + gap)
        y = top + row * (height + gap)
        shapes.append(Rect(x, y, 6, height, ACCENT))
        shapes.append(text_box(x + 6, y, width - 6, height, _card_paras(card, scale),
                               anchor="middle", pad=12, fill=PALE, name=f"nominee {card.code}"))
    return shapes


def _reveal(slide: Slide) -> list[Rect | TextBox]:
    assert slide.heading is not None and slide.award is not None
    paras = [Para(_upper(slide.award), "sans-bold", 16, ACCENT),
             *_bilingual(slide.heading, "serif-bold", "serif-italic", 40, 32, WHITE, SOFT, 14)]
    if slide.amount is not None:
        paras.append(Para(slide.amount.joined(" · "), "sans-bold", 22, ACCENT, 26))
    return [text_box(MARGIN, 90, WIDTH - 2 * MARGIN, 340, tuple(paras),
                     align="center", anchor="middle", name="reveal")]


def _laureate(slide: Slide) -> list[Rect | TextBox]:
    assert slide.award is not None and slide.citation is not None
    card = slide.projects[0]
    width = WIDTH - 2 * MARGIN
    kicker = _upper(slide.award)
    if slide.amount is not None:
        kicker += " — " + slide.amount.joined(" · ")
    where = " · ".join(x for x in (card.municipality.joined(" / "),
                                   card.category.joined(" / ")) if x)
    citations = {"fr": slide.citation.fr.strip(), "nl": slide.citation.nl.strip()}
    # Without a citation (none written yet) the project stands in the middle of the slide.
    top = 34.0 if any(citations.values()) else 130.0
    shapes: list[Rect | TextBox] = [
        Rect(0, 0, 14, HEIGHT, ACCENT),
        text_box(MARGIN, top, width, 24, (Para(kicker, "sans-bold", 14, NAVY),), name="award"),
        text_box(MARGIN, top + 28, width, 132,
                 _bilingual(card.titles, "serif-bold", "serif-italic", 32, 24, NAVY, MUTED, 6),
                 name="title"),
        text_box(MARGIN, top + 164, width, 52,
                 (Para(card.organisation or "—", "sans-bold", 15, INK),
                  Para(where, "sans", 12.5, MUTED, 4)), name="organisation"),
        Rect(MARGIN, top + 224, 96, 3, ACCENT),
    ]
    if not any(citations.values()):
        return shapes
    gap = 20.0
    half = (width - gap) / 2
    for index, (lang, text) in enumerate(citations.items()):
        x = MARGIN + index * (half + gap)
        label = tr("The jury's citation", lang=lang).upper()
        shapes.append(Rect(x, 276, 4, HEIGHT - 50 - 276, ACCENT))
        shapes.append(text_box(
            x + 4, 276, half - 4, HEIGHT - 50 - 276,
            (Para(label, "sans-bold", 10, MUTED), Para(text or "—", "serif-italic", 16, INK, 6)),
            pad=12, fill=PALE_ACCENT, name=f"citation {lang}"))
    return shapes


def lay_out(deck: Deck) -> list[Page]:
    """Every slide of `deck` as shapes on a 16:9 page."""
    ps.register_fonts()
    pages = []
    total = len(deck.slides)
    for number, slide in enumerate(deck.slides, start=1):
        dark = slide.kind in (TITLE, REVEAL)
        body: list[Rect | TextBox] = {
            TITLE: lambda s: _title(deck, s), NOMINEES: _nominees, REVEAL: _reveal,
            LAUREATE: _laureate}[slide.kind](slide)
        pages.append(Page(slide.kind, NAVY if dark else WHITE,
                          (*_draft(deck)[:1], *body, *_footer(deck, number, total, dark),
                           *_draft(deck)[1:])))
    return pages


# -- drawing -------------------------------------------------------------------------------


def _colour(hex_code: str) -> colors.Color:
    return colors.HexColor(f"#{hex_code}")


def _draw_box(canvas: Canvas, box: TextBox) -> None:
    # ReportLab's y runs upwards from the bottom of the page.
    bottom = HEIGHT - box.y - box.h
    canvas.saveState()
    if box.fill:
        canvas.setFillColor(_colour(box.fill))
        canvas.rect(box.x, bottom, box.w, box.h, stroke=0, fill=1)
    if box.rotation:
        canvas.translate(box.x + box.w / 2, bottom + box.h / 2)
        canvas.rotate(box.rotation)
        canvas.translate(-(box.x + box.w / 2), -(bottom + box.h / 2))
    width = box.w - 2 * box.pad
    laid = [(p, lines_of(p, width * FIT_WIDTH)) for p in box.paras]
    used = sum(p.space_before + len(lines) * p.size * LEADING for p, lines in laid)
    inner = box.h - 2 * box.pad
    offset = {"top": 0.0, "middle": (inner - used) / 2, "bottom": inner - used}[box.anchor]
    y = HEIGHT - box.y - box.pad - offset  # the top of the first line
    left = box.x + box.pad
    for para, lines in laid:
        y -= para.space_before
        canvas.setFont(FACES[para.face][0], para.size)
        canvas.setFillColor(_colour(para.colour), alpha=box.alpha)
        for line in lines:
            line_height = para.size * LEADING
            baseline = y - (line_height - para.size) / 2 - para.size * 0.84
            if box.align == "center":
                canvas.drawCentredString(left + width / 2, baseline, line)
            elif box.align == "right":
                canvas.drawRightString(left + width, baseline, line)
            else:
                canvas.drawString(left, baseline, line)
            y -= line_height
    canvas.restoreState()


def draw_page(canvas: Canvas, page: Page) -> None:
    canvas.setFillColor(_colour(page.background))
    canvas.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
    for shape in page.shapes:
        if isinstance(shape, Rect):
            canvas.setFillColor(_colour(shape.fill))
            canvas.rect(shape.x, HEIGHT - shape.y - shape.h, shape.w, shape.h, stroke=0, fill=1)
        else:
            _draw_box(canvas, shape)


def write_deck_pdf(deck: Deck, target: str | Path | IO[bytes],
                   progress: Callable[[int], None] | None = None) -> int:
    """Draw `deck` as a 16:9 PDF at `target` (atomically for a path); returns the pages."""
    pages = lay_out(deck)

    def draw(into: str | IO[bytes]) -> None:
        canvas = Canvas(into, pagesize=(WIDTH, HEIGHT), initialFontName=ps.SANS,
                        lang="fr-BE")
        canvas.setTitle(deck.names.joined(" / "))
        canvas.setSubject(" / ".join(tr("Ceremony slides", lang=x) for x in ("fr", "nl")))
        canvas.setAuthor(deck.footer.joined(" / "))
        canvas.setCreator("Yansenne")
        for number, page in enumerate(pages, start=1):
            draw_page(canvas, page)
            canvas.showPage()
            if progress:
                progress(number)
        canvas.save()

    if isinstance(target, str | Path):
        with replacing(target) as temporary:
            draw(str(temporary))
    else:
        draw(target)
    return len(pages)
