"""The command line speaks the reader's language to the last word: its tables' figures
("72,50"), the method's name, and argparse's own words (usage, options, errors)."""

from __future__ import annotations

import io

import pytest

from tests.cli.conftest import Run
from yansenne.cli.common import printable


@pytest.fixture
def demo(run: Run) -> Run:
    assert run("demo").code == 0
    return run


@pytest.mark.parametrize(("lang", "heading", "figure"), [
    ("fr", "Édition 2026, méthode\u202f: moyenne", "72,50"),
    ("nl", "Editie 2026, methode: gemiddelde", "72,50"),
    ("en", "Edition 2026, method: mean", "72.50"),
])
def test_the_ranking_table_in_each_language(demo: Run, lang: str, heading: str,
                                            figure: str) -> None:
    done = demo("--lang", lang, "rank", "2026")
    assert done.code == 0
    lines = done.out.splitlines()
    assert lines[0] == heading
    p01 = next(line for line in lines if " P01 " in line)
    assert p01.split()[-2:] == [figure, "7"]


def test_argparse_speaks_french(run: Run) -> None:
    helped = run("--lang", "fr", "--help", db=None)
    assert helped.out.startswith("usage\u202f: yansenne")
    assert "afficher cette aide et quitter" in helped.out
    assert "options\u202f:" in helped.out  # argparse adds the ":", French its space
    assert "afficher la version du programme et quitter" in helped.out
    dutch = run("--lang", "nl", "--help", db=None)
    assert "het versienummer van het programma tonen en afsluiten" in dutch.out
    wrong = run("--lang", "nl", "rank", db=None)
    assert wrong.code == 2
    assert wrong.err_lines[-1] == "yansenne rank: fout: deze argumenten zijn verplicht: YEAR"


def test_a_console_without_the_narrow_space_gets_a_plain_one() -> None:
    windows_console = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    assert printable("note\u202f: \u22123,2", windows_console) == "note\u00a0: -3,2"
    assert printable("note\u202f: 3", io.StringIO()) == "note\u202f: 3"
