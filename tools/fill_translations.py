"""Fill unfinished entries of the interface catalogues from a JSON table, then compile.

    python tools/fill_translations.py TABLE.json

TABLE.json maps a source text (as in `self.tr("...")` or a Designer form) to its
translations: `{"Cancel": {"fr": "Annuler", "nl": "Annuleren"}}`; a plural source
(`%n`) maps each language, English included, to its forms:
`{"%n file(s)": {"fr": ["%n fichier", "%n fichiers"], "en": ["%n file", "%n files"]}}`.
Only entries that are unfinished and whose source matches are filled, in every context; finished
entries are never changed. Run `tools/update_translations.py` first so that new
strings are in the .ts files, and again after to check that nothing is left.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import LANGUAGES, TRANSLATIONS, TS_HEADER  # noqa: E402


def fill(table: dict[str, dict[str, str]], lang: str) -> tuple[int, list[str]]:
    """Fill one language's .ts file; returns (entries filled, sources still missing)."""
    path = TRANSLATIONS / f"yansenne_{lang}.ts"
    tree = ET.parse(path)
    filled, missing = 0, []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = table.get(source, {}).get(lang)
        if message.get("numerus") == "yes":
            if not isinstance(text, list):
                missing.append(source)
                continue
            for form in list(translation):
                translation.remove(form)
            for form_text in text:
                ET.SubElement(translation, "numerusform").text = form_text
        elif isinstance(text, str) and text:
            translation.text = text
        else:
            missing.append(source)
            continue
        del translation.attrib["type"]
        filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(TS_HEADER + body + "\n", encoding="utf-8")
    return filled, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table", type=Path)
    args = parser.parse_args(argv)
    table = json.loads(args.table.read_text(encoding="utf-8"))
    left = 0
    for lang in LANGUAGES:
        filled, missing = fill(table, lang)
        print(f"{lang}: {filled} filled, {len(missing)} still unfinished")
        for source in missing:
            print(f"  {source!r}")
        left += len(missing)
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
