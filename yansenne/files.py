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
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr

TEMPORARY_SUFFIX = ".part"


def temporary_beside(target: Path) -> Path:
    """A hidden name in the target's folder, unique enough that two writers never meet."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMPORARY_SUFFIX}")


def check_writable_target(target: Path | str) -> None:
    """Refuse, before any work, a target that is a folder, whose folder is a file, or
    that is a read-only file.

    A rename would replace a read-only file without asking (the folder's permission is
    what counts): a file made read-only is kept, as it is on Windows, where the rename
    itself is refused. Only `os.stat` and `os.access` are used, never `open()`: the
    target may be a database this process has open (see store/guard.py)."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise InputError(Problem(tr("this is a folder, not a file: give a file name"),
                                 file=str(target)))
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InputError(Problem(tr("{parent} is a file, not a folder",
                                            parent=str(parent)), file=str(target)))
            if not os.access(parent, os.W_OK | os.X_OK):  # the folder, or the one to make
                code = errno.EROFS if disk_is_read_only(parent) else errno.EACCES
                raise InputError(Problem(os_reason(OSError(code, os.strerror(code))),
                                         file=str(target)))
            break
    if target.is_file() and not os.access(target, os.W_OK):
        raise InputError(Problem(read_only_file_reason(target), file=str(target)))


def read_only_file_reason(target: Path) -> str:
    """Why an existing file cannot be written: its disk, or the file itself."""
    if disk_is_read_only(target.parent):
        return tr("the disk is read-only; nothing was changed: choose another place")
    return tr("the file is read-only; nothing was changed: choose another name, or make "
              "the file writable first")


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
        # Made first, empty: a folder that cannot be written is refused before any work,
        # with its own cause (some writers hide it behind an error of their own).
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        yield temporary
        _flush_to_disk(temporary)
        _keep_mode(target, temporary)
        os.replace(temporary, target)
        _flush_folder(target.parent)
    except OSError as exc:
        raise os_refusal(exc, target) from exc
    except Exception as exc:
        cause = os_error_in(exc)
        if cause is None:
            raise
        raise os_refusal(cause, target) from exc
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


def copy_file(source: Path | str, target: Path | str) -> Path:
    """Copy `source` to `target` atomically (see `replacing`)."""
    target = Path(target).expanduser()
    with replacing(target) as temporary, open(source, "rb") as reading, \
            open(temporary, "wb") as writing:
        shutil.copyfileobj(reading, writing, 1 << 20)
    return target


def _keep_mode(target: Path, temporary: Path) -> None:
    """A file written again keeps its permissions (a backup readable by its owner only
    stays so); a new one gets the usual ones."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return
    try:
        os.chmod(temporary, mode)
    except OSError:
        pass


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


def disk_is_read_only(folder: Path) -> bool:
    """True when the disk holding `folder` (or its nearest existing parent) is mounted
    read-only (POSIX; always False where the system cannot say)."""
    flag = getattr(os, "ST_RDONLY", None)
    if flag is None or not hasattr(os, "statvfs"):
        return False
    for place in (folder, *folder.parents):
        try:
            return bool(os.statvfs(place).f_flag & flag)
        except OSError:
            continue
    return False


# Below this many free bytes a disk that failed a write is taken to be full: SQLite
# reports a full disk as a plain input/output error when it cannot grow its side files.
FULL_BELOW_BYTES = 1 << 20


def disk_is_full(folder: Path) -> bool:
    """True when the disk holding `folder` has (almost) no space left for this user."""
    for place in (folder, *folder.parents):
        try:
            if hasattr(os, "statvfs"):
                info = os.statvfs(place)
                return info.f_bavail * info.f_frsize < FULL_BELOW_BYTES
            return shutil.disk_usage(place).free < FULL_BELOW_BYTES
        except OSError:
            continue
    return False


def os_error_in(exc: BaseException) -> OSError | None:
    """The operating system's error behind `exc`, when a library let another error of
    its own hide it (openpyxl's XML writer does, on a full disk); None if there is none.
    A refusal of ours (`YansenneError`) is never looked into."""
    from yansenne.errors import YansenneError

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, YansenneError):
            return None
        if isinstance(current, OSError) and current.errno is not None:
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


# Windows refuses to replace a file another program has open (a PDF in a reader, a
# workbook in Excel) with a sharing or lock violation, which Python calls EACCES.
WINDOWS_IN_USE = (32, 33)


def os_reason(exc: OSError) -> str:
    """The cause of an operating system error, in the user's words."""
    code = exc.errno
    if getattr(exc, "winerror", None) in WINDOWS_IN_USE:
        return tr("the file is in use by another program; close it and try again")
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
