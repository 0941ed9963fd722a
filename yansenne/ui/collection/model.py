"""The Collection table: one row per juror, from `status.collection_status`."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from yansenne.domain.collection import JurorStatus, Stage
from yansenne.i18n import format_datetime
from yansenne.ui import i18n

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    NAME = 1
    STATUS = 2
    PACKAGE = 3
    BALLOT = 4
    RECEIVED = 5
    SCORES = 6
    SUBMITTED = 7


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMERIC = {Column.BALLOT, Column.SCORES, Column.SUBMITTED}
# Quiet tints for the status cell: nothing yet, waiting, under way, done.
STAGE_COLOURS = {
    Stage.NO_PACKAGE: "#f1f2f5",
    Stage.AWAITING: "#fdf1dc",
    Stage.IN_PROGRESS: "#e3ecf8",
    Stage.COMPLETE: "#e4f2e7",
    Stage.SUBMITTED: "#cfe9d5",
}


def local_time(moment: dt.datetime | None) -> str:
    """A stored UTC moment in the reader's time zone and language; '' if none."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return format_datetime(local.replace(tzinfo=None))


class CollectionModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[JurorStatus] = []

    def set_rows(self, rows: list[JurorStatus]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[JurorStatus]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))

    def headers(self) -> list[str]:
        return [self.tr("Juror"), self.tr("Name"), self.tr("Status"), self.tr("Package sent"),
                self.tr("Ballot"), self.tr("Received"), self.tr("Scores"),
                self.tr("Submitted")]

    def stage_text(self, stage: Stage) -> str:
        return {
            Stage.NO_PACKAGE: self.tr("No package yet"),
            Stage.AWAITING: self.tr("Awaiting ballot"),
            Stage.IN_PROGRESS: self.tr("In progress"),
            Stage.COMPLETE: self.tr("Complete, not submitted"),
            Stage.SUBMITTED: self.tr("Submitted"),
        }[stage]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.BALLOT: self.tr("Revision of the last ballot applied"),
                Column.SCORES: self.tr("Marks given, of those the juror owes"),
                Column.SUBMITTED: self.tr("Categories submitted, of those assigned"),
            }.get(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.STATUS:
            return QBrush(QColor(STAGE_COLOURS[row.stage]))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.PACKAGE and row.packages > 1:
            return self.tr("%n package(s) sent", "", row.packages)
        return None

    def display(self, row: JurorStatus, column: Column) -> str:
        locale = i18n.locale()
        if column == Column.CODE:
            return row.code
        if column == Column.NAME:
            return row.name
        if column == Column.STATUS:
            return self.stage_text(row.stage)
        if column == Column.PACKAGE:
            return local_time(row.package_at) if row.package_at else self.tr("Not sent")
        if column == Column.BALLOT:
            return locale.toString(row.ballot_revision) if row.ballot_revision else "—"
        if column == Column.RECEIVED:
            return local_time(row.ballot_at) or "—"
        if column == Column.SCORES:
            return f"{locale.toString(row.scores)} / {locale.toString(row.expected)}"
        return f"{locale.toString(row.submitted)} / {locale.toString(row.categories)}"

    @staticmethod
    def sort_key(row: JurorStatus, column: Column) -> Any:
        if column == Column.STATUS:
            return list(Stage).index(row.stage)
        if column == Column.PACKAGE:
            return row.package_at.isoformat() if row.package_at else ""
        if column == Column.BALLOT:
            return row.ballot_revision or 0
        if column == Column.RECEIVED:
            return row.ballot_at.isoformat() if row.ballot_at else ""
        if column == Column.SCORES:
            return row.scores / row.expected if row.expected else 0.0
        if column == Column.SUBMITTED:
            return row.submitted
        return row.code if column == Column.CODE else row.name
