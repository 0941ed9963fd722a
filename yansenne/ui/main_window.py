"""The main window: the edition switcher, the projects table and the detail pane."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QWidget,
)

from yansenne.errors import YansenneError
from yansenne.i18n import pick
from yansenne.paths import default_database
from yansenne.store.database import Database, open_database
from yansenne.ui import i18n, queries
from yansenne.ui.about_dialog import AboutDialog
from yansenne.ui.forms.ui_main_window import Ui_MainWindow
from yansenne.ui.models.projects_model import RECORD_ROLE, Column, ProjectsFilter, ProjectsModel
from yansenne.ui.queries import EditionCounts, EditionRow, ProjectRow
from yansenne.ui.settings import EDITION_KEY, preferences, window_state

EMPTY_PAGE, PROJECTS_PAGE = 0, 1
# Widest a column grows when fitted to its contents; the user can still drag it wider.
SHRINKABLE = (Column.CATEGORY, Column.ORGANISATION, Column.LEAD_ACTOR, Column.MUNICIPALITY,
              Column.POLICE_ZONE)
MIN_TEXT_WIDTH, MIN_TITLE_WIDTH = 80, 160
HEADER_PADDING = 18  # the section's padding and border in resources/style.qss, and a little air
# First run: most of the screen, up to a comfortable desk size; the detail pane's share.
SCREEN_SHARE, MAX_WIDTH, MAX_HEIGHT, DETAIL_SHARE = 0.92, 1600, 1000, 0.3
DATABASE_FILTER = "*.sqlite *.sqlite3 *.db"


class MainWindow(QMainWindow):
    """Composes the Designer form; reads the store in short sessions on each load."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._db = db
        self._editions: list[EditionRow] = []
        self._counts: EditionCounts | None = None
        self.model = ProjectsModel(self)
        self.proxy = ProjectsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._setup_table()
        self._setup_toolbar()
        self._setup_status_bar()
        self._setup_languages()
        self._connect()
        self._retranslate()
        self._restore_state()
        self.reload()

    # -- construction --------------------------------------------------------------
    def _setup_table(self) -> None:
        view = self.ui.projectsView
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(Column.CODE, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(True)
        self._natural: dict[Column, int] = {}
        self._fitting = self._user_sized = False
        header.sectionResized.connect(self._column_resized)
        view.viewport().installEventFilter(self)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

    def _setup_toolbar(self) -> None:
        self.edition_label = QLabel(self)
        self.edition_combo = QComboBox(self)
        self.edition_combo.setObjectName("editionCombo")
        self.edition_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edition_label.setBuddy(self.edition_combo)
        first = self.ui.actionOpenDatabase
        self.ui.toolBar.insertWidget(first, self.edition_label)
        self.ui.toolBar.insertWidget(first, self.edition_combo)
        self.ui.toolBar.insertSeparator(first)
        style = self.style()
        self.ui.actionOpenDatabase.setIcon(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.ui.actionReload.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))

    def _setup_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.database_label = QLabel(self)
        self.ui.statusbar.addWidget(self.counts_label, 1)
        self.ui.statusbar.addPermanentWidget(self.database_label)

    def _setup_languages(self) -> None:
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {
            "fr": self.ui.actionFrench, "nl": self.ui.actionDutch, "en": self.ui.actionEnglish,
        }
        for lang, action in self.language_actions.items():
            action.setData(lang)
            self.language_group.addAction(action)

    def _connect(self) -> None:
        self.ui.actionOpenDatabase.triggered.connect(self.choose_database)
        self.ui.actionReload.triggered.connect(self.reload)
        self.ui.actionFind.triggered.connect(self._focus_search)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.language_group.triggered.connect(self._language_chosen)
        self.edition_combo.currentIndexChanged.connect(self._edition_chosen)
        self.ui.searchEdit.textChanged.connect(self._search)
        self.ui.projectsView.selectionModel().currentRowChanged.connect(self._sync_detail)
        self.proxy.modelReset.connect(self._sync_detail)
        self.proxy.layoutChanged.connect(self._sync_detail)

    # -- public API ----------------------------------------------------------------
    @property
    def database(self) -> Database:
        return self._db

    def current_edition(self) -> EditionRow | None:
        index = self.edition_combo.currentIndex()
        return self._editions[index] if 0 <= index < len(self._editions) else None

    def selected_project(self) -> ProjectRow | None:
        index = self.ui.projectsView.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def select_project(self, code: str) -> bool:
        """Make the project with `code` current (as a click would); False if not shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, Column.CODE)
            if index.data() == code:
                self.ui.projectsView.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def reload(self) -> None:
        """Read the editions again and show the current (or remembered) one."""
        current = self.current_edition()
        wanted = current.year if current else _int(preferences().value(EDITION_KEY))
        self._editions = queries.editions(self._db)
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
        path, _ = QFileDialog.getOpenFileName(
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
        old, self._db = self._db, db
        old.close()
        self.reload()
        self._update_status()
        return True

    def show_about(self) -> None:
        AboutDialog(self).exec()

    # -- loading -------------------------------------------------------------------
    def _load_edition(self) -> None:
        edition = self.current_edition()
        previous = self.selected_project()
        if edition is None:
            self.model.set_rows([])
            self._counts = None
            self.ui.pages.setCurrentIndex(EMPTY_PAGE)
            self._update_title()
            self._update_status()
            return
        self.model.set_rows(queries.projects(self._db, edition.id))
        self._counts = queries.counts(self._db, edition.id)
        self.ui.pages.setCurrentIndex(PROJECTS_PAGE)
        self._measure_columns()
        if not (previous and self.select_project(previous.code)) and self.proxy.rowCount():
            self.select_project(str(self.proxy.index(0, Column.CODE).data()))
        self._sync_detail()
        self._update_title()
        self._update_status()

    def _measure_columns(self) -> None:
        """Remember each column's natural width (its contents) and fit them anew."""
        view = self.ui.projectsView
        self._fitting = True
        view.resizeColumnsToContents()
        self._fitting = False
        self._natural = {column: view.columnWidth(column) for column in Column}
        self._user_sized = False
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column visible at once: when the natural widths overflow the view, the
        text columns give up width in proportion to their length (their cells elide,
        the tooltip keeps the whole text); when there is room left, the title takes it.
        Once the user drags a column, their widths are left alone until the next load."""
        if self._user_sized or not self._natural:
            return
        available = self.ui.projectsView.viewport().width()
        widths = fit_widths(self._natural, available, self._header_widths())
        self._fitting = True
        for column, width in widths.items():
            self.ui.projectsView.setColumnWidth(column, width)
        self._fitting = False

    def _header_widths(self) -> dict[Column, int]:
        """The narrowest each column can be without eliding its title (the sorted one
        also keeps room for its arrow)."""
        header = self.ui.projectsView.horizontalHeader()
        font = QFont(header.font())
        font.setWeight(QFont.Weight.DemiBold)  # as in resources/style.qss
        metrics = QFontMetrics(font)
        titles = self.model.headers()
        widths = {c: metrics.horizontalAdvance(titles[c]) + HEADER_PADDING for c in Column}
        sorted_column = header.sortIndicatorSection()
        if sorted_column in widths:
            widths[Column(sorted_column)] = header.sectionSizeHint(sorted_column)
        return widths

    def _column_resized(self, *_args: int) -> None:
        if not self._fitting:
            self._user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.ui.projectsView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

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

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._sync_detail()
        self._update_status()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _sync_detail(self, *_args: QModelIndex) -> None:
        self.ui.detailPane.show_project(self.selected_project())

    def _language_chosen(self, action: QAction) -> None:
        lang = str(action.data())
        if lang != i18n.current_language():
            i18n.switch_language(lang)  # Qt then sends LanguageChange to every window
        i18n.save_language(lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_actions"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Texts made in code, and data shown in the interface language."""
        lang = i18n.current_language()
        self.language_actions[lang].setChecked(True)
        self.edition_label.setText(self.tr("&Edition:"))
        self.ui.toolBar.setWindowTitle(self.tr("Main toolbar"))
        for i, edition in enumerate(self._editions):
            self.edition_combo.setItemText(i, self._edition_text(edition))
        self.ui.emptyHintLabel.setText(self._empty_hint())
        self._update_title()
        self.model.set_language(lang)
        if self.ui.pages.currentIndex() == PROJECTS_PAGE:
            self._measure_columns()
        self._update_status()

    def _empty_hint(self) -> str:
        command = escape(demo_command(self._db))
        return (
            "<p>{}</p>"
            '<p style="margin: 10px;"><code style="background-color: #e4e8ee;">'
            "&nbsp;{}&nbsp;</code></p><p>{}</p>"
        ).format(
            self.tr("To try Yansenne with the demo edition, run this command in a terminal, "
                    "then choose <b>Reload</b>:"),
            command,
            self.tr("To work on another database, choose <b>File ▸ Open database…</b>"),
        )

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
                total=counts.projects)
        self.counts_label.setText("  ·  ".join([
            projects,
            self.tr("%n juror(s)", "", counts.jurors),
            self.tr("%n score(s)", "", counts.scores),
        ]))

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
            elif key == "main/splitter":
                detail = int(self.width() * DETAIL_SHARE)
                self.ui.splitter.setSizes([self.width() - detail, detail])
        self.ui.actionShowToolbar.setChecked(not self.ui.toolBar.isHidden())
        show_detail = state.value("main/detail", True, type=bool)
        self.ui.actionShowDetail.setChecked(bool(show_detail))

    def _first_run_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(MAX_WIDTH, int(screen.width() * SCREEN_SHARE)),
                    min(MAX_HEIGHT, int(screen.height() * SCREEN_SHARE)))
        frame = self.frameGeometry()
        frame.moveCenter(screen.center())
        self.move(frame.topLeft())

    def save_state(self) -> None:
        state = window_state()
        state.setValue("main/geometry", self.saveGeometry())
        state.setValue("main/state", self.saveState())
        state.setValue("main/splitter", self.ui.splitter.saveState())
        state.setValue("main/detail", self.ui.actionShowDetail.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)


def fit_widths(natural: dict[Column, int], available: int,
               headers: dict[Column, int] | None = None) -> dict[Column, int]:
    """Column widths that fill `available` pixels (see MainWindow._fit_columns).

    The title matters most to the jury: the other text columns give way first, and
    no column gets narrower than its header (`headers`: their widths).
    """
    headers = headers or {}
    widths = dict(natural)
    total = sum(widths.values())
    if total <= available:
        widths[Column.TITLE] += available - total
        return widths
    for columns, floor in ((SHRINKABLE, MIN_TEXT_WIDTH), ((Column.TITLE,), MIN_TITLE_WIDTH)):
        deficit = sum(widths.values()) - available
        slack = {c: max(0, widths[c] - max(floor, headers.get(c, 0))) for c in columns}
        room = sum(slack.values())
        if deficit <= 0 or room == 0:
            continue
        for column, spare in slack.items():
            widths[column] -= spare if room <= deficit else -(-spare * deficit // room)
    return widths


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


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
