"""Opening a Yansenne database: SQLite by default, any SQLAlchemy URL otherwise.

SQLite runs in WAL mode with foreign keys on and `synchronous=FULL`, so that a
committed score survives a killed process or a power cut. Transactions are
driven explicitly (`BEGIN` / `BEGIN IMMEDIATE`) rather than by the sqlite3
module's implicit ones, which makes DDL transactional and lets writers queue on
the busy timeout instead of failing. Opening a database and bringing its schema up
to date is `opening.py`'s part.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from yansenne.errors import DatabaseError
from yansenne.i18n import tr
from yansenne.store import guard
from yansenne.store.liveness import FileWatch

# The newest migration this program knows; a test checks it against Alembic's head.
SCHEMA_HEAD = "0007"
SQLITE_MAGIC = b"SQLite format 3\x00"
# A juror package (exchange/package.py) is a SQLite file of this schema with this suffix.
PACKAGE_SUFFIX = ".yansenne"
# A server that does not answer is reported after this many seconds, not left hanging.
CONNECT_TIMEOUT_S = 10
MIGRATIONS = Path(__file__).with_name("migrations")


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_file(target: str) -> str:
    """The file of a SQLite target, whether given as a path or as a `sqlite:///` URL."""
    if is_url(target):
        from sqlalchemy.engine import make_url

        return make_url(target).database or target
    return target


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 15000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a Yansenne database before we change anything in it
    (our connection turns on WAL mode, which rewrites the file's header).

    The file is read through SQLite only, read-only: opening and closing it any other
    way would drop the locks SQLite holds on it in this process (guard.py)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "file is not a database" in str(exc):
            raise DatabaseError(tr("{file}: not a Yansenne database (not a SQLite file)",
                                   file=path)) from exc
        raise DatabaseError(tr("{file}: the database is damaged or unreadable ({reason})",
                               file=path, reason=str(exc))) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseError(tr("{file}: not a Yansenne database", file=path))


@dataclass
class Database:
    """An open database: its engine and the sessions to read and write it."""

    url: str
    engine: Engine
    path: Path | None = None
    watch: FileWatch | None = field(default=None, repr=False)
    """For a SQLite file: notices the file or its WAL replaced under us (liveness.py)."""
    _read: sessionmaker[Session] = field(init=False, repr=False)
    _write: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._guarded = False
        self._closed = False
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_immediate=True)
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session."""
        session = self._read()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def check_alive(self) -> None:
        """Raise `DatabaseError` if the file under this database was replaced or its WAL
        removed by another program: a write now would be acknowledged and then lost."""
        if self.watch is not None:
            self.watch.check()

    def problem(self) -> str | None:
        """Why this database can no longer be written here (None while it can)."""
        return self.watch.problem() if self.watch is not None else None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One atomic write: committed when the block ends, rolled back on any error.

        Refused, and rolled back, once the file under the database is not the one
        opened (see `check_alive`): nothing is acknowledged into a dead file."""
        if self._closed:
            raise DatabaseError(tr("{file}: this database was closed; nothing was saved",
                                   file=self.path or self.url))
        self.check_alive()
        session = self._write()
        try:
            yield session
            self.check_alive()
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before a checksum or a file copy)."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the database alone for an operation that replaces it or a whole edition
        (guard.py): refused with `DatabaseInUse` while another process has it open."""
        if self.path is None:
            yield
            return
        guard.promote(self.path)
        try:
            yield
        finally:
            guard.demote(self.path)

    def close(self) -> None:
        self._closed = True
        self.engine.dispose()
        if self.watch is not None:
            self.watch.close()
            self.watch = None
        if self.path is not None and self._guarded:
            self._guarded = False
            guard.release(self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision of the database, None for an empty one.

    Raises DatabaseError for a database with tables but no Yansenne schema.
    """
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseError(tr("{file}: not a Yansenne database", file=engine.url.database))
        return None
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def create_server_engine(url: str) -> Engine:
    """An engine for a database server: connections checked before use (a laptop's
    network comes and goes) and a bounded wait for a server that does not answer."""
    from sqlalchemy.engine import make_url

    options: dict[str, object] = {"pool_pre_ping": True}
    if make_url(url).get_backend_name() == "postgresql":
        options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S,
                                   "application_name": "yansenne"}
    return create_engine(url, **options)
