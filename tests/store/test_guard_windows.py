"""The guard's portability: it locks through portalocker only (Windows has no fcntl), and
a Windows installation that lacks pywin32 (no shared lock there) still opens its
database, unguarded, rather than failing with an ImportError."""

from __future__ import annotations

import ast
from pathlib import Path

import portalocker
import pytest

from yansenne.errors import DatabaseError
from yansenne.store import guard

PACKAGE = Path(guard.__file__).resolve().parents[1]
POSIX_ONLY = {"fcntl", "resource", "pwd", "grp", "termios"}


def test_the_package_imports_no_posix_only_module_unguarded() -> None:
    """`fcntl` and its kind do not exist on Windows: only the probe (Linux-only, guarded)
    may import one, and only inside a function or a platform test."""
    found = []
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in tree.body:  # module level: imported on every platform
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{source.relative_to(PACKAGE)}: {n}" for n in names
                      if n.split(".")[0] in POSIX_ONLY]
    assert [f for f in found if not f.startswith("ui/probe.py")] == []


def test_without_shared_locks_the_database_opens_unguarded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = portalocker.lock

    def lock(handle: object, flags: portalocker.LockFlags) -> None:
        if flags & portalocker.LockFlags.SHARED:
            raise ImportError("Shared locks on Windows require the win32 extra (pywin32)")
        real(handle, flags)  # type: ignore[arg-type]

    monkeypatch.setattr(portalocker, "lock", lock)
    database = tmp_path / "desk.sqlite"
    guard.acquire(database)
    try:
        assert guard.is_held_here(database)
        with pytest.raises(DatabaseError, match="lock file beside the database cannot be opened"):
            guard.promote(database)  # never replaced without knowing it is alone
    finally:
        guard.release(database)
    assert not guard.is_held_here(database)
