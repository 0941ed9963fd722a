"""A juror package file checked before anything runs against it.

A package (`.yansenne`) is a SQLite file that travels by e-mail or USB stick, so it
is read as hostile until proven otherwise. Before the program opens it for real
(WAL mode, an upgrade, any statement that could fire a trigger or evaluate a view),
`check_package_file` reads it through a read-only SQLite connection and refuses it
unless:

* its schema is exactly the one this program makes at the package's schema
  revision: the same tables, indexes and triggers, with the same SQL (compared with
  an empty database migrated to that revision in memory), and nothing else: no view,
  no trigger of its own, no table shaped differently (SQLite's statistics tables
  aside, which hold no code);
* it is a juror package: one `package_info` row, for an edition and one juror it
  holds, whose secret is 64 hexadecimal digits, with a ballot counter a database
  column can still count on from.

Reading `sqlite_master` and plain tables never runs a trigger; a view is never
queried, since the schema is checked first.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from yansenne.errors import DatabaseError
from yansenne.files import sqlite_read_only_uri
from yansenne.i18n import tr
from yansenne.store.reference_schema import migrated

Entry = tuple[str, str, str, str | None]  # type, name, table, normalised SQL

# SQLite's own statistics (ANALYZE, PRAGMA optimize): data, never code.
_STATISTICS = re.compile(r"sqlite_stat\d")
_SECRET = re.compile(r"[0-9a-f]{64}")
MAX_COUNTER = 2**31 - 2  # the next ballot must still fit PostgreSQL's integer


def _kind(kind: str) -> str:
    words = {"table": tr("table"), "view": tr("view"), "trigger": tr("trigger"),
             "index": tr("index")}
    return words.get(kind, kind)


def _shown(text: object) -> str:
    text = str(text)
    return text if len(text) <= 40 else text[:39] + "…"


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


def _entries(conn: sqlite3.Connection) -> set[Entry]:
    return {(kind, name, table, _normal(sql)) for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")
        if not (kind == "table" and _STATISTICS.fullmatch(name))}


@cache
def expected_schema(revision: str) -> frozenset[Entry]:
    """What this program's migrations make at `revision`, on an empty database."""
    with migrated(revision) as conn:
        return frozenset(_entries(conn))


def _refuse(path: Path, what: str) -> DatabaseError:
    return DatabaseError(tr("{file}: not a juror package as Yansenne makes them ({what}); "
                            "nothing was run against it: ask the secretariat for a new package",
                            file=path, what=what))


def _difference(found: set[Entry], expected: frozenset[Entry]) -> str | None:
    """The first way `found` departs from `expected`, in words, or None."""
    known = {(kind, name) for kind, name, _, _ in expected}
    names = {name: kind for kind, name, _, _ in expected}
    for kind, name, table, _ in sorted(found - expected,
                                       key=lambda e: (e[0] != "view", e[0], e[1])):
        if (kind, name) in known:
            return tr("{kind} {name} differs from the one Yansenne creates", kind=_kind(kind),
                      name=_shown(name))
        if kind == "view" and names.get(name) == "table":
            return tr("{name} is a view where a package has a table", name=_shown(name))
        if kind == "trigger":
            return tr("trigger {name} on {table} is not one Yansenne creates",
                      name=_shown(name), table=_shown(table))
        return tr("{kind} {name} is not one Yansenne creates", kind=_kind(kind),
                  name=_shown(name))
    for kind, name, _, _ in sorted(expected - found, key=lambda e: (e[0], e[1])):
        return tr("{kind} {name} is missing", kind=_kind(kind), name=name)
    return None


def check_package_file(path: Path) -> None:
    """Refuse (DatabaseError) a `.yansenne` file that is not a juror package as this
    program makes them; see the module docstring. A schema revision this program does
    not know is left to the opening, which refuses a newer database in its own words."""
    try:
        conn = sqlite3.connect(sqlite_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(tr("{file}: the database is damaged or unreadable ({reason})",
                               file=path, reason=str(exc))) from exc
    try:
        conn.execute("PRAGMA trusted_schema = OFF")  # no SQL function from the schema
        found = _entries(conn)
        revision = _revision(conn, path, found)
        if revision is None:
            return
        problem = _difference(found, expected_schema(revision))
        if problem:
            raise _refuse(path, problem)
        _check_contents(conn, path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(tr("{file}: the database is damaged or unreadable ({reason})",
                               file=path, reason=str(exc))) from exc
    finally:
        conn.close()


def _revision(conn: sqlite3.Connection, path: Path, found: set[Entry]) -> str | None:
    """The package's schema revision, read only once `alembic_version` is known to be the
    plain table Alembic makes; None for a revision this program does not know."""
    from yansenne.store import migrate

    head = expected_schema(migrate.head())
    version = {e for e in head if e[1] == "alembic_version"}
    if not version <= found:
        raise _refuse(path, tr("table {name} is missing or altered", name="alembic_version"))
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise _refuse(path, tr("its schema revision is missing"))
    revision = rows[0][0]
    return revision if migrate.is_known(revision) else None


def _check_contents(conn: sqlite3.Connection, path: Path) -> None:
    info = conn.execute("SELECT edition_year, juror_code, ballot_revision, typeof(edition_year),"
                        " typeof(ballot_revision) FROM package_info").fetchall()
    if not info:
        raise DatabaseError(tr("{file}: not a juror package (a Yansenne database without "
                               "a juror)", file=path))
    year, code, counter, year_type, counter_type = info[0]
    if len(info) != 1 or year_type != "integer" or counter_type != "integer" \
            or not isinstance(code, str):
        raise _refuse(path, tr("its package record is damaged"))
    if not 0 <= counter <= MAX_COUNTER:
        raise _refuse(path, tr("its ballot counter {counter} is out of range",
                               counter=counter))
    jurors = conn.execute(
        "SELECT j.secret FROM jurors j JOIN editions e ON e.id = j.edition_id "
        "WHERE e.year = ? AND j.code = ?", (year, code)).fetchall()
    if len(jurors) != 1:
        raise _refuse(path, tr("it does not hold juror {juror} of edition {year}",
                               juror=_shown(code), year=year))
    secret = jurors[0][0]
    if not isinstance(secret, str) or _SECRET.fullmatch(secret) is None:
        raise _refuse(path, tr("the secret of juror {juror} is not 64 hexadecimal digits",
                               juror=_shown(code)))
