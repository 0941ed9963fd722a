"""Shared fixtures: a fresh database per test, and Qt offscreen unless a display is given."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.factories import build_small_edition  # noqa: E402
from yansenne.i18n import set_language  # noqa: E402
from yansenne.store.database import Database, open_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Core messages in English unless a test asks for another language."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "yansenne.sqlite")
    yield database
    database.close()


@pytest.fixture
def small_db(db: Database) -> Database:
    """A database holding the small edition of `tests.factories` (year 2026)."""
    build_small_edition(db)
    return db
