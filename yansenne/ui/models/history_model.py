"""A project's history as a table: when, who, what (newest last, as the log reads)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from yansenne.domain.history import HistoryEntry
from yansenne.i18n import format_datetime
from yansenne.ui.models.projects_model import Index

WHEN, WHO, WHAT = range(3)


class HistoryModel(QAbstractTableModel):
    def __init__(self, entries: list[HistoryEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = list(entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("What"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == WHEN:
                # The log's UTC moment in the reader's time zone, with a four-digit year.
                return format_datetime(entry.at.replace(tzinfo=dt.UTC).astimezone())
            if index.column() == WHO:
                return entry.actor
            return entry.summary
        return None
