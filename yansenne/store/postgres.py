"""Several people on one database: logins on a PostgreSQL server, stale edits refused,
and a cheap marker that tells open views when someone else changed something.

Logins. A juror's login is a PostgreSQL role registered in the `logins` table; the
row-level security policies of migration 0003 then let it read the edition (its
categories, grid and projects) and only its own scores, notes, assignments and
conflicts. It holds no INSERT, UPDATE, DELETE or TRUNCATE on any table (which would
also let it take the strong `LOCK TABLE` modes): it writes only by calling the
SECURITY DEFINER functions of migration 0008 (`JUROR_FUNCTIONS`), which check the
juror, the assignment, the submission and the lock, and write the audit entries
themselves. Its role carries `timeouts.JUROR_TIMEOUTS`, which bind a psql session
too. The secretariat is the owner of the tables (who runs the migrations) and any
login registered with the `secretariat` kind. Creating roles needs the CREATEROLE
right on the server. Removing an edition or a juror takes their logins away with
them (`drop_juror_logins`).

Stale edits. Editions, projects and jurors carry a `version` (SQLAlchemy's
version_id_col): `save_or_conflict` refuses a change made on a version that is no
longer the current one, whether another session committed first or is committing
at the same moment, instead of silently overwriting it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from yansenne.errors import InputError, Problem, YansenneError
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import Edition, Juror, Login, Project
from yansenne.store.timeouts import JUROR_TIMEOUTS

ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")  # with fullmatch: no trailing newline
# Names PostgreSQL keeps for itself (pg_*, public, none) or reads as keywords in GRANT.
RESERVED_ROLES = frozenset({"public", "none", "current_user", "session_user", "current_role"})
RESERVED_PREFIX = "pg_"
MIN_PASSWORD = 10
# The tables a juror login reads (row-level security narrows some to its own rows).
JUROR_READS = ("alembic_version", "editions", "categories", "criteria", "projects", "jurors",
               "assignments", "conflicts", "logins", "scores", "project_notes",
               "stages", "screenings", "allocations", "shortlists", "consensus_texts",
               "preliminary_marks")
# The only way a juror login writes (migration 0008): EXECUTE on these, nothing else.
JUROR_FUNCTIONS = (
    "yansenne_juror_set_mark(integer, integer, double precision, text)",
    "yansenne_juror_set_note(integer, text)",
    "yansenne_juror_submit()",
)
# Whether a connection is a juror's login, kept with the connection (see juror_session).
JUROR_SESSION = "yansenne_juror_session"
# Recent audit entries counted by `change_marker` (see there).
MARKER_WINDOW = 1024
# SQLSTATE of a transaction PostgreSQL gave up because another one changed the same row.
SERIALIZATION_FAILURES = {"40001", "40P01"}
DEPENDENT_OBJECTS = "2BP01"
INSUFFICIENT_PRIVILEGE = "42501"

Record = TypeVar("Record", Edition, Project, Juror)


class ConcurrentEditError(YansenneError):
    """Someone else changed the record since it was read; nothing was saved."""


# -- stale edits -----------------------------------------------------------------------
def describe(record_type: type, key: Any) -> str:
    """`project P07`, `juror J2`, `edition 2026`: how a message names the record."""
    if record_type is Project:
        return tr("project {code}", code=key)
    if record_type is Juror:
        return tr("juror {code}", code=key)
    return tr("edition {year}", year=key)


def stale_message(what: str) -> str:
    return tr("{what} was changed by someone else while you were editing it; nothing was "
              "saved: reload it and make your change again", what=what)


def save_or_conflict(
    db: Database,
    record_type: type[Record],
    record_id: int,
    seen_version: int,
    change: Callable[[Session, Record], None],
) -> int:
    """Apply `change` to the record as the user saw it (`seen_version`) and commit.

    `change(session, record)` makes the edit and its audit entry. Returns the new
    version. Raises ConcurrentEditError, with nothing written, if the record changed
    (or went) since it was read, including when another session commits the same
    record while this one is saving (the versioned UPDATE then matches no row).
    """
    label = str(record_id)
    try:
        with db.write() as session:
            record = session.get(record_type, record_id)
            if record is None:
                raise ConcurrentEditError(tr(
                    "the record was deleted by someone else while you were editing it; "
                    "nothing was saved"))
            label = describe(record_type, _natural_key(record))
            if record.version != seen_version:
                raise ConcurrentEditError(stale_message(label))
            change(session, record)
            session.flush()
            return record.version
    except StaleDataError as exc:
        raise ConcurrentEditError(stale_message(label)) from exc
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) in SERIALIZATION_FAILURES:
            raise ConcurrentEditError(stale_message(label)) from exc
        raise


def _natural_key(record: Edition | Project | Juror) -> Any:
    return record.year if isinstance(record, Edition) else record.code


# -- open views ------------------------------------------------------------------------
def change_marker(db: Database) -> int:
    """A number that grows whenever anyone commits a change (every change is audited).

    Views poll it and reload when it moves. It is the audit log's highest id, scaled,
    plus the count of the most recent entries: on a server, transactions can commit
    out of id order, and a late commit below the highest id still moves the count.
    Both come from the primary key's index, so the poll stays cheap at any size; read
    in one plain statement (a window reads it after each of its own marks: through an
    ORM session it took 0.6 ms, through the driver 0.014 ms).
    """
    with db.plain() as q:
        row = q.one("SELECT t.top, (SELECT count(id) FROM audit_log WHERE id > t.top - :window)"
                    " FROM (SELECT coalesce(max(id), 0) AS top FROM audit_log) t",
                    {"window": MARKER_WINDOW})
    top, recent = (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)
    return top * (MARKER_WINDOW + 1) + recent


# -- logins ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CreatedLogin:
    role: str
    password: str
    generated: bool  # the password was made here: show it once, it is not kept


@dataclass(frozen=True)
class LoginRow:
    role: str
    kind: str
    year: int | None
    juror_code: str | None
    juror_name: str | None
    created_at: Any
    on_server: bool


def require_postgres(db: Database) -> None:
    if db.dialect != "postgresql":
        raise YansenneError(tr("logins are PostgreSQL roles: run this with --db "
                               "postgresql+psycopg://… (this database is a SQLite file)"))


def default_role_name(year: int, juror_code: str) -> str:
    """`yansenne_2026_j1`: roles are shared by every database of a server, hence the year."""
    slug = re.sub(r"[^a-z0-9_]+", "_", juror_code.lower()).strip("_") or "juror"
    return f"yansenne_{year}_{slug}"[:63]


def _driver(session: Session) -> Any:
    """The psycopg connection under the session (for composed, quoted statements)."""
    return session.connection().connection.driver_connection


def _execute(session: Session, statement: Any) -> None:
    _driver(session).execute(statement)


def _role_exists(session: Session, role: str) -> bool:
    return bool(session.connection().exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).first())


def create_login(
    db: Database,
    *,
    role: str | None = None,
    year: int | None = None,
    juror_code: str | None = None,
    password: str | None = None,
    secretariat: bool = False,
    actor: str = "",
) -> CreatedLogin:
    """Create a login role and grant it exactly what its kind may do, in one transaction.

    A juror login needs `year` and `juror_code`; a secretariat login needs `role`.
    Without `password`, a random one is made (and returned, never stored).
    """
    require_postgres(db)
    if not secretariat and (year is None or not juror_code):
        raise InputError(tr("a juror login needs the edition year and the juror's code"))
    if secretariat and not role:
        raise InputError(tr("a secretariat login needs a role name (--role)"))
    role = role or default_role_name(year or 0, juror_code or "")
    problems = role_name_problems(role)
    if password is not None and len(password) < MIN_PASSWORD:
        problems.append(Problem(tr("the password must have at least {n} characters",
                                   n=MIN_PASSWORD)))
    if problems:
        raise InputError(problems)
    generated = password is None
    password = password or secrets.token_urlsafe(15)
    from psycopg import sql

    with db.write() as session:
        juror = None
        if not secretariat:
            juror = _juror(session, year or 0, juror_code or "")
            existing = session.scalar(select(Login).where(Login.juror_id == juror.id))
            if existing is not None:
                raise InputError(tr("juror {juror} already has the login {role}",
                                    juror=juror.code, role=existing.role_name))
        if _role_exists(session, role):
            raise InputError(tr("the role {role} already exists on the server: choose another "
                                "name with --role", role=role))
        who = sql.Identifier(role)
        # Hashed here (SCRAM, by libpq): the password itself never reaches the server's logs.
        verifier = _driver(session).pgconn.encrypt_password(
            password.encode(), role.encode(), b"scram-sha-256").decode()
        _execute(session, sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} NOSUPERUSER NOCREATEDB "
                                  "NOCREATEROLE NOBYPASSRLS").format(who, sql.Literal(verifier)))
        for statement in _grants(session, who, secretariat):
            _execute(session, statement)
        if not secretariat:
            for name, value in JUROR_TIMEOUTS.items():
                _execute(session, sql.SQL("ALTER ROLE {} SET {} = {}").format(
                    who, sql.Identifier(name), sql.Literal(value)))
        session.add(Login(role_name=role, kind="secretariat" if secretariat else "juror",
                          juror_id=juror.id if juror else None))
        audit.record(session, "login.create", year=year if juror else None, entity="login",
                     key=role, actor=actor, kind="secretariat" if secretariat else "juror",
                     juror=juror.code if juror else None)
    return CreatedLogin(role, password, generated)


def role_name_problems(role: str) -> list[Problem]:
    """Why `role` cannot name a login (given with --role), or nothing."""
    shown = f"--role {role}" if role.isprintable() and role.strip() == role \
        else f"--role {role!r}"
    if not ROLE_NAME.fullmatch(role):
        return [Problem(tr("{role} is not a valid role name: lower-case letters, digits "
                           "and _ only, at most 63, not starting with a digit", role=shown))]
    if role in RESERVED_ROLES or role.startswith(RESERVED_PREFIX):
        return [Problem(tr("{role} is a name PostgreSQL keeps for itself (public, none, "
                           "current_user, session_user, current_role and every name starting "
                           "with pg_): choose another", role=shown))]
    return []


def _juror(session: Session, year: int, code: str) -> Juror:
    edition = session.scalar(select(Edition).where(Edition.year == year))
    if edition is None:
        raise InputError(tr("no edition {year} in the database", year=year))
    juror = session.scalar(select(Juror).where(Juror.edition_id == edition.id,
                                               Juror.code == code))
    if juror is None:
        raise InputError(tr("unknown juror {juror} in edition {year}", juror=code, year=year))
    return juror


def _grants(session: Session, who: Any, secretariat: bool) -> list[Any]:
    """The GRANT statements that give login `who` what its kind may do."""
    from psycopg import sql

    conn = session.connection()
    names = {"who": who,
             "db": sql.Identifier(conn.exec_driver_sql("SELECT current_database()").scalar()),
             "schema": sql.Identifier(conn.exec_driver_sql("SELECT current_schema()").scalar())}
    texts = ["GRANT CONNECT ON DATABASE {db} TO {who}", "GRANT USAGE ON SCHEMA {schema} TO {who}"]
    if secretariat:
        texts += [
            "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA {schema} TO {who}",
            "GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA {schema} TO {who}",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT ALL PRIVILEGES ON TABLES TO {who}",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT ALL PRIVILEGES ON SEQUENCES "
            "TO {who}",
        ]
        return [sql.SQL(text).format(**names) for text in texts]
    statements = [sql.SQL(text).format(**names) for text in texts]
    statements += [sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(t), who)
                   for t in JUROR_READS]
    # The change marker counts the audit entries' ids; a juror never reads the entries.
    statements.append(sql.SQL("GRANT SELECT (id) ON audit_log TO {}").format(who))
    # Writes: only through the functions (fixed signatures, not user input).
    statements += [sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(sql.SQL(f), who)
                   for f in JUROR_FUNCTIONS]
    return statements


def _revoke_all(session: Session, role: str) -> None:
    """Take every right `role` holds in this database (its tables, sequences, functions,
    schema and the database itself), so that the role can be dropped."""
    from psycopg import sql

    conn = session.connection()
    names = {"who": sql.Identifier(role),
             "database": sql.Identifier(conn.exec_driver_sql(
                 "SELECT current_database()").scalar()),
             "schema": sql.Identifier(conn.exec_driver_sql("SELECT current_schema()").scalar())}
    for text in ("REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA {schema} FROM {who}",
                 "REVOKE ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA {schema} FROM {who}",
                 "REVOKE ALL PRIVILEGES ON ALL FUNCTIONS IN SCHEMA {schema} FROM {who}",
                 "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE ALL PRIVILEGES "
                 "ON TABLES FROM {who}",
                 "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} REVOKE ALL PRIVILEGES "
                 "ON SEQUENCES FROM {who}",
                 "REVOKE ALL PRIVILEGES ON SCHEMA {schema} FROM {who}",
                 "REVOKE ALL PRIVILEGES ON DATABASE {database} FROM {who}"):
        _execute(session, sql.SQL(text).format(**names))


def _cannot_drop(role: str) -> YansenneError:
    return YansenneError(tr(
        "the login {role} cannot be taken away from this session: removing a juror's "
        "login needs the right to drop roles (CREATEROLE); nothing was changed: do this "
        "as the database's owner", role=role))


def _drop_role(session: Session, role: str) -> bool:
    """Drop `role` (after `_revoke_all`); False when it keeps rights in another database
    of the server, where it stays. Its open sessions on this database are ended when
    this login may end them (else they end at their next statement, rights gone)."""
    from psycopg import sql

    if not _role_exists(session, role):
        return False
    try:
        with session.begin_nested():
            session.connection().exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = %s AND datname = current_database()", (role,))
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
    try:
        with session.begin_nested():
            _execute(session, sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    except Exception as exc:  # psycopg's own error: the statement went past SQLAlchemy
        state = getattr(exc, "sqlstate", None)
        if state == INSUFFICIENT_PRIVILEGE:  # a login without CREATEROLE: change nothing
            raise _cannot_drop(role) from exc
        if state != DEPENDENT_OBJECTS:
            raise
        return False  # rights in another database of the server: the role stays
    return True


def drop_juror_logins(session: Session, juror_ids: Iterable[int], *, year: int | None,
                      actor: str, reason: str) -> list[str]:
    """Take away the logins of jurors about to be removed (a deleted or replaced
    edition, a deleted juror), in the caller's transaction: their rights here, their
    `logins` rows and, unless it has rights in another database, the role itself, so
    that no orphan login can still connect and read. Audited `login.drop` with
    `reason`. Returns the roles taken away; nothing to do on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return []
    ids = list(juror_ids)
    if not ids:
        return []
    logins = session.scalars(select(Login).where(Login.kind == "juror",
                                                 Login.juror_id.in_(ids))
                             .order_by(Login.role_name)).all()
    if logins and not session.connection().exec_driver_sql(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles "
            "WHERE rolname = current_user").scalar():
        raise _cannot_drop(logins[0].role_name)
    roles = []
    for login in logins:
        role = login.role_name
        if _role_exists(session, role):
            _revoke_all(session, role)
        session.delete(login)
        session.flush()
        dropped = _drop_role(session, role)
        audit.record(session, "login.drop", year=year, entity="login", key=role, actor=actor,
                     reason=reason, **({} if dropped else {"role_kept": True}))
        roles.append(role)
    return roles


