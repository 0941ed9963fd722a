"""The deliberation page: the proposal, the jury's decisions, attendance, votes, the
casting vote, and the lock.

Decisions are edited as drafts and saved together ("Save the decisions"), because
whether one decision departs from the proposal can depend on the others (a prize
given below a project left without one). Attendance, votes and the casting vote
are recorded as soon as they are given. In an edition with stages, the consensus texts of
the projects that reached the last stage are written in their own panel
(`consensus_panel`), each save one undoable step of the desk. Every write runs through the store's
audited functions on the serial writer (`run_task(..., writes=True)`), then the
page reads the deliberation again, so it always shows what the database holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

from yansenne.domain import consensus as C
from yansenne.domain import deliberation as D
from yansenne.domain.deliberation_state import (
    DeliberationState,
    load_state,
    write_then_load,
)
from yansenne.domain.work import Session
from yansenne.errors import YansenneError
from yansenne.reports.readings import method_name
from yansenne.store.database import Database
from yansenne.ui import i18n
from yansenne.ui.forms.ui_deliberation_page import Ui_DeliberationPage
from yansenne.ui.results.consensus_panel import ConsensusPanel, Texts
from yansenne.ui.results.deliberation_models import (
    AttendanceModel,
    DecisionsModel,
    ProposalModel,
    VoteDelegate,
    VotesModel,
    normalised,
    title_in,
    words,
)
from yansenne.ui.results.notices import WarningBanner
from yansenne.ui.screen_fit import FirstShare
from yansenne.ui.tasks import run_task
from yansenne.ui.undo import step

EMPTY_PAGE, MAIN_PAGE = 0, 1
NO_DATE = QDate(2000, 1, 1)  # the date edit's "not set" (its minimum, shown in words)
# Keys that vote in the votes table, whatever the language: + for, - against, 0 abstains.
VOTE_KEYS = {Qt.Key.Key_Plus: "for", Qt.Key.Key_Minus: "against", Qt.Key.Key_0: "abstain",
             Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None}
SECRETARIAT = "secretariat"
# The meeting and votes' share of the page's width when it is first shown (FirstShare).
SIDE_SHARE = 0.4
REQUIRED_STYLE = (
    "QPlainTextEdit[required=\"true\"] { border: 2px solid #c0392b; border-radius: 3px; }"
    " QLabel#departureLabel { color: #5a6272; }"
    " QLabel#departureLabel[required=\"true\"] { color: #a93226; }"
    " QLabel#lockReasonLabel { color: #5a6272; }"
    " QLabel#meetingNote[problem=\"true\"] { color: #a93226; }"
)


class DeliberationPage(QWidget):
    """Standalone page: give it the database, then `set_edition(year)`."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 actor: str = SECRETARIAT, desk: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeliberationPage()
        self.ui.setupUi(self)
        self.setStyleSheet(REQUIRED_STYLE)
        self._db = db
        self._actor = actor
        # The desk whose undo stack records the consensus texts (`Desk.perform`); the
        # hosting page's own desk when none is given.
        self._desk = desk
        self._consensus: list[C.ConsensusRow] = []
        self._year: int | None = None
        self._state: DeliberationState | None = None
        self._pending = 0
        self._request = 0
        self._applied = 0
        self._loading_editor = False
        self._loading_meeting = False
        self.proposal_model = ProposalModel(self)
        self.decisions_model = DecisionsModel(self)
        self.attendance_model = AttendanceModel(self)
        self.votes_model = VotesModel(self)
        # prizes follow the overall ranking: say first when it is not comparable
        self.proposal_warning = WarningBanner(self.ui.proposalBox)
        self.ui.proposalLayout.insertWidget(0, self.proposal_warning)
        # The right-hand side: the meeting and votes, and (editions with stages only) the
        # consensus texts in a second tab, so the page is no wider than without stages.
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.ui.splitter.replaceWidget(self.ui.splitter.indexOf(self.ui.rightPane),
                                       self.side_tabs)
        # Both tabs scroll sideways rather than widen the page: every page of the desk
        # sets the window's minimum width, which must stay within a laptop's screen in
        # Dutch too. The consensus editor keeps its whole height (its Save button in view).
        self.side_tabs.addTab(scrolling(self.ui.rightPane), "")
        self.consensus_panel = ConsensusPanel(self.side_tabs)
        self.side_tabs.addTab(scrolling(self.consensus_panel, vertical=False), "")
        self._show_consensus_tab(False)
        self.consensus_panel.save_requested.connect(self.save_consensus)
        self._setup_views()
        self._connect()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        FirstShare(self.ui.splitter, 1 - SIDE_SHARE)
        self.ui.headerLayout.setStretch(0, 1)
        self.ui.leftLayout.setStretch(1, 1)  # the decisions take the height left
        self._retranslate()
        self._show_state()

    # -- construction --------------------------------------------------------------
    def _setup_views(self) -> None:
        for view, model in ((self.ui.proposalView, self.proposal_model),
                            (self.ui.decisionsView, self.decisions_model),
                            (self.ui.attendanceView, self.attendance_model),
                            (self.ui.votesView, self.votes_model)):
            view.setModel(model)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.votesView.setItemDelegate(VoteDelegate(self.ui.votesView))
        self.ui.amountSpin.setGroupSeparatorShown(True)
        self.ui.votesView.verticalHeader().setVisible(True)
        self.ui.votesView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Fixed)
        self.ui.votesView.installEventFilter(self)
        date = self.ui.meetingDateEdit
        date.setMinimumDate(NO_DATE)
        date.setDisplayFormat("dd/MM/yyyy")
        date.setDate(NO_DATE)
        self.unanimous_actions = {choice: QAction(self) for choice in ("for", "against",
                                                                       "abstain")}
        menu = QMenu(self.ui.unanimousButton)
        for choice, action in self.unanimous_actions.items():
            action.triggered.connect(lambda _=False, c=choice: self.vote_unanimously(c))
            menu.addAction(action)
        self.ui.unanimousButton.setMenu(menu)
        self.ui.unanimousButton.setDefaultAction(self.unanimous_actions["for"])

    def _connect(self) -> None:
        ui = self.ui
        ui.adoptButton.clicked.connect(self.take_over_proposal)
        ui.addPrizeButton.clicked.connect(self.add_prize)
        ui.addMentionButton.clicked.connect(self.add_mention)
        ui.removeButton.clicked.connect(self.remove_decision)
        ui.revertButton.clicked.connect(self.revert)
        ui.saveButton.clicked.connect(self.save_decisions)
        ui.lockButton.clicked.connect(self.lock)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.castingButton.clicked.connect(self.record_casting_vote)
        ui.castingEdit.returnPressed.connect(self.record_casting_vote)
        ui.decisionsView.selectionModel().currentRowChanged.connect(self._decision_chosen)
        for combo in (ui.awardCombo, ui.projectCombo):
            combo.currentIndexChanged.connect(self._edited)
        ui.amountSpin.valueChanged.connect(self._edited)
        for edit in (ui.citationFrEdit, ui.citationNlEdit, ui.citationEnEdit,
                     ui.justificationEdit):
            edit.textChanged.connect(self._edited)
        self.attendance_model.present_toggled.connect(self.set_present)
        for edit in (ui.meetingPlaceEdit, ui.meetingStartEdit, ui.meetingEndEdit,
                     ui.meetingDateEdit):
            edit.editingFinished.connect(self.record_meeting)
        ui.meetingDateEdit.calendarWidget().clicked.connect(
            lambda _day: QTimer.singleShot(0, self.record_meeting))
        ui.votesView.selectionModel().currentChanged.connect(
            lambda *_a: self._update_controls())
        self.votes_model.vote_cast.connect(self.cast_vote)

    # -- public API ----------------------------------------------------------------
    def set_edition(self, year: int | None) -> None:
        """Show the deliberation of edition `year` (None: nothing)."""
        self._year = year
        self._state = None
        self._request += 1
        self.decisions_model.set_drafts([])
        if year is None:
            self._show_state()
            return
        request = self._request
        self._run(lambda: load_state(self._db, year), self.tr("Reading the deliberation"),
                  request, writes=False)

    def set_database(self, db: Database) -> None:
        """Work on another database (the window opened one): read the edition anew."""
        self._db = db
        self.reload()

    def reload(self) -> None:
        self.set_edition(self._year)

    def state(self) -> DeliberationState | None:
        return self._state

    def drafts(self) -> list[D.DecisionDraft]:
        return self.decisions_model.drafts()

    def is_dirty(self) -> bool:
        """Whether the decisions shown differ from the ones saved."""
        state = self._state
        saved = [normalised(d, state.proposal) for d in state.decisions] if state else []
        proposal = state.proposal if state else None
        return [normalised(d, proposal) for d in self.drafts()] != saved

    def busy(self) -> bool:
        return self._pending > 0

    # -- decisions (drafts) --------------------------------------------------------
    def take_over_proposal(self) -> None:
        """The proposed prizes as decisions (keeping any citation already written)."""
        state = self._state
        if state is None:
            return
        self._set_drafts(D.proposed_drafts(state.proposal, self.drafts()), select=0)

    def add_prize(self) -> None:
        state = self._state
        if state is None:
            return
        given = {d.award for d in self.drafts()}
        free = [p for p in state.proposal.prizes[: state.n_prizes] if p.award not in given]
        if not free:
            return
        prize = free[0]
        project = prize.project or self._first_without_decision()
        if project is None:
            return
        drafts = self.drafts() + [D.DecisionDraft(prize.award, project)]
        self._set_drafts(drafts, select=len(drafts) - 1)

    def add_mention(self) -> None:
        project = self._first_without_decision()
        if project is None:
            return
        drafts = self.drafts() + [D.DecisionDraft(D.MENTION, project)]
        self._set_drafts(drafts, select=len(drafts) - 1)

    def remove_decision(self) -> None:
        row = self.ui.decisionsView.currentIndex().row()
        drafts = self.drafts()
        if 0 <= row < len(drafts):
            del drafts[row]
            self._set_drafts(drafts, select=min(row, len(drafts) - 1))

    def revert(self) -> None:
        self._set_drafts(list(self._state.decisions) if self._state else [], select=0)

    def _first_without_decision(self) -> str | None:
        taken = {d.project for d in self.drafts()}
        projects = self._state.projects if self._state else ()
        return next((p.code for p in projects if p.code not in taken), None)

    def _set_drafts(self, drafts: list[D.DecisionDraft], select: int | None = None) -> None:
        self.decisions_model.set_drafts(drafts)
        self.ui.decisionsView.resizeColumnsToContents()
        if select is not None and 0 <= select < len(drafts):
            self.ui.decisionsView.selectionModel().setCurrentIndex(
                self.decisions_model.index(select, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._load_editor()
        self._update_controls()

    def _decision_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_editor()

    def _current_row(self) -> int:
        row = self.ui.decisionsView.currentIndex().row()
        return row if 0 <= row < len(self.drafts()) else -1

    def _load_editor(self) -> None:
        """Show the current decision in the editor below the table."""
        ui = self.ui
        row = self._current_row()
        draft = self.drafts()[row] if row >= 0 else None
        self._loading_editor = True
        try:
            self._fill_editor_choices()
            if draft is not None:
                ui.awardCombo.setCurrentIndex(max(0, ui.awardCombo.findData(draft.award)))
                ui.projectCombo.setCurrentIndex(max(0, ui.projectCombo.findData(draft.project)))
                ui.amountSpin.setValue(self.decisions_model.amount_of(draft) or 0.0)
                for edit, text in ((ui.citationFrEdit, draft.citation_fr),
                                   (ui.citationNlEdit, draft.citation_nl),
                                   (ui.citationEnEdit, draft.citation_en),
                                   (ui.justificationEdit, draft.justification)):
                    if edit.toPlainText() != text:
                        edit.setPlainText(text)
            else:
                for edit in (ui.citationFrEdit, ui.citationNlEdit, ui.citationEnEdit,
                             ui.justificationEdit):
                    edit.clear()
                ui.amountSpin.setValue(0.0)
        finally:
            self._loading_editor = False
        self._update_departure()
        self._update_controls()

    def _fill_editor_choices(self) -> None:
        ui, state = self.ui, self._state
        lang = i18n.current_language()
        ui.awardCombo.clear()
        ui.projectCombo.clear()
        if state is None:
            return
        for award in (*D.PRIZE_AWARDS[: state.n_prizes], D.MENTION):
            ui.awardCombo.addItem(words().award(award), award)
        for project in state.projects:
            place = (self.tr("placed {place}").format(place=project.place) if project.place
                     else self.tr("not ranked"))
            ui.projectCombo.addItem(f"{project.code} — {title_in(project.titles, lang)} "
                                    f"({place})", project.code)

    def _edited(self, *_args: object) -> None:
        """An editor widget changed: the current draft follows it."""
        if self._loading_editor:
            return
        row = self._current_row()
        if row < 0:
            return
        ui = self.ui
        old = self.drafts()[row]
        award = str(ui.awardCombo.currentData() or old.award)
        amount: float | None = ui.amountSpin.value()
        if award == D.MENTION:
            amount = amount or None
        elif self._state is not None and amount == self._state.proposal.amount(award) \
                and old.amount_eur is None:
            amount = None  # still the edition's amount
        if award != old.award:  # a new award brings its own amount
            amount = None
        draft = replace(old, award=award, project=str(ui.projectCombo.currentData()
                                                      or old.project),
                        amount_eur=amount, citation_fr=ui.citationFrEdit.toPlainText(),
                        citation_nl=ui.citationNlEdit.toPlainText(),
                        citation_en=ui.citationEnEdit.toPlainText(),
                        justification=ui.justificationEdit.toPlainText())
        if draft == old:
            return
        self.decisions_model.replace(row, draft)
        if award != old.award:
            self._load_editor()  # show the amount of the new award
        self._update_departure()
        self._update_controls()

    def _update_departure(self) -> None:
        """Say whether the current decision departs; the justification turns red while
        a departure has none."""
        row = self._current_row()
        why = self.decisions_model.departure(row) if row >= 0 else None
        justified = bool(row >= 0 and self.drafts()[row].justification.strip())
        edit, label = self.ui.justificationEdit, self.ui.departureLabel
        required = bool(why) and not justified
        if edit.property("required") != required:
            edit.setProperty("required", required)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        if why and not justified:
            text = self.tr("This decision departs from the proposal ({why}): a justification "
                           "is required.").format(why=why)
        elif why:
            text = self.tr("This decision departs from the proposal ({why}); the "
                           "justification above says why.").format(why=why)
        else:
            text = ""
        label.setText(text)
        label.setProperty("required", required)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(bool(why))
        self.ui.justificationLabel.setText(self.tr("&Justification (required):") if why
                                           else self.tr("&Justification:"))

    # -- writes --------------------------------------------------------------------
    def save_decisions(self) -> None:
        year, drafts = self._year, self.drafts()
        if year is None:
            return

        def change(session: Session) -> None:
            D.save_decisions(session, year, drafts, actor=self._actor)

        self._write(change, self.tr("Saving the decisions"), keep_drafts=False)

    def save_consensus(self, project: str, texts: Texts) -> None:
        """Write `project`'s consensus texts as one undoable step of the desk (or, with
        no desk, like the page's other writes), then read the deliberation again."""
        year = self._year
        if year is None:
            return
        actor = self._actor

        def change(session: Session) -> list[C.ConsensusChange]:
            return C.set_project_texts(session, year, project, texts, actor=actor)

        desk = self._desk or getattr(self.parent(), "desk", None)
        if desk is None:
            self._write(change, self.tr("Saving the consensus texts"))
            return
        name = step("DeliberationPage", QT_TRANSLATE_NOOP(
            "DeliberationPage", "Consensus texts of {project}"), project=project)
        if desk.perform(name, "deliberation", change,
                        lambda session, changes: C.restore_consensus(session, year, changes,
                                                                     actor=actor)):
            self.refresh()

    def refresh(self) -> None:
        """Read the deliberation again, keeping the decisions being edited (after a
        change written elsewhere, e.g. undone or redone on the desk's stack)."""
        year = self._year
        if year is None:
            return
        self._request += 1
        self._run(lambda: load_state(self._db, year), self.tr("Reading the deliberation"),
                  self._request, writes=False, keep_drafts=True)

    def set_present(self, juror: str, present: bool) -> None:
        year = self._year
        if year is not None:
            self._write(lambda s: D.set_present(s, year, juror, present, actor=self._actor),
                        self.tr("Recording attendance"))

    def cast_vote(self, juror: str, subject: str, choice: str | None) -> None:
        year = self._year
        if year is not None:
            self._write(lambda s: D.cast_vote(s, year, juror, subject, choice,
                                              actor=self._actor), self.tr("Recording the vote"))

    def meeting(self) -> D.Meeting:
        """The meeting as the fields show it (times as typed)."""
        ui = self.ui
        day = ui.meetingDateEdit.date()
        return D.Meeting(None if day <= NO_DATE else day.toPython(),
                         ui.meetingPlaceEdit.text(), ui.meetingStartEdit.text(),
                         ui.meetingEndEdit.text())

    def record_meeting(self) -> None:
        """Keep the meeting's date, place and times once typed (also after the lock);
        a time that is not one is named under the fields and nothing is written."""
        year, state = self._year, self._state
        if year is None or state is None or self._loading_meeting:
            return
        meeting = self.meeting()
        problems = D.meeting_problems(meeting)
        self._show_meeting_note(problems)
        if problems:
            return
        stored = state.meeting
        if (meeting.date, meeting.place.strip(), D.clock_time(meeting.start),
                D.clock_time(meeting.end)) == (stored.date, stored.place, stored.start,
                                               stored.end):
            return
        self._write(lambda s: D.set_meeting(s, year, meeting, actor=self._actor),
                    self.tr("Recording the meeting"))

    def vote_unanimously(self, choice: str) -> None:
        """Every present juror votes `choice` on the decision of the current column."""
        year, subject = self._year, self._current_subject()
        if year is None or subject is None or not self.ui.unanimousButton.isEnabled():
            return
        self._write(lambda s: D.cast_unanimous(s, year, subject, choice, actor=self._actor),
                    self.tr("Recording the vote"))

    def _current_subject(self) -> str | None:
        subjects = self.votes_model.subjects
        column = self.ui.votesView.currentIndex().column()
        if not subjects:
            return None
        return subjects[column][0] if 0 <= column < len(subjects) else subjects[0][0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the votes table, + votes for, - against, 0 abstains, Delete withdraws;
        the cursor then moves to the next juror, so a round of votes is typed."""
        if watched is self.ui.votesView and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in VOTE_KEYS \
                and self.ui.votesView.state() != QTableView.State.EditingState:
            index = self.ui.votesView.currentIndex()
            if index.isValid() and self.votes_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.votes_model.setData(index, VOTE_KEYS[Qt.Key(event.key())])
                below = index.siblingAtRow(index.row() + 1)
                if below.isValid() and below.row() < len(self.votes_model.jurors):
                    self.ui.votesView.setCurrentIndex(below)
            return True
        return super().eventFilter(watched, event)

    def record_casting_vote(self) -> None:
        year = self._year
        if year is None:
            return
        codes = [c for c in re.split(r"[;,\s]+", self.ui.castingEdit.text()) if c]
        self._write(lambda s: D.set_casting_vote(s, year, codes, actor=self._actor),
                    self.tr("Recording the casting vote"))

    def lock(self) -> None:
        """Lock after a confirmation that names whatever the lock would pass over."""
        year, state = self._year, self._state
        if year is None or state is None or not self.ui.lockButton.isEnabled():
            return
        text = self.tr("Lock the deliberation of edition {year}? Scores and decisions can no "
                       "longer change until the secretariat reopens it.").format(year=year)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Lock the decision"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        if state.lock_to_confirm:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(self.tr("Locking now passes over:") + "\n• "
                                   + "\n• ".join(state.lock_to_confirm))
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Lock all the same"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            force = bool(state.lock_to_confirm)
            self._write(lambda s: D.lock(s, year, actor=self._actor, force=force),
                        self.tr("Locking the decision"))

    def reopen(self) -> None:
        year = self._year
        if year is None or not self.ui.reopenButton.isEnabled():
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reopen the deliberation"),
            self.tr("Why is edition {year} reopened? (kept in the audit log)").format(
                year=year))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Reopen the deliberation"),
                                self.tr("Say why the deliberation is reopened."))
            return
        self._write(lambda s: D.reopen(s, year, actor=self._actor, reason=reason),
                    self.tr("Reopening the deliberation"))

    def _write(self, change: Callable[[Session], object], title: str, *,
               keep_drafts: bool = True) -> None:
        """One audited change, then the state anew; unsaved decision edits survive a
        vote or an attendance change, not a save of the decisions."""
        year = self._year
        if year is None:
            return
        self._request += 1
        self._run(lambda: write_then_load(self._db, year, change), title, self._request,
                  writes=True, keep_drafts=keep_drafts)

    def _run(self, work: Callable[[], DeliberationState], title: str, request: int, *,
             writes: bool, keep_drafts: bool = True) -> None:
        self._pending += 1
        self._update_controls()
        db = self._db

        def read() -> tuple[DeliberationState, list[C.ConsensusRow]]:
            state = work()
            return state, C.consensus_rows(db, state.year)

        run_task(self, lambda _p: read(), title=title, writes=writes, cancellable=False,
                 on_success=lambda found: self._arrived(request, found, keep_drafts),
                 on_failure=lambda error, _t: self._failed(request, error))

    def _arrived(self, request: int, found: tuple[DeliberationState, list[C.ConsensusRow]],
                 keep_drafts: bool) -> None:
        state, self._consensus = found
        self._pending -= 1
        if request < self._applied or state.year != self._year:  # overtaken by a newer one
            self._update_controls()
            return
        self._applied = request
        keep = keep_drafts and self._state is not None and self.is_dirty() and not state.locked
        self._state = state
        self._show_state(keep_drafts=keep)

    def _failed(self, request: int, error: BaseException) -> None:
        self._pending -= 1
        self._update_controls()
        if isinstance(error, YansenneError):
            QMessageBox.warning(self, self.tr("Not recorded"), str(error))
        else:
            QMessageBox.critical(self, self.tr("Unexpected error"), str(error))
        if self._year is not None and self._state is None and request == self._request:
            self._show_state()

    # -- showing -------------------------------------------------------------------
    def _show_state(self, keep_drafts: bool = False) -> None:
        state = self._state
        ui = self.ui
        if state is None:
            ui.stack.setCurrentIndex(EMPTY_PAGE)
            self.consensus_panel.set_rows([], read_only=True)
            self._show_consensus_tab(False)
            self.proposal_model.set_rows([])
            self.attendance_model.set_rows([])
            self.votes_model.set_state(None)
            self._update_controls()
            return
        ui.stack.setCurrentIndex(MAIN_PAGE)
        self.proposal_model.titles = {p.code: p.titles for p in state.projects}
        self.proposal_model.set_rows(list(state.proposal.prizes))
        self._fit(ui.proposalView, fit_rows=True)
        self.decisions_model.state = state
        self.decisions_model.saved = {d.subject: d for d in state.decisions}
        row = self._current_row()
        drafts = self.drafts() if keep_drafts else list(state.decisions)
        self._set_drafts(drafts, select=row if row >= 0 else 0)
        self._fit(ui.decisionsView)
        self.attendance_model.read_only = state.locked
        self.attendance_model.set_rows(list(state.jurors))
        self._fit(ui.attendanceView)
        cell = ui.votesView.currentIndex()
        self.votes_model.set_state(state)
        if cell.isValid():  # a round of votes goes on where it was
            ui.votesView.setCurrentIndex(self.votes_model.index(
                min(cell.row(), self.votes_model.rowCount() - 1),
                min(cell.column(), self.votes_model.columnCount() - 1)))
        ui.votesView.resizeColumnsToContents()
        ui.castingEdit.setText("; ".join(state.casting_vote))
        self._show_meeting(state.meeting)
        self.consensus_panel.set_rows(self._consensus, read_only=state.locked)
        self._show_consensus_tab(bool(self._consensus))
        self._show_texts()
        self._update_controls()

    def _show_consensus_tab(self, shown: bool) -> None:
        """The consensus tab, named with how many projects still lack their texts; with
        no stages there is no tab bar at all."""
        tabs = self.side_tabs
        tabs.setTabVisible(1, shown)
        tabs.tabBar().setVisible(shown)
        if not shown:
            tabs.setCurrentIndex(0)
        tabs.setTabText(0, self.tr("Meeting and votes"))
        missing = sum(1 for row in self._consensus if not row.complete) if shown else 0
        tabs.setTabText(1, self.tr("Consensus texts ({missing} missing)").format(
            missing=missing) if missing else self.tr("Consensus texts"))

    def _show_meeting(self, meeting: D.Meeting) -> None:
        """The stored meeting in its fields (a field being typed in is left alone)."""
        ui = self.ui
        self._loading_meeting = True
        try:
            if not ui.meetingDateEdit.hasFocus():
                ui.meetingDateEdit.setDate(QDate(meeting.date) if meeting.date else NO_DATE)
            for edit, text in ((ui.meetingPlaceEdit, meeting.place),
                               (ui.meetingStartEdit, meeting.start),
                               (ui.meetingEndEdit, meeting.end)):
                if not edit.hasFocus() and edit.text() != text:
                    edit.setText(text)
        finally:
            self._loading_meeting = False
        self._show_meeting_note(D.meeting_problems(self.meeting()))

    def _show_meeting_note(self, problems: dict[str, str]) -> None:
        """A time that is not one, named by its field; else what the minutes still need."""
        ui, state = self.ui, self._state
        labels = {"place": ui.meetingPlaceLabel, "start": ui.meetingStartLabel,
                  "end": ui.meetingEndLabel}
        if problems:
            text = " ".join(f"{labels[name].text().replace('&', '').rstrip(':')}: {message}."
                            for name, message in problems.items())
        else:
            missing = state.meeting.missing() if state else []
            text = (self.tr("The final minutes need {missing}; a draft leaves them blank to "
                            "complete by hand.").format(missing=", ".join(missing))
                    if missing else self.tr("The minutes print these facts; they can be "
                                            "corrected after the lock."))
        ui.meetingNote.setText(text)
        if ui.meetingNote.property("problem") != bool(problems):
            ui.meetingNote.setProperty("problem", bool(problems))
            ui.meetingNote.style().unpolish(ui.meetingNote)
            ui.meetingNote.style().polish(ui.meetingNote)

    @staticmethod
    def _fit(view: QTableView, fit_rows: bool = False) -> None:
        """Columns to their contents, the last one stretching; with `fit_rows` a short
        table is only as high as its rows."""
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        if fit_rows:
            rows = max(1, view.model().rowCount())
            view.setMaximumHeight(header.sizeHint().height() + 2 * view.frameWidth()
                                  + rows * view.verticalHeader().defaultSectionSize() + 2)

    def _show_texts(self) -> None:
        state, ui = self._state, self.ui
        if state is None:
            return
        warning = state.proposal.warning
        self.proposal_warning.show_warning(
            self.tr("Prizes across categories:"),
            warning.text(i18n.current_language()) if warning else "")
        self.proposal_warning.setAccessibleName(self.tr("Warning"))
        ui.proposalNote.setText(self.tr(
            "The overall ranking ({method}) proposes the laureates: prize 1 to the "
            "project placed first, and so on. The jury may award fewer prizes, add mentions, "
            "or depart from the proposal with a written justification.").format(
                method=method_name(state.method, state.trim)))
        ui.votesNote.setText(self.tr(
            "Double-click a cell (or press F2) to record a present juror's vote on a saved "
            "decision, or type + (for), - (against), 0 (abstains), Delete (no vote): the "
            "cursor moves to the next juror. On an equal count, the president's own vote "
            "decides."))
        ui.castingNote.setText(
            self.tr("The edition's tie-break rules end with the casting vote: it settles, in "
                    "this order, the ties the other rules leave.") if state.casting_in_rules
            else self.tr("The edition's tie-break rules do not use the casting vote: it is "
                         "kept for the minutes and does not change the places."))
        if state.locked:
            when = i18n.locale().toString(state.locked_at, "dd/MM/yyyy HH:mm") \
                if state.locked_at else ""
            check = state.lock_check
            intact = (self.tr("the fingerprint still matches") if check and check.matches
                      else self.tr("<b>the data changed since the lock</b>"))
            ui.statusLabel.setText(self.tr(
                "<b>Deliberation of edition {year} locked</b> on {when} · fingerprint "
                "<code>{print}</code>: {intact}.").format(
                    year=state.year, when=escape(when),
                    print=escape((check.stored or "")[:16] if check else "") + "…",
                    intact=intact))
        else:
            ui.statusLabel.setText(self.tr("<b>Deliberation of edition {year}</b> · open")
                                   .format(year=state.year))

    def _update_controls(self) -> None:
        ui, state = self.ui, self._state
        busy = self.busy()
        editable = state is not None and not state.locked and not busy
        dirty = state is not None and self.is_dirty()
        has_row = self._current_row() >= 0
        for widget in (ui.adoptButton, ui.addMentionButton):
            widget.setEnabled(editable)
        ui.addPrizeButton.setEnabled(editable and state is not None and len(
            {d.award for d in self.drafts() if d.award != D.MENTION}) < state.n_prizes)
        ui.removeButton.setEnabled(editable and has_row)
        ui.revertButton.setEnabled(editable and dirty)
        ui.saveButton.setEnabled(editable and dirty)
        ui.editorPanel.setEnabled(editable and has_row)
        for widget in (ui.castingEdit, ui.castingButton):
            widget.setEnabled(editable)
        ui.reopenButton.setEnabled(state is not None and state.locked and not busy)
        ui.meetingBox.setEnabled(state is not None)
        voters = state is not None and any(j.present and j.role != "observer"
                                           for j in state.jurors)
        ui.unanimousButton.setEnabled(editable and voters and bool(self.votes_model.subjects))
        subject = self._current_subject()
        draft = next((d for s, d in self.votes_model.subjects if s == subject), None)
        ui.unanimousButton.setToolTip(self.tr(
            "Every present juror votes the same on {decision}, in one step").format(
                decision=f"{words().award(draft.award)} · {draft.project}" if draft else "—"))
        reasons: list[str] = []
        if state is None:
            reasons = []
        elif state.locked:
            reasons = [self.tr("Locked: only the secretariat can reopen the deliberation, "
                               "with a reason.")]
        elif dirty:
            reasons = [self.tr("Save the decisions before locking.")]
        elif state.lock_blocking:
            reasons = [self.tr("Cannot lock yet: {problems}").format(
                problems=self._first_few(state.lock_blocking))]
        else:
            if not state.decisions:
                reasons.append(self.tr("No decision is recorded: locking now records that "
                                       "the jury awards nothing."))
            if state.lock_to_confirm:
                reasons.append(self.tr("Locking now asks to confirm: {problems}").format(
                    problems=self._first_few(state.lock_to_confirm)))
        can_lock = state is not None and not state.locked and not dirty \
            and not state.lock_blocking and not busy
        ui.lockButton.setEnabled(can_lock)
        ui.lockButton.setToolTip("\n".join(
            [*reasons[:1], *(state.lock_blocking[3:] if state and not state.locked
                             and not dirty else ()),
             *(state.lock_to_confirm if state and not state.locked else ())]))
        self.consensus_panel.busy = busy
        self.consensus_panel.refresh()
        ui.lockReasonLabel.setText(" ".join(reasons))
        ui.lockReasonLabel.setVisible(bool(reasons))

    def _first_few(self, problems: tuple[str, ...], shown: int = 3) -> str:
        """The first problems, then how many more (the button's tooltip lists them all)."""
        text = "; ".join(problems[:shown])
        if len(problems) > shown:
            text += " " + self.tr("… and %n more", "", len(problems) - shown)
        return text

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "votes_model"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        texts = {"for": self.tr("Unanimous: for"), "against": self.tr("Unanimous: against"),
                 "abstain": self.tr("Unanimous: abstains")}
        for choice, action in self.unanimous_actions.items():
            action.setText(texts[choice])
        self.ui.unanimousButton.setAccessibleName(self.tr("Unanimous vote"))
        self.ui.unanimousButton.setAccessibleDescription(self.tr(
            "Every present juror votes for the decision of the current column; the arrow "
            "offers against or abstains"))
        self.ui.meetingDateEdit.setSpecialValueText(self.tr("not set"))
        self._show_consensus_tab(bool(self._consensus) and self._state is not None)
        self._show_state(keep_drafts=True)


class SidewaysScroll(QScrollArea):
    """Scrolls sideways only: as narrow as need be, as tall as its widget needs (so the
    page, not this area, gives the widget its height and every button stays in view)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        hint = super().minimumSizeHint()
        inner = self.widget().minimumSizeHint() if self.widget() is not None else hint
        bar = self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), max(hint.height(), inner.height() + bar))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the widget grew (two more text boxes): so does this
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The widget exactly as tall as the view, as wide as the view or its minimum."""
        widget = self.widget()
        if widget is not None:
            view = self.viewport().size()
            widget.resize(max(view.width(), widget.minimumSizeHint().width()), view.height())


def scrolling(widget: QWidget, *, vertical: bool = True) -> QScrollArea:
    """`widget` in a frameless scroll area that follows its width and height (scrolling
    up and down too unless `vertical` is false)."""
    area = QScrollArea() if vertical else SidewaysScroll()
    area.setWidgetResizable(vertical)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    if not vertical:
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area
