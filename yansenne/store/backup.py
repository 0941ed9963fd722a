"""Consistent copies of a SQLite database, and putting one back.

Copies use SQLite's online backup API, which reads one consistent snapshot even
while another process keeps writing scores. Migrations and restores take an
automatic copy first, into `backups/` beside the database, keeping the last few.
Each copy is written beside its name and renamed (files.py): a full disk never
leaves half a copy under a backup's name.

Every file is read through SQLite, never opened directly: closing a descriptor of a
database this process has open would drop SQLite's locks (guard.py). A restore holds
the database alone (refused while another process has it open) and writes the copy
into the live database through the backup API, so no file is ever renamed over a
database somebody has open. Before anything is replaced, the copy must pass
`integrity_check` and hold every table, column, index and trigger its schema revision
has (`schema_gaps`, against a scratch database migrated to that revision).
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from yansenne.errors import DatabaseError, InputError, Problem, YansenneError
from yansenne.files import (
    MAX_NAME_BYTES,
    check_writable_target,
    copy_file,
    disk_is_full,
    disk_is_read_only,
    fit_bytes,
    os_refusal,
    replacing,
    same_file,
    sqlite_read_only_uri,
)
from yansenne.i18n import tr
from yansenne.store import guard
from yansenne.store.database import (
    SCHEMA_HEAD,
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_NOTADB,
    Database,
    busy_timeout_s,
    check_database_path,
    sqlite_refusal,
)
from yansenne.store.reference_schema import migrated

KEEP_AUTOMATIC = 5


def _require_sqlite(db: Database) -> Path:
    if db.path is None:
        raise DatabaseError(
            tr("backup and restore work on a SQLite database; for a server, use its own tools "
               "(pg_dump, pg_restore)")
        )
    return db.path


def _copy(source: sqlite3.Connection, destination: Path, source_path: Path) -> None:
    """A consistent copy of `source` written beside `destination` and renamed.

    A disk that refuses the copy (full, read-only, no right to write) is named as the
    destination's; a damaged source comes back as the sqlite3 error it is."""
    with replacing(destination) as temporary:
        target = sqlite3.connect(temporary)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
            if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
                raise
            refusal = (sqlite_refusal(exc, source_path) if code == SQLITE_BUSY
                       else _destination_refusal(exc, destination))
            if refusal is None:
                raise
            raise refusal from exc
        finally:
            target.close()
            _remove_side_files(temporary)


def _remove_side_files(database: Path) -> None:
    """The journal SQLite may leave beside a copy it could not finish."""
    for suffix in ("-journal", "-wal", "-shm"):
        try:
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def _destination_refusal(exc: sqlite3.Error, destination: Path) -> YansenneError | None:
    """Why the disk refused a copy being written, said as for any file written."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    folder = destination.parent
    if code == SQLITE_FULL or (code == SQLITE_IOERR and disk_is_full(folder)):
        cause = errno.ENOSPC
    elif disk_is_read_only(folder):
        cause = errno.EROFS
    elif not os.access(folder, os.W_OK | os.X_OK):
        cause = errno.EACCES
    else:
        return sqlite_refusal(exc, destination)
    return os_refusal(OSError(cause, os.strerror(cause)), destination)


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=busy_timeout_s())


def backup_to(db: Database, destination: Path) -> Path:
    """Write a consistent copy of `db` to `destination` (a single self-contained file)."""
    path = _require_sqlite(db)
    destination = destination.expanduser().resolve()
    if same_file(destination, path):
        raise InputError(Problem(tr("the backup cannot overwrite the database itself"),
                                 file=str(destination)))
    check_writable_target(destination)
    source = _connect(path)
    try:
        _copy(source, destination, path)
    finally:
        source.close()
    return destination


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


# `.20261207-021500-123456.before-restore.sqlite`, with room for a longer reason.
STAMP_ROOM = 64


def _copy_stem(stem: str) -> str:
    """The database's stem as its copies' names begin: shortened so that a long database
    name still leaves a name every disk accepts (255 bytes)."""
    return fit_bytes(stem, MAX_NAME_BYTES - STAMP_ROOM)


def _automatic_copies(folder: Path, stem: str) -> list[Path]:
    """This database's automatic copies (not those of `prix.old` beside `prix`), oldest first."""
    stem = _copy_stem(stem)
    pattern = re.compile(rf"^{re.escape(stem)}\.\d{{8}}-\d{{6}}-\d{{6}}\.[\w-]+\.sqlite$")
    return sorted(p for p in folder.glob("*.sqlite") if pattern.match(p.name))


