"""Noticing that the file under an open SQLite database is no longer the database.

If another program renames a file over the database, deletes it, or removes its WAL
(which SQLite's last connection does when it wrongly believes it is alone), SQLite in
this process keeps writing into the orphaned files: every later commit is acknowledged
and then vanishes when the process closes. A desk must stop writing and say so instead.

The watch keeps one idle connection open for the life of the database, so that the
process's own connections never remove the WAL themselves, and remembers which files
(device and inode, read with `stat`, which opens nothing) the database and its WAL
were. Any change afterwards means somebody else replaced them.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from yansenne.errors import DatabaseError
from yansenne.i18n import tr

Identity = tuple[int, int]


def _identity(path: Path) -> Identity | None:
    try:
        status = os.stat(path)
    except OSError:  # gone, or no longer reachable (a share that went away): not ours
        return None
    return status.st_dev, status.st_ino


class FileWatch:
    """Holds the WAL open and tells whether the files are still the ones opened."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wal = path.with_name(path.name + "-wal")
        self._anchor = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self._anchor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._database = _identity(path)
        self._wal = _identity(self.wal)
        self._lost: str | None = None

    def problem(self) -> str | None:
        """Why the database can no longer be written here, or None while it can."""
        if self._lost is None:
            database = _identity(self.path)
            if database != self._database:
                self._lost = tr("{file}: the database file was replaced or removed by another "
                                "program; nothing more can be saved in this window. Close "
                                "it and open the database again.", file=self.path)
            elif self._wal is not None and _identity(self.wal) != self._wal:
                self._lost = tr("{file}: the database's journal (-wal) was removed by another "
                                "program; nothing more can be saved in this window. Close "
                                "it and open the database again.", file=self.path)
        return self._lost

    def check(self) -> None:
        """Raise `DatabaseError` once the files are no longer those opened."""
        problem = self.problem()
        if problem is not None:
            raise DatabaseError(problem)

    def close(self) -> None:
        self._anchor.close()
