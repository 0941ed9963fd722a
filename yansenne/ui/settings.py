"""The two settings stores: preferences, and window state kept apart.

Geometry and splitter positions change on every resize and depend on the screen;
keeping them in their own file means resetting the layout never loses the
user's language or last edition, and vice versa. Both are INI files so that
tests can redirect them with `QSettings.setPath`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from yansenne.paths import APP_AUTHOR, APP_NAME

LANGUAGE_KEY = "language"
EDITION_KEY = "edition"


def preferences() -> QSettings:
    """The user's choices: language, last edition."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


def window_state() -> QSettings:
    """Window geometry, toolbar and splitter state, column widths."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, f"{APP_NAME}-window"
    )
