"""File dialogs never open the files they list (issue 13, item 1).

SQLite's locks are POSIX advisory locks, which belong to the process: one stray
open() and close() of the database file by Qt in this process drops every one of them.
So the test holds such a lock on each file of a database's folder, lets a dialog list
that folder for a second, and asks another process whether the locks are still held.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from yansenne.ui import file_dialogs
from yansenne.ui.file_dialogs import Kind

if sys.platform == "win32":  # pragma: no cover
    pytest.skip("POSIX advisory locks only", allow_module_level=True)

import fcntl  # noqa: E402
import os  # noqa: E402

LISTING_MS = 1000
# What a desk's folder holds, each with content a type guesser would want to read.
FILES = {
    "yansenne.sqlite": b"SQLite format 3\x00" + bytes(4080),
    "yansenne.sqlite-wal": b"\x37\x7f\x06\x82" + bytes(4092),
    "yansenne.sqlite-shm": bytes(32768),
    "yansenne.sqlite.lock": b"",
    "results-2026.xlsx": b"PK\x03\x04" + bytes(60),
    "notes": b"no extension, so only the content could tell\n",
}
HELD = """
import fcntl, os, sys
for path in sys.argv[1:]:
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        print(os.path.basename(path))  # somebody (the test process) still holds it
    os.close(fd)
"""


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A desk's folder whose every file the test process holds a POSIX lock on."""
    place = tmp_path / "desk"
    place.mkdir()
    (place / "archive").mkdir()
    fds = []
    for name, content in FILES.items():
        (place / name).write_bytes(content)
        fd = os.open(place / name, os.O_RDWR)
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fds.append(fd)
    assert still_locked(place) == sorted(FILES)
    yield place
    for fd in fds:
        os.close(fd)


def still_locked(place: Path) -> list[str]:
    """The files whose lock another process sees held."""
    result = subprocess.run([sys.executable, "-c", HELD, *(str(place / n) for n in FILES)],
                            capture_output=True, text=True, check=True, timeout=30)
    return sorted(result.stdout.split())


def list_for_a_while(qtbot: QtBot, show: Callable[[], object]) -> None:
    """Call `show` (which runs a modal file dialog) and cancel the dialog once it has
    listed its folder for LISTING_MS."""
    opened: list[float] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            return
        if not opened:
            opened.append(time.monotonic())
        elif time.monotonic() - opened[0] >= LISTING_MS / 1000:
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        show()
    finally:
        timer.stop()
    assert opened, "no file dialog was shown"
    qtbot.wait(100)


def test_the_check_sees_a_plain_file_dialog_drop_the_locks(qtbot, folder: Path) -> None:
    """Qt's own dialog guesses types from content: it opens and closes the database,
    and the locks SQLite would hold are gone. (If this starts failing, Qt stopped
    reading content, and the test below no longer proves anything.)"""
    list_for_a_while(qtbot, lambda: QFileDialog.getOpenFileName(
        None, "plain", str(folder), "", "", QFileDialog.Option.DontUseNativeDialog))
    assert "yansenne.sqlite" not in still_locked(folder)


@pytest.mark.parametrize("kind", list(Kind))
def test_no_dialog_opens_a_file_of_the_folder(qtbot, folder: Path, kind: Kind) -> None:
    calls = {
        Kind.OPEN_FILE: lambda: file_dialogs.open_file(None, "t", str(folder), "All (*)"),
        Kind.OPEN_FILES: lambda: file_dialogs.open_files(None, "t", str(folder), "All (*)"),
        Kind.SAVE_FILE: lambda: file_dialogs.save_file(
            None, "t", str(folder / "results-2026.xlsx"), "Excel workbooks (*.xlsx)"),
        Kind.FOLDER: lambda: file_dialogs.choose_folder(None, "t", str(folder)),
    }
    list_for_a_while(qtbot, calls[kind])
    assert still_locked(folder) == sorted(FILES)


def test_the_dialog_is_qt_s_own_and_hides_the_database_side_files(qtbot, folder: Path) -> None:
    dialog = file_dialogs.make_dialog(Kind.OPEN_FILE, None, "Open", str(folder), "All (*)")
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    qtbot.wait(LISTING_MS // 2)
    proxy = dialog.proxyModel()
    assert proxy is not None
    source = proxy.sourceModel()
    root = proxy.mapFromSource(source.index(str(folder)))
    listed = sorted(proxy.index(row, 0, root).data() for row in range(proxy.rowCount(root)))
    assert listed == ["archive", "notes", "results-2026.xlsx", "yansenne.sqlite"]
    dialog.reject()
    assert still_locked(folder) == sorted(FILES)


def test_a_suggested_path_opens_its_folder_with_its_name(qtbot, tmp_path: Path) -> None:
    dialog = file_dialogs.make_dialog(Kind.SAVE_FILE, None, "Save", str(tmp_path / "x.xlsx"),
                                      "Excel workbooks (*.xlsx)")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    assert dialog.selectedFiles() == [str(tmp_path / "x.xlsx")]
    assert dialog.windowTitle() == "Save"
    assert dialog.nameFilters() == ["Excel workbooks (*.xlsx)"]


def test_types_come_from_the_name(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    provider = file_dialogs.icon_provider()
    (tmp_path / "a.sqlite").write_bytes(FILES["yansenne.sqlite"])
    assert provider.type(QFileInfo(str(tmp_path / "a.sqlite"))) == "SQLITE file"
    assert provider.type(QFileInfo(str(tmp_path / "none"))) == "File"
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"
    assert not provider.icon(QFileInfo(str(tmp_path / "a.sqlite"))).isNull()


def test_every_file_dialog_of_the_program_is_one_of_these() -> None:
    """Qt's static QFileDialog functions (or a QFileDialog of its own) anywhere else in
    the interface would list the database's folder with Qt's type guessing again."""
    ui = Path(file_dialogs.__file__).parent
    elsewhere = [str(path.relative_to(ui)) for path in sorted(ui.rglob("*.py"))
                 if path.name != "file_dialogs.py" and "forms" not in path.parts
                 and re.search(r"\bQFileDialog\b\s*[.(,]|import[^\n]*\bQFileDialog\b",
                               path.read_text(encoding="utf-8"))]
    assert elsewhere == []


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A documents folder of the test's own, and a working folder that is not it."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: folder)
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    return folder


@pytest.mark.parametrize("kind", list(Kind))
def test_without_a_folder_a_dialog_opens_in_the_documents(qtbot, documents: Path,
                                                          kind: Kind) -> None:
    dialog = file_dialogs.make_dialog(kind, None, "Choose")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == documents


def test_a_bare_name_is_suggested_in_the_documents_not_the_working_folder(
        qtbot, documents: Path) -> None:
    dialog = file_dialogs.make_dialog(Kind.SAVE_FILE, None, "Save", "dossier-2026.pdf")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == documents
    assert dialog.selectedFiles() == [str(documents / "dossier-2026.pdf")]


def test_the_documents_folder_exists() -> None:
    assert file_dialogs.documents_folder().is_dir()
