"""Names of reference codes (municipalities, police zones, actors) in the UI language.

Municipalities and police zones have official French and Dutch names only; English
readers get the French name, as on Brussels' bilingual street signs read by visitors.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from yansenne import reference
from yansenne.domain.places import REGION
from yansenne.i18n import pick


def _official(name_fr: str, name_nl: str, lang: str) -> str:
    return name_nl if lang == "nl" and name_nl else name_fr


def region_wide() -> str:
    return QCoreApplication.translate("Labels", "Region-wide")


def municipality_name(code: str | None, lang: str) -> str:
    """'Schaerbeek' / 'Schaarbeek', 'Region-wide' for the whole Region, '' if unknown."""
    if code == REGION:
        return region_wide()
    found = reference.municipality(code)
    return _official(found.name_fr, found.name_nl, lang) if found else (code or "")


def police_zone_code(municipality: str | None) -> str | None:
    found = reference.municipality(municipality) if municipality != REGION else None
    return found.police_zone if found else None


def police_zone_name(municipality: str | None, lang: str, *, with_code: bool = False) -> str:
    """The police zone covering a municipality ('' region-wide or unknown)."""
    zone_code = police_zone_code(municipality)
    zone = reference.police_zones().get(zone_code or "")
    if zone is None:
        return ""
    name = _official(zone.name_fr, zone.name_nl, lang)
    return f"{name} ({zone.zone})" if with_code else name


def actor_name(code: str | None, lang: str) -> str:
    """An actor type by its name; "—" when the project has none (it is optional)."""
    if not code:
        return "—"
    found = reference.actor(code)
    return pick(found, "name", lang) if found else code


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ('securite' finds 'Sécurité')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
