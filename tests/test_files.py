"""The one writer of files (yansenne/files.py): written beside the target and renamed,
so that a full disk, a read-only disk or a crash mid-write leaves the previous file
whole and no temporary file behind; and the operating system's refusals said by
their real cause."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.disks import disk_fills_after, fill, leftovers, small_disk
from yansenne import files
from yansenne.errors import InputError
from yansenne.files import (
    check_writable_target,
    copy_file,
    os_reason,
    os_refusal,
    replacing,
    write_bytes,
    write_text,
)

GOOD = b"%PDF-1.4 the good dossier\n" * 100


def refused(exc: pytest.ExceptionInfo[InputError]) -> str:
    return str(exc.value)


def test_write_replaces_the_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    assert write_bytes(target, GOOD) == target
    assert target.read_bytes() == GOOD
    write_text(target, "é")
    assert target.read_text(encoding="utf-8") == "é"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf"]


def test_the_folder_is_made(tmp_path: Path) -> None:
    write_bytes(tmp_path / "a" / "b" / "x.bin", b"1")
    assert (tmp_path / "a" / "b" / "x.bin").read_bytes() == b"1"


def test_the_temporary_file_is_hidden_beside_the_target(tmp_path: Path) -> None:
    with replacing(tmp_path / "book.xlsx") as temporary:
        assert temporary.parent == tmp_path
        assert temporary.name.startswith(".book.xlsx.") and temporary.name.endswith(".part")
        assert temporary.exists()  # made first: a folder that refuses is known at once
        temporary.write_bytes(b"new")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "the disk is full; nothing was changed"),
    (errno.EDQUOT, "the disk is full; nothing was changed"),
    (errno.EROFS, "the disk is read-only; nothing was changed"),
    (errno.EACCES, "permission denied; nothing was changed"),
    (errno.EPERM, "permission denied; nothing was changed"),
])
def test_a_refused_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             code: int, words: str) -> None:
    target = tmp_path / "dossier.pdf"
    write_bytes(target, GOOD)

    def refuse(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(InputError) as exc:
        write_bytes(target, b"half")
    assert refused(exc).startswith(f"{target}: {words}")
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


def test_a_disk_full_mid_write_keeps_the_old_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "dossier.pdf"
    write_bytes(target, GOOD)
    with disk_fills_after(monkeypatch, tmp_path, room=100), pytest.raises(InputError) as exc:
        write_bytes(target, b"x" * 10_000)
    assert refused(exc) == (f"{target}: the disk is full; nothing was changed: free some "
                            "space and try again")
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


def test_a_failed_flush_keeps_the_old_file(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk can refuse only when the data is flushed (delayed allocation)."""
    target = tmp_path / "book.xlsx"
    write_bytes(target, GOOD)

    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_room)
    with pytest.raises(InputError, match="the disk is full"):
        write_bytes(target, b"new")
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


def test_an_error_of_the_writer_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    write_bytes(target, GOOD)
    with pytest.raises(ZeroDivisionError), replacing(target) as temporary:
        temporary.write_bytes(b"half")
        raise ZeroDivisionError
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


def test_a_library_hiding_the_disk_error_is_seen_through(tmp_path: Path) -> None:
    """openpyxl's XML writer raises an error of its own on top of a full disk's."""
    target = tmp_path / "book.xlsx"

    class WriterError(Exception):
        pass

    with pytest.raises(InputError, match="the disk is full"), replacing(target):
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise WriterError("not in an element")  # noqa: B904 - as the library does
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_a_refusal_of_ours_inside_is_not_renamed(tmp_path: Path) -> None:
    """An InputError raised while writing (a refused input) goes out as it is."""
    with pytest.raises(InputError, match="bad row"), replacing(tmp_path / "x.csv"):
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise InputError("bad row") from None
    assert leftovers(tmp_path) == []


def test_a_folder_given_for_a_file_is_refused_before_any_work(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InputError) as exc:
        check_writable_target(folder)
    assert refused(exc) == f"{folder}: this is a folder, not a file: give a file name"
    with pytest.raises(InputError, match="this is a folder"):
        write_bytes(folder, b"x")
    assert list(folder.iterdir()) == []


