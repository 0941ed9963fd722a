"""Who has a SQLite database open: a lock file beside it that a stray close cannot release.

SQLite keeps its own locks as POSIX advisory locks, which belong to the process: any
`open()` and `close()` of the database file by other code in the same process (a file
dialog guessing a type, a size check, a copy) silently drops every one of them, and
another process then believes it is alone. The guard does not rely on them. Each
process that opens a database holds a lock on `NAME.lock` beside it through portalocker
(`flock` on Linux and macOS, which belongs to the open file description, so closing any
other descriptor leaves it alone; on Windows `LockFileEx` through pywin32 for the shared
lock and `msvcrt.locking` for the exclusive one, whose byte ranges both start at 0 and
overlap, so each excludes the other; `NAME.gate.lock` beside it serialises the
conversions to exclusive). Never `fcntl` directly: Windows has none. Only the lock files
are locked, never the database, so Windows' mandatory byte-range locks never refuse a
read or a rename of the database itself:

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

from yansenne.errors import DatabaseError, InputError, Problem
from yansenne.i18n import tr

LOCK_SUFFIX = ".lock"
# Taken, exclusive, by a process while it turns its hold exclusive and until it gives
# it back: two processes never convert at once, and a conversion that has to give up
# its shared lock first (Windows, or a refused flock conversion) lets nobody else in.
GATE_SUFFIX = ".gate.lock"
# How long opening waits for a replacing operation of another process to finish.
OPEN_WAIT_S = 20.0
_POLL_S = 0.1


class DatabaseInUse(InputError):
    """The database is open in another process, or being replaced by one."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def gate_path(database: Path) -> Path:
    return database.with_name(database.name + GATE_SUFFIX)


@dataclass
class _Held:
    handle: IO[str] | None
    """None when the lock file could not be opened (see `_open`): nothing is locked."""
    users: int
    gate: IO[str] | None = None
    """The gate, held from a successful `promote` to its `demote`."""
    depth: int = 0
    """Promotions not yet demoted (they nest)."""

    @property
    def exclusive(self) -> bool:
        return self.depth > 0


_held: dict[str, _Held] = {}
_mutex = threading.RLock()


def _key(database: Path) -> str:
    return os.path.normcase(os.path.realpath(database))


def _open(path: Path) -> IO[str] | None:
    """The lock file, created writable by every account that may open the database
    (locks work on a read-only descriptor too); None if even reading is refused."""
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o666))
        return open(path, "r+", encoding="utf-8")  # noqa: SIM115 (kept open: it holds the lock)
    except OSError:
        try:
            return open(path, encoding="utf-8")  # noqa: SIM115
        except OSError:
            return None


def _try(handle: IO[str], exclusive: bool) -> bool:
    """Lock without waiting: True if it is ours, False if somebody else's is in the way."""
    flags = portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
    try:
        portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
    except portalocker.AlreadyLocked:
        return False
    except portalocker.LockException as exc:  # EWOULDBLOCK reported as a plain failure
        if isinstance(exc.__cause__, BlockingIOError | PermissionError):
            return False
        raise DatabaseError(tr("{file}: the database cannot be locked ({reason})",
                               file=handle.name, reason=str(exc))) from exc
    return True


def _unlock(handle: IO[str]) -> None:
    try:
        portalocker.unlock(handle)
    except portalocker.LockException:
        pass  # nothing was locked


def _share(handle: IO[str], database: Path, wait_s: float) -> None:
    """Take the shared lock, waiting out another process's replacing operation."""
    deadline = time.monotonic() + wait_s
    while not _try(handle, exclusive=False):
        if time.monotonic() >= deadline:
            raise DatabaseInUse(Problem(
                tr("the database is being replaced by another Yansenne command; try "
                   "again when it has finished"), file=str(database)))
        time.sleep(_POLL_S)


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
        handle = _open(lock_path(database))
        if handle is not None:
            try:
                _share(handle, database, wait_s)
            except ImportError:
                # Windows without pywin32 (a broken installation): no shared lock exists,
                # so nothing is locked, as when the lock file cannot be opened.
                handle.close()
                handle = None
            except BaseException:
                handle.close()
                raise
        _held[key] = _Held(handle, 1)


def release(database: Path) -> None:
    """Give back one hold; the lock goes with the last one."""
    key = _key(database)
    with _mutex:
        held = _held.get(key)
        if held is None:
            return
        held.users -= 1
        if held.users > 0:
            return
        del _held[key]
        if held.exclusive:
            _end_exclusive(held, database, keep_shared=False)
        if held.handle is not None:
            _unlock(held.handle)
            held.handle.close()


def promote(database: Path) -> None:
    """Make this process's hold exclusive, or raise `DatabaseInUse` (keeping it shared).

    Promotions nest: each needs its `demote`."""
    key = _key(database)
    with _mutex:
        held = _held.get(key)
        if held is None:
            raise RuntimeError(f"{database} is not held by this process")
        if held.exclusive:
            held.depth += 1  # a nested promotion, given back by its own demote
            return
        if held.handle is None:
            raise DatabaseError(tr("{file}: the lock file beside the database cannot be "
                                   "opened; nothing was changed", file=lock_path(database)))
        gate = _open(gate_path(database))
        if gate is None:
            raise DatabaseError(tr("{file}: the lock file beside the database cannot be "
                                   "opened; nothing was changed", file=gate_path(database)))
        if not _try(gate, exclusive=True):
            gate.close()
            raise in_use_problem(database)
        # Holding the gate, nobody else converts: give up the shared lock and ask for
        # the exclusive one; if refused, the shared lock comes back at once (only
        # shared locks can be in the way, since an exclusive one needs the gate).
        _unlock(held.handle)
        if _try(held.handle, exclusive=True):
            held.gate, held.depth = gate, 1
            return
        try:
            _share(held.handle, database, OPEN_WAIT_S)
        finally:
            _unlock(gate)
            gate.close()
        raise in_use_problem(database)


def demote(database: Path) -> None:
    """Back to a shared hold after a replacing operation."""
    with _mutex:
        held = _held.get(_key(database))
        if held is None or not held.exclusive:
            return
        held.depth -= 1
        if held.depth == 0:
            _end_exclusive(held, database, keep_shared=True)


def _end_exclusive(held: _Held, database: Path, *, keep_shared: bool) -> None:
    assert held.handle is not None and held.gate is not None
    _unlock(held.handle)
    if keep_shared:
        _share(held.handle, database, OPEN_WAIT_S)  # nobody can be in the way: we hold the gate
    _unlock(held.gate)
    held.gate.close()
    held.gate, held.depth = None, 0


SIDE_SUFFIXES = ("-wal", "-shm", "-journal", LOCK_SUFFIX, GATE_SUFFIX)


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
        if key == database or any(key == database + suffix for suffix in SIDE_SUFFIXES):
            return True
    return False


def refuse_if_database(path: Path) -> None:
    """Refuse, as an input file, a database this process has open (see `is_held_here`)."""
    if is_held_here(path):
        raise InputError(Problem(tr("this is the open database itself, not a file to read"),
                                 file=str(path)))