def _prune(folder: Path, stem: str) -> None:
    """Remove all but the newest copies; one another program has open (Windows refuses to
    delete it) or that cannot be removed stays, and goes at a later prune."""
    for stale in _automatic_copies(folder, stem)[:-KEEP_AUTOMATIC]:
        try:
            stale.unlink(missing_ok=True)
        except OSError:
            pass


def _stamped(path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backups_dir(path) / f"{_copy_stem(path.stem)}.{stamp}.{reason}.sqlite"


def automatic_backup(db: Database, reason: str) -> Path:
    """A dated copy before a risky operation; only the newest KEEP_AUTOMATIC are kept."""
    path = _require_sqlite(db)
    copy = backup_to(db, _stamped(path, reason))
    _prune(copy.parent, path.stem)
    return copy


def _raw_copy(path: Path, reason: str) -> Path:
    """A byte copy of a database file and its WAL, for a file SQLite can no longer read.

    Only ever run while this process holds the database alone with no connection of
    its own to it (a restore over a damaged database), so no SQLite lock can be lost."""
    copy = _stamped(path, reason)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        copy_file(wal, copy.with_name(copy.name + "-wal"))
    copy_file(path, copy)
    _prune(copy.parent, path.stem)
    return copy


def _read_only(file: Path) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_read_only_uri(file), uri=True, timeout=busy_timeout_s())


