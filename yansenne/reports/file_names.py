"""Safe, unique file names made from codes (letters, packages, scoresheets); pure, no I/O.

spec/cli.md: a file name is the code with every character outside letters, digits,
`-` and `_` replaced, unique even where codes differ only in case or punctuation, and
never a name Windows reserves (CON, AUX, NUL, COM1...).

The rules, so that a name never depends on which other codes happen to exist:
- a code made only of ASCII letters, digits, `-` and `_`, that is not a reserved name
  and that no other code of the set equals but for case, keeps its own name (`P07`
  gives `P07.pdf`);
- any other code has its characters outside that set replaced by `_` (an empty code
  becomes `_`), is cut to `MAX_STEM` characters, and ends with `-` and the first hex
  digits of the SHA-256 of the code itself: `P/1` gives `P_1-<hash>.pdf`, `P 1`
  another hash, `CON` gives `CON-<hash>.pdf`, `p-1` beside `P-1` both get one;
- in the unlikely event that two names still meet (case aside), their hashes grow
  until they differ.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from yansenne.files import WINDOWS_RESERVED, is_windows_reserved

SAFE = re.compile(r"[A-Za-z0-9_-]")
UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
MAX_STEM = 80
HASH_DIGITS = 8

#: Names Windows reserves whatever their extension (compared without case), as
#: yansenne.files knows them, and COM0/LPT0, which some tools refuse too.
RESERVED = WINDOWS_RESERVED | {"COM0", "LPT0"}


def is_reserved(stem: str) -> bool:
    """Whether Windows reserves `stem` (CON, con, COM1, LPT9, NUL...), with or without an
    extension."""
    return is_windows_reserved(stem) or stem.split(".", 1)[0].rstrip(" ").upper() in RESERVED


def _plain(code: str) -> bool:
    """A code that can be its own file name."""
    return bool(code) and len(code) <= MAX_STEM and not UNSAFE.search(code) \
        and not is_reserved(code)


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def _marked(code: str, digits: int) -> str:
    stem = UNSAFE.sub("_", code)[:MAX_STEM] or "_"
    return f"{stem}-{_digest(code)[:digits]}"


def file_names(codes: Iterable[str], suffix: str = ".pdf") -> dict[str, str]:
    """Each distinct code of `codes` with its file name (`suffix` appended), every name
    different from the others even on a disk that ignores case."""
    unique = list(dict.fromkeys(codes))
    folded: dict[str, int] = {}
    for code in unique:
        if _plain(code):
            folded[code.casefold()] = folded.get(code.casefold(), 0) + 1
    digits = {code: 0 if _plain(code) and folded[code.casefold()] == 1 else HASH_DIGITS
              for code in unique}
    while True:
        stems = {code: _marked(code, n) if n else code for code, n in digits.items()}
        owners: dict[str, list[str]] = {}
        for code, stem in stems.items():
            owners.setdefault(stem.casefold(), []).append(code)
        clashes = [codes for codes in owners.values() if len(codes) > 1]
        if not clashes:
            return {code: stem + suffix for code, stem in stems.items()}
        for group in clashes:
            for code in group:
                digits[code] = min(64, (digits[code] or HASH_DIGITS // 2) * 2)
        if all(digits[c] == 64 for group in clashes for c in group):  # never in practice
            for group in clashes:
                for index, code in enumerate(group[1:], start=2):
                    stems[code] = f"{stems[code]}-{index}"
            return {code: stem + suffix for code, stem in stems.items()}


def file_name(code: str, suffix: str = ".pdf") -> str:
    """One code's file name on its own (as `file_names` names it in a set without any
    code equal to it but for case)."""
    return file_names([code], suffix)[code]
