"""The juror window: one juror's grids, one tab per category assigned to them.

It shows that juror's marks, conflicts and notes only: never another juror's scores
nor any aggregate. Category tabs load when first shown, so that a large edition
opens at once. Undo and redo act on the shown category.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yansenne.domain.juror_desk import SECRETARIAT, CategoryProgress, JurorDesk
from yansenne.errors import YansenneError
from yansenne.i18n import pick
from yansenne.store.models import LANGUAGES
from yansenne.ui import i18n
from yansenne.ui.database_watch import DatabaseWatch
from yansenne.ui.juror import icons
from yansenne.ui.juror.category_page import CategoryPage

LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}
DEFAULT_SIZE = (1440, 860)


class JurorWindow(QMainWindow):
    """The scoring grids of one juror of one edition."""

    def __init__(self, desk: JurorDesk, *, can_reopen: bool = False,
                 sends_ballots: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jurorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.desk = desk
        self._can_reopen = can_reopen
        self._sends_ballots = sends_ballots  # opened from a juror package, offline
        self._lang = desk.juror.language if desk.juror.language in LANGUAGES else "fr"
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
        self.tabs = QTabWidget(central)
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
        self.resize(*DEFAULT_SIZE)
        self.retranslate()
        desk = self.desk  # (a lambda holding self would keep a closed window's wrapper)
        self.watch = DatabaseWatch(lambda: desk.database, self)
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
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.submit_action = QAction(self)
        self.submit_action.triggered.connect(self.submit_current)
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
        self.view_menu = self.menuBar().addMenu("")
        self.texts_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self)
            action.setCheckable(True)
            action.setChecked(lang == self._lang)
            action.setData(lang)
            self.language_group.addAction(action)
            self.texts_menu.addAction(action)
            self.language_actions[lang] = action
        self.language_group.triggered.connect(
            lambda action: self.set_text_language(str(action.data())))

    # -- pages ---------------------------------------------------------------------
    def page(self, code: str) -> CategoryPage:
        """The page of category `code`, loaded from the store the first time."""
        if code in self.pages:
            return self.pages[code]
        position = next(i for i, p in enumerate(self._progress) if p.category.code == code)
        grid = self.desk.load(code)
        page = CategoryPage(self.desk, grid, self._lang, can_reopen=self._can_reopen,
                            parent=self._holders[position])
        holder_layout = self._holders[position].layout()
        assert holder_layout is not None
        holder_layout.addWidget(page)
        self.pages[code] = page
        self.undo_group.addStack(page.model.undo_stack)
        page.progress_changed.connect(lambda p=position, pg=page: self._page_progress(p, pg))
        page.submit_requested.connect(self.submit_current)
        page.reopen_requested.connect(self.reopen_current)
        page.saved.connect(self.saved_label.setText)
        watch = self.watch
        page.saved.connect(lambda _text: watch.resync())  # our own change: seen
        self._page_progress(position, page)
        return page

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
        name = pick(progress.category, "name", self._lang)
        self.tabs.setTabText(position, self.tr("{category}  {scored}/{total}").format(
            category=name, scored=progress.scored, total=progress.projects))
        if progress.submitted_at is not None:
            icon, tip = icons.submitted(), self.tr("Submitted")
        elif progress.complete:
            icon, tip = icons.check(), self.tr("Every project scored: ready to submit")
        else:
            icon, tip = icons.pending(), self.tr("Missing marks: {count}").format(
                count=progress.missing)
        self.tabs.setTabIcon(position, icon)
        self.tabs.setTabToolTip(position, tip)

    def _update_actions(self) -> None:
        page = self.current_page() if self._progress else None
        submitted = page is not None and page.model.submitted
        self.submit_action.setEnabled(page is not None and page.submit_button.isEnabled())
        self.reopen_action.setEnabled(submitted)

    # -- acts ----------------------------------------------------------------------
    def submit_current(self) -> bool:
        """Submit the shown category after the juror confirms; its marks then lock."""
        page = self.current_page()
        if page is None or page.model.submitted:
            return False
        page.flush()
        scored, total, missing = page.model.progress()
        if missing:
            page.show_refusal(self.tr("Every project must be scored on every criterion "
                                      "before submitting (missing marks: {count}).").format(
                                          count=missing))
            return False
        name = pick(page.model.category, "name", self._lang)
        answer = QMessageBox.question(
            self, self.tr("Submit my scores"),
            self.tr("Submit your scores for {category}? They will be locked; only the "
                    "secretariat can reopen them.").format(category=name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            at = self.desk.submit(page.category_code)
        except YansenneError as exc:
            page.show_refusal(str(exc))
            return False
        page.model.set_submitted(at)
        page.strip.show_message(self.tr("Your scores for {category} are submitted. Thank you!"
                                        ).format(category=name), "info")
        self._current_refresh(page)
        return True

    def reopen_current(self) -> bool:
        """The secretariat unlocks the shown category (confirmed, audited)."""
        page = self.current_page()
        if page is None or not page.model.submitted or not self._can_reopen:
            return False
        name = pick(page.model.category, "name", self._lang)
        answer = QMessageBox.question(
            self, self.tr("Reopen the scores"),
            self.tr("Reopen {juror}'s scores for {category}, as the secretariat? The juror can "
                    "then change them and must submit again.").format(
                        juror=self.desk.juror.name, category=name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.desk.reopen(page.category_code, actor=SECRETARIAT)
        except YansenneError as exc:
            page.show_refusal(str(exc))
            return False
        page.model.set_submitted(None)
        page.strip.dismiss()
        self._current_refresh(page)
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

    def set_text_language(self, lang: str) -> None:
        """Show the project and criterion texts (not the interface) in another language."""
        if lang not in LANGUAGES:
            return
        self._lang = lang
        self.language_actions[lang].setChecked(True)
        for page in self.pages.values():
            page.set_language(lang)
        for position in range(len(self._progress)):
            self._update_tab(position)
        self.retranslate()

    @property
    def text_language(self) -> str:
        return self._lang

    # -- Qt ------------------------------------------------------------------------
    def retranslate(self) -> None:
        juror = self.desk.juror
        self.setWindowTitle(self.tr("Scoring grid — {juror}").format(juror=juror.name))
        self.juror_label.setText(f"{juror.name} ({juror.code})")
        parts = [juror.institution] if juror.institution else []
        names = dict(zip(("fr", "nl", "en"), self.desk.edition_names, strict=True))
        parts.append(names.get(i18n.current_language()) or names["fr"])
        self.edition_label.setText("  ·  ".join(parts))
        self.empty_label.setText(self.tr("No category is assigned to {juror}: there is "
                                         "nothing to score.").format(juror=juror.name))
        self.submit_action.setText(self.tr("&Submit my scores"))
        self.reopen_action.setText(self.tr("&Reopen the category (secretariat)…"))
        self.close_action.setText(self.tr("&Close"))
        self.ballot_action.setText(self.tr("Send my &ballot…"))
        self.scores_menu.setTitle(self.tr("&Scores"))
        self.view_menu.setTitle(self.tr("&View"))
        self.texts_menu.setTitle(self.tr("&Texts of the projects in"))
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
