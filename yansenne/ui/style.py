"""The look: Fusion with a calm light palette, the style sheet and the app icon.

Fusion looks the same on the secretariat's Windows desktops and the jurors'
laptops, so screenshots in the manual match what people see.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from yansenne.paths import resources_dir

_COLOURS: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2430",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f7f9",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2430",
    QPalette.ColorRole.PlaceholderText: "#7b818c",
    QPalette.ColorRole.Text: "#1f2430",
    QPalette.ColorRole.Button: "#eceef2",
    QPalette.ColorRole.ButtonText: "#1f2430",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2b5797",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f4f8f",
    QPalette.ColorRole.LinkVisited: "#5a3d8a",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e2e5ea",
    QPalette.ColorRole.Mid: "#c4c9d1",
    QPalette.ColorRole.Dark: "#9aa1ac",
    QPalette.ColorRole.Shadow: "#5c636e",
}
_DISABLED = "#9aa0a8"


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "yansenne.svg"))


def calm_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED))
    # A selection that stays readable when the window loses focus.
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight,
                     QColor("#d5deeb"))
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText,
                     QColor("#1f2430"))
    return palette


def style_sheet() -> str:
    path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def apply_style(app: QApplication) -> None:
    """Fusion, the palette, the style sheet and the icon; the system font is kept."""
    app.setStyle("Fusion")
    app.setPalette(calm_palette())
    app.setStyleSheet(style_sheet())
    app.setWindowIcon(app_icon())
