"""The Stages page on a staged copy of the demo edition (2027: eligibility, round1, final):
screening decisions with undo, promotion with its undo, Allocate, hand swaps, a
promotion forced after confirmation, the matrix, and the page in three languages."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.domain.test_stage_flow import YEAR, staged_workbook
from yansenne.domain import stage_flow
from yansenne.exchange.workbook import import_edition
from yansenne.store.database import Database
from yansenne.ui import i18n
from yansenne.ui.main_window import MainWindow
from yansenne.ui.pages.stages import MATRIX, SCREENING, SINGLE, StagesPage
from yansenne.ui.stages.models import DOT, STATE_ROLE, ScreeningModel
from yansenne.ui.stages.widgets import AllocateDialog

NOT_ELIGIBLE = {"P05": "Dossier remis après la date limite", "P17": "Hors de la Région"}


@pytest.fixture
def staged_db(db: Database, tmp_path: Path) -> Database:
    import_edition(db, staged_workbook(tmp_path))
    return db


def rows(db: Database, sql: str, *args: object) -> list[tuple]:
    """Read the database from outside the desk's widgets and sessions."""
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        return connection.execute(sql, args).fetchall()


def decision(db: Database, project: str) -> tuple | None:
    found = rows(db, "SELECT s.eligible, s.reason FROM screenings s "
                     "JOIN stages st ON st.id = s.stage_id JOIN projects p ON p.id = s.project_id"
                     " WHERE st.code = 'eligibility' AND p.code = ?", project)
    return (bool(found[0][0]), found[0][1]) if found else None


def allocations(db: Database, stage: str = "round1") -> set[tuple[str, str]]:
    return {(j, p) for j, p in rows(
        db, "SELECT j.code, p.code FROM allocations a JOIN stages s ON s.id = a.stage_id "
            "JOIN jurors j ON j.id = a.juror_id JOIN projects p ON p.id = a.project_id "
            "WHERE s.code = ?", stage)}


def states(db: Database) -> dict[str, str]:
    return dict(rows(db, "SELECT code, state FROM stages ORDER BY position"))


