"""How long a PostgreSQL session may wait, run or sit idle, and what the user is told.

Every session the program opens on a server carries three limits, sent with the
connection itself (libpq's `options`), so that no session of ours waits forever on
a lock someone else holds, runs a statement without end, or keeps a transaction open
(and its locks) after its program stopped caring:

- `lock_timeout`: a statement gives up waiting for a lock (SQLSTATE 55P03);
- `statement_timeout`: a statement is stopped (57014, also a cancelled statement);
- `idle_in_transaction_session_timeout`: the server closes a session left idle
  inside a transaction (25P03).

A juror's login role carries shorter limits of its own (`JUROR_TIMEOUTS`, set with
ALTER ROLE by `postgres.create_login` and by migration 0008), which bind a session
opened with psql too. When a limit fires, the engine's error becomes a
`DatabaseError` that says which limit and that nothing of the transaction was kept.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from yansenne.errors import DatabaseError
from yansenne.i18n import tr

# Every session the program opens on a server.
SESSION_TIMEOUTS = {"lock_timeout": "15s", "statement_timeout": "300s",
                    "idle_in_transaction_session_timeout": "600s"}
# A juror's login role (ALTER ROLE ... SET): what a psql session of the juror gets.
JUROR_TIMEOUTS = {"lock_timeout": "5s", "statement_timeout": "30s",
                  "idle_in_transaction_session_timeout": "60s"}

LOCK_NOT_AVAILABLE = "55P03"
QUERY_CANCELED = "57014"
IDLE_IN_TRANSACTION = "25P03"


def connect_options(existing: str | None = None) -> str:
    """libpq's `options` with our limits, after any the URL already gives (ours win)."""
    ours = " ".join(f"-c {name}={value}" for name, value in SESSION_TIMEOUTS.items())
    return f"{existing} {ours}" if existing else ours


def seconds(value: str) -> int:
    """`15s` -> 15 (the limits above are written in seconds)."""
    return int(value.rstrip("s"))


def refusal(sqlstate: str | None) -> DatabaseError | None:
    """The user's message for a limit that fired, or None for any other error."""
    if sqlstate == LOCK_NOT_AVAILABLE:
        return DatabaseError(tr(
            "the database server stopped waiting after {seconds} s for a lock held by another "
            "session (lock_timeout); nothing of this operation was kept: try again in a "
            "moment, and if it lasts ask the secretariat which session holds the lock",
            seconds=seconds(SESSION_TIMEOUTS["lock_timeout"])))
    if sqlstate == QUERY_CANCELED:
        return DatabaseError(tr(
            "the database server stopped a statement that ran longer than {seconds} s "
            "(statement_timeout), or that was cancelled; nothing of this operation was kept",
            seconds=seconds(SESSION_TIMEOUTS["statement_timeout"])))
    if sqlstate == IDLE_IN_TRANSACTION:
        return DatabaseError(tr(
            "the database server closed this session after it sat idle inside a transaction "
            "for more than {seconds} s (idle_in_transaction_session_timeout); nothing of that "
            "transaction was kept: try again",
            seconds=seconds(SESSION_TIMEOUTS["idle_in_transaction_session_timeout"])))
    return None


def _translate(context: Any) -> None:
    """SQLAlchemy's `handle_error` hook: raising here replaces the engine's error."""
    error = refusal(getattr(context.original_exception, "sqlstate", None))
    if error is not None:
        raise error from context.original_exception


def watch(engine: Engine) -> None:
    """Turn the limits' errors on this engine into the messages of `refusal`."""
    event.listen(engine, "handle_error", _translate)
