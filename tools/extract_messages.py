"""Keep the core's message catalogues (`yansenne/i18n/fr.json`, `nl.json`) in step with the code.

The core (everything under `yansenne/` but the Qt interface in `yansenne/ui/`, which
uses Qt Linguist) marks its messages as `tr("English text {placeholder}", ...)`; the
English text is the message id. This script finds every such call with `ast` and
compares the msgids with the two catalogues.

    python tools/extract_messages.py            # rewrite fr.json and nl.json: keep the
                                                # translations, add new msgids (empty),
                                                # drop stale ones, sort by key
    python tools/extract_messages.py --check    # only compare; exit 1 on any problem

A problem is: a `tr()` call whose first argument is not a string literal (its msgid
cannot be extracted), a `{placeholder}` in a msgid that the call does not pass, a msgid
missing from a catalogue or translated by an empty string, a translation whose
placeholders differ from its msgid's, and a stale entry no longer used by the code.
`tests/test_i18n.py` runs `check()` so that an untranslated message fails the tests.
"""

from __future__ import annotations

import argparse
import ast
import json
import string
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "yansenne"
EXCLUDED = ("ui",)  # sub-packages of `yansenne` left out (the interface uses Qt Linguist)
CATALOGUE_DIR = Path(PACKAGE) / "i18n"
TRANSLATED = ("fr", "nl")
RESERVED_KEYWORDS = frozenset({"lang"})  # keyword arguments of tr() that are not placeholders


@dataclass
class Extraction:
    """What the code says: each msgid with the places that use it, and the faulty calls."""

    messages: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def source_files(root: Path = ROOT) -> list[Path]:
    """Every .py file of the core, in a stable order."""
    package = root / PACKAGE
    excluded = [package / name for name in EXCLUDED]
    return sorted(
        path for path in package.rglob("*.py")
        if not any(path.is_relative_to(skip) for skip in excluded)
    )


def placeholders(text: str) -> set[str]:
    """The replacement fields of a `str.format` template, as written (`{name!r:>4}`).

    Raises ValueError if `text` is not a valid template (an unmatched brace).
    """
    fields = set()
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        fields.add("{" + name + (f"!{conversion}" if conversion else "")
                   + (f":{spec}" if spec else "") + "}")
    return fields


def _field_root(placeholder: str) -> str:
    """The keyword argument a replacement field reads: `{a.b[0]!r:>4}` -> `a`."""
    name = placeholder[1:-1].split("!", 1)[0].split(":", 1)[0]
    for stop in ".[":
        name = name.split(stop, 1)[0]
    return name


def _is_tr(func: ast.expr) -> bool:
    """`tr(...)` or `i18n.tr(...)` (any `<name>.tr` outside the Qt interface)."""
    if isinstance(func, ast.Name):
        return func.id == "tr"
    return isinstance(func, ast.Attribute) and func.attr == "tr"


def _check_call(call: ast.Call, msgid: str, where: str) -> list[str]:
    """Faults of one literal call: a bad template, or placeholders the call does not pass."""
    try:
        fields = placeholders(msgid)
    except ValueError as error:
        return [f"{where}: the msgid is not a valid format template ({error}): {msgid!r}"]
    if any(kw.arg is None for kw in call.keywords):  # tr("...", **values): cannot tell
        return []
    passed = {kw.arg for kw in call.keywords if kw.arg is not None} - RESERVED_KEYWORDS
    needed = {_field_root(f) for f in fields}
    faults = []
    if "" in needed or any(name.isdigit() for name in needed):
        faults.append(f"{where}: positional placeholder '{{}}' in {msgid!r}; tr() formats "
                      "only with keyword arguments")
        needed = {name for name in needed if name and not name.isdigit()}
    if passed and needed - passed:
        faults.append(f"{where}: the call does not pass {', '.join(sorted(needed - passed))} "
                      f"for {msgid!r}")
    if passed - needed:
        faults.append(f"{where}: the call passes {', '.join(sorted(passed - needed))} that "
                      f"{msgid!r} does not use")
    if needed and not passed:
        # tr() formats only when given values, so the braces would show as typed.
        faults.append(f"{where}: {msgid!r} has placeholders but the call passes no values")
    return faults


def extract(root: Path = ROOT, files: Iterable[Path] | None = None) -> Extraction:
    """Every `tr(<literal>, ...)` msgid of the core, and every call that is not one."""
    found = Extraction()
    for path in source_files(root) if files is None else files:
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=shown)
        except (SyntaxError, UnicodeDecodeError) as error:
            line = getattr(error, "lineno", None) or 0
            found.errors.append(f"{shown}:{line}: cannot parse the file: {error}")
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _is_tr(node.func)):
                continue
            where = f"{shown}:{node.lineno}"
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                what = ast.unparse(first) if first is not None else "nothing"
                found.errors.append(f"{where}: the first argument of tr() must be a string "
                                    f"literal, not {what}")
                continue
            found.messages.setdefault(first.value, []).append(where)
            found.errors.extend(_check_call(node, first.value, where))
    for places in found.messages.values():
        places.sort(key=_location_key)
    found.errors.sort(key=_location_key)
    return found


