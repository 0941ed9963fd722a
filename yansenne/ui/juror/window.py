"""The juror window: one juror's grids, one tab per category assigned to them.

It shows that juror's marks, conflicts and notes only: never another juror's scores
nor any aggregate. Category tabs load when first shown, so that a large edition
opens at once. Undo and redo act on the shown category. The window speaks the
juror's language (`speech.Speech`), whatever the desk speaks; its Language menu
switches it. "Submit my scores" submits every open category at once
(`yansenne.domain.submission`), after one confirmation that lists what is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from yansenne.domain.juror_desk import SECRETARIAT, CategoryProgress, JurorDesk
from yansenne.domain.submission import Gap
from yansenne.errors import YansenneError
from yansenne.i18n import format_count, pick
from yansenne.store.models import LANGUAGES
from yansenne.ui import i18n
from yansenne.ui.database_watch import DatabaseWatch
from yansenne.ui.juror import icons
from yansenne.ui.juror.category_page import CategoryPage
from yansenne.ui.juror.category_tabs import CategoryTabs
from yansenne.ui.juror.speech import Speech, Spoken
from yansenne.ui.screen_fit import fit_to_screen

LANGUAGE_NAMES = {"fr": "&Français", "nl": "&Nederlands", "en": "&English"}
DEFAULT_SIZE = (1440, 860)
"""As designed; within the screen it opens on (screen_fit.py)."""
GAPS_SHOWN = 8
"""Projects listed per category in the submission's confirmation; the rest are counted."""


