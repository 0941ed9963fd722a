"""The Deliberation page's consensus texts in an edition with stages: typed in the
panel, saved as one undoable step, read back from the database file itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.domain import consensus_setup
from tests.domain.consensus_setup import YEAR, finalists
from tests.ui.results.conftest import click_cell
from yansenne.domain import consensus as C
from yansenne.domain import deliberation as D
from yansenne.domain.work import StoreRefusal, write
from yansenne.store.database import Database
from yansenne.ui.pages.base import Desk
from yansenne.ui.results.consensus_panel import STATE
from yansenne.ui.results.deliberation_page import DeliberationPage
from yansenne.ui.undo import UndoStack

Settle = Callable[[object], None]
staged_file, staged_db = consensus_setup.staged_file, consensus_setup.staged_db
FR, NL = "Le rapporteur salue l’œuvre commune.", "De rapporteur prijst het gezamenlijke werk."


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "critical", warn)
    return shown


def open_page(qtbot: QtBot, db: Database, settle: Settle, **kwargs: object) -> DeliberationPage:
    widget = DeliberationPage(db, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_edition(YEAR)
    settle(widget)
    tabs = widget.side_tabs
    assert tabs.tabBar().isVisible() and tabs.isTabVisible(1)
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(1).center())
    assert tabs.currentIndex() == 1
    return widget


def on_file(db: Database) -> dict[tuple[str, str], tuple[str, str]]:
    """The texts as the database file holds them (sqlite3, outside the application)."""
    assert db.path is not None
    with sqlite3.connect(db.path) as raw:
        return {(code, kind): (fr, nl) for code, kind, fr, nl in raw.execute(
            "SELECT p.code, c.kind, c.text_fr, c.text_nl FROM consensus_texts c "
            "JOIN projects p ON p.id = c.project_id")}


def type_in(qtbot: QtBot, edit: QPlainTextEdit, text: str) -> None:
    """Typed from the keyboard; characters QTest cannot type (œ, é, ’) are entered as an
    input method would."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insertPlainText(text)


def choose(qtbot: QtBot, page: DeliberationPage, row: int) -> str:
    panel = page.consensus_panel
    click_cell(qtbot, panel.view, panel.model.index(row, 0))
    project = panel.model.rows[row].project
    assert panel.current() is not None and panel.current().project == project
    return project


