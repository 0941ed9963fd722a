"""Naming a category or an actor type as people see it (edition-workbook.md, Projects).

A value names a choice by its code or by its French, Dutch or English name, ignoring
case, accents and surrounding spaces, or by the beginning of exactly one such name
when that beginning has at least `MIN_PREFIX` letters ("Services communaux de
prévention", "Police"). An unknown or ambiguous value is refused with a message naming
the choices. The project dialog, the registry and every spreadsheet reader ask here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from yansenne import reference
from yansenne.i18n import language, tr

MIN_PREFIX = 6
# code -> (name_fr, name_nl, name_en)
Choices = Mapping[str, tuple[str, ...]]


def choices_of(items: Iterable[Any]) -> dict[str, tuple[str, ...]]:
    """Choices from objects (or dicts) with code, name_fr, name_nl and name_en."""
    found: dict[str, tuple[str, ...]] = {}
    for item in items:
        get = item.get if isinstance(item, Mapping) else lambda k, i=item: getattr(i, k, "")
        found[get("code")] = tuple(get(f"name_{lang}") or "" for lang in ("fr", "nl", "en"))
    return found


def actor_choices() -> dict[str, tuple[str, ...]]:
    """The five actor types, with their names as the desk shows them."""
    return choices_of(reference.actors())


def _letters(key: str) -> int:
    return sum(c.isalnum() for c in key)


def _matches(value: str, choices: Choices) -> tuple[list[str], bool]:
    """The codes `value` may name, and whether it was read as a (long enough) beginning."""
    key = reference.fold(value)
    if not key:
        return [], False
    exact = [code for code in choices if reference.fold(code) == key]
    if exact:
        return exact, False
    named = [code for code, names in choices.items()
             if any(reference.fold(n) == key for n in names if n)]
    if named or _letters(key) < MIN_PREFIX:
        return named, False
    return [code for code, names in choices.items()
            if any(reference.fold(n).startswith(key) for n in names if n)], True


def mapping_key(value: object) -> str:
    """How a value the name rules do not resolve is kept in an edition's value mapping
    (editions.value_mapping): folded, so that case, accents and spaces do not matter."""
    return reference.fold(str(value))


def resolves(value: object, choices: Choices) -> bool:
    """Whether `value` names exactly one of `choices` by the name rules alone."""
    return name_code(value, choices) is not None


def name_code(value: object, choices: Choices) -> str | None:
    """The code `value` names among `choices`, or None (unknown, ambiguous or blank)."""
    if value is None:
        return None
    codes, _ = _matches(str(value), choices)
    return codes[0] if len(codes) == 1 else None


def _listed(codes: Iterable[str], choices: Choices) -> str:
    index = {"fr": 0, "nl": 1, "en": 2}.get(language(), 0)
    shown = []
    for code in codes:
        names = choices.get(code, ())
        name = names[index] if len(names) > index and names[index] else (
            names[0] if names and names[0] else "")
        shown.append(f"{code} ({name})" if name and name != code else code)
    return ", ".join(shown)


def name_problem(value: object, choices: Choices, *, kind: str = "") -> str | None:
    """Why `value` names none or several of `choices`, or None (blank names nothing).
    `kind` "category" words an unknown value as an unknown category."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    shown = f"\"{text[:40]}…\"" if len(text) > 40 else f"\"{text}\""
    codes, _ = _matches(text, choices)
    if len(codes) == 1:
        return None
    if codes:
        return tr("{value} could name several: {choices}; write more of the name",
                  value=shown, choices=_listed(codes, choices))
    key = reference.fold(text)
    if key and _letters(key) < MIN_PREFIX and any(
            reference.fold(n).startswith(key) for names in choices.values() for n in names if n):
        return tr("{value} is too short to name one of: {choices}; write at least {count} "
                  "letters or the whole name", value=shown, choices=_listed(choices, choices),
                  count=MIN_PREFIX)
    if kind == "category":
        return tr("unknown category {value}; choose one of: {choices}", value=shown,
                  choices=", ".join(choices))
    return tr("{value} is not one of: {choices}", value=shown, choices=", ".join(choices))
