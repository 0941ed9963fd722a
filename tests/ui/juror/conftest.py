"""Fixtures of the juror-window tests: the small edition, windows opened as a juror."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from tests.factories import YEAR, Ids, ids_of
from yansenne.store.database import Database
from yansenne.store.models import Category, Project, Score
from yansenne.ui.juror import JurorWindow, open_juror_window
from yansenne.ui.juror import window as window_module
from yansenne.ui.juror.category_page import CategoryPage

OpenWindow = Callable[..., JurorWindow]


@pytest.fixture
def ids(small_db: Database) -> Ids:
    return ids_of(small_db, YEAR)


@pytest.fixture
def open_window(qtbot: QtBot, english: str, small_db: Database) -> Iterator[OpenWindow]:
    """Open a juror's window on the small edition, shown on the category asked for, in
    English (the tests' language) unless `lang` says otherwise (None: the juror's own)."""

    def make(juror: str, category: str = "citizens", db: Database = small_db,
             lang: str | None = "en") -> JurorWindow:
        window = open_juror_window(db, YEAR, juror)
        qtbot.addWidget(window)
        if lang is not None:
            window.set_language(lang)
        window.activateWindow()  # focus moves (and their FocusOut) need an active window
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        window.show_category(category)
        page = window.current_page()
        assert page is not None
        page.view.setFocus()
        return window

    yield make


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Accept every confirmation of the juror window; the questions asked are recorded."""
    return answer(monkeypatch, True)


@pytest.fixture
def say_no(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Decline every confirmation of the juror window; the questions asked are recorded."""
    return answer(monkeypatch, False)


def answer(monkeypatch: pytest.MonkeyPatch, accept: bool) -> list[str]:
    asked: list[str] = []

    def ask(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return accept

    monkeypatch.setattr(window_module, "ask", ask)
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: pytest.fail("unexpected dialog"))
    return asked


def clear_category(db: Database, juror_id: int, category: str) -> None:
    """Remove a juror's marks in one category (to score it from scratch)."""
    with db.write() as s:
        projects = select(Project.id).join(Category, Category.id == Project.category_id).where(
            Category.code == category)
        s.execute(delete(Score).where(Score.juror_id == juror_id,
                                      Score.project_id.in_(projects)))


def type_mark(qtbot: QtBot, page: CategoryPage, text: str,
              key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type `text` into the grid then press `key`, as a juror does."""
    qtbot.keyClicks(page.view, text)
    qtbot.keyClick(page.view, key)


def marks_of(db: Database, juror_id: int) -> dict[tuple[int, int], tuple[float, str, int]]:
    with db.read() as s:
        return {(sc.project_id, sc.criterion_id): (sc.value, sc.comment, sc.revision)
                for sc in s.scalars(select(Score).where(Score.juror_id == juror_id))}
