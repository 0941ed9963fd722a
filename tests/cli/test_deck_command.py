"""`yansenne slides YEAR -o FILE.pptx|FILE.pdf` (issue 19): written, or refused (exit 2)
with nothing written."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from tests.cli.conftest import Run
from yansenne.cli import deck_commands
from yansenne.cli import main as cli_main


@pytest.fixture(autouse=True)
def _slides_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """`slides` as `main` will offer it (registered here too until main.py lists it)."""
    build = cli_main.build_parser

    def with_slides() -> argparse.ArgumentParser:
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "slides" not in sub.choices:
            deck_commands.register(sub)
        return parser

    monkeypatch.setattr(cli_main, "build_parser", with_slides)


@pytest.fixture
def proposed(run: Run) -> Run:
    """The demo 2026 with the draft decisions the ranking proposes."""
    assert run("demo").code == 0
    assert run("deliberation", "propose", "2026").code == 0
    return run


def slide_text(path: Path) -> list[str]:
    presentation = Presentation(str(path))
    return ["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
            for slide in presentation.slides]


def test_writes_the_pptx_and_the_pdf(proposed: Run, tmp_path: Path) -> None:
    pptx, pdf = tmp_path / "deck.pptx", tmp_path / "deck.PDF"
    result = proposed("slides", "2026", "-o", str(pptx))
    assert result.code == 0, result.err
    assert str(pptx) in result.out and "draft mark" in result.out
    texts = slide_text(pptx)
    # title, five categories' nominees, three reveals and three laureates
    assert len(texts) == 1 + 5 + 2 * 3
    result = proposed("slides", "2026", "-o", str(pdf))
    assert result.code == 0, result.err
    assert len(PdfReader(str(pdf)).pages) == len(texts)


def test_draft_mark_until_the_lock(proposed: Run, tmp_path: Path) -> None:
    before, after = tmp_path / "before.pptx", tmp_path / "after.pptx"
    assert proposed("slides", "2026", "-o", str(before)).code == 0
    assert all("ONTWERP" in text for text in slide_text(before))
    assert proposed("deliberation", "lock", "2026", "--force").code == 0
    result = proposed("slides", "2026", "-o", str(after))
    assert result.code == 0 and "draft mark" not in result.out
    assert not any("ONTWERP" in text or "PROJET" in text for text in slide_text(after))


def test_unknown_edition_is_refused_and_nothing_written(proposed: Run, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = proposed("slides", "1999", "-o", str(folder / "deck.pptx"))
    assert result.code == 2
    assert "1999" in result.err
    assert list(folder.iterdir()) == []  # no temporary file left either


@pytest.mark.parametrize("name", ["deck.docx", "deck", "deck.ppt"])
def test_other_extensions_are_refused(proposed: Run, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    result = proposed("slides", "2026", "-o", str(target))
    assert result.code == 2
    assert ".pptx" in result.err and ".pdf" in result.err
    assert not target.exists()


def test_missing_folder_is_refused(proposed: Run, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "deck.pdf"
    result = proposed("slides", "2026", "-o", str(target))
    assert result.code == 2
    assert "nowhere" in result.err
    assert not target.parent.exists()


def test_refused_run_keeps_the_previous_file(proposed: Run, tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"previous")
    assert proposed("slides", "1999", "-o", str(target)).code == 2
    assert target.read_bytes() == b"previous"


def test_messages_follow_lang_and_slides_stay_bilingual(proposed: Run, tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    result = proposed("--lang", "nl", "slides", "2026", "-o", str(target))
    assert result.code == 0, result.err
    texts = slide_text(target)
    assert "Prix David Yansenne 2026" in texts[0] and "David Yansenne-prijs 2026" in texts[0]
    result = proposed("--lang", "nl", "slides", "1999", "-o", str(tmp_path / "x.pptx"))
    assert result.code == 2 and "1999" in result.err
