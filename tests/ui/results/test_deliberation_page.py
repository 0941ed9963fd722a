"""The deliberation page, driven by keyboard and mouse, on the small edition.

Its overall ranking under the mean is P04, P03, P05, P02, P01, P06; J1 presides,
J2 and J3 are members, OB observes.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QInputDialog,
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.results.conftest import click_cell
from tests.ui.results.editions import build_harsh_recused
from yansenne.domain import deliberation as D
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Edition, Vote
from yansenne.ui.results.deliberation_page import EMPTY_PAGE, MAIN_PAGE, DeliberationPage

Settle = Callable[[object], None]
YEAR = 2026


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page would show in a warning box."""
    shown: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "critical", warn)
    return shown


@pytest.fixture
def page(qtbot: QtBot, english: str, small_db: Database, settle: Settle,
         warnings: list[str]) -> DeliberationPage:
    widget = DeliberationPage(small_db)
    qtbot.addWidget(widget)
    widget.resize(1400, 880)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_edition(YEAR)
    settle(widget)
    return widget


def saved(db: Database) -> list[D.DecisionDraft]:
    with db.read() as s:
        return D.drafts_of(s, YEAR)


def type_citations(qtbot: QtBot, page: DeliberationPage, fr: str, nl: str) -> None:
    for edit, text in ((page.ui.citationFrEdit, fr), (page.ui.citationNlEdit, nl)):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)


def select_decision(qtbot: QtBot, page: DeliberationPage, row: int) -> None:
    click_cell(qtbot, page.ui.decisionsView, page.decisions_model.index(row, 0))


def adopt_and_cite(qtbot: QtBot, page: DeliberationPage, settle: Settle) -> None:
    qtbot.mouseClick(page.ui.adoptButton, Qt.MouseButton.LeftButton)
    for row in range(3):
        select_decision(qtbot, page, row)
        type_citations(qtbot, page, f"Citation {row}", f"Citaat {row}")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    settle(page)


def test_the_proposal_is_shown_and_taken_over(qtbot: QtBot, page: DeliberationPage,
                                              settle: Settle, small_db: Database) -> None:
    assert page.ui.stack.currentIndex() == MAIN_PAGE
    model = page.proposal_model
    assert [model.index(r, 1).data() for r in range(3)] == ["P04", "P03", "P05"]
    assert model.index(0, 4).data().replace("\u00a0", " ").replace(",", "") in (
        "€6000", "€ 6000", "6000 €")
    assert not page.ui.saveButton.isEnabled()
    qtbot.mouseClick(page.ui.adoptButton, Qt.MouseButton.LeftButton)
    assert [(d.award, d.project) for d in page.drafts()] == [("1", "P04"), ("2", "P03"),
                                                             ("3", "P05")]
    assert page.is_dirty() and page.ui.saveButton.isEnabled()
    assert not page.ui.lockButton.isEnabled()
    assert "Save the decisions before locking" in page.ui.lockReasonLabel.text()
    adopt_and_cite(qtbot, page, settle)
    assert [(d.award, d.project, d.amount_eur, d.citation_fr, d.citation_nl)
            for d in saved(small_db)] == [("1", "P04", 6000.0, "Citation 0", "Citaat 0"),
                                          ("2", "P03", 4000.0, "Citation 1", "Citaat 1"),
                                          ("3", "P05", 2000.0, "Citation 2", "Citaat 2")]
    assert not page.is_dirty()
    with small_db.read() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry))]
    assert actions.count("decision.add") == 3


def test_a_departure_requires_a_justification(qtbot: QtBot, page: DeliberationPage,
                                              settle: Settle, small_db: Database,
                                              warnings: list[str]) -> None:
    adopt_and_cite(qtbot, page, settle)
    select_decision(qtbot, page, 2)  # prize 3, proposed P05
    assert not page.ui.departureLabel.isVisible()
    page.ui.projectCombo.setFocus()
    qtbot.keyClicks(page.ui.projectCombo, "P02")
    assert page.drafts()[2].project == "P02"
    assert page.ui.departureLabel.isVisible()
    assert "prize 3 goes to P02 (placed 4) rather than P05 (placed 3)" in \
        page.ui.departureLabel.text()
    assert page.ui.justificationEdit.property("required") is True
    assert page.decisions_model.index(2, 4).data() == "departs: justification needed"
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert warnings and "prize 3: this departs from the proposal" in warnings[-1]
    assert "write a justification" in warnings[-1]
    assert saved(small_db)[2].project == "P05"  # nothing written
    page.ui.justificationEdit.setFocus()
    qtbot.keyClicks(page.ui.justificationEdit, "A stronger partnership with the schools.")
    assert page.decisions_model.index(2, 4).data() == "departs, justified"
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert saved(small_db)[2].project == "P02"
    assert saved(small_db)[2].justification == "A stronger partnership with the schools."
    select_decision(qtbot, page, 1)  # dropping prize 2 would pass over P03: P02 departs more
    qtbot.mouseClick(page.ui.removeButton, Qt.MouseButton.LeftButton)
    assert page.decisions_model.index(1, 4).data() == "departs, justified"


