"""Scoring progress as a jurors × categories grid: projects fully scored out of the
projects to score (conflicts and observers left out), shaded by completion."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from yansenne.domain.queries import CategoryRow, JurorRow, Progress
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.headings import heading_lines
from yansenne.ui.models.projects_model import Index

EMPTY, PARTIAL, DONE = QColor("#f3f4f6"), QColor("#fdf0d5"), QColor("#d8efdc")


def shade(share: float) -> QColor:
    """From pale amber (little done) to pale green (all done)."""
    if share >= 1:
        return DONE
    if share <= 0:
        return EMPTY
    mix = lambda a, b: round(a + (b - a) * share)  # noqa: E731
    return QColor(mix(PARTIAL.red(), DONE.red()), mix(PARTIAL.green(), DONE.green()),
                  mix(PARTIAL.blue(), DONE.blue()))


class ProgressModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jurors: list[JurorRow] = []
        self._categories: list[CategoryRow] = []
        self._cells: dict[tuple[str, str], Progress] = {}

    def set_progress(self, jurors: list[JurorRow], categories: list[CategoryRow],
                     progress: list[Progress]) -> None:
        self.beginResetModel()
        self._jurors = [j for j in jurors if j.role != "observer"]
        self._categories = list(categories)
        self._cells = {(p.juror, p.category): p for p in progress}
        self.endResetModel()

    def cell(self, juror: str, category: str) -> Progress | None:
        return self._cells.get((juror, category))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._jurors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._categories)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        lang = i18n.current_language()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._categories):
            category = self._categories[section]
            # By name in the reader's language (a code means nothing to a reader).
            if role == Qt.ItemDataRole.DisplayRole:
                return heading_lines(pick(category, "name", lang) or category.code)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{category.code} — {pick(category, 'name', lang)}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._jurors):
            juror = self._jurors[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{juror.code}  {juror.name}"
        return None

    def retranslate(self) -> None:
        """The headers speak the new language (the view asks for them again)."""
        if self._categories:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._categories) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        juror = self._jurors[index.row()]
        category = self._categories[index.column()]
        progress = self._cells.get((juror.code, category.code))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if progress is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{juror} does not score this category").format(juror=juror.name)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{progress.complete} / {progress.projects}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return shade(progress.share)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{juror}: {complete} of {projects} projects fully scored; {marks} of "
                           "{expected} marks given").format(
                juror=juror.name, complete=progress.complete, projects=progress.projects,
                marks=progress.marks, expected=progress.expected)
        return None
