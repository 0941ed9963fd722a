"""The projects table: a read-only model over project ids and its search filter.

Each row holds what the table shows (a `ProjectLine`: code, titles, category…); the
whole `ProjectRow` (summaries, contacts, partners) is read when asked for, for the
detail pane or an editor, and kept in a small cache of recent rows: a large edition
no longer keeps every project's full text in the table.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from yansenne.domain.queries import ProjectLine, ProjectRow
from yansenne.i18n import pick
from yansenne.ui import i18n, labels

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    CATEGORY = 2
    ORGANISATION = 3
    LEAD_ACTOR = 4
    MUNICIPALITY = 5
    POLICE_ZONE = 6
    BUDGET = 7
    SCORES = 8


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts naturally: numbers for amounts and counts, text otherwise."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
"""The whole `ProjectRow` behind a row (for the detail pane), read when asked for."""
LINE_ROLE = Qt.ItemDataRole.UserRole + 3
"""What the table shows of the row (a `ProjectLine`, or a `ProjectRow` given whole)."""

_NUMERIC = {Column.BUDGET, Column.SCORES}
_COLUMNS = tuple(Column)  # by position: Column(n) costs an enum look-up a cell
CACHE_ROWS = 64  # whole rows kept: the selection and its neighbours, not the edition


class Line(Protocol):
    """What a row shows; `ProjectLine` and `ProjectRow` both have it."""

    id: int
    code: str
    title_fr: str
    title_nl: str
    category_code: str
    organisation: str
    lead_actor: str | None
    municipality: str | None
    budget_eur: float | None
    n_scores: int | None  # None until counted (`set_counts`)


Fetch = Callable[[list[int]], Sequence[ProjectRow]]


class ProjectsModel(QAbstractTableModel):
    """One row per project id; texts in the interface language, which can change live."""

    def __init__(self, parent: QObject | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Line] = []
        self._loaded: list[Line] = []  # in the order read: ties keep it, as in a proxy
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._fetch: Fetch = lambda _ids: []
        self._cache: OrderedDict[int, ProjectRow] = OrderedDict()
        # Sort keys by (project id, column): a sort asks for each once, SORT_ROLE again.
        self._sort_keys: dict[tuple[int, int], Any] = {}
        self._lang = language or i18n.current_language()

    # -- feeding -----------------------------------------------------------------
    def set_lines(self, lines: Sequence[ProjectLine], fetch: Fetch) -> None:
        """The table's rows, and how to read whole rows by id when one is asked for."""
        self.beginResetModel()
        self._loaded = list(lines)
        self._fetch = fetch
        self._cache.clear()
        self._sort_keys.clear()
        self._rows = self._sorted()
        self.endResetModel()

    def set_rows(self, rows: Sequence[ProjectRow]) -> None:
        """Whole rows already read (small editions, tests): nothing left to fetch."""
        by_id = {row.id: row for row in rows}
        self.set_lines(list(rows), lambda ids: [by_id[i] for i in ids if i in by_id])  # type: ignore[arg-type]

    def set_counts(self, counts: Mapping[int, int]) -> None:
        """The marks of the rows read uncounted, counted now (by project id): shown in
        their column, and the rows sorted again if they are sorted by it."""
        counted = {line.id: replace(line, n_scores=counts.get(line.id, 0))  # type: ignore[type-var]
                   for line in self._loaded if line.n_scores is None}
        if not counted:
            return
        self._loaded = [counted.get(line.id, line) for line in self._loaded]
        self._rows = [counted.get(line.id, line) for line in self._rows]
        for key in [key for key in self._sort_keys if key[1] == Column.SCORES]:
            del self._sort_keys[key]
        if self._order is not None and self._order[0] == Column.SCORES:
            self._relayout()
        elif self._rows:
            self.dataChanged.emit(self.index(0, Column.SCORES),
                                  self.index(len(self._rows) - 1, Column.SCORES))

    def rows(self) -> list[Line]:
        """What the table shows of every project, in the model's order."""
        return list(self._rows)

    def whole_row(self, row: int) -> ProjectRow | None:
        """The whole row at `row`, from the cache or read now."""
        if not 0 <= row < len(self._rows):
            return None
        line = self._rows[row]
        if isinstance(line, ProjectRow):
            return line
        found = self._cache.get(line.id)
        if found is None:
            fetched = self._fetch([line.id])
            if not fetched:
                return None
            found = fetched[0]
            self._cache[line.id] = found
            while len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(line.id)
        return found

    def cached(self) -> int:
        """How many whole rows are held (the cache stays small whatever the edition)."""
        return len(self._cache)

    # -- sorting -----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, each key computed once (`ProjectsFilter` hands its
        sorting here): a proxy sorting 1,000 rows asks Python ~20,000 times for a key,
        which held the first paint back by a tenth of a second."""
        self._order = (column, order) if 0 <= column < len(Column) else None
        self._relayout()

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are sorted by (None: as read)."""
        return self._order

    def _sorted(self) -> list[Line]:
        """The rows read, in the sort order (stable: ties keep the order read)."""
        if self._order is None:
            return list(self._loaded)
        column, order = _COLUMNS[self._order[0]], self._order[1]
        keys = self._sort_keys
        for line in self._loaded:
            if (line.id, column) not in keys:
                keys[(line.id, column)] = self.sort_key(line, column)
        return sorted(self._loaded, key=lambda line: keys[(line.id, column)],
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _relayout(self) -> None:
        """Put the rows in the sort order, the views' selection following its rows."""
        self.layoutAboutToBeChanged.emit()
        rows = self._sorted()
        where = {line.id: number for number, line in enumerate(rows)}
        before = self.persistentIndexList()
        after = [self.index(where[self._rows[index.row()].id], index.column())
                 if index.isValid() and index.row() < len(self._rows) else QModelIndex()
                 for index in before]
        self._rows = rows
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def language(self) -> str:
        return self._lang

    def set_language(self, lang: str) -> None:
        """Re-render headers and cells after a language switch."""
        self._lang = lang
        self._sort_keys.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            if self._order is not None:  # the texts sort differently in another language
                self._relayout()

    def headers(self) -> list[str]:
        """Column titles, translated when asked (never cached: the language can change)."""
        return [
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Organisation"),
            self.tr("Lead actor"),
            self.tr("Municipality"),
            self.tr("Police zone"),
            self.tr("Budget"),
            self.tr("Scores"),
        ]

    # -- QAbstractTableModel -----------------------------------------------------
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
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.SCORES:
            return self.tr("Number of scores given by the jurors")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            return None
        if role == SORT_ROLE:
            line, column = self._rows[number], _COLUMNS[index.column()]
            found = self._sort_keys.get((line.id, column))
            if found is None:
                found = self._sort_keys[(line.id, column)] = self.sort_key(line, column)
            return found
        row = self._rows[number]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == RECORD_ROLE:
            return self.whole_row(index.row())
        if role == LINE_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return "\n".join(t for t in (row.title_fr, row.title_nl) if t)
        if role == Qt.ItemDataRole.ToolTipRole and column not in _NUMERIC:
            return self.display(row, column) or None  # the whole text of an elided cell
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- texts -------------------------------------------------------------------
    def display(self, row: Line, column: Column) -> str:
        lang = self._lang
        match column:
            case Column.CODE:
                return row.code
            case Column.TITLE:
                return pick(row, "title", lang)
            case Column.CATEGORY:
                return pick(row, "category_name", lang)
            case Column.ORGANISATION:
                return row.organisation
            case Column.LEAD_ACTOR:
                return labels.actor_name(row.lead_actor, lang)
            case Column.MUNICIPALITY:
                return labels.municipality_name(row.municipality, lang)
            case Column.POLICE_ZONE:
                return labels.police_zone_name(row.municipality, lang)
            case Column.BUDGET:
                return format_budget(row.budget_eur, lang)
            case Column.SCORES:
                count = row.n_scores
                return "" if count is None else i18n.locale(lang).toString(count)

    def sort_key(self, row: Line, column: Column) -> Any:
        if column == Column.BUDGET:
            return -1.0 if row.budget_eur is None else float(row.budget_eur)
        if column == Column.SCORES:
            return -1 if row.n_scores is None else row.n_scores
        text = self.display(row, column)
        # labels.fold of an ASCII text is its lower case: codes and most names are
        return text.lower() if text.isascii() else labels.fold(text)


def format_budget(amount: float | None, lang: str) -> str:
    """'12 500 €' in French, '€ 12.500' in Dutch, '€12,500' in English; '' if none."""
    if amount is None:
        return ""
    decimals = 0 if float(amount).is_integer() else 2
    return i18n.locale(lang).toCurrencyString(float(amount), "€", decimals)


class ProjectsFilter(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and keeps the rows whose cells contain every search word,
    ignoring case and accents ('schaerbeek securite' finds them in any column);
    optionally only one category and one lead actor."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._words: list[str] = []
        self._category: str | None = None
        self._actor: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A `ProjectsModel` sorts its own rows (each key computed once) and this proxy
        keeps their order; any other model is sorted here, on SORT_ROLE."""
        source = self.sourceModel()
        if isinstance(source, ProjectsModel):
            self._order = (column, order)
            super().sort(-1)  # the source's order
            source.sort(column, order)
        else:
            self._order = None
            super().sort(column, order)

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        """What the rows are sorted by (the proxy's own sortColumn() is -1 when its
        `ProjectsModel` sorts them)."""
        if self._order is not None:
            return self._order
        return (self.sortColumn(), self.sortOrder()) if self.sortColumn() >= 0 else None

    def set_category(self, code: str | None) -> None:
        """Keep only the projects of category `code` (None: every category)."""
        if code != self._category:
            self.beginFilterChange()
            self._category = code
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_actor(self, code: str | None) -> None:
        """Keep only the projects whose lead actor is `code` (None: every actor)."""
        if code != self._actor:
            self.beginFilterChange()
            self._actor = code
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        words = labels.fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search(self) -> str:
        return " ".join(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._category or self._actor:
            record = model.index(source_row, 0, source_parent).data(LINE_ROLE)
            if self._category and record.category_code != self._category:
                return False
            if self._actor and record.lead_actor != self._actor:
                return False
        if not self._words:
            return True
        cells = (
            model.data(model.index(source_row, column, source_parent))
            for column in range(model.columnCount(source_parent))
        )
        haystack = labels.fold(" ".join(str(c) for c in cells if c))
        return all(word in haystack for word in self._words)
