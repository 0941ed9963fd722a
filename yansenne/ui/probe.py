"""A probe for the start-up benchmark: report the first paint of a window and quit.

With `YANSENNE_PROBE_PAINT=1` in the environment, the application prints one line
`first-paint SECONDS PEAK_RSS_KB MODULES` when its main window is first painted
(seconds since the interpreter started; the third-party libraries loaded by then,
so that the baseline can import the very same ones) and exits. With
`YANSENNE_PROBE_PAGES=1` as well, it then shows every page of the desk once, lets
the work each page started in the background finish, and prints
`pages PEAK_RSS_KB RSS_KB` before it exits: the memory of a desk fully visited.
Off by default. The peak is 0 where the system does not tell it (Windows has no
`resource` module; the probe needs nothing else there).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

ENV = "YANSENNE_PROBE_PAINT"
PAGES_ENV = "YANSENNE_PROBE_PAGES"
STDLIB = set(getattr(sys, "stdlib_module_names", ()))
SETTLE_MS = 300  # after a page is shown, before looking for its background work
TASKS_LIMIT_S = 180.0  # a page's background work longer than this is not waited for


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def pages_enabled() -> bool:
    return os.environ.get(PAGES_ENV) == "1"


def loaded_libraries() -> list[str]:
    """Top-level packages imported so far, outside the standard library and ours."""
    names = {name.split(".")[0] for name in sys.modules}
    return sorted(n for n in names if n not in STDLIB and not n.startswith("_")
                  and n not in ("yansenne", "bench", "tests"))


def peak_kb() -> int:
    """The process's peak resident memory in KB (0 where unknown)."""
    if resource is None:
        return 0
    peak = int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def rss_kb() -> int:
    """The resident memory now in KB (Linux: /proc; else the peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return peak_kb()


def report(seconds: float) -> None:
    print(f"first-paint {seconds:.4f} {peak_kb()} {','.join(loaded_libraries())}", flush=True)


def visit_pages(window: Any) -> None:
    """Show each page of `window` (a desk with `show_page`) once, waiting for the
    background work it starts, then report the memory and quit."""
    from yansenne.ui import tasks
    from yansenne.ui.pages import registry

    keys = [entry.key for entry in registry.PAGES]
    since = {"t": time.monotonic()}

    def advance() -> None:
        busy = bool(tasks._running)  # noqa: SLF001 (the probe looks, it does not touch)
        if busy and time.monotonic() - since["t"] < TASKS_LIMIT_S:
            QTimer.singleShot(100, advance)
            return
        if keys:
            window.show_page(keys.pop(0))
            since["t"] = time.monotonic()
            QTimer.singleShot(SETTLE_MS, advance)
            return
        print(f"pages {peak_kb()} {rss_kb()}", flush=True)
        QApplication.exit(0)

    advance()


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._done = False
        self._widget = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            seconds = time.monotonic() - process_start()
            QTimer.singleShot(0, lambda: self._painted(seconds))
        return False

    def _painted(self, seconds: float) -> None:
        report(seconds)
        if pages_enabled() and hasattr(self._widget, "show_page"):
            visit_pages(self._widget)
        else:
            QApplication.exit(0)


def process_start() -> float:
    """When this process started, on the monotonic clock (Linux: /proc; else now)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        started_ago = uptime - ticks / os.sysconf("SC_CLK_TCK")
        return time.monotonic() - started_ago
    except (OSError, ValueError, IndexError, AttributeError):  # no /proc, no sysconf
        return time.monotonic()


def watch(widget: QWidget) -> None:
    """Report and quit at `widget`'s first paint (with the pages probe, after a visit
    of every page)."""
    widget.installEventFilter(_FirstPaint(widget))
