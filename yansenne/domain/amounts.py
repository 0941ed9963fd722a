"""Amounts of money as people type them in Belgium (edition-workbook.md, Projects).

Excel in a Belgian locale writes "7.450,00", "12 500 €", "3 200", "8500,5" or
"8.500,50" (often with no-break spaces); a cell may also hold a plain number. A dot
followed by exactly three digits and no comma ("7.450") could be seven thousand four
hundred and fifty or seven and a half: it is refused, never guessed. The project
dialog, the registry and every spreadsheet reader ask here.
"""

from __future__ import annotations

import math
import re

from yansenne.i18n import tr

#: The largest amount of money any field holds (a project's budget, a prize): a
#: billion euros. 1e308 is refused in words rather than carried into totals.
MAX_AMOUNT = 1_000_000_000.0

# Spaces Excel and people put between thousands: plain, no-break, narrow no-break, thin.
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\u2007]+")
_CURRENCY = re.compile(r"(€|eur|euros?)$|^(€|eur)", re.IGNORECASE)
# ASCII digits only (re.ASCII): "٧٤٥٠" or "７４５０" is not an amount.
_DIGITS = r"\d+"
_GROUPED_SPACE = r"\d{1,3}(?: \d{3})+"  # 12 500
_GROUPED_DOT = r"\d{1,3}(?:\.\d{3})+"  # 8.500 (only before a comma, or with two dots)
_COMMA_DECIMAL = re.compile(rf"^(?:{_DIGITS}|{_GROUPED_SPACE}|{_GROUPED_DOT}),(\d+)$", re.ASCII)
_DOT_DECIMAL = re.compile(rf"^(?:{_DIGITS}|{_GROUPED_SPACE})\.(\d+)$", re.ASCII)
_WHOLE = re.compile(rf"^(?:{_DIGITS}|{_GROUPED_SPACE}|\d{{1,3}}(?:\.\d{{3}}){{2,}})$",
                    re.ASCII)
_AMBIGUOUS = re.compile(r"^\d{1,3}\.\d{3}$", re.ASCII)


def _text(raw: object) -> str:
    text = _SPACES.sub(" ", str(raw)).strip()
    text = _CURRENCY.sub("", text).strip()
    return text


def is_ambiguous(raw: object) -> bool:
    """True for "7.450": a dot and exactly three digits, no comma (thousands or decimals?)."""
    if isinstance(raw, bool | int | float):
        return False
    text = _text(raw).lstrip("-").strip()
    return bool(_AMBIGUOUS.match(text))


def parse_amount(raw: object) -> float | None:
    """The amount a cell or a keystroke means, or None if it is not one (or is ambiguous)."""
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int):
        try:
            return float(raw)
        except OverflowError:  # a cell of 400 digits
            return None
    if isinstance(raw, float):
        return raw if math.isfinite(raw) else None
    text = _text(raw)
    sign = 1.0
    if text.startswith("-"):
        sign, text = -1.0, text[1:].strip()
    if not text or _AMBIGUOUS.match(text):
        return None
    if match := _COMMA_DECIMAL.match(text):
        whole = text[: match.start(1) - 1]
        number = f"{re.sub(r'[ .]', '', whole)}.{match.group(1)}"
    elif match := _DOT_DECIMAL.match(text):
        number = text.replace(" ", "")
    elif _WHOLE.match(text):
        number = re.sub(r"[ .]", "", text)
    else:
        return None
    value = sign * float(number)
    return value if math.isfinite(value) else None


def amount_problem(raw: object, *, minimum: float | None = 0) -> str | None:
    """Why `raw` is not an amount (or is below `minimum`), or None; blank is no amount."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    shown = f"\"{_shown(raw)}\""
    if is_ambiguous(raw):
        return tr("{value} is ambiguous: write it as {thousands} or as {decimals}",
                  value=shown, thousands=f"\"{_text(raw).replace('.', '')}\"",
                  decimals=f"\"{_text(raw).replace('.', ',')}\"")
    value = parse_amount(raw)
    if value is None:
        return tr("{value} is not a number (write an amount as 7450, 7.450,00 or 7 450 €)",
                  value=shown)
    if minimum is not None and value < minimum:
        return tr("{value} must be at least {minimum}", value=shown, minimum=minimum)
    if abs(value) > MAX_AMOUNT:
        return tr("{value} must be at most {maximum}", value=shown, maximum=f"{MAX_AMOUNT:.0f}")
    return None


def _shown(raw: object) -> str:
    if isinstance(raw, float) and not 1e-6 <= abs(raw) < 1e15 and raw != 0:
        return repr(raw)  # 1e+308, not its 309 digits
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip()
    return f"{text[:40]}…" if len(text) > 40 else text
