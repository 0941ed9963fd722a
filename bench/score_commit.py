"""From a typed mark to its committed row: the juror grid against a bare SQLite commit.

    python -m bench.score_commit [--edits 200]

On edition L (200 projects per category), juror J02's grid is opened offscreen and
marks are typed into the real grid, key by key, then Enter; each edit is timed from
its first key event to the moment the store's commit returned (the model's `saved`
signal, emitted right after). Each key goes where a keyboard sends it: to the widget
with the keyboard's focus (the grid for a mark's first key, the cell's editor for the
next ones and Enter). A second run sends every key to the grid, which hands them on to
the editor (the way QTest-driven tests type); it is reported beside the first.
Interleaved with the edits, so that both see the same disk, a bare `sqlite3`
insert-and-commit of one row into a table of another file with the same pragmas (WAL,
synchronous=FULL) is timed. The figure is the ratio of the medians (target: at most 3).

Also measured: the store's share (`JurorDesk.set_mark` alone); the whole of the Enter
key (until the view has taken the row and moved on); what follows it at the next turn of
the event loop (the category's progress, the tab, the side pane, the database watch
taking our own change as seen), which is checked to have happened; a move of the cell
with the arrow keys in the shown window, until it is repainted, against the same keys in
a bare QTableView of as many cells; a mark typed in the shown window until the window has
shown it (the commit, the move on, the tab, the progress, the pane, painted), against the
same keys in that bare view; and, on a category of 1,000 projects, how long the
grid takes to load and to take one typed mark.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import discard, edition_db, median, write_result  # noqa: E402

JUROR = "J02"


def bare_commit(path: Path) -> tuple[sqlite3.Connection, Any]:
    """A connection to a fresh file with the application's pragmas, and one timed
    insert-and-commit of a row."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE marks (id INTEGER PRIMARY KEY, project INTEGER, "
                 "criterion INTEGER, value REAL, comment TEXT)")
    counter = iter(range(10**9))

    def once() -> float:
        n = next(counter)
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO marks (project, criterion, value, comment) "
                     "VALUES (?, ?, ?, '')", (n, n % 8, (n % 21) / 2))
        conn.execute("COMMIT")
        return time.perf_counter() - start

    return conn, once


def typed_edits(path: Path, year: int, edits: int, folder: Path, *,
                to_grid: bool = False) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from yansenne.store.opening import open_database
    from yansenne.ui import i18n
    from yansenne.ui.app import create_application
    from yansenne.ui.juror import open_juror_window

    app = create_application()
    i18n.switch_language("fr")
    db = open_database(path)
    window = open_juror_window(db, year, JUROR)
    page = window.current_page()
    assert page is not None
    model, view = page.model, page.view
    committed: list[float] = []
    model.saved.connect(lambda *_: committed.append(time.perf_counter()))
    desk = model.desk
    store_calls: list[tuple[float, float]] = []  # (entered, returned) of each store write
    set_mark = desk.set_mark

    def timed_set_mark(*args: Any, **kwargs: Any) -> Any:
        entered = time.perf_counter()
        try:
            return set_mark(*args, **kwargs)
        finally:
            store_calls.append((entered, time.perf_counter()))

    desk.set_mark = timed_set_mark  # type: ignore[method-assign]
    conn, bare_once = bare_commit(folder / f"bare-{'grid' if to_grid else 'focus'}.sqlite")
    rows, columns = model.rowCount(), len(model.criteria)
    typed, bare, keys, store_in_grid, revisions = [], [], [], [], 0
    whole_key, deferred = [], []
    for _ in range(10):  # warm-up: caches, compiled statements, first WAL frames
        bare_once()
    for n in range(edits + 10):
        row, column = (n * 37) % rows, 1 + n % columns
        old = model.value(row, column)
        value = (n % 20) / 2
        if old == value:
            value = (value + 0.5) % 10.5
        text = f"{value:g}".replace(".", ",") if n % 2 else f"{value:g}"
        view.go_to(row, column)
        app.processEvents()
        before = len(committed)
        start = time.perf_counter()
        for key in text:
            QTest.keyClick(view if to_grid else app.focusWidget() or view, key)
        QTest.keyClick(view if to_grid else app.focusWidget() or view, Qt.Key.Key_Return)
        returned = time.perf_counter()
        assert len(committed) == before + 1, f"edit {n} was not committed"
        assert model.value(row, column) == value
        app.processEvents()  # what the typed path left for the next turn
        done = time.perf_counter()
        assert page.progress_label.text() == page.progress_text(), "progress not shown"
        if n >= 10:
            typed.append(committed[-1] - start)
            keys.append(store_calls[-1][0] - start)
            store_in_grid.append(store_calls[-1][1] - store_calls[-1][0])
            whole_key.append(returned - start)
            deferred.append(done - returned)
            revisions += 1
            bare.append(bare_once())
    desk.set_mark = set_mark  # type: ignore[method-assign]
    store = []
    for n in range(edits):
        project, criterion = model.projects[(n * 11) % rows], model.criteria[n % columns]
        start = time.perf_counter()
        desk.set_mark(project.id, criterion.id, ((n + 3) % 20) / 2)
        store.append(time.perf_counter() - start)
    window.close()
    conn.close()
    db.close()
    return {"typed": typed, "bare": bare, "store": store, "keys": keys,
            "store_in_grid": store_in_grid, "whole_key": whole_key, "deferred": deferred,
            "committed": revisions,
            "rows": rows, "criteria": columns}


