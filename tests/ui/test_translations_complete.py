"""French, Dutch and English catalogues are complete, and their .qm files current."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.helpers import ROOT, load_tool

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "nl", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_unfinished_entry(lang: str) -> None:
    ts = TRANSLATIONS / f"yansenne_{lang}.ts"
    assert ts.exists()
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    root = ET.fromstring(text)
    assert root.get("language", "").startswith(lang)
    messages = list(root.iter("message"))
    assert len(messages) > 40
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(texts), f"{lang}: empty translation of {message.findtext('source')!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_compiled_from_the_current_ts(lang: str, tmp_path: Path) -> None:
    qm = TRANSLATIONS / f"yansenne_{lang}.qm"
    assert qm.exists(), f"missing {qm.name}: run tools/update_translations.py"
    fresh = tmp_path / qm.name
    load_tool("update_translations").lrelease(TRANSLATIONS / f"yansenne_{lang}.ts", fresh)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run the tool"


def test_catalogues_cover_the_current_sources(tmp_path: Path) -> None:
    """A string added to the code or a form but not yet extracted is caught too."""
    tool = load_tool("update_translations")
    for lang in LANGUAGES:
        target = tmp_path / f"yansenne_{lang}.ts"
        target.write_bytes((TRANSLATIONS / target.name).read_bytes())
        tool.lupdate(lang, target)
        assert tool.unfinished(target) == [], "run tools/update_translations.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_plural_count_follows_the_readers_conventions(lang: str) -> None:
    """A plural entry's count is `%Ln`, which Qt writes with the language's grouping
    ("320 000 notes"); a bare `%n` prints "320000"."""
    root = ET.parse(TRANSLATIONS / f"yansenne_{lang}.ts").getroot()
    bare = [form.text for form in root.iter("numerusform") if "%n" in (form.text or "")]
    assert bare == [], "run tools/update_translations.py"
    assert sum("%Ln" in (form.text or "") for form in root.iter("numerusform")) > 40


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qts_counts_and_the_cores_numbers_group_alike(lang: str) -> None:
    """The plural entries (`%Ln`, Qt's locale) and every other figure of the desk
    (`format_count`) write a count the same way."""
    from yansenne.i18n import format_count
    from yansenne.ui import i18n

    for n in (7, 1_000, 320_000, 12_345_678):
        assert i18n.locale(lang).toString(n) == format_count(n, lang)
