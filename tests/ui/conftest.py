"""UI fixtures: settings in a temporary folder, a known language, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from yansenne.store.database import Database
from yansenne.ui import i18n
from yansenne.ui.main_window import MainWindow
from yansenne.ui.style import apply_style


@pytest.fixture(scope="session", autouse=True)
def application_style(qapp: QApplication) -> None:
    """The desk's own look, its style sheet with it (as `yansenne` starts): what people
    see is what is tested. Without it, the whole window repainted at every move of the
    juror's cell, and no test saw it."""
    apply_style(qapp)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Preferences and window state go to a fresh folder, never the user's."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def no_background_work_left() -> Iterator[None]:
    """No test leaves a worker thread running into the next one (or into exit)."""
    yield
    from yansenne.ui.tasks import wait_for_tasks

    assert wait_for_tasks(30_000), "background work still running after the test"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[str]:
    """Start in English (the source language) and end there, whatever the test did."""
    i18n.switch_language("en")
    yield "en"
    i18n.switch_language("en")
    QApplication.processEvents()


@pytest.fixture
def make_window(qtbot: QtBot, english: str) -> Iterator[type[MainWindow]]:
    """Build main windows that qtbot closes after the test."""

    def make(db: Database) -> MainWindow:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make  # type: ignore[misc]


@pytest.fixture
def window(make_window, small_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(small_db)
