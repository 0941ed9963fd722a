"""The juror window follows changes made elsewhere (another desk, a command) and stops,
saying why, when the database file under it is gone."""

from __future__ import annotations

import shutil

from pytestqt.qtbot import QtBot

from tests.factories import YEAR, Ids
from tests.ui.juror.conftest import OpenWindow, clear_category, marks_of, type_mark
from yansenne.domain.juror_desk import SECRETARIAT, JurorDesk, reopen
from yansenne.store.database import Database
from yansenne.store.opening import open_database


def test_a_reopening_by_the_secretariat_elsewhere_shows_within_seconds(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    assert small_db.path is not None
    elsewhere = open_database(small_db.path)  # another desk on the same file
    try:
        JurorDesk.open(elsewhere, YEAR, "J3").submit_all()
        window = open_window("J3")
        page = window.current_page()
        assert page is not None and page.model.submitted
        reopen(elsewhere, YEAR, "J3", "citizens", actor=SECRETARIAT)
        qtbot.waitUntil(lambda: not page.model.submitted, timeout=5000)
        assert not page.banner.isVisible()
    finally:
        elsewhere.close()


def test_marks_imported_elsewhere_show_and_own_marks_cause_no_reload(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    assert small_db.path is not None
    clear_category(small_db, ids.jurors["J3"], "citizens")
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(0, 1)
    type_mark(qtbot, page, "6")
    loads: list[str] = []
    original = window.desk.load
    window.desk.load = lambda code: loads.append(code) or original(code)  # type: ignore[method-assign]
    qtbot.wait(2600)
    assert loads == [], "the window read its grid again after its own mark"
    elsewhere = open_database(small_db.path)
    try:
        desk = JurorDesk.open(elsewhere, YEAR, "J3", actor=SECRETARIAT)
        desk.load("citizens")
        project, criterion = page.model.projects[1], page.model.criteria[0]
        desk.set_mark(project.id, criterion.id, 8.0)
    finally:
        elsewhere.close()
    qtbot.waitUntil(lambda: page.model.value(1, 1) == 8.0, timeout=5000)
    assert marks_of(small_db, ids.jurors["J3"])[(page.model.projects[0].id,
                                                  page.model.criteria[0].id)][0] == 6.0


def test_a_database_file_replaced_under_the_window_stops_it(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids,
        tmp_path) -> None:
    assert small_db.path is not None
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    copy = tmp_path / "other.sqlite"
    shutil.copyfile(small_db.path, copy)
    copy.replace(small_db.path)  # what the old restore did under an open desk
    qtbot.waitUntil(lambda: page.strip.isVisible() and "replaced" in page.strip.text(),
                    timeout=5000)
    page.view.go_to(0, 1)
    type_mark(qtbot, page, "3")
    assert page.model.value(0, 1) != 3.0  # refused, never shown as saved
