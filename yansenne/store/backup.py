"""Consistent copies of a SQLite database, and putting one back.

Copies use SQLite's online backup API, which reads one consistent snapshot even
while another process keeps writing scores. Migrations and restores take an
automatic copy first, into `backups/` beside the database, keeping the last few.

Every file is read through SQLite, never opened directly: closing a descriptor of a
database this process has open would drop SQLite's locks (guard.py). A restore holds
the database alone (refused while another process has it open) and writes the copy
into the live database through the backup API, so no file is ever renamed over a
database somebody has open.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from pathlib import Path

from yansenne.errors import DatabaseError, InputError, Problem
from yansenne.i18n import tr
from yansenne.store import guard
from yansenne.store.database import SCHEMA_HEAD, Database

KEEP_AUTOMATIC = 5


def _require_sqlite(db: Database) -> Path:
    if db.path is None:
        raise DatabaseError(
            tr("backup and restore work on a SQLite database; for a server, use its own tools "
               "(pg_dump, pg_restore)")
        )
    return db.path


def _copy(source: sqlite3.Connection, destination: Path) -> None:
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    tmp.replace(destination)


def backup_to(db: Database, destination: Path) -> Path:
    """Write a consistent copy of `db` to `destination` (a single self-contained file)."""
    path = _require_sqlite(db)
    destination = destination.expanduser().resolve()
    if destination == path:
        raise InputError(Problem(tr("the backup cannot overwrite the database itself"),
                                 file=str(destination)))
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(path, timeout=30)
    try:
        _copy(source, destination)
    finally:
        source.close()
    return destination


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _automatic_copies(folder: Path, stem: str) -> list[Path]:
    """This database's automatic copies (not those of `prix.old` beside `prix`), oldest first."""
    pattern = re.compile(rf"^{re.escape(stem)}\.\d{{8}}-\d{{6}}-\d{{6}}\.[\w-]+\.sqlite$")
    return sorted(p for p in folder.glob("*.sqlite") if pattern.match(p.name))


def _prune(folder: Path, stem: str) -> None:
    for stale in _automatic_copies(folder, stem)[:-KEEP_AUTOMATIC]:
        stale.unlink(missing_ok=True)


def _stamped(path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backups_dir(path) / f"{path.stem}.{stamp}.{reason}.sqlite"


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
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
    _prune(copy.parent, path.stem)
    return copy


def _read_only(file: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True, timeout=30)


def check_backup_file(file: Path) -> None:
    """Refuse a file that is not a sound Yansenne database before anything is replaced."""
    name = str(file)
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
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "file is not a database" in str(exc):
            raise InputError(Problem(tr("not a Yansenne database (not a SQLite file)"),
                                     file=name)) from exc
        raise InputError(Problem(tr("the database is damaged ({reason})", reason=str(exc)),
                                 file=name)) from exc
    if revision != SCHEMA_HEAD:
        from yansenne.store import migrate

        if not migrate.is_known(revision):
            raise InputError(Problem(
                tr("this database was written by a newer version of Yansenne (schema {revision})",
                   revision=revision), file=name))


def _safety_copy(path: Path) -> Path | None:
    """The state before a restore, as a consistent copy (None when there is nothing to
    keep); raises sqlite3.DatabaseError for a file SQLite cannot read."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    safety = _stamped(path, "before-restore")
    safety.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(path, timeout=30)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _copy(source, safety)
    finally:
        source.close()
    _prune(safety.parent, path.stem)
    return safety


def _write_into(path: Path, file: Path) -> None:
    """Copy the backup into the live database through SQLite, under its write lock."""
    source = _read_only(file)
    target = sqlite3.connect(path, timeout=30)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


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
    if file == path:
        raise InputError(Problem(tr("the backup cannot overwrite the database itself"),
                                 file=str(file)))
    check_backup_file(file)
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
    except sqlite3.DatabaseError:
        safety = _raw_copy(path, "before-restore")
        _replace_damaged(path, file)
        return safety
    try:
        _write_into(path, file)
    except sqlite3.DatabaseError:  # e.g. another page size: SQLite refuses it into WAL
        _replace_damaged(path, file)
    return safety


def _replace_damaged(path: Path, file: Path) -> None:
    """Put the backup in place of a file SQLite cannot write into (damaged, or another
    page size); only under the exclusive hold, with no connection open to it here."""
    source = _read_only(file)
    try:
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        _copy(source, path)  # through SQLite: the backup's own WAL comes along
    finally:
        source.close()
