"""The Qt-free message catalogue of the core (store, exchange, reports, cli).

Message ids are the English text; `fr.json` and `nl.json` beside this module hold
the translations, completed by area catalogues (`<area>.fr.json`) so that work on
separate parts of the program never edits the same file. The Qt interface uses
Qt Linguist instead; the core must not depend on Qt, so it keeps this small table
of its own. A test checks that every
`tr("...")` literal in the core has a French and a Dutch entry.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
_current = "fr"

#: How each language writes a number (Belgian conventions for French and Dutch).
DECIMAL_MARK = {"fr": ",", "nl": ",", "en": "."}
THOUSANDS_MARK = {"fr": "\u202f", "nl": ".", "en": ","}
NO_VALUE = "—"


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
    if lang == "fr":  # printed as French prints it, whoever typed the entry
        merged = {key: french_typography(text) for key, text in merged.items()}
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


# -- numbers and dates as the reader writes them ------------------------------------------
# The one place that knows the conventions: the desk, the command line's tables and the
# documents all format figures and dates here.


def format_number(value: float | None, decimals: int = 2, lang: str | None = None, *,
                  signed: bool = False, grouped: bool = False, trim: bool = False) -> str:
    """"72,50" in French and Dutch, "72.50" in English; "—" when there is no value.

    `signed` writes "+" before a positive figure (a true minus always), `grouped`
    separates thousands ("12 500" with a narrow no-break space, "12.500", "12,500"),
    `trim` drops the decimals a whole number does not need ("0,5" but "7")."""
    if value is None or value != value:  # None or NaN
        return NO_VALUE
    lang = lang if lang in LANGUAGES else _current
    number = float(value)
    if trim:
        number = round(number, decimals)
        text = f"{abs(number):,.{decimals}f}".rstrip("0").rstrip(".") if decimals else (
            f"{abs(number):,.0f}")
    else:
        text = f"{abs(number):,.{decimals}f}"
    text = text.replace(",", "\x00").replace(".", DECIMAL_MARK[lang])
    text = text.replace("\x00", THOUSANDS_MARK[lang] if grouped else "")
    if number < 0 and text.strip("0,.") != "":
        return "\u2212" + text
    return ("+" + text) if signed and number > 0 else text


def format_count(n: int, lang: str | None = None) -> str:
    """A count of things as its reader writes it: "320 000" (a narrow no-break space),
    "320.000", "320,000". Never a year or a code: those are names, not amounts."""
    return format_number(n, 0, lang, grouped=True)


def singular(n: int, lang: str | None = None) -> bool:
    """Whether `n` things take the singular in `lang`: French says "1 membre", "0 membre"
    and Dutch and English "1 jurylid", "0 juryleden". A message with a count of people
    has its two forms as two literal messages, chosen by this."""
    return n < 2 if (lang or _current) == "fr" else n == 1


def ordinal(n: int, lang: str | None = None) -> str:
    """A place as its reader writes it in a sentence: "1er", "2e" (a project is
    "classé 1er"), "1e", "2e" in Dutch, "1st", "2nd", "11th", "23rd" in English."""
    lang = lang or _current
    if lang == "fr":
        return "1er" if n == 1 else f"{n}e"
    if lang == "nl":
        return f"{n}e"
    teen = n % 100 in (11, 12, 13)
    suffix = "th" if teen else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_counts(counts: dict[str, int], lang: str | None = None) -> dict[str, str]:
    """A report's named counts (added, changed...), each as `format_count` writes it."""
    return {name: format_count(n, lang) for name, n in counts.items()}


def format_date(day: dt.date | None, lang: str | None = None) -> str:
    """A date in figures with its four-digit year: "04/02/2027" ("" when none)."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_datetime(moment: dt.datetime | None, lang: str | None = None) -> str:
    """A local moment in figures: "04/02/2027 14:30" ("" when none)."""
    if moment is None:
        return ""
    return f"{format_date(moment.date(), lang)} {moment.hour:02d}:{moment.minute:02d}"


# -- French typography -------------------------------------------------------------------
NARROW_NBSP = "\u202f"
_SPACE_BEFORE_HIGH_MARK = re.compile(r"[ \u00a0\u202f]+([;:!?»])")
_GLUED_CLOSING_QUOTE = re.compile(r"([^\s\u202f])»")
_OPENING_QUOTE = re.compile(r"«[ \u00a0\u202f]*")


def french_typography(text: str) -> str:
    """A narrow no-break space before ; : ! ? » and after «, as French prints them.

    Only a space already written before ; : ! ? is changed, so "14:30", "https://"
    and `{value:.2f}` stay as they are."""
    text = _SPACE_BEFORE_HIGH_MARK.sub(NARROW_NBSP + r"\1", text)
    text = _GLUED_CLOSING_QUOTE.sub(r"\1" + NARROW_NBSP + "»", text)
    return _OPENING_QUOTE.sub("«" + NARROW_NBSP, text)
