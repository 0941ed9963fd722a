"""Validation messages come and go without moving the fields under the mouse."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from yansenne.ui.pages.juror_dialog import JurorDialog


def test_a_message_appearing_moves_no_field(qtbot: QtBot, english: str) -> None:
    dialog = JurorDialog(None, taken_codes=["J01"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    before = {name: getattr(ui, name).geometry() for name in
              ("nameEdit", "institutionEdit", "emailEdit", "roleCombo")}
    height = dialog.height()
    ui.codeEdit.clear()
    qtbot.keyClicks(ui.codeEdit, "J01")  # taken: its message appears under the field
    QApplication.processEvents()
    assert ui.codeProblem.isVisible() and ui.codeProblem.text()
    qtbot.keyClicks(ui.emailEdit, "not an address")
    QApplication.processEvents()
    assert ui.emailProblem.isVisible()
    after = {name: getattr(ui, name).geometry() for name in before}
    assert after == before
    assert dialog.height() == height
    qtbot.keyClicks(ui.codeEdit, "7")  # fixed: the message goes, its line stays
    QApplication.processEvents()
    assert not ui.codeProblem.isVisible()
    assert {name: getattr(ui, name).geometry() for name in before} == before


def _dialogs() -> list[QDialog]:
    from yansenne.ui.pages.grid_dialogs import CategoryDialog, CriterionDialog
    from yansenne.ui.pages.new_edition_dialog import NewEditionDialog

    return [JurorDialog(None, taken_codes=[]), CategoryDialog(None, taken_codes=[]),
            CriterionDialog(None, categories=[], taken=[], other_weights={}),
            NewEditionDialog(None, [2026])]


def test_no_form_moves_when_every_message_shows(qtbot: QtBot, english: str) -> None:
    """Each desk form with a one-line message under every field at once: no control
    moves and the window keeps its size."""
    for dialog in _dialogs():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        controls = [w for w in dialog.findChildren(QWidget)
                    if isinstance(w, (QLineEdit, QComboBox, QAbstractButton)) and w.isVisible()]
        before = [w.geometry() for w in controls]
        size = dialog.size()
        problems = dialog.problems
        names = list(problems.labels)
        problems.show({name: "Too short" for name in names}, set(names))
        QApplication.processEvents()
        assert all(label.isVisible() for label in problems.labels.values())
        assert [w.geometry() for w in controls] == before, type(dialog).__name__
        assert dialog.size() == size
        problems.show({}, set(names))
        QApplication.processEvents()
        assert [w.geometry() for w in controls] == before, type(dialog).__name__