# -- a juror's own session: writes through the functions of migration 0008 ------------
def juror_session(session: Session) -> bool:
    """True when `session` runs on a juror's login: its writes must then go through
    the database's juror functions (the login may not write the tables). Asked once
    per connection (a connection's login never changes) and kept with it."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return False
    connection = session.connection()
    info = connection.connection.info
    known = info.get(JUROR_SESSION)
    if known is None:
        known = bool(connection.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM logins WHERE role_name = session_user::text "
            "AND kind = 'juror')").scalar())
        info[JUROR_SESSION] = known
    return known


@dataclass(frozen=True)
class ServerMark:
    """What `yansenne_juror_set_mark` did: added, changed, unchanged or cleared."""

    change: str
    score_id: int | None
    value: float | None
    comment: str | None
    revision: int | None


def server_set_mark(session: Session, project_id: int, criterion_id: int,
                    value: float | None, comment: str | None) -> ServerMark:
    """Set (value None: clear) the session's juror's mark through the database."""
    row = session.connection().exec_driver_sql(
        "SELECT change, mark_id, mark_value, mark_comment, mark_revision "
        "FROM yansenne_juror_set_mark(%s::integer, %s::integer, "
        "%s::double precision, %s::text)",
        (project_id, criterion_id, value, comment)).one()
    return ServerMark(*row)


def server_set_note(session: Session, project_id: int, text: str) -> str:
    """Set (blank: remove) the session's juror's note through the database; returns
    added, changed, unchanged or cleared."""
    return str(session.connection().exec_driver_sql(
        "SELECT yansenne_juror_set_note(%s::integer, %s::text)", (project_id, text)).scalar())


def server_submit(session: Session) -> list[tuple[str, Any, int]]:
    """Submit every open category of the session's juror through the database:
    (category code, submitted at, marks missing) for each, in the grid's order."""
    return [(str(code), at, int(missing)) for code, at, missing in session.connection()
            .exec_driver_sql("SELECT submitted_category, submitted_on, missing_marks "
                             "FROM yansenne_juror_submit()")]


