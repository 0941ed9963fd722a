"""Windows' rules for the files we write, simulated where this machine is not Windows:
names Windows refuses (CON, aux.pdf, a `?`, a trailing dot), names too long for one
component or for MAX_PATH, and a target another program has open (Excel), which
Windows refuses to replace."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import pytest

from tests.disks import leftovers
from yansenne import files
from yansenne.errors import InputError
from yansenne.files import (
    MAX_NAME_BYTES,
    WINDOWS_MAX_PATH,
    check_writable_target,
    is_windows_reserved,
    portable_name,
    same_file,
    sqlite_read_only_uri,
    temporary_beside,
    windows_name_problem,
    write_bytes,
    write_text,
)

GOOD = b"PK the workbook as it was\n" * 50


def refused(exc: pytest.ExceptionInfo[InputError]) -> str:
    return "\n".join(str(p) for p in exc.value.problems)


def windows_error(winerror: int, code: int = errno.EACCES) -> PermissionError:
    """A PermissionError as Windows raises it (Python sets `winerror` only there)."""
    error = PermissionError(code, "The process cannot access the file")
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


# -- names -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["CON", "con", "Aux.pdf", "NUL.tar.gz", "nul .txt", "COM1.xlsx",
                                  "lpt9", "COM¹.pdf", "CONIN$", "prn.yansenne"])
def test_reserved_names(name: str) -> None:
    assert is_windows_reserved(name)
    assert windows_name_problem(name) is not None


@pytest.mark.parametrize("name", ["CONSOLE.pdf", "aux-2026.pdf", "COM10.xlsx", "nul_", "P07.pdf",
                                  "Résultats 2026.xlsx", "x.con"])
def test_names_windows_accepts(name: str) -> None:
    assert not is_windows_reserved(name)
    assert windows_name_problem(name) is None


@pytest.mark.parametrize("name", ["a?.pdf", "a:b.pdf", 'say "hi".pdf', "a|b", "a<b>", "a*",
                                  "tab\there", "back\\slash", "ends.", "ends "])
def test_names_windows_refuses(name: str) -> None:
    assert windows_name_problem(name) is not None


@pytest.mark.parametrize(("text", "suffix", "expected"), [
    ("Rapport", ".pdf", "Rapport.pdf"),
    ("CON", ".pdf", "_CON.pdf"),
    ("aux", "", "_aux"),
    ("Quartier: Nord/Sud?", ".pdf", "Quartier_ Nord_Sud_.pdf"),
    ("Jean  Dupont ...", ".xlsx", "Jean Dupont.xlsx"),
    ("", ".pdf", "_.pdf"),
    ("...", ".pdf", "_.pdf"),
    ("ligne\r\nsuivante", ".pdf", "ligne__suivante.pdf"),
])
def test_portable_name(text: str, suffix: str, expected: str) -> None:
    name = portable_name(text, suffix)
    assert name == expected
    assert windows_name_problem(name) is None


def test_a_long_title_is_shortened_and_kept_apart() -> None:
    one = portable_name("é" * 300 + "1", ".pdf")
    two = portable_name("é" * 300 + "2", ".pdf")
    assert one != two
    assert len(one.encode("utf-8")) <= MAX_NAME_BYTES
    assert one.endswith(".pdf") and "~" in one
    assert windows_name_problem(one) is None


def test_a_name_fits_the_windows_path_budget() -> None:
    folder = PureWindowsPath("C:\\Users\\secretariat\\Documents\\" + "Prix Yansenne " * 12)
    name = portable_name("Association des habitants du quartier " * 8, ".pdf", folder=folder)
    assert len(str(folder / name)) <= WINDOWS_MAX_PATH
    assert str(folder / name).endswith(".pdf")
    assert portable_name("court", ".pdf", folder=folder) == "court.pdf"


def test_the_temporary_name_of_a_long_target_is_not_too_long(tmp_path: Path) -> None:
    target = tmp_path / ("é" * 120 + ".pdf")  # 244 bytes: the target itself is allowed
    assert len(temporary_beside(target).name.encode("utf-8")) <= MAX_NAME_BYTES
    write_bytes(target, GOOD)
    assert target.read_bytes() == GOOD
    assert leftovers(tmp_path) == []


def test_a_user_chosen_reserved_name_is_refused_on_windows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    for name in ("aux.xlsx", "CON.pdf", "résultats?.xlsx", "dossier.pdf."):
        with pytest.raises(InputError) as exc:
            write_bytes(tmp_path / name, GOOD)
        assert refused(exc).startswith(f"{tmp_path / name}: ")
        assert "choose another name" in refused(exc)
    assert list(tmp_path.iterdir()) == []  # refused before any work
    check_writable_target(tmp_path / "résultats-2026.xlsx")  # an ordinary name passes


def test_a_path_too_long_for_windows_programs_is_refused_there(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / ("d" * 200) / ("r" * 60 + ".xlsx")
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(InputError, match="longer than Windows programs open"):
        write_bytes(target, GOOD)
    monkeypatch.setattr(sys, "platform", "darwin")
    write_bytes(target, GOOD)
    assert target.read_bytes() == GOOD


def test_elsewhere_a_reserved_name_is_an_ordinary_file(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    write_bytes(tmp_path / "aux.xlsx", GOOD)
    assert (tmp_path / "aux.xlsx").read_bytes() == GOOD


def test_text_is_written_as_given_on_every_platform(tmp_path: Path) -> None:
    """Bytes, never a text-mode file: Windows would turn each \\n into \\r\\n."""
    target = write_text(tmp_path / "a.csv", "year,award\r\n2026,1\r\n")
    assert target.read_bytes() == b"year,award\r\n2026,1\r\n"
    write_text(target, "a\nb\n")
    assert target.read_bytes() == b"a\nb\n"


# -- a target open in another program ----------------------------------------------------
@pytest.mark.parametrize("winerror", [32, 33, 5])
def test_a_target_open_in_excel_is_refused_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 winerror: int) -> None:
    target = tmp_path / "résultats-2026.xlsx"
    target.write_bytes(GOOD)
    tries: list[Path] = []

    def held(source: Path, _target: Path) -> None:
        tries.append(Path(source))
        raise windows_error(winerror)

    monkeypatch.setattr(files.os, "replace", held)
    monkeypatch.setattr(files, "REPLACE_PAUSE_S", 0)
    with pytest.raises(InputError) as exc:
        write_bytes(target, b"new")
    assert refused(exc) == (f"{target}: the file is open in another program (Excel, a PDF "
                            "reader...); nothing was changed: close it there and try again")
    assert len(tries) == files.REPLACE_TRIES  # a passing hold (an antivirus) is waited out
    assert target.read_bytes() == GOOD  # nothing half-written
    assert leftovers(tmp_path) == []  # and the temporary file is gone


def test_a_hold_that_passes_is_waited_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(GOOD)
    real = os.replace
    calls: list[int] = []

    def busy_once(source: Path, destination: Path) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise windows_error(32)
        real(source, destination)

    monkeypatch.setattr(files.os, "replace", busy_once)
    monkeypatch.setattr(files, "REPLACE_PAUSE_S", 0)
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(calls) == 2
    assert leftovers(tmp_path) == []


def test_a_posix_permission_refusal_is_not_taken_for_excel(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Windows' own code, EACCES stays a permission problem, refused at once."""
    target = tmp_path / "dossier.pdf"
    target.write_bytes(GOOD)
    calls: list[int] = []

    def refuse(*_args: object) -> None:
        calls.append(1)
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(InputError) as exc:
        write_bytes(target, b"new")
    assert "permission denied" in refused(exc)
    assert calls == [1]
    assert target.read_bytes() == GOOD


