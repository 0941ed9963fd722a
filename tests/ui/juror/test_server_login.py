"""The juror window on a juror's own PostgreSQL login (PostgreSQL pass only): the
login may write no table, and the window still scores, keeps a note and submits,
through the database's juror functions (migration 0008)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from tests.factories import YEAR, build_small_edition, ids_of
from tests.ui.juror.conftest import marks_of, type_mark
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry
from yansenne.store.opening import open_database
from yansenne.store.postgres import create_login
from yansenne.ui.app import _first_window
from yansenne.ui.juror import JurorWindow

PASSWORD = "Window-login-2026"


@pytest.fixture
def server(pg_url: str) -> Iterator[tuple[Database, Database]]:
    """The secretariat's database and J1's own login on it."""
    secretariat = open_database(pg_url)
    build_small_edition(secretariat)
    login = create_login(secretariat, year=YEAR, juror_code="J1", password=PASSWORD)
    juror = open_database(make_url(pg_url).set(username=login.role, password=PASSWORD)
                          .render_as_string(hide_password=False))
    yield secretariat, juror
    juror.close()
    secretariat.close()


def test_the_window_of_a_login_scores_notes_and_submits(
        qtbot: QtBot, english: str, server: tuple[Database, Database],
        say_yes: list[str]) -> None:
    secretariat, juror = server
    ids = ids_of(secretariat, YEAR)
    window = _first_window(juror)
    assert isinstance(window, JurorWindow)
    qtbot.addWidget(window)
    window.set_language("en")
    window.show_category("citizens")
    page = window.current_page()
    assert page is not None
    page.view.setFocus()
    page.view.go_to(0, 1)  # P01, relevance
    type_mark(qtbot, page, "9")
    key = (ids.projects["P01"], ids.criteria["relevance"])
    value, _comment, revision = marks_of(secretariat, ids.jurors["J1"])[key]
    assert value == 9.0 and revision == 2
    assert page.model.set_note(0, "Vu sur place")
    assert window.submit_scores()
    assert page.banner.isVisible()
    with secretariat.read() as s:
        actions = [(e.actor, e.action) for e in s.scalars(select(AuditEntry).where(
            AuditEntry.actor == "J1").order_by(AuditEntry.id))]
    assert actions == [("J1", "score.set"), ("J1", "note.set"), ("J1", "scores.submit"),
                       ("J1", "scores.submit")]
    # Submitted: the window refuses, and the database would too.
    page.view.go_to(0, 2)
    qtbot.keyClicks(page.view, "3")
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert marks_of(secretariat, ids.jurors["J1"])[key][0] == 9.0
