"""Alembic, driven from code: the program carries its migrations and applies them.

Kept apart from `database.py` so that Alembic is imported only when a schema
actually has to change, not on every start.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from yansenne.store.database import MIGRATIONS


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(config()).walk_revisions()}


def head() -> str:
    heads = ScriptDirectory.from_config(config()).get_heads()
    assert len(heads) == 1, f"the migrations have several heads: {heads}"
    return heads[0]


def is_known(revision: str) -> bool:
    return revision in known_revisions()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate in one transaction: on any failure the schema stays as it was."""
    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
