"""Opening a database: the file or server, its schema brought up to date, its watch.

Opening an older database upgrades it after a backup copy; a database newer than
this program is refused. Kept apart from `database.py` (the engine and its
sessions) because an upgrade needs the backups and Alembic, which need the engine.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from yansenne.errors import DatabaseError
from yansenne.files import os_refusal
from yansenne.i18n import tr
from yansenne.store import guard
from yansenne.store.backup import automatic_backup
from yansenne.store.database import (
    PACKAGE_SUFFIX,
    SCHEMA_HEAD,
    Database,
    check_database_path,
    check_sqlite_file,
    create_server_engine,
    is_url,
    schema_revision,
    sqlite_refusal,
)
from yansenne.store.liveness import FileWatch
from yansenne.store.package_file import check_package_file


def _check_package(db: Database) -> None:
    """A `.yansenne` file must be a juror package, not another database renamed."""
    with db.plain() as q:
        found = q.value("SELECT count(*) FROM package_info")
    if not found:
        raise DatabaseError(tr("{file}: not a juror package (a Yansenne database without "
                               "a juror)", file=db.path))


def package_identity(db: Database) -> tuple[int, str] | None:
    """(year, juror code) when `db` is a juror package, None for any other database.

    Read in plain SQL, without the ORM's models: the application asks it before its
    first window, whose first paint should not wait for them."""
    if not db.is_sqlite:  # a package is always a file; a server login may not read the table
        return None
    with db.plain() as q:
        row = q.one("SELECT edition_year, juror_code FROM package_info WHERE id = 1")
    return (int(row[0]), str(row[1])) if row else None


def open_database(target: str | Path, *, upgrade: bool = True,
                  guarded: bool = True) -> Database:
    """Open (creating if needed) the database at `target` and bring its schema up to date.

    A juror package (`.yansenne`) is never created here: it must exist and be one.
    `guarded=False` is for a file this process is building and nobody else knows of yet
    (a package being written): no lock file beside it (guard.py).
    """
    target = str(target)
    if is_url(target) and target.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        database = make_url(target).database
        if database and database != ":memory:":
            target = database  # a file: the same pragmas and checks as a plain path
    if is_url(target):
        engine = create_server_engine(target)
        db = Database(url=target, engine=engine)
    else:
        path = Path(target).expanduser().resolve()
        if path.name.endswith(guard.SIDE_SUFFIXES):
            raise DatabaseError(tr("{file}: this is one of SQLite's side files, not a database; "
                                   "open the database beside it", file=path))
        check_database_path(path)
        if path.suffix == PACKAGE_SUFFIX and not path.is_file():
            raise DatabaseError(tr("{file}: no such juror package", file=path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_refusal(exc, path.parent) from exc
        if guarded:
            guard.acquire(path)
        try:
            check_sqlite_file(path)
            if path.suffix == PACKAGE_SUFFIX:
                check_package_file(path)  # read-only, before any statement runs on it
        except BaseException:
            if guarded:
                guard.release(path)
            raise
        db = Database(url=f"sqlite:///{path}", path=path)
        db._guarded = guarded
    try:
        ensure_schema(db, upgrade=upgrade)
        if db.path is not None and db.path.suffix == PACKAGE_SUFFIX:
            _check_package(db)
        if db.path is not None:
            db.watch = FileWatch(db.path)
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise sqlite_refusal(exc, db.path) or DatabaseError(tr(
                "{file}: the database is damaged or unreadable ({reason})", file=db.path,
                reason=str(exc))) from exc
        if _sqlalchemy_error(exc, "DatabaseError"):
            raise _refusal(db, exc) from exc
        raise
    return db


def _refusal(db: Database, exc: BaseException) -> DatabaseError:
    """SQLAlchemy's error while opening `db`, in the user's words."""
    refusal = sqlite_refusal(exc, db.path) if db.path is not None else None
    if refusal is not None:
        return refusal
    orig = getattr(exc, "orig", None)
    reason = str(orig) if orig else str(exc)
    if db.path is None:
        server = db.engine.url.render_as_string(hide_password=True)
        if _sqlalchemy_error(exc, "OperationalError"):
            return DatabaseError(tr("{server}: cannot connect to the database server ({reason})",
                                    server=server, reason=reason.strip().splitlines()[0]))
        return DatabaseError(tr("{file}: the database is damaged or unreadable ({reason})",
                                file=server, reason=reason))
    return DatabaseError(tr("{file}: the database is damaged or unreadable ({reason})",
                            file=db.path, reason=reason))


def _sqlalchemy_error(exc: BaseException, name: str) -> bool:
    """Whether `exc` is SQLAlchemy's `name` error (never true before it was imported)."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, getattr(errors, name))


def ensure_schema(db: Database, *, upgrade: bool = True) -> None:
    """Create, check or migrate the schema (see the module docstring)."""
    current = schema_revision(db)
    if current == SCHEMA_HEAD:
        return
    from yansenne.store import migrate  # Alembic is loaded only when a schema must change

    if current is not None and not migrate.is_known(current):
        raise DatabaseError(
            tr(
                "{file}: this database was written by a newer version of Yansenne "
                "(schema {revision}); update the program to open it",
                file=db.path or db.url,
                revision=current,
            )
        )
    if current is not None and not upgrade:
        raise DatabaseError(
            tr("{file}: the database needs an upgrade: run 'yansenne db upgrade'",
               file=db.path or db.url)
        )
    if current is not None:
        with db.exclusive():  # never migrate under another process's feet
            _upgrade(db, current)
    else:
        migrate.upgrade(db.engine)


def _upgrade(db: Database, current: str) -> None:
    from yansenne.store import migrate

    copy = None
    if db.path is not None:
        copy = automatic_backup(db, reason=f"before-{SCHEMA_HEAD}")
    try:
        migrate.upgrade(db.engine)
    except Exception as exc:
        if not _sqlalchemy_error(exc, "DatabaseError"):
            raise
        refusal = db.refusal(exc)  # a full or read-only disk, a database held elsewhere
        if refusal is not None:
            raise refusal from exc
        raise DatabaseError(tr(
            "{file}: the upgrade from schema {old} to {new} failed and was undone; the "
            "database is as it was (a copy is in {copy}): {reason}", file=db.path or db.url,
            old=current, new=SCHEMA_HEAD, copy=copy or "-",
            reason=str(exc.orig) if exc.orig else str(exc))) from exc
