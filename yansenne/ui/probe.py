"""A probe for the start-up benchmark: report the first paint of a window and quit.

With `YANSENNE_PROBE_PAINT=1` in the environment, the application prints one line
`first-paint SECONDS PEAK_RSS_KB MODULES` when its main window is first painted
(seconds since the interpreter started; the third-party libraries loaded by then,
so that the baseline can import the very same ones) and exits. Off by default.
"""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "YANSENNE_PROBE_PAINT"
STDLIB = set(getattr(sys, "stdlib_module_names", ()))


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def loaded_libraries() -> list[str]:
    """Top-level packages imported so far, outside the standard library and ours."""
    names = {name.split(".")[0] for name in sys.modules}
    return sorted(n for n in names if n not in STDLIB and not n.startswith("_")
                  and n not in ("yansenne", "bench", "tests"))


def report(seconds: float) -> None:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first-paint {seconds:.4f} {peak_kb} {','.join(loaded_libraries())}", flush=True)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            seconds = time.monotonic() - process_start()
            QTimer.singleShot(0, lambda: (report(seconds), QApplication.exit(0)))
        return False


def process_start() -> float:
    """When this process started, on the monotonic clock (Linux: /proc; else now)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        started_ago = uptime - ticks / os.sysconf("SC_CLK_TCK")
        return time.monotonic() - started_ago
    except (OSError, ValueError, IndexError):
        return time.monotonic()


def watch(widget: QWidget) -> None:
    """Report and quit at `widget`'s first paint."""
    widget.installEventFilter(_FirstPaint(widget))
