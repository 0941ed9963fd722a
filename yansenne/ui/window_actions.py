"""The main window's actions built in code, beside those of its Designer form.

The toolbar's edition switcher and icons, Undo and Redo (made by the undo stack), the
Jury menu with what its actions do (juror mode and the spreadsheets open other windows
and run background work) and the exclusive group of the Language menu. They live here,
as a mixin of `MainWindow`, to keep `main_window.py` about the window itself: its pages,
loading and reactions. Texts keep the "MainWindow" translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMessageBox, QStyle, QWidget

from yansenne.errors import YansenneError
from yansenne.ui import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as _Window

    from yansenne.domain.queries import EditionRow
    from yansenne.store.database import Database
    from yansenne.ui.forms.ui_main_window import Ui_MainWindow
    from yansenne.ui.undo import UndoStack
else:
    _Window = object  # at run time a plain mixin: MainWindow brings QMainWindow

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")


class WindowActions(_Window):
    """Builds and retranslates the window's code-made actions; runs the Jury menu's."""

    # What the window provides.
    ui: Ui_MainWindow
    undo_stack: UndoStack
    _db: Database
    current_edition: Callable[[], EditionRow | None]
    _data_changed: Callable[[str], None]

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

    def _setup_edit_actions(self) -> None:
        """Undo and Redo (with the step's name), at the top of the Edit menu and in the
        toolbar."""
        stack = self.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("actionUndo")
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("actionRedo")
        style = self.style()
        self.undo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        first = self.ui.menuEdit.actions()[0]
        self.ui.menuEdit.insertActions(first, [self.undo_action, self.redo_action])
        self.ui.menuEdit.insertSeparator(first)
        self.ui.toolBar.addSeparator()
        self.ui.toolBar.addAction(self.undo_action)
        self.ui.toolBar.addAction(self.redo_action)
        self.ui.actionDelete.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _setup_jury_actions(self) -> None:
        """Juror mode and the spreadsheets, in a Jury menu and in File (built in code:
        they open other windows and run background work)."""
        self.menu_jury = QMenu(self)
        self.menu_jury.setObjectName("menuJury")
        self.ui.menubar.insertMenu(self.ui.menuLanguage.menuAction(), self.menu_jury)
        self.score_as_juror_action = QAction(self)
        self.score_as_juror_action.setShortcut(QKeySequence("Ctrl+J"))
        self.score_as_juror_action.triggered.connect(self.score_as_juror)
        self.export_scoresheets_action = QAction(self)
        self.export_scoresheets_action.triggered.connect(self._export_scoresheets)
        self.import_scoresheets_action = QAction(self)
        self.import_scoresheets_action.triggered.connect(self._import_scoresheets)
        self.menu_jury.addAction(self.score_as_juror_action)
        self.menu_jury.addSeparator()
        self.menu_jury.addActions([self.export_scoresheets_action,
                                   self.import_scoresheets_action])
        self.export_results_action = QAction(self)
        self.export_results_action.triggered.connect(self._export_results)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.export_results_action)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        self.juror_windows: list[QWidget] = []

    def _retranslate_jury_actions(self) -> None:
        self.menu_jury.setTitle(translate("MainWindow", "&Jury"))
        self.score_as_juror_action.setText(translate("MainWindow", "&Score as juror…"))
        self.export_scoresheets_action.setText(translate("MainWindow", "&Export scoresheets…"))
        self.import_scoresheets_action.setText(translate("MainWindow", "&Import scoresheets…"))
        self.export_results_action.setText(
            translate("MainWindow", "Export the &results workbook…"))

    def score_as_juror(self) -> None:
        """Open the scoring grid of a juror chosen by the secretariat (juror mode)."""
        from yansenne.ui.juror import choose_juror, open_juror_window

        edition = self.current_edition()
        if edition is None:
            return
        code = choose_juror(self, self._db, edition.year)
        if not code:
            return
        try:
            window = open_juror_window(self._db, edition.year, code, parent=self)
        except YansenneError as error:
            QMessageBox.warning(self, translate("MainWindow", "Score as juror"), str(error))
            return
        # Marks typed there change counts, progress and results shown here.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.juror_windows.append(window)
        window.destroyed.connect(lambda *_: self._juror_window_closed(window))

    def _juror_window_closed(self, window: QWidget) -> None:
        self.juror_windows = [w for w in self.juror_windows if w is not window]
        self._data_changed("scores")

    def _export_scoresheets(self) -> None:
        from yansenne.ui import spreadsheets

        if (edition := self.current_edition()) is not None:
            spreadsheets.export_scoresheets(self, self._db, edition.year)

    def _import_scoresheets(self) -> None:
        from yansenne.ui import spreadsheets

        if (edition := self.current_edition()) is not None:
            spreadsheets.import_scoresheets(self, self._db, edition.year,
                                            on_done=lambda *_: self._data_changed("scores"))

    def _export_results(self) -> None:
        from yansenne.ui import spreadsheets

        if (edition := self.current_edition()) is not None:
            spreadsheets.export_results(self, self._db, edition.year)

    def _setup_languages(self) -> None:
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {
            "fr": self.ui.actionFrench, "nl": self.ui.actionDutch, "en": self.ui.actionEnglish,
        }
        for lang, action in self.language_actions.items():
            action.setData(lang)
            self.language_group.addAction(action)

    def _language_chosen(self, action: QAction) -> None:
        lang = str(action.data())
        if lang != i18n.current_language():
            i18n.switch_language(lang)  # Qt then sends LanguageChange to every window
        i18n.save_language(lang)
