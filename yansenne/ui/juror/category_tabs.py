"""The juror's categories as tabs, laid out again only when their layout can change.

QTabWidget lays itself out on every LayoutRequest it gets and, under the application's
style sheet, repaints itself whole (its pages with it). A page sends one whenever one of
its labels changes its text: the rubric's heading and the side pane's change on every
move of the grid's cell, so each move repainted the whole window (the grid's every
visible cell asked for its data again): 7.2 ms a move on edition L, offscreen. Its
layout depends only on the tab bar's size and visibility and on the size the pages ask
for; while those stay the same, the request is answered without it.

QTabWidget's own setters of a tab's text and icon do the same, whatever they set: lay out
and repaint it whole. The window updates a category's tab after every mark (its count,
its icon): `set_tab` sets them on the tab bar, and only when they change; a bar that
grows sends its LayoutRequest, and the tabs are laid out again then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon
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

    def set_tab(self, index: int, text: str, icon: QIcon, tip: str) -> None:
        """Tab `index`'s text, icon and tooltip, each set only if it changed."""
        bar = self.tabBar()
        if bar.tabText(index) != text:
            bar.setTabText(index, text)
        if bar.tabIcon(index).cacheKey() != icon.cacheKey():
            bar.setTabIcon(index, icon)
        if bar.tabToolTip(index) != tip:
            bar.setTabToolTip(index, tip)