def test_a_path_through_a_file_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("x")
    with pytest.raises(InputError) as exc:
        write_bytes(plain / "sub" / "book.xlsx", b"x")
    assert refused(exc) == f"{plain / 'sub' / 'book.xlsx'}: {plain} is a file, not a folder"


def test_a_read_only_file_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rename would replace it regardless (the folder's right is what counts): it is
    refused first. Root may write anything, so the right is faked here; the real thing
    runs unprivileged in tests/corpus/test_corpus_disks.py."""
    target = tmp_path / "dossier.pdf"
    write_bytes(target, GOOD)
    real_access = os.access
    monkeypatch.setattr(files.os, "access", lambda path, mode: (
        False if Path(path) == target and mode & os.W_OK else real_access(path, mode)))
    with pytest.raises(InputError) as exc:
        write_bytes(target, b"new")
    assert refused(exc) == (f"{target}: the file is read-only; nothing was changed: choose "
                            "another name, or make the file writable first")
    assert target.read_bytes() == GOOD


def test_a_folder_without_the_right_to_write(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(files.os, "access", lambda path, mode: (
        False if Path(path) == tmp_path else real_access(path, mode)))
    with pytest.raises(InputError, match="permission denied; nothing was changed"):
        write_bytes(tmp_path / "x.pdf", b"x")
    monkeypatch.setattr(files, "disk_is_read_only", lambda _folder: True)
    with pytest.raises(InputError, match="the disk is read-only; nothing was changed"):
        write_bytes(tmp_path / "x.pdf", b"x")


def test_a_file_written_again_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "backup.sqlite"
    write_bytes(target, b"1")
    target.chmod(0o600)
    write_bytes(target, b"2")
    assert target.stat().st_mode & 0o777 == 0o600


def test_copy_file(tmp_path: Path) -> None:
    source = tmp_path / "a.pdf"
    source.write_bytes(GOOD)
    assert copy_file(source, tmp_path / "b.pdf").read_bytes() == GOOD
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.EROFS, "the disk is read-only"),
    (errno.EACCES, "permission denied"),
    (errno.EISDIR, "this is a folder, not a file"),
    (errno.ENOTDIR, "a part of this path is a file, not a folder"),
    (errno.ENOENT, "the file or its folder does not exist"),
    (errno.ENAMETOOLONG, "the file name is too long"),
    (errno.EBUSY, "the file is in use by another program"),
    (errno.EIO, "the system refused (Input/output error)"),
])
def test_os_reason_names_the_cause(code: int, words: str) -> None:
    assert os_reason(OSError(code, os.strerror(code))).startswith(words)
    assert "damaged" not in os_reason(OSError(code, os.strerror(code)))


def test_a_file_open_in_another_program_on_windows() -> None:
    """Windows calls a sharing violation EACCES; its own code tells it apart."""
    busy = OSError(errno.EACCES, "The process cannot access the file")
    busy.winerror = 32  # type: ignore[attr-defined]
    assert os_reason(busy).startswith("the file is open in another program")


def test_os_refusal_names_the_file() -> None:
    error = os_refusal(OSError(errno.ENOSPC, "No space left", "/x/y.pdf"))
    assert str(error).startswith("/x/y.pdf: the disk is full")


def test_disk_states(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not files.disk_is_read_only(tmp_path)
    assert files.disk_is_read_only(tmp_path / "not" / "yet") is False

    class Full:
        f_bavail, f_frsize, f_flag = 3, 4096, getattr(os, "ST_RDONLY", 1)

    if hasattr(os, "statvfs"):
        monkeypatch.setattr(files.os, "statvfs", lambda _p: Full())
        assert files.disk_is_full(tmp_path)
        assert files.disk_is_read_only(tmp_path)


def test_a_real_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    """On a small tmpfs filled to the last byte (where this machine lets us mount one)."""
    with small_disk(tmp_path, size_kb=256) as disk:
        target = disk / "dossier.pdf"
        write_bytes(target, GOOD)
        fill(disk)
        with pytest.raises(InputError) as exc:
            write_bytes(target, os.urandom(200_000))
        assert refused(exc) == (f"{target}: the disk is full; nothing was changed: free "
                                "some space and try again")
        assert target.read_bytes() == GOOD
        assert leftovers(disk) == []
