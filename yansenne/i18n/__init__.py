"""The Qt-free message catalogue of the core (store, exchange, reports, cli).

Message ids are the English text; `fr.json` and `nl.json` beside this module hold
the translations, completed by area catalogues (`<area>.fr.json`) so that work on
separate parts of the program never edits the same file. The Qt interface uses
Qt Linguist instead; the core must not depend on Qt, so it keeps this small table
of its own. A test checks that every
`tr("...")` literal in the core has a French and a Dutch entry.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
_current = "fr"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The translations of one language (empty for English, the source language)."""
    if lang == "en":
        return {}
    folder = Path(__file__).parent
    merged: dict[str, str] = {}
    for path in [folder / f"{lang}.json", *sorted(folder.glob(f"*.{lang}.json"))]:
        if path.exists():
            merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def default_language() -> str:
    """The language of the environment's locale if we speak it, else French."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = part[:2].lower()
            if code in LANGUAGES:
                return code
    return "fr"


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    global _current
    _current = lang


def language() -> str:
    return _current


def tr(msgid: str, /, lang: str | None = None, **values: Any) -> str:
    """Translate `msgid` into `lang` (default: the current language) and format it."""
    text = catalogue(lang or _current).get(msgid) or msgid  # untranslated: English
    return text.format(**values) if values else text


def pick(record: Any, field: str, lang: str | None = None) -> str:
    """A bilingual field (`title_fr`, `title_nl`, `title_en`) in `lang`, falling back
    to the other languages so that a reader always gets some text."""
    lang = lang or _current
    order = [lang] + [other for other in ("fr", "nl", "en") if other != lang]
    for code in order:
        value = getattr(record, f"{field}_{code}", None)
        if value:
            return str(value)
    return ""
