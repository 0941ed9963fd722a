"""The deliberation's opening and closing times, the candidate's language, and the
call's value mapping.

- editions.deliberation_start / deliberation_end: "HH:MM" or "" (the minutes print
  them; the workbook's Edition keys of the same names).
- editions.value_mapping: how the call spreadsheet writes values the application
  names otherwise ({"category": {"prevention jeunesse": "municipal"}, ...}), chosen
  once in the desk's import preview and used again by the next import, the command
  line's included.
- projects.language: fr, nl or en, the candidate's language for letters.

Plain ADD COLUMN statements with server defaults: no table is rebuilt, so the
triggers of 0001 stay as they are.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# column -> (type, server default)
EDITION_COLUMNS = {
    "deliberation_start": (sa.String(length=5), ""),
    "deliberation_end": (sa.String(length=5), ""),
    "value_mapping": (sa.JSON(), "{}"),
}


def upgrade() -> None:
    for name, (kind, default) in EDITION_COLUMNS.items():
        op.add_column("editions", sa.Column(name, kind, nullable=False, server_default=default))
    op.add_column("projects", sa.Column("language", sa.String(length=2), nullable=False,
                                        server_default="fr"))


def downgrade() -> None:
    op.execute("ALTER TABLE projects DROP COLUMN language")
    for name in reversed(EDITION_COLUMNS):
        op.execute(f"ALTER TABLE editions DROP COLUMN {name}")