MOVES = 60  # arrow keys, each way
#: Turns of the event loop after each key: one turn delivers only what was posted before
#: it, and a relabelled heading's LayoutRequest climbs one widget a turn before the
#: repaint it causes is posted. Six drain it (ten measure the same).
TURNS = 6


def _timed_moves(app: Any, view: Any, keys: list[Any]) -> list[float]:
    """Each key pressed on `view`, timed until what it started is done: the updates it
    posted, the layouts, the paint."""
    from PySide6.QtTest import QTest

    spent = []
    for key in keys:
        start = time.perf_counter()
        QTest.keyClick(view, key)
        for _ in range(TURNS):
            app.processEvents()
        spent.append(time.perf_counter() - start)
    return spent


MARKS_SHOWN = 40  # marks typed in the shown window, until what they started is done


def _timed_marks(app: Any, view: Any, texts: list[str]) -> list[float]:
    """A mark typed into each cell of column 1 from row 0 down (its keys where a keyboard
    sends them, then Enter), timed until what it started is done: the commit, the move
    to the next cell, the window's updates, their layouts and paint."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    spent = []
    for row, text in enumerate(texts):
        view.setCurrentIndex(view.model().index(row, 1))
        for _ in range(TURNS):
            app.processEvents()
        start = time.perf_counter()
        for key in text:
            QTest.keyClick(app.focusWidget() or view, key)
        QTest.keyClick(app.focusWidget() or view, Qt.Key.Key_Return)
        for _ in range(TURNS):
            app.processEvents()
        spent.append(time.perf_counter() - start)
    return spent


def cell_moves(path: Path, year: int) -> dict[str, float]:
    """Arrow keys in the juror's shown grid (down and up: another project in the side
    pane; right and left: another criterion and its rubric), against the same keys in a
    bare QTableView of as many cells, as large as the juror's grid. Then marks typed in
    the shown window until it has shown them, against the same keys in the bare view
    (its own editor, no store)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    from yansenne.store.opening import open_database
    from yansenne.ui import i18n
    from yansenne.ui.app import create_application
    from yansenne.ui.juror import open_juror_window

    app = create_application()
    i18n.switch_language("fr")
    db = open_database(path)
    window = open_juror_window(db, year, JUROR)
    window.show()
    QTest.qWaitForWindowExposed(window)
    page = window.current_page()
    assert page is not None
    view = page.view
    view.setFocus()
    view.go_to(0, 1)
    app.processEvents()
    arrows = [Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left] * MOVES
    _timed_moves(app, view, arrows[:20])  # warm-up
    ours = _timed_moves(app, view, arrows)
    texts = [f"{(n % 20) / 2:g}" for n in range(MARKS_SHOWN + 5)]
    proxy = view.model()
    texts = [t if page.model.value(proxy.mapToSource(proxy.index(n, 1)).row(), 1)
             != float(t) else f"{(float(t) + 0.5) % 10.5:g}" for n, t in enumerate(texts)]
    marks = _timed_marks(app, view, texts)[5:]  # the first five: warm-up
    rows, columns = page.model.rowCount(), page.model.columnCount()
    size = view.size()
    window.close()
    db.close()
    bare_model = QStandardItemModel(rows, columns)
    for row in range(rows):
        for column in range(columns):
            bare_model.setItem(row, column, QStandardItem(f"{(row + column) % 21 / 2:g}"))
    bare = QTableView()
    bare.setModel(bare_model)
    bare.resize(size)
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    bare.setFocus()
    bare.setCurrentIndex(bare_model.index(0, 1))
    app.processEvents()
    _timed_moves(app, bare, arrows[:20])
    baseline = _timed_moves(app, bare, arrows)
    bare_marks = _timed_marks(app, bare, texts)[5:]
    bare.close()
    return {"move_median_s": median(ours), "bare_move_median_s": median(baseline),
            "ratio": median(ours) / median(baseline), "moves": len(ours),
            "mark_shown_median_s": median(marks), "bare_mark_shown_median_s": median(bare_marks),
            "mark_shown_ratio": median(marks) / median(bare_marks), "marks": len(marks)}


