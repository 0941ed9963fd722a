"""Small widgets of the Stages page: the eligibility editor and the Allocate dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class EligibleDelegate(QStyledItemDelegate):
    """Edits a screening decision with a list: undecided, yes, no."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Eligible"))
        for text, value in ((self.tr("undecided"), None), (self.tr("yes"), True),
                            (self.tr("no"), False)):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AllocateDialog(QDialog):
    """Readers per project and the solver's seed; warns when marks would be cleared."""

    def __init__(self, parent: QWidget | None, stage: str, per_project: int, seed: int,
                 marks: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Allocate the readers of {stage}").format(stage=stage))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each project of the stage gets this many readers from its "
                               "category's panel, never a juror in conflict with it; the "
                               "loads are balanced within each panel. The same seed gives "
                               "the same allocation."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.per_project = QSpinBox(self)
        self.per_project.setRange(1, 20)
        self.per_project.setValue(per_project)
        self.per_project.setAccessibleName(self.tr("Readers per project"))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.seed.setValue(seed)
        self.seed.setAccessibleName(self.tr("Seed"))
        form.addRow(self.tr("&Readers per project:"), self.per_project)
        form.addRow(self.tr("S&eed:"), self.seed)
        layout.addLayout(form)
        if marks:
            warning = QLabel(self.tr("The stage already holds %n mark(s): the marks of pairs "
                                     "no longer allocated will be cleared (undo puts them "
                                     "back).", "", marks), self)
            warning.setWordWrap(True)
            layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Allocate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.per_project.setFocus()

    def values(self) -> dict[str, Any]:
        return {"per_project": self.per_project.value(), "seed": self.seed.value()}
