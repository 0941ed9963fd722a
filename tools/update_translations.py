"""Refresh the interface catalogues and compile them.

1. `pyside6-lupdate` reads `yansenne/ui/**/*.py` and `ui/*.ui` into
   `resources/translations/yansenne_{fr,nl,en}.ts`. lupdate keeps every existing
   translation, so the .ts files are the translators' source of truth: fill them
   in Qt Linguist (`pyside6-linguist`) or by hand, and re-run this script freely.
2. English is the source language: its plain entries are filled with their own
   text and marked finished (plural entries, "%n project(s)", need a human).
3. French entries get French typography (a narrow no-break space before ; : ! ?
   and inside « »), so translators type plain spaces.
4. A count in a plural entry is written as its reader writes numbers: `%n` becomes
   `%Ln` in every language ("1 000 projets", "1.000 projecten", "1,000 projects"),
   so translators type `%n` as the source does.
5. `pyside6-lrelease` compiles each .ts into the .qm shipped beside it.

    python tools/update_translations.py          # all of the above
    python tools/update_translations.py --check  # exit 1 if an entry is unfinished

Entries still unfinished are listed, and the exit status is 1, so that CI and
tests/ui/test_translations_complete.py catch a string added without translation.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "nl", "en")
SOURCE_LANGUAGE = "en"
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"yansenne_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"yansenne_{lang}.qm"


def sources() -> list[Path]:
    """What lupdate reads: the views' code and the Designer forms (not their compiled
    copies in yansenne/ui/forms, which would only duplicate the .ui strings)."""
    code = [p for p in sorted((ROOT / "yansenne" / "ui").rglob("*.py"))
            if "forms" not in p.relative_to(ROOT / "yansenne" / "ui").parts]
    return code + sorted((ROOT / "ui").glob("*.ui"))


def lupdate(lang: str, ts: Path | None = None) -> None:
    """Merge the current strings into `ts` (default: the shipped catalogue of `lang`)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
         "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
         *files, "-ts", str(ts or ts_path(lang))],
        cwd=ROOT, check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile one catalogue (also used by the tests to check the .qm is current)."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def fill_source_language(ts: Path) -> int:
    """Give every plain unfinished entry of the English catalogue its own text."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            continue
        translation.text = message.findtext("source") or ""
        del translation.attrib["type"]
        filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(TS_HEADER + body + "\n", encoding="utf-8")
    return filled


_TRANSLATED = re.compile(r"(<(translation|numerusform)(?: [^>]*)?>)([^<]*)(</\2>)")


# A straight apostrophe between two letters ("d'intérêts"): the window printed it beside
# typographic ones ("l’étape"), in 71 entries of 161, "Conflits d'intérêts" among them.
_STRAIGHT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def french_typography(ts: Path) -> int:
    """French entries printed as French prints them (a narrow no-break space before
    ; : ! ? and inside « », `yansenne.i18n.french_typography`; the typographic
    apostrophe), whoever typed them; the file's own layout is kept."""
    from yansenne.i18n import french_typography as typeset

    def fix(match: re.Match[str]) -> str:
        text = html.unescape(match.group(3))
        fixed = _STRAIGHT_APOSTROPHE.sub("\u2019", typeset(text))
        if fixed == text:
            return match.group(0)
        return match.group(1) + escape(fixed, {"'": "&apos;", '"': "&quot;"}) + match.group(4)

    before = ts.read_text(encoding="utf-8")
    after, changed = before, 0
    after = _TRANSLATED.sub(fix, before)
    if after != before:
        changed = sum(1 for a, b in zip(before.splitlines(), after.splitlines(), strict=False)
                      if a != b)
        ts.write_text(after, encoding="utf-8")
    return changed


_PLURAL_FORM = re.compile(r"(<numerusform(?: [^>]*)?>)([^<]*)(</numerusform>)")
_BARE_COUNT = re.compile(r"%n")


def local_counts(ts: Path) -> int:
    """Every plural form's count in the reader's conventions: Qt writes `%Ln` with the
    locale's digit grouping (QLocale's default, the interface's language), `%n` as bare
    digits ("320000 notes"). Returns the number of forms changed."""
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        text = _BARE_COUNT.sub("%Ln", match.group(2))
        if text == match.group(2):
            return match.group(0)
        changed += 1
        return match.group(1) + text + match.group(3)

    before = ts.read_text(encoding="utf-8")
    after = _PLURAL_FORM.sub(fix, before)
    if after != before:
        ts.write_text(after, encoding="utf-8")
    return changed


def unfinished(ts: Path) -> list[str]:
    """'context: source' of every entry still to translate."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                problems.append(f"{ts.name}: {name}: {message.findtext('source')!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report unfinished entries; change nothing")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.check:
        for lang in LANGUAGES:
            lupdate(lang)
            if lang == SOURCE_LANGUAGE and fill_source_language(ts_path(lang)):
                lupdate(lang)  # back to lupdate's own layout, so diffs stay small
            if lang == "fr":
                french_typography(ts_path(lang))
            local_counts(ts_path(lang))
            lrelease(ts_path(lang), qm_path(lang))
    problems = [p for lang in LANGUAGES if ts_path(lang).exists()
                for p in unfinished(ts_path(lang))]
    for problem in problems:
        print(f"unfinished: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
