"""Column headings of names (categories, criteria) over short lines.

A table's column is as wide as its heading: on one line, "Services communaux de
prévention et de la jeunesse" or "Kwaliteit van de samenwerking" made a column of a
mark or a count three times its contents' width, and the table scrolled sideways on a
laptop. Broken between words into lines of about `LINE_CHARS` characters, the heading
grows taller instead (the views size headers to their lines); a single longer word is
never broken.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache

LINE_CHARS = 18


@lru_cache(maxsize=512)  # asked again at every repaint of a header, for a few names
def heading_lines(name: str, chars: int = LINE_CHARS) -> str:
    """`name` over lines of at most `chars` characters where its words allow."""
    return "\n".join(textwrap.wrap(name, chars, break_long_words=False)) or name
