"""The background-work helper: results and errors come back on the UI thread, quick
work shows no dialog, Cancel stops the work, and database writes never overlap."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from yansenne.ui.tasks import SHOW_AFTER_MS, Progress, run_task, wait_for_tasks


def test_result_comes_back_on_the_ui_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        progress(1, 2, "half")
        return 42

    def success(result: object) -> None:
        seen["result"] = result
        seen["ui"] = threading.current_thread() is threading.main_thread()

    task = run_task(None, work, title="t", on_success=success)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker": False, "result": 42, "ui": True}
    assert not task.was_shown  # quick work never shows its dialog


def test_error_goes_to_on_failure(qtbot) -> None:
    failures: list[tuple[BaseException, str]] = []

    def work(progress: Progress) -> None:
        raise ValueError("bad cell")

    run_task(None, work, on_failure=lambda e, text: failures.append((e, text)))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0][0], ValueError)
    assert "bad cell" in failures[0][1]


def test_long_work_shows_a_dialog_and_cancel_stops_it(qtbot) -> None:
    cancelled: list[bool] = []
    steps: list[int] = []

    def work(progress: Progress) -> None:
        for i in range(200):
            progress(i, 200, "working")
            steps.append(i)
            time.sleep(0.01)

    task = run_task(None, work, title="long", on_cancel=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
    cancel = task.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert len(steps) < 200
    wait_for_tasks()


def test_writes_run_one_at_a_time(qtbot) -> None:
    active = 0
    overlap: list[int] = []
    finished: list[int] = []
    lock = threading.Lock()

    def work(progress: Progress) -> None:
        nonlocal active
        with lock:
            active += 1
            overlap.append(active)
        time.sleep(0.05)
        with lock:
            active -= 1

    for _ in range(4):
        run_task(None, work, writes=True, on_success=lambda _r: finished.append(1))
    qtbot.waitUntil(lambda: len(finished) == 4, timeout=5000)
    assert max(overlap) == 1
    QApplication.processEvents()


def test_work_outliving_its_window_ends_quietly(qtbot) -> None:
    """The page that started the work is closed before it ends: the work's result stands
    (it was committed), and nothing touches the destroyed widgets."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    release = threading.Event()
    called: list[object] = []

    def work(progress: Progress) -> int:
        release.wait(5)
        return 7

    run_task(parent, work, on_success=called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent), timeout=5000)
    release.set()
    wait_for_tasks()
    QApplication.processEvents()
    assert called == []


# -- progress dialogs never come back after the work ended (issue 13, items 4-5) -----

def _progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def _visible_progress_dialogs() -> list[QProgressDialog]:
    return [w for w in _progress_dialogs() if w.isVisible()]


def _settle(qtbot, ms: int) -> None:
    """Process events for `ms`, then let deleteLater() do its work."""
    qtbot.wait(ms)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_quick_work_never_shows_its_dialog_later(qtbot) -> None:
    """A 50 ms task: its dialog must not pop up once the show-after delay has passed."""
    finished: list[int] = []

    def work(progress: Progress) -> int:
        progress(0, 2, "starting")
        time.sleep(0.05)
        progress(2, 2, "done")
        return 1

    task = run_task(None, work, title="quick", cancellable=False, on_success=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    _settle(qtbot, 1500)
    assert _visible_progress_dialogs() == []
    assert _progress_dialogs() == []
    assert not task.was_shown


def test_long_work_shows_a_dialog_with_a_button_then_nothing(qtbot) -> None:
    """A 1 s task that cannot be cancelled still gives its dialog a button (to hide it);
    once the work ends, nothing is left on screen."""
    finished: list[int] = []

    def work(progress: Progress) -> int:
        for i in range(20):
            progress(i, 20, "working")
            time.sleep(0.05)
        return 1

    started = time.monotonic()
    task = run_task(None, work, title="long", cancellable=False, on_success=finished.append)
    qtbot.waitUntil(lambda: bool(_visible_progress_dialogs()), timeout=5000)
    assert time.monotonic() - started >= SHOW_AFTER_MS / 1000 * 0.9
    assert task.dialog is not None and task.dialog.isVisible()
    buttons = [b for b in task.dialog.findChildren(QPushButton) if b.isVisible()]
    assert buttons, "a progress dialog without any button cannot be closed"
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    _settle(qtbot, 1000)
    assert _visible_progress_dialogs() == []
    assert _progress_dialogs() == []
    assert task.was_shown


def test_hiding_a_non_cancellable_dialog_lets_the_work_finish(qtbot) -> None:
    """Its button hides the dialog; the work goes on and its callback still runs."""
    finished: list[int] = []
    release = threading.Event()

    def work(progress: Progress) -> int:
        release.wait(5)
        progress(1, 1)
        return 3

    task = run_task(None, work, title="hide", cancellable=False, on_success=finished.append)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
    button = next(b for b in task.dialog.findChildren(QPushButton) if b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _visible_progress_dialogs(), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: finished == [3], timeout=5000)
    _settle(qtbot, 800)
    assert _visible_progress_dialogs() == []


def test_many_quick_tasks_in_a_row_leave_nothing_on_screen(qtbot) -> None:
    """Recording 24 jury votes one after another must not leave 24 dialogs to close."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    finished: list[int] = []

    def work(progress: Progress) -> int:
        time.sleep(0.01)
        return 1

    for count in range(1, 25):
        run_task(parent, work, title="vote", writes=True, cancellable=False,
                 on_success=finished.append)
        qtbot.waitUntil(lambda count=count: len(finished) == count, timeout=5000)
    _settle(qtbot, 1500)
    assert _visible_progress_dialogs() == []
    assert parent.findChildren(QProgressDialog) == []