def list_logins(db: Database) -> list[LoginRow]:
    """Every login of this database, with whether its role still exists on the server."""
    require_postgres(db)
    with db.read() as session:
        rows = session.execute(
            select(Login, Juror, Edition)
            .outerjoin(Juror, Juror.id == Login.juror_id)
            .outerjoin(Edition, Edition.id == Juror.edition_id)
            .order_by(Login.kind, Edition.year, Juror.position, Login.role_name)
        ).all()
        roles = {r[0] for r in session.connection().exec_driver_sql(
            "SELECT rolname FROM pg_roles")}
        return [LoginRow(login.role_name, login.kind, edition.year if edition else None,
                         juror.code if juror else None, juror.name if juror else None,
                         login.created_at, login.role_name in roles)
                for login, juror, edition in rows]


def drop_login(db: Database, role: str, *, actor: str = "") -> bool:
    """Take every right of a login on this database and remove it; drop the role too
    unless it still has rights in another database of the server (returns False then)."""
    require_postgres(db)
    with db.write() as session:
        login = session.get(Login, role)
        if login is None:
            raise InputError(tr("no login {role} in this database", role=role))
        year = login.juror.edition.year if login.juror else None
        if _role_exists(session, role):
            _revoke_all(session, role)
        session.delete(login)
        audit.record(session, "login.drop", year=year, entity="login", key=role, actor=actor)
        return _drop_role(session, role)


def login_identity(db: Database) -> tuple[int, str] | None:
    """(year, juror code) when connected with a juror's login, else None: the
    application then opens that juror's grids instead of the secretariat's window."""
    if db.dialect != "postgresql":
        return None
    with db.read() as session:
        row = session.execute(
            select(Edition.year, Juror.code)
            .join(Juror, Juror.edition_id == Edition.id)
            .join(Login, Login.juror_id == Juror.id)
            .where(Login.role_name == func.current_user(), Login.kind == "juror")
        ).first()
    return (int(row[0]), str(row[1])) if row else None
