"""The jury as a table, with one checkable column per category: the assignments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from yansenne.domain.queries import CategoryRow, JurorRow
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.models.projects_model import Index

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
CODE, NAME, INSTITUTION, ROLE, LANGUAGE, EMAIL, SCORES = range(7)
FIXED = 7
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


class JurorsModel(QAbstractTableModel):
    """`assignmentToggled(juror, category, checked)` asks for an assignment change; the
    model shows the stored assignments only (the page reloads after the change)."""

    assignmentToggled = Signal(str, str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[JurorRow] = []
        self._categories: list[CategoryRow] = []

    def set_rows(self, rows: list[JurorRow], categories: list[CategoryRow]) -> None:
        self.beginResetModel()
        self._rows, self._categories = list(rows), list(categories)
        self.endResetModel()

    def rows(self) -> list[JurorRow]:
        return list(self._rows)

    def role_text(self, role: str) -> str:
        return {"president": self.tr("president"), "member": self.tr("member"),
                "observer": self.tr("observer")}.get(role, role)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED + len(self._categories)

    def category_at(self, column: int) -> CategoryRow | None:
        return self._categories[column - FIXED] if column >= FIXED else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        category = self.category_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if category is not None:  # by name in the reader's language, never by code
                return pick(category, "name", i18n.current_language()) or category.code
            return (self.tr("Code"), self.tr("Name"), self.tr("Institution"), self.tr("Role"),
                    self.tr("Language"), self.tr("E-mail"), self.tr("Scores"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and category is not None:
            return self.tr("Scores the category {name}").format(
                name=pick(category, "name", i18n.current_language()))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() >= FIXED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return row
        category = self.category_at(column)
        if category is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if category.code in row.categories
                        else Qt.CheckState.Unchecked)
            if role == Qt.ItemDataRole.ToolTipRole:
                name = pick(category, "name", i18n.current_language())
                return (self.tr("{juror} scores {category}") if category.code in row.categories
                        else self.tr("{juror} does not score {category}")).format(
                    juror=row.name, category=name)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.code, row.name, row.institution, self.role_text(row.role),
                    LANGUAGE_NAMES.get(row.language, row.language), row.email,
                    str(row.scores))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        category = self.category_at(index.column()) if index.isValid() else None
        if category is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self._rows[index.row()]
        if checked != (category.code in row.categories):
            self.assignmentToggled.emit(row.code, category.code, checked)
        return False  # the page changes the store, then reloads the model
