"""A window's first size: the size it asks for, within the screen it opens on, centred.

A juror's laptop screen (1366x768 is common) is smaller than the size a window is
designed for: a window opened larger runs off its right and bottom edges, the buttons
there out of reach.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# 90 %: some window managers place a window shown before its frame is known a title bar
# lower than asked (openbox, measured: 20 px), and 92 % then ran 4 px off the bottom.
SCREEN_SHARE = 0.90


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to `width` x `height`, or to the screen's share when that is
    smaller, and centre it on the free area of the screen it is on."""
    screen = window.screen().availableGeometry()
    window.resize(min(width, int(screen.width() * SCREEN_SHARE)),
                  min(height, int(screen.height() * SCREEN_SHARE)))
    frame = window.frameGeometry()
    frame.moveCenter(screen.center())
    window.move(frame.topLeft())
