"""The corpus's disks: a full disk under an export and under a PDF, a read-only target,
folder and disk, a read-only database file and folder, a database held by another
program, a folder given where a file is expected, a damaged page, and the restore of
a backup whose schema is incomplete. Each is refused with exit status 2 and one line
naming the file and the real cause; the previous file is byte for byte as it was with
no temporary file beside it, and the database is unchanged.

Made at test time from the corpus's minimal edition. The disks are real where this
machine allows it: a small tmpfs filled to its last byte or mounted read-only (root
on Linux), and the command run bound by permission bits (as root, CI ignores them:
`setpriv` drops every capability). Where a full disk cannot be mounted, ENOSPC is
injected mid-write instead; where nothing can bind root, the case is skipped."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.corpus.corpus import YEAR, digest, refuse
from tests.disks import (
    damage_a_table_page,
    disk_fills_after,
    fill,
    holding_write_lock,
    leftovers,
    mount_small_disk,
    need_unprivileged,
    no_write_bits,
    read_only_disk,
    run_cli,
    unmount,
)
from yansenne.cli.main import main
from yansenne.store.database import SCHEMA_HEAD

FULL = "the disk is full; nothing was changed: free some space and try again"


class Disk:
    """A folder on a disk that can be made full: a real small tmpfs filled to its last
    byte, or (where none can be mounted) `open()` failing there with ENOSPC mid-write."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch, real: bool) -> None:
        self.folder, self.real = folder, real
        self._monkeypatch = monkeypatch
        self._stack = ExitStack()

    def make_full(self) -> None:
        if self.real:
            fill(self.folder)
        else:
            self._stack.enter_context(disk_fills_after(self._monkeypatch, self.folder, 4096))

    def close(self) -> None:
        self._stack.close()


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    mounted = mount_small_disk(tmp_path, size_kb=1024)
    made = Disk(mounted or tmp_path / "out", monkeypatch, real=mounted is not None)
    made.folder.mkdir(exist_ok=True)
    try:
        yield made
    finally:
        made.close()
        if mounted is not None:
            unmount(mounted)


def run(database: Path, *args: str) -> int:
    return main(["--db", str(database), "--lang", "en", *args])


def only_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


# ---------------------------------------------------------------- a full disk


@pytest.mark.parametrize(("command", "name"), [
    (("edition", "export", YEAR), "edition.xlsx"),
    (("dossier", YEAR), "dossier.pdf"),
    (("results", "export", YEAR), "results.xlsx"),
])
def test_full_disk(database: Path, disk: Disk, capsys: pytest.CaptureFixture[str],
                   command: tuple[str, ...], name: str) -> None:
    target = disk.folder / name
    assert run(database, *command, "-o", str(target)) == 0
    good = target.read_bytes()
    before = digest(database)
    disk.make_full()
    err = refuse(database, [*command, "-o", str(target)], capsys)
    assert only_line(err) == f"{target}: {FULL}"
    assert target.read_bytes() == good
    assert leftovers(disk.folder) == []
    assert digest(database) == before


def test_full_disk_under_a_backup(database: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    mounted = mount_small_disk(tmp_path, size_kb=1024)
    if mounted is None:
        pytest.skip("SQLite writes the copy itself: only a real full disk shows it")
    try:
        target = mounted / "copy.sqlite"
        assert run(database, "backup", "-o", str(target)) == 0
        good = target.read_bytes()
        fill(mounted)
        err = refuse(database, ["backup", "-o", str(target)], capsys)
        assert only_line(err) == f"{target}: {FULL}"
        assert target.read_bytes() == good
        assert leftovers(mounted) == []
    finally:
        unmount(mounted)


def test_full_disk_under_the_database(database: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    mounted = mount_small_disk(tmp_path, size_kb=2048)
    if mounted is None:
        pytest.skip("SQLite writes the database itself: only a real full disk shows it")
    try:
        live = mounted / "yansenne.sqlite"
        shutil.copyfile(database, live)
        assert run(live, "edition", "list") == 0
        fill(mounted)
        err = refuse(live, ["edition", "create", "2032", "--from", YEAR], capsys)
        assert only_line(err) == (f"{live}: the disk holding the database is full; nothing "
                                  "was changed: free some space and try again")
        assert "damaged" not in err
        (mounted / "filler").unlink()
        capsys.readouterr()
        assert run(live, "edition", "list") == 0
        assert "2032" not in capsys.readouterr().out
    finally:
        unmount(mounted)


# ---------------------------------------------------------------- read-only


def test_read_only_target_file(database: Path, tmp_path: Path) -> None:
    prefix = need_unprivileged()
    target = tmp_path / "edition.xlsx"
    assert run(database, "edition", "export", YEAR, "-o", str(target)) == 0
    good = target.read_bytes()
    with no_write_bits(target):
        done = run_cli("--db", str(database), "edition", "export", YEAR, "-o", str(target),
                       prefix=prefix)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{target}: the file is read-only; nothing was changed: choose another name, or "
        "make the file writable first"]
    assert target.read_bytes() == good
    assert leftovers(tmp_path) == []


def test_read_only_target_folder(database: Path, tmp_path: Path) -> None:
    prefix = need_unprivileged()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "dossier.pdf"
    with no_write_bits(folder):
        done = run_cli("--db", str(database), "dossier", YEAR, "-o", str(target),
                       prefix=prefix)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{target}: permission denied; nothing was changed: choose a place you may write "
        "to or ask for the right to write there"]
    assert list(folder.iterdir()) == []


