"""Any key, with any modifier, on any cell of the juror grid, a mark being typed or not:
something sensible or nothing, never a crash (issue 13: a key the mark's editor did not
use went back up to the grid, which handed it to the editor again, for ever), and the
database holds exactly the marks the grid committed. Undo while typing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.factories import YEAR, Ids, build_small_edition
from tests.ui.helpers import ROOT
from tests.ui.juror.conftest import OpenWindow, marks_of, type_mark
from tests.ui.juror.key_sweep_driver import combinations
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui.juror.grid_view import MarkEditor

TIMEOUT_S = 240

Marks = dict[tuple[str, str], tuple[float, int]]


def stored_marks(path: Path, juror: str) -> Marks:
    """The juror's marks, read with sqlite3 from outside the application."""
    with sqlite3.connect(path) as conn:
        return {(p, c): (v, r) for p, c, v, r in conn.execute(
            "SELECT p.code, c.code, s.value, s.revision FROM scores s "
            "JOIN projects p ON p.id = s.project_id JOIN criteria c ON c.id = s.criterion_id "
            "JOIN jurors j ON j.id = s.juror_id WHERE j.code = ?", (juror,))}


def score_audits(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        (count,) = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action LIKE 'score.%'").fetchone()
    return count


def test_the_sweep_covers_enough_keys(qapp: QApplication) -> None:
    names = [name for name, _key, _modifiers in combinations()]
    assert len(names) >= 120
    for name in ("Ctrl+Z", "Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+S", "F1", "PageUp",
                 "PageDown", "Alt+F4", "Shift+Home", "Ctrl+Shift+Z", "Ctrl+Y", "Escape",
                 "Return", "Tab", "Delete", "Backspace", "Ctrl+End"):
        assert name in names


@pytest.mark.parametrize(("juror", "row", "column", "mode"), [
    ("J3", 1, 2, "editing"),  # a mark being typed (7) in P03 · collaboration
    ("J3", 1, 2, "editor"),  # the same, each key pressed in the editor itself
    ("J3", 1, 2, "idle"),  # the same cell, nothing typed
    ("J3", 1, 0, "editing"),  # the project's column: 7 refused, then the key
    ("J3", 2, 5, "editing"),  # the total's column
    ("J2", 0, 3, "editing"),  # P01: J2's conflict of interest
], ids=["score-editing", "score-editor", "score-idle", "project-column", "total-column",
        "conflict-row"])
def test_every_key_on_the_grid_is_survived(qapp: QApplication, tmp_path: Path, juror: str,
                                           row: int, column: int, mode: str) -> None:
    path = tmp_path / "keys.sqlite"
    db = open_database(path)
    build_small_edition(db)
    db.close()
    before = stored_marks(path, juror)
    audits_before = score_audits(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONUNBUFFERED": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.juror.key_sweep_driver", str(path), str(YEAR),
         juror, "citizens", str(row), str(column), mode],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    lines = result.stdout.splitlines()
    keys = [line.split(" ", 2)[2] for line in lines if line.startswith("KEY ")]
    assert result.returncode == 0, (
        f"the window died (exit {result.returncode}) at {keys[-1] if keys else 'start'}: "
        f"{result.stderr[-2000:]}")
    assert lines[-1] == f"DONE {len(combinations())}"
    assert len(keys) == len(combinations()) >= 120

    # The database holds the marks it held, changed by exactly what the grid committed.
    expected: dict[tuple[str, str], tuple[float | None, int]] = dict(before)
    acks = [line.split() for line in lines if line.startswith("ACK ")]
    for _ack, project, criterion, value, revision in acks:
        expected[(project, criterion)] = (None if value == "None" else float(value),
                                          int(revision))
    after = stored_marks(path, juror)
    assert after == {cell: mark for cell, mark in expected.items() if mark[0] is not None}
    assert score_audits(path) - audits_before == len(acks)
    # And the grid showed what is stored, nothing else.
    final = {(p, c): (None if v == "None" else float(v), int(r))
             for _f, p, c, v, r in (line.split() for line in lines if line.startswith("FINAL "))}
    assert final
    assert {cell: mark for cell, mark in final.items() if mark[0] is not None} == {
        cell: mark for cell, mark in after.items() if cell in final}
    if column != 2:
        assert acks == [], "nothing is written from a cell that takes no mark"
        return
    # What each key wrote (after the driver's own reset of the cell, from 7 to 5).
    wrote: dict[str, list[float | None]] = {}
    key = ""
    for line in lines:
        if line.startswith("KEY "):
            key = line.split(" ", 2)[2]
        elif line.startswith("ACK "):
            value = line.split()[3]
            wrote.setdefault(key, []).append(None if value == "None" else float(value))
    if mode == "idle":
        assert wrote["Delete"] == [None]  # clears the mark (8)
        assert wrote["Ctrl+Z"] == [8.0]  # undoes the clearing
        return
    # Typing 7: the keys that leave the cell commit it, whatever the modifier; the
    # others keep it in the editor (the driver then leaves with Escape: not written).
    committed = {key for key, values in wrote.items() if 7.0 in values}
    leaving = {prefix + name for prefix in ("", "Ctrl+", "Shift+", "Alt+", "Ctrl+Shift+")
               for name in ("Up", "Down", "Return", "Enter", "Tab", "Backtab")}
    assert leaving <= committed
    # Alt+S, Alt+L open the window's menus: the editor loses the keyboard and commits,
    # as when the juror clicks elsewhere.
    assert committed - leaving <= {"Alt+S", "Alt+L"}


def test_undo_while_typing_drops_the_mark_then_undoes_the_last_committed(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    view = page.view
    cell = (ids.projects["P01"], ids.criteria["relevance"])
    original = marks_of(small_db, ids.jurors["J3"])[cell][0]
    view.go_to(0, 1)
    type_mark(qtbot, page, "9,5")  # committed: an undo step
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 9.5
    view.go_to(0, 1)
    qtbot.keyClicks(view, "3")  # being typed
    assert isinstance(view.delegate.editor, MarkEditor) and view.delegate.editor.text() == "3"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.delegate.editor is None  # the mark being typed is dropped
    assert page.model.value(0, 1) == 9.5
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 9.5
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)
    # Again: the last committed mark is taken back (a write of its own).
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == original
    assert page.model.value(0, 1) == original
    # And redone.
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 9.5
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert marks_of(small_db, ids.jurors["J3"])[cell][0] == 9.5


def test_undo_typed_into_the_editor_itself(qtbot: QtBot, open_window: OpenWindow,
                                           small_db: Database, ids: Ids) -> None:
    """The keyboard's focus in the editor (a real keyboard), not in the grid."""
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    view = page.view
    view.go_to(1, 1)
    before = marks_of(small_db, ids.jurors["J3"])
    qtbot.keyClicks(view, "4")
    editor = view.delegate.editor
    assert editor is not None
    for key, modifiers in ((Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(editor, key, modifiers)
    assert view.delegate.editor is editor and editor.text() == "4"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.delegate.editor is None
    assert marks_of(small_db, ids.jurors["J3"]) == before
