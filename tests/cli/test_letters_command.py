"""`yansenne letters YEAR -o DIR [--language fr|nl|en] [--merged FILE.pdf]` (spec/cli.md):
the files, the languages, and refusals with exit status 2 that write nothing."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import Run
from tests.reports.ceremony_setup import deliberate, demo_copy, flat, pdf_pages
from yansenne.cli import letters_commands
from yansenne.cli import main as cli_main


@pytest.fixture(autouse=True)
def _letters_registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`letters` in the parser, whether or not main.py registers it yet."""
    built = cli_main.build_parser

    def build() -> argparse.ArgumentParser:
        parser = built()
        sub = next(a for a in parser._actions if a.dest == "command")
        if "letters" not in sub.choices:  # type: ignore[operator]
            letters_commands.register(sub)  # type: ignore[arg-type]
        return parser

    monkeypatch.setattr(cli_main, "build_parser", build)
    yield


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo.sqlite"


@pytest.fixture
def demo(demo_file: Path, db_path: Path) -> Path:
    db = demo_copy(demo_file, db_path)
    deliberate(db)
    db.close()
    return db_path


def test_letters_and_the_merged_file(run: Run, demo: Path, tmp_path: Path) -> None:
    out, merged = tmp_path / "letters", tmp_path / "all.pdf"
    result = run("letters", "2026", "-o", str(out), "--merged", str(merged))
    assert result.code == 0, result.err
    files = sorted(out.iterdir())
    assert len(files) == 28 and files[0].name == "P01.pdf"
    pages = sum(len(PdfReader(f).pages) for f in files)
    assert len(PdfReader(merged).pages) == pages
    assert f"28 letters of edition 2026 written to {out} ({pages} pages)" in result.out
    # The demo has no remedies paragraph: said, not hidden.
    assert "remedies" in result.err
    # The global --lang is not the letters' language: the demo's projects are French.
    assert "Présidence du jury" in flat(" ".join(pdf_pages(files[0])))


def test_messages_in_dutch_letters_in_english(run: Run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "en"
    result = run("--lang", "nl", "letters", "2026", "-o", str(out), "--language", "en")
    assert result.code == 0, result.err
    text = flat(" ".join(pdf_pages(out / "P13.pdf")))
    assert "President of the jury" in text and "DRAFT" in text


@pytest.mark.parametrize(("args", "message"), [
    (("letters", "2031"), "no edition 2031 in the database"),
    (("letters", "2026", "--language", "de"), "document language de is not available"),
])
def test_refusals_write_nothing(run: Run, demo: Path, tmp_path: Path,
                                args: tuple[str, ...], message: str) -> None:
    out = tmp_path / "letters"
    result = run(*args, "-o", str(out), "--merged", str(tmp_path / "all.pdf"))
    assert result.code == 2
    assert message in result.err
    assert not out.exists() and not (tmp_path / "all.pdf").exists()


def test_a_file_where_the_folder_should_be(run: Run, demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "letters"
    target.write_text("keep me")
    result = run("letters", "2026", "-o", str(target))
    assert result.code == 2 and "not a folder" in result.err
    assert target.read_text() == "keep me"


def test_merged_over_the_database_is_refused(run: Run, demo: Path, tmp_path: Path) -> None:
    before = demo.read_bytes()
    result = run("letters", "2026", "-o", str(tmp_path / "l"), "--merged", str(demo))
    assert result.code == 2 and "database" in result.err
    assert demo.read_bytes() == before and not (tmp_path / "l").exists()
