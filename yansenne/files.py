"""Writing a file so that a reader never meets half of it, and saying why a disk refused.

Every file the program writes (workbooks, PDFs, ballots, packages, scoresheets,
backups) goes through `replacing`: the content goes to a hidden temporary file
beside the target, is flushed to the disk, and only then takes the target's name in
one rename. A full disk, a read-only disk or a crash mid-write therefore leaves the
previous file whole and no temporary file behind.

`os_refusal` turns the operating system's error into a message naming the real cause
(full disk, read-only disk, permission, a folder where a file is expected), in the
user's language, instead of a traceback or a misleading "damaged".
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr

TEMPORARY_SUFFIX = ".part"


def temporary_beside(target: Path) -> Path:
    """A hidden name in the target's folder, unique enough that two writers never meet."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")


def check_writable_target(target: Path) -> None:
    """Refuse, before any work, a target that is a folder or whose folder is a file."""
    if target.is_dir():
        raise InputError(Problem(tr("this is a folder, not a file: give a file name"),
                                 file=str(target)))
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InputError(Problem(tr("{parent} is a file, not a folder",
                                            parent=str(parent)), file=str(target)))
            break


@contextmanager
def replacing(target: Path | str, *, make_folder: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target` atomically.

    The temporary file is removed whatever happens; an OSError (full disk, read-only
    disk, permission) becomes an InputError naming the cause and the target.
    """
    target = Path(target).expanduser()
    check_writable_target(target)
    temporary = temporary_beside(target)
    try:
        if make_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        yield temporary
        _flush_to_disk(temporary)
        os.replace(temporary, target)
        _flush_folder(target.parent)
    except OSError as exc:
        raise os_refusal(exc, target) from exc
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def write_bytes(target: Path | str, data: bytes) -> Path:
    """Write `data` to `target` atomically (see `replacing`)."""
    target = Path(target).expanduser()
    with replacing(target) as temporary:
        temporary.write_bytes(data)
    return target


def write_text(target: Path | str, text: str) -> Path:
    """Write UTF-8 `text` to `target` atomically (see `replacing`)."""
    return write_bytes(target, text.encode("utf-8"))


def _flush_to_disk(path: Path) -> None:
    """Make the content durable before the rename publishes it."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def os_reason(exc: OSError) -> str:
    """The cause of an operating system error, in the user's words."""
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return tr("the disk is full; nothing was changed: free some space and try again")
    if code == errno.EROFS:
        return tr("the disk is read-only; nothing was changed: choose another place")
    if code in (errno.EACCES, errno.EPERM):
        return tr("permission denied; nothing was changed: choose a place you may write to "
                  "or ask for the right to write there")
    if code == errno.EISDIR:
        return tr("this is a folder, not a file: give a file name")
    if code == errno.ENOTDIR:
        return tr("a part of this path is a file, not a folder")
    if code == errno.ENOENT:
        return tr("the file or its folder does not exist")
    if code == errno.ENAMETOOLONG:
        return tr("the file name is too long")
    if code == errno.EBUSY or code == getattr(errno, "ETXTBSY", None):
        return tr("the file is in use by another program; close it and try again")
    return tr("the system refused ({reason})", reason=exc.strerror or str(exc))


def os_refusal(exc: OSError, path: Path | str | None = None) -> InputError:
    """An InputError naming the file and the real cause of `exc`."""
    where = str(path) if path is not None else (exc.filename and str(exc.filename)) or None
    return InputError(Problem(os_reason(exc), file=where))
