"""The grid's view and editor: typing a number scores the focused cell.

A key press on a cell opens a one-line editor holding that key; Enter or Tab checks
the text and, if it is a valid mark, commits it and moves on to the next cell to
score (reading order, conflicts skipped); Shift+Tab goes back; the arrows move
around; Delete clears; Escape leaves the cell as it was. A value off the scale or off
its step is refused on the spot: the editor stays open with the text selected and
the message strip says what is allowed. Ctrl+Z while a mark is being typed drops it
(the cell stays as it was); otherwise it undoes the last committed mark.

Ctrl+C copies the selected cells as text, tab and newline separated, as shown; Ctrl+V
pastes one value into the current cell, or a column or block (as a spreadsheet copies
it) down and to the right, each value checked and committed as if it were typed.

Keys and the editor: the grid hands the keys it gets while a mark is being typed to the
editor, and the editor keeps every key it gets, whether it uses it or not. A key never
travels back up from the editor to the grid (Qt's propagation of an ignored key), so the
grid never hands the same key on again: that loop once crashed the window.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from yansenne.ui.juror.grid_model import (
    STATE_CONFLICT,
    STATE_ROLE,
    JurorGridModel,
)

Index = QModelIndex | QPersistentModelIndex


class Move(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    UP = "up"
    DOWN = "down"
    STAY = "stay"


_COMMIT_KEYS = {  # by the keys' numbers, as QKeyEvent.key() gives them
    Qt.Key.Key_Return.value: Move.NEXT,
    Qt.Key.Key_Enter.value: Move.NEXT,
    Qt.Key.Key_Tab.value: Move.NEXT,
    Qt.Key.Key_Backtab.value: Move.PREVIOUS,
    Qt.Key.Key_Up.value: Move.UP,
    Qt.Key.Key_Down.value: Move.DOWN,
}


class MarkEditor(QLineEdit):
    """The one-line editor of a cell; remembers which cell it edits, and ends its mark
    itself: Enter, Tab and the arrows commit it (`ScoreDelegate.finish`), Escape and
    Undo drop it, leaving it for another widget of the window commits it.

    Qt would have the delegate watch the editor with an event filter for these; a
    filter written in Python is called for every event the editor gets (a dozen per
    mark typed), so the delegate takes it off (`ScoreDelegate.setEditorData`) and the
    editor's own handlers, called only for the events they are about, do its work.
    (That filter also took Escape from the window's shortcuts; none is Escape: one
    added would need the editor to accept Escape's ShortcutOverride.)"""

    def __init__(self, parent: QWidget, index: Index, delegate: ScoreDelegate) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.delegate = delegate
        self.open = False
        """Editing a cell: from `createEditor` until the view closes the editor."""
        self.setObjectName("scoreEditor")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrame(False)
        self.setStyleSheet("QLineEdit#scoreEditor { border: 2px solid #2b5797; "
                           "border-radius: 0; padding: 0 2px; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Every key typed into the editor ends here, used or not (F1, PageDown, Ctrl
        alone...): one it ignored would travel up to the grid, which hands its keys to
        the editor."""
        if self.open:
            key = event.key()
            move = _COMMIT_KEYS.get(key)
            if move is not None:
                self.delegate.finish(self, move)
                event.accept()
                return
            if key == _ESCAPE or event.matches(QKeySequence.StandardKey.Undo):
                # Undo while typing drops the mark being typed; the next undo (the
                # window's) takes back the last committed one.
                self.delegate.drop(self)
                event.accept()
                return
        super().keyPressEvent(event)
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        """Tab and Shift+Tab, which Qt makes a move of the focus before a key press.
        Qt also calls it to move the focus off the editor when the view hides it
        without closing it (the model reset, the row removed): that is no mark's end."""
        if not self.open or not self.isVisible():
            self.open = False
            return super().focusNextPrevChild(next)
        self.delegate.finish(self, Move.NEXT if next else Move.PREVIOUS)
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """The focus went to another widget of the window: the mark is committed (or,
        refused, the cell keeps its own). Another window taking the focus is not an end:
        the mark is still being typed when it comes back."""
        if self.open and not (self.isVisible() and not self.isActiveWindow()):
            self.delegate.finish(self, Move.STAY, closing=True)
        self.delegate.back_to_view = QApplication.focusWidget() is self.delegate.parent()
        super().focusOutEvent(event)


class ScoreDelegate(QStyledItemDelegate):
    """Edits a mark as text and checks it before anything is written."""

    refused = Signal(str)
    """The typed text is not a mark of this criterion: why, with the allowed range."""
    committed = Signal(object)
    """A valid mark was handed to the model; the view moves as the `Move` says."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor: MarkEditor | None = None
        """The open editor, if any (keys that reach the view go on to it)."""
        self._spare: MarkEditor | None = None
        """A closed editor kept for the next mark: making one costs more than the rest
        of a keystroke's path to the database."""
        self.back_to_view = False
        """The focus has just left the editor for the grid, the delegate's parent
        (`ScoreGridView.focusInEvent`)."""
        self.opening_with_key = False
        """The editor is being opened by a mark's first character, which replaces
        whatever the cell held (`ScoreGridView._key_pressed`)."""

    # -- editing -------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = self._spare
        if editor is not None and editor.parent() is parent:
            self._spare = None
            editor.index = QPersistentModelIndex(index)
        else:
            editor = MarkEditor(parent, index, self)
            editor.destroyed.connect(self._forget_editor)
        editor.open = True
        self.editor = editor
        return editor

    def _forget_editor(self) -> None:
        self.editor = self._spare = None

    def destroyEditor(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, MarkEditor):
            editor.open = False
        if editor is self.editor:
            self.editor = None
        if isinstance(editor, MarkEditor) and self._spare is None:
            editor.hide()  # the view has closed it; it waits, hidden, for the next mark
            editor.index = QPersistentModelIndex()
            self._spare = editor
            return
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        # The view has just made this delegate the editor's event filter; the editor
        # does that work itself (MarkEditor), without a Python call on every event.
        editor.removeEventFilter(self)
        if self.opening_with_key:
            # The first character replaces the mark: shown and selected, the old one
            # would be laid out twice (shown, then replaced) for nothing.
            editor.clear()
            return
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        editor.setGeometry(option.rect)

    def drop(self, editor: MarkEditor) -> None:
        """Close the editor and leave the cell as it was (Escape, Undo)."""
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def finish(self, editor: MarkEditor, move: Move, *, closing: bool = False) -> bool:
        """Check the editor's text; commit it and move on if it is a mark of the cell.

        Refused, the editor stays open with its text selected (or, when it is closing
        anyway, the cell keeps its mark) and the message strip says why."""
        index = editor.index
        if not index.isValid():
            return False
        model, row, column = _source(index)
        value, problem = model.check_text(column, editor.text())
        if problem:
            self.refused.emit(problem)
            if closing:
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            else:
                editor.selectAll()
            return False
        if value != model.value(row, column):
            # The checked value to the model itself: Qt's way (commitData, then
            # setModelData and the filter's setData) would read and check the text again.
            model.set_mark(row, column, value)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.committed.emit(move)
        return True


def _typed_character(event: QKeyEvent) -> bool:
    """A printable key with at most Shift (or the keypad's): text for an editor, never a
    shortcut (QLineEdit takes exactly these in its ShortcutOverride)."""
    return (event.key() < _ESCAPE and bool(event.text())
            and not event.modifiers().value & ~_TYPING_MODIFIERS)


# As plain numbers: a keystroke's test without the enum module's arithmetic.
_ESCAPE = Qt.Key.Key_Escape.value
_ENDING_KEYS = frozenset((Qt.Key.Key_Return.value, Qt.Key.Key_Tab.value))
_TYPING_MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier).value