def save(qtbot: QtBot, page: DeliberationPage, settle: Settle, warnings: list[str]) -> None:
    panel = page.consensus_panel
    assert panel.saveButton.isEnabled(), (panel.texts(), panel.stored_texts())
    assert not panel.saveButton.visibleRegion().isEmpty()  # where a person can click it
    qtbot.mouseClick(panel.saveButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert not warnings, warnings


def test_hidden_for_an_edition_without_stages(qtbot: QtBot, english: str, small_db: Database,
                                              settle: Settle, warnings: list[str]) -> None:
    widget = DeliberationPage(small_db)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_edition(2026)
    settle(widget)
    assert not widget.side_tabs.tabBar().isVisible()
    assert not widget.side_tabs.isTabVisible(1)
    assert widget.side_tabs.currentIndex() == 0  # the meeting and votes
    assert widget.ui.votesView.isVisible()
    assert widget.consensus_panel.model.rowCount() == 0


def test_lists_the_finalists_and_blocks_the_lock(qtbot: QtBot, english: str,
                                                 staged_db: Database, settle: Settle,
                                                 warnings: list[str]) -> None:
    page = open_page(qtbot, staged_db, settle)
    panel = page.consensus_panel
    assert panel.isVisible()
    assert [r.project for r in panel.model.rows] == finalists(staged_db)
    assert page.side_tabs.tabText(1) == "Consensus texts (15 missing)"
    assert panel.model.index(0, STATE).data() == "missing"
    assert not page.ui.lockButton.isEnabled()
    reason = page.ui.lockReasonLabel.text()
    assert reason.startswith("Cannot lock yet: project ")
    assert "no consensus text, nor a majority and a minority text" in reason
    assert "and 12 more" in reason  # 15 finalists: three named, the tooltip lists all
    assert page.ui.lockButton.toolTip().count("no consensus text") == 15


def test_typed_texts_are_saved_and_undone(qtbot: QtBot, english: str, staged_db: Database,
                                          settle: Settle, warnings: list[str]) -> None:
    stack = UndoStack(lambda: staged_db)
    stack.refused.connect(warnings.append)
    desk = Desk(lambda: staged_db, lambda: None, stack)
    page = open_page(qtbot, staged_db, settle, desk=desk)
    panel = page.consensus_panel
    first = choose(qtbot, page, 0)
    assert not panel.saveButton.isEnabled()
    type_in(qtbot, panel.edit(C.CONSENSUS, "fr"), FR)
    assert "needs the consensus text in French and Dutch" in panel.problemLabel.text()
    type_in(qtbot, panel.edit(C.CONSENSUS, "nl"), NL)
    assert panel.problemLabel.text() == ""
    save(qtbot, page, settle, warnings)
    assert on_file(staged_db) == {(first, "consensus"): (FR, NL)}
    assert panel.model.index(0, STATE).data() == "consensus"
    assert stack.count() == 1 and stack.undoText() == f"Consensus texts of {first}"
    # the second finalist: majority and minority, four boxes
    second = choose(qtbot, page, 1)
    panel.kindCombo.setCurrentIndex(panel.kindCombo.findData(C.MAJORITY))
    assert panel.edit(C.MINORITY, "fr").isVisible()
    for kind, lang, text in ((C.MAJORITY, "fr", "Majorité"), (C.MAJORITY, "nl", "Meerderheid"),
                             (C.MINORITY, "fr", "Minorité"), (C.MINORITY, "nl", "Minderheid")):
        type_in(qtbot, panel.edit(kind, lang), text)
    save(qtbot, page, settle, warnings)
    assert on_file(staged_db) == {(first, "consensus"): (FR, NL),
                                  (second, "majority"): ("Majorité", "Meerderheid"),
                                  (second, "minority"): ("Minorité", "Minderheid")}
    assert panel.model.index(1, STATE).data() == "majority and minority"
    # switching the first one to majority and minority replaces its consensus text
    choose(qtbot, page, 0)
    assert panel.edit(C.CONSENSUS, "fr").toPlainText() == FR
    panel.kindCombo.setCurrentIndex(panel.kindCombo.findData(C.MAJORITY))
    type_in(qtbot, panel.edit(C.MINORITY, "fr"), "Avis minoritaire")
    type_in(qtbot, panel.edit(C.MINORITY, "nl"), "Minderheidsstandpunt")
    save(qtbot, page, settle, warnings)
    assert on_file(staged_db)[(first, "majority")] == (FR, NL)
    assert (first, "consensus") not in on_file(staged_db)
    # undo, step by step, from the desk's stack
    stack.undo()
    assert on_file(staged_db)[(first, "consensus")] == (FR, NL)
    assert (first, "majority") not in on_file(staged_db)
    stack.undo()
    stack.undo()
    assert on_file(staged_db) == {}
    stack.redo()
    assert on_file(staged_db) == {(first, "consensus"): (FR, NL)}
    page.refresh()
    settle(page)
    assert panel.model.index(0, STATE).data() == "consensus"
    assert not warnings


def test_without_a_desk_the_page_writes_and_reads_back(qtbot: QtBot, english: str,
                                                       staged_db: Database, settle: Settle,
                                                       warnings: list[str]) -> None:
    page = open_page(qtbot, staged_db, settle)
    panel = page.consensus_panel
    first = choose(qtbot, page, 2)
    type_in(qtbot, panel.edit(C.CONSENSUS, "fr"), FR)
    save(qtbot, page, settle, warnings)
    assert on_file(staged_db) == {(first, "consensus"): (FR, "")}
    assert panel.model.index(2, STATE).data() == "incomplete"
    # a fresh domain read agrees
    row = next(r for r in C.consensus_rows(staged_db, YEAR) if r.project == first)
    assert row.text(C.CONSENSUS) == C.TextPair(FR, "")


def test_read_only_once_locked(qtbot: QtBot, english: str, staged_db: Database,
                               settle: Settle, warnings: list[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    for project in finalists(staged_db):
        C.write_consensus(staged_db, YEAR, project, "consensus", FR, NL, actor="t")
    try:
        write(staged_db, lambda s: D.lock(s, YEAR, actor="t", force=True))
    except StoreRefusal as error:  # deliberation.fingerprint's shortlist query (see report)
        assert "ambiguous column name" in str(error)
        monkeypatch.setattr(D, "fingerprint", lambda _s, _e: "0" * 64)
        write(staged_db, lambda s: D.lock(s, YEAR, actor="t", force=True))
    page = open_page(qtbot, staged_db, settle)
    panel = page.consensus_panel
    assert panel.isVisible()
    assert all(panel.model.index(r, STATE).data() == "consensus" for r in range(15))
    assert page.side_tabs.tabText(1) == "Consensus texts"
    assert panel.edit(C.CONSENSUS, "fr").isReadOnly()
    assert not panel.kindCombo.isEnabled() and not panel.saveButton.isEnabled()
    assert "Locked" in panel.problemLabel.text()
