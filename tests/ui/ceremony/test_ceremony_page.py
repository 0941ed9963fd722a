"""The Ceremony page driven as a person would: choose, build (off the UI thread),
preview inside the window, print through the print dialog, save, open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.disks import disk_fills_after, leftovers
from tests.reports.ceremony_setup import (
    deliberate,
    demo_copy,
    drop_summary,
    flat,
    lock,
    pdf_pages,
)
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


def choose(qtbot: QtBot, combo, text: str) -> None:  # noqa: ANN001 - a QComboBox
    """Pick an item by keyboard, as a person would: arrow keys on the focused combo."""
    combo.setFocus()
    wanted = combo.findText(text)
    assert wanted >= 0, text
    while combo.currentIndex() != wanted:
        key = Qt.Key.Key_Down if combo.currentIndex() < wanted else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentText() == text


def build(qtbot: QtBot, page: CeremonyPage) -> Path:
    with qtbot.waitSignal(page.built, timeout=30_000) as blocker:
        qtbot.mouseClick(page.ui.buildButton, Qt.MouseButton.LeftButton)
    return Path(blocker.args[0])


def test_build_the_bilingual_dossier_and_preview_it(qtbot: QtBot, page: CeremonyPage) -> None:
    assert page.ui.languageCombo.currentText() == "French and Dutch side by side"
    assert not page.ui.printButton.isEnabled()
    path = build(qtbot, page)
    pages = len(PdfReader(path).pages)
    assert page.document.pageCount() == pages > 10
    assert page.ui.printButton.isEnabled() and page.ui.openButton.isEnabled()
    assert f"{pages} pages" in page.ui.statusLabel.text()
    assert "DRAFT" in page.ui.statusLabel.text()
    assert "Avant-propos / Voorwoord" in flat(" ".join(pdf_pages(path)))


def test_minutes_offer_french_and_dutch_only(qtbot: QtBot, page: CeremonyPage) -> None:
    choose(qtbot, page.ui.documentCombo, "Minutes of the deliberation")
    combo = page.ui.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["fr", "nl"]
    choose(qtbot, combo, "Dutch")
    path = build(qtbot, page)
    assert "Proces-verbaal" in flat(" ".join(pdf_pages(path)))
    # Choosing another document drops the preview: nothing stale can be printed.
    choose(qtbot, page.ui.documentCombo, "Ceremony dossier")
    assert page.document.pageCount() == 0 and not page.ui.printButton.isEnabled()


def test_print_through_the_system_dialog(qtbot: QtBot, page: CeremonyPage, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    choose(qtbot, page.ui.languageCombo, "French")
    build(qtbot, page)
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the person picks "print to file", pages 2-3
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    assert len(PdfReader(printed).pages) == 2


def test_save_as_and_open(qtbot: QtBot, page: CeremonyPage, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    built = build(qtbot, page)
    copy = tmp_path / "dossier copy.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: str(copy))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == built.read_bytes()
    opened: list[QUrl] = []
    monkeypatch.setattr("yansenne.ui.ceremony.page.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(built)]


def test_save_as_on_a_full_disk_says_so_and_keeps_the_old_copy(
        qtbot: QtBot, page: CeremonyPage, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk shares the command line's writer: the same cause in words, the previous
    file whole, no temporary file beside it, and none beside the built preview either."""
    built = build(qtbot, page)
    assert sorted(p.name for p in built.parent.iterdir()) == [built.name]
    folder = tmp_path / "usb"
    folder.mkdir()
    copy = folder / "dossier.pdf"
    copy.write_bytes(b"%PDF-1.4 last year's dossier")
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: str(copy))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    with disk_fills_after(monkeypatch, folder, room=1000):
        qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert warnings == [f"{copy}: the disk is full; nothing was changed: free some space "
                        "and try again"]
    assert copy.read_bytes() == b"%PDF-1.4 last year's dossier"
    assert leftovers(folder) == []


def test_locked_edition_has_no_draft_note(qtbot: QtBot, page: CeremonyPage,
                                          demo: Database) -> None:
    lock(demo)
    path = build(qtbot, page)
    assert "DRAFT" not in page.ui.statusLabel.text()
    assert not any("PROJET" in p for p in pdf_pages(path))


def test_without_an_edition_nothing_can_be_built(qtbot: QtBot, page: CeremonyPage) -> None:
    page.set_edition(None)
    assert not page.ui.buildButton.isEnabled()
    assert page.ui.statusLabel.text() == "Choose an edition first."


def test_an_unknown_edition_is_reported(qtbot: QtBot, page: CeremonyPage,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    page.set_edition(2031)
    qtbot.mouseClick(page.ui.buildButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == ["no edition 2031 in the database"]
    assert page.document.pageCount() == 0 and page.ui.buildButton.isEnabled()


def test_printing_a_dossier_with_a_missing_summary_asks_first(
        qtbot: QtBot, page: CeremonyPage, demo: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    drop_summary(demo, "P13", "nl")
    build(qtbot, page)  # French and Dutch side by side
    assert "1 laureate without a summary in this language: P13." in page.ui.statusLabel.text()
    asked: list[str] = []
    opened: list[QPrintDialog] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(
        box.informativeText()) or int(QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    assert asked == ["P13: no summary in Dutch"] and not opened
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: int(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    choose(qtbot, page.ui.languageCombo, "French")  # nothing missing in French
    assert page.missing_summaries() == []


def test_the_ceremony_slides_are_built_previewed_and_saved_for_powerpoint(
        qtbot: QtBot, page: CeremonyPage, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The deck from the desk, as `yansenne slides` writes it: French and Dutch on every
    slide (no language to choose), previewed, and saved as PowerPoint to retouch."""
    from pptx import Presentation

    choose(qtbot, page.ui.documentCombo, "Ceremony slides")
    combo = page.ui.languageCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["fr+nl"]
    path = build(qtbot, page)
    slides = len(PdfReader(path).pages)
    assert page.document.pageCount() == slides > 3
    text = flat(" ".join(pdf_pages(path)))
    assert "LES NOMMÉS · DE GENOMINEERDEN" in text and "David Yansenne-prijs" in text
    deck = tmp_path / "deck.pptx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: str(deck))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(Presentation(str(deck)).slides) == slides
