"""Finding an edition by its year, and the one refusal of a locked edition.

Every command, import and page finds its edition here, so that a missing edition
and a locked one are refused in the same words wherever the user meets them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store.database import Database

# SQLAlchemy and the models load with the first lookup: `rank`, which finds its
# edition in plain SQL with `missing_message`, never needs them.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from yansenne.store.models import Edition


def edition_or_none(session: Session, year: int) -> Edition | None:
    from sqlalchemy import select

    from yansenne.store.models import Edition

    return session.scalars(select(Edition).where(Edition.year == year)).first()


def missing_message(year: int) -> str:
    return tr("no edition {year} in the database", year=year)


def find_edition(session: Session, year: int, *, file: str | None = None) -> Edition:
    """The edition of `year`, or a refusal naming the year (and the file being read)."""
    edition = edition_or_none(session, year)
    if edition is None:
        raise InputError(Problem(missing_message(year), file=file))
    return edition


def locked_message(year: int) -> str:
    return tr("edition {year} is locked after its deliberation; the secretariat must reopen "
              "it first", year=year)


def refuse_if_locked(edition: Edition, *, file: str | None = None) -> None:
    """Once the deliberation is locked, nothing of the edition changes until reopened."""
    if edition.locked_at is not None:
        raise InputError(Problem(locked_message(edition.year), file=file))


def editable_edition(session: Session, year: int, *, file: str | None = None) -> Edition:
    """The edition of `year`, refused when missing or locked."""
    edition = find_edition(session, year, file=file)
    refuse_if_locked(edition, file=file)
    return edition


def is_locked(db: Database, year: int) -> bool:
    """Whether the deliberation of `year` is locked (False for a missing edition)."""
    from sqlalchemy import select

    from yansenne.store.models import Edition

    with db.read() as session:
        return session.scalar(select(Edition.locked_at).where(Edition.year == year)) is not None
