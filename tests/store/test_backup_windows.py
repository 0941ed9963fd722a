"""Backups and restores under Windows' rules, simulated: a file another program has open
cannot be replaced nor deleted (os.replace and unlink raise PermissionError with a
sharing violation), and names stay within what every disk accepts."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.disks import leftovers
from yansenne import files
from yansenne.errors import InputError
from yansenne.files import MAX_NAME_BYTES
from yansenne.store import backup
from yansenne.store.backup import KEEP_AUTOMATIC, automatic_backup, backup_to, backups_dir
from yansenne.store.database import Database
from yansenne.store.opening import open_database

pytestmark = pytest.mark.sqlite_only("backups copy a SQLite file; a server is saved with pg_dump")

IN_USE = ("the file is open in another program (Excel, a PDF reader...); nothing was "
          "changed: close it there and try again")


def sharing_violation() -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file because it "
                                          "is being used by another process")
    error.winerror = 32  # type: ignore[attr-defined]
    return error


def held_open(target: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Make `target` behave as a file another Windows program has open."""
    real = os.replace
    refused: list[Path] = []

    def replace(source: str | Path, destination: str | Path) -> None:
        if Path(destination) == target:
            refused.append(Path(destination))
            raise sharing_violation()
        real(source, destination)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(files, "REPLACE_PAUSE_S", 0)
    return refused


def test_a_backup_over_a_file_open_elsewhere_is_refused_whole(
        small_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = (tmp_path / "copy.sqlite").resolve()
    target.write_bytes(b"the previous copy")
    refused = held_open(target, monkeypatch)
    with pytest.raises(InputError) as exc:
        backup_to(small_db, target)
    assert str(exc.value.problems[0]) == f"{target}: {IN_USE}"
    assert refused  # os.replace was tried
    assert target.read_bytes() == b"the previous copy"
    assert leftovers(tmp_path) == []  # no temporary copy, no journal beside it


def test_a_stale_copy_open_elsewhere_does_not_fail_the_backup(
        small_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to delete a file another program has open: the rotation leaves
    that copy for later instead of failing the backup just written."""
    assert small_db.path is not None
    made = [automatic_backup(small_db, reason=f"r{i}") for i in range(KEEP_AUTOMATIC)]
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == made[0]:
            raise sharing_violation()
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    newest = automatic_backup(small_db, reason="after")
    assert newest.exists()
    assert made[0].exists()  # kept for now, gone at a later rotation
    monkeypatch.setattr(Path, "unlink", real_unlink)
    automatic_backup(small_db, reason="later")
    assert not made[0].exists()
    assert len(list(backups_dir(small_db.path).glob("*.sqlite"))) == KEEP_AUTOMATIC


def test_a_long_database_name_still_gets_its_copies(tmp_path: Path) -> None:
    path = tmp_path / ("prix-" + "é" * 115 + ".sqlite")  # 245 bytes: allowed
    db = open_database(path)
    try:
        copies = [automatic_backup(db, reason=f"r{i}") for i in range(KEEP_AUTOMATIC + 1)]
    finally:
        db.close()
    assert all(len(c.name.encode("utf-8")) <= MAX_NAME_BYTES for c in copies)
    kept = sorted(backups_dir(path).glob("*.sqlite"))
    assert kept == copies[1:]  # the rotation finds the shortened names


def test_a_backup_onto_the_database_under_another_name_is_refused(
        small_db: Database, tmp_path: Path) -> None:
    """A hard link (or, on macOS and Windows, the name in another case) is the database."""
    assert small_db.path is not None
    small_db.checkpoint()
    link = tmp_path / "alias.sqlite"
    os.link(small_db.path, link)
    before = small_db.path.read_bytes()
    with pytest.raises(InputError, match="cannot overwrite the database itself"):
        backup_to(small_db, link)
    assert small_db.path.read_bytes() == before


def test_a_restore_over_a_damaged_database_open_elsewhere(
        small_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The damaged file is replaced as a file: when Windows refuses (another program has
    it open) the restore says so, the file stays as it was and no copy is left beside."""
    copy = backup_to(small_db, tmp_path / "copy.sqlite")
    folder = tmp_path / "live"
    folder.mkdir()
    damaged = (folder / "prix.sqlite").resolve()
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    held_open(damaged, monkeypatch)
    with pytest.raises(InputError) as exc:
        backup.restore_from(damaged, copy)
    assert str(exc.value.problems[0]) == f"{damaged}: {IN_USE}"
    assert damaged.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 200
    beside = sorted(p.name for p in folder.iterdir() if p.is_file())
    assert all(not name.endswith(files.TEMPORARY_SUFFIX) for name in beside)