def test_attendance_and_votes(qtbot: QtBot, page: DeliberationPage, settle: Settle,
                              small_db: Database) -> None:
    adopt_and_cite(qtbot, page, settle)
    votes = page.ui.votesView
    model = page.votes_model
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] \
        == ["J1 Anne", "J2 Pieter", "J3 Sarah", "Outcome"]  # the observer does not vote
    # J1 votes against prize 1: double-click the cell, pick from the list, Enter.
    click_cell(qtbot, votes, model.index(0, 0), double=True)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, "against")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the editor's choice on its next turn of the event loop.
    qtbot.waitUntil(lambda: votes.state() != QAbstractItemView.State.EditingState)
    settle(page)
    with small_db.read() as s:
        assert [(v.juror.code, v.subject, v.choice) for v in s.scalars(select(Vote))] == [
            ("J1", "award:1", "against")]
    assert page.votes_model.index(3, 0).data() == "rejected (0–1–0)"
    assert "rejected by the vote" in page.ui.lockReasonLabel.text()
    # J3 is marked absent with the keyboard: Space on the Present box.
    attendance = page.ui.attendanceView
    click_cell(qtbot, attendance, page.attendance_model.index(2, 1))
    attendance.setCurrentIndex(page.attendance_model.index(2, 0))
    qtbot.keyClick(attendance, Qt.Key.Key_Space)
    settle(page)
    assert [j.present for j in page.state().jurors if j.code == "J3"] == [False]
    assert model.index(2, 0).data() == "absent"
    assert not (model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsEditable)


def test_the_casting_vote_is_recorded(qtbot: QtBot, page: DeliberationPage, settle: Settle,
                                      small_db: Database, warnings: list[str]) -> None:
    edit = page.ui.castingEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "P05; P03")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(page)
    with small_db.read() as s:
        assert s.scalars(select(Edition.casting_vote)).one() == ["P05", "P03"]
    assert "does not change the places" in page.ui.castingNote.text()
    edit.selectAll()
    qtbot.keyClicks(edit, "P99")
    qtbot.mouseClick(page.ui.castingButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert warnings and "no project P99" in warnings[-1]


def test_the_lock_names_what_it_passes_over_and_asks_first(
        qtbot: QtBot, page: DeliberationPage, settle: Settle, small_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """cli.md's "The lock": missing citations and unsubmitted jurors are named in the
    confirmation; Cancel leaves the edition open, "Lock all the same" locks it."""
    qtbot.mouseClick(page.ui.adoptButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert page.ui.lockButton.isEnabled()
    reason = page.ui.lockReasonLabel.text()
    assert "(J2) has not submitted their scores" in reason and "… and 6 more" in reason
    assert "prize 1 (P04): the French citation is missing" in page.ui.lockButton.toolTip()
    asked: list[tuple[str, str]] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def exec_(box: QMessageBox) -> int:
        asked.append((box.text(), box.informativeText()))
        return int(answer[0])

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    qtbot.mouseClick(page.ui.lockButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert "Lock the deliberation of edition 2026" in asked[0][0]
    assert "Anne" in asked[0][1] and "the Dutch citation is missing" in asked[0][1]
    assert not page.state().locked
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.ui.lockButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert page.state().locked and page.state().lock_check.matches
    assert "locked" in page.ui.statusLabel.text()
    assert "the fingerprint still matches" in page.ui.statusLabel.text()
    assert not page.ui.editorPanel.isEnabled() and not page.ui.adoptButton.isEnabled()
    assert page.ui.reopenButton.isEnabled() and not page.ui.lockButton.isEnabled()
    with small_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "edition.lock")).one()
        assert any("has not submitted" in text for text in json.loads(entry.details)["confirmed"])
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *_a, **_k: ("A late conflict of interest.", True))
    qtbot.mouseClick(page.ui.reopenButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert not page.state().locked
    with small_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "edition.reopen")).one()
        assert json.loads(entry.details)["reason"] == "A late conflict of interest."
        assert entry.actor == "secretariat"