def test_access_denied_on_a_read_only_file_is_not_taken_for_excel(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows says "access denied" (5) both for a file Excel holds and for a read-only
    one: only a file that is writable is taken to be held elsewhere."""
    target = tmp_path / "kept.pdf"
    target.write_bytes(GOOD)
    assert files.is_held_elsewhere(windows_error(5), target)
    assert files.is_held_elsewhere(windows_error(32), target)
    assert not files.is_held_elsewhere(windows_error(5), tmp_path / "absent.pdf")
    monkeypatch.setattr(files.os, "access", lambda *_a, **_k: False)  # the read-only flag
    assert not files.is_held_elsewhere(windows_error(5), target)


# -- one file under two names --------------------------------------------------------------
def test_same_file(tmp_path: Path) -> None:
    database = tmp_path / "edition.sqlite"
    database.write_bytes(b"x")
    assert same_file(database, tmp_path / "." / "edition.sqlite")
    assert not same_file(database, tmp_path / "other.sqlite")
    os.link(database, tmp_path / "linked.sqlite")
    assert same_file(database, tmp_path / "linked.sqlite")  # a hard link: one file
    other_case = tmp_path / "Edition.sqlite"
    # On a disk that ignores case (macOS, Windows) the other spelling is the same file;
    # on one that does not, a name that does not exist is never the database.
    assert same_file(database, other_case) == other_case.exists()
    assert same_file(tmp_path / "new.pdf", tmp_path / "sub" / ".." / "new.pdf")


# -- SQLite URIs ---------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "uri"), [
    (PureWindowsPath("C:\\Users\\x\\prix #1.sqlite"), "file:///C:/Users/x/prix%20%231.sqlite"),
    (PureWindowsPath("\\\\server\\share\\prix.sqlite"), "file:////server/share/prix.sqlite"),
    (PurePosixPath("/home/x/50%.yansenne"), "file:///home/x/50%25.yansenne"),
])
def test_sqlite_uri_on_every_platform(path: PurePath, uri: str) -> None:
    assert sqlite_read_only_uri(path) == uri + "?mode=ro"


def test_sqlite_uri_opens_an_awkward_or_relative_name(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    name = "prix #1 ?50%.sqlite"
    made = sqlite3.connect(tmp_path / name)
    made.execute("CREATE TABLE t (x)")
    made.close()
    monkeypatch.chdir(tmp_path)
    conn = sqlite3.connect(sqlite_read_only_uri(Path(name)), uri=True)
    try:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("CREATE TABLE u (y)")
    finally:
        conn.close()
