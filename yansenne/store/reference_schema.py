"""The schema this program's migrations make at a revision: the one reference that a
restored copy (`backup`) and a juror package (`package_file`) are checked against.

It is an empty SQLite database migrated in memory by the program's own migrations, so
there is no second list of tables and triggers to keep in step. It is built once per
revision and kept as its serialised image; each check reads it through a connection
of its own.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@functools.cache
def _image(revision: str) -> bytes:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from yansenne.store import migrate

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        migrate.upgrade(engine, revision)
        raw = engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            return connection.serialize()
        finally:
            raw.close()
    finally:
        engine.dispose()


@contextmanager
def migrated(revision: str) -> Iterator[sqlite3.Connection]:
    """A connection to a fresh copy of the empty database migrated to `revision`."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(_image(revision))
        yield connection
    finally:
        connection.close()