def test_read_only_target_disk(database: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.xlsx"
    assert run(database, "edition", "export", YEAR, "-o", str(good)) == 0
    with read_only_disk(tmp_path, {"edition.xlsx": good}) as disk:
        target = disk / "edition.xlsx"
        err = refuse(database, ["edition", "export", YEAR, "-o", str(target)], capsys)
        assert only_line(err) == (f"{target}: the disk is read-only; nothing was changed: "
                                  "choose another place")
        assert target.read_bytes() == good.read_bytes()


def test_read_only_database_file(database: Path) -> None:
    prefix = need_unprivileged()
    before = digest(database)
    with no_write_bits(database):
        done = run_cli("--db", str(database), "edition", "create", "2032", prefix=prefix)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{database}: the database file is read-only (or you may not write it); nothing "
        "was changed: make it writable, or ask for the right to write it"]
    assert digest(database) == before


def test_read_only_database_folder(database: Path) -> None:
    """SQLite makes its side files beside the database: even reading needs the folder
    (unless they are there already)."""
    prefix = need_unprivileged()
    before = digest(database)
    gc.collect()  # the checksum's connection, closed: its side files go with it
    assert not database.with_name(database.name + "-shm").exists()
    with no_write_bits(database.parent):
        done = run_cli("--db", str(database), "edition", "list", prefix=prefix)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{database}: the database's folder is read-only: SQLite writes its journal beside "
        "the database; nothing was changed: move the database to a folder you can write "
        "to, or ask for the right to write there"]
    assert digest(database) == before


def test_read_only_database_disk(database: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    with read_only_disk(tmp_path, {"yansenne.sqlite": database}) as disk:
        live = disk / "yansenne.sqlite"
        err = refuse(live, ["edition", "list"], capsys)
        assert only_line(err) == (f"{live}: the disk holding the database is read-only; "
                                  "nothing was changed: copy the database to a disk you can "
                                  "write to")


# ---------------------------------------------------------------- another program's lock


def test_locked_database(database: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("YANSENNE_BUSY_TIMEOUT", "0.5")
    before = digest(database)
    with holding_write_lock(database):
        err = refuse(database, ["edition", "create", "2032"], capsys)
    assert only_line(err) == (
        f"{database}: another program holds the database and kept it locked beyond the "
        "0.5-second wait; nothing was changed: close that program, or try again when it "
        "has finished")
    assert digest(database) == before


def test_locked_database_in_another_process(database: Path) -> None:
    """The bound comes from the environment too: a command of its own, refused in time."""
    with holding_write_lock(database):
        try:
            done = run_cli("--db", str(database), "edition", "create", "2032",
                           env={"YANSENNE_BUSY_TIMEOUT": "1"}, timeout=12)
        except subprocess.TimeoutExpired:
            pytest.fail("the wait for another program's lock is not bounded")
    assert done.returncode == 2, done.stderr
    assert "another program holds the database" in done.stderr
    assert "1-second wait" in done.stderr


# ---------------------------------------------------------------- a folder for a file


@pytest.mark.parametrize("command", [
    ("edition", "export", YEAR, "-o", "FOLDER"),
    ("dossier", YEAR, "-o", "FOLDER"),
    ("results", "export", YEAR, "-o", "FOLDER"),
    ("backup", "-o", "FOLDER"),
    ("restore", "FOLDER"),
])
def test_folder_as_output(database: Path, tmp_path: Path, command: tuple[str, ...],
                          capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    before = digest(database)
    err = refuse(database, [str(folder) if p == "FOLDER" else p for p in command], capsys)
    assert only_line(err) == f"{folder}: this is a folder, not a file: give a file name"
    assert list(folder.iterdir()) == []
    assert digest(database) == before


def test_folder_as_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refuse(tmp_path, ["edition", "list"], capsys)
    assert only_line(err) == (f"{tmp_path}: this is a folder, not a database file: give the "
                              "database's file name")


# ---------------------------------------------------------------- damage


def test_damaged_page(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage_a_table_page(database, "scores")
    err = refuse(database, ["rank", YEAR], capsys)
    assert only_line(err) == (f"{database}: the database is damaged (database disk image is "
                              "malformed); restore it from a backup (yansenne restore FILE)")


def test_restore_of_an_incomplete_backup(database: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite"
    assert run(database, "backup", "-o", str(copy)) == 0
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TRIGGER audit_log_append_only_update")
    assert run(database, "edition", "create", "2032") == 0
    before = digest(database)
    err = refuse(database, ["restore", str(copy)], capsys)
    assert only_line(err) == (f"{copy}: the copy is incomplete for its schema {SCHEMA_HEAD}: "
                              "trigger audit_log_append_only_update; it was not restored")
    assert digest(database) == before
    assert not (database.parent / "backups").exists()
