"""Where a project takes place: one of the 19 municipalities of the Region, or all of it.

People write a municipality as its NIS code or its French or Dutch name (any case,
accents or dashes), and the whole Region as "Toute la Région", "Hele Gewest" or
`region` (edition-workbook.md); the database keeps the NIS code or `region`.
The project dialog, the registry and every spreadsheet reader ask here.
"""

from __future__ import annotations

from yansenne import reference
from yansenne.i18n import tr

REGION = "region"
_REGION_WORDS = frozenset(reference.fold(word) for word in (
    "region", "région", "regio", "gewest", "toute la région", "toute la region",
    "hele gewest", "het hele gewest", "whole region", "the whole region"))


def municipality_code(value: object) -> str | None:
    """The stored form of `value` (a NIS code or "region"), or None if it names nothing."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if reference.fold(text) in _REGION_WORDS:
        return REGION
    found = reference.find_municipality(text)
    return found.nis_code if found is not None else None


def municipality_problem(value: object) -> str | None:
    """Why `value` names no place of the Region, or None (blank means no municipality)."""
    if value is None or str(value).strip() == "" or municipality_code(value) is not None:
        return None
    text = str(value).strip()
    shown = f"{text[:40]}…" if len(text) > 40 else text
    return tr("{value} is not one of the 19 municipalities of the Region (NIS code, French or "
              "Dutch name) nor \"region\"", value=f"\"{shown}\"")
