"""Creating an edition from the template or a copy, and editing its settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from yansenne.domain.lookup import find_edition
from yansenne.store.database import Database
from yansenne.ui.main_window import DESK_PAGE, EMPTY_PAGE, MainWindow
from yansenne.ui.pages.new_edition_dialog import NewEditionDialog


def scripted(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
             script: Callable[[NewEditionDialog], None]) -> None:
    def fake_exec(dialog: NewEditionDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        script(dialog)
        return dialog.result()

    monkeypatch.setattr(NewEditionDialog, "exec", fake_exec)


def type_number(qtbot: QtBot, spin, value: int) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))


def ok(dialog: QDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_create_an_edition_from_the_template_in_an_empty_database(
        qtbot: QtBot, make_window, db: Database,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    window: MainWindow = make_window(db)
    assert window.ui.pages.currentIndex() == EMPTY_PAGE
    seen: dict[str, object] = {}

    def fill(dialog: NewEditionDialog) -> None:
        type_number(qtbot, dialog.ui.yearSpin, 2027)
        seen["name"] = dialog.ui.nameNlEdit.text()
        type_number(qtbot, dialog.ui.quorumSpin, 4)
        seen["copy possible"] = dialog.ui.copyRadio.isEnabled()
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)

    scripted(monkeypatch, qtbot, fill)
    qtbot.mouseClick(window.ui.newEditionButton, Qt.MouseButton.LeftButton)
    assert seen == {"name": "David Yansenne-prijs 2027", "copy possible": False}
    assert window.ui.pages.currentIndex() == DESK_PAGE
    assert window.current_edition().year == 2027
    assert window.current_page() == "edition"
    with db.read() as s:
        edition = find_edition(s, 2027)
        assert len(edition.categories) == 5 and len(edition.criteria) == 4
        assert (edition.quorum, edition.prizes) == (4, [6000.0, 4000.0, 2000.0])
    page = window.page("edition")
    assert page.ui.titleLabel.text() == "Edition 2027"
    assert page.ui.quorumSpin.value() == 4
    window.undo_action.trigger()  # the creation undone: back to the empty database
    assert window.ui.pages.currentIndex() == EMPTY_PAGE
    assert window.current_edition() is None


def test_copy_last_years_grid_and_jury(qtbot: QtBot, window: MainWindow, small_db: Database,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: NewEditionDialog) -> None:
        assert dialog.ui.yearSpin.value() == 2027
        type_number(qtbot, dialog.ui.yearSpin, 2026)
        seen = (dialog.ui.yearProblem.text(), ok(dialog).isEnabled())
        assert seen == ("edition 2026 already exists", False)
        type_number(qtbot, dialog.ui.yearSpin, 2028)
        qtbot.mouseClick(dialog.ui.copyRadio, Qt.MouseButton.LeftButton)
        assert not dialog.ui.quorumSpin.isEnabled()
        qtbot.keyClick(ok(dialog), Qt.Key.Key_Space)

    scripted(monkeypatch, qtbot, fill)
    window.ui.actionNewEdition.trigger()
    assert [window.edition_combo.itemData(i) for i in range(2)] == [2028, 2026]
    assert window.current_edition().year == 2028
    with small_db.read() as s:
        copy = find_edition(s, 2028)
        assert [j.code for j in copy.jurors] == ["J1", "J2", "J3", "OB"]
        assert copy.projects == []
    assert window.undo_action.text() == "Undo Create edition 2028 from 2026"


def test_edit_the_settings_then_undo(qtbot: QtBot, window: MainWindow,
                                     small_db: Database) -> None:
    window.show_page("edition")
    ui = window.page("edition").ui
    assert not ui.saveButton.isEnabled()
    ui.nameNlEdit.setFocus()
    qtbot.keyClick(ui.nameNlEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ui.nameNlEdit, "Yansenne-prijs")
    ui.prizesEdit.setFocus()
    qtbot.keyClicks(ui.prizesEdit, ";x")
    assert ui.prizesProblem.text().startswith("\"6000;4000;2000;x\" is not a list")
    assert not ui.saveButton.isEnabled()
    qtbot.keyClick(ui.prizesEdit, Qt.Key.Key_Backspace)
    qtbot.keyClick(ui.prizesEdit, Qt.Key.Key_Backspace)
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("criterion:innovation"))
    qtbot.mouseClick(ui.addRuleButton, Qt.MouseButton.LeftButton)
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("median"))
    qtbot.mouseClick(ui.addRuleButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.ruleUpButton, Qt.MouseButton.LeftButton)
    assert [ui.tieBreakList.item(r).text() for r in range(2)] == [
        "the higher median of the juror totals", "the better score on Innovation"]
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    with small_db.read() as s:
        edition = find_edition(s, 2026)
        assert (edition.name_nl, edition.tie_break) == ("Yansenne-prijs",
                                                         ["median", "criterion:innovation"])
    assert not ui.saveButton.isEnabled()
    window.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: window.edition_combo.currentText() == "2026 — Yansenne-prijs")
    window.undo_action.trigger()
    with small_db.read() as s:
        assert find_edition(s, 2026).name_nl == "David Yansenne-prijs 2026"
    assert ui.nameNlEdit.text() == "David Yansenne-prijs 2026"
    assert window.edition_combo.currentText() == "2026 — David Yansenne-prijs 2026"
