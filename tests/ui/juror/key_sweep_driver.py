"""Every key, with every modifier, pressed on the juror grid, for `test_keys.py`.

    python -m tests.ui.juror.key_sweep_driver DB YEAR JUROR CATEGORY ROW COLUMN MODE

Opens the juror window on DB, then for each key combination of `combinations()`: puts
the cursor on (ROW, COLUMN) of CATEGORY, types `7` first when MODE is "editing" or
"editor" (in a score cell that opens the mark's editor; elsewhere it is refused),
presses the combination with `QTest.keyClick` on the grid ("editor": on the open
editor, where the keyboard's focus is), and leaves the cell with Escape if an editor is
still open. MODE "idle" types nothing first. In a child process, so that a crash (the
recursion of issue 13 was a segmentation fault) is the test's failure rather than the
end of the test run.

On stdout, flushed line by line:

    KEY <n> <combination>           before its turn (the last one names a crash)
    ACK <project> <criterion> <value> <revision>
                                    each mark the grid committed (its `saved` signal)
    FINAL <project> <criterion> <value> <revision>
                                    the grid's marks at the end (conflicts excluded)
    DONE <n>
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from yansenne.store.opening import open_database
from yansenne.ui import i18n
from yansenne.ui.app import create_application
from yansenne.ui.juror import open_juror_window
from yansenne.ui.juror import window as juror_window

KEYS: list[tuple[str, Qt.Key]] = (
    [(chr(c), Qt.Key(getattr(Qt.Key, f"Key_{chr(c)}"))) for c in range(ord("A"), ord("Z") + 1)]
    + [(str(d), Qt.Key(getattr(Qt.Key, f"Key_{d}"))) for d in range(10)]
    + [(f"F{n}", Qt.Key(getattr(Qt.Key, f"Key_F{n}"))) for n in range(1, 13)]
    + [(name, Qt.Key(getattr(Qt.Key, f"Key_{name}"))) for name in (
        "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "Escape",
        "Return", "Enter", "Tab", "Backtab", "Delete", "Backspace", "Insert", "Space")]
)
MODIFIERS: list[tuple[str, Qt.KeyboardModifier]] = [
    ("", Qt.KeyboardModifier.NoModifier),
    ("Ctrl+", Qt.KeyboardModifier.ControlModifier),
    ("Shift+", Qt.KeyboardModifier.ShiftModifier),
    ("Alt+", Qt.KeyboardModifier.AltModifier),
    ("Ctrl+Shift+", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
]
CLIPBOARD = "6"
"""What Ctrl+V pastes when no Ctrl+C came before it."""


def closes_the_window(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    """Ctrl+W, Ctrl+F4: the window's Close shortcut, which does close it (and is left out
    of the sweep, which goes on in that window)."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    return event.matches(QKeySequence.StandardKey.Close)


def combinations() -> list[tuple[str, Qt.Key, Qt.KeyboardModifier]]:
    return [(prefix + name, key, modifiers) for prefix, modifiers in MODIFIERS
            for name, key in KEYS if not closes_the_window(key, modifiers)]


def never_ask() -> None:
    """No key may leave a modal question open: the sweep would wait for ever."""
    QMessageBox.question = staticmethod(  # type: ignore[method-assign]
        lambda *_a, **_k: QMessageBox.StandardButton.No)
    for name in ("warning", "information", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))
    juror_window.ask = lambda *_a, **_k: False  # the juror window's own questions


def main(argv: list[str]) -> int:
    path, year, juror, category = argv[0], int(argv[1]), argv[2], argv[3]
    row, column, mode = int(argv[4]), int(argv[5]), argv[6]
    app = create_application()
    i18n.switch_language("en")
    never_ask()
    db = open_database(path)
    window = open_juror_window(db, year, juror)
    window.activateWindow()
    QGuiApplication.clipboard().setText(CLIPBOARD)
    models = set()

    def page_of():  # type: ignore[no-untyped-def]
        page = window.show_category(category)
        if page.model not in models:
            models.add(page.model)
            model = page.model

            def acknowledge(r: int, c: int) -> None:
                project, criterion = model.projects[r], model.criteria[c - 1]
                print(f"ACK {project.code} {criterion.code} {model.value(r, c)!r} "
                      f"{model.revision(r, c)}", flush=True)

            model.saved.connect(acknowledge)
        return page

    done = 0
    for n, (name, key, modifiers) in enumerate(combinations()):
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        page = page_of()
        view = page.view
        if view.delegate.editor is not None:
            QTest.keyClick(view, Qt.Key.Key_Escape)
        view.setFocus()
        view.go_to(row, column)
        print(f"KEY {n} {name}", flush=True)
        source = page.proxy.mapToSource(view.currentIndex())
        if page.model.can_edit(source.row(), source.column()) and page.model.value(
                source.row(), source.column()) == 7.0:
            # So that a 7 committed by the key is a change, a write of its own (ACK).
            page.model.set_mark(source.row(), source.column(), 5.0)
        if mode in ("editing", "editor"):
            QTest.keyClicks(view, "7")
        # "editor": the key goes where a keyboard's would, to the open editor itself.
        target = view.delegate.editor if mode == "editor" else None
        QTest.keyClick(target or view, key, modifiers)
        app.processEvents()
        page = page_of()
        if page.view.delegate.editor is not None:
            QTest.keyClick(page.view, Qt.Key.Key_Escape)
        done += 1
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    app.processEvents()
    model = next(iter(models))
    for r, project in enumerate(model.projects):
        if model.is_conflict(r):
            continue
        for c, criterion in enumerate(model.criteria, start=1):
            print(f"FINAL {project.code} {criterion.code} {model.value(r, c)!r} "
                  f"{model.revision(r, c)}", flush=True)
    window.close()  # commits nothing: no editor is open
    app.processEvents()
    print(f"DONE {done}", flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
