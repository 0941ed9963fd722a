"""A window's first size: the size it asks for, within the screen it opens on, centred.

A juror's laptop screen (1366x768 is common) is smaller than the size a window is
designed for: a window opened larger runs off its right and bottom edges, the buttons
there out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QWidget

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


class FirstShare(QObject):
    """Gives the first pane of a two-pane `splitter` `share` of its width (never less
    than that pane's minimum), once, when the splitter is first on screen with the width
    its window gave it; the second pane has the rest.

    Sizes set before then are only proportions Qt scales as the window is laid out,
    pane by pane from their minimums: the desk's side panes came out at what the main
    pane's minimum spared (the deliberation's meeting 229 px of a 1366 px screen) or
    more than meant (the project's detail 44 % instead of 30 %)."""

    def __init__(self, splitter: QSplitter, share: float) -> None:
        super().__init__(splitter)
        self._splitter, self._share = splitter, share
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._splitter and self._splitter.isVisible() \
                and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._splitter.removeEventFilter(self)
            share_width(self._splitter, self._share)
            self.deleteLater()
        return False


def share_width(splitter: QSplitter, share: float) -> None:
    """The first pane `share` of the splitter's width, or its minimum if more."""
    total = sum(splitter.sizes())
    first = max(splitter.widget(0).minimumSizeHint().width(), round(total * share))
    splitter.setSizes([first, max(total - first, 0)])