def test_a_blocking_problem_disables_the_lock(qtbot: QtBot, page: DeliberationPage,
                                              settle: Settle, small_db: Database) -> None:
    adopt_and_cite(qtbot, page, settle)
    with small_db.write() as s:  # prize 2 removed behind the page: prize 3 now departs
        edition = D.find_edition(s, YEAR)
        edition.decisions.remove(next(d for d in edition.decisions if d.award == "2"))
    page.reload()
    settle(page)
    assert not page.ui.lockButton.isEnabled()
    assert "departs from the proposal without a justification" in \
        page.ui.lockReasonLabel.text()


def test_a_mention_and_a_removal(qtbot: QtBot, page: DeliberationPage, settle: Settle,
                                 small_db: Database) -> None:
    qtbot.mouseClick(page.ui.adoptButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.addMentionButton, Qt.MouseButton.LeftButton)
    assert page.drafts()[-1] == D.DecisionDraft("mention", "P02")
    assert page.decisions_model.index(3, 4).data() == "mention"
    select_decision(qtbot, page, 2)
    qtbot.mouseClick(page.ui.removeButton, Qt.MouseButton.LeftButton)
    assert [d.award for d in page.drafts()] == ["1", "2", "mention"]
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    settle(page)
    assert [(d.award, d.project) for d in saved(small_db)] == [
        ("1", "P04"), ("2", "P03"), ("mention", "P02")]
    qtbot.mouseClick(page.ui.addPrizeButton, Qt.MouseButton.LeftButton)
    assert page.drafts()[-1] == D.DecisionDraft("3", "P05")
    qtbot.mouseClick(page.ui.revertButton, Qt.MouseButton.LeftButton)
    assert not page.is_dirty()


def test_no_edition_shows_the_empty_page(page: DeliberationPage) -> None:
    page.set_edition(None)
    assert page.ui.stack.currentIndex() == EMPTY_PAGE
    assert not page.ui.lockButton.isEnabled() and not page.ui.reopenButton.isEnabled()


def choices(db: Database) -> dict[tuple[str, str], str]:
    with db.read() as s:
        return {(v.juror.code, v.subject): v.choice for v in s.scalars(select(Vote))}


def test_votes_are_typed_with_the_keyboard_alone(qtbot: QtBot, page: DeliberationPage,
                                                 settle: Settle, small_db: Database) -> None:
    """+ for, - against, 0 abstains, Delete withdraws; the cursor walks down the jurors."""
    adopt_and_cite(qtbot, page, settle)
    votes = page.ui.votesView
    votes.setFocus()
    votes.setCurrentIndex(page.votes_model.index(0, 1))  # J1 on prize 2
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0):
        qtbot.keyClick(votes, key)
        settle(page)
    assert choices(small_db) == {("J1", "award:2"): "for", ("J2", "award:2"): "against",
                                 ("J3", "award:2"): "abstain"}
    assert votes.currentIndex().row() == 2  # stays on the last juror, not the outcome
    qtbot.keyClick(votes, Qt.Key.Key_Delete)
    settle(page)
    assert ("J3", "award:2") not in choices(small_db)


def test_a_unanimous_vote_is_one_action(qtbot: QtBot, page: DeliberationPage,
                                        settle: Settle, small_db: Database) -> None:
    adopt_and_cite(qtbot, page, settle)
    page.set_present("J3", False)
    settle(page)
    page.ui.votesView.setCurrentIndex(page.votes_model.index(0, 2))  # prize 3
    button = page.ui.unanimousButton
    assert button.isEnabled() and button.accessibleName() == "Unanimous vote"
    assert "Prize 3 · P05" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(page)
    assert choices(small_db) == {("J1", "award:3"): "for", ("J2", "award:3"): "for"}
    assert page.votes_model.index(3, 2).data().startswith("adopted")
    page.unanimous_actions["against"].trigger()
    settle(page)
    assert set(choices(small_db).values()) == {"against"}


