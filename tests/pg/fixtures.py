"""Pytest fixtures of the PostgreSQL pass: one server per run, one database per test.

The server starts on first use (only when YANSENNE_TEST_PG=1; otherwise the tests
that need it are skipped), migrates a template database to the schema head once,
and hands each test a fresh copy (`CREATE DATABASE ... TEMPLATE`), dropped after it
with every role the test created. Copying a database takes a few tenths of a second,
so a helper thread prepares the next copies while the tests run.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Iterator

import pytest

from tests.pg.server import SUPERUSER, PostgresServer, enabled
from yansenne.store.opening import open_database

TEMPLATE = "yansenne_template"
SKIP_REASON = "PostgreSQL pass not asked for (set YANSENNE_TEST_PG=1)"
AHEAD = 3  # databases copied in advance


class DatabaseSupply:
    """Copies of the template made ahead of need, and dropped after use, by one thread."""

    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self._ready: queue.Queue[str | BaseException] = queue.Queue(maxsize=AHEAD)
        self._used: queue.Queue[str | None] = queue.Queue()
        self._numbers = itertools.count(1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="pg-databases", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while not self._stop.is_set():
            try:
                while True:  # drop first: keeps the disk small
                    name = self._used.get_nowait()
                    if name is None:
                        return
                    self.server.execute(f"DROP DATABASE {name} WITH (FORCE)")
            except queue.Empty:
                pass
            if self._ready.full():
                try:
                    name = self._used.get(timeout=0.05)
                except queue.Empty:
                    continue
                if name is None:
                    return
                self.server.execute(f"DROP DATABASE {name} WITH (FORCE)")
                continue
            name = f"test_{next(self._numbers)}"
            try:
                self.server.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} "
                                    "STRATEGY FILE_COPY")
            except BaseException as error:  # handed to the test that waits for it
                self._ready.put(error)
                return
            self._ready.put(name)

    def take(self) -> str:
        item = self._ready.get(timeout=120)
        if isinstance(item, BaseException):
            raise item
        return item

    def give_back(self, name: str) -> None:
        self._used.put(name)

    def close(self) -> None:
        self._stop.set()
        self._used.put(None)
        self._thread.join(timeout=30)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    if not enabled():
        pytest.skip(SKIP_REASON)
    server = PostgresServer().start()
    try:
        server.execute(f"CREATE DATABASE {TEMPLATE}")
        open_database(server.url(TEMPLATE)).close()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_supply(pg_server: PostgresServer) -> Iterator[DatabaseSupply]:
    supply = DatabaseSupply(pg_server)
    yield supply
    supply.close()


@pytest.fixture
def pg_url(pg_server: PostgresServer, pg_supply: DatabaseSupply) -> Iterator[str]:
    """The URL of a fresh database at the schema head, for the superuser."""
    name = pg_supply.take()
    yield pg_server.url(name)
    drop_roles(pg_server, name)
    pg_supply.give_back(name)


def drop_roles(server: PostgresServer, database: str) -> None:
    """Roles live in the whole server: remove those a test made, with their grants."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(host="127.0.0.1", port=server.port, user=SUPERUSER,
                         dbname=database, autocommit=True) as conn:
        roles = [r[0] for r in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname <> %s AND rolname NOT LIKE 'pg\\_%%'",
            (SUPERUSER,))]
        for role in roles:
            conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