def check_backup_file(file: Path) -> None:
    """Refuse a file that is not a sound and complete Yansenne database before anything
    is replaced: damaged, not ours, newer than this program, or missing a table, a
    column, an index or a trigger its schema revision has."""
    name = str(file)
    if file.is_dir():
        raise InputError(Problem(tr("this is a folder, not a file: give a file name"),
                                 file=name))
    if not file.is_file():
        raise InputError(Problem(tr("no such file"), file=name))
    try:
        conn = _read_only(file)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise InputError(Problem(tr("the database is damaged ({reason})",
                                            reason=verdict), file=name))
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                raise InputError(Problem(tr("not a Yansenne database"), file=name))
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                        or [""])[0]
            found = read_schema(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == SQLITE_NOTADB or "file is not a database" in str(exc):
            raise InputError(Problem(tr("not a Yansenne database (not a SQLite file)"),
                                     file=name)) from exc
        refusal = sqlite_refusal(exc, file) if code != SQLITE_CORRUPT else None
        if refusal is not None:
            raise refusal from exc
        raise InputError(Problem(tr("the database is damaged ({reason})", reason=str(exc)),
                                 file=name)) from exc
    if revision != SCHEMA_HEAD:
        from yansenne.store import migrate

        if not migrate.is_known(revision):
            raise InputError(Problem(
                tr("this database was written by a newer version of Yansenne (schema {revision})",
                   revision=revision), file=name))
    gaps = schema_gaps(found, expected_schema(revision))
    if gaps:
        raise InputError(Problem(tr(
            "the copy is incomplete for its schema {revision}: {missing}; it was not "
            "restored", revision=revision, missing=", ".join(gaps)), file=name))


@dataclass(frozen=True)
class Schema:
    """What a SQLite database's schema holds, as far as a restore must check it."""

    tables: dict[str, frozenset[str]]  # table: its columns
    indexes: frozenset[str]  # named indexes (not those SQLite makes for a constraint)
    triggers: dict[str, str]  # trigger: its SQL, spaces normalised
    views: frozenset[str]


def _normalised(sql: str | None) -> str:
    return " ".join((sql or "").split())


def read_schema(conn: sqlite3.Connection) -> Schema:
    """The schema of an open SQLite connection (read-only queries only)."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_%'").fetchall()
    tables = {}
    for kind, name, _sql in rows:
        if kind == "table":
            quoted = '"' + name.replace('"', '""') + '"'
            tables[name] = frozenset(r[1] for r in conn.execute(f"PRAGMA table_info({quoted})"))
    return Schema(
        tables=tables,
        indexes=frozenset(n for k, n, sql in rows if k == "index" and sql),
        triggers={n: _normalised(sql) for k, n, sql in rows if k == "trigger"},
        views=frozenset(n for k, n, _ in rows if k == "view"))


@functools.lru_cache(maxsize=8)
def expected_schema(revision: str) -> Schema:
    """The schema a database at `revision` has (see `reference_schema`)."""
    with migrated(revision) as conn:
        return read_schema(conn)


def schema_gaps(found: Schema, expected: Schema) -> list[str]:
    """What `found` lacks of `expected`, in words (empty when nothing is missing)."""
    gaps: list[str] = []
    for table, columns in sorted(expected.tables.items()):
        if table not in found.tables:
            gaps.append(tr("table {name}", name=table))
            continue
        gaps.extend(tr("column {name}", name=f"{table}.{column}")
                    for column in sorted(columns - found.tables[table]))
    gaps.extend(tr("index {name}", name=name) for name in sorted(expected.indexes - found.indexes))
    for trigger, sql in sorted(expected.triggers.items()):
        if trigger not in found.triggers:
            gaps.append(tr("trigger {name}", name=trigger))
        elif found.triggers[trigger] != sql:
            gaps.append(tr("trigger {name} (changed)", name=trigger))
    gaps.extend(tr("view {name}", name=name) for name in sorted(expected.views - found.views))
    return gaps


def _safety_copy(path: Path) -> Path | None:
    """The state before a restore, as a consistent copy (None when there is nothing to
    keep); raises sqlite3.DatabaseError for a file SQLite cannot read."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    safety = _stamped(path, "before-restore")
    source = _connect(path)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _copy(source, safety, path)
    finally:
        source.close()
    _prune(safety.parent, path.stem)
    return safety


def _write_into(path: Path, file: Path) -> None:
    """Copy the backup into the live database through SQLite, under its write lock."""
    source = _read_only(file)
    target = _connect(path)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def _disk_refusal(exc: sqlite3.Error, path: Path) -> DatabaseError | None:
    """A refusal by the disk or by another program (full, read-only, no right to write,
    held) as opposed to a file SQLite cannot use as it is (damaged, another page size),
    which a restore replaces as a file."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return None
    folder = path.parent
    if (code in (SQLITE_FULL, SQLITE_BUSY) or disk_is_full(folder)
            or disk_is_read_only(folder) or not os.access(folder, os.W_OK | os.X_OK)
            or (path.exists() and not os.access(path, os.W_OK))):
        return sqlite_refusal(exc, path) or DatabaseError(f"{path}: " + tr(
            "the database cannot be written ({reason}); nothing was changed",
            reason=str(exc)))
    return None


def restore_from(target: Database | Path, file: Path) -> Path | None:
    """Replace the database at `target` with the copy `file`; returns the safety copy of
    what was there (None if there was nothing).

    Refused (`DatabaseInUse`, nothing changed) while another process has the database
    open. `target` may be a damaged database (the usual reason to restore): it is then
    kept byte for byte as the safety copy and, as nobody else has it open, replaced as a
    file. The restored copy's schema is brought up to date by the next open.
    """
    if isinstance(target, Database):
        path = _require_sqlite(target)
        target.close()
    else:
        path = target.expanduser().resolve()
    file = file.expanduser().resolve()
    if same_file(file, path):
        raise InputError(Problem(tr("the backup cannot overwrite the database itself"),
                                 file=str(file)))
    check_database_path(path)
    check_backup_file(file)
    check_writable_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    guard.acquire(path)
    try:
        guard.promote(path)
        try:
            return _restore_alone(path, file)
        finally:
            guard.demote(path)
    finally:
        guard.release(path)


def _restore_alone(path: Path, file: Path) -> Path | None:
    try:
        safety = _safety_copy(path)
    except sqlite3.DatabaseError as exc:
        refusal = _disk_refusal(exc, path)
        if refusal is not None:
            raise refusal from exc
        safety = _raw_copy(path, "before-restore")
        _replace_damaged(path, file)
        return safety
    try:
        _write_into(path, file)
    except sqlite3.DatabaseError as exc:  # e.g. another page size: SQLite refuses it into WAL
        refusal = _disk_refusal(exc, path)
        if refusal is not None:
            raise refusal from exc
        _replace_damaged(path, file)
    return safety


def _replace_damaged(path: Path, file: Path) -> None:
    """Put the backup in place of a file SQLite cannot write into (damaged, or another
    page size); only under the exclusive hold, with no connection open to it here.

    The copy is written beside the database first; the old side files go only once it
    is whole, just before the rename."""
    source = _read_only(file)
    try:
        with replacing(path) as temporary:
            target = sqlite3.connect(temporary)
            try:
                source.backup(target)  # through SQLite: the backup's own WAL comes along
                target.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.Error as exc:
                refusal = sqlite_refusal(exc, path)
                if refusal is None:
                    raise
                raise refusal from exc
            finally:
                target.close()
                _remove_side_files(temporary)
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
    finally:
        source.close()
