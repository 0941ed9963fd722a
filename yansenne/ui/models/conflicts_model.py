"""The conflicts matrix: projects down, jurors across; a ticked cell is a declared
conflict of interest, a shaded one a suggestion with its reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from yansenne.domain.queries import ConflictsView, JurorRow, ProjectRow
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.models.projects_model import Index
from yansenne.ui.models.search_filter import SearchFilter

DECLARED = QColor("#f6d5d1")
SUGGESTED = QColor("#ffe9a8")
PROJECT = 0
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "declared", "suggested" or ""


class ConflictsModel(QAbstractTableModel):
    """`toggled(juror, project, checked)` asks to declare or withdraw a conflict; the
    model shows the stored conflicts only (the page reloads after the change)."""

    toggled = Signal(str, str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._projects: list[ProjectRow] = []
        self._jurors: list[JurorRow] = []
        self._view = ConflictsView({}, {}, {})

    def set_data(self, projects: list[ProjectRow], jurors: list[JurorRow],
                 view: ConflictsView) -> None:
        self.beginResetModel()
        self._projects, self._jurors, self._view = list(projects), list(jurors), view
        self.endResetModel()

    @property
    def view(self) -> ConflictsView:
        return self._view

    def juror_at(self, column: int) -> JurorRow | None:
        return self._jurors[column - 1] if 1 <= column <= len(self._jurors) else None

    def project_at(self, row: int) -> ProjectRow | None:
        return self._projects[row] if 0 <= row < len(self._projects) else None

    def pair(self, index: Index) -> tuple[JurorRow, ProjectRow] | None:
        if not index.isValid():
            return None
        juror, project = self.juror_at(index.column()), self.project_at(index.row())
        return (juror, project) if juror and project else None

    def marked(self, row: int) -> bool:
        """The project has a declared or suggested conflict."""
        code = self._projects[row].code
        return any(p == code for _, p in (*self._view.declared, *self._view.suggested))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._projects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self._jurors)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        juror = self.juror_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if juror is None:
                return self.tr("Project")
            return f"{juror.code}\n{' '.join(juror.name.split()[1:]) or juror.name}"
        if role == Qt.ItemDataRole.ToolTipRole and juror is not None:
            return f"{juror.name}\n{juror.institution}".strip()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() > PROJECT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def state(self, juror: str, project: str) -> str:
        if (juror, project) in self._view.declared:
            return "declared"
        return "suggested" if (juror, project) in self._view.suggested else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        project = self._projects[index.row()]
        juror = self.juror_at(index.column())
        if juror is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{project.code} — {pick(project, 'title', i18n.current_language())}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{project.organisation}\n{project.contact_name}".strip()
            return None
        key = (juror.code, project.code)
        state = self.state(*key)
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if state == "declared" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("suggested") if state == "suggested" else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return DECLARED if state == "declared" else SUGGESTED if state == "suggested" \
                else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(juror, project)
        return None

    def describe(self, juror: JurorRow, project: ProjectRow) -> str:
        key = (juror.code, project.code)
        state = self.state(*key)
        if state == "declared":
            return self.tr("Conflict of interest declared: {reason}").format(
                reason=self._view.declared[key] or "—")
        if state == "suggested":
            text = self.tr("Suggested: {reason}").format(reason=self._view.suggested[key])
        else:
            text = self.tr("No conflict declared")
        scores = self._view.scored.get(key, 0)
        if scores:
            text += "\n" + self.tr("%n score(s) given, cleared if a conflict is declared",
                                   "", scores)
        return text

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        pair = self.pair(index)
        if pair is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        juror, project = pair
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != ((juror.code, project.code) in self._view.declared):
            self.toggled.emit(juror.code, project.code, checked)
        return False


class ConflictsFilter(SearchFilter):
    """Searches the project column; optionally only projects with a conflict or a
    suggestion."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, columns=(PROJECT,))
        self._only = False

    def set_only_marked(self, only: bool) -> None:
        if only != self._only:
            self.beginFilterChange()
            self._only = only
            self.endFilterChange(SearchFilter.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._only and isinstance(model, ConflictsModel) and not model.marked(source_row):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
