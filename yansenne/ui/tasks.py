"""Long work off the UI thread: one small helper for every import, export and build.

`run_task(parent, work, on_success=..., on_failure=...)` runs `work(progress)` in a
worker thread and calls back on the UI thread. A progress dialog appears only if
the work lasts longer than `SHOW_AFTER_MS` (and never after the work ended), and its
Cancel button asks the work to stop at its next `progress(...)` call; work that
cannot stop gets a Hide button instead. Work that writes the database goes through
one serial pool (`writes=True`), so two threads never write SQLite at once.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

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
    """A running piece of work; keeps its dialog and callbacks alive until it ends.

    The progress dialog is built by the task's own single-shot timer, only if the work
    is still running after `SHOW_AFTER_MS`, and shown explicitly. QProgressDialog's
    own show-after-delay (its internal timer, started by the constructor,
    setMinimumDuration and setValue) is never used: it fires whether or not the work
    has ended, so it brought back the dialogs of quick work after they were hidden.
    When the work ends, the timer stops and the dialog is hidden and deleted. Work
    that cannot be cancelled gets a Hide button instead: the dialog goes away, the
    work goes on and its callbacks still run.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.dialog: QProgressDialog | None = None  # from SHOW_AFTER_MS until the end
        self.was_shown = False
        self.ended = False
        self._parent = parent
        self._title = title
        self._cancellable = cancellable
        self._state: tuple[int, int, str] = (0, 0, title)
        self._bar: QProgressBar | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start()
        self.signals.progress.connect(self._on_progress)

    def _show_dialog(self) -> None:
        """The work outlasted SHOW_AFTER_MS: show its progress (once)."""
        if self.ended or not self.alive or self.dialog is not None:
            return
        dialog = QProgressDialog(self._parent)
        # Its own show-after-delay timer would show it again after we hide it.
        for timer in dialog.findChildren(QTimer, options=Qt.FindChildOption.
                                         FindDirectChildrenOnly):
            timer.stop()
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # Our own bar, driven directly: QProgressDialog.setValue() would decide to show
        # the dialog by itself and spin a nested event loop.
        self._bar = QProgressBar(dialog)
        dialog.setBar(self._bar)
        dialog.setCancelButtonText(self.tr("Cancel") if self._cancellable else self.tr("Hide"))
        dialog.canceled.connect(self._cancel if self._cancellable else self._hide)
        self.dialog = dialog
        self._apply()
        self.was_shown = True
        dialog.show()

    def _cancel(self) -> None:
        self.cancel_event.set()  # the work stops at its next progress(...) call
        self._hide()

    def _hide(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        _, old_total, old_text = self._state
        self._state = (done, total or old_total, text or old_text)
        if self.dialog is not None and self.alive:
            self._apply()

    def _apply(self) -> None:
        assert self.dialog is not None and self._bar is not None
        done, total, text = self._state
        self._bar.setRange(0, total)  # 0..0: busy
        if total:
            self._bar.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    @property
    def alive(self) -> bool:
        """False once the widget that started the work (and so the task) is gone."""
        if not shiboken6.isValid(self):
            return False
        return self._parent is None or shiboken6.isValid(self._parent)

    def close(self) -> None:
        """The work ended: no dialog now, and none later."""
        if self.ended:
            return
        self.ended = True
        if not shiboken6.isValid(self):
            return
        self._timer.stop()
        dialog, self.dialog, self._bar = self.dialog, None, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.blockSignals(True)  # hiding is not the user cancelling
            dialog.hide()
            dialog.deleteLater()
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
        alive = task.alive
        task.close()  # whatever happens next, its progress never appears again
        if not alive:  # its window was closed meanwhile: nobody left to tell
            return
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
