"""Shared fixtures: a fresh database per test, and Qt offscreen unless a display is given."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.factories import Ids, build_small_edition, ids_of  # noqa: E402
from tests.pg import server as postgres  # noqa: E402
from tests.pg.fixtures import pg_server, pg_supply, pg_url  # noqa: E402, F401  (every folder)
from yansenne.i18n import set_language  # noqa: E402
from yansenne.store.database import Database
from yansenne.store.opening import open_database

ROOT = Path(__file__).resolve().parent.parent
# With YANSENNE_TEST_PG=1 (or =only), the `db` of these folders' tests is also (or only)
# a PostgreSQL database (tests/pg/server.py).
BOTH_BACKENDS = ("store", "domain", "scoring", "exchange", "pg")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): the test checks something only "
                                       "SQLite has; skipped on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    folder = metafunc.definition.path.relative_to(ROOT / "tests").parts[0]
    if postgres.enabled() and "db" in metafunc.fixturenames and folder in BOTH_BACKENDS:
        metafunc.parametrize("db", postgres.backends(), indirect=True)


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Core messages in English unless a test asks for another language."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh database: SQLite, or a PostgreSQL one in the PostgreSQL pass."""
    if getattr(request, "param", "sqlite") == "postgresql":
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(marker.args[0] if marker.args else "SQLite only")
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        database = open_database(tmp_path / "yansenne.sqlite")
    yield database
    database.close()


@pytest.fixture
def small_db(db: Database) -> Database:
    """A database holding the small edition of `tests.factories` (year 2026)."""
    build_small_edition(db)
    return db


@pytest.fixture
def ids(small_db: Database) -> Ids:
    """Database ids of the small edition, by code (raw access for store tests)."""
    return ids_of(small_db, 2026)
