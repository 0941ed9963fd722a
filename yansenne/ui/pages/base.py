"""What every page of the desk gets from the window, and what it offers back.

A page is a QWidget built with its parent only (so Designer and the registry
can make it alike), then given the `Desk`: the open database, the current
edition, the undo stack and a way to show messages. The window calls `load()`
when the page is shown and something changed since it last read the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from yansenne.domain.queries import EditionRow
from yansenne.store.database import Database
from yansenne.ui.undo import Do, StepName, Undo, UndoStack


class Desk(QObject):
    """The window's state as the pages see it."""

    # A page asks the window to show another page (its registry key), e.g. the
    # dashboard's shortcut to the projects.
    showPage = Signal(str)
    # A page asks the window to read the editions again (one was created).
    editionsChanged = Signal(int)
    # A page wrote outside the undo stack (ballots collected): the window reads the
    # edition again, its status bar counts included. The argument is the kind of data.
    dataChanged = Signal(str)

    def __init__(self, database: Callable[[], Database],
                 edition: Callable[[], EditionRow | None], undo: UndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database, self._edition, self.undo = database, edition, undo

    @property
    def database(self) -> Database:
        return self._database()

    @property
    def edition(self) -> EditionRow | None:
        return self._edition()

    @property
    def year(self) -> int | None:
        edition = self._edition()
        return edition.year if edition else None

    @property
    def actor(self) -> str:
        return self.undo.actor

    def perform(self, text: StepName | str, kind: str, do: Do, undo: Undo, *,
                undo_alone: bool = False) -> bool:
        """An undoable edit named `text`, a `step(...)` so that its name follows the
        language (see `yansenne.ui.undo`)."""
        return self.undo.perform(text, kind, do, undo, undo_alone=undo_alone)

    def write(self, work: Do) -> tuple[bool, Any]:
        """A write that is not undone with the others (e.g. freezing the grid on load)."""
        return self.undo.run(work)


class DeskPage(QWidget):
    """The base of every page: `bind` then `load`; the rest is optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None

    def bind(self, desk: Desk) -> None:
        self.desk = desk

    def load(self) -> None:
        """Read what the page shows for the current edition."""

    def has_unsaved(self) -> bool:
        """Edits typed but not saved yet: reading the page again would erase them, so a
        change made elsewhere waits until they are saved or reverted."""
        return False

    def focus_search(self) -> bool:
        """Put the cursor in the page's search field; False when it has none."""
        return False

    def delete_selected(self) -> bool:
        """Delete what is selected (the Delete key); False when nothing can be."""
        return False

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
