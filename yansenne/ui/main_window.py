"""The main window: the desk's shell around its pages.

The edition switcher and the database are the window's; a sidebar lists the
pages of `pages/registry.py` (Dashboard, Edition, Categories & grid, Projects,
Jury, Conflicts…) in a stacked widget. A page is built when first shown (or first
asked for): building every page, its charts and models, before the first paint
held the desk back on a large edition; the projects page, which the status bar
counts, is built at once. Every edit goes through one undo stack;
after each committed step the window re-reads the store for the page shown (the
others re-read when they are next shown). Dropping an .xlsx or .csv file on the
window opens the import preview of the call's spreadsheet. On a file, the watch on
other processes' changes starts after the first paint (see `_start_watch`), and a
large edition's marks are counted then (`_after_first_paint`). The
actions built in code (toolbar, Undo/Redo, the Jury menu, the language group) are
in `window_actions.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from yansenne.domain import queries
from yansenne.domain.queries import EditionCounts, EditionRow, ProjectRow
from yansenne.errors import YansenneError
from yansenne.i18n import format_count, pick
from yansenne.paths import default_database
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui import i18n
from yansenne.ui.forms.ui_main_window import Ui_MainWindow
from yansenne.ui.models.projects_model import Column
from yansenne.ui.pages import registry
from yansenne.ui.pages.base import Desk, DeskPage
from yansenne.ui.pages.projects import (  # noqa: F401 (kept importable from here)
    MIN_TEXT_WIDTH,
    MIN_TITLE_WIDTH,
    SHRINKABLE,
    ProjectsPage,
    fit_widths,
)
from yansenne.ui.screen_fit import FirstShare, fit_to_screen
from yansenne.ui.settings import EDITION_KEY, preferences, window_state
from yansenne.ui.undo import UndoStack
from yansenne.ui.window_actions import WindowActions

# The dialogs, file choosers and backups load when first used, not before the first paint.
if TYPE_CHECKING:
    from yansenne.ui.database_watch import DatabaseWatch
    from yansenne.ui.help_dialog import HelpDialog

EMPTY_PAGE, DESK_PAGE = 0, 1
PROJECTS_PAGE = DESK_PAGE  # before the desk, the projects table was the only page
# First run: most of the screen (screen_fit.py), up to a comfortable desk size; the
# detail pane's share.
MAX_WIDTH, MAX_HEIGHT, DETAIL_SHARE = 1600, 1000, 0.4
DATABASE_FILTER = "*.sqlite *.sqlite3 *.db"
SIDEBAR_MIN, SIDEBAR_MAX, SIDEBAR_PADDING = 150, 240, 48
SIDEBAR_STYLE = """
QListWidget#sidebar { background: #ffffff; border: 1px solid #d5d9e0; border-radius: 4px;
                      padding: 6px 4px; }
