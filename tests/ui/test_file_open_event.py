"""macOS hands a double-clicked `.yansenne` or `.ballot` to the running program as a
QFileOpenEvent, not in argv: the desk opens it as `yansenne FILE` would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.factories import YEAR
from tests.ui.collection.test_collection_page import ballot_from
from yansenne.exchange.package import export_package
from yansenne.store.database import Database
from yansenne.ui import app as desk_app
from yansenne.ui.app import FileOpenEvents, open_file_in, watch_file_opens
from yansenne.ui.juror import JurorWindow
from yansenne.ui.main_window import MainWindow


@pytest.fixture
def handed(qapp: QApplication) -> Iterator[list[Path]]:
    """The paths the filter hands over, with the filter removed after the test."""
    seen: list[Path] = []
    events = FileOpenEvents(qapp, seen.append)
    yield seen
    events.stop()
    events.deleteLater()


def test_only_packages_and_ballots_are_taken(qapp: QApplication, handed: list[Path],
                                             tmp_path: Path) -> None:
    for name in ("2026-J1.yansenne", "J1.BALLOT", "notes.xlsx"):
        QApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / name)))
    assert handed == [tmp_path / "2026-J1.yansenne", tmp_path / "J1.BALLOT"]


def test_a_posted_event_given_as_a_url(qapp: QApplication, handed: list[Path],
                                       tmp_path: Path) -> None:
    """As macOS delivers it: posted to the application, the file as a file:// URL."""
    package = tmp_path / "2026 J1.yansenne"
    QCoreApplication.postEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(package))))
    QCoreApplication.processEvents()
    assert handed == [package]


def test_the_filter_is_installed_on_macos_only(qapp: QApplication) -> None:
    """An application-wide filter costs every event of the program some Python."""
    window = QWidget()
    assert watch_file_opens(qapp, window, platform="win32") is None
    assert watch_file_opens(qapp, window, platform="linux") is None
    events = watch_file_opens(qapp, window, platform="darwin")
    assert isinstance(events, FileOpenEvents)
    events.stop()
    window.deleteLater()


def test_a_ballot_is_collected_in_the_desk(window: MainWindow, qtbot: QtBot,
                                           small_db: Database, tmp_path: Path) -> None:
    ballot = ballot_from(small_db, tmp_path, "J1")
    events = watch_file_opens(QApplication.instance(), window, platform="darwin")
    assert events is not None
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(ballot)))
    finally:
        events.stop()
    assert window.current_page() == "collection"
    page = window.page("collection").inner
    qtbot.waitUntil(lambda: page.report.rowCount() == 1, timeout=20_000)
    assert page.outcomes()[0][0] is True
    assert "ballot 1 of juror J1 applied" in page.outcomes()[0][1]


def test_a_package_opens_its_juror_window(qtbot: QtBot, english: str, small_db: Database,
                                          tmp_path: Path) -> None:
    package = export_package(small_db, YEAR, "J2", tmp_path / "2026-J2.yansenne").path
    open_file_in(None, package)
    opened = [w for w in desk_app._opened_windows if isinstance(w, JurorWindow)]
    assert len(opened) == 1
    assert opened[0].desk.juror.code == "J2"
    opened[0].close()
    qtbot.waitUntil(lambda: not desk_app._opened_windows)


def test_a_refused_file_is_a_message(qapp: QApplication, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = tmp_path / "2026-J9.yansenne"
    bogus.write_bytes(b"not a database at all" * 50)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    open_file_in(None, bogus)
    assert said and str(bogus) in said[0]
    assert not desk_app._opened_windows
