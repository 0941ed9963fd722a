"""Disks that refuse, for the tests of files and databases on a full disk, a read-only
disk or file, a folder where a file is expected, a database held by another program.

The real thing where the machine allows it, an injected error where it does not:

- `small_disk`: a tmpfs of a few hundred KB mounted in the test's folder (root only),
  filled by `fill` to get a real ENOSPC, or mounted read-only for a real EROFS;
- `unprivileged`: the prefix that runs a command bound by permission bits. CI runs as
  root, which ignores them: there the command runs as root with every capability
  dropped (`setpriv`), so a file made read-only is read-only for it too;
- `disk_fills_after`: `open()` (and `io.open`) in one folder return files that accept
  a number of bytes and then raise ENOSPC, mid-write, as a full disk does;
- `holding_write_lock`: another process in a write transaction on a SQLite file.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- a small real disk


def can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and bool(shutil.which("mount"))


def mount_small_disk(folder: Path, size_kb: int = 512) -> Path | None:
    """A tmpfs of `size_kb` mounted in `folder`, or None where mounting is not allowed
    (not root, not Linux, a container that forbids it); `unmount` it after use."""
    if not can_mount():
        return None
    mount_point = folder / f"disk-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=1777",
                           "tmpfs", str(mount_point)], capture_output=True, text=True)
    return mount_point if done.returncode == 0 else None


def unmount(mount_point: Path) -> None:
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


@contextmanager
def small_disk(folder: Path, *, size_kb: int = 512) -> Iterator[Path]:
    """A tmpfs of `size_kb` mounted in `folder` for the block; skips the test where
    mounting is not allowed."""
    mount_point = mount_small_disk(folder, size_kb)
    if mount_point is None:
        pytest.skip("cannot mount a small disk here (root on Linux, and a container "
                    "that allows it, are needed)")
    try:
        yield mount_point
    finally:
        unmount(mount_point)


@contextmanager
def read_only_disk(folder: Path, files: dict[str, Path]) -> Iterator[Path]:
    """A small disk holding copies of `files` (name: source), then mounted read-only;
    skips the test where mounting is not allowed."""
    size_kb = 256 + sum(p.stat().st_size for p in files.values()) // 1024 * 2
    with small_disk(folder, size_kb=size_kb) as mount_point:
        for name, source in files.items():
            shutil.copyfile(source, mount_point / name)
        _remount(mount_point, "ro")
        yield mount_point


def _remount(mount_point: Path, how: str) -> None:
    done = subprocess.run(["mount", "-o", f"remount,{how}", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot remount the small disk {how}: {done.stderr.strip()}")


def fill(folder: Path) -> None:
    """Fill the disk of `folder` to the last byte (a file named `filler`)."""
    block = b"\0" * 4096
    with open(folder / "filler", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(block)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    for size in (512, 64, 1):  # the last partial block
        try:
            with open(folder / "filler", "ab", buffering=0) as handle:
                while True:
                    handle.write(b"\0" * size)
        except OSError:
            continue


# ------------------------------------------------------------ permission bits binding


@cache
def unprivileged() -> tuple[str, ...] | None:
    """The prefix that runs a command bound by permission bits: nothing when not root,
    `setpriv` dropping every capability when root; None when neither can be had."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = (setpriv, "--inh-caps=-all", "--bounding-set=-all", "--")
    probe = ("import os, sys, tempfile\n"
             "d = tempfile.mkdtemp()\n"
             "p = os.path.join(d, 'f')\n"
             "open(p, 'w').close(); os.chmod(p, 0o444)\n"
             "try:\n"
             "    open(p, 'a').close(); sys.exit(1)\n"
             "except PermissionError:\n"
             "    sys.exit(0)\n")
    done = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True)
    return prefix if done.returncode == 0 else None


def need_unprivileged() -> tuple[str, ...]:
    prefix = unprivileged()
    if prefix is None:
        pytest.skip("no way here to run a command bound by permission bits")
    return prefix


