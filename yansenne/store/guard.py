"""Who has a SQLite database open: a lock file beside it that a stray close cannot release.

SQLite keeps its own locks as POSIX advisory locks, which belong to the process: any
`open()` and `close()` of the database file by other code in the same process (a file
dialog guessing a type, a size check, a copy) silently drops every one of them, and
another process then believes it is alone. The guard does not rely on them. Each
process that opens a database holds a lock on `NAME.lock` beside it through portalocker
(`flock` on Linux and macOS, which belongs to the open file description, so closing any
other descriptor leaves it alone; `LockFileEx` on Windows):

- shared, by every process that has the database open (desks, juror windows, commands);
- exclusive, for the operations that replace the database or a whole edition under
  everybody's feet (`restore`, `edition import --replace`, `demo --replace`,
  `db upgrade`, deleting an edition): refused while another process holds it.

One process holds one descriptor per database, whatever the number of `Database`
objects it opened on it: its own connections never count as "somebody else".
The lock file is left in place when the database closes (removing it would race with
a process about to lock it); it holds nothing.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import portalocker

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr

LOCK_SUFFIX = ".lock"
# How long opening waits for a replacing operation of another process to finish.
OPEN_WAIT_S = 20.0
_POLL_S = 0.1


class DatabaseInUse(InputError):
    """The database is open in another process, or being replaced by one."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


@dataclass
class _Held:
    handle: IO[str]
    users: int
    exclusive: bool = False


_held: dict[str, _Held] = {}
_mutex = threading.RLock()


def _key(database: Path) -> str:
    return os.path.normcase(os.path.realpath(database))


def _try(handle: IO[str], exclusive: bool) -> bool:
    flags = portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
    try:
        portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
    except portalocker.AlreadyLocked:
        return False
    except portalocker.LockException as exc:  # EWOULDBLOCK reported as a plain failure
        if isinstance(exc.__cause__, BlockingIOError | PermissionError):
            return False
        raise
    return True


def in_use_problem(database: Path) -> DatabaseInUse:
    return DatabaseInUse(Problem(
        tr("the database is open in another Yansenne window or command on this computer; "
           "close it there first (nothing was changed)"), file=str(database)))


def acquire(database: Path, *, wait_s: float = OPEN_WAIT_S) -> None:
    """Take this process's shared hold on `database` (once per process, counted)."""
    key = _key(database)
    with _mutex:
        held = _held.get(key)
        if held is not None:
            held.users += 1
            return
        try:
            handle = open(lock_path(database), "a+", encoding="utf-8")  # noqa: SIM115
        except OSError:
            return  # a read-only folder: SQLite itself will say what it can do there
        deadline = time.monotonic() + wait_s
        while not _try(handle, exclusive=False):
            if time.monotonic() >= deadline:
                handle.close()
                raise DatabaseInUse(Problem(
                    tr("the database is being replaced by another Yansenne command; try "
                       "again when it has finished"), file=str(database)))
            time.sleep(_POLL_S)
        _held[key] = _Held(handle, 1)


def release(database: Path) -> None:
    """Give back one hold; the lock goes with the last one."""
    key = _key(database)
    with _mutex:
        held = _held.get(key)
        if held is None:
            return
        held.users -= 1
        if held.users <= 0:
            del _held[key]
            portalocker.unlock(held.handle)
            held.handle.close()


def promote(database: Path) -> None:
    """Make this process's hold exclusive, or raise `DatabaseInUse` (keeping it shared)."""
    key = _key(database)
    with _mutex:
        held = _held.get(key)
        if held is None:
            raise RuntimeError(f"{database} is not held by this process")
        if held.exclusive:
            return
        if _try(held.handle, exclusive=True):
            held.exclusive = True
            return
        # A failed conversion of an flock may have dropped the shared lock: take it again.
        deadline = time.monotonic() + OPEN_WAIT_S
        while not _try(held.handle, exclusive=False) and time.monotonic() < deadline:
            time.sleep(_POLL_S)
        raise in_use_problem(database)


def demote(database: Path) -> None:
    """Back to a shared hold after a replacing operation."""
    with _mutex:
        held = _held.get(_key(database))
        if held is None or not held.exclusive:
            return
        _try(held.handle, exclusive=False)  # a downgrade never waits
        held.exclusive = False


def is_held_here(path: Path) -> bool:
    """True when `path` is a database this process has open, or one of its side files
    (`-wal`, `-shm`, `-journal`, `.lock`): reading it as an input file would drop
    SQLite's locks (see the module docstring)."""
    try:
        key = _key(path)
    except OSError:
        return False
    with _mutex:
        databases = list(_held)
    for database in databases:
        if key == database or any(key == database + suffix for suffix in
                                  ("-wal", "-shm", "-journal", LOCK_SUFFIX)):
            return True
    return False


def refuse_if_database(path: Path) -> None:
    """Refuse, as an input file, a database this process has open (see `is_held_here`)."""
    if is_held_here(path):
        raise InputError(Problem(tr("this is the open database itself, not a file to read"),
                                 file=str(path)))