QListWidget#sidebar::item { padding: 7px 10px; border-radius: 4px; color: #1f2430; }
QListWidget#sidebar::item:hover { background: #eef2f8; }
QListWidget#sidebar::item:selected { background: #2b5797; color: #ffffff; }
"""
DROPPED = (".xlsx", ".csv")
# A window never painted (built and not shown) starts watching its database after this.
WATCH_START_MS = 1000
# The projects page's widgets, reachable from the window's form as before the desk.
PROJECT_WIDGETS = ("searchEdit", "projectsView", "splitter", "listPane", "detailPane")


class MainWindow(WindowActions, QMainWindow):
    """Composes the Designer form; reads the store in short sessions on each load."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._db = db
        self._editions: list[EditionRow] = []
        self._editions_read = False  # (the empty page's hint is worked out once they are)
        self._counts: EditionCounts | None = None
        self.undo_stack = UndoStack(lambda: self._db, self)
        self.desk = Desk(lambda: self._db, self.current_edition, self.undo_stack, self)
        self.pages: dict[str, DeskPage] = {}  # the pages built so far (see `page`)
        self._stale: set[str] = set()
        self.help_dialog: HelpDialog | None = None
        self._setup_toolbar()
        self._style_sidebar()
        self._build_pages()
        projects = self.page("projects")
        assert isinstance(projects, ProjectsPage)
        self.projects_page = projects
        projects.count_later = True  # a large edition's marks: after the first paint
        for name in PROJECT_WIDGETS:
            setattr(self.ui, name, getattr(projects.ui, name))
        self.model, self.proxy = projects.model, projects.proxy
        self._setup_edit_actions()
        self._setup_jury_actions()
        self._setup_status_bar()
        self._setup_languages()
        self._connect()
        # Tab from the edition switcher reaches the pages' list, then the page shown.
        QWidget.setTabOrder(self.edition_combo, self.ui.sidebar)
        self._retranslate()
        self._restore_state()
        self.setAcceptDrops(True)
        # The watch (its module loads the store's models, its first look sets up their
        # mappers: ~0.2 s) starts after the first paint on a file; what the window reads
        # now is marked, so that a change committed in between is read again then.
        self._watch: DatabaseWatch | None = None
        self._read_mark: int | None = None
        self._painted = False
        if db.is_sqlite:
            self._read_mark = queries.last_change(db)
        else:  # a server: no shortcut, as before
            self._start_watch()
        QTimer.singleShot(WATCH_START_MS, self, self._after_first_paint)
        self.reload()

    # -- construction --------------------------------------------------------------
    def _build_pages(self) -> None:
        """A sidebar item and a Ctrl+digit per registry entry, in order; the page itself
        is built, and put in the stack, by `page` when first needed."""
        self.page_actions: list[QAction] = []
        for number, entry in enumerate(registry.PAGES, start=1):
            QListWidgetItem(registry.title(entry), self.ui.sidebar).setData(
                Qt.ItemDataRole.UserRole, entry.key)
            action = QAction(registry.title(entry), self)
            action.setData(entry.key)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_page(key))
            self.ui.menuGo.addAction(action)
            self.page_actions.append(action)

    def _setup_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.database_label = QLabel(self)
        self.lost_label = QLabel(self)
        self.lost_label.setObjectName("lostLabel")
        self.lost_label.setStyleSheet("QLabel#lostLabel { color: white; background: #b3261e; "
                                      "padding: 2px 8px; font-weight: bold; }")
        self.lost_label.hide()
        self.ui.statusbar.addWidget(self.counts_label, 1)
        self.ui.statusbar.addPermanentWidget(self.lost_label)
        self.ui.statusbar.addPermanentWidget(self.database_label)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionOpenDatabase.triggered.connect(self.choose_database)
        ui.actionReload.triggered.connect(self.reload)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionUserGuide.triggered.connect(self.show_help)
        ui.actionBackup.triggered.connect(self._back_up)
        ui.actionRestore.triggered.connect(self._restore)
        ui.actionNewEdition.triggered.connect(self.new_edition)
        ui.actionNewProject.triggered.connect(self.new_project)
        ui.actionImportCall.triggered.connect(self.import_call)
        ui.actionDelete.triggered.connect(self._delete)
        ui.actionShowDetail.toggled.connect(ui.detailPane.setVisible)
        self.language_group.triggered.connect(self._language_chosen)
        self.edition_combo.currentIndexChanged.connect(self._edition_chosen)
        ui.sidebar.currentRowChanged.connect(self._page_chosen)
        self.projects_page.shownChanged.connect(self._update_status)
        self.projects_page.counted.connect(self._scores_counted)
        self.undo_stack.changed.connect(self._data_changed)
        self.undo_stack.refused.connect(self._refused)
        self.desk.showPage.connect(self.show_page)
        self.desk.editionsChanged.connect(self.show_edition)
        self.desk.dataChanged.connect(self._data_changed)

    # -- the database's watch ------------------------------------------------------
    @property
    def watch(self) -> DatabaseWatch:
        """The eye on other processes' changes (started now if not yet: by a caller
        about to read again or take the present state as seen)."""
        if self._watch is None:
            self._read_mark = None
            self._start_watch()
        assert self._watch is not None
        return self._watch

    def _start_watch(self) -> None:
        """Watch the database from now on; if anything was committed since the window
        read it (its mark), read again."""
        if self._watch is not None:
            return
        from yansenne.ui.database_watch import DatabaseWatch

        self._watch = DatabaseWatch(lambda: self._db, self)
        self._watch.changed.connect(self._changed_elsewhere)
        self._watch.lost.connect(self._database_lost)
        mark, self._read_mark = self._read_mark, None
        if mark is not None and queries.last_change(self._db) != mark:
            self._changed_elsewhere()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:  # the first paint is done: now what waited for it
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The marks of a large edition counted, and the watch started (or, for a window
        never painted, `WATCH_START_MS` after it was built)."""
        self._painted = True
        self.projects_page.count_later = False
        try:
            self.projects_page.count_scores()
        finally:
            self._start_watch()

    def _scores_counted(self) -> None:
        """The projects' marks were counted after them: the status bar says how many."""
        edition = self.current_edition()
        if edition is not None and self._counts is not None and self._counts.scores is None:
            self._counts = queries.counts(self._db, edition.id, self.model.rows())
            self._update_status()

    # -- public API ----------------------------------------------------------------
    @property
    def database(self) -> Database:
        return self._db

    @property
    def _natural(self) -> dict[Column, int]:
        return self.projects_page.natural

    def current_edition(self) -> EditionRow | None:
        index = self.edition_combo.currentIndex()
        return self._editions[index] if 0 <= index < len(self._editions) else None

    def selected_project(self) -> ProjectRow | None:
        return self.projects_page.selected_project()

    def select_project(self, code: str) -> bool:
        """Make the project with `code` current (as a click would); False if not shown."""
        return self.projects_page.select_project(code)

    def current_page(self) -> str:
        item = self.ui.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else registry.START_PAGE

    def page(self, key: str) -> DeskPage:
        """The page `key`, built and bound the first time it is asked for (it reads the
        store when shown: a page built now is stale until then)."""
        page = self.pages.get(key)
        if page is not None:
            return page
        row, entry = next((row, entry) for row, entry in enumerate(registry.PAGES)
                          if entry.key == key)
        stack = self.ui.deskStack
        page = registry.page_class(entry)(stack)
        page.setObjectName(f"{entry.key}Page")
        page.bind(self.desk)
        # The stack holds the pages built so far, in the sidebar's order.
        before = sum(1 for other in registry.PAGES[:row] if other.key in self.pages)
        current = stack.currentWidget()
        stack.insertWidget(before, page)
        if current is not None:
            stack.setCurrentWidget(current)
        self.pages[key] = page
        self._stale.add(key)
        return page

    def show_page(self, key: str) -> None:
        """Show the page `key` (as a click in the sidebar would)."""
        for row in range(self.ui.sidebar.count()):
            if self.ui.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.ui.sidebar.currentRow() == row:
                    self._page_chosen(row)  # no signal: shown (and built) all the same
                self.ui.sidebar.setCurrentRow(row)
                return

    def reload(self) -> None:
        """Read the editions again and show the current (or remembered) one."""
        current = self.current_edition()
        wanted = current.year if current else _int(preferences().value(EDITION_KEY))
        self._fill_editions(wanted)

    def show_edition(self, year: int) -> None:
        """Read the editions again and make `year` the current one (a new edition)."""
        self._fill_editions(year)
        preferences().setValue(EDITION_KEY, year)

    def _fill_editions(self, wanted: int | None) -> None:
        self._editions = queries.editions(self._db)
        self._editions_read = True
        combo = self.edition_combo
        combo.blockSignals(True)
        combo.clear()
        for edition in self._editions:
            combo.addItem(self._edition_text(edition), edition.year)
        index = next((i for i, e in enumerate(self._editions) if e.year == wanted), 0)
        combo.setCurrentIndex(index if self._editions else -1)
        combo.setEnabled(bool(self._editions))
        combo.blockSignals(False)
        self._load_edition()

    def choose_database(self) -> None:
        folder = str(self._db.path.parent) if self._db.path else ""
        from yansenne.ui import file_dialogs

        path = file_dialogs.open_file(
            self, self.tr("Open a Yansenne database"), folder,
            self.tr("Yansenne databases ({patterns})").format(patterns=DATABASE_FILTER)
            + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.open_database(path)

    def open_database(self, target: str) -> bool:
        """Switch to another database; on refusal keep the current one and say why."""
        try:
            db = open_database(target)
        except YansenneError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), str(exc))
            return False
        self.close_juror_windows()  # they write to the database left
        old = self._db
        self.replace_database(db)
        old.close()
        return True

    def close_juror_windows(self) -> None:
        for window in list(self.juror_windows):
            window.close()

    def replace_database(self, db: Database) -> None:
        """Show `db` from now on (the one shown before is the caller's to close)."""
        self._db = db
        self.lost_label.hide()
        self.watch.restart()
        self.undo_stack.clear()  # its steps belong to the other database
        self.reload()
        self._update_status()

    def show_message(self, text: str) -> None:
        """A passing confirmation in the status bar."""
        from yansenne.ui.backup_actions import MESSAGE_MS

        self.ui.statusbar.showMessage(text, MESSAGE_MS)

    def _back_up(self) -> None:
        from yansenne.ui import backup_actions

        backup_actions.back_up(self, self)

    def _restore(self) -> None:
        from yansenne.ui import backup_actions

        backup_actions.restore(self, self)

    def show_about(self) -> None:
        from yansenne.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_help(self) -> None:
        """The user guide beside the window (one at a time, raised if already open)."""
        if self.help_dialog is None:
            from yansenne.ui.help_dialog import HelpDialog

            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def new_edition(self) -> None:
        from yansenne.ui.pages.new_edition_dialog import create_edition  # not at start-up

        year = create_edition(self, self.desk, [e.year for e in self._editions])
        if year is not None:
            self.show_edition(year)
            self.show_page("edition")

    def new_project(self) -> None:
        if self.current_edition() is not None:
            self.show_page("projects")
            self.projects_page.new_project()

    def import_call(self, path: Path | None = None) -> None:
        if self.current_edition() is not None:
            self.show_page("projects")
            self.projects_page.import_call(path if isinstance(path, Path) else None)

    # -- loading -------------------------------------------------------------------
    def _load_edition(self) -> None:
        edition = self.current_edition()
        self._stale = set(self.pages)
        if edition is None:
            self._counts = None
            self.projects_page.load()
            self.ui.emptyHintLabel.setText(self._empty_hint())
            self.ui.pages.setCurrentIndex(EMPTY_PAGE)
        else:
            self.ui.pages.setCurrentIndex(DESK_PAGE)
            self._refresh_pages(keep_unsaved=False)
            # The projects page has just read every project: the counts come from them.
            self._counts = queries.counts(self._db, edition.id, self.model.rows())
        self._update_title()
        self._update_status()

    def _refresh_pages(self, keep_unsaved: bool = True) -> None:
        """Re-read the page shown, and the projects (the status bar counts them).

        A page holding unsaved edits stays as it is (and stale) unless the change is
        its own saving: a change made elsewhere never erases what is being typed."""
        for key in dict.fromkeys(("projects", self.current_page())):
            page = self.page(key)
            if key in self._stale and not (keep_unsaved and page.has_unsaved()):
                self._stale.discard(key)
                page.load()

    def _data_changed(self, kind: str) -> None:
        """After a committed step: an edition's own data, or the list of editions."""
        self.watch.resync()  # what is read now includes every change until here
        if kind == "editions" or kind == "edition":
            self.reload()
            return
        edition = self.current_edition()
        self._counts = queries.counts(self._db, edition.id) if edition else None
        self._stale = set(self.pages)
        self._refresh_pages(keep_unsaved=kind == "elsewhere")
        self._update_status()

    def _changed_elsewhere(self) -> None:
        """Another window or process committed something: show it (a new or removed
        edition reloads the list; otherwise the pages read again)."""
        years = [edition.year for edition in queries.editions(self._db)]
        self._data_changed("editions" if years != [e.year for e in self._editions]
                           else "elsewhere")

    def _database_lost(self, message: str) -> None:
        """The file under the desk is gone: say so now and keep saying it."""
        self.lost_label.setToolTip(message)
        self.lost_label.show()
        self._retranslate_lost()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The database is gone"),
                          message, QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _retranslate_lost(self) -> None:
        self.lost_label.setText(self.tr("Nothing can be saved: the database file was "
                                        "replaced or removed by another program"))

    def _update_title(self) -> None:
        """The edition's name; Qt appends the application's ("… — Yansenne")."""
        edition = self.current_edition()
        lang = i18n.current_language()
        self.setWindowTitle(pick(edition, "name", lang) if edition else "Yansenne")

    def _edition_text(self, edition: EditionRow) -> str:
        return f"{edition.year} — {pick(edition, 'name', i18n.current_language())}"

    # -- reactions -----------------------------------------------------------------
    def _edition_chosen(self, _index: int) -> None:
        edition = self.current_edition()
        if edition is not None:
            preferences().setValue(EDITION_KEY, edition.year)
        self._load_edition()

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(registry.PAGES):
            self.ui.deskStack.setCurrentWidget(self.page(registry.PAGES[row].key))
        if self.current_edition() is not None:
            self._refresh_pages()

    def _focus_search(self) -> None:
        if not self.page(self.current_page()).focus_search():
            self.show_page("projects")
            self.projects_page.focus_search()

    def _delete(self) -> None:
        if self.current_edition() is not None:
            self.page(self.current_page()).delete_selected()

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The change was refused"), message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_actions"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Texts made in code, and data shown in the interface language."""
        lang = i18n.current_language()
        self.language_actions[lang].setChecked(True)
        self.edition_label.setText(self.tr("Editio&n:"))
        self.edition_combo.setAccessibleDescription(
            self.tr("The edition every page shows and edits"))
        self.ui.toolBar.setWindowTitle(self.tr("Main toolbar"))
        self._retranslate_jury_actions()
        self._retranslate_lost()
        for i, edition in enumerate(self._editions):
            self.edition_combo.setItemText(i, self._edition_text(edition))
        for row, entry in enumerate(registry.PAGES):
            self.ui.sidebar.item(row).setText(registry.title(entry))
            self.page_actions[row].setText(registry.title(entry))
        self._fit_sidebar()
        if self._editions_read and self.current_edition() is None:
            self.ui.emptyHintLabel.setText(self._empty_hint())
        self._update_title()
        self._update_status()
        if self.current_edition() is not None:  # the pages' data in the new language
            self._stale = set(self.pages)
            self._refresh_pages()

    def _fit_sidebar(self) -> None:
        """As wide as the longest page title, within bounds."""
        sidebar = self.ui.sidebar
        metrics = sidebar.fontMetrics()
        widest = max((metrics.horizontalAdvance(sidebar.item(row).text())
                      for row in range(sidebar.count())), default=0)
        sidebar.setFixedWidth(max(SIDEBAR_MIN, min(SIDEBAR_MAX, widest + SIDEBAR_PADDING)))

    def _style_sidebar(self) -> None:
        """Pages as roomy, clickable rows (the style sheet of the application has none)."""
        self.ui.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.ui.sidebar.setSpacing(2)

    def _empty_hint(self) -> str:
        """What to do in a database without an edition (worked out when shown: finding
        the default database's folder costs ~6 ms of the desk's first paint)."""
        from html import escape

        command = escape(demo_command(self._db))
        return (
            "<p>{}</p>"
            '<p style="margin: 10px;"><code style="background-color: #e4e8ee;">'
            "&nbsp;{}&nbsp;</code></p><p>{}</p><p>{}</p>"
        ).format(
            self.tr("To try Yansenne with the demo edition, run this command in a terminal, "
                    "then choose <b>Reload</b>:"),
            command,
            self.tr("To work on another database, choose <b>File ▸ Open database…</b>"),
            self.tr("To prepare a new edition here, choose <b>New edition…</b>"),
        )

    # -- dropping the call's spreadsheet -------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.current_edition() is not None and _dropped_file(event) is not None:
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_file(event)
        if path is None or self.current_edition() is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_call(path)

    def _update_status(self) -> None:
        where = str(self._db.path) if self._db.path else self._db.engine.url.render_as_string()
        self.database_label.setText(self.tr("Database: {where}").format(where=where))
        self.database_label.setToolTip(where)
        counts = self._counts
        if counts is None:
            self.counts_label.setText(self.tr("No edition"))
            return
        projects = self.tr("%n project(s)", "", counts.projects)
        shown = self.proxy.rowCount()
        if shown != counts.projects:
            projects = self.tr("%n of {total} projects shown", "", shown).format(
                total=format_count(counts.projects))
        parts = [projects, self.tr("%n juror(s)", "", counts.jurors)]
        if counts.scores is not None:  # (counted just after the first paint)
            parts.append(self.tr("%n score(s)", "", counts.scores))
        self.counts_label.setText("  ·  ".join(parts))

    # -- window state --------------------------------------------------------------
    def _restore_state(self) -> None:
        state = window_state()
        geometry = state.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_run_geometry()
        for key, target in (("main/state", self.restoreState),
                            ("main/splitter", self.ui.splitter.restoreState)):
            value = state.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                target(value)
            elif key == "main/splitter":  # first run: the detail its share, once on screen
                FirstShare(self.ui.splitter, 1 - DETAIL_SHARE)
        self.ui.actionShowToolbar.setChecked(not self.ui.toolBar.isHidden())
        show_detail = state.value("main/detail", True, type=bool)
        self.ui.actionShowDetail.setChecked(bool(show_detail))
        self.ui.detailPane.setVisible(bool(show_detail))
        self.show_page(str(state.value("main/page", registry.START_PAGE)))

    def _first_run_geometry(self) -> None:
        fit_to_screen(self, MAX_WIDTH, MAX_HEIGHT)

    def save_state(self) -> None:
        state = window_state()
        state.setValue("main/geometry", self.saveGeometry())
        state.setValue("main/state", self.saveState())
        state.setValue("main/splitter", self.ui.splitter.saveState())
        state.setValue("main/detail", self.ui.actionShowDetail.isChecked())
        state.setValue("main/page", self.current_page())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)


def demo_command(db: Database) -> str:
    """The command that loads the demo edition into this very database."""
    if db.path is not None and db.path == _default_database():
        return "yansenne demo"
    target = str(db.path) if db.path else db.engine.url.render_as_string()
    quoted = f'"{target}"' if any(c.isspace() for c in target) else target
    return f"yansenne --db {quoted} demo"


def _default_database() -> Path:
    """The command line's default database, without creating its folder."""
    return Path(default_database(create=False)).expanduser().resolve()


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one spreadsheet dragged onto the window, if it is one."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in DROPPED else None


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
