"""Consistent copies of a SQLite database, and putting one back.

Copies use SQLite's online backup API, which reads one consistent snapshot even
while another process keeps writing scores. Migrations and restores take an
automatic copy first, into `backups/` beside the database, keeping the last few.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from pathlib import Path

from yansenne.errors import DatabaseError, InputError, Problem
from yansenne.i18n import tr
from yansenne.store.database import SCHEMA_HEAD, SQLITE_MAGIC, Database

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
    """A byte copy of a database file and its WAL, for a file SQLite can no longer read."""
    copy = _stamped(path, reason)
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
    _prune(copy.parent, path.stem)
    return copy


def check_backup_file(file: Path) -> None:
    """Refuse a file that is not a sound Yansenne database before anything is replaced."""
    name = str(file)
    if not file.is_file():
        raise InputError(Problem(tr("no such file"), file=name))
    with file.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise InputError(Problem(tr("not a Yansenne database (not a SQLite file)"), file=name))
    conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise InputError(Problem(tr("the database is damaged ({reason})", reason=verdict),
                                     file=name))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            raise InputError(Problem(tr("not a Yansenne database"), file=name))
        revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone() or [""])[0]
    except sqlite3.DatabaseError as exc:
        raise InputError(Problem(tr("the database is damaged ({reason})", reason=str(exc)),
                                 file=name)) from exc
    finally:
        conn.close()
    if revision != SCHEMA_HEAD:
        from yansenne.store import migrate

        if not migrate.is_known(revision):
            raise InputError(Problem(
                tr("this database was written by a newer version of Yansenne (schema {revision})",
                   revision=revision), file=name))


def restore_from(target: Database | Path, file: Path) -> Path | None:
    """Replace the database at `target` with the copy `file`; returns the safety copy of
    what was there (None if there was nothing).

    `target` may be a path to a damaged database (the usual reason to restore): it is
    then kept byte for byte as the safety copy. The restored copy's schema is brought
    up to date by the next open.
    """
    if isinstance(target, Database):
        path = _require_sqlite(target)
        target.close()
    else:
        path = target.expanduser().resolve()
    file = file.expanduser().resolve()
    check_backup_file(file)
    safety = None
    if path.exists() and path.stat().st_size > 0:
        try:
            with sqlite3.connect(path, timeout=30) as live:
                live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            source = sqlite3.connect(path, timeout=30)
            try:
                safety = _stamped(path, "before-restore")
                safety.parent.mkdir(parents=True, exist_ok=True)
                _copy(source, safety)
                _prune(safety.parent, path.stem)
            finally:
                source.close()
        except sqlite3.DatabaseError:
            safety = _raw_copy(path, "before-restore")
    tmp = path.with_name(path.name + ".part")
    shutil.copyfile(file, tmp)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    tmp.replace(path)
    return safety