@contextmanager
def no_write_bits(*paths: Path) -> Iterator[None]:
    """`paths` without their write bits for the block (files or folders)."""
    modes = {p: p.stat().st_mode for p in paths}
    try:
        for p, mode in modes.items():
            p.chmod(mode & ~0o222)
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def run_cli(*args: str, prefix: tuple[str, ...] = (), env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`yansenne ARGS` in another process (as `prefix` says), messages in English."""
    environment = {**os.environ, "LANGUAGE": "en", **(env or {})}
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "YANSENNE_DB"):
        environment.pop(name, None)
    environment["PYTHONPATH"] = str(ROOT) + os.pathsep + environment.get("PYTHONPATH", "")
    return subprocess.run([*prefix, sys.executable, "-m", "yansenne", "--lang", "en", *args],
                          capture_output=True, text=True, cwd=ROOT, env=environment,
                          timeout=timeout)


# ---------------------------------------------------------------- an injected full disk


class _Filling:
    """A file on a disk with `room` bytes left: it takes them, then refuses."""

    def __init__(self, handle: Any, room: list[int]) -> None:
        self._handle = handle
        self._room = room

    def write(self, data: Any) -> int:
        data = bytes(data) if not isinstance(data, str) else data
        if len(data) <= self._room[0]:
            self._room[0] -= len(data)
            return self._handle.write(data)
        taken = self._room[0]
        if taken:
            self._handle.write(data[:taken])
            self._room[0] = 0
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _Filling:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._handle.close()

    @property
    def closed(self) -> bool:
        return bool(self._handle.closed)

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return bool(self._handle.readable())

    def seekable(self) -> bool:
        return bool(self._handle.seekable())

    def seek(self, *args: Any) -> int:
        return int(self._handle.seek(*args))

    def tell(self) -> int:
        return int(self._handle.tell())

    def flush(self) -> None:
        self._handle.flush()

    def fileno(self) -> int:
        return int(self._handle.fileno())

    def read(self, *args: Any) -> Any:
        return self._handle.read(*args)

    def truncate(self, *args: Any) -> int:
        return int(self._handle.truncate(*args))


@contextmanager
def disk_fills_after(monkeypatch: pytest.MonkeyPatch, folder: Path,
                     room: int = 2048) -> Iterator[None]:
    """Files opened for writing in `folder` share `room` bytes, then raise ENOSPC."""
    real_open = builtins.open
    left = [room]
    folder = folder.resolve()

    def opening(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        if isinstance(file, str | os.PathLike) and any(c in mode for c in "wax+"):
            if Path(os.fspath(file)).resolve().parent == folder:
                return _Filling(handle, left)
        return handle

    with monkeypatch.context() as patch:
        patch.setattr(builtins, "open", opening)
        patch.setattr(io, "open", opening)
        yield


# ---------------------------------------------------------------- another program's lock


HOLD_WRITE = ("import sqlite3, sys\n"
              "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "conn.execute('BEGIN IMMEDIATE')\n"
              "conn.execute('CREATE TABLE held_by_another_program (x)')\n"
              "print('ready', flush=True)\n"
              "sys.stdin.read()\n"
              "conn.execute('ROLLBACK')\n"
              "conn.close()\n")


@contextmanager
def holding_write_lock(path: Path) -> Iterator[None]:
    """While the block runs, another program (not Yansenne: a bare SQLite client) is in
    a write transaction on `path`, which it rolls back at the end."""
    child = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        yield
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)


# ---------------------------------------------------------------- a damaged page


def damage_a_table_page(path: Path, table: str = "scores") -> int:
    """Overwrite the header of one page of `table` in the file at `path` (no connection
    may be open on it); returns the page's number."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            pages = [r[0] for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,))]
        except sqlite3.OperationalError:  # no dbstat in this SQLite
            pages = []
        if not pages:
            pages = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                  (table,)).fetchone()[0]]
    finally:
        conn.close()
    page = pages[len(pages) // 2]
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start:start + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    return page


def leftovers(folder: Path) -> list[str]:
    """Temporary files left in `folder`: a writer's `.part`, or SQLite's journal of one."""
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)
