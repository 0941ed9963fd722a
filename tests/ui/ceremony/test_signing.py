"""Signing on the Ceremony page as a person would: build the minutes of a locked edition,
Sign…, pick the certificate file, type the password, Sign; the file on disk then holds
one valid signature and the page lists it. A wrong password is said and changes nothing;
Escape closes the dialog with nothing written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests import pki
from tests.reports.ceremony_setup import deliberate, demo_copy, lock
from tests.ui.ceremony.test_ceremony_page import build, choose
from yansenne.reports import signing
from yansenne.store.database import Database
from yansenne.ui import file_dialogs
from yansenne.ui.ceremony import CeremonyPage
from yansenne.ui.ceremony.signing_dialog import SigningDialog


@pytest.fixture(scope="module")
def keys() -> pki.Shared:
    return pki.shared()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo.sqlite"


@pytest.fixture
def locked(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    db = demo_copy(demo_file, tmp_path / "demo.sqlite")
    deliberate(db)
    lock(db)
    yield db
    db.close()


@pytest.fixture
def minutes(qtbot: QtBot, english: str, locked: Database) -> tuple[CeremonyPage, Path]:
    page = CeremonyPage(locked)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.set_edition(2026)
    page.show()
    qtbot.waitExposed(page)
    choose(qtbot, page.ui.documentCombo, "Minutes of the deliberation")
    assert not page.signButton.isEnabled()
    path = build(qtbot, page)
    assert page.signButton.isEnabled()
    assert page.signaturesLabel.isVisible()
    assert "Not signed yet: sig-" in page.signaturesLabel.text()
    return page, path


def open_dialog(qtbot: QtBot, page: CeremonyPage) -> SigningDialog:
    qtbot.mouseClick(page.signButton, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SigningDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot: QtBot, dialog: SigningDialog, p12: Path, password: str,
         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args, **kwargs: str(p12))
    qtbot.mouseClick(dialog.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.fileEdit.text() == str(p12)
    assert dialog.secretEdit.echoMode() == QLineEdit.EchoMode.Password
    dialog.secretEdit.setFocus()
    qtbot.keyClicks(dialog.secretEdit, password)


def test_sign_the_minutes_with_a_certificate_file(
        qtbot: QtBot, minutes: tuple[CeremonyPage, Path], keys: pki.Shared,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page, path = minutes
    dialog = open_dialog(qtbot, page)
    juror = dialog.jurorCombo.currentData()
    assert juror and dialog.jurorCombo.count() > 1  # one empty field per present juror
    fill(qtbot, dialog, keys.p12_j01, pki.P12_PASSWORD, monkeypatch)
    qtbot.mouseClick(dialog.signButton, Qt.MouseButton.LeftButton)
    assert dialog.secretEdit.text() == ""  # never kept
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    found = signing.verify(path)
    assert [(s.field, s.signer, s.intact, s.unchanged_after) for s in found.signatures] == [
        (signing.field_name(juror), "Juror J01", True, True)]
    text = page.signaturesLabel.text()
    assert f"{signing.field_name(juror)}: Juror J01, " in text
    assert "valid, only signatures added after" in text
    assert page.ui.statusLabel.text() == f"Signed in field {signing.field_name(juror)}."
    assert page.document.pageCount() > 0 and page.signButton.isEnabled()


def test_a_wrong_password_is_said_and_changes_nothing(
        qtbot: QtBot, minutes: tuple[CeremonyPage, Path], keys: pki.Shared,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page, path = minutes
    before = path.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    dialog = open_dialog(qtbot, page)
    fill(qtbot, dialog, keys.p12_j01, "not the password", monkeypatch)
    qtbot.mouseClick(dialog.signButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert len(warnings) == 1 and "wrong password" in warnings[0]
    assert path.read_bytes() == before
    assert page.ui.statusLabel.text() == "The document was not signed."
    assert "Juror J01" not in page.signaturesLabel.text()


def test_escape_closes_the_dialog_with_nothing_written(
        qtbot: QtBot, minutes: tuple[CeremonyPage, Path], keys: pki.Shared,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page, path = minutes
    before = path.read_bytes()
    dialog = open_dialog(qtbot, page)
    fill(qtbot, dialog, keys.p12_j01, pki.P12_PASSWORD, monkeypatch)
    qtbot.keyClick(dialog.secretEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.secretEdit.text() == ""
    qtbot.wait(100)
    assert page._task is None and path.read_bytes() == before
    assert signing.verify(path).signatures == []


def test_the_deck_and_a_draft_cannot_be_signed(qtbot: QtBot, english: str,
                                               demo_file: Path, tmp_path: Path) -> None:
    db = demo_copy(demo_file, tmp_path / "draft.sqlite")
    deliberate(db)
    try:
        page = CeremonyPage(db)
        qtbot.addWidget(page)
        page.set_edition(2026)
        page.show()
        choose(qtbot, page.ui.documentCombo, "Minutes of the deliberation")
        build(qtbot, page)
        assert not page.signButton.isEnabled()
        assert page.open_signing_dialog() is None
    finally:
        db.close()


# -- Check a PDF… --------------------------------------------------------------------------
def sign_as(qtbot: QtBot, page: CeremonyPage, p12: Path, juror: str,
            monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, page)
    dialog.jurorCombo.setCurrentIndex(dialog.jurorCombo.findData(juror))
    fill(qtbot, dialog, p12, pki.P12_PASSWORD, monkeypatch)
    qtbot.mouseClick(dialog.signButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)


def check(qtbot: QtBot, page: CeremonyPage, name: Path,
          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args, **kwargs: str(name))
    qtbot.mouseClick(page.checkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)


def signed_minutes(qtbot: QtBot, page: CeremonyPage, keys: pki.Shared, folder: Path,
                   monkeypatch: pytest.MonkeyPatch) -> Path:
    """The minutes signed by J01, saved outside the page as a person would."""
    sign_as(qtbot, page, keys.p12_j01, "J01", monkeypatch)
    folder.mkdir()
    saved = folder / "minutes-signed.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: str(saved))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert saved.is_file()
    return saved


def test_check_a_pdf_signed_elsewhere_lists_its_signatures_and_signs_a_copy(
        qtbot: QtBot, minutes: tuple[CeremonyPage, Path], keys: pki.Shared,
        locked: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = signed_minutes(qtbot, minutes[0], keys, tmp_path / "outside", monkeypatch)
    original = saved.read_bytes()
    page = CeremonyPage(locked)  # a fresh page, no edition chosen
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.checkButton.isEnabled() and not page.signButton.isEnabled()
    check(qtbot, page, saved, monkeypatch)
    shown = page.pdf_path()
    assert shown is not None and shown != saved and shown.name == saved.name
    assert page.document.pageCount() > 0
    text = page.signaturesLabel.text()
    field = signing.field_name("J01")
    assert f"{field}: Juror J01, " in text and "valid, only signatures added after" in text
    assert "Not signed yet: sig-" in text and field not in text.split("Not signed yet:")[1]
    assert page.ui.statusLabel.text().startswith("minutes-signed.pdf: ")
    assert page.signButton.isEnabled() and page.ui.saveButton.isEnabled()

    # Signing writes the copy, never the original; Save as… saves the copy.
    sign_as(qtbot, page, keys.p12_j02, "J02", monkeypatch)
    assert saved.read_bytes() == original
    assert [(s.signer, s.intact) for s in signing.verify(shown).signatures] == [
        ("Juror J01", True), ("Juror J02", True)]
    assert f"{signing.field_name('J02')}: Juror J02, " in page.signaturesLabel.text()
    again = tmp_path / "outside" / "minutes-two.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: str(again))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert again.read_bytes() == shown.read_bytes()


def test_check_a_pdf_changed_after_signing_says_broken(
        qtbot: QtBot, minutes: tuple[CeremonyPage, Path], keys: pki.Shared,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = minutes[0]
    saved = signed_minutes(qtbot, page, keys, tmp_path / "outside", monkeypatch)
    data = bytearray(saved.read_bytes())
    start, length = (int(n) for n in re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)",
                                               data).groups())
    spot = data.index(b"stream", start) + 20  # inside the first page's content
    assert start < spot < start + length
    data[spot] ^= 0x01
    forged = tmp_path / "outside" / "forged.pdf"
    forged.write_bytes(bytes(data))
    check(qtbot, page, forged, monkeypatch)
    assert page.pdf_path() is not None and page.pdf_path().name == "forged.pdf"
    text = page.signaturesLabel.text()
    assert "Juror J01, " in text and ": broken, " in text and "valid" not in text


def test_check_a_file_that_is_not_a_pdf_warns_and_changes_nothing(
        qtbot: QtBot, minutes: tuple[CeremonyPage, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page, path = minutes
    before = (page.pdf_path(), page.ui.statusLabel.text(), page.signaturesLabel.text(),
              page.document.pageCount(), page.signButton.isEnabled())
    text = tmp_path / "notes.pdf"
    text.write_text("Not a PDF at all.\n")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, message, *a: warnings.append(message))
    check(qtbot, page, text, monkeypatch)
    assert len(warnings) == 1 and "not a PDF" in warnings[0]
    assert (page.pdf_path(), page.ui.statusLabel.text(), page.signaturesLabel.text(),
            page.document.pageCount(), page.signButton.isEnabled()) == before
    assert page.pdf_path() == path and page._task is None
