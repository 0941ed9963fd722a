"""The tables of the call import: the column mapping, the values the file writes
differently, and the checked rows. Fields and choices are shown by their labels in the
interface language, never by their internal names."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from yansenne.errors import Problem
from yansenne.exchange.call_import import TARGETS, CallFile, RowCheck, ValueChoice
from yansenne.ui import i18n
from yansenne.ui.models.projects_model import Index

COLUMN, TARGET, EXAMPLES = range(3)
REFUSED_BACKGROUND = QColor("#fbe9e7")
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def target_names() -> dict[str, str]:
    """The Projects columns as people call them, in the interface language."""
    return {
        "code": QCoreApplication.translate("MappingModel", "Code"),
        "category": QCoreApplication.translate("MappingModel", "Category"),
        "title_fr": QCoreApplication.translate("MappingModel", "Title (FR)"),
        "title_nl": QCoreApplication.translate("MappingModel", "Title (NL)"),
        "title_en": QCoreApplication.translate("MappingModel", "Title (EN)"),
        "organisation": QCoreApplication.translate("MappingModel", "Organisation"),
        "lead_actor": QCoreApplication.translate("MappingModel", "Lead actor type"),
        "partner_actors": QCoreApplication.translate("MappingModel", "Partner actor types"),
        "municipality": QCoreApplication.translate("MappingModel", "Municipality"),
        "summary_fr": QCoreApplication.translate("MappingModel", "Summary (FR)"),
        "summary_nl": QCoreApplication.translate("MappingModel", "Summary (NL)"),
        "summary_en": QCoreApplication.translate("MappingModel", "Summary (EN)"),
        "contact_name": QCoreApplication.translate("MappingModel", "Contact person"),
        "contact_email": QCoreApplication.translate("MappingModel", "Contact e-mail"),
        "budget_eur": QCoreApplication.translate("MappingModel", "Budget (€)"),
        "language": QCoreApplication.translate("MappingModel", "Candidate's language"),
    }


def shown(value: Any) -> str:
    """A cell as the reader writes it: numbers in the interface language's convention
    (decimal comma in French and Dutch), dates as local dates with four-digit years."""
    locale = i18n.locale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        number = float(value)
        return locale.toString(number, "f", 0 if number.is_integer() else 2)
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return locale.toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")
    return str(value)


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its letter and name, the field it fills
    (editable), and a few of its values."""

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
        return target_names()[target]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Column of the file"), self.tr("Fills the field"),
                    self.tr("First values"))[section]
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
                return f"{column.letter} ({self._call.title(column.name)})"
            if index.column() == EXAMPLES:
                return "  ·  ".join(shown(v) for v in self._call.sample(column.name))
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


FIELD, VALUE, MEANS = range(3)
# field -> code -> (name_fr, name_nl, name_en)
Options = dict[str, dict[str, tuple[str, ...]]]


def option_label(names: tuple[str, ...], code: str) -> str:
    """A category or actor type by its name in the interface language (French when it
    has none in that language)."""
    index = {"fr": 0, "nl": 1, "en": 2}.get(i18n.current_language(), 0)
    if len(names) > index and names[index]:
        return names[index]
    return names[0] if names and names[0] else code


class ValuesModel(QAbstractTableModel):
    """One row per value of the file that the name rules do not resolve: its field, the
    value as written (and how many rows write it), and what it stands for (editable)."""

    valueChosen = Signal(str, str, object)  # field, folded value, code or None

    def __init__(self, options: Options, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self._rows: list[ValueChoice] = []

    def set_rows(self, rows: list[ValueChoice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ValueChoice]:
        return list(self._rows)

    def choices(self, row: int) -> list[tuple[str, str]]:
        """(code, label) of what a row's value may stand for, in the edition's order."""
        field = self._rows[row].field
        return [(code, option_label(names, code))
                for code, names in self.options.get(field, {}).items()]

    def means_text(self, choice: ValueChoice) -> str:
        if choice.code is None:
            return self.tr("(choose)")
        return option_label(self.options.get(choice.field, {}).get(choice.code, ()),
                            choice.code)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Field"), self.tr("Value in the file"),
                    self.tr("Stands for"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == MEANS else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice = self._rows[index.row()]
        if role == TARGET_ROLE or (role == Qt.ItemDataRole.EditRole and index.column() == MEANS):
            return choice.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == FIELD:
                return (target_names()["category"] if choice.field == "category"
                        else self.tr("Actor type"))
            if index.column() == VALUE:
                return self.tr("{value} ({count} rows)").format(
                    value=choice.value, count=choice.rows) if choice.rows > 1 else choice.value
            return self.means_text(choice)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == MEANS \
                and choice.code is None:
            return QColor("#b3261e")
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != MEANS or role != Qt.ItemDataRole.EditRole:
            return False
        choice = self._rows[index.row()]
        code = value or None
        if choice.code == code:
            return False
        choice.code = code
        self.dataChanged.emit(index, index)
        self.valueChosen.emit(choice.field, choice.key, code)
        return True


class MeansDelegate(QStyledItemDelegate):
    """A drop-down of the edition's categories or of the actor types, by their labels."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("meansCombo")
        model = index.model()
        if isinstance(model, ValuesModel):
            combo.addItem(QCoreApplication.translate("ValuesModel", "(choose)"), None)
            for code, label in model.choices(index.row()):
                combo.addItem(label, code)
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
