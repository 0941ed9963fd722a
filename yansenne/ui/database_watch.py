"""A window's eye on its database: other processes' changes, and a file gone from under it.

Every few seconds the watch reads the change marker (the audit log grows with every
committed change, from this process or any other: another desk, a juror's window, a
command in a terminal) and tells the window to read again when it moved. It also asks
the store whether the database file is still the one opened (store/liveness.py): when
another program replaced it or removed its WAL, nothing more can be saved, and the
window must say so at once rather than acknowledge marks that would vanish.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from yansenne.store.database import Database
from yansenne.store.postgres import MARKER_WINDOW, change_marker

POLL_MS = 2000
MAX_POLL_MS = 60_000


class DatabaseWatch(QObject):
    """Polls one database (given by a getter: the window may switch databases)."""

    changed = Signal()
    """Somebody committed a change since the last look."""
    lost = Signal(str)
    """The file under the database was replaced or its WAL removed: why (once)."""

    def __init__(self, database: Callable[[], Database], parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._database = database
        self._marker: int | None = None
        self._lost = False
        self._interval = interval_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._marker = self._read_marker()  # before the window reads: nothing slips by

    def resync(self) -> None:
        """Take the present state as seen (after the window read everything again)."""
        self._marker = self._read_marker()

    def acknowledge(self, own_changes: int) -> None:
        """Take our own `own_changes` commits (one audit entry each) as seen, read after
        the fact: if somebody else's commit came in meanwhile, the audit log grew by more
        than ours and the window is told to read again, rather than taking theirs as seen."""
        before = self._marker
        self._marker = self._read_marker()
        if before is None or self._marker is None:
            return
        grown = self._marker // (MARKER_WINDOW + 1) - before // (MARKER_WINDOW + 1)
        if grown != own_changes:
            self.changed.emit()

    def restart(self) -> None:
        """The window switched to another database: watch it afresh."""
        self._lost = False
        self.resync()

    def _read_marker(self) -> int | None:
        try:
            marker = change_marker(self._database())
        except Exception:  # a server that is away, a file going: look again later
            # (each look at an unreachable server may wait its connect timeout)
            self.timer.setInterval(min(self.timer.interval() * 2, MAX_POLL_MS))
            return self._marker
        self.timer.setInterval(self._interval)
        return marker

    def poll(self) -> None:
        db = self._database()
        problem = db.problem()
        if problem is not None:
            if not self._lost:
                self._lost = True
                self.lost.emit(problem)
            return
        marker = self._read_marker()
        if marker != self._marker:
            self._marker = marker
            self.changed.emit()
