"""Working together on one database, on every backend: a stale edit is refused with a
clear message and nothing overwritten; the change marker moves with every change;
logins are refused, clearly, where there is no server."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories import YEAR
from yansenne.domain.marks import set_score
from yansenne.errors import YansenneError
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Criterion, Juror, Project
from yansenne.store.opening import open_database
from yansenne.store.postgres import (
    MARKER_WINDOW,
    ConcurrentEditError,
    change_marker,
    create_login,
    default_role_name,
    list_logins,
    login_identity,
    save_or_conflict,
)


def project_id(db: Database, code: str = "P01") -> int:
    with db.read() as s:
        return s.scalar(select(Project.id).where(Project.code == code))


def retitle(title: str):  # type: ignore[no-untyped-def]
    def change(session, project: Project) -> None:  # type: ignore[no-untyped-def]
        audit.record(session, "project.update", year=YEAR, entity="project", key=project.code,
                     actor="test", title_fr=[project.title_fr, title])
        project.title_fr = title
    return change


def test_save_on_the_current_version(small_db: Database) -> None:
    pid = project_id(small_db)
    assert save_or_conflict(small_db, Project, pid, 1, retitle("Nouveau titre")) == 2
    assert save_or_conflict(small_db, Project, pid, 2, retitle("Encore")) == 3
    with small_db.read() as s:
        assert s.get(Project, pid).title_fr == "Encore"


def test_stale_version_is_refused_and_nothing_written(small_db: Database) -> None:
    pid = project_id(small_db)
    save_or_conflict(small_db, Project, pid, 1, retitle("Version de Anne"))
    marker = change_marker(small_db)
    with pytest.raises(ConcurrentEditError) as caught:
        save_or_conflict(small_db, Project, pid, 1, retitle("Version de Pieter"))
    assert str(caught.value) == ("project P01 was changed by someone else while you were "
                                 "editing it; nothing was saved: reload it and make your "
                                 "change again")
    assert change_marker(small_db) == marker  # not even its audit entry
    with small_db.read() as s:
        assert (s.get(Project, pid).title_fr, s.get(Project, pid).version) == (
            "Version de Anne", 2)


def test_deleted_record_is_reported(small_db: Database) -> None:
    pid = project_id(small_db, "P06")
    with small_db.write() as s:
        s.delete(s.get(Project, pid))
    with pytest.raises(ConcurrentEditError, match="deleted by someone else"):
        save_or_conflict(small_db, Project, pid, 1, retitle("x"))


def test_stale_message_in_dutch(small_db: Database) -> None:
    from yansenne.i18n import set_language

    pid = project_id(small_db)
    save_or_conflict(small_db, Project, pid, 1, retitle("Nieuw"))
    set_language("nl")
    with pytest.raises(ConcurrentEditError, match="^project P01: iemand anders bracht"):
        save_or_conflict(small_db, Project, pid, 1, retitle("Ander"))


def test_change_marker_moves_with_every_change_only(small_db: Database) -> None:
    first = change_marker(small_db)
    with small_db.read() as s:
        s.scalar(select(func.count(Project.id)))
    assert change_marker(small_db) == first
    with small_db.write() as s:
        juror = s.scalar(select(Juror).where(Juror.code == "J1"))
        project = s.scalar(select(Project).where(Project.code == "P02"))
        criterion = s.scalar(select(Criterion).where(Criterion.code == "relevance"))
        set_score(s, juror, project, criterion, 9.0, actor="J1")
    second = change_marker(small_db)
    assert second > first
    with small_db.write() as s:
        audit.record(s, "test", year=YEAR)
    assert change_marker(small_db) > second


def test_change_marker_of_an_empty_database(db: Database) -> None:
    assert change_marker(db) == 0


def test_change_marker_sees_an_entry_committed_late(db: Database) -> None:
    """On a server, a transaction can commit after one that took a higher id: the marker
    still moves (ids 3 and 4 taken by transactions still running, 5 committed first)."""
    with db.write() as s:
        for entry_id in (1, 2, 5):
            s.add(AuditEntry(id=entry_id, action="test", edition_year=YEAR))
    before = change_marker(db)
    with db.write() as s:
        s.add(AuditEntry(id=3, action="late", edition_year=YEAR))
    assert change_marker(db) > before
    with db.write() as s:
        s.add(AuditEntry(id=5 + MARKER_WINDOW, action="far", edition_year=YEAR))
    assert change_marker(db) > before


def test_default_role_name() -> None:
    assert default_role_name(2026, "J01") == "yansenne_2026_j01"
    assert default_role_name(2026, "Anne-Marie É") == "yansenne_2026_anne_marie"
    assert len(default_role_name(2026, "x" * 100)) == 63


def test_logins_need_postgresql(tmp_path: Path) -> None:
    db = open_database(tmp_path / "local.sqlite")
    try:
        with pytest.raises(YansenneError, match="logins are PostgreSQL roles"):
            create_login(db, year=YEAR, juror_code="J1")
        with pytest.raises(YansenneError, match="logins are PostgreSQL roles"):
            list_logins(db)
        assert login_identity(db) is None
    finally:
        db.close()
