"""The lock record: the canonical JSON document a lock rests on, kept with the lock
(spec/cli.md, "The lock"); its SHA-256 is the lock fingerprint.

One nullable text column of the edition: an edition locked before it keeps its
fingerprint, computed and verified the earlier way.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("editions", sa.Column("lock_record", sa.Text(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_column("editions", "lock_record")
        return
    op.execute("ALTER TABLE editions DROP COLUMN lock_record")
