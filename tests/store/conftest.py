"""Fixtures of the store tests: raw access to the small edition's ids."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from yansenne.store.database import Database
from yansenne.store.models import Criterion, Edition, Juror, Project


@dataclass(frozen=True)
class Ids:
    """Database ids of the small edition (tests.factories), by code."""

    edition: int
    jurors: dict[str, int]
    projects: dict[str, int]
    criteria: dict[str, int]


def ids_of(db: Database, year: int) -> Ids:
    with db.read() as s:
        edition = s.scalars(select(Edition).where(Edition.year == year)).one()
        jurors = {j.code: j.id for j in s.scalars(select(Juror).where(
            Juror.edition_id == edition.id))}
        projects = {p.code: p.id for p in s.scalars(select(Project).where(
            Project.edition_id == edition.id))}
        criteria = {c.code: c.id for c in s.scalars(select(Criterion).where(
            Criterion.edition_id == edition.id))}
        return Ids(edition.id, jurors, projects, criteria)


@pytest.fixture
def ids(small_db: Database) -> Ids:
    return ids_of(small_db, 2026)
