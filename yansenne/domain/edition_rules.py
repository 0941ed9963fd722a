"""The edition's ordered lists: tie-break rules, prize amounts, the casting vote.

The database keeps them as typed lists (JSON columns, migration 0004); people type
them as text ("median; first_places", "6000;4000;2000", "P07; P12") in the desk,
the edition workbook and the command line. Reading, checking and writing them back
is done here once, so the workbook's round trip and the lock's fingerprint see the
same text they always did.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from yansenne.domain.amounts import MAX_AMOUNT
from yansenne.i18n import tr

TIE_BREAK_RULES = ("median", "first_places", "casting_vote")

MAX_PRIZES = 3
# The desk's own limits (the edition page's spin boxes): a quorum of 1e19 or a trim
# of 1e20 is refused in words, never by the database's integer overflowing.
MAX_QUORUM = 999
MAX_TRIM = 20
_AMOUNT = re.compile(r"^[0-9]+(?:[.,][0-9]+)?$")  # ASCII digits: never "٦٠٠٠"


def items(value: str | Iterable[str] | None) -> list[str]:
    """'a; b' or 'a\\nb' or ['a', 'b'] -> ['a', 'b']: stripped, blanks dropped."""
    if value is None:
        return []
    parts = value.replace("\n", ";").split(";") if isinstance(value, str) else value
    return [str(p).strip() for p in parts if str(p).strip()]


def as_lines(values: Iterable[object]) -> str:
    """The one-per-line text of a list, as the lock's fingerprint has always read it."""
    return "\n".join(str(v) for v in values)


# -- tie-break rules -------------------------------------------------------------------

def tie_break_problem(rules: str | Iterable[str], criteria: Collection[str]) -> str | None:
    """Each rule is `criterion:CODE` (a criterion of the grid), median, first_places or
    casting_vote."""
    known = {c.lower() for c in criteria}
    for token in items(rules):
        name, _, argument = token.partition(":")
        if token.lower() in TIE_BREAK_RULES:
            continue
        if name.lower() == "criterion" and argument.lower() in known:
            continue
        return tr("{value} is not a tie-break rule (criterion:CODE, median, first_places, "
                  "casting_vote)", value=f"\"{token}\"")
    return None


# -- prizes ----------------------------------------------------------------------------

def prizes_problem(value: str | Iterable[float]) -> str | None:
    """`6000;4000;2000`: at most three amounts of zero or more euros."""
    if not isinstance(value, str):
        amounts = list(value)
        if any(isinstance(a, bool) or not isinstance(a, int | float) or a < 0
               for a in amounts):
            return tr("{value} is not a list of prize amounts such as 6000;4000;2000",
                      value=f"\"{amounts}\"")
        return tr("at most three prizes can be awarded") if len(amounts) > MAX_PRIZES else None
    parts = items(value)
    if any(not _AMOUNT.match(p.replace(" ", "")) for p in parts):
        return tr("{value} is not a list of prize amounts such as 6000;4000;2000",
                  value=f"\"{value}\"")
    if len(parts) > MAX_PRIZES:
        return tr("at most three prizes can be awarded")
    for part in parts:
        if float(part.replace(" ", "").replace(",", ".")) > MAX_AMOUNT:
            return tr("the prize {value} is more than {maximum}", value=f"\"{part}\"",
                      maximum=f"{MAX_AMOUNT:.0f}")
    return None


def prize_amounts(value: str | Iterable[float]) -> list[float]:
    """The amounts of a valid prize list (check it with `prizes_problem` first)."""
    if not isinstance(value, str):
        return [float(a) for a in value]
    return [float(p.replace(" ", "").replace(",", ".")) for p in items(value)]


def prizes_text(amounts: Iterable[float]) -> str:
    """[6000.0, 4000.0, 2000.0] -> "6000;4000;2000", as the workbook writes them."""
    return ";".join(f"{float(a):g}" for a in amounts)