def _source(index: Index) -> tuple[JurorGridModel, int, int]:
    """The grid model behind a view index (through the filter), with its row and column."""
    model = index.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    assert isinstance(model, JurorGridModel)
    return model, index.row(), index.column()


class ScoreGridView(QTableView):
    """The table the juror types into; knows which cells can take a mark."""

    refused = Signal(str)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreGrid")
        self.delegate = ScoreDelegate(self)
        self.setItemDelegate(self.delegate)
        self.delegate.committed.connect(self.move_on)
        self.delegate.refused.connect(self.refused)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(True)
        self._in_key = False
        """A key press is being handled: one that comes back meanwhile is not the grid's."""

    # -- where the cursor goes -----------------------------------------------------
    def grid(self) -> tuple[JurorGridModel, QSortFilterProxyModel | None]:
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            source = model.sourceModel()
            assert isinstance(source, JurorGridModel)
            return source, model
        assert isinstance(model, JurorGridModel)
        return model, None

    def _editable(self, row: int, column: int) -> bool:
        index = self.model().index(row, column)
        return bool(index.flags() & Qt.ItemFlag.ItemIsEditable)

    def _scoreable(self, row: int, column: int) -> bool:
        """A cell that takes a mark when the grid is open (not a conflict)."""
        grid, _proxy = self.grid()
        return grid.is_score_column(column) and self.model().index(row, column).data(
            STATE_ROLE) != STATE_CONFLICT

    def next_cell(self, row: int, column: int, step: int) -> tuple[int, int] | None:
        """The next (step=1) or previous (step=-1) cell to score in reading order."""
        grid, _proxy = self.grid()
        first, last = 1, len(grid.criteria)
        rows = self.model().rowCount()
        if not rows or last < first:
            return None
        r, c = row, column
        for _ in range(rows * (last - first + 1) + 2):
            c += step
            if c > last:
                r, c = r + 1, first
            elif c < first:
                r, c = r - 1, last
            if not 0 <= r < rows:
                return None
            if self._scoreable(r, c):
                return r, c
        return None

    def move_on(self, move: Move) -> None:
        current = self.currentIndex()
        if not current.isValid() or move == Move.STAY:
            return
        row, column = current.row(), current.column()
        target: tuple[int, int] | None
        if move in (Move.NEXT, Move.PREVIOUS):
            target = self.next_cell(row, column, 1 if move == Move.NEXT else -1)
        else:
            target = (row + (1 if move == Move.DOWN else -1), column)
            if not 0 <= target[0] < self.model().rowCount():
                target = None
        if target is not None:
            self.go_to(*target)

    def go_to(self, row: int, column: int) -> None:
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveNext,
                      QAbstractItemView.CursorAction.MovePrevious):
            current = self.currentIndex()
            if current.isValid():
                step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
                target = self.next_cell(current.row(), current.column(), step)
                return self.model().index(*target) if target else current
        return super().moveCursor(action, modifiers)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()

    # -- focus ---------------------------------------------------------------------
    # Qt repaints a widget whole when it loses or takes the focus, and an item view its
    # whole viewport as well (every visible cell, each asking the model for seven roles):
    # twice a mark, as the focus goes to the mark's editor and comes back. Between the
    # grid and its editor only the current cell looks different (its focus frame; the
    # style sheet gives the grid's own frame no focused look): it alone is repainted.
    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        editor = QApplication.focusWidget()
        if isinstance(editor, MarkEditor) and editor.delegate is self.delegate:
            self._update_current()
            return
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        back, self.delegate.back_to_view = self.delegate.back_to_view, False
        current = self.currentIndex()
        if not (back and current.isValid()):
            super().focusInEvent(event)
            return
        # What QAbstractItemView does when it takes the focus, but the repaint:
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled,
                          bool(current.flags() & Qt.ItemFlag.ItemIsEditable))
        self._update_current()

    def _update_current(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            self.viewport().update(self.visualRect(current))

    def closeEditor(self, editor: QWidget,  # noqa: N802
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        """However the editing ends (the editor's keys, a click elsewhere, the model
        reset), the editor knows it is no longer open before the view takes the focus
        back from it: that focus change is not the juror leaving the cell."""
        if isinstance(editor, MarkEditor):
            editor.open = False
        super().closeEditor(editor, hint)

    # -- keys ----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return super().event(event)
        editor = self.delegate.editor
        if (not self._in_key and editor is not None
                and self.state() == QAbstractItemView.State.EditingState):
            # A key that reaches the grid while a mark is typed goes to the editor; so
            # the editor says which shortcuts the key stands for there (Ctrl+Z undoes
            # the typing, not the last mark; Ctrl+V pastes into the text).
            assert isinstance(event, QKeyEvent)
            if _typed_character(event):  # the editor's answer, known without asking:
                event.accept()  # text it takes
                return True
            if event.key() in _ENDING_KEYS and not event.modifiers().value:
                return super().event(event)  # and Return or Tab, which end a mark: not its
            override = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),
                                 event.isAutoRepeat(), event.count())
            override.ignore()
            self._in_key = True  # it may come back up, unused, from the editor
            try:
                QCoreApplication.sendEvent(editor, override)
            finally:
                self._in_key = False
            if override.isAccepted():
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._in_key:
            # A key this handler handed on (to the editor) came back up unused: it is
            # nobody's; handing it on again would never end.
            event.ignore()
            return
        self._in_key = True
        try:
            self._key_pressed(event)
        finally:
            self._in_key = False

    def _edit_with(self, current: Index, event: QKeyEvent) -> bool:
        """Open the cell's editor with the key typed: it replaces the cell's mark."""
        self.delegate.opening_with_key = True
        try:
            return self.edit(current, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
        finally:
            self.delegate.opening_with_key = False

    def _key_pressed(self, event: QKeyEvent) -> None:
        editor = self.delegate.editor
        if self.state() == QAbstractItemView.State.EditingState and editor is not None:
            # A key sent to the grid while its editor is open is typed into the editor,
            # wherever the keyboard focus is (as it would be in a spreadsheet). The
            # editor keeps it (MarkEditor.keyPressEvent).
            QCoreApplication.sendEvent(editor, QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.text(),
                event.isAutoRepeat(), event.count()))
            return
        current = self.currentIndex()
        key = event.key()
        typed = _typed_character(event)
        if typed and self._edit_with(current, event):
            return  # a mark's first character: its editor opened with it
        if event.matches(QKeySequence.StandardKey.Undo):
            # The window's Undo action takes the shortcut first; this is for when the
            # key reaches the grid all the same (no active window, say).
            self.grid()[0].undo_stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.grid()[0].undo_stack.redo()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        if current.isValid() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_on(Move.NEXT)
            return
        if current.isValid() and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._clear(current)
            return
        typing = bool(event.text().strip()) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if current.isValid() and typing and not self._editable(current.row(), current.column()):
            grid, proxy = self.grid()
            source = proxy.mapToSource(current) if proxy else current
            if grid.is_score_column(source.column()):
                self.refused.emit(grid.locked_reason(source.row()))
            else:
                self.refused.emit(grid.column_hint())
            return
        super().keyPressEvent(event)

    # -- clipboard -----------------------------------------------------------------
    def _selected_block(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) of the selected cells, else of the current cell."""
        cells = [(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()]
        if not cells:
            current = self.currentIndex()
            if not current.isValid():
                return None
            cells = [(current.row(), current.column())]
        rows = [r for r, _c in cells]
        columns = [c for _r, c in cells]
        return min(rows), min(columns), max(rows), max(columns)

    def copy_text(self) -> str:
        """The selected cells as shown, a tab between cells and a newline between rows
        (what a spreadsheet pastes as a block); cells inside the block but not selected
        are empty."""
        block = self._selected_block()
        if block is None:
            return ""
        top, left, bottom, right = block
        model = self.model()
        selection = self.selectionModel()
        whole = not selection.hasSelection()  # the current cell alone
        lines = []
        for row in range(top, bottom + 1):
            cells = []
            for column in range(left, right + 1):
                index = model.index(row, column)
                chosen = whole or selection.isSelected(index)
                cells.append(str(index.data() or "") if chosen else "")
            lines.append("\t".join(cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        if self._selected_block() is not None:
            QGuiApplication.clipboard().setText(self.copy_text())

    def paste_text(self, text: str) -> int:
        """Type `text` into the grid from the current cell (the selection's top left):
        one value, or rows of tab-separated values going down and to the right, as a
        spreadsheet copies them. Each value is checked and committed as if typed (its
        own audited write, its own undo step). A cell that takes no mark (the project
        or total column, a conflict of interest) is skipped with its value; the first
        value refused stops the paste there, its reason in the message strip, the
        values before it kept. Returns how many values were taken (one equal to the
        cell's mark, like a retyped mark, writes nothing)."""
        block = self._selected_block()
        rows = _clipboard_rows(text)
        if block is None or not rows:
            return 0
        top, left = block[0], block[1]
        grid, proxy = self.grid()
        model = self.model()
        written = 0
        tried = False
        for i, values in enumerate(rows):
            row = top + i
            if row >= model.rowCount():
                break
            for j, value in enumerate(values):
                column = left + j
                if column >= model.columnCount():
                    break
                index = model.index(row, column)
                source = proxy.mapToSource(index) if proxy else index
                if not grid.is_score_column(source.column()) or grid.is_conflict(source.row()):
                    continue
                tried = True
                if not grid.can_edit(source.row(), source.column()):
                    self.refused.emit(grid.locked_reason(source.row()))
                    return written
                if not model.setData(index, value, Qt.ItemDataRole.EditRole):
                    self.go_to(row, column)  # the refused cell, its reason in the strip
                    return written
                written += 1
        if not tried:
            index = model.index(top, left)
            source = proxy.mapToSource(index) if proxy else index
            if grid.is_score_column(source.column()):
                self.refused.emit(grid.locked_reason(source.row()))
            else:
                self.refused.emit(grid.column_hint())
        return written

    def _clear(self, index: QModelIndex) -> None:
        grid, proxy = self.grid()
        source = proxy.mapToSource(index) if proxy else index
        if not grid.is_score_column(source.column()):
            return
        grid.set_mark(source.row(), source.column(), None)


def _clipboard_rows(text: str) -> list[list[str]]:
    """Rows of tab-separated values, as spreadsheets copy them (CRLF or LF line ends,
    with a final line end or not)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]
