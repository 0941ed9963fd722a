"""A calm strip above the grid that says why a keystroke was refused.

A refused mark must be explained on the spot without stopping the juror: no modal
dialog, no focus stolen from the grid; the strip stays until the next accepted mark
or until it is closed. A screen reader hears it at once: a refusal is announced
(assertive), an information politely.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from yansenne.ui.juror.speech import Spoken

STYLES = {
    "warning": "background: #fff3d6; border: 1px solid #e8c46a; color: #5a4300;",
    "info": "background: #e6eef9; border: 1px solid #9fb8dc; color: #1f3a63;",
}
MARKS = {"warning": "⚠", "info": "ℹ"}


class MessageStrip(Spoken, QFrame):
    """One message at a time; `kind` is "warning" (refusals) or "info"."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageStrip")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        self.icon = QLabel(self)
        self.icon.setObjectName("messageIcon")
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "warning") -> None:
        self.kind = kind
        self.setStyleSheet(f"#messageStrip {{ {STYLES[kind]} border-radius: 4px; }}"
                           "#messageStrip QLabel { background: transparent; border: none; }"
                           "#messageStrip QToolButton { border: none; }")
        self.icon.setText(MARKS[kind])
        self.label.setText(text)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        heading = self.tr("Refused") if kind == "warning" else self.tr("Information")
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
        self.label.setAccessibleName(f"{heading}: {text}")
        self.show()
        announce(self, f"{heading}: {text}", assertive=kind == "warning")

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()


def announce(widget: QWidget, text: str, *, assertive: bool) -> None:
    """Have assistive technology read `text` now (Qt 6.8's announcement event)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
