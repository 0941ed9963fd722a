"""The Alembic migrations on PostgreSQL: the schema they build is exactly the models',
they upgrade a filled database and come back down, and 0003's row-level security is on."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from tests.factories import build_small_edition
from yansenne.store import migrate
from yansenne.store.database import SCHEMA_HEAD, Database, schema_revision
from yansenne.store.models import Base, Score

OWN_ROWS = {"jurors", "assignments", "conflicts", "scores", "project_notes", "votes",
            "package_exports", "ballots", "logins", "allocations", "preliminary_marks"}


def test_models_match_the_schema_on_postgresql(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            secured = {r[0] for r in conn.execute(text(
                "SELECT relname FROM pg_class WHERE relrowsecurity"))}
        assert secured == OWN_ROWS
    finally:
        engine.dispose()


def test_filled_database_goes_down_to_0002_and_up_again(pg_url: str) -> None:
    engine = create_engine(pg_url)
    db = Database(url=pg_url, engine=engine)
    try:
        build_small_edition(db)
        cfg = migrate.config()
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "0002")
        assert schema_revision(engine) == "0002"
        with engine.connect() as conn:
            assert not conn.execute(text("SELECT count(*) FROM pg_class WHERE relrowsecurity")
                                    ).scalar()
            assert not conn.execute(text("SELECT to_regclass('ballots')")).scalar()
        migrate.upgrade(engine)
        assert schema_revision(engine) == SCHEMA_HEAD
        with db.read() as session:
            assert session.scalar(select(func.count(Score.id))) == 68
    finally:
        engine.dispose()
