"""The two tables of the call import: the column mapping and the checked rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from yansenne.errors import Problem
from yansenne.exchange.call_import import TARGETS, CallFile, RowCheck
from yansenne.ui.models.projects_model import Index

COLUMN, EXAMPLES, TARGET = range(3)
REFUSED_BACKGROUND = QColor("#fbe9e7")
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def target_names() -> dict[str, str]:
    """The Projects columns as people call them, in the interface language."""
    return {
        "code": QCoreApplication.translate("MappingModel", "Code"),
        "category": QCoreApplication.translate("MappingModel", "Category"),
        "title_fr": QCoreApplication.translate("MappingModel", "Title (French)"),
        "title_nl": QCoreApplication.translate("MappingModel", "Title (Dutch)"),
        "title_en": QCoreApplication.translate("MappingModel", "Title (English)"),
        "organisation": QCoreApplication.translate("MappingModel", "Organisation"),
        "lead_actor": QCoreApplication.translate("MappingModel", "Lead actor"),
        "partner_actors": QCoreApplication.translate("MappingModel", "Partner actors"),
        "municipality": QCoreApplication.translate("MappingModel", "Municipality"),
        "summary_fr": QCoreApplication.translate("MappingModel", "Summary (French)"),
        "summary_nl": QCoreApplication.translate("MappingModel", "Summary (Dutch)"),
        "summary_en": QCoreApplication.translate("MappingModel", "Summary (English)"),
        "contact_name": QCoreApplication.translate("MappingModel", "Contact person"),
        "contact_email": QCoreApplication.translate("MappingModel", "Contact e-mail"),
        "budget_eur": QCoreApplication.translate("MappingModel", "Budget (€)"),
    }


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its letter and name, a few values, and the
    Projects column it fills (editable)."""

    mappingChanged = Signal()

    def __init__(self, call: CallFile, mapping: dict[str, str | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._columns = call.columns
        self._mapping = dict(mapping)

    def mapping(self) -> dict[str, str | None]:
        return dict(self._mapping)

    def target_text(self, target: str | None) -> str:
        if not target:
            return self.tr("(ignored)")
        return f"{target_names()[target]}  ·  {target}"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Column of the file"), self.tr("First values"),
                    self.tr("Fills the Projects column"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == TARGET else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.row()]
        target = self._mapping.get(column.name)
        if role == TARGET_ROLE or (role == Qt.ItemDataRole.EditRole and index.column() == TARGET):
            return target
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COLUMN:
                return str(column)
            if index.column() == EXAMPLES:
                return "  ·  ".join(self._call.sample(column.name))
            return self.target_text(target)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == TARGET and not target:
            return QColor("#7b818c")
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        target = value or None
        name = self._columns[index.row()].name
        if self._mapping.get(name) == target:
            return False
        self._mapping[name] = target
        self.dataChanged.emit(index, index)
        self.mappingChanged.emit()
        return True


class TargetDelegate(QStyledItemDelegate):
    """A drop-down of the Projects columns (and "ignored") to map a file column."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("targetCombo")
        model = index.model()
        source = model if isinstance(model, MappingModel) else None
        combo.addItem(source.target_text(None) if source else "", None)
        for target in TARGETS:
            combo.addItem(source.target_text(target) if source else target, target)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(TARGET_ROLE))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


ROW, CODE, TITLE, ACTION, PROBLEMS = range(5)


def located(problem: Problem) -> str:
    """A row's problem without the file and row the table already shows."""
    return str(Problem(problem.message, column=problem.column))


class RowChecksModel(QAbstractTableModel):
    """The file's rows as the import would take them, each with its problems."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowCheck] = []

    def set_rows(self, rows: list[RowCheck]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowCheck]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Code"), self.tr("Title"), self.tr("Import"),
                    self.tr("Problems"))[section]
        return None

    def action_text(self, action: str) -> str:
        return {"add": self.tr("new project"), "update": self.tr("update"),
                "refused": self.tr("refused")}[action]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.number), row.code, row.title, self.action_text(row.action),
                    "\n".join(located(p) for p in row.problems))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (TITLE, PROBLEMS):
            texts = [located(p) for p in row.problems] if index.column() == PROBLEMS \
                else [row.title]
            return "\n".join(texts) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return REFUSED_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
