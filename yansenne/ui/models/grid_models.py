"""The categories of an edition and the grid of one category, as tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from yansenne.domain.queries import CategoryRow, CriterionRow
from yansenne.domain.scale import format_number
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.models.projects_model import Index

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class GridCategoriesModel(QAbstractTableModel):
    CODE, NAME, PROJECTS = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryRow] = []

    def set_rows(self, rows: list[CategoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CategoryRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Name"), self.tr("Projects"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == RECORD_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.code, pick(row, "name", i18n.current_language()),
                    str(row.projects))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PROJECTS:
            return RIGHT
        return None


def grid_of(criteria: list[CriterionRow], category: str | None) -> list[CriterionRow]:
    """The criteria a project of `category` is scored on: shared ones and its own."""
    return [c for c in criteria if c.category is None or c.category == category]


def shares(criteria: list[CriterionRow]) -> list[float]:
    """Each criterion's weight as a share of the grid (0..1)."""
    total = sum(c.weight for c in criteria)
    return [c.weight / total if total else 0.0 for c in criteria]


def percent(share: float, lang: str | None = None) -> str:
    return i18n.locale(lang).toString(share * 100, "f", 1).rstrip("0").rstrip(
        i18n.locale(lang).decimalPoint()) + " %"


def scale_text(row: CriterionRow) -> str:
    """'0 to 10, by 0.5' in the interface language."""
    return QCoreApplication.translate("GridCriteriaModel", "{min} to {max}, by {step}").format(
        min=format_number(row.min_value), max=format_number(row.max_value),
        step=format_number(row.step))


class GridCriteriaModel(QAbstractTableModel):
    """The grid of one category (shared criteria and its own), weights as shares."""

    CODE, NAME, WEIGHT, SHARE, SCALE, APPLIES, SCORES = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CriterionRow] = []
        self._shares: list[float] = []
        self._names: dict[str, str] = {}

    def set_rows(self, rows: list[CriterionRow], category_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shares = shares(self._rows)
        self._names = dict(category_names)
        self.endResetModel()

    def rows(self) -> list[CriterionRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Name"), self.tr("Weight"), self.tr("Share"),
                    self.tr("Scale"), self.tr("Applies to"), self.tr("Scores"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case self.CODE:
                    return row.code
                case self.NAME:
                    return pick(row, "name", i18n.current_language())
                case self.WEIGHT:
                    return format_number(row.weight)
                case self.SHARE:
                    return percent(self._shares[index.row()])
                case self.SCALE:
                    return scale_text(row)
                case self.APPLIES:
                    return (self.tr("every category") if row.category is None
                            else self._names.get(row.category, row.category))
                case self.SCORES:
                    return str(row.scores)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return pick(row, "descriptor", i18n.current_language()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                self.WEIGHT, self.SHARE, self.SCORES):
            return RIGHT
        return None
