"""Reading the database back in the domain's tests: audit actions, row counts, marks."""

from __future__ import annotations

from sqlalchemy import func, select

from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Project, Score


def actions(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEntry.action, AuditEntry.entity_key).order_by(AuditEntry.id))]


def count(db: Database, model: type, *where: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def scores_of(db: Database, project: str) -> list[tuple[str, str, float, int]]:
    with db.read() as s:
        return sorted((sc.juror.code, sc.criterion.code, sc.value, sc.revision)
                      for sc in s.scalars(select(Score).join(Project).where(Project.code
                                                                              == project)))
