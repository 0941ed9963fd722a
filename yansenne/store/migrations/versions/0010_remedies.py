"""The remedies paragraph that closes each letter to a candidate, in French, Dutch and
English: three text columns of the edition, empty by default.

ADD COLUMN with a constant default, on SQLite as on PostgreSQL: no row moves, no table
is rebuilt, the triggers stay as they are.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = ("remedies_fr", "remedies_nl", "remedies_en")


def upgrade() -> None:
    for name in COLUMNS:
        op.add_column("editions", sa.Column(name, sa.Text(), server_default="",
                                            nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for name in COLUMNS:
            op.drop_column("editions", name)
        return
    # SQLite 3.35+ drops a column in place (no rebuild, so no cascade through editions).
    for name in COLUMNS:
        op.execute(f"ALTER TABLE editions DROP COLUMN {name}")