def ask(parent: QWidget, title: str, text: str, accept: str, reject: str) -> bool:
    """A question whose buttons are worded in the window's language (Qt's standard Yes
    and No follow the application's); True when the juror accepts."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class JurorWindow(Spoken, QMainWindow):
    """The scoring grids of one juror of one edition."""

    def __init__(self, desk: JurorDesk, *, can_reopen: bool = False,
                 sends_ballots: bool = False, own: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jurorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.desk = desk
        self._can_reopen = can_reopen
        self._sends_ballots = sends_ballots  # opened from a juror package, offline
        self._own = own  # the juror's own session: the whole application speaks as it does
        self.speech = Speech(desk.juror.language, self)
        self._progress: list[CategoryProgress] = desk.categories()
        self.pages: dict[str, CategoryPage] = {}
        self._holders: list[QWidget] = []
        self.undo_group = QUndoGroup(self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.juror_label = QLabel(central)
        self.juror_label.setObjectName("jurorLabel")
        self.juror_label.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f2430;")
        self.edition_label = QLabel(central)
        self.edition_label.setObjectName("editionLabel")
        self.edition_label.setStyleSheet("color: #4a5160;")
        head.addWidget(self.juror_label)
        head.addSpacing(12)
        head.addWidget(self.edition_label, 1)
        layout.addLayout(head)
        self.tabs = CategoryTabs(central)
        self.tabs.setObjectName("categoryTabs")
        self.tabs.setDocumentMode(True)
        self.empty_label = QLabel(central)
        self.empty_label.setObjectName("noCategoryLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty_label, 1)
        self.setCentralWidget(central)
        for _progress in self._progress:
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.tabs.addTab(holder, "")
        self.tabs.setVisible(bool(self._progress))
        self.empty_label.setVisible(not self._progress)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addWidget(self.saved_label, 1)
        self._make_actions()
        self.tabs.currentChanged.connect(self._tab_changed)
        fit_to_screen(self, *DEFAULT_SIZE)
        self.retranslate()
        desk = self.desk  # (a lambda holding self would keep a closed window's wrapper)
        self.watch = DatabaseWatch(lambda: desk.database, self)
        # Our own marks taken as seen by the watch: read once the typed mark is shown, at
        # the next turn of the event loop, for however many came in meanwhile.
        self._resync_due = QTimer(self)
        self._resync_due.setSingleShot(True)
        self._resync_due.setInterval(0)
        self._own_changes = 0
        self._resync_due.timeout.connect(self._acknowledge_own_changes)
        self.watch.changed.connect(self.refresh)
        self.watch.lost.connect(self._database_lost)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(1000)
        self._retry.timeout.connect(self.refresh)
        if self._progress:
            self._tab_changed(self.tabs.currentIndex())

    # -- construction --------------------------------------------------------------
    def _make_actions(self) -> None:
        # Undo and redo named in the window's language (Qt's own would follow the desk's).
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.undo_group.redo)
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(self._name_undo_steps)
        self.undo_group.redoTextChanged.connect(self._name_undo_steps)
        self.submit_action = QAction(self)
        self.submit_action.triggered.connect(self.submit_scores)
        self.reopen_action = QAction(self)
        self.reopen_action.triggered.connect(self.reopen_current)
        self.reopen_action.setVisible(self._can_reopen)
        self.ballot_action = QAction(self)
        self.ballot_action.triggered.connect(self.send_ballot)
        self.ballot_action.setVisible(self._sends_ballots)
        self.close_action = QAction(self)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.scores_menu = self.menuBar().addMenu("")
        for action in (self.undo_action, self.redo_action):
            self.scores_menu.addAction(action)
        self.scores_menu.addSeparator()
        self.scores_menu.addAction(self.submit_action)
        self.scores_menu.addAction(self.reopen_action)
        self.scores_menu.addAction(self.ballot_action)
        self.scores_menu.addSeparator()
        self.scores_menu.addAction(self.close_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self)  # each language names itself
            action.setCheckable(True)
            action.setChecked(lang == self.speech.language)
            action.setData(lang)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.language_group.triggered.connect(
            lambda action: self.set_language(str(action.data())))

    # -- pages ---------------------------------------------------------------------
    def page(self, code: str) -> CategoryPage:
        """The page of category `code`, loaded from the store the first time."""
        if code in self.pages:
            return self.pages[code]
        position = next(i for i, p in enumerate(self._progress) if p.category.code == code)
        with self.speech.core():
            grid = self.desk.load(code)
        page = CategoryPage(self.desk, grid, self.speech.language,
                            can_reopen=self._can_reopen, parent=self._holders[position])
        holder_layout = self._holders[position].layout()
        assert holder_layout is not None
        holder_layout.addWidget(page)
        self.pages[code] = page
        self.undo_group.addStack(page.model.undo_stack)
        page.progress_changed.connect(lambda p=position, pg=page: self._page_progress(p, pg))
        page.submit_requested.connect(self.submit_scores)
        page.reopen_requested.connect(self.reopen_current)
        page.saved.connect(self.saved_label.setText)
        page.model.saved.connect(self._own_change_saved)  # our own change: seen, at once
        self._page_progress(position, page)
        return page

    def _own_change_saved(self, *_cell: int) -> None:
        self._own_changes += 1
        self._resync_due.start()

    def _acknowledge_own_changes(self) -> None:
        own, self._own_changes = self._own_changes, 0
        self.watch.acknowledge(own)

    def current_page(self) -> CategoryPage | None:
        index = self.tabs.currentIndex()
        if not 0 <= index < len(self._progress):
            return None
        return self.page(self._progress[index].category.code)

    def show_category(self, code: str) -> CategoryPage:
        position = next(i for i, p in enumerate(self._progress) if p.category.code == code)
        self.tabs.setCurrentIndex(position)
        return self.page(code)

    def categories(self) -> list[str]:
        return [p.category.code for p in self._progress]

    def _tab_changed(self, index: int) -> None:
        if not 0 <= index < len(self._progress):
            return
        for page in self.pages.values():
            page.flush()
        try:
            page = self.page(self._progress[index].category.code)
        except YansenneError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the grid"), str(exc))
            return
        self.undo_group.setActiveStack(page.model.undo_stack)
        self._update_actions()
        page.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_progress(self, position: int, page: CategoryPage) -> None:
        scored, total, missing = page.model.progress()
        old = self._progress[position]
        self._progress[position] = CategoryProgress(
            old.category, total, scored, missing, old.conflicts, page.model.submitted_at)
        self._update_tab(position)
        self._update_actions()

    def _update_tab(self, position: int) -> None:
        progress = self._progress[position]
        lang = self.speech.language
        name = pick(progress.category, "name", lang)
        text = self.tr("{category}  {scored}/{total}").format(
            category=name, scored=format_count(progress.scored, lang),
            total=format_count(progress.projects, lang))
        if progress.submitted_at is not None:
            icon, tip = icons.submitted(), self.tr("Submitted")
        elif progress.complete:
            icon, tip = icons.check(), self.tr("Every project scored: ready to submit")
        else:
            icon, tip = icons.pending(), self.tr("Missing marks: {count}").format(
                count=format_count(progress.missing, lang))
        self.tabs.set_tab(position, text, icon, tip)

    def _update_actions(self) -> None:
        page = self.current_page() if self._progress else None
        submitted = page is not None and page.model.submitted
        self.submit_action.setEnabled(self.open_categories() != [])
        self.reopen_action.setEnabled(submitted)

    def open_categories(self) -> list[CategoryProgress]:
        """The categories not yet submitted: what "Submit my scores" will submit."""
        return [p for p in self._progress if p.submitted_at is None]

    def _name_undo_steps(self, *_: object) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(self.tr("&Undo {step}").format(step=undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {step}").format(step=redo) if redo
                                 else self.tr("&Redo"))

    # -- acts ----------------------------------------------------------------------
    def submit_scores(self) -> bool:
        """Submit every open category at once, after one confirmation that lists what
        is still missing; the marks of those categories then lock."""
        if not self.open_categories():
            return False
        for page in self.pages.values():
            page.flush()
        page = self.current_page()
        try:
            with self.speech.core():
                gaps = self.desk.gaps()
        except YansenneError as exc:
            self._refused(str(exc))
            return False
        if not ask(self, self.tr("Submit my scores"), self.submission_question(gaps),
                   self.tr("Submit"), self.tr("Keep scoring")):
            return False
        try:
            with self.speech.core():
                done = self.desk.submit_all()
        except YansenneError as exc:
            self._refused(str(exc))
            return False
        for position, progress in enumerate(self._progress):
            if progress.category.code not in done.categories:
                continue
            loaded = self.pages.get(progress.category.code)
            if loaded is not None:
                loaded.model.set_submitted(done.at)  # its page's progress updates the tab
            else:
                self._progress[position] = CategoryProgress(
                    progress.category, progress.projects, progress.scored, progress.missing,
                    progress.conflicts, done.at)
                self._update_tab(position)
        page = self.current_page()
        if page is not None:
            page.strip.show_message(self.tr("Your scores are submitted. Thank you!"), "info")
            self._current_refresh(page)
        self._update_actions()
        return True

    def submission_question(self, gaps: list[Gap]) -> str:
        """The confirmation: which categories lock and, per category, what is missing."""
        lang = self.speech.language
        names = [pick(p.category, "name", lang) for p in self.open_categories()]
        text = self.tr("Submit your scores in {categories}? They will be locked; only the "
                       "secretariat can reopen them.").format(categories=", ".join(names))
        if not gaps:
            return text + "\n\n" + self.tr("Every project is scored on every criterion.")
        lines = [self.tr("Not scored yet:")]
        by_category: dict[str, list[Gap]] = {}
        for gap in gaps:
            by_category.setdefault(gap.category.code, []).append(gap)
        for found in by_category.values():
            parts = []
            for gap in found[:GAPS_SHOWN]:
                what = (self.tr("every criterion") if gap.whole_row else
                        ", ".join(pick(c, "name", lang) or c.code for c in gap.criteria))
                parts.append(f"{gap.project} ({what})")
            if len(found) > GAPS_SHOWN:
                parts.append(self.tr("and {count} more projects").format(
                    count=len(found) - GAPS_SHOWN))
            lines.append(self.tr("{category}: {projects}").format(
                category=pick(found[0].category, "name", lang), projects="; ".join(parts)))
        lines.append(self.tr("You can still submit: these marks will stay empty."))
        return text + "\n\n" + "\n".join(lines)

    def _refused(self, message: str) -> None:
        page = self.current_page() if self._progress else None
        if page is not None:
            page.show_refusal(message)
        else:
            QMessageBox.warning(self, self.tr("Submit my scores"), message)

    def reopen_current(self) -> bool:
        """The secretariat unlocks the shown category (confirmed, audited)."""
        page = self.current_page()
        if page is None or not page.model.submitted or not self._can_reopen:
            return False
        name = pick(page.model.category, "name", self.speech.language)
        if not ask(self, self.tr("Reopen the scores"),
                   self.tr("Reopen {juror}'s scores for {category}, as the secretariat? The "
                           "juror can then change them and must submit again.").format(
                               juror=self.desk.juror.name, category=name),
                   self.tr("Reopen"), self.tr("Cancel")):
            return False
        try:
            with self.speech.core():
                self.desk.reopen(page.category_code, actor=SECRETARIAT)
        except YansenneError as exc:
            page.show_refusal(str(exc))
            return False
        page.model.set_submitted(None)
        page.strip.dismiss()
        self._current_refresh(page)
        self._update_actions()
        return True

    def refresh(self) -> None:
        """Someone else changed something (the secretariat reopened or locked, declared
        a conflict, imported a scoresheet): show it. A grid whose mark is being typed
        is read again a moment later, once the mark is given."""
        busy = False
        for position, progress in enumerate(self._progress):
            page = self.pages.get(progress.category.code)
            if page is None:
                continue
            if page.view.state() == page.view.State.EditingState:
                busy = True
                continue
            try:
                with self.speech.core():
                    grid = self.desk.load(page.category_code)
            except YansenneError:
                continue  # no longer assigned: the next look at the tab says so
            if page.model.refresh(grid):
                self._page_progress(position, page)
                self._current_refresh(page)
        if busy:
            self._retry.start()  # one timer: many changes while typing, one read after

    def _database_lost(self, message: str) -> None:
        """The file under the grid is gone: say so now; every later mark is refused."""
        for page in self.pages.values():
            page.show_refusal(message)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The database is gone"),
                          message, QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _current_refresh(self, page: CategoryPage) -> None:
        page._current_changed(page.view.currentIndex())
        self._update_actions()

    def set_language(self, lang: str) -> None:
        """Speak `lang` in this window: its words, the projects' texts and the figures.
        In the juror's own session the whole application follows (Qt's dialogs too),
        without changing the language saved for this computer."""
        if lang not in LANGUAGES:
            return
        self.speech.set_language(lang)
        self.language_actions[lang].setChecked(True)
        if self._own and i18n.current_language() != lang:
            i18n.switch_language(lang)
            QApplication.processEvents()  # LanguageChange reaches the windows now
        for page in self.pages.values():
            page.set_language(lang)
        self.retranslate()

    @property
    def language(self) -> str:
        return self.speech.language

    # -- Qt ------------------------------------------------------------------------
    def retranslate(self) -> None:
        juror = self.desk.juror
        self.setWindowTitle(self.tr("Scoring grid — {juror}").format(juror=juror.name))
        self.juror_label.setText(f"{juror.name} ({juror.code})")
        parts = [juror.institution] if juror.institution else []
        names = dict(zip(("fr", "nl", "en"), self.desk.edition_names, strict=True))
        parts.append(names.get(self.speech.language) or names["fr"])
        self.edition_label.setText("  ·  ".join(parts))
        self.empty_label.setText(self.tr("No category is assigned to {juror}: there is "
                                         "nothing to score.").format(juror=juror.name))
        self.submit_action.setText(self.tr("&Submit my scores"))
        self.reopen_action.setText(self.tr("Re&open the category (secretariat)…"))
        self.close_action.setText(self.tr("&Close"))
        self.ballot_action.setText(self.tr("Send my &ballot…"))
        self.scores_menu.setTitle(self.tr("&Scores"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._name_undo_steps()
        self.tabs.setAccessibleName(self.tr("Categories"))
        self.tabs.tabBar().setAccessibleName(self.tr("Categories"))
        self.setAccessibleName(self.windowTitle())
        for position in range(len(self._progress)):
            self._update_tab(position)
        for page in self.pages.values():
            page.retranslate()

    def send_ballot(self) -> None:
        """Write the signed ballot of every mark in this package, for the secretariat."""
        from yansenne.ui.juror.ballot import send_ballot

        send_ballot(self, self.desk)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "scores_menu"):
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # an open editor or comment box commits on leaving
        for page in self.pages.values():
            page.flush()
        super().closeEvent(event)