def _location_key(text: str) -> tuple[str, int, str]:
    """Sort `path:line: text` by path, then by line as a number."""
    path, _, rest = text.partition(":")
    line, _, tail = rest.partition(":")
    return (path, int(line) if line.isdigit() else 0, tail)


def catalogue_path(lang: str, root: Path = ROOT) -> Path:
    """Where the catalogue of `lang` lives."""
    return root / CATALOGUE_DIR / f"{lang}.json"


def area_catalogues(lang: str, root: Path = ROOT) -> list[Path]:
    """The area catalogues of `lang` (`<area>.fr.json`), which complete the main one."""
    return sorted((root / CATALOGUE_DIR).glob(f"*.{lang}.json"))


def load_catalogue(lang: str, root: Path = ROOT, *, areas: bool = True) -> dict[str, str]:
    """The translations of `lang` as the program sees them: the main file and, unless
    `areas` is False, the area catalogues merged in (empty if nothing exists yet)."""
    merged: dict[str, str] = {}
    paths = [catalogue_path(lang, root), *(area_catalogues(lang, root) if areas else [])]
    for path in paths:
        if path.exists():
            merged.update(_read_catalogue(path))
    return merged


def _read_catalogue(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError(f"{path}: expected a JSON object of strings")
    return data


def catalogue_problems(lang: str, entries: dict[str, str],
                       messages: dict[str, list[str]]) -> list[str]:
    """Missing, empty, placeholder-mismatched and stale entries of one catalogue."""
    problems = []
    name = f"{lang}.json"
    for msgid, places in sorted(messages.items()):
        if msgid not in entries:
            problems.append(f"{name}: missing {msgid!r} (used at {places[0]})")
        elif not entries[msgid]:
            problems.append(f"{name}: empty translation of {msgid!r} (used at {places[0]})")
        else:
            try:
                expected = placeholders(msgid)
            except ValueError:
                continue  # reported by extract()
            try:
                actual = placeholders(entries[msgid])
            except ValueError as error:
                problems.append(f"{name}: the translation of {msgid!r} is not a valid format "
                                f"template ({error})")
                continue
            if actual != expected:
                problems.append(
                    f"{name}: placeholders of the translation of {msgid!r} differ: "
                    f"expected {', '.join(sorted(expected)) or 'none'}, "
                    f"found {', '.join(sorted(actual)) or 'none'}")
    for msgid in sorted(set(entries) - set(messages)):
        problems.append(f"{name}: stale entry {msgid!r} (no longer used)")
    return problems


def check(root: Path = ROOT) -> list[str]:
    """Every problem of the code's messages and of the catalogues; empty when all is well."""
    found = extract(root)
    problems = list(found.errors)
    for lang in TRANSLATED:
        problems.extend(catalogue_problems(lang, load_catalogue(lang, root), found.messages))
    return problems


def render(entries: dict[str, str]) -> str:
    """The catalogue file's text: sorted by key, UTF-8 as is, two-space indent."""
    return json.dumps(dict(sorted(entries.items())), ensure_ascii=False, indent=2) + "\n"


def update(root: Path = ROOT) -> dict[str, tuple[int, int]]:
    """Rewrite the catalogues from the code; per language, (msgids added, entries dropped)."""
    found = extract(root)
    changes = {}
    for lang in TRANSLATED:
        old = load_catalogue(lang, root, areas=False)
        elsewhere = set().union(*(_read_catalogue(p) for p in area_catalogues(lang, root)))
        new = {msgid: old.get(msgid, "") for msgid in found.messages if msgid not in elsewhere}
        path = catalogue_path(lang, root)
        text = render(new)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        changes[lang] = (len(set(new) - set(old)), len(set(old) - set(new)))
    return changes


def main(argv: list[str] | None = None) -> int:
    """The command line; the exit status is 1 when a problem remains, else 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare the catalogues with the code; exit 1 on any problem")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    if args.check:
        problems = check(root)
        for problem in problems:
            print(problem)
        count = len(extract(root).messages)
        if problems:
            print(f"{len(problems)} problem(s) in {count} messages", file=sys.stderr)
            return 1
        print(f"{count} messages, all translated in {' and '.join(TRANSLATED)}")
        return 0
    found = extract(root)
    for error in found.errors:
        print(error, file=sys.stderr)
    for lang, (added, dropped) in update(root).items():
        untranslated = sum(1 for v in load_catalogue(lang, root).values() if not v)
        print(f"{lang}.json: {len(found.messages)} messages, {added} added, {dropped} dropped, "
              f"{untranslated} untranslated")
    return 1 if found.errors else 0


if __name__ == "__main__":
    sys.exit(main())
