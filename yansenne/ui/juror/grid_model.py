"""The scoring grid of one category for one juror: projects as rows, criteria as columns.

The whole category is read once into memory (`JurorDesk.load`); the view then never
waits on the database to paint, however many projects there are. A write goes to
the store at once (committed and audited before `set_mark` returns), then updates
its one cell in memory and tells the view about that row alone (the cell, its total
and the project's tick): nothing of the category is recomputed on the typed path.
The category's progress (the tab, the bar, the submit button) follows at the next
turn of the event loop, once for however many marks came in meanwhile. Every
accepted change of a mark or its comment is an undoable step whose undo and redo are
writes of their own.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack

from yansenne.domain.juror_desk import (
    CategoryGrid,
    CriterionInfo,
    JurorDesk,
    Mark,
    ProjectInfo,
    ScoringRefused,
)
from yansenne.domain.marks import parse_number
from yansenne.i18n import pick
from yansenne.ui import labels
from yansenne.ui.headings import heading_lines
from yansenne.ui.juror import icons
from yansenne.ui.juror.numbers import format_mark, format_percent, on_scale
from yansenne.ui.juror.speech import Speech, Spoken, speech_of

Index = QModelIndex | QPersistentModelIndex

PROJECT_COLUMN = 0
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The mark of a criterion cell (float or None); the total of the total cell."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
"""What a cell is: one of the STATE_* strings below."""
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 3
"""The `ProjectInfo` of the row."""
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 4
"""The `CriterionInfo` of a criterion column (None elsewhere)."""
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 5
"""The comment of a mark."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 6

STATE_SCORED, STATE_MISSING, STATE_CONFLICT, STATE_LOCKED = (
    "scored", "missing", "conflict", "locked")

MISSING_BRUSH = QBrush(QColor("#fff1cc"))
CONFLICT_BRUSH = QBrush(QColor("#c9ced6"), Qt.BrushStyle.BDiagPattern)
CONFLICT_TEXT = QColor("#5a6272")
TOTAL_BRUSH = QBrush(QColor("#f3f5f8"))
PARTIAL_TEXT = QColor("#8a5a00")

# A cell's flags, made once: Qt asks for them several times a keystroke, and each
# `|` of two flags makes a new Python enum member.
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True)
class CellState:
    """What an undo step restores: a mark (None for none) and its comment."""

    value: float | None
    comment: str


