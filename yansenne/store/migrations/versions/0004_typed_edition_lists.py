"""Typed lists for an edition's tie-break rules, prize amounts and casting vote.

They were joined strings ("median\\nfirst_places", "6000;4000;2000", "P07\\nP12")
parsed again wherever they were read; they become JSON lists. Each column is
replaced in place: a new column is added, filled from the old one, the old one
dropped and the new one renamed. Plain ALTER TABLE statements, never a batch
rebuild, which on SQLite would break the triggers of 0001 that refer to editions.

Revision ID: 0004
Revises: 0003
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DEFAULT_PRIZES_TEXT = "6000;4000;2000"
DEFAULT_PRIZES_JSON = "[6000.0, 4000.0, 2000.0]"
# column -> (separator of the old text, whether its items are amounts)
LISTS = {"tie_break": ("\n", False), "casting_vote": ("\n", False), "prizes": (";", True)}


def _to_list(text: str | None, separator: str, amounts: bool) -> list:
    parts = [p.strip() for p in (text or "").split(separator) if p.strip()]
    if amounts:
        return [float(p.replace(",", ".")) for p in parts]
    return parts


def _to_text(values: str | list | None, separator: str, amounts: bool) -> str:
    items = json.loads(values) if isinstance(values, str) else (values or [])
    return separator.join(f"{float(v):g}" if amounts else str(v) for v in items)


def _replace(column: str, new_type: sa.types.TypeEngine, default: str, convert) -> None:  # noqa: ANN001
    staging = f"{column}_staging"
    op.add_column("editions", sa.Column(staging, new_type, nullable=False,
                                        server_default=default))
    editions = sa.table("editions", sa.column("id", sa.Integer), sa.column(column),
                        sa.column(staging, new_type))
    connection = op.get_bind()
    for row_id, old in connection.execute(sa.select(editions.c.id, editions.c[column])).all():
        connection.execute(editions.update().where(editions.c.id == row_id)
                           .values({staging: convert(old)}))
    op.execute(f"ALTER TABLE editions DROP COLUMN {column}")
    op.execute(f"ALTER TABLE editions RENAME COLUMN {staging} TO {column}")


def upgrade() -> None:
    for column, (separator, amounts) in LISTS.items():
        default = DEFAULT_PRIZES_JSON if column == "prizes" else "[]"
        _replace(column, sa.JSON(), default,
                 lambda old, s=separator, a=amounts: _to_list(old, s, a))


def downgrade() -> None:
    for column, (separator, amounts) in LISTS.items():
        default = DEFAULT_PRIZES_TEXT if column == "prizes" else ""
        kind = sa.String(length=100) if column == "prizes" else sa.Text()
        _replace(column, kind, default, lambda old, s=separator, a=amounts: _to_text(old, s, a))
