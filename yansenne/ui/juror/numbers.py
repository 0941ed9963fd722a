"""Marks as people read and type them: "7,5" in French and Dutch, "7.5" in English.

Typing accepts both separators whatever the language (`yansenne.domain.marks.parse_number`);
showing follows the Belgian conventions of the interface language.
"""

from __future__ import annotations

from functools import lru_cache

from yansenne.domain.scale import on_scale
from yansenne.ui import i18n

__all__ = ["format_mark", "format_percent", "on_scale"]

def format_mark(value: float | None, lang: str | None = None) -> str:
    """7.0 -> "7", 7.5 -> "7,5" (fr, nl) or "7.5" (en); "" for no mark."""
    if value is None:
        return ""
    return _formatted(float(value), lang or i18n.current_language())


@lru_cache(maxsize=4096)
def _formatted(value: float, lang: str) -> str:
    """Painting a grid formats the same few marks over and over: once is enough."""
    return i18n.locale(lang).toString(value, "g", 6)


def format_percent(value: float | None, lang: str | None = None) -> str:
    """A juror total: "72,5 %" in French and Dutch, "72.5%" in English."""
    if value is None:
        return ""
    number = i18n.locale(lang).toString(float(value), "f", 1)
    return f"{number}%" if (lang or i18n.current_language()) == "en" else f"{number}\u00a0%"
