"""Undo and redo for every edit of the desk: one QUndoStack for the window.

An edit is a pair of store functions: `do(session)` makes the change and returns
what undoing needs (a removed project with its scores, the previous values),
`undo(session, result)` reverses it. Each runs in its own short write session,
so every step is committed at once with its audit entries; undoing is itself a
change the audit log records, never a rollback. The first `do` runs before the
command is pushed, so that a refused edit (bad input, a locked edition) never
enters the stack; the message goes to `refused` for the window to show.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from yansenne.domain import work as unit
from yansenne.domain.work import Session
from yansenne.errors import YansenneError
from yansenne.store.database import Database
from yansenne.store.guard import DatabaseInUse

Do = Callable[[Session], Any]
Undo = Callable[[Session, Any], Any]


def desk_actor() -> str:
    """Who the audit log names for edits made at this desk: the secretariat, by login."""
    try:
        return f"secretariat:{getpass.getuser()}"
    except Exception:  # no user name on some locked-down desktops
        return "secretariat"


class StoreCommand(QUndoCommand):
    """One committed edit and the way back."""

    def __init__(self, stack: UndoStack, text: str, kind: str, do: Do, undo: Undo,
                 result: Any, undo_alone: bool = False) -> None:
        super().__init__(text)
        self._stack, self.kind, self._undo_alone = stack, kind, undo_alone
        self._do, self._undo, self._result = do, undo, result
        self._done = True  # pushed after its first run: the first redo() is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        ok, result = self._stack.run(self._do)
        if ok:
            self._result = result
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        ok, error = self._stack.run(lambda session: self._undo(session, self._result),
                                    alone=self._undo_alone)
        if ok:
            return
        if isinstance(error, DatabaseInUse):
            # Refused for now, not for ever (another desk has the database open): the
            # edit stays done and undoable; step the stack forward again, which the
            # `_done` flag makes a no-op.
            self._done = True
            QTimer.singleShot(0, self._stack.redo)
            return
        self.setObsolete(True)


class UndoStack(QUndoStack):
    """The window's undo stack over the current database.

    `changed(kind)` follows every committed step (do, undo or redo) so the pages
    reload; `refused(message)` carries why a step could not be made.
    """

    changed = Signal(str)
    refused = Signal(str)

    def __init__(self, database: Callable[[], Database], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.actor = desk_actor()
        self._index = 0
        self.indexChanged.connect(self._moved)

    def run(self, work: Do, *, alone: bool = False) -> tuple[bool, Any]:
        """Run `work` in one write session: (True, its result), or (False, the error)
        with `refused` on failure.

        `alone`: the step removes a whole edition, so it holds the database alone and is
        refused while another process has it open (store/guard.py)."""
        try:
            return True, unit.write(self._database(), work, alone=alone)
        except YansenneError as error:  # the domain's or the schema's refusal
            self.refused.emit(str(error))
            return False, error

    def perform(self, text: str, kind: str, do: Do, undo: Undo, *,
                undo_alone: bool = False) -> bool:
        """Make an edit now and, if it was accepted, make it undoable."""
        ok, result = self.run(do)
        if ok:
            self.push(StoreCommand(self, text, kind, do, undo, result, undo_alone))
        return ok

    def record(self, text: str, kind: str, do: Do, undo: Undo, result: Any) -> None:
        """Make undoable an edit already committed elsewhere (a background import)."""
        self.push(StoreCommand(self, text, kind, do, undo, result))

    def _moved(self, index: int) -> None:
        """Announce the kind of data the step just done, undone or redone touched."""
        step = self.command(min(index, self._index) if index < self._index else index - 1)
        self._index = index
        self.changed.emit(step.kind if isinstance(step, StoreCommand) else "")
