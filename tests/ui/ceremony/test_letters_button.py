"""The Ceremony page's Letters… button: a folder chosen with the desk's dialog, the
letters written off the UI thread, the preview left as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.reports.ceremony_setup import deliberate, demo_copy
from yansenne.store.database import Database
from yansenne.ui import file_dialogs
from yansenne.ui.ceremony import CeremonyPage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo.sqlite"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    db = demo_copy(demo_file, tmp_path / "demo.sqlite")
    deliberate(db)
    yield db
    db.close()


@pytest.fixture
def page(qtbot: QtBot, english: str, demo: Database) -> CeremonyPage:
    widget = CeremonyPage(demo)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_edition(2026)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_letters_into_a_chosen_folder(qtbot: QtBot, page: CeremonyPage, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a, **_k: str(folder))
    assert page.lettersButton.isEnabled() and page.lettersButton.text() == "Le&tters…"
    with qtbot.waitSignal(page.letters_written, timeout=60_000) as blocker:
        qtbot.mouseClick(page.lettersButton, Qt.MouseButton.LeftButton)
    merged = Path(blocker.args[0])
    letters = sorted(p for p in folder.iterdir() if p != merged)
    assert merged == folder / "letters-2026.pdf" and len(letters) == 28
    assert len(PdfReader(merged).pages) == sum(len(PdfReader(p).pages) for p in letters)
    status = page.ui.statusLabel.text()
    assert "28 letter" in status and "DRAFT" in status and "remedies" in status
    assert page.lettersButton.isEnabled()


def test_no_folder_chosen_writes_nothing(qtbot: QtBot, page: CeremonyPage, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a, **_k: "")
    qtbot.mouseClick(page.lettersButton, Qt.MouseButton.LeftButton)
    assert page._task is None and page.lettersButton.isEnabled()


def test_a_refusal_is_said(qtbot: QtBot, page: CeremonyPage, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: warnings.append(text))
    page.write_letters(str(a_file))
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    assert warnings and "not a folder" in warnings[0]
    assert a_file.read_text() == "x"
    assert page.ui.statusLabel.text() == "The letters were not written."