def test_the_meeting_is_kept_validated_and_editable_after_the_lock(
        qtbot: QtBot, page: DeliberationPage, settle: Settle, small_db: Database) -> None:
    ui = page.ui
    assert "The final minutes need the date of the deliberation" in ui.meetingNote.text()
    ui.meetingStartEdit.setFocus()
    qtbot.keyClicks(ui.meetingStartEdit, "25:00")
    qtbot.keyClick(ui.meetingStartEdit, Qt.Key.Key_Return)
    settle(page)
    assert "Opening time: 25:00 is not a time of day" in ui.meetingNote.text()
    with small_db.read() as s:
        assert D.find_edition(s, YEAR).deliberation_start == ""
    ui.meetingStartEdit.setFocus()
    ui.meetingStartEdit.selectAll()
    qtbot.keyClicks(ui.meetingStartEdit, "14h30")
    qtbot.keyClick(ui.meetingStartEdit, Qt.Key.Key_Return)
    settle(page)
    ui.meetingPlaceEdit.setFocus()
    qtbot.keyClicks(ui.meetingPlaceEdit, "Town Hall")
    qtbot.keyClick(ui.meetingPlaceEdit, Qt.Key.Key_Return)
    settle(page)
    with small_db.read() as s:
        edition = D.find_edition(s, YEAR)
        assert (edition.deliberation_start, edition.deliberation_place) == (
            "14:30", "Town Hall")
    assert ui.meetingStartEdit.text() == "14:30"
    with small_db.write() as s:
        D.save_decisions(s, YEAR, [], actor="x")
        D.lock(s, YEAR, actor="x", force=True)
    page.reload()
    settle(page)
    assert page.state().locked and ui.meetingBox.isEnabled()
    ui.meetingEndEdit.setFocus()
    qtbot.keyClicks(ui.meetingEndEdit, "17:45")
    qtbot.keyClick(ui.meetingEndEdit, Qt.Key.Key_Return)
    settle(page)
    assert page.state().meeting.end == "17:45"
    assert page.state().lock_check.matches  # the meeting is not in the fingerprint


def test_prizes_from_an_incomparable_overall_ranking_come_with_a_warning(
        qtbot: QtBot, english: str, db: Database, settle: Settle, page: DeliberationPage) -> None:
    """Issue 16: the panels differ between categories, so the proposal says first that
    the overall ranking it follows is not comparable; the small edition's is."""
    assert page.proposal_warning.text() == ""
    build_harsh_recused(db, YEAR + 1)
    other = DeliberationPage(db)
    qtbot.addWidget(other)
    other.resize(1400, 880)
    other.show()
    qtbot.waitExposed(other)
    other.set_edition(YEAR + 1)
    settle(other)
    assert other.proposal_warning.isVisible()
    assert "Not comparable" in other.proposal_warning.text()
    assert "different juror panels" in other.proposal_warning.text()


def test_a_laptops_width_is_shared_with_the_meeting(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                    small_db: Database) -> None:
    """On a 1366 px laptop, in Dutch, the meeting and votes got ~230 px: what the
    decisions' minimum left, the date, place and names cut. They now get their share,
    and the decisions' buttons no longer hold the page as wide as all five in a row."""
    from yansenne.ui import i18n

    i18n.switch_language("nl")
    window = make_window(small_db)
    window.resize(1366, 768)
    window.show_page("deliberation")
    page = window.page("deliberation").inner
    qtbot.waitUntil(lambda: page.ui.splitter.isVisible() and page.ui.stack.currentIndex()
                    == MAIN_PAGE, timeout=5000)
    qtbot.wait(50)
    left, right = page.ui.splitter.sizes()
    # the decisions keep 60 % of the width, or their minimum if more; the rest is the
    # meeting's (before: 902 and 229 px)
    assert left == max(page.ui.leftPane.minimumSizeHint().width(), round(0.6 * (left + right)))
    assert right >= 300, (left, right)
    assert window.minimumSizeHint().width() <= 1366
    page.ui.meetingDateEdit.setFocus()  # the date is readable where it is typed
    date = page.ui.meetingDateEdit
    corner = date.mapTo(page.side_tabs, date.rect().bottomRight())
    assert page.side_tabs.rect().contains(corner)
