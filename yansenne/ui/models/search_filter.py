"""A proxy that keeps the rows containing every search word, in any column, ignoring
case and accents, and sorts on the text shown (locale-aware)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel

from yansenne.ui import labels
from yansenne.ui.models.projects_model import Index


class SearchFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None, columns: tuple[int, ...] | None = None
                 ) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._columns = columns  # the columns searched (None: all)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        words = labels.fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        columns = self._columns or range(model.columnCount(source_parent))
        cells = (model.data(model.index(source_row, c, source_parent)) for c in columns)
        haystack = labels.fold(" ".join(str(c) for c in cells if c))
        return all(word in haystack for word in self._words)
