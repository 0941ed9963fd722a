"""The juror's categories as tabs, laid out again only when their layout can change.

QTabWidget lays itself out on every LayoutRequest it gets and, under the application's
style sheet, repaints itself whole (its pages with it). A page sends one whenever one of
its labels changes its text: the rubric's heading and the side pane's change on every
move of the grid's cell, so each move repainted the whole window (the grid's every
visible cell asked for its data again): 7.2 ms a move on edition L, offscreen. Its
layout depends only on the tab bar's size and visibility and on the size the pages ask
for; while those stay the same, the request is answered without it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QTabWidget, QWidget


class CategoryTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for: tuple[QSize, QSize, QSize, bool] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.LayoutRequest:
            return super().event(event)
        bar = self.tabBar()
        hints = (bar.sizeHint(), self.minimumSizeHint(), self.sizeHint(), bar.isVisibleTo(self))
        if hints == self._laid_out_for:
            return True
        self._laid_out_for = hints
        return super().event(event)
