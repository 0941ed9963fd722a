"""Words the results page puts beside the figures: a warning banner and a notes list.

The banner says, before anyone reads the overall ranking, that its figures cannot
be compared across categories; its icon and frame mark it, and its accessible
description carries the same words for a screen reader. Both can take the focus
(Tab) so that the keyboard reaches them and a screen reader reads them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget

ICON_SIZE = 22
BANNER_STYLE = ("QFrame#warningBanner { background: #fff3cd; border: 1px solid #d9a300;"
                " border-radius: 3px; }")


class WarningBanner(QFrame):
    """A framed line with a warning icon: hidden until `show_warning` gets words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        icon = QLabel(self)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("warningText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(icon)
        layout.addWidget(self.text_label, 1)
        self.setVisible(False)

    def show_warning(self, heading: str, text: str) -> None:
        """Show `heading` in bold then `text`; empty `text` hides the banner."""
        self.text_label.setText(f"<b>{escape(heading)}</b> {escape(text)}" if text else "")
        self.text_label.setAccessibleDescription(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.text_label.accessibleDescription() if self.isVisibleTo(self.parentWidget()) \
            else ""


class NotesLabel(QLabel):
    """The ranking's readings in words, one paragraph each; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notes: tuple[str, ...] = ()
        self.setVisible(False)

    def show_notes(self, notes: list[str] | tuple[str, ...]) -> None:
        self._notes = tuple(notes)
        self.setText("".join(f"<p>{escape(n)}</p>" for n in self._notes))
        self.setAccessibleDescription(" ".join(self._notes))
        self.setVisible(bool(self._notes))

    def notes(self) -> tuple[str, ...]:
        return self._notes
