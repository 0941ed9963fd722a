"""One scoring snapshot shared by the views that read the same stage (no Qt here).

The results page and the deliberation page both rank the last scoring stage: read
twice, an edition of 320,000 marks costs two passes over the scores and leaves the
process tens of megabytes larger. `shared_snapshot` hands out the snapshot another
view still holds when nothing changed since: the key is the database, the stage and
the change marker (the audit log moves with every committed change, as the window's
watch relies on), read in the same read-only session as the marks would be, so a
snapshot is never reused after a change. The cache holds snapshots weakly: it keeps
nothing alive that no view uses.
"""

from __future__ import annotations

import threading
import weakref

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain.ranking import snapshot_of
from yansenne.store.models import AuditEntry, Edition, Stage
from yansenne.store.postgres import MARKER_WINDOW

Key = tuple[int, str, int, int, int]

_snapshots: weakref.WeakValueDictionary[Key, scoring.Snapshot] = weakref.WeakValueDictionary()
_lock = threading.Lock()


def marker(session: Session) -> int:
    """The change marker as `session` sees it (the formula of store's `change_marker`)."""
    top = session.scalar(select(func.max(AuditEntry.id))) or 0
    recent = session.scalar(select(func.count(AuditEntry.id))
                            .where(AuditEntry.id > top - MARKER_WINDOW)) or 0
    return top * (MARKER_WINDOW + 1) + recent


def shared_snapshot(session: Session, edition: Edition, stage: Stage) -> scoring.Snapshot:
    """The snapshot of `stage`, shared while unchanged. Only for a read-only session:
    in a write, an entry of the audit log not yet committed could be rolled back and
    its number reused by another change."""
    bind = session.get_bind()
    key = (id(bind), str(bind.url), edition.id, stage.id, marker(session))
    with _lock:
        found = _snapshots.get(key)
    if found is not None:
        return found
    snapshot = snapshot_of(session, edition, stage)
    snapshot.table  # noqa: B018 - the arrays built once, for every view that shares it
    with _lock:
        _snapshots[key] = snapshot
    return snapshot


def clear() -> None:
    """Forget every shared snapshot (tests)."""
    with _lock:
        _snapshots.clear()
