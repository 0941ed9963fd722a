"""The lock record as the documents carry it: the bytes attached to the signed minutes
and dossier (`lock-record.json`) and compared again by `verify --check-results`."""

from __future__ import annotations

from dataclasses import dataclass

from yansenne.domain.lookup import find_edition
from yansenne.store.database import Database


@dataclass(frozen=True)
class StoredLock:
    """The record stored with an edition's lock and its fingerprint (None: not locked,
    or locked before there were records)."""

    record: bytes | None
    fingerprint: str | None


def stored_lock(db: Database, year: int) -> StoredLock:
    """The lock record and fingerprint of edition `year` (refused: no such edition)."""
    with db.read() as session:
        edition = find_edition(session, year)
        if edition.locked_at is None:
            return StoredLock(None, None)
        record = edition.lock_record
        return StoredLock(record.encode("utf-8") if record is not None else None,
                          edition.lock_fingerprint)


def lock_record_bytes(db: Database, year: int) -> bytes | None:
    """The canonical JSON of edition `year`'s lock record; None when it is not locked."""
    return stored_lock(db, year).record
