"""Long work off the UI thread: one small helper for every import, export and build.

`run_task(parent, work, on_success=..., on_failure=...)` runs `work(progress)` in a
worker thread and calls back on the UI thread. A progress dialog appears only if
the work lasts longer than `SHOW_AFTER_MS`, and its Cancel button asks the work to
stop at its next `progress(...)` call. Work that writes the database goes through
one serial pool (`writes=True`), so two threads never write SQLite at once.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class Progress:
    """Handed to the work: report how far it is, and learn whether to stop."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def __call__(self, done: int, total: int = 0, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._signals, self._cancel = work, signals, cancel

    def run(self) -> None:
        try:
            result = self._work(Progress(self._signals, self._cancel))
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # handed to on_failure on the UI thread
            self._signals.failed.emit(error, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


_writer_pool: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The one thread that writes the database for background work."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
        app = QCoreApplication.instance()
        if app is not None:  # never quit with a write half done
            app.aboutToQuit.connect(lambda: wait_for_tasks(60_000))
    return _writer_pool


class Task(QObject):
    """A running piece of work; keeps its dialog and callbacks alive until it ends."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0,
                                      parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel_event.set)
        # QProgressDialog shows itself after minimumDuration only once a value is set.
        self.dialog.setValue(0)
        self.was_shown = False
        self.signals.progress.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.was_shown = self.was_shown or self.dialog.isVisible()
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    @property
    def alive(self) -> bool:
        """False once the widget that started the work (and so its dialog) is gone."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.dialog)

    def close(self) -> None:
        if not self.alive:
            return
        self.was_shown = self.was_shown or self.dialog.isVisible()
        self.dialog.hide()
        self.finished.emit()


_running: set[Task] = set()


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    *,
    title: str = "",
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    writes: bool = False,
    cancellable: bool = True,
) -> Task:
    """Run `work(progress)` off the UI thread; callbacks run on the UI thread."""
    task = Task(parent, title, cancellable)
    _running.add(task)  # keeps the task, its signals and dialog alive while it runs

    def done(callback: Callable[..., None] | None, *args: Any) -> None:
        _running.discard(task)
        if not task.alive:  # its window was closed meanwhile: nobody left to tell
            return
        task.close()
        if callback is not None:
            callback(*args)

    task.signals.succeeded.connect(lambda result: done(on_success, result))
    task.signals.failed.connect(lambda error, text: done(on_failure, error, text))
    task.signals.cancelled.connect(lambda: done(on_cancel))
    writer_pool()  # creates the serial pool and the wait on quit
    pool = writer_pool() if writes else QThreadPool.globalInstance()
    pool.start(_Runnable(work, task.signals, task.cancel_event))
    return task


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until background work is done (tests, and closing the window)."""
    ok = QThreadPool.globalInstance().waitForDone(timeout_ms)
    return writer_pool().waitForDone(timeout_ms) and ok