class JurorGridModel(Spoken, QAbstractTableModel):
    """One category's grid for one juror, in memory, written through the desk."""

    refused = Signal(str)
    """A write was refused (or failed): the message for the strip."""
    saved = Signal(int, int)
    """A mark was committed: (row, criterion column)."""
    progress_changed = Signal()
    """The category's progress may have moved: emitted at once after a reload, a lock or
    a reopening; after typed marks, once at the next turn of the event loop."""
    revealed = Signal(int, int)
    """An undo or redo changed this (row, column): the view shows it."""

    def __init__(self, desk: JurorDesk, grid: CategoryGrid, lang: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.category = grid.category
        self.criteria: tuple[CriterionInfo, ...] = grid.criteria
        self.projects: tuple[ProjectInfo, ...] = grid.projects
        self._lang = lang
        n = len(self.criteria)
        self._values: list[list[float | None]] = []
        self._comments: list[list[str]] = []
        self._revisions: list[list[int]] = []
        self._scored: list[int] = []
        self._read_marks(grid)
        self.conflicts: dict[int, str] = dict(grid.conflicts)
        self._conflict_rows = [p.id in self.conflicts for p in self.projects]
        self.notes: dict[int, str] = dict(grid.notes)
        self.submitted_at: dt.datetime | None = grid.submitted_at
        self._row_of = {p.id: row for row, p in enumerate(self.projects)}
        self._weights = [c.weight for c in self.criteria]
        self._lows = [c.min_value for c in self.criteria]
        self._spans = [c.max_value - c.min_value for c in self.criteria]
        self.total_column = n + 1
        self.undo_stack = QUndoStack(self)
        self._speech: Speech | None = None
        # Coalesces the progress notices of the marks written in one turn of the loop.
        self._progress_due = QTimer(self)
        self._progress_due.setSingleShot(True)
        self._progress_due.setInterval(0)
        self._progress_due.timeout.connect(self.progress_changed)
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- facts -----------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._lang

    def set_language(self, lang: str) -> None:
        """Show titles, criterion names, figures and the undo steps' names in another
        language."""
        self._lang = lang
        for position in range(self.undo_stack.count()):
            step = self.undo_stack.command(position)
            if isinstance(step, _MarkEdit):
                step.name()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.total_column)
        if self.projects:
            self.dataChanged.emit(self.index(0, 0),
                 self.index(len(self.projects) - 1, self.total_column))

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None

    def set_submitted(self, at: dt.datetime | None) -> None:
        """Lock (or, reopened, unlock) the grid; a submitted grid has nothing to undo."""
        self.submitted_at = at
        self.undo_stack.clear()
        if self.projects:
            self.dataChanged.emit(self.index(0, 0),
                 self.index(len(self.projects) - 1, self.total_column))
        self._progress_due.stop()
        self.progress_changed.emit()

    def refresh(self, grid: CategoryGrid) -> bool:
        """Take in what someone else changed (the secretariat reopening or declaring a
        conflict, an imported scoresheet, a lock); True if anything differed.

        Rows and columns stay where they are when the projects and criteria are the
        same; otherwise the model is reset. Undo steps made before another person's
        change are dropped: undoing them would overwrite it."""
        same_shape = ([p.id for p in grid.projects] == [p.id for p in self.projects]
                      and [c.id for c in grid.criteria] == [c.id for c in self.criteria])
        if not same_shape:
            self.beginResetModel()
        before = (self._values, self._comments, self._revisions, self.conflicts, self.notes,
                  self.submitted_at)
        if not same_shape:
            self.criteria, self.projects = grid.criteria, grid.projects
            self._row_of = {p.id: row for row, p in enumerate(self.projects)}
            self._weights = [c.weight for c in self.criteria]
            self._lows = [c.min_value for c in self.criteria]
            self._spans = [c.max_value - c.min_value for c in self.criteria]
            self.total_column = len(self.criteria) + 1
        self._read_marks(grid)
        self.conflicts = dict(grid.conflicts)
        self._conflict_rows = [p.id in self.conflicts for p in self.projects]
        self.notes = dict(grid.notes)
        self.submitted_at = grid.submitted_at
        changed = not same_shape or before != (self._values, self._comments, self._revisions,
                                               self.conflicts, self.notes, self.submitted_at)
        if not same_shape:
            self.endResetModel()
        if changed:
            self.undo_stack.clear()
            if self.projects and same_shape:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.projects) - 1, self.total_column))
            self._progress_due.stop()
            self.progress_changed.emit()
        return changed

    def _read_marks(self, grid: CategoryGrid) -> None:
        """The marks of `grid`, row by row, in the criteria's order."""
        self._values, self._comments, self._revisions, self._scored = [], [], [], []
        for project in self.projects:
            marks = [grid.marks.get((project.id, c.id)) for c in self.criteria]
            self._values.append([m.value if m else None for m in marks])
            self._comments.append([m.comment if m else "" for m in marks])
            self._revisions.append([m.revision if m else 0 for m in marks])
            self._scored.append(sum(m is not None for m in marks))

    def is_conflict(self, row: int) -> bool:
        return self._conflict_rows[row]

    def is_partial(self, row: int) -> bool:
        """Some criteria scored, not all: the row's total rests on part of the grid."""
        return not self._conflict_rows[row] and 0 < self._scored[row] < len(self.criteria)

    def category_name(self) -> str:
        return pick(self.category, "name", self._lang) or self.category.code

    def criterion_at(self, column: int) -> CriterionInfo | None:
        return self.criteria[column - 1] if 1 <= column <= len(self.criteria) else None

    def is_score_column(self, column: int) -> bool:
        return 1 <= column <= len(self.criteria)

    def row_of(self, project_id: int) -> int:
        return self._row_of[project_id]

    def value(self, row: int, column: int) -> float | None:
        return self._values[row][column - 1]

    def comment(self, row: int, column: int) -> str:
        return self._comments[row][column - 1]

    def revision(self, row: int, column: int) -> int:
        return self._revisions[row][column - 1]

    def can_edit(self, row: int, column: int) -> bool:
        return (self.is_score_column(column) and not self.submitted
                and not self._conflict_rows[row])

    def total(self, row: int) -> float | None:
        """The juror's total: the weighted share of the maximum over the criteria scored
        (the formula of `yansenne.scoring.totals`), None when nothing is scored."""
        num = den = 0.0
        for value, weight, low, span in zip(self._values[row], self._weights, self._lows,
                                            self._spans, strict=True):
            if value is not None:
                num += weight * (value - low) / span
                den += weight
        return 100.0 * num / den if den > 0 else None

    def progress(self) -> tuple[int, int, int]:
        """(projects fully scored, projects to score, marks missing); conflicts excluded."""
        width = len(self.criteria)
        scored = to_score = missing = 0
        for row, count in enumerate(self._scored):
            if self._conflict_rows[row]:
                continue
            to_score += 1
            scored += count == width
            missing += width - count
        return scored, to_score, missing

    def first_missing(self) -> tuple[int, int] | None:
        """(row, column) of the first cell still to score, for where the cursor starts."""
        for row, values in enumerate(self._values):
            if self._conflict_rows[row]:
                continue
            for c, value in enumerate(values):
                if value is None:
                    return row, c + 1
        return None

    # -- validation --------------------------------------------------------------------
    def check_text(self, column: int, text: str) -> tuple[float | None, str | None]:
        """(mark, None) for typed text that is a valid mark (None for blank: clear), or
        (None, why) in the interface language, with the allowed range."""
        criterion = self.criterion_at(column)
        if criterion is None:
            return None, self.tr("This column cannot be scored.")
        if not text.strip():
            return None, None
        value = parse_number(text)
        if value is not None:
            within, on_step = on_scale(value, criterion.min_value, criterion.max_value,
                                       criterion.step)
            if within and on_step:  # the typed path: no message worded
                return value, None
        allowed = self.allowed_text(criterion)
        name = self.criterion_name(criterion)
        if value is None:
            return None, self.tr("“{text}” is not a number: for {criterion}, type {allowed}."
                                 ).format(text=text.strip(), criterion=name, allowed=allowed)
        if not within:
            return None, self.tr("{value} is outside the scale of {criterion}: type {allowed}."
                                 ).format(value=self.number(value), criterion=name,
                                          allowed=allowed)
        if not on_step:
            return None, self.tr("{value} is not on a step of {criterion}: type {allowed}."
                                 ).format(value=self.number(value), criterion=name,
                                          allowed=allowed)
        return value, None

    def allowed_text(self, criterion: CriterionInfo) -> str:
        """"a mark from 0 to 10 in steps of 0,5" (in the interface language)."""
        return self.tr("a mark from {min} to {max} in steps of {step}").format(
            min=self.number(criterion.min_value), max=self.number(criterion.max_value),
            step=self.number(criterion.step))

    def number(self, value: float | None) -> str:
        """A mark or weight as this window's language writes it ("7,5" or "7.5")."""
        return format_mark(value, self._lang)

    def criterion_name(self, criterion: CriterionInfo) -> str:
        return pick(criterion, "name", self._lang) or criterion.code

    def project_title(self, project: ProjectInfo) -> str:
        return pick(project, "title", self._lang)

    # -- writing -------------------------------------------------------------------------
    def set_mark(self, row: int, column: int, value: float | None) -> bool:
        """The juror typed (or cleared) a mark: write it, then make it undoable."""
        if not self.can_edit(row, column):
            self.refused.emit(self.locked_reason(row))
            return False
        before = CellState(self.value(row, column), self.comment(row, column))
        after = CellState(value, before.comment if value is not None else "")
        return self._change(row, column, before, after)

    def set_comment(self, row: int, column: int, comment: str) -> bool:
        """Comment an existing mark (a mark must be given before it is commented)."""
        comment = comment.strip()
        if not self.can_edit(row, column):
            self.refused.emit(self.locked_reason(row))
            return False
        value = self.value(row, column)
        if value is None:
            self.refused.emit(self.tr("Give a mark before commenting it."))
            return False
        before = CellState(value, self.comment(row, column))
        return self._change(row, column, before, CellState(value, comment))

    def conflict_label(self) -> str:
        return self.tr("Conflict of interest")

    def column_hint(self) -> str:
        return self.tr("Move to a criterion's column to type a mark.")

    def locked_reason(self, row: int) -> str:
        if self._conflict_rows[row]:
            return self.tr("You declared a conflict of interest with {project}: it cannot be "
                           "scored.").format(project=self.projects[row].code)
        if self.submitted:
            return self.tr("Your scores in this category are submitted and locked; only the "
                           "secretariat can reopen them.")
        return self.tr("This column cannot be scored.")

    def _change(self, row: int, column: int, before: CellState, after: CellState) -> bool:
        if before == after:
            return True
        if not self.write(row, column, after):
            return False
        self.undo_stack.push(_MarkEdit(self, row, column, before, after))
        return True

    def write(self, row: int, column: int, state: CellState) -> bool:
        """Commit one cell through the store, then update it in memory and on screen."""
        project, criterion = self.projects[row], self.criteria[column - 1]
        try:
            with self._core():
                mark = self.desk.set_mark(project.id, criterion.id, state.value, state.comment)
        except ScoringRefused as exc:
            self.refused.emit(str(exc))
            return False
        self._store(row, column, mark)
        self.saved.emit(row, column)  # first: the mark is on disk, whatever shows it next
        # One notice for the row: the cell, its total and the project's tick.
        self.dataChanged.emit(self.index(row, PROJECT_COLUMN), self.index(row, self.total_column))
        self._progress_due.start()  # the category's progress: off the typed path
        return True

    def _core(self) -> AbstractContextManager[None]:
        """The core's refusals worded in the window's language (the window's speech
        found once: looking for it up the parents costs more than a mark's check)."""
        if self._speech is None:
            self._speech = speech_of(self)
        return self._speech.core() if self._speech is not None else nullcontext()

    def edit_text(self, before: CellState, after: CellState, project: str,
                  criterion: CriterionInfo) -> str:
        """The name of an undo step, in the window's language."""
        name = self.criterion_name(criterion)
        if before.value == after.value:
            text = self.tr("comment on {project} · {criterion}")
        elif after.value is None:
            text = self.tr("clearing {project} · {criterion}")
        else:
            text = self.tr("{project} · {criterion} = {value}")
        return text.format(project=project, criterion=name, value=self.number(after.value))

    def _store(self, row: int, column: int, mark: Mark | None) -> None:
        c = column - 1
        had = self._values[row][c] is not None
        self._values[row][c] = mark.value if mark else None
        self._comments[row][c] = mark.comment if mark else ""
        self._revisions[row][c] = mark.revision if mark else 0
        self._scored[row] += (mark is not None) - had

    def set_note(self, row: int, text: str) -> bool:
        """The juror's general comment on a project, committed at once (not undoable:
        the note's own editor has its own undo)."""
        project = self.projects[row]
        text = text.strip()
        if text == self.notes.get(project.id, ""):
            return True
        try:
            with self._core():
                self.desk.set_note(project.id, text)
        except ScoringRefused as exc:
            self.refused.emit(str(exc))
            return False
        if text:
            self.notes[project.id] = text
        else:
            self.notes.pop(project.id, None)
        return True

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.projects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.criteria) + 2

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """One call where Qt's own would make two more (rowCount and columnCount, each
        into Python): the view and its filter ask for some twenty indexes a keystroke."""
        if parent.isValid() or not (0 <= row < len(self.projects)
                                    and 0 <= column <= self.total_column):
            return QModelIndex()
        return self.createIndex(row, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _EDITABLE if self.can_edit(index.row(), index.column()) else _READ_ONLY

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if isinstance(value, str):
            value, problem = self.check_text(index.column(), value)
            if problem:
                self.refused.emit(problem)
                return False
        return self.set_mark(index.row(), index.column(), value)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        criterion = self.criterion_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == PROJECT_COLUMN:
                return self.tr("Project")
            if section == self.total_column:
                return self.tr("Total\n% of max.")
            if criterion is not None:
                return self.tr("{criterion}\nweight {weight}").format(
                    criterion=heading_lines(self.criterion_name(criterion)),
                    weight=self.number(criterion.weight))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if criterion is not None:
                return self.tr("{criterion} — weight {weight}, {allowed}").format(
                    criterion=self.criterion_name(criterion),
                    weight=self.number(criterion.weight), allowed=self.allowed_text(criterion))
            if section == self.total_column:
                return self.tr("Your total: the weighted share of the maximum over the "
                               "criteria you scored")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section != PROJECT_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == PROJECT_COLUMN:
            return self._project_data(row, role)
        if column == self.total_column:
            return self._total_data(row, role)
        return self._mark_data(row, column, role)

    def _project_data(self, row: int, role: int) -> Any:
        project = self.projects[row]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return f"{project.code}  {self.project_title(project)}"
            case Qt.ItemDataRole.DecorationRole:
                if self._conflict_rows[row]:
                    return icons.lock()
                if self._scored[row] == len(self.criteria):
                    return icons.check()
                return icons.pending()
            case Qt.ItemDataRole.ToolTipRole:
                if self._conflict_rows[row]:
                    reason = self.conflicts.get(project.id, "")
                    text = self.tr("Conflict of interest: you do not score this project.")
                    return f"{text}\n{reason}" if reason else text
                return f"{project.code} — {self.project_title(project)}"
            case Qt.ItemDataRole.AccessibleTextRole:
                return f"{project.code} {self.project_title(project)}"
            case Qt.ItemDataRole.AccessibleDescriptionRole:
                if self._conflict_rows[row]:
                    return self.tr("Conflict of interest: you do not score this project.")
                return self.tr("{scored} of {total} criteria scored").format(
                    scored=self._scored[row], total=len(self.criteria))
            case Qt.ItemDataRole.ForegroundRole if self._conflict_rows[row]:
                return CONFLICT_TEXT
            case _ if role == PROJECT_ROLE:
                return project
            case _ if role == STATE_ROLE:
                return STATE_CONFLICT if self._conflict_rows[row] else STATE_SCORED
            case _ if role == SORT_ROLE:
                return labels.fold(project.code)
        return None

    def total_text(self, row: int) -> str:
        """The total as shown: a partial one is marked with "(partial)"."""
        total = format_percent(self.total(row), self._lang)
        if self.is_partial(row):
            return self.tr("{total} (partial)").format(total=total)
        return total

    def widest_partial_total(self) -> str:
        """The widest a partial total is shown ("100,0 % (partial)"), to size its column."""
        return self.tr("{total} (partial)").format(total=format_percent(100.0, self._lang))

    def partial_text(self, row: int) -> str:
        return self.tr("Incomplete: {scored} of {total} criteria scored; this total covers "
                       "only those.").format(scored=self._scored[row],
                                             total=len(self.criteria))

    def _total_data(self, row: int, role: int) -> Any:
        conflict = self._conflict_rows[row]
        partial = self.is_partial(row)
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self.conflict_label() if conflict else self.total_text(row)
            case Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            case Qt.ItemDataRole.FontRole:
                return self._italic if conflict or partial else self._bold
            case Qt.ItemDataRole.ForegroundRole if conflict:
                return CONFLICT_TEXT
            case Qt.ItemDataRole.ForegroundRole if partial:
                return PARTIAL_TEXT
            case Qt.ItemDataRole.DecorationRole if partial:
                return icons.pending()
            case Qt.ItemDataRole.BackgroundRole:
                return CONFLICT_BRUSH if conflict else TOTAL_BRUSH
            case Qt.ItemDataRole.ToolTipRole if conflict:
                return self.conflicts.get(self.projects[row].id) or None
            case Qt.ItemDataRole.ToolTipRole if partial:
                return self.partial_text(row)
            case Qt.ItemDataRole.AccessibleTextRole:
                project = self.projects[row]
                shown = self.conflict_label() if conflict else (
                    self.total_text(row) or self.tr("not scored"))
                return self.tr("Total, {project}: {total}").format(project=project.code,
                                                                   total=shown)
            case Qt.ItemDataRole.AccessibleDescriptionRole:
                if partial:
                    return self.partial_text(row)
                return self.tr("Your total: the weighted share of the maximum over the "
                               "criteria you scored")
            case _ if role == PROJECT_ROLE:
                return self.projects[row]
            case _ if role in (VALUE_ROLE, SORT_ROLE):
                total = None if conflict else self.total(row)
                return total if role == VALUE_ROLE else (-1.0 if total is None else total)
            case _ if role == STATE_ROLE:
                return STATE_CONFLICT if conflict else STATE_SCORED
        return None

    def _mark_data(self, row: int, column: int, role: int) -> Any:
        value = self._values[row][column - 1]
        conflict = self._conflict_rows[row]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return "" if conflict else self.number(value)
            case Qt.ItemDataRole.EditRole:
                return self.number(value)
            case Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            case Qt.ItemDataRole.BackgroundRole:
                if conflict:
                    return CONFLICT_BRUSH
                if value is None and not self.submitted:
                    return MISSING_BRUSH
                return None
            case Qt.ItemDataRole.DecorationRole:
                commented = not conflict and self._comments[row][column - 1]
                return icons.comment() if commented else None
            case Qt.ItemDataRole.ToolTipRole:
                return self._mark_tooltip(row, column)
            case Qt.ItemDataRole.AccessibleTextRole:
                return self.cell_name(row, column)
            case Qt.ItemDataRole.AccessibleDescriptionRole:
                return self.cell_description(row, column)
            case _ if role == VALUE_ROLE:
                return value
            case _ if role == SORT_ROLE:
                return -1.0 if value is None else value
            case _ if role == COMMENT_ROLE:
                return self._comments[row][column - 1]
            case _ if role == STATE_ROLE:
                if conflict:
                    return STATE_CONFLICT
                if self.submitted:
                    return STATE_LOCKED
                return STATE_MISSING if value is None else STATE_SCORED
            case _ if role == PROJECT_ROLE:
                return self.projects[row]
            case _ if role == CRITERION_ROLE:
                return self.criteria[column - 1]
        return None

    def cell_name(self, row: int, column: int) -> str:
        """What a screen reader says of a mark: "criterion, project: value"."""
        project = self.projects[row]
        value = self._values[row][column - 1]
        shown = (self.tr("conflict of interest") if self._conflict_rows[row] else
                 self.number(value) if value is not None else self.tr("not scored"))
        return self.tr("{criterion}, {project} {title}: {value}").format(
            criterion=self.criterion_name(self.criteria[column - 1]), project=project.code,
            title=self.project_title(project), value=shown)

    def cell_description(self, row: int, column: int) -> str:
        """The allowed range, then why the cell is locked or the mark's comment."""
        parts = [self.allowed_text(self.criteria[column - 1])]
        if self._conflict_rows[row] or self.submitted:
            parts.append(self.locked_reason(row))
        elif comment := self._comments[row][column - 1]:
            parts.append(self.tr("Comment: {comment}").format(comment=comment))
        return "; ".join(parts)

    def _mark_tooltip(self, row: int, column: int) -> str | None:
        if self._conflict_rows[row]:
            return self.tr("Conflict of interest: you do not score this project.")
        value = self._values[row][column - 1]
        criterion = self.criteria[column - 1]
        if value is None:
            return self.tr("Not scored yet — {allowed}").format(
                allowed=self.allowed_text(criterion))
        comment = self._comments[row][column - 1]
        return comment or None


class _MarkEdit(QUndoCommand):
    """One accepted change of a cell. It is pushed after its write succeeded, so its
    first redo (which QUndoStack.push calls) does nothing; later undos and redos write.
    A write refused then (the category was submitted meanwhile, say) leaves the cell
    as the database has it and empties the history, which no longer matches."""

    def __init__(self, model: JurorGridModel, row: int, column: int, before: CellState,
                 after: CellState) -> None:
        super().__init__()
        self._model, self._row, self._column = model, row, column
        self._before, self._after = before, after
        self._pushed = False
        self.name()

    def name(self) -> None:
        """(Re)name the step in the model's language."""
        model = self._model
        self.setText(model.edit_text(self._before, self._after, model.projects[self._row].code,
                                     model.criteria[self._column - 1]))

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, state: CellState) -> None:
        if self._model.write(self._row, self._column, state):
            self._model.revealed.emit(self._row, self._column)
        else:
            QTimer.singleShot(0, self._model.undo_stack.clear)


class GridFilter(QSortFilterProxyModel):
    """Keeps the projects whose code or title holds every search word (accents and case
    ignored); sorts on SORT_ROLE. Rows never jump while the juror types: sorting
    happens only when a header is clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        words = labels.fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, JurorGridModel)
        project = model.projects[source_row]
        haystack = labels.fold(" ".join((project.code, project.title_fr, project.title_nl,
                                         project.title_en, project.organisation)))
        return all(word in haystack for word in self._words)
