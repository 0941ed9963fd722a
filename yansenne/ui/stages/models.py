"""The Stages page's table models: the stages, a screening stage's decisions, and the
jurors × projects matrix of a scoring stage's readers.

Each model shows rows the domain read (plain dataclasses); an edit in the screening
table is only asked for (`decided`), the page makes it undoable and reads again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from yansenne.domain.assignment import Matrix, MatrixJuror, MatrixProject
from yansenne.domain.screening import ScreeningRow
from yansenne.domain.stage_flow import StageRow
from yansenne.i18n import pick
from yansenne.ui import i18n

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
#: What a matrix cell is: "allocated", "conflict", "outside" (not on the panel), "free",
#: or "footer" for the readers row.
STATE_ROLE = Qt.ItemDataRole.UserRole + 1

CONFLICT = QColor("#f6d5d1")
OUTSIDE = QColor("#cdd1d8")
MISCOUNT = QColor("#ffd9a8")
GROUP_TINTS = (QColor("#ffffff"), QColor("#f1f5fb"))
LANGUAGE_MISS = QColor("#b26a00")
DOT, CROSS = "●", "✕"

KINDS = {"screening": QT_TRANSLATE_NOOP("StagesModel", "Screening"),
         "scoring": QT_TRANSLATE_NOOP("StagesModel", "Scoring")}
STATES = {"pending": QT_TRANSLATE_NOOP("StagesModel", "pending"),
          "open": QT_TRANSLATE_NOOP("StagesModel", "open"),
          "closed": QT_TRANSLATE_NOOP("StagesModel", "closed")}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("StagesModel", KINDS[kind]) if kind in KINDS else kind


def state_text(state: str) -> str:
    return QCoreApplication.translate("StagesModel", STATES[state]) if state in STATES else state


def stage_name(row: StageRow) -> str:
    return pick(row, "name", i18n.current_language())


def language_text(code: str) -> str:
    return {"fr": QCoreApplication.translate("StagesModel", "French"),
            "nl": QCoreApplication.translate("StagesModel", "Dutch"),
            "en": QCoreApplication.translate("StagesModel", "English")}.get(code, code)


class StagesModel(QAbstractTableModel):
    """One row a stage: name, kind, state, projects, readers, decisions, marks, went on."""

    STAGE, KIND, STATE, PROJECTS, READERS, DECISIONS, MARKS, WENT_ON = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[StageRow] = []

    def set_rows(self, rows: list[StageRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (self.tr("Stage"), self.tr("Kind"), self.tr("State"), self.tr("Projects"),
                self.tr("Readers"), self.tr("Decisions"), self.tr("Marks"),
                self.tr("Went on"))[section]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ALIGN and column >= self.PROJECTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row.state == "open":
            font = QFont()
            font.setBold(True)
            return font
        if role != DISPLAY:
            return None
        dash = "—"
        if column == self.STAGE:
            return stage_name(row)
        if column == self.KIND:
            return kind_text(row.kind)
        if column == self.STATE:
            return state_text(row.state)
        if column == self.PROJECTS:
            return str(row.projects)
        if column == self.READERS:
            if row.kind == "screening":
                return dash
            if row.per_project is None:
                return self.tr("whole panel")
            return self.tr("%n per project", "", row.per_project)
        if column == self.DECISIONS:
            if row.kind == "screening":
                return self.tr("{eligible} eligible, {ineligible} not").format(
                    eligible=row.eligible, ineligible=row.ineligible)
            return self.tr("%n allocated", "", row.allocations) if row.allocations else dash
        if column == self.MARKS:
            return str(row.marks) if row.kind == "scoring" else dash
        return str(row.promoted) if row.state == "closed" else dash


class ScreeningModel(QAbstractTableModel):
    """A screening stage's projects: code, title, category, eligible, reason. Editing
    asks for a decision (`decided(project, eligible, reason)`, eligible None: undecided)."""

    CODE, TITLE, CATEGORY, ELIGIBLE, REASON = range(5)
    decided = Signal(str, object, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ScreeningRow] = []
        self.categories: dict[str, str] = {}
        self.editable = False

    def set_rows(self, rows: list[ScreeningRow], categories: dict[str, str],
                 editable: bool) -> None:
        self.beginResetModel()
        self.rows, self.categories, self.editable = list(rows), categories, editable
        self.endResetModel()

    def row_of(self, project: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.project == project), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (self.tr("Code"), self.tr("Title"), self.tr("Category"), self.tr("Eligible"),
                self.tr("Reason"))[section]

    def eligible_text(self, eligible: bool | None) -> str:
        if eligible is None:
            return self.tr("undecided")
        return self.tr("yes") if eligible else self.tr("no")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() in (self.ELIGIBLE, self.REASON):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == EDIT:
            return {self.ELIGIBLE: row.eligible, self.REASON: row.reason}.get(column)
        if role == FOREGROUND and column == self.ELIGIBLE and row.eligible is None:
            return QColor("#6b7280")
        if role == BACKGROUND and column == self.ELIGIBLE and row.eligible is False:
            return CONFLICT
        if role == TOOLTIP and column == self.TITLE:
            return pick(row, "title", i18n.current_language())
        if role != DISPLAY:
            return None
        if column == self.CODE:
            return row.project
        if column == self.TITLE:
            return pick(row, "title", i18n.current_language())
        if column == self.CATEGORY:
            return self.categories.get(row.category, row.category)
        if column == self.ELIGIBLE:
            return self.eligible_text(row.eligible)
        return row.reason

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or not self.editable:
            return False
        row = self.rows[index.row()]
        if index.column() == self.ELIGIBLE:
            if value == row.eligible:
                return False
            # Found eligible: the reason for refusing it no longer holds.
            self.decided.emit(row.project, value, "" if value else row.reason)
            return True
        if index.column() == self.REASON:
            text = str(value or "").strip()
            if text == row.reason:
                return False
            # A reason typed for an undecided project says it is not eligible.
            eligible = False if row.eligible is None else row.eligible
            self.decided.emit(row.project, eligible, text)
            return True
        return False


class MatrixModel(QAbstractTableModel):
    """Jurors (rows, then a footer of readers per project) × projects (columns after the
    juror and their load), grouped by category."""

    JUROR, LOAD = 0, 1
    FIRST = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.categories: dict[str, str] = {}
        self._group: dict[str, int] = {}

    def set_matrix(self, matrix: Matrix | None, categories: dict[str, str]) -> None:
        self.beginResetModel()
        self.matrix, self.categories = matrix, categories
        order = list(dict.fromkeys(p.category for p in matrix.projects)) if matrix else []
        self._group = {c: i % 2 for i, c in enumerate(order)}
        self.endResetModel()

    @property
    def projects(self) -> tuple[MatrixProject, ...]:
        return self.matrix.projects if self.matrix else ()

    @property
    def jurors(self) -> tuple[MatrixJuror, ...]:
        return self.matrix.jurors if self.matrix else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or not self.matrix:
            return 0
        return len(self.jurors) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or not self.matrix:
            return 0
        return self.FIRST + len(self.projects)

    def juror_at(self, row: int) -> MatrixJuror | None:
        return self.jurors[row] if 0 <= row < len(self.jurors) else None

    def project_at(self, column: int) -> MatrixProject | None:
        at = column - self.FIRST
        return self.projects[at] if 0 <= at < len(self.projects) else None

    def index_of(self, juror: str, project: str) -> QModelIndex:
        row = next((i for i, j in enumerate(self.jurors) if j.code == juror), -1)
        column = next((i for i, p in enumerate(self.projects) if p.code == project), -1)
        if row < 0 or column < 0:
            return QModelIndex()
        return self.index(row, self.FIRST + column)

    def state(self, juror: MatrixJuror, project: MatrixProject) -> str:
        assert self.matrix is not None
        if (juror.code, project.code) in self.matrix.pairs:
            return "allocated"
        if (juror.code, project.code) in self.matrix.conflicts:
            return "conflict"
        if project.category not in juror.panels:
            return "outside"
        return "free"

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        project = self.project_at(section)
        if role == DISPLAY:
            if section == self.JUROR:
                return self.tr("Juror")
            if section == self.LOAD:
                return self.tr("Load")
            return project.code if project else None
        if role == TOOLTIP and project is not None:
            return self.tr("{code}: {title}\nCategory: {category}\nLanguage: {language}").format(
                code=project.code, title=pick(project, "title", i18n.current_language()),
                category=self.categories.get(project.category, project.category),
                language=language_text(project.language))
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        matrix, row, column = self.matrix, index.row(), index.column()
        juror, project = self.juror_at(row), self.project_at(column)
        if juror is None:  # the footer: readers per project
            return self._footer(column, project, role)
        if column == self.JUROR:
            if role == DISPLAY:
                return f"{juror.code}  {juror.name}"
            if role == TOOLTIP:
                return self.tr("{name}, reads in {language}").format(
                    name=juror.name, language=language_text(juror.language))
            return None
        if column == self.LOAD:
            if role == DISPLAY:
                return str(matrix.load(juror.code))
            if role == ALIGN:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        assert project is not None
        state = self.state(juror, project)
        miss = state == "allocated" and juror.language != project.language
        if role == STATE_ROLE:
            return state
        if role == DISPLAY:
            return {"allocated": DOT, "conflict": CROSS}.get(state, "")
        if role == ALIGN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == BACKGROUND:
            if state == "conflict":
                return CONFLICT
            if state == "outside":
                return OUTSIDE
            return GROUP_TINTS[self._group.get(project.category, 0)]
        if role == FOREGROUND and miss:
            return LANGUAGE_MISS
        if role == TOOLTIP:
            words = {"allocated": self.tr("{juror} reads {project}"),
                     "conflict": self.tr("{juror} is in conflict with {project}"),
                     "outside": self.tr("{juror} is not on the panel of this category"),
                     "free": self.tr("{juror} does not read {project}")}[state]
            text = words.format(juror=juror.code, project=project.code)
            if miss:
                text += "\n" + self.tr("Not in the juror's language ({language})").format(
                    language=language_text(project.language))
            return text
        return None

    def _footer(self, column: int, project: MatrixProject | None, role: int) -> Any:
        assert self.matrix is not None
        if column == self.JUROR:
            return self.tr("Readers per project") if role == DISPLAY else None
        if role == STATE_ROLE:
            return "footer"
        if project is None:
            return None
        count = self.matrix.readers_of(project.code)
        wanted = self.matrix.per_project
        if role == DISPLAY:
            return str(count)
        if role == ALIGN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == BACKGROUND and wanted is not None and count != wanted:
            return MISCOUNT
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == TOOLTIP and wanted is not None and count != wanted:
            return self.tr("%n reader(s); the stage asks for {wanted}", "", count).format(
                wanted=wanted)
        return None
