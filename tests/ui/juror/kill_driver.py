"""A juror scoring without pause, for the crash test (`test_kill.py`).

    python -m tests.ui.juror.kill_driver DB YEAR JUROR

Opens the juror window on DB and types marks into the real grid, key by key, cell
after cell, round and round. Each mark is acknowledged on stdout as

    ACK <project> <criterion> <value> <revision>

once the grid has its committed revision, that is after the store's commit returned.
It never stops by itself: the test kills it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from yansenne.store.opening import open_database
from yansenne.ui import i18n
from yansenne.ui.app import create_application
from yansenne.ui.juror import open_juror_window

VALUES = [f"{v / 2:g}" for v in range(21)]  # 0, 0.5, ..., 10


def main(argv: list[str]) -> int:
    path, year, juror = argv[0], int(argv[1]), argv[2]
    app = create_application()
    i18n.switch_language("en")
    db = open_database(path)
    window = open_juror_window(db, year, juror)
    page = window.current_page()
    assert page is not None
    model, view = page.model, page.view

    def acknowledge(row: int, column: int) -> None:
        project, criterion = model.projects[row], model.criteria[column - 1]
        print(f"ACK {project.code} {criterion.code} {model.value(row, column)!r} "
              f"{model.revision(row, column)}", flush=True)

    model.saved.connect(acknowledge)
    view.setFocus()
    view.go_to(0, 1)
    state = {"n": 0}

    def type_one() -> None:
        n = state["n"]
        state["n"] = n + 1
        text = VALUES[(n * 7) % len(VALUES)]
        if n % 2:
            text = text.replace(".", ",")
        current = view.currentIndex()
        if model.value(current.row(), current.column()) == float(text.replace(",", ".")):
            text = VALUES[(n * 7 + 1) % len(VALUES)]  # always a change, always a revision
        QTest.keyClicks(view, text)
        before = (current.row(), current.column())
        QTest.keyClick(view, Qt.Key.Key_Tab)
        if (view.currentIndex().row(), view.currentIndex().column()) == before:
            view.go_to(0, 1)  # the last cell: round again

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(type_one)
    timer.start()
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
