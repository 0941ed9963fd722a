"""The background-work helper: results and errors come back on the UI thread, quick
work shows no dialog, Cancel stops the work, and database writes never overlap."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from yansenne.ui.tasks import Progress, run_task, wait_for_tasks


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
    qtbot.waitUntil(lambda: task.dialog.isVisible(), timeout=5000)
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
