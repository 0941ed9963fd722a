"""Where Yansenne finds its shipped files and keeps the user's data.

Shipped files (`data/`, `resources/`) sit beside the package in a source checkout
and under `sys._MEIPASS` in the PyInstaller build; user data lives in the
platform's data directory (platformdirs), never next to the program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Yansenne"
APP_AUTHOR = "safe.brussels"


def install_root() -> Path:
    """The folder holding `data/` and `resources/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Shipped reference lists and the demo edition."""
    return install_root() / "data"


def resources_dir() -> Path:
    """Icons, style sheet, fonts and translations."""
    return install_root() / "resources"


def user_data_dir(create: bool = True) -> Path:
    """The user's data directory (created on demand unless `create` is False)."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, APP_AUTHOR)
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def default_database(create: bool = True) -> str:
    """`YANSENNE_DB` if set, else `yansenne.sqlite` in the user's data directory."""
    return os.environ.get("YANSENNE_DB") or str(user_data_dir(create) / "yansenne.sqlite")


def demo_workbook() -> Path:
    return data_dir() / "demo_edition.xlsx"


def staged_demo_workbook() -> Path:
    """Next year's demo edition run in stages (tools/make_staged_demo.py)."""
    return data_dir() / "demo_staged_edition.xlsx"