def large_category(folder: Path) -> dict[str, float]:
    """A category of 1,000 projects: loading its grid, and one typed mark."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from yansenne.domain.synthetic import build_synthetic
    from yansenne.store.opening import open_database
    from yansenne.ui.juror import open_juror_window

    path = folder / "large.sqlite"
    db = open_database(path)
    build_synthetic(db, year=2044, projects=5000, jurors=2, criteria=8, seed=1)
    start = time.perf_counter()
    window = open_juror_window(db, 2044, "J02")
    page = window.current_page()
    loaded = time.perf_counter() - start
    assert page is not None and page.model.rowCount() == 1000
    view = page.view
    view.go_to(999, 8)
    start = time.perf_counter()
    QTest.keyClicks(view, "7,5")
    QTest.keyClick(view, Qt.Key.Key_Return)
    edit = time.perf_counter() - start
    assert page.model.value(999, 8) == 7.5
    start = time.perf_counter()
    for row in range(0, 1000, 25):  # scroll through the whole category
        view.scrollTo(page.proxy.index(row, 1))
        view.viewport().grab()  # paints the rows now shown
    scroll = (time.perf_counter() - start) / 40
    window.close()
    db.close()
    return {"load_s": loaded, "typed_edit_s": edit, "paint_per_scroll_step_s": scroll}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args(argv)
    path, year = edition_db("L")
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        folder = Path(tmp)
        try:
            run = typed_edits(path, year, args.edits, folder)
            to_grid = typed_edits(path, year, args.edits, folder, to_grid=True)
            moves = cell_moves(path, year)
            large = large_category(folder)
        finally:
            discard(path)
    typed, bare, store = median(run["typed"]), median(run["bare"]), median(run["store"])
    ratio = typed / bare
    import PySide6

    result = {
        "pyside6": PySide6.__version__,
        "edition": "L", "juror": JUROR, "projects_in_category": run["rows"],
        "criteria": run["criteria"], "edits": len(run["typed"]),
        "typed_to_commit_median_s": typed,
        "typed_to_commit_p90_s": statistics.quantiles(run["typed"], n=10)[-1],
        "bare_insert_commit_median_s": bare,
        "ratio": ratio, "target": 3.0, "within_target": ratio <= 3.0,
        "keys_to_store_median_s": median(run["keys"]),
        "store_write_in_grid_median_s": median(run["store_in_grid"]),
        "store_set_mark_median_s": store,
        "enter_key_returned_median_s": median(run["whole_key"]),
        "next_turn_refresh_median_s": median(run["deferred"]),
        "keys_to_grid": {
            "typed_to_commit_median_s": median(to_grid["typed"]),
            "bare_insert_commit_median_s": median(to_grid["bare"]),
            "ratio": median(to_grid["typed"]) / median(to_grid["bare"]),
        },
        "category_1000": large,
        "cell_moves": moves,
    }
    out = write_result("score_commit", result)
    print(f"typed mark -> committed row: median {typed * 1000:.3f} ms "
          f"(p90 {result['typed_to_commit_p90_s'] * 1000:.3f} ms) over {len(run['typed'])} "
          f"edits of {run['rows']} projects x {run['criteria']} criteria")
    print(f"bare sqlite3 insert+commit:  median {bare * 1000:.3f} ms")
    print(f"ratio {ratio:.2f} (target <= 3): {'ok' if ratio <= 3 else 'MISSED'}")
    print(f"  of which keys and checks before the store: median "
          f"{result['keys_to_store_median_s'] * 1000:.3f} ms; the store's write: median "
          f"{result['store_write_in_grid_median_s'] * 1000:.3f} ms")
    grid = result["keys_to_grid"]
    print(f"every key sent to the grid (which hands it to the editor): median "
          f"{grid['typed_to_commit_median_s'] * 1000:.3f} ms against "
          f"{grid['bare_insert_commit_median_s'] * 1000:.3f} ms, ratio {grid['ratio']:.2f}")
    print(f"a move of the cell (arrow key, its window repainted): median "
          f"{moves['move_median_s'] * 1000:.2f} ms against a bare QTableView's "
          f"{moves['bare_move_median_s'] * 1000:.2f} ms, ratio {moves['ratio']:.2f}")
    print(f"a mark typed until the window has shown it: median "
          f"{moves['mark_shown_median_s'] * 1000:.2f} ms against a bare QTableView's "
          f"{moves['bare_mark_shown_median_s'] * 1000:.2f} ms")
    print(f"store alone (JurorDesk.set_mark, no grid): median {store * 1000:.3f} ms")
    print(f"the Enter key handled (row shown, cursor moved on): median "
          f"{result['enter_key_returned_median_s'] * 1000:.3f} ms; then, at the next turn, "
          f"progress, tab, pane and watch: median "
          f"{result['next_turn_refresh_median_s'] * 1000:.3f} ms")
    print(f"1,000-project category: load {large['load_s'] * 1000:.0f} ms, one typed mark "
          f"{large['typed_edit_s'] * 1000:.1f} ms, painting the grid after a scroll "
          f"{large['paint_per_scroll_step_s'] * 1000:.1f} ms")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
