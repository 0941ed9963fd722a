"""A splitter's first shares (screen_fit.FirstShare): set once the splitter is on screen
with the width its window gave it, the first pane never under its minimum; afterwards
the user's."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from yansenne.ui.screen_fit import FirstShare


def window_with_panes(qtbot: QtBot, first_minimum: int) -> tuple[QWidget, QSplitter]:
    window = QWidget()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    first, second = QWidget(), QWidget()
    first.setMinimumWidth(first_minimum)
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    QHBoxLayout(window).addWidget(splitter)
    return window, splitter


def test_the_share_is_taken_of_the_width_on_screen(qtbot: QtBot) -> None:
    window, splitter = window_with_panes(qtbot, 100)
    splitter.setSizes([60, 40])  # the proportions Qt only scaled from the minimums
    FirstShare(splitter, 0.6)
    window.resize(1200, 600)
    window.show()
    qtbot.waitExposed(window)
    first, second = splitter.sizes()
    assert first == round(0.6 * (first + second)), (first, second)
    splitter.setSizes([300, first + second - 300])  # the user drags the handle
    window.resize(1300, 600)
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > first + second)
    assert splitter.sizes()[0] < 0.5 * sum(splitter.sizes())  # not shared out again

