"""Fixtures of the results and deliberation pages: the demo edition, and waiting for work."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from yansenne.cli.main import main
from yansenne.store.database import Database
from yansenne.store.opening import open_database


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo edition (2026), built once for the session; tests use copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "--lang", "en", "demo"]) == 0
    database = open_database(path)
    database.checkpoint()
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    database = open_database(copy)
    yield database
    database.close()


@pytest.fixture
def settle(qtbot: QtBot) -> Callable[[object], None]:
    """Wait until a page has no background work left (reads, computations, writes)."""

    def wait(page: object) -> None:
        qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)  # type: ignore[attr-defined]

    return wait


def click_cell(qtbot: QtBot, view: QAbstractItemView, index: QModelIndex,
               double: bool = False) -> None:
    """Click (or double-click) a table cell where a person would."""
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    if double:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    else:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
