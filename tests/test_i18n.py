"""The core's message catalogue: complete, consistent with the code, and used correctly.

A new `tr("...")` in the core without a French and a Dutch translation fails here;
fill it with `python tools/extract_messages.py` (adds the msgid to fr.json and
nl.json with an empty string), translate, then `--check` passes.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from yansenne.i18n import (
    LANGUAGES,
    catalogue,
    default_language,
    format_date,
    format_datetime,
    format_number,
    french_typography,
    ordinal,
    pick,
    set_language,
    tr,
)

ROOT = Path(__file__).resolve().parent.parent
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _load_extractor() -> ModuleType:
    name = "extract_messages"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "extract_messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look the module up while it executes
    spec.loader.exec_module(module)
    return module


extractor = _load_extractor()


def test_every_core_message_is_translated() -> None:
    problems = extractor.check(ROOT)
    assert not problems, (
        "the core's message catalogues are not in step with the code; run "
        "`python tools/extract_messages.py`, translate the empty entries in "
        "yansenne/i18n/fr.json and nl.json, then `python tools/extract_messages.py --check`:\n"
        + "\n".join(problems)
    )


def test_the_core_has_messages_and_the_ui_is_left_out() -> None:
    found = extractor.extract(ROOT)
    assert len(found.messages) > 50
    assert "row {row}" in found.messages
    places = [p for ps in found.messages.values() for p in ps]
    assert not any(p.startswith("yansenne/ui/") for p in places)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def fake_root(tmp_path: Path) -> Path:
    """A miniature repository: two core modules, a UI module and stale catalogues."""
    _write(tmp_path / "yansenne" / "core.py", (
        "from yansenne.i18n import tr\n"
        "A = tr('hello {name}', name='x')\n"
        "B = tr('one ' 'piece')\n"
        "C = tr(f'{A} no')\n"
        "D = tr('needs {value}')\n"
    ))
    _write(tmp_path / "yansenne" / "other" / "mod.py", (
        "from yansenne import i18n\n"
        "E = i18n.tr('bye {name}', name='y', lang='nl')\n"
        "F = i18n.tr('wrong {a}', b=1)\n"
    ))
    _write(tmp_path / "yansenne" / "ui" / "window.py", "G = tr('from the interface')\n")
    for lang in ("fr", "nl"):
        _write(tmp_path / "yansenne" / "i18n" / f"{lang}.json", json.dumps({
            "hello {name}": "salut {nom}",
            "one piece": "",
            "gone": "parti",
        }))
    return tmp_path


def test_extract_reports_non_literal_calls_and_missing_values(fake_root: Path) -> None:
    found = extractor.extract(fake_root)
    assert sorted(found.messages) == ["bye {name}", "hello {name}", "needs {value}",
                                      "one piece", "wrong {a}"]
    assert found.messages["hello {name}"] == ["yansenne/core.py:2"]
    assert any(e.startswith("yansenne/core.py:4:") and "literal" in e for e in found.errors)
    assert any(e.startswith("yansenne/core.py:5:") and "passes no values" in e
               for e in found.errors)
    assert any(e.startswith("yansenne/other/mod.py:3:") for e in found.errors)
    assert not any("from the interface" in e for e in found.errors)


def test_check_lists_missing_empty_mismatched_and_stale_entries(fake_root: Path) -> None:
    problems = extractor.check(fake_root)
    text = "\n".join(problems)
    for lang in ("fr", "nl"):
        assert f"{lang}.json: missing 'bye {{name}}'" in text
        assert f"{lang}.json: empty translation of 'one piece'" in text
        assert f"{lang}.json: placeholders of the translation of 'hello {{name}}'" in text
        assert f"{lang}.json: stale entry 'gone'" in text
    assert extractor.main(["--check", "--root", str(fake_root)]) == 1


def test_update_keeps_translations_adds_missing_and_drops_stale(fake_root: Path) -> None:
    extractor.update(fake_root)
    path = fake_root / "yansenne" / "i18n" / "fr.json"
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert data["hello {name}"] == "salut {nom}"
    assert data["bye {name}"] == ""
    assert "gone" not in data
    assert extractor.update(fake_root) == {"fr": (0, 0), "nl": (0, 0)}  # idempotent


def test_catalogue_files_are_in_canonical_form() -> None:
    for lang in ("fr", "nl"):
        path = ROOT / "yansenne" / "i18n" / f"{lang}.json"
        entries = json.loads(path.read_text(encoding="utf-8"))
        assert path.read_text(encoding="utf-8") == extractor.render(entries), (
            f"{path.name} is not sorted/indented as tools/extract_messages.py writes it")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "juror J7 is in conflict with project P-12"),
    ("fr", "le membre du jury J7 est en conflit d'intérêts avec le projet P-12"),
    ("nl", "jurylid J7 heeft een belangenconflict met project P-12"),
])
def test_tr_translates_and_formats(lang: str, expected: str) -> None:
    msgid = "juror {juror} is in conflict with project {project}"
    assert tr(msgid, lang=lang, juror="J7", project="P-12") == expected
    set_language(lang)
    assert tr(msgid, juror="J7", project="P-12") == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "sheet Scores, row 4, column D (score)"),
    ("fr", "feuille Scores, ligne 4, colonne D (score)"),
    ("nl", "blad Scores, rij 4, kolom D (score)"),
])
def test_problem_location_in_each_language(lang: str, expected: str) -> None:
    set_language(lang)
    where = ", ".join([tr("sheet {sheet}", sheet="Scores"), tr("row {row}", row=4),
                       tr("column {column}", column="D (score)")])
    assert where == expected


def test_tr_without_values_and_unknown_msgid() -> None:
    assert tr("the file is empty", lang="fr") == "le fichier est vide"
    assert tr("the file is empty", lang="nl") == "het bestand is leeg"
    assert tr("not in any catalogue {x}", lang="fr", x=1) == "not in any catalogue 1"


def test_pick_falls_back_across_languages() -> None:
    record = SimpleNamespace(title_fr="Titre", title_nl="Titel", title_en="Title")
    assert [pick(record, "title", lang) for lang in LANGUAGES] == ["Titre", "Titel", "Title"]
    only_nl = SimpleNamespace(title_fr="", title_nl="Titel", title_en=None)
    assert pick(only_nl, "title", "fr") == "Titel"
    assert pick(only_nl, "title", "en") == "Titel"
    only_en = SimpleNamespace(title_fr=None, title_nl="", title_en="Title")
    assert pick(only_en, "title", "nl") == "Title"
    set_language("nl")
    assert pick(SimpleNamespace(title_fr="Titre", title_nl="", title_en="Title"),
                "title") == "Titre"
    assert pick(SimpleNamespace(title_fr="", title_nl=None), "title", "fr") == ""


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "fr_BE.UTF-8"}, "fr"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LC_ALL": "nl_BE.UTF-8", "LANG": "fr_BE.UTF-8"}, "nl"),
    ({"LANGUAGE": "en_GB:nl", "LC_ALL": "nl_BE.UTF-8", "LANG": "fr_BE.UTF-8"}, "en"),
    ({"LANGUAGE": "de_DE:nl_BE", "LANG": "fr_BE.UTF-8"}, "nl"),
    ({"LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANG": "C.UTF-8"}, "fr"),
    ({}, "fr"),
])
def test_default_language_reads_the_locale(monkeypatch: pytest.MonkeyPatch,
                                           env: dict[str, str], expected: str) -> None:
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert default_language() == expected


# -- numbers, dates and French typography -----------------------------------------------


@pytest.mark.parametrize(("lang", "score", "amount", "step"), [
    ("fr", "72,50", "12\u202f500,50", "0,5"),
    ("nl", "72,50", "12.500,50", "0,5"),
    ("en", "72.50", "12,500.50", "0.5"),
])
def test_numbers_as_the_reader_writes_them(lang: str, score: str, amount: str,
                                           step: str) -> None:
    assert format_number(72.5, 2, lang) == score
    assert format_number(12500.5, 2, lang, grouped=True) == amount
    assert format_number(0.5, 2, lang, trim=True) == step
    assert format_number(7.0, 2, lang, trim=True) == "7"
    assert format_number(None, 2, lang) == format_number(float("nan"), 2, lang) == "—"


def test_signs_are_true_and_a_rounded_zero_has_none() -> None:
    assert format_number(-3.25, 1, "fr") == "\u22123,2"
    assert format_number(3.2, 1, "nl", signed=True) == "+3,2"
    assert format_number(-0.001, 2, "fr") == "0,00"


def test_dates_have_four_digit_years() -> None:
    assert format_date(dt.date(2027, 2, 4), "fr") == "04/02/2027"
    assert format_datetime(dt.datetime(2027, 2, 4, 14, 5), "nl") == "04/02/2027 14:05"
    assert format_date(None) == ""


def test_french_typography() -> None:
    nb = "\u202f"
    assert french_typography("Note : prête ? Oui ! « Bonjour » ; fin") == (
        f"Note{nb}: prête{nb}? Oui{nb}! «{nb}Bonjour{nb}»{nb}; fin")
    assert french_typography("«citation»") == f"«{nb}citation{nb}»"
    # A time, an address, a placeholder's format are left alone.
    assert french_typography("14:30 https://x.be {value:.2f}") == "14:30 https://x.be {value:.2f}"


def test_french_messages_are_printed_with_french_typography() -> None:
    """Whoever typed the catalogue entry, French output has its narrow no-break spaces;
    Dutch and English keep theirs as typed."""
    assert tr("{field}: {value}", lang="fr", field="budget", value="900") == "budget\u202f: 900"
    assert tr("{field}: {value}", lang="nl", field="budget", value="900") == "budget: 900"
    for text in catalogue("fr").values():
        assert " :" not in text and " ?" not in text and " !" not in text and " ;" not in text


def test_the_interface_catalogue_prints_french_typography() -> None:
    """tools/update_translations.py sets French typography in yansenne_fr.ts."""
    root = Path(__file__).resolve().parents[1]
    ts = (root / "resources" / "translations" / "yansenne_fr.ts").read_text(encoding="utf-8")
    import html
    import re

    texts = [html.unescape(t) for t in re.findall(
        r"<(?:translation|numerusform)(?: [^>]*)?>([^<]*)</", ts)]
    assert len(texts) > 100
    assert [t for t in texts if french_typography(t) != t] == []
    assert any("\u202f:" in t for t in texts)


@pytest.mark.parametrize(("lang", "n", "one"), [
    ("fr", 0, True), ("fr", 1, True), ("fr", 2, False),
    ("nl", 0, False), ("nl", 1, True), ("nl", 2, False),
    ("en", 0, False), ("en", 1, True), ("en", 12, False),
])
def test_singular_follows_each_language(lang: str, n: int, one: bool) -> None:
    from yansenne.i18n import singular

    assert singular(n, lang) is one


@pytest.mark.parametrize(("lang", "places"), [
    ("fr", ["1er", "2e", "3e", "11e", "21e"]),
    ("nl", ["1e", "2e", "3e", "11e", "21e"]),
    ("en", ["1st", "2nd", "3rd", "11th", "21st"]),
])
def test_a_place_is_written_as_each_language_writes_it(lang: str, places: list[str]) -> None:
    assert [ordinal(n, lang) for n in (1, 2, 3, 11, 21)] == places
    assert ordinal(12, "en") == "12th" and ordinal(112, "en") == "112th"
    assert ordinal(22, "en") == "22nd" and ordinal(103, "en") == "103rd"
