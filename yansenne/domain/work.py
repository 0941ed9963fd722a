"""One unit of work of the desk: a short write session, every refusal one kind of error.

The desk and the commands hand the domain's functions a session they never open
themselves; `Session` is re-exported so that their type hints need no SQLAlchemy.
A refusal by the schema (a trigger, a constraint: the last line of defence) comes
back as `StoreRefusal`, a YansenneError carrying the database's own message.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any, TypeVar

from yansenne.errors import YansenneError
from yansenne.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["Session", "StoreRefusal", "Work", "write"]

T = TypeVar("T")
Work = Callable[["Session"], T]


def __getattr__(name: str) -> Any:
    """`Session`, imported when first asked for: the desk's pages import this module
    before the first paint, which should not wait for SQLAlchemy."""
    if name == "Session":
        from sqlalchemy.orm import Session

        return Session
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class StoreRefusal(YansenneError):
    """The database refused a change the domain let through."""


def write(db: Database, work: Callable[[Session], T], *, alone: bool = False) -> T:
    """Run `work` in one committed write session and return its result.

    `alone`: the change removes a whole edition, so it holds the database alone and is
    refused while another process has it open (store/guard.py)."""
    try:
        with db.exclusive() if alone else nullcontext(), db.write() as session:
            return work(session)
    except Exception as error:
        errors = sys.modules.get("sqlalchemy.exc")  # loaded by any session that ran
        if errors is None or not isinstance(error, errors.SQLAlchemyError):
            raise
        raise StoreRefusal(str(getattr(error, "orig", None) or error)) from error
