"""Undo and redo for every edit of the desk: one QUndoStack for the window.

An edit is a pair of store functions: `do(session)` makes the change and returns
what undoing needs (a removed project with its scores, the previous values),
`undo(session, result)` reverses it. Each runs in its own short write session,
so every step is committed at once with its audit entries; undoing is itself a
change the audit log records, never a rollback. The first `do` runs before the
command is pushed, so that a refused edit (bad input, a locked edition) never
enters the stack; the message goes to `refused` for the window to show.

A step's name follows the interface language: the view names it by its translatable
source, context and values (`step(...)`, a `StepName`), never by a text already
translated, and the stack says it again when the language changes, as it does the
Undo and Redo actions' own words. The source is marked with `QT_TRANSLATE_NOOP` in
the context the view's `self.tr` uses, so that Qt Linguist extracts it there:

    desk.perform(step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Add category {code}"),
                      code=code), "grid", do, undo)

A plain string is taken as it is and kept in every language (a name with nothing to
translate).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from yansenne.domain import work as unit
from yansenne.errors import YansenneError
from yansenne.store.database import Database
from yansenne.store.guard import DatabaseInUse
from yansenne.ui import i18n

if TYPE_CHECKING:
    from yansenne.domain.work import Session

#: The words of the Undo and Redo actions are Qt's own (its qtbase catalogue).
QT_OWN = "QUndoStack"

Do = Callable[["Session"], Any]
Undo = Callable[["Session", Any], Any]


def desk_actor() -> str:
    """Who the audit log names for edits made at this desk: the secretariat, by login."""
    try:
        return f"secretariat:{getpass.getuser()}"
    except Exception:  # no user name on some locked-down desktops
        return "secretariat"


@dataclass(frozen=True)
class StepName:
    """An undo step's name as Qt Linguist knows it: said again in every language."""

    context: str
    source: str
    values: dict[str, Any] = field(default_factory=dict)
    disambiguation: str | None = None

    def text(self) -> str:
        template = QCoreApplication.translate(self.context, self.source, self.disambiguation)
        return template.format(**self.values) if self.values else template


def step(context: str, source: str, /, **values: Any) -> StepName:
    """The name of a step: `source` as marked by `QT_TRANSLATE_NOOP(context, source)`,
    with the values of its `{placeholders}`."""
    return StepName(context, source, values)


def step_text(name: str | StepName) -> str:
    return name.text() if isinstance(name, StepName) else name


class StoreCommand(QUndoCommand):
    """One committed edit and the way back."""

    def __init__(self, stack: UndoStack, text: str | StepName, kind: str, do: Do,
                 undo: Undo, result: Any, undo_alone: bool = False) -> None:
        super().__init__(step_text(text))
        self.name = text if isinstance(text, StepName) else None
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
        self._actions: list[tuple[QAction, bool]] = []  # (action, is the undo one)
        self.indexChanged.connect(self._moved)
        self.undoTextChanged.connect(self._name_actions)
        self.redoTextChanged.connect(self._name_actions)
        i18n.news().switched.connect(self.retranslate)

    def createUndoAction(self, parent: QObject, prefix: str = "") -> QAction:  # noqa: N802
        """Undo, named after the step and in the current language (Qt's own action
        keeps the words of the language it was made in)."""
        return self._action(parent, undo=True)

    def createRedoAction(self, parent: QObject, prefix: str = "") -> QAction:  # noqa: N802
        return self._action(parent, undo=False)

    def _action(self, parent: QObject, *, undo: bool) -> QAction:
        action = QAction(parent)
        action.triggered.connect(self.undo if undo else self.redo)
        (self.canUndoChanged if undo else self.canRedoChanged).connect(action.setEnabled)
        action.setEnabled(self.canUndo() if undo else self.canRedo())
        self._actions.append((action, undo))
        action.destroyed.connect(lambda *_: self._forget(action))
        self._name_actions()
        return action

    def _forget(self, gone: QAction) -> None:
        self._actions = [(a, u) for a, u in self._actions if a is not gone]

    def _name_actions(self, *_: object) -> None:
        """"Undo Add project P01" in the current language (Qt's own catalogue)."""
        for action, undo in self._actions:
            step = self.undoText() if undo else self.redoText()
            if step:
                template = QCoreApplication.translate(QT_OWN, "Undo %1" if undo else "Redo %1")
                action.setText(template.replace("%1", step))
            else:
                action.setText(QCoreApplication.translate(
                    QT_OWN, "Undo" if undo else "Redo",
                    "Default text for undo action" if undo else "Default text for redo action"))

    def retranslate(self, *_: object) -> None:
        """Every step named again in the language just chosen."""
        for position in range(self.count()):
            step = self.command(position)
            if isinstance(step, StoreCommand) and step.name is not None:
                step.setText(step.name.text())
        self._name_actions()

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

    def perform(self, text: str | StepName, kind: str, do: Do, undo: Undo, *,
                undo_alone: bool = False) -> bool:
        """Make an edit now and, if it was accepted, make it undoable."""
        ok, result = self.run(do)
        if ok:
            self.push(StoreCommand(self, text, kind, do, undo, result, undo_alone))
        return ok

    def record(self, text: str | StepName, kind: str, do: Do, undo: Undo,
               result: Any) -> None:
        """Make undoable an edit already committed elsewhere (a background import)."""
        self.push(StoreCommand(self, text, kind, do, undo, result))

    def _moved(self, index: int) -> None:
        """Announce the kind of data the step just done, undone or redone touched."""
        step = self.command(min(index, self._index) if index < self._index else index - 1)
        self._index = index
        self.changed.emit(step.kind if isinstance(step, StoreCommand) else "")