@pytest.fixture
def window(make_window, staged_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(staged_db)
    index = window.edition_combo.findData(YEAR)
    window.edition_combo.setCurrentIndex(index)
    window.show_page("stages")
    return window


@pytest.fixture
def page(window: MainWindow) -> StagesPage:
    page = window.page("stages")
    assert isinstance(page, StagesPage)
    return page


class Answers:
    """The patched message boxes: what they were asked, and the answer to give."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.informations: list[str] = []
        self.yes = True
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda _p, _t, text, *a: self.warnings.append(text))
        monkeypatch.setattr(QMessageBox, "information",
                            lambda _p, _t, text, *a: self.informations.append(text))

    def _question(self, _parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        self.questions.append(text)
        return QMessageBox.StandardButton.Yes if self.yes else QMessageBox.StandardButton.No


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def decide_all(page: StagesPage) -> None:
    for code, reason in NOT_ELIGIBLE.items():
        assert page.decide(code, False, reason)
    for row in list(page.screening_model.rows):
        if row.eligible is None:
            assert page.decide(row.project, True)


def promote_screening(page: StagesPage, answers: Answers) -> None:
    decide_all(page)
    assert page.promote()
    assert page.stage_code() == "round1"


def test_the_switcher_lists_the_stages_and_opens_on_the_open_one(page: StagesPage) -> None:
    ui = page.ui
    assert [ui.stageCombo.itemText(i) for i in range(ui.stageCombo.count())] == [
        "Eligibility — open", "First round — pending", "Final — pending"]
    assert page.stage_code() == "eligibility"
    assert ui.modeStack.currentIndex() == SCREENING
    assert page.stages_model.rowCount() == 3
    model = page.stages_model
    assert model.index(0, model.PROJECTS).data() == "28"
    assert model.index(1, model.READERS).data() == "3 per project"
    assert model.index(2, model.READERS).data() == "whole panel"
    assert page.screening_model.rowCount() == 28
    assert not ui.eligibleButton.isEnabled()  # nothing selected yet
    for widget in (ui.stageCombo, ui.promoteButton, ui.stagesView, ui.screeningView,
                   ui.matrixView, ui.allocateButton, ui.swapButton, ui.eligibleButton):
        assert widget.accessibleName() or widget.text()  # type: ignore[attr-defined]


def test_an_edition_without_stages_says_so(make_window, small_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = make_window(small_db)
    window.show_page("stages")
    page = window.page("stages")
    assert page.ui.modeStack.currentIndex() == SINGLE
    assert page.ui.singleLabel.text().startswith("This edition has one stage")
    assert not page.ui.stageCombo.isVisible() and not page.ui.promoteButton.isVisible()


def test_screening_decisions_refused_accepted_undone_and_redone(
        qtbot: QtBot, window: MainWindow, page: StagesPage, staged_db: Database,
        answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Not eligible…" without a reason: the domain refuses, the desk says so.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("", True))
    assert page.select_project("P05")
    qtbot.mouseClick(page.ui.ineligibleButton, Qt.MouseButton.LeftButton)
    assert answers.warnings == ["a reason is required when the project is not eligible"]
    assert decision(staged_db, "P05") is None
    # With a reason, accepted.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Filed too late", True))
    qtbot.mouseClick(page.ui.ineligibleButton, Qt.MouseButton.LeftButton)
    assert decision(staged_db, "P05") == (False, "Filed too late")
    model = page.screening_model
    row = model.row_of("P05")
    assert model.index(row, ScreeningModel.ELIGIBLE).data() == "no"
    assert model.index(row, ScreeningModel.REASON).data() == "Filed too late"
    # The reason edited in place, then the decision turned to eligible in place.
    assert model.setData(model.index(row, ScreeningModel.REASON), "Outside the Region")
    assert decision(staged_db, "P05") == (False, "Outside the Region")
    assert model.setData(model.index(model.row_of("P05"), ScreeningModel.ELIGIBLE), True)
    assert decision(staged_db, "P05") == (True, "")
    window.undo_action.trigger()
    assert decision(staged_db, "P05") == (False, "Outside the Region")
    window.undo_action.trigger()
    window.undo_action.trigger()  # back to undecided: the row is gone
    assert decision(staged_db, "P05") is None
    assert model.index(model.row_of("P05"), ScreeningModel.ELIGIBLE).data() == "undecided"
    window.redo_action.trigger()
    assert decision(staged_db, "P05") == (False, "Filed too late")
    # The Undecided button takes it back.
    page.select_project("P05")
    qtbot.mouseClick(page.ui.undecidedButton, Qt.MouseButton.LeftButton)
    assert decision(staged_db, "P05") is None
    actions = [a for (a,) in rows(staged_db, "SELECT action FROM audit_log ORDER BY id")
               if a.startswith("screening")]
    assert actions[-1] == "screening.clear" and "screening.set" in actions


def test_promote_the_screening_stage_and_undo(
        window: MainWindow, page: StagesPage, staged_db: Database, answers: Answers) -> None:
    decide_all(page)
    assert page.ui.promoteButton.isEnabled()
    page.ui.promoteButton.click()
    assert len(answers.questions) == 1  # every project decided: one confirmation
    assert "The projects found eligible go on to First round" in answers.questions[0]
    assert states(staged_db) == {"eligibility": "closed", "round1": "open",
                                 "final": "pending"}
    assert page.stage_code() == "round1"  # the switcher follows the open stage
    assert page.ui.modeStack.currentIndex() == MATRIX
    assert page.matrix is not None and len(page.matrix.projects) == 26
    window.undo_action.trigger()
    assert states(staged_db) == {"eligibility": "open", "round1": "pending",
                                 "final": "pending"}
    assert page.stage_code() == "eligibility"
    window.redo_action.trigger()
    assert states(staged_db)["round1"] == "open"
    # A closed screening stage is read-only.
    assert page.select_stage("eligibility")
    assert not page.screening_model.flags(
        page.screening_model.index(0, ScreeningModel.REASON)) & Qt.ItemFlag.ItemIsEditable
    page.select_project("P01")
    assert not page.ui.eligibleButton.isEnabled() and not page.ui.promoteButton.isEnabled()


def test_allocate_swap_and_a_forced_promotion(
        qtbot: QtBot, window: MainWindow, page: StagesPage, staged_db: Database,
        answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    promote_screening(page, answers)
    assert "No reader is allocated yet" in page.ui.matrixLabel.text()
    asked: list[AllocateDialog] = []

    def accept(dialog: AllocateDialog) -> int:
        asked.append(dialog)
        assert dialog.per_project.value() == 3 and dialog.seed.value() == 0
        dialog.seed.setValue(7)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AllocateDialog, "exec", accept)
    qtbot.mouseClick(page.ui.allocateButton, Qt.MouseButton.LeftButton)
    assert asked
    pairs = allocations(staged_db)
    assert len(pairs) == 26 * 3
    # Loads within 1 in each category's panel.
    category = dict(rows(staged_db, "SELECT p.code, c.code FROM projects p JOIN categories c "
                                    "ON c.id = p.category_id"))
    loads: dict[str, Counter] = {}
    for juror, project in pairs:
        loads.setdefault(category[project], Counter())[juror] += 1
    for counter in loads.values():
        assert max(counter.values()) - min(counter.values()) <= 1
    # Four jurors read Dutch or English and every project is in French: said once.
    assert len(answers.informations) == 1
    assert "have a reader who does not share their language" in answers.informations[0]
    # The matrix: 7 jurors and the footer, juror, load and 26 projects.
    model = page.matrix_model
    assert (model.rowCount(), model.columnCount()) == (8, 2 + 26)
    dots = sum(1 for r in range(7) for c in range(2, 28) if model.index(r, c).data() == DOT)
    assert dots == 78
    footer = [model.index(7, c).data() for c in range(2, 28)]
    assert footer == ["3"] * 26
    assert model.index(7, 0).data() == "Readers per project"
    assert model.index(7, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    # Swap by hand: the first allocated cell of P01 to a free juror of its panel.
    old = sorted(j for j, p in pairs if p == "P01")[0]
    assert page.select_pair(old, "P01") and page.ui.swapButton.isEnabled()
    candidates = page.swap_candidates(old, "P01")
    new = candidates[0][0]
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda _p, _t, _l, items, *_a: (items[0], True))
    qtbot.mouseClick(page.ui.swapButton, Qt.MouseButton.LeftButton)
    after = allocations(staged_db)
    assert (new, "P01") in after and (old, "P01") not in after and len(after) == 78
    assert page.cell(new, "P01").data(STATE_ROLE) == "allocated"
    window.undo_action.trigger()
    assert allocations(staged_db) == pairs
    window.redo_action.trigger()
    assert allocations(staged_db) == after
    window.undo_action.trigger()
    # Undoing the allocation puts the previous one (none) back.
    window.undo_action.trigger()
    assert allocations(staged_db) == set()
    window.redo_action.trigger()
    assert allocations(staged_db) == pairs  # the same seed, the same allocation
    # Promote round1: nobody submitted; refused until the second confirmation.
    answers.questions.clear()
    answers.yes = True
    monkeypatch.setattr(QMessageBox, "question", _second_says_no(answers))
    assert not page.promote()
    assert "best 3 projects of each category" in answers.questions[0]
    assert "have not submitted" in answers.questions[1] and "J01" in answers.questions[1]
    assert states(staged_db)["round1"] == "open"
    monkeypatch.setattr(QMessageBox, "question", answers._question)
    assert page.promote()
    assert states(staged_db) == {"eligibility": "closed", "round1": "closed",
                                 "final": "open"}
    assert page.stage_code() == "final"
    forced = rows(staged_db, "SELECT details FROM audit_log WHERE action = 'stage.promote' "
                             "ORDER BY id DESC LIMIT 1")[0][0]
    assert "J01" in forced
    with pytest.raises(Exception, match="was already promoted"):
        stage_flow.promote(staged_db, YEAR, "round1", force=True, actor="test")
    window.undo_action.trigger()
    assert states(staged_db)["round1"] == "open"


def _second_says_no(answers: Answers):  # type: ignore[no-untyped-def]
    def question(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        answers.questions.append(text)
        return (QMessageBox.StandardButton.Yes if len(answers.questions) == 1
                else QMessageBox.StandardButton.No)
    return question


def test_the_page_follows_the_language(page: StagesPage, answers: Answers) -> None:
    promote_screening(page, answers)
    page.allocate(3, 0)
    ui = page.ui
    seen = {}
    for lang in ("fr", "nl", "en"):
        i18n.switch_language(lang)
        QApplication.processEvents()
        seen[lang] = (ui.promoteButton.text(), ui.stageCombo.currentText(),
                      page.matrix_model.index(7, 0).data(),
                      page.stages_model.headerData(0, Qt.Orientation.Horizontal))
    assert seen["fr"] == ("&Passer à l’étape suivante…", "Premier tour — ouverte",
                          "Lecteurs par projet", "Étape")
    assert seen["nl"] == ("Naar de volgende fase &overgaan…", "Eerste ronde — open",
                          "Lezers per project", "Fase")
    assert seen["en"] == ("&Promote to the next stage…", "First round — open",
                          "Readers per project", "Stage")
    assert page.ui.stageCombo.count() == 3 and page.stage_code() == "round1"


def test_screenshots_in_french_and_dutch(qtbot: QtBot, window: MainWindow, page: StagesPage,
                                         answers: Answers, tmp_path: Path) -> None:
    """The page as the issue shows it: the screening table, then round1's matrix after
    allocation, in French and Dutch. YANSENNE_SHOTS=DIR keeps the PNGs in DIR."""
    import os

    from tests.ui.helpers import distinct_colours

    folder = Path(os.environ.get("YANSENNE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1640, 940)
    window.show()  # laid out as a person sees it, not as a hidden widget is grabbed
    qtbot.waitExposed(window)
    for code, reason in NOT_ELIGIBLE.items():
        page.decide(code, False, reason)
    for code in ("P01", "P02", "P03", "P04", "P06"):
        page.decide(code, True)
    page.select_project("P05")

    def shoot(name: str) -> None:
        for lang in ("fr", "nl"):
            i18n.switch_language(lang)
            qtbot.wait(300)  # the layouts settle on the new words
            path = folder / f"stages_{name}_{lang}.png"
            assert window.grab().save(str(path))
            assert distinct_colours(path) > 20
        i18n.switch_language("en")
        QApplication.processEvents()

    shoot("screening")
    decide_all(page)
    assert page.promote()
    assert page.allocate(3, 0)
    page.select_pair("J02", "P06")
    shoot("matrix")


def test_dialogs_close_with_escape_and_tab_walks_the_matrix_page(
        qtbot: QtBot, page: StagesPage, answers: Answers) -> None:
    promote_screening(page, answers)
    dialog = AllocateDialog(page, "Premier tour", 3, 0, marks=4)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "4 marks" in " ".join(w.text() for w in dialog.findChildren(type(page.ui.matrixLabel)))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.per_project.accessibleName() and dialog.seed.accessibleName()
    page.allocate(3, 0)
    ui = page.ui
    chain, widget = [], ui.stageCombo
    for _ in range(6):
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
    assert chain[:5] == ["stageCombo", "promoteButton", "matrixView", "allocateButton",
                         "swapButton"]
