"""Opening a Yansenne database: SQLite by default, any SQLAlchemy URL otherwise.

SQLite runs in WAL mode with foreign keys on and `synchronous=FULL`, so that a
committed score survives a killed process or a power cut. Transactions are
driven explicitly (`BEGIN` / `BEGIN IMMEDIATE`) rather than by the sqlite3
module's implicit ones, which makes DDL transactional and lets writers queue on
the busy timeout instead of failing. Opening a database and bringing its schema up
to date is `opening.py`'s part.

SQLAlchemy is loaded only when a session is first asked for: a SQLite file is
opened, checked and read (`Database.plain`) with the driver alone, so that the
desk's first paint and the `rank` command do not wait ~0.4 s for its import.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yansenne.errors import DatabaseError
from yansenne.i18n import tr
from yansenne.store import guard
from yansenne.store.liveness import FileWatch

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

# The newest migration this program knows; a test checks it against Alembic's head.
SCHEMA_HEAD = "0011"
SQLITE_MAGIC = b"SQLite format 3\x00"
# A juror package (exchange/package.py) is a SQLite file of this schema with this suffix.
PACKAGE_SUFFIX = ".yansenne"
# A server that does not answer is reported after this many seconds, not left hanging.
CONNECT_TIMEOUT_S = 10
# How long a write waits for another program's write to the same SQLite file to end
# before it is refused, in seconds; $YANSENNE_BUSY_TIMEOUT overrides it (tests lower it).
BUSY_TIMEOUT_S = 15.0
BUSY_TIMEOUT_ENV = "YANSENNE_BUSY_TIMEOUT"
# Driver connections kept open for plain reads before the idle ones are closed.
MAX_DRIVERS = 4
MIGRATIONS = Path(__file__).with_name("migrations")


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_file(target: str) -> str:
    """The file of a SQLite target, whether given as a path or as a `sqlite:///` URL."""
    if is_url(target):
        from sqlalchemy.engine import make_url

        return make_url(target).database or target
    return target


def busy_timeout_s() -> float:
    """The bounded wait for another program's write (`BUSY_TIMEOUT_S`, or the environment's)."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
    return BUSY_TIMEOUT_S


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s() * 1000)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def connect_sqlite(path: Path) -> sqlite3.Connection:
    """A driver connection to the file with the same pragmas as the engine's: what
    `Database.plain` reads through."""
    connection = sqlite3.connect(path, timeout=busy_timeout_s(), check_same_thread=False)
    _sqlite_pragmas(connection, None)
    return connection


