"""Appending to the audit log: every change says who, when, what and how."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from yansenne.store.models import AuditEntry


def details_json(details: dict[str, Any]) -> str:
    """How an entry's details are stored: sorted JSON, or nothing."""
    if not details:
        return ""
    return json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)


def record(
    session: Session,
    action: str,
    *,
    year: int | None,
    entity: str = "",
    key: str = "",
    actor: str = "",
    **details: Any,
) -> AuditEntry:
    """Add one entry to the session (written with the change it describes)."""
    entry = AuditEntry(
        action=action,
        edition_year=year,
        entity=entity,
        entity_key=key,
        actor=actor,
        details=details_json(details),
    )
    session.add(entry)
    return entry


def last_details(session: Session, action: str, *, year: int | None,
                 key: str) -> dict[str, Any] | None:
    """The details of the latest entry of `action` on `key` (None: there is none)."""
    from sqlalchemy import select

    details = session.scalars(select(AuditEntry.details).where(
        AuditEntry.action == action, AuditEntry.edition_year == year,
        AuditEntry.entity_key == key).order_by(AuditEntry.id.desc()).limit(1)).first()
    if details is None:
        return None
    return json.loads(details) if details else {}
