"""Alembic environment: runs on the connection the program hands over."""

from alembic import context

from yansenne.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # Never batch: rebuilding a table on SQLite drops the triggers that refer to it.
    # Write migrations with plain operations (ADD COLUMN, CREATE TABLE, CREATE INDEX).
    render_as_batch=False,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
