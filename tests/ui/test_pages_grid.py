"""Categories & grid: shares of 100 %, the juror's preview, the freeze and its audit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from yansenne.domain.editions import create_from_template
from yansenne.domain.lookup import find_edition
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry
from yansenne.ui.main_window import MainWindow
from yansenne.ui.models.grid_models import GridCriteriaModel
from yansenne.ui.pages.grid_dialogs import CategoryDialog, CriterionDialog


def scripted(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, cls: type[QDialog],
             script: Callable[[QDialog], None]) -> None:
    def fake_exec(dialog: QDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        script(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def ok(dialog: QDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def column(page, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.criteria_model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def grid_actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity.in_(("grid", "criterion", "category"))).order_by(AuditEntry.id)))


@pytest.fixture
def page(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page("grid")
    return window.page("grid")


def test_weights_as_shares_and_the_jurors_preview(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    assert column(page, GridCriteriaModel.CODE) == ["relevance", "collaboration", "innovation",
                                                "methodology"]
    assert column(page, GridCriteriaModel.SHARE) == ["20 %", "20 %", "40 %", "20 %"]
    assert column(page, GridCriteriaModel.SCALE) == ["0 to 10, by 0.5"] * 4
    page.ui.previewLanguage.setFocus()
    qtbot.keyClicks(page.ui.previewLanguage, "Nederlands")
    preview = page.ui.previewBrowser.toPlainText()
    assert "Burgers" in preview and "Innovatief karakter" in preview
    assert "Innovatief karakter: 0 zwak, 10 uitstekend" in preview
    # the juror's words too, not the desk's (English here): "Project", the scale
    assert "Project P01" in preview and "van 0 tot 10, in stappen van 0,5" in preview
    page.ui.previewLanguage.setCurrentIndex(page.ui.previewLanguage.findData("fr"))
    preview = page.ui.previewBrowser.toPlainText()
    assert "Projet P01" in preview and "0,5" in preview and "0.5" not in preview


def test_a_scored_grid_is_frozen_until_unfrozen_with_confirmation(
        qtbot: QtBot, window: MainWindow, page, small_db: Database,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    ui = page.ui
    assert "The grid is frozen" in ui.frozenLabel.text()
    assert not ui.addCriterionButton.isEnabled() and not ui.editCriterionButton.isEnabled()
    assert grid_actions(small_db) == ["grid.freeze"]  # set when the page found scores
    with small_db.read() as s:
        assert find_edition(s, 2026).grid_frozen
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: questions.append(text) or answers.pop(0))
    qtbot.mouseClick(ui.unfreezeButton, Qt.MouseButton.LeftButton)
    assert grid_actions(small_db) == ["grid.freeze"]
    qtbot.mouseClick(ui.unfreezeButton, Qt.MouseButton.LeftButton)
    assert "Unfreeze the grid of edition 2026?" in questions[1]
    assert grid_actions(small_db) == ["grid.freeze", "grid.unfreeze"]
    assert ui.addCriterionButton.isEnabled() and ui.freezeButton.isVisible()

    def add(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.ui.codeEdit, "impact")
        qtbot.keyClicks(dialog.ui.nameFrEdit, "Impact")
        dialog.ui.weightEdit.setFocus()
        qtbot.keyClick(dialog.ui.weightEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.ui.weightEdit, "5")
        assert dialog.ui.shareValue.text() == "50 % of the grid"
        qtbot.keyClicks(dialog.ui.stepEdit, "3")  # 0.53: not a whole number of steps
        assert dialog.ui.stepProblem.text() == (
            "the scale 0 to 10 is not a whole number of steps of 0.53")
        assert not ok(dialog).isEnabled()
        qtbot.keyClick(dialog.ui.stepEdit, Qt.Key.Key_Backspace)
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)

    scripted(monkeypatch, qtbot, CriterionDialog, add)
    qtbot.mouseClick(ui.addCriterionButton, Qt.MouseButton.LeftButton)
    assert column(page, GridCriteriaModel.SHARE) == ["10 %", "10 %", "20 %", "10 %", "50 %"]
    assert "Impact" in ui.previewBrowser.toPlainText()
    qtbot.mouseClick(ui.freezeButton, Qt.MouseButton.LeftButton)
    assert not ui.addCriterionButton.isEnabled()
    assert grid_actions(small_db)[-2:] == ["criterion.add", "grid.freeze"]
    window.undo_action.trigger()  # the freeze
    window.undo_action.trigger()  # the criterion
    assert column(page, GridCriteriaModel.CODE)[-1] == "methodology"


def test_categories_and_criteria_of_a_new_edition(qtbot: QtBot, make_window, db: Database,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with db.write() as s:
        create_from_template(s, 2027, actor="test")
    window: MainWindow = make_window(db)
    window.show_page("grid")
    page = window.page("grid")
    assert "freezes by itself" in page.ui.frozenLabel.text()

    def category(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.ui.codeEdit, "youth")
        assert dialog.ui.nameFrProblem.text() == ""
        qtbot.keyClicks(dialog.ui.nameFrEdit, "Jeunesse")
        qtbot.keyClicks(dialog.ui.nameNlEdit, "Jeugd")
        qtbot.keyClick(dialog.ui.nameNlEdit, Qt.Key.Key_Return)

    scripted(monkeypatch, qtbot, CategoryDialog, category)
    qtbot.mouseClick(page.ui.addCategoryButton, Qt.MouseButton.LeftButton)
    assert [c.code for c in page.categories_model.rows()][-1] == "youth"
    assert page.current_category().code == "youth"

    def criterion(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.ui.codeEdit, "reach")
        qtbot.keyClicks(dialog.ui.nameFrEdit, "Portee")
        dialog.ui.categoryCombo.setFocus()
        qtbot.keyClicks(dialog.ui.categoryCombo, "Jeun")
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)

    scripted(monkeypatch, qtbot, CriterionDialog, criterion)
    qtbot.mouseClick(page.ui.addCriterionButton, Qt.MouseButton.LeftButton)
    assert column(page, GridCriteriaModel.APPLIES)[-1] == "Jeunesse"
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    page.select_criterion("reach")
    page.ui.criteriaView.setFocus()
    qtbot.keyClick(page.ui.criteriaView, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert column(page, GridCriteriaModel.CODE) == ["relevance", "collaboration", "innovation",
                                                "methodology", "reach"]  # alone in its group
    assert window.undo_action.text() == "Undo Add criterion reach"  # nothing to undo there
    page.select_criterion("innovation")
    qtbot.keyClick(page.ui.criteriaView, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert column(page, GridCriteriaModel.CODE)[:3] == ["relevance", "innovation", "collaboration"]


def mid_word_breaks(browser) -> list[str]:  # type: ignore[no-untyped-def]
    """Each line of `browser`'s laid-out text that ends inside a word, with its next line
    ("samenwerkin|g")."""
    document = browser.document()
    document.setTextWidth(browser.viewport().width())
    found = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for i in range(layout.lineCount() - 1):
            end = layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                found.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    return found


def test_the_jurors_preview_breaks_lines_between_words(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                      db: Database) -> None:
    """Beside the criteria, at 1400 × 900, the preview of the demo's grid in Dutch broke a
    criterion's name inside a word ("Kwaliteit van de samenwerkin / g"): the long
    rubrics below each name left it a narrow column, and the text broke anywhere."""
    import_edition(db, demo_workbook(), actor="tests")
    window = make_window(db)
    window.resize(1400, 900)
    window.show_page("grid")
    page = window.page("grid")
    page.ui.previewLanguage.setFocus()
    qtbot.keyClicks(page.ui.previewLanguage, "Nederlands")  # as a person chooses it
    sizes = page.ui.splitter.sizes()  # the preview as narrow as it was seen
    page.ui.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - 280, 280])
    qtbot.wait(50)
    browser = page.ui.previewBrowser
    assert "Kwaliteit van de samenwerking" in browser.toPlainText()
    assert mid_word_breaks(browser) == []
