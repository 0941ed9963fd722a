"""The rubric of the focused criterion, in the juror's language, above the grid.

A descriptor written as levels ("0–2 : … ; 3–4 : … ; …") is shown as a row of level
cards, the one matching the focused mark highlighted, so that the juror reads what a
7 means while typing it; any other descriptor is shown as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from yansenne.domain.juror_desk import CriterionInfo
from yansenne.domain.marks import parse_number
from yansenne.i18n import pick
from yansenne.ui.juror.numbers import format_mark

_LEVEL = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:[–—-]\s*(\d+(?:[.,]\d+)?))?\s*:\s*(.+?)\s*$",
                    re.DOTALL)
CARD = ("QLabel {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; "
        "padding: 4px 6px; color: #1f2430; }}")
PLAIN = CARD.format(bg="#ffffff", border="#d5d9e0")
CURRENT = CARD.format(bg="#e6eef9", border="#2b5797")


@dataclass(frozen=True)
class Level:
    low: float
    high: float
    label: str  # "0–2" as written
    text: str


def levels(descriptor: str) -> list[Level]:
    """The levels of a descriptor written "0–2 : …; 3–4 : …", or [] if it is not."""
    parts = [p for p in descriptor.split(";") if p.strip()]
    found = []
    for part in parts:
        match = _LEVEL.match(part)
        if not match:
            return []
        low = parse_number(match.group(1))
        high = parse_number(match.group(2)) if match.group(2) else low
        if low is None or high is None:
            return []
        label = match.group(1) + (f"–{match.group(2)}" if match.group(2) else "")
        found.append(Level(low, high, label, match.group(3)))
    return found if len(found) > 1 else []


def level_of(found: list[Level], value: float | None) -> int | None:
    """Which level a mark falls in: the last whose lower bound it reaches."""
    if value is None or not found:
        return None
    chosen = None
    for i, level in enumerate(found):
        if value >= level.low:
            chosen = i
    return chosen


class RubricStrip(QFrame):
    """Name, weight and scale of the focused criterion, and its levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubricStrip")
        self.setStyleSheet("#rubricStrip { background: #f7f8fa; border: 1px solid #dde1e7; "
                           "border-radius: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("rubricTitle")
        self.title.setStyleSheet("color: #3a4150;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.body = QHBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body)
        self.plain = QLabel(self)
        self.plain.setObjectName("rubricText")
        self.plain.setWordWrap(True)
        layout.addWidget(self.plain)
        self._cards: list[QLabel] = []
        self._levels: list[Level] = []
        self._criterion: CriterionInfo | None = None
        self._lang = "fr"
        self._hint = ""

    def criterion(self) -> CriterionInfo | None:
        return self._criterion

    def descriptor(self) -> str:
        """The descriptor shown (in the juror's language), '' if none."""
        return pick(self._criterion, "descriptor", self._lang) if self._criterion else ""

    def current_level(self) -> int | None:
        for i, card in enumerate(self._cards):
            if card.property("current"):
                return i
        return None

    def show_criterion(self, criterion: CriterionInfo | None, value: float | None, lang: str,
                       heading: str, hint: str) -> None:
        """Show `criterion` (its descriptor in `lang`), the level of `value` highlighted;
        with no criterion, `hint` says where to go."""
        if criterion is not self._criterion or lang != self._lang:
            self._criterion, self._lang = criterion, lang
            self._rebuild()
        if criterion is None:
            self.title.setText(hint)
            self.plain.hide()
            return
        self.title.setText(heading)
        current = level_of(self._levels, value)
        for i, card in enumerate(self._cards):
            on = i == current
            if bool(card.property("current")) != on:
                card.setProperty("current", on)
                card.setStyleSheet(CURRENT if on else PLAIN)

    def _rebuild(self) -> None:
        for card in self._cards:
            self.body.removeWidget(card)
            card.deleteLater()
        self._cards = []
        text = self.descriptor()
        self._levels = levels(text)
        for level in self._levels:
            low, high = format_mark(level.low, self._lang), format_mark(level.high, self._lang)
            card = QLabel(f"<b>{low}" + (f"–{high}" if level.high != level.low else "")
                          + f"</b><br>{escape(level.text)}", self)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setWordWrap(True)
            card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card.setStyleSheet(PLAIN)
            card.setProperty("current", False)
            self.body.addWidget(card, 1)
            self._cards.append(card)
        self.plain.setText(text)
        self.plain.setVisible(bool(text) and not self._levels)
