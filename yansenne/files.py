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
import hashlib
import os
import re
import secrets
import shutil
import stat
import sys
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr

TEMPORARY_SUFFIX = ".part"

# -- names that every platform accepts ---------------------------------------------------

#: Device names Windows reserves whatever their extension ("con.pdf" is the console),
#: compared without case; Windows 11 also reserves the superscript digits.
WINDOWS_RESERVED = frozenset({
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))})
#: Characters Windows refuses in a name (and the separators of every platform).
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
#: A name longer than this many bytes is refused by ext4, APFS and NTFS alike (NTFS
#: counts UTF-16 units, never more than the UTF-8 bytes).
MAX_NAME_BYTES = 255
#: Windows' MAX_PATH (260) less its terminating NUL: the longest path a program that is
#: not long-path aware (Excel, most PDF readers) opens.
WINDOWS_MAX_PATH = 259
HASH_DIGITS = 8


def is_windows_reserved(name: str) -> bool:
    """Whether Windows reserves `name` as a device: CON, con.pdf, "nul .txt", COM1.xlsx
    (the part before the first dot, trailing spaces ignored, as Windows does)."""
    return name.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_RESERVED


def windows_name_problem(name: str) -> str | None:
    """Why Windows would refuse `name` as a file name, in words (the caller names the
    file), or None if it accepts it."""
    if is_windows_reserved(name):
        return tr("Windows keeps this name for a device (CON, PRN, AUX, NUL, COM1, LPT1...), "
                  "whatever its extension; nothing was written: choose another name")
    if FORBIDDEN.search(name):
        return tr("the name holds a character Windows refuses in a file name "
                  "(< > : \" / \\ | ? *); nothing was written: choose another name")
    if name != name.rstrip(". "):
        return tr("the name ends with a dot or a space, which Windows drops; nothing was "
                  "written: choose another name")
    return None


def fit_bytes(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-8 bytes, never inside a character."""
    return text.encode("utf-8")[:max(limit, 0)].decode("utf-8", "ignore")


def portable_name(text: str, suffix: str = "", *, folder: PurePath | None = None) -> str:
    """A file name made from data (a title, a juror's name, a code) that Linux, macOS and
    Windows all accept: forbidden and control characters become `_`, trailing dots and
    spaces go, a reserved device name gets a leading `_`, and a name too long for one
    component (255 bytes) or, with `folder`, for a path Windows programs open (259
    characters) is shortened and marked with a hash of `text`, so that two long names
    stay apart."""
    stem = unicodedata.normalize("NFC", text)
    stem = " ".join(FORBIDDEN.sub("_", stem).split()).rstrip(". ") or "_"
    if is_windows_reserved(stem + suffix):
        stem = "_" + stem
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    if folder is not None:
        room = min(room, WINDOWS_MAX_PATH - len(str(folder)) - 1 - len(suffix))
    if len(stem.encode("utf-8")) <= room and len(stem) <= room:
        return stem + suffix
    mark = "~" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_DIGITS]
    cut = fit_bytes(stem, room - len(mark))
    while len(cut) > room - len(mark):  # a folder budget counts characters, not bytes
        cut = cut[:-1]
    return cut.rstrip(". ") + mark + suffix


def temporary_beside(target: Path) -> Path:
    """A hidden name in the target's folder, unique enough that two writers never meet,
    and never longer than a name may be (a target whose own name is near 255 bytes)."""
    tail = f".{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"
    return target.with_name("." + fit_bytes(target.name, MAX_NAME_BYTES - 1 - len(tail)) + tail)


def same_file(first: Path | str, second: Path | str) -> bool:
    """Whether two paths name one file as the disk sees it. Comparing names is not
    enough: on a disk that ignores case (the default on macOS and Windows) `Edition.sqlite`
    is `edition.sqlite`, and a hard link is the file under another name. When both exist
    the system says whether they are one file; when only one exists they are not (on a
    disk that ignores case the other spelling would exist too); when neither does, the
    resolved paths are compared as the platform compares them."""
    one, two = Path(first).expanduser(), Path(second).expanduser()
    try:
        exists = one.exists(), two.exists()
        if all(exists):
            return os.path.samefile(one, two)
    except OSError:
        exists = (False, False)
    if any(exists):
        return False
    return os.path.normcase(one.resolve()) == os.path.normcase(two.resolve())


def sqlite_read_only_uri(path: PurePath) -> str:
    """A SQLite URI that opens `path` read-only on every platform: absolute (a relative
    path has no URI), with `?`, `#` and `%` in a name percent-encoded, and a Windows
    share (`\\\\server\\share\\...`) given with the empty authority SQLite requires
    (`file:////server/share/...`; `file://server/...` is refused)."""
    if isinstance(path, Path):
        path = path.absolute()
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return uri + "?mode=ro"


def check_writable_target(target: Path | str) -> None:
    """Refuse, before any work, a target that is a folder, whose folder is a file, or
    that is a read-only file.

    A rename would replace a read-only file without asking (the folder's permission is
    what counts): a file made read-only is kept, as it is on Windows, where the rename
    itself is refused. Only `os.stat` and `os.access` are used, never `open()`: the
    target may be a database this process has open (see store/guard.py)."""
    target = Path(target).expanduser()
    if sys.platform == "win32":
        problem = windows_name_problem(target.name)
        if problem is None and len(str(target.absolute())) > WINDOWS_MAX_PATH:
            problem = tr("the path is longer than Windows programs open ({count} characters); "
                         "nothing was written: choose a shorter folder or name",
                         count=WINDOWS_MAX_PATH)
        if problem is not None:
            raise InputError(Problem(problem, file=str(target)))
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
        _replace(temporary, target)
        _flush_folder(target.parent)
    except OSError as exc:
        if is_held_elsewhere(exc, target):
            raise InputError(Problem(in_use_reason(), file=str(target))) from exc
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


# Windows: an antivirus or an indexer that opened the new file a moment ago holds it for
# a few milliseconds; a program that has the target open (Excel) holds it until closed.
REPLACE_TRIES = 5
REPLACE_PAUSE_S = 0.1


def _replace(temporary: Path, target: Path) -> None:
    """`os.replace`, tried again for a moment when Windows says the file is held."""
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(temporary, target)
            return
        except PermissionError as exc:
            if attempt == REPLACE_TRIES - 1 or not is_held_elsewhere(exc, target):
                raise
            time.sleep(REPLACE_PAUSE_S)


def is_held_elsewhere(exc: OSError, target: Path) -> bool:
    """Whether `exc` is Windows refusing to replace `target` because another program has
    it open: a sharing or lock violation (32, 33), or "access denied" (5) on a file the
    checks before found writable, which is how Windows answers for a workbook open in
    Excel. Never on Linux or macOS, where an open file can always be replaced."""
    code = getattr(exc, "winerror", None)
    if code in WINDOWS_IN_USE:
        return True
    return code == WINDOWS_ACCESS_DENIED and target.exists() and os.access(target, os.W_OK)


def in_use_reason() -> str:
    return tr("the file is open in another program (Excel, a PDF reader...); nothing was "
              "changed: close it there and try again")


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
WINDOWS_ACCESS_DENIED = 5


def os_reason(exc: OSError) -> str:
    """The cause of an operating system error, in the user's words."""
    code = exc.errno
    if getattr(exc, "winerror", None) in WINDOWS_IN_USE:
        return in_use_reason()
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
