"""The ceremony deck as a PowerPoint file (python-pptx), for the secretariat to retouch.

Every slide is built from the same laid-out boxes as the PDF (`deck_pdf.lay_out`), as
real shapes: editable text boxes with their own paragraphs, filled rectangles, a
coloured slide background, nothing drawn as an image. 16:9 ("widescreen").
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from yansenne.files import replacing
from yansenne.i18n import tr
from yansenne.reports.deck_content import Deck
from yansenne.reports.deck_pdf import FACES, HEIGHT, LEADING, WIDTH, Page, Rect, TextBox, lay_out

BLANK_LAYOUT = 6  # "Blank" in python-pptx's default template
ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}


def _no_outline(shape: Any) -> None:
    """No line, no shadow: the theme's shape style (which LibreOffice draws with a
    shadow) is removed; the shape's colours are all its own."""
    shape.line.fill.background()
    shape.shadow.inherit = False
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def _rect(slide: Any, rect: Rect) -> None:
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(rect.x), Pt(rect.y), Pt(rect.w),
                                   Pt(rect.h))
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(rect.fill)
    _no_outline(shape)
    shape.name = "decoration"


def _alpha(run: Any, alpha: float) -> None:
    """A faint run: python-pptx has no API for a text colour's transparency."""
    colour = run.font._rPr.find(qn("a:solidFill")).find(qn("a:srgbClr"))
    etree.SubElement(colour, qn("a:alpha")).set("val", str(int(alpha * 100000)))


def _text(slide: Any, box: TextBox) -> None:
    if box.fill:
        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(box.x), Pt(box.y), Pt(box.w),
                                       Pt(box.h))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(box.fill)
        _no_outline(shape)
    else:
        shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
    if box.name:
        shape.name = box.name
    if box.rotation:
        shape.rotation = -box.rotation  # PowerPoint turns clockwise
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE  # the sizes were fitted when laid out
    frame.vertical_anchor = ANCHOR[box.anchor]
    for side in ("left", "right", "top", "bottom"):
        setattr(frame, f"margin_{side}", Pt(box.pad))
    for index, para in enumerate(box.paras):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = ALIGN[box.align]
        paragraph.line_spacing = Pt(para.size * LEADING)
        paragraph.space_before = Pt(para.space_before)
        paragraph.space_after = Pt(0)
        run = paragraph.add_run()
        run.text = para.text
        _, family, bold, italic = FACES[para.face]
        font = run.font
        font.name, font.bold, font.italic, font.size = family, bold, italic, Pt(para.size)
        font.color.rgb = RGBColor.from_string(para.colour)
        if box.alpha < 1:
            _alpha(run, box.alpha)


def _slide(presentation: Any, page: Page) -> None:
    slide = presentation.slides.add_slide(presentation.slide_layouts[BLANK_LAYOUT])
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string(page.background)
    for shape in page.shapes:
        if isinstance(shape, Rect):
            _rect(slide, shape)
        else:
            _text(slide, shape)


def build_pptx(deck: Deck) -> Any:
    """The presentation of `deck` (a python-pptx `Presentation`)."""
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Pt(WIDTH), Pt(HEIGHT)
    for page in lay_out(deck):
        _slide(presentation, page)
    core = presentation.core_properties
    core.title = deck.names.joined(" / ")
    core.subject = " / ".join(tr("Ceremony slides", lang=x) for x in ("fr", "nl"))
    core.author = deck.footer.joined(" / ")
    core.language = "fr-BE"
    return presentation


def write_deck_pptx(deck: Deck, target: str | Path | IO[bytes]) -> int:
    """Write `deck` as a .pptx at `target` (atomically for a path); returns the slides."""
    presentation = build_pptx(deck)
    if isinstance(target, str | Path):
        with replacing(target) as temporary:
            presentation.save(str(temporary))
    else:
        presentation.save(target)
    return len(presentation.slides)
