"""One unit of work of the desk: a short write session, every refusal one kind of error.

The desk and the commands hand the domain's functions a session they never open
themselves; `Session` is re-exported so that their type hints need no SQLAlchemy.
A refusal by the schema (a trigger, a constraint: the last line of defence) comes
back as `StoreRefusal`, a YansenneError carrying the database's own message.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from yansenne.errors import YansenneError
from yansenne.store.database import Database

__all__ = ["Session", "StoreRefusal", "Work", "write"]

T = TypeVar("T")
Work = Callable[[Session], T]


class StoreRefusal(YansenneError):
    """The database refused a change the domain let through."""


def write(db: Database, work: Callable[[Session], T], *, alone: bool = False) -> T:
    """Run `work` in one committed write session and return its result.

    `alone`: the change removes a whole edition, so it holds the database alone and is
    refused while another process has it open (store/guard.py)."""
    try:
        with db.exclusive() if alone else nullcontext(), db.write() as session:
            return work(session)
    except SQLAlchemyError as error:
        raise StoreRefusal(str(getattr(error, "orig", None) or error)) from error
