"""The Deliberation page's consensus texts (editions with stages, issue 18).

Every project that reached the last stage is listed with the state of its texts
(missing, consensus, majority and minority, incomplete); the editor below writes the
current project's texts: one consensus text, or a majority and a minority text, each in
French and Dutch. "Save the texts" asks the page (`save_requested`) to write them, which
the page does as one undoable step; the panel then shows what the database holds. The
page hides the panel's tab for an edition without stages and read-only once the deliberation is
locked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yansenne.domain import consensus as C
from yansenne.ui import i18n
from yansenne.ui.results.deliberation_models import title_in

MISSING_COLOUR = QColor("#fbe3e0")
DONE_COLOUR = QColor("#e3f1e3")
# What the editor writes: {kind: (fr, nl)}
Texts = dict[str, tuple[str, str]]
PROJECT, TITLE, STATE = range(3)


class ConsensusModel(QAbstractTableModel):
    """The finalists and the state of their texts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[C.ConsensusRow] = []

    def set_rows(self, rows: Sequence[C.ConsensusRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def state_words(self, state: str) -> str:
        return {C.MISSING: self.tr("missing"), C.COMPLETE_CONSENSUS: self.tr("consensus"),
                C.COMPLETE_SPLIT: self.tr("majority and minority"),
                C.INCOMPLETE: self.tr("incomplete")}.get(state, state)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Project"), self.tr("Title"), self.tr("Texts"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PROJECT:
                return row.project
            if column == TITLE:
                return title_in(dict(row.titles), i18n.current_language())
            return self.state_words(row.state)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return title_in(dict(row.titles), i18n.current_language())
        if role == Qt.ItemDataRole.BackgroundRole and column == STATE:
            return QBrush(DONE_COLOUR if row.complete else MISSING_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return row.project
        return None


class ConsensusPanel(QGroupBox):
    """The list of finalists and the editor of the current one's texts."""

    #: (project, {kind: (fr, nl)}): the texts the user asks to save.
    save_requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consensusBox")
        self.model = ConsensusModel(self)
        self.read_only = False
        self.busy = False
        self._loading = False
        self._project: str | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("consensusNote")
        layout.addWidget(self.note)
        self.view = QTableView(self)
        self.view.setObjectName("consensusView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setSectionResizeMode(
            TITLE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        form = QFormLayout()
        self.kindLabel = QLabel(self)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("consensusKindCombo")
        self.kindLabel.setBuddy(self.kindCombo)
        form.addRow(self.kindLabel, self.kindCombo)
        self.edits: dict[tuple[str, str], QPlainTextEdit] = {}
        self.labels: dict[tuple[str, str], QLabel] = {}
        for slot in ("first", "second"):
            for lang in ("fr", "nl"):
                edit = QPlainTextEdit(self)
                edit.setObjectName(f"consensus{slot.title()}{lang.title()}Edit")
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(3 * self.fontMetrics().height())
                label = QLabel(self)
                label.setBuddy(edit)
                form.addRow(label, edit)
                self.edits[slot, lang], self.labels[slot, lang] = edit, label
                edit.textChanged.connect(self._edited)
        layout.addLayout(form, 3)
        buttons = QHBoxLayout()
        self.problemLabel = QLabel(self)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setObjectName("consensusProblem")
        buttons.addWidget(self.problemLabel, 1)
        self.revertButton = QPushButton(self)
        self.revertButton.setObjectName("consensusRevertButton")
        self.saveButton = QPushButton(self)
        self.saveButton.setObjectName("consensusSaveButton")
        buttons.addWidget(self.revertButton)
        buttons.addWidget(self.saveButton)
        layout.addLayout(buttons)
        self.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        self.saveButton.clicked.connect(self.save)
        self.revertButton.clicked.connect(self.revert)
        self.retranslate()

    # -- contents --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[C.ConsensusRow], *, read_only: bool) -> None:
        """Show `rows` (the database's texts); the current project stays current, and
        texts being typed survive unless the project's stored texts are what was typed."""
        keep = self._project if self.is_dirty() and not read_only else None
        typed = self.texts() if keep else None
        current = self._project
        self.read_only = read_only
        self.model.set_rows(rows)
        codes = [r.project for r in rows]
        row = codes.index(current) if current in codes else 0
        if rows:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.view.resizeColumnToContents(PROJECT)
        self.view.resizeColumnToContents(STATE)
        self._chosen(force=True)
        if keep is not None and keep == self._project and typed is not None:
            self._fill(typed)
        self.refresh()

    def current(self) -> C.ConsensusRow | None:
        return next((r for r in self.model.rows if r.project == self._project), None)

    def select(self, project: str) -> None:
        codes = [r.project for r in self.model.rows]
        if project in codes:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(codes.index(project), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def kind(self) -> str:
        return str(self.kindCombo.currentData() or C.CONSENSUS)

    def set_kind(self, kind: str) -> None:
        self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(
            C.CONSENSUS if kind == C.CONSENSUS else C.MAJORITY)))

    def edit(self, kind: str, lang: str) -> QPlainTextEdit:
        """The box of `kind`'s text in `lang` (majority: the first pair, minority the
        second)."""
        return self.edits["second" if kind == C.MINORITY else "first", lang]

    def texts(self) -> Texts:
        """What the editor holds, as the domain writes it."""
        def pair(slot: str) -> tuple[str, str]:
            return (self.edits[slot, "fr"].toPlainText().strip(),
                    self.edits[slot, "nl"].toPlainText().strip())

        if self.kind() == C.CONSENSUS:
            return {C.CONSENSUS: pair("first")}
        return {C.MAJORITY: pair("first"), C.MINORITY: pair("second")}

    def stored_texts(self) -> Texts:
        row = self.current()
        if row is None:
            return {}
        if row.kind == C.CONSENSUS or row.kind is None:
            consensus = row.text(C.CONSENSUS)
            return {C.CONSENSUS: (consensus.fr, consensus.nl)}
        return {k: (row.text(k).fr, row.text(k).nl) for k in C.SPLIT}

    def is_dirty(self) -> bool:
        row = self.current()
        if row is None:
            return False
        written = {k: v for k, v in self.texts().items() if any(v)}
        stored = {k: v for k, v in self.stored_texts().items() if any(v)}
        return written != stored

    # -- editing ---------------------------------------------------------------------
    def _chosen(self, force: bool = False) -> None:
        index = self.view.currentIndex()
        project = self.model.rows[index.row()].project if index.isValid() \
            and index.row() < len(self.model.rows) else None
        if project == self._project and not force:
            return
        self._project = project
        self._fill(self.stored_texts())

    def _fill(self, texts: Texts) -> None:
        self._loading = True
        try:
            self.set_kind(C.CONSENSUS if C.CONSENSUS in texts else C.MAJORITY)
            first = texts.get(C.CONSENSUS) or texts.get(C.MAJORITY) or ("", "")
            second = texts.get(C.MINORITY) or ("", "")
            for slot, pair in (("first", first), ("second", second)):
                for lang, text in zip(("fr", "nl"), pair, strict=True):
                    if self.edits[slot, lang].toPlainText() != text:
                        self.edits[slot, lang].setPlainText(text)
        finally:
            self._loading = False
        self._show_kind()
        self.refresh()

    def _kind_changed(self, *_args: object) -> None:
        self._show_kind()
        if not self._loading:
            self.refresh()

    def _edited(self) -> None:
        if not self._loading:
            self.refresh()

    def _show_kind(self) -> None:
        split = self.kind() != C.CONSENSUS
        names = {("first", "fr"): self.tr("Majority text, &French:") if split
                 else self.tr("Consensus text, &French:"),
                 ("first", "nl"): self.tr("Majority text, &Dutch:") if split
                 else self.tr("Consensus text, &Dutch:"),
                 ("second", "fr"): self.tr("Minority text, F&rench:"),
                 ("second", "nl"): self.tr("Minority text, D&utch:")}
        for key, label in self.labels.items():
            label.setText(names[key])
            visible = key[0] == "first" or split
            label.setVisible(visible)
            self.edits[key].setVisible(visible)

    def refresh(self) -> None:
        has_row = self.current() is not None
        editable = has_row and not self.read_only and not self.busy
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        self.kindCombo.setEnabled(editable)
        dirty = self.is_dirty()
        self.saveButton.setEnabled(editable and dirty)
        self.revertButton.setEnabled(editable and dirty)
        self.problemLabel.setText(self._problem() if has_row else "")

    def _problem(self) -> str:
        """What the current project still lacks for the lock (as typed)."""
        if self.read_only:
            return self.tr("Locked: the texts can no longer change.")
        texts = self.texts()
        lacking = [kind for kind, (fr, nl) in texts.items() if not (fr and nl)]
        if not lacking:
            return ""
        if self.kind() == C.CONSENSUS:
            return self.tr("The lock needs the consensus text in French and Dutch.")
        return self.tr("The lock needs the majority and the minority texts in French and "
                       "Dutch.")

    def save(self) -> None:
        if self._project is None or not self.saveButton.isEnabled():
            return
        self.save_requested.emit(self._project, self.texts())

    def revert(self) -> None:
        self._fill(self.stored_texts())

    # -- language ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "saveButton"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Consensus texts of the last stage"))
        self.note.setText(self.tr(
            "Each project that reached the last stage needs a consensus text (the "
            "rapporteur's), or a majority and a minority text, in French and Dutch, before "
            "the lock. The dossier and the minutes print them."))
        self.kindLabel.setText(self.tr("&Kind:"))
        self._loading = True
        try:
            kind = self.kind()
            self.kindCombo.clear()
            self.kindCombo.addItem(self.tr("Consensus"), C.CONSENSUS)
            self.kindCombo.addItem(self.tr("Majority and minority"), C.MAJORITY)
            self.set_kind(kind)
        finally:
            self._loading = False
        self.saveButton.setText(self.tr("Save the texts"))
        self.revertButton.setText(self.tr("Revert"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._show_kind()
        self.refresh()
