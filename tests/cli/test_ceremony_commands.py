"""`yansenne dossier` and `yansenne minutes` (spec/cli.md): files written, refusals with
exit status 2 and a clear message, nothing written when refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import Run
from tests.reports.ceremony_setup import deliberate, demo_copy, flat, pdf_pages


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo.sqlite"


@pytest.fixture
def demo(demo_file: Path, db_path: Path) -> Path:
    db = demo_copy(demo_file, db_path)
    deliberate(db)
    db.close()
    return db_path


def test_dossier_in_french_and_dutch(run: Run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    result = run("dossier", "2026", "--lang", "fr+nl", "-o", str(out))
    assert result.code == 0, result.err
    pages = len(PdfReader(out).pages)
    assert result.out.strip() == f"dossier of edition 2026 written to {out} ({pages} pages)"
    text = flat(" ".join(pdf_pages(out)))
    assert "Avant-propos / Voorwoord" in text and "PROJET / ONTWERP" in text


def test_minutes_in_dutch_with_french_messages(run: Run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "pv.pdf"
    result = run("--lang", "fr", "minutes", "2026", "--lang", "nl", "-o", str(out))
    assert result.code == 0, result.err
    assert result.out.startswith("procès-verbal de l’édition 2026 écrit dans")
    assert "Proces-verbaal van de beraadslaging van de jury" in flat(" ".join(pdf_pages(out)))


def test_document_language_defaults_to_the_messages(run: Run, demo: Path,
                                                    tmp_path: Path) -> None:
    assert run("--lang", "nl", "dossier", "2026", "-o", str(tmp_path / "d.pdf")).code == 0
    assert "De laureaten" in flat(" ".join(pdf_pages(tmp_path / "d.pdf")))
    # English messages: the minutes fall back to French, their first language.
    assert run("minutes", "2026", "-o", str(tmp_path / "m.pdf")).code == 0
    assert "Procès-verbal" in flat(" ".join(pdf_pages(tmp_path / "m.pdf")))


@pytest.mark.parametrize(("args", "message"), [
    (("dossier", "2031", "--lang", "fr+nl"), "no edition 2031 in the database"),
    (("--lang", "en", "minutes", "2031", "--lang", "nl"), "no edition 2031 in the database"),
    # The command's --lang, the only one given, also sets the messages' language.
    (("minutes", "2031", "--lang", "nl"), "geen editie 2031 in de databank"),
    (("dossier", "2026", "--lang", "de"),
     "document language de is not available; choose one of: fr, nl, en, fr+nl"),
    (("minutes", "2026", "--lang", "en"),
     "document language en is not available; choose one of: fr, nl"),
    (("minutes", "2026", "--lang", "fr+nl"),
     "document language fr+nl is not available; choose one of: fr, nl"),
])
def test_refusals_exit_2_and_write_nothing(run: Run, demo: Path, tmp_path: Path,
                                           args: tuple[str, ...], message: str) -> None:
    out = tmp_path / "out.pdf"
    result = run(*args, "-o", str(out))
    assert result.code == 2
    assert result.err_lines == [message]
    assert not out.exists()


def test_a_missing_folder_is_refused(run: Run, demo: Path, tmp_path: Path) -> None:
    result = run("dossier", "2026", "-o", str(tmp_path / "nowhere" / "d.pdf"))
    assert result.code == 2
    assert "no folder" in result.err and "d.pdf" in result.err