def create_sqlite_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    # The driver's own wait is the same bound (it applies before our pragmas run).
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout_s()})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a Yansenne database before we change anything in it
    (our connection turns on WAL mode, which rewrites the file's header).

    The file is read through SQLite only, read-only: opening and closing it any other
    way would drop the locks SQLite holds on it in this process (guard.py)."""
    check_database_path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_s())
        try:
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise sqlite_refusal(exc, path) or DatabaseError(tr(
            "{file}: the database is damaged or unreadable ({reason})", file=path,
            reason=str(exc))) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseError(tr("{file}: not a Yansenne database", file=path))


def check_database_path(path: Path) -> None:
    """Refuse a folder given where the database file is expected, or a path running
    through a file, before SQLite says only that it cannot open it."""
    if path.is_dir():
        raise DatabaseError(f"{path}: " + _folder_given())
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise DatabaseError(f"{path}: " + tr("{parent} is a file, not a folder",
                                                     parent=str(parent)))
            break


def _folder_given() -> str:
    return tr("this is a folder, not a database file: give the database's file name")


# SQLite's primary result codes (https://sqlite.org/rescode.html) that say why a
# database could not be read or written, as opposed to a constraint or a trigger.
SQLITE_PERM, SQLITE_BUSY, SQLITE_READONLY = 3, 5, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_AUTH, SQLITE_NOTADB = 23, 26
SQLITE_READONLY_DIRECTORY = 1544  # the folder does not let SQLite make its side files


def sqlite_reason(error: sqlite3.Error, path: Path | None) -> str | None:
    """The real cause of a SQLite failure on the database file `path`, in the user's
    words; None when the error is not about the file or its disk (a constraint, a
    trigger, a query), which its caller handles.

    A full or read-only disk is never called damaged: SQLite reports some of them as a
    plain input/output error, so the disk itself is asked (`os.statvfs`)."""
    from yansenne.files import disk_is_full, disk_is_read_only

    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    folder = path.parent if path is not None else Path.cwd()
    if primary == SQLITE_BUSY:
        return tr("another program holds the database and kept it locked beyond the "
                  "{seconds}-second wait; nothing was changed: close that program, or try "
                  "again when it has finished", seconds=f"{busy_timeout_s():g}")
    if primary == SQLITE_FULL:
        return _full_disk()
    if primary == SQLITE_CORRUPT:
        return tr("the database is damaged ({reason}); restore it from a backup "
                  "(yansenne restore FILE)", reason=str(error))
    if primary == SQLITE_NOTADB:
        return tr("not a Yansenne database (not a SQLite file)")
    if primary in (SQLITE_PERM, SQLITE_AUTH):
        return _permission()
    if primary in (SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN):
        if disk_is_read_only(folder):
            return tr("the disk holding the database is read-only; nothing was changed: "
                      "copy the database to a disk you can write to")
        if primary == SQLITE_IOERR and disk_is_full(folder):
            return _full_disk()
        if path is not None and path.is_dir():
            return _folder_given()
        if path is not None and path.exists() and not os.access(path, os.W_OK):
            return tr("the database file is read-only (or you may not write it); nothing "
                      "was changed: make it writable, or ask for the right to write it")
        if (code == SQLITE_READONLY_DIRECTORY or primary != SQLITE_IOERR) and \
                folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            return tr("the database's folder is read-only: SQLite writes its journal "
                      "beside the database; nothing was changed: move the database to a "
                      "folder you can write to, or ask for the right to write there")
        if primary == SQLITE_IOERR:
            return tr("the disk could not be read or written ({reason}); nothing was "
                      "changed: check the disk and its connection", reason=str(error))
        if primary == SQLITE_CANTOPEN:
            return tr("the database file cannot be opened ({reason}): check that it exists "
                      "and that you may read and write it and its folder", reason=str(error))
        return tr("the database cannot be written ({reason}); nothing was changed",
                  reason=str(error))
    return None


def _full_disk() -> str:
    return tr("the disk holding the database is full; nothing was changed: free some space "
              "and try again")


def _permission() -> str:
    return tr("permission denied; nothing was changed: ask for the right to read and write "
              "the database")


def sqlite_refusal(exc: BaseException, path: Path | None) -> DatabaseError | None:
    """`exc` (a sqlite3 error, or SQLAlchemy's wrapping of one) as a `DatabaseError`
    naming the file and the real cause; None when it is not about the file or its disk."""
    error = getattr(exc, "orig", None) if not isinstance(exc, sqlite3.Error) else exc
    if not isinstance(error, sqlite3.Error):
        return None
    reason = sqlite_reason(error, path)
    if reason is None:
        return None
    return DatabaseError(f"{path}: {reason}" if path is not None else reason)


class Plain:
    """One read transaction in plain SQL, `:name` parameters, rows as tuples: through
    the driver for a SQLite file, through the engine's connection for a server."""

    def __init__(self, sqlite: sqlite3.Connection | None, connection: Connection | None):
        self._sqlite = sqlite
        self._connection = connection

    @property
    def dialect(self) -> str:
        return "sqlite" if self._sqlite is not None else self._connection.dialect.name

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        if self._sqlite is not None:
            return self._sqlite.execute(sql, params or {}).fetchall()
        from sqlalchemy import text

        return [tuple(row) for row in self._connection.execute(text(sql), params or {})]

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> tuple | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def value(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        row = self.one(sql, params)
        return row[0] if row else None

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        """Run one statement that writes; its row count. Only in `Database.plain_write`,
        which is a SQLite file's: a server's plain reads never write."""
        if self._sqlite is None:
            raise ValueError("plain writes are for a SQLite file")
        return self._sqlite.execute(sql, params or {}).rowcount

    def cursor(self) -> Any:
        """The driver's own cursor (for reading many rows without a tuple each)."""
        if self._sqlite is not None:
            return self._sqlite.cursor()
        return self._connection.connection.cursor()


def sqlite_timestamp(value: dt.datetime) -> str:
    """A naive UTC time as SQLAlchemy stores a `DateTime` in SQLite (microseconds always
    written): what a plain write puts where the ORM would."""
    return value.isoformat(" ", "microseconds")


def in_list(name: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """`(:name0, :name1, ...)` and its parameters, for `IN` over a list in plain SQL."""
    keys = [f"{name}{i}" for i in range(len(values))]
    return "(" + ", ".join(f":{k}" for k in keys) + ")", dict(zip(keys, values, strict=True))


class Database:
    """An open database: its engine and the sessions to read and write it, and plain
    read transactions (`plain`) that need no SQLAlchemy on a SQLite file."""

    def __init__(self, url: str, engine: Engine | None = None, path: Path | None = None):
        if engine is None and path is None:
            raise ValueError("a database without a file needs its engine")
        self.url = url
        self.path = path
        self.watch: FileWatch | None = None
        """For a SQLite file: notices the file or its WAL replaced under us (liveness.py)."""
        self._engine = engine
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._plain: dict[int, sqlite3.Connection] = {}  # per thread: a driver connection
        self._writing: set[int] = set()  # threads in a plain write (never pruned)
        self._lock = threading.Lock()
        self._guarded = False
        self._closed = False

    def __repr__(self) -> str:
        return f"Database(url={self.url!r}, path={self.path!r})"

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, created (and SQLAlchemy imported) on first use."""
        with self._lock:
            if self._engine is None:
                self._engine = create_sqlite_engine(self.path)
            return self._engine

    def _sessionmakers(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            writer = engine.execution_options(sqlite_immediate=True)
            self._sessions = (sessionmaker(engine, expire_on_commit=False),
                              sessionmaker(writer, expire_on_commit=False))
        return self._sessions

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def dialect(self) -> str:
        """"sqlite", "postgresql"…, without creating an engine for a file."""
        if self.path is not None:
            return "sqlite"
        return self.engine.dialect.name

    def _driver(self) -> sqlite3.Connection:
        """This thread's driver connection to the file (opened on first use)."""
        key = threading.get_ident()
        connection = self._plain.get(key)
        if connection is None:
            # Connecting would make a file where the one opened was removed: refused.
            self.check_alive()
            self._prune()
            connection = self._plain[key] = connect_sqlite(self.path)
        return connection

    def _prune(self) -> None:
        """Close the idle connections once there are a few: the desk's thread pool
        renews its threads, and each would otherwise keep a file open until closing.
        Called under the lock; a connection reading is in a transaction, never idle."""
        if len(self._plain) < MAX_DRIVERS:
            return
        for key, connection in list(self._plain.items()):
            if not connection.in_transaction and key not in self._writing:
                connection.close()
                del self._plain[key]

    @contextmanager
    def plain(self) -> Iterator[Plain]:
        """A short read transaction in plain SQL (one consistent view of the database)."""
        if self.path is None:
            with self.engine.connect() as connection:
                yield Plain(None, connection)
            return
        # After `close` (a late timer, a task finishing): a connection for this read only,
        # so that nothing keeps the file open once the database was closed.
        once = self._closed
        try:
            with self._lock:  # begun under the lock: a reading connection is never pruned
                connection = connect_sqlite(self.path) if once else self._driver()
                nested = connection.in_transaction  # a plain read inside another: one view
                if not nested:
                    connection.execute("BEGIN")
        except sqlite3.Error as exc:
            raise self.refusal(exc) or DatabaseError(str(exc)) from exc
        try:
            yield Plain(connection, None)
        except sqlite3.Error as exc:
            refusal = self.refusal(exc)
            if refusal is not None:
                raise refusal from exc
            raise
        finally:
            if not nested and connection.in_transaction:
                connection.execute("ROLLBACK")
            if once:
                connection.close()

    @property
    def writes_plain(self) -> bool:
        """Whether `plain_write` is open to us: a SQLite file, through its driver."""
        return self.path is not None

    @contextmanager
    def plain_write(self) -> Iterator[Plain]:
        """One atomic write in plain SQL through the driver, for a SQLite file only: the
        typed mark's path, without a session's cost on every keystroke committed.

        The same contract as `write`: `BEGIN IMMEDIATE`, committed when the block ends,
        rolled back on any error, refused into a file replaced under us or once closed.
        A driver error that is not about the file (a trigger's refusal) goes on as the
        driver's `sqlite3` error."""
        if self.path is None:
            raise ValueError("plain writes are for a SQLite file")
        self._check_not_closed()  # the file itself is checked once, before COMMIT
        key = threading.get_ident()
        with self._lock:
            connection = self._driver()
            if connection.in_transaction:
                raise RuntimeError("a plain write inside a plain read")
            self._writing.add(key)  # not pruned while it waits for the file
        try:
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self.refusal(exc) or DatabaseError(str(exc)) from exc
            try:
                yield Plain(connection, None)
                self.check_alive()
                connection.execute("COMMIT")
            except BaseException as exc:
                refusal = self._rolled_back(exc, lambda: connection.in_transaction
                                            and connection.execute("ROLLBACK"))
                if refusal is not None:
                    raise refusal from exc
                raise
        finally:
            with self._lock:
                self._writing.discard(key)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session."""
        session = self._sessionmakers()[0]()
        try:
            yield session
        except Exception as exc:
            refusal = self.refusal(exc)
            if refusal is not None:
                raise refusal from exc
            raise
        finally:
            session.rollback()
            session.close()

    def refusal(self, exc: BaseException) -> DatabaseError | None:
        """Why the SQLite file refused (full or read-only disk, another program holding
        it, damage) as a `DatabaseError`; None for anything else (constraints, triggers,
        a server's errors), which goes on as it was."""
        if self.path is None:
            return None
        return sqlite_refusal(exc, self.path)

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
        self._check_writable()
        session = self._sessionmakers()[1]()
        try:
            yield session
            self.check_alive()
            session.commit()
        except BaseException as exc:
            refusal = self._rolled_back(exc, session.rollback)
            if refusal is not None:
                raise refusal from exc
            raise
        finally:
            session.close()

    def _check_writable(self) -> None:
        """Refuse a write into a closed database or a file replaced under it."""
        self._check_not_closed()
        self.check_alive()

    def _check_not_closed(self) -> None:
        if self._closed:
            raise DatabaseError(tr("{file}: this database was closed; nothing was saved",
                                   file=self.path or self.url))

    def _rolled_back(self, exc: BaseException,
                     rollback: Callable[[], object]) -> DatabaseError | None:
        """Roll a failed write back; the file's refusal behind `exc`, if it is one."""
        try:
            rollback()
        except Exception:  # the first error is the one to tell
            pass
        return self.refusal(exc)

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before a checksum or a file copy)."""
        if self.path is not None:
            with self._lock:
                self._driver().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        elif self.is_sqlite:
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
        with self._lock:
            drivers, self._plain = list(self._plain.values()), {}
        for connection in drivers:
            connection.close()
        if self._engine is not None:
            self._engine.dispose()
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


def schema_revision(db: Database | Engine) -> str | None:
    """The Alembic revision of the database, None for an empty one.

    Raises DatabaseError for a database with tables but no Yansenne schema.
    """
    if not isinstance(db, Database):
        return _engine_revision(db)
    if db.path is not None:
        with db.plain() as q:
            tables = {name for (name,) in q.rows(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseError(tr("{file}: not a Yansenne database", file=db.path))
                return None
            return q.value("SELECT version_num FROM alembic_version")
    return _engine_revision(db.engine)


def _engine_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect

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
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    options: dict[str, object] = {"pool_pre_ping": True}
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return create_engine(url, **options)
    from yansenne.store import timeouts

    # Every session bounds its waits (timeouts.py); options the URL gives are kept.
    given = parsed.query.get("options")
    options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S,
                               "application_name": "yansenne",
                               "options": timeouts.connect_options(
                                   given if isinstance(given, str) else None)}
    engine = create_engine(url, **options)
    timeouts.watch(engine)
    return engine
