"""Fixtures of the exchange tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.workbooks import minimal_sheets, write_xlsx
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.database import Database


@pytest.fixture
def demo_path() -> Path:
    path = demo_workbook()
    assert path.is_file(), f"the demo edition is missing: {path}"
    return path


@pytest.fixture
def minimal_path(tmp_path: Path) -> Path:
    """The MINIMAL edition of tests.exchange.workbooks as a file."""
    return write_xlsx(tmp_path / "minimal.xlsx", minimal_sheets())


@pytest.fixture
def minimal_db(db: Database, minimal_path: Path) -> Database:
    """A database holding the MINIMAL edition (year 2031)."""
    import_edition(db, minimal_path)
    return db
