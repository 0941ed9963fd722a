"""The projects page: the candidate registry, its search and filters, and its editors.

The table fits every column into the view (the title takes what is left, the
other text columns give way when it is narrow); the detail pane follows the
selection. New, Edit, Delete, History and Import act on the registry through the
undo stack, so each one is committed at once and can be undone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from yansenne import reference
from yansenne.domain import queries
from yansenne.domain.queries import CategoryRow, ProjectRow
from yansenne.errors import YansenneError
from yansenne.i18n import pick
from yansenne.ui import i18n, labels
from yansenne.ui.forms.ui_projects_page import Ui_ProjectsPage
from yansenne.ui.models.projects_model import RECORD_ROLE, Column, ProjectsFilter, ProjectsModel
from yansenne.ui.pages.base import DeskPage
from yansenne.ui.tasks import run_task
from yansenne.ui.undo import step

# The registry's functions, the project dialog and the history load when first used:
# the domain's editing modules pull the scoring (numpy) in, which the first paint of the
# projects table does not need.
if TYPE_CHECKING:
    from yansenne.exchange.call_import import CallFile

# Widest a column grows when fitted to its contents; the user can still drag it wider.
SHRINKABLE = (Column.CATEGORY, Column.ORGANISATION, Column.LEAD_ACTOR, Column.MUNICIPALITY,
              Column.POLICE_ZONE)
MIN_TEXT_WIDTH, MIN_TITLE_WIDTH = 80, 160
HEADER_PADDING = 18  # the section's padding and border in resources/style.qss, and a little air
FILTER_CHARS = 16  # the filters' width, in characters (long names elide)


MEASURED_ROWS = 100
# Up to this many projects their marks are counted with them; above, while the desk is
# not yet painted, just after its first paint (`count_later`): on edition L, counting
# 320,000 marks was 20 ms of a 0.28 s start.
COUNTED_AT_ONCE = 300


class ProjectsPage(DeskPage):
    """`shownChanged` follows every change of the rows shown (for the status bar),
    `counted` the marks counted after the rows (see `count_later`)."""

    shownChanged = Signal()
    counted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectsPage()
        self.ui.setupUi(self)
        self.model = ProjectsModel(self)
        self.proxy = ProjectsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._categories: list[CategoryRow] = []
        self.count_later = False
        """A large edition's marks are counted by `count_scores`, not by `load` (the
        window sets it until its first paint)."""
        self._uncounted: int | None = None  # the edition whose marks are not counted
        self._setup_table()
        for combo in (self.ui.categoryFilter, self.ui.actorFilter):
            combo.setSizeAdjustPolicy(
                combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(FILTER_CHARS)
        self.ui.filterLayout.setStretch(0, 3)
        self._fill_filters()

    # -- construction --------------------------------------------------------------
    def _setup_table(self) -> None:
        view = self.ui.projectsView
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(Column.CODE, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(True)
        # Natural widths from a sample of rows, not all of them: measuring 1,000 projects
        # held the first paint back by 0.6 s; long cells elide with a tooltip anyway.
        header.setResizeContentsPrecision(MEASURED_ROWS)
        self.natural: dict[Column, int] = {}
        self._fitting = self._user_sized = False
        header.sectionResized.connect(self._column_resized)
        view.viewport().installEventFilter(self)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

    def bind(self, desk) -> None:  # type: ignore[no-untyped-def]
        super().bind(desk)
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._search)
        ui.categoryFilter.currentIndexChanged.connect(self._filter)
        ui.actorFilter.currentIndexChanged.connect(self._filter)
        ui.projectsView.selectionModel().currentRowChanged.connect(self._sync_detail)
        ui.projectsView.doubleClicked.connect(lambda _index: self.edit_project())
        self.proxy.modelReset.connect(self._sync_detail)
        self.proxy.layoutChanged.connect(self._sync_detail)
        ui.newButton.clicked.connect(self.new_project)
        ui.editButton.clicked.connect(self.edit_project)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.historyButton.clicked.connect(self.show_history)
        ui.importButton.clicked.connect(lambda: self.import_call())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), ui.projectsView)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_project)
        self._sync_buttons()

    # -- reading -------------------------------------------------------------------
    def load(self) -> None:
        desk = self.desk
        edition = desk.edition if desk else None
        previous = self.selected_project()
        if edition is None or desk is None:
            self.model.set_rows([])
            self._uncounted = None
            self._categories = []
            self._fill_filters()
            self.shownChanged.emit()
            return
        db = desk.database
        # The table's columns for every project; a whole row only when one is asked for.
        counted = not self.count_later
        lines = queries.project_lines(db, edition.id, counted=counted)
        self.model.set_lines(lines, lambda ids: queries.project_rows(db, ids))
        self._uncounted = None if counted else edition.id
        if not counted and len(lines) <= COUNTED_AT_ONCE:
            self.count_scores()
        self._categories = queries.categories(db, edition.id)
        self._fill_filters()
        self.measure_columns()
        if not (previous and self.select_project(previous.code)) and self.proxy.rowCount():
            self.select_project(str(self.proxy.index(0, Column.CODE).data()))
        self._sync_detail()
        self.shownChanged.emit()

    def count_scores(self) -> None:
        """Count the marks of the projects shown, if `load` left them uncounted."""
        edition_id, self._uncounted = self._uncounted, None
        desk = self.desk
        edition = desk.edition if desk else None
        if edition_id is None or desk is None or edition is None or edition.id != edition_id:
            return
        try:
            counts = queries.score_counts(desk.database, edition_id)
        except Exception:  # noqa: BLE001 -- the file gone or the server away since the rows
            return  # were read (the watch says so): counted at the next load
        self.model.set_counts(counts)
        self.counted.emit()

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
                self.ui.projectsView.scrollTo(index)
                return True
        return False

    def _fill_filters(self) -> None:
        """Every category and lead actor, in the interface language; the choice is kept."""
        lang = i18n.current_language()
        # The reference's actor types (the store's ACTORS are these codes, in this order;
        # importing the store's models for them would hold the first paint back).
        actor_codes = [actor.code for actor in reference.actors()]
        for combo, everything, items in (
            (self.ui.categoryFilter, self.tr("Every category"),
             [(c.code, pick(c, "name", lang)) for c in self._categories]),
            (self.ui.actorFilter, self.tr("Every lead actor"),
             [(a, labels.actor_name(a, lang)) for a in actor_codes]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for code, text in items:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._filter()

    # -- the table's columns -------------------------------------------------------
    def measure_columns(self) -> None:
        """Remember each column's natural width (its contents) and fit them anew."""
        self.natural = self._natural_widths()
        self._user_sized = False
        self._fit_columns()

    def _natural_widths(self) -> dict[Column, int]:
        """Each column's width as `resizeColumnsToContents` would make it, from the
        first MEASURED_ROWS rows: the texts measured here, and only the widest cell of
        each column asked of the view (Qt asked the model for ~8 roles of every sampled
        cell, most of the projects table's share of the first paint)."""
        view, model, proxy = self.ui.projectsView, self.model, self.proxy
        header, metrics = view.horizontalHeader(), view.fontMetrics()
        every = model.rows()
        lines = [every[proxy.mapToSource(proxy.index(row, 0)).row()]
                 for row in range(min(MEASURED_ROWS, proxy.rowCount()))]
        grid = 1 if view.showGrid() else 0
        widths: dict[Column, int] = {}
        for column in Column:
            contents = 0
            if lines:
                texts = [model.display(line, column) for line in lines]
                advance = {text: metrics.horizontalAdvance(text) for text in set(texts)}
                widest = max(range(len(lines)), key=lambda row: advance[texts[row]])
                contents = view.sizeHintForIndex(proxy.index(widest, column)).width() + grid
            shown = 0 if header.isHidden() else header.sectionSizeHint(column)
            widths[column] = max(contents, shown)
        return widths

    def _fit_columns(self) -> None:
        """Every column visible at once: when the natural widths overflow the view, the
        text columns give up width in proportion to their length (their cells elide,
        the tooltip keeps the whole text); when there is room left, the title takes it.
        Once the user drags a column, their widths are left alone until the next load."""
        if self._user_sized or not self.natural:
            return
        available = self.ui.projectsView.viewport().width()
        widths = fit_widths(self.natural, available, self._header_widths())
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

    # -- reactions -----------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._sync_detail()
        self.shownChanged.emit()

    def _filter(self, *_args: int) -> None:
        self.proxy.set_category(self.ui.categoryFilter.currentData())
        self.proxy.set_actor(self.ui.actorFilter.currentData())
        self._sync_detail()
        self.shownChanged.emit()

    def focus_search(self) -> bool:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()
        return True

    def _sync_detail(self, *_args: QModelIndex) -> None:
        self.ui.detailPane.show_project(self.selected_project())
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        editable = self.desk is not None and self.desk.edition is not None
        selected = editable and self.selected_project() is not None
        self.ui.newButton.setEnabled(editable and bool(self._categories))
        self.ui.importButton.setEnabled(editable and bool(self._categories))
        for button in (self.ui.editButton, self.ui.deleteButton, self.ui.historyButton):
            button.setEnabled(selected)

    # -- editing -------------------------------------------------------------------
    def _codes(self, exclude: str | None = None) -> list[str]:
        return [row.code for row in self.model.rows() if row.code != exclude]

    def new_project(self) -> None:
        desk = self.desk
        if desk is None or desk.year is None or not self._categories:
            return
        from yansenne.domain import projects
        from yansenne.ui.pages.project_dialog import ProjectDialog

        dialog = ProjectDialog(self, categories=self._categories, taken_codes=self._codes())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record, year, actor = dialog.record(), desk.year, desk.actor
        code = record["code"]
        step_name = step("ProjectsPage", QT_TRANSLATE_NOOP("ProjectsPage", "Add project {code}"),
                         code=code)
        if desk.perform(
            step_name, "projects",
            lambda s: projects.add_project(s, year, record, actor=actor),
            lambda s, _result: projects.delete_project(s, year, code, actor=actor),
        ):
            self.select_project(code)

    def edit_project(self) -> None:
        desk, row = self.desk, self.selected_project()
        if desk is None or desk.year is None or row is None:
            return
        from yansenne.domain import projects
        from yansenne.ui.pages.project_dialog import ProjectDialog

        original = project_record(row)
        dialog = ProjectDialog(self, categories=self._categories,
                               taken_codes=self._codes(exclude=row.code), record=original)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record = dialog.record()
        changes = {k: v for k, v in record.items() if original.get(k) != v}
        if not changes:
            return
        year, actor, old, new = desk.year, desk.actor, row.code, record["code"]
        step_name = step("ProjectsPage", QT_TRANSLATE_NOOP("ProjectsPage", "Edit project {code}"),
                         code=new)
        if desk.perform(
            step_name, "projects",
            lambda s: projects.update_project(s, year, old, changes, actor=actor),
            lambda s, before: projects.update_project(s, year, new, before, actor=actor),
        ):
            self.select_project(new)

    def delete_selected(self) -> bool:
        desk, row = self.desk, self.selected_project()
        if desk is None or desk.year is None or row is None:
            return False
        text = self.tr("Delete project {code}, “{title}”?").format(
            code=row.code, title=pick(row, "title", i18n.current_language()))
        if row.n_scores:
            text += "\n\n" + self.tr("Its %n score(s) will be cleared with it (undo puts them "
                                     "back).", "", row.n_scores)
        if not self.confirm(self.tr("Delete a project"), text):
            return True
        from yansenne.domain import projects

        year, actor, code = desk.year, desk.actor, row.code
        step_name = step("ProjectsPage", QT_TRANSLATE_NOOP("ProjectsPage", "Delete project {code}"),
                         code=code)
        desk.perform(step_name, "projects",
                     lambda s: projects.delete_project(s, year, code, actor=actor),
                     lambda s, removed: projects.restore_project(s, year, removed, actor=actor))
        return True

    def show_history(self) -> None:
        desk, row = self.desk, self.selected_project()
        if desk is None or desk.year is None or row is None:
            return
        from yansenne.domain.history import project_history
        from yansenne.ui.pages.history_dialog import HistoryDialog

        with desk.database.read() as session:
            entries = project_history(session, desk.year, row.code)
        HistoryDialog(self, row.code, pick(row, "title", i18n.current_language()),
                      entries).exec()

    def import_call(self, path: Path | None = None) -> None:
        """Read the call's spreadsheet (off the UI thread), then show its preview."""
        # The spreadsheet readers (openpyxl) load on the first import, not at start-up.
        from yansenne.exchange.call_import import read_call_file
        from yansenne.ui import file_dialogs
        from yansenne.ui.pages.call_import_dialog import FILE_FILTER

        desk = self.desk
        if desk is None or desk.year is None:
            return
        if path is None:
            chosen = file_dialogs.open_file(
                self, self.tr("Import the call's spreadsheet"), "",
                self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER))
            if not chosen:
                return
            path = Path(chosen)
        run_task(self, lambda _progress: read_call_file(path),
                 title=self.tr("Reading {file}…").format(file=path.name),
                 on_success=self._preview, on_failure=self._unreadable)

    def _preview(self, call: CallFile) -> None:
        from yansenne.ui.pages.call_import_dialog import CallImportDialog

        assert self.desk is not None
        dialog = CallImportDialog(self, self.desk, call)
        dialog.exec()

    def _unreadable(self, error: BaseException, _trace: str) -> None:
        message = str(error) if isinstance(error, YansenneError) else repr(error)
        QMessageBox.warning(self, self.tr("The file cannot be imported"), message)

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.ui.retranslateUi(self)
            self.model.set_language(i18n.current_language())
            self._fill_filters()
            if self.model.rowCount():
                self.measure_columns()
        super().changeEvent(event)


def project_record(row: ProjectRow) -> dict[str, object]:
    """A project row as the registry's functions take it."""
    from yansenne.domain import projects

    return projects.normal_project({
        "code": row.code, "category": row.category_code, "title_fr": row.title_fr,
        "title_nl": row.title_nl, "title_en": row.title_en, "organisation": row.organisation,
        "lead_actor": row.lead_actor, "partner_actors": list(row.partner_actors),
        "municipality": row.municipality, "summary_fr": row.summary_fr,
        "summary_nl": row.summary_nl, "summary_en": row.summary_en,
        "contact_name": row.contact_name, "contact_email": row.contact_email,
        "budget_eur": row.budget_eur, "language": row.language})


def fit_widths(natural: dict[Column, int], available: int,
               headers: dict[Column, int] | None = None) -> dict[Column, int]:
    """Column widths that fill `available` pixels (see ProjectsPage._fit_columns).

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
