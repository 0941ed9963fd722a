"""Deliberation: prize amounts, date and place, the casting vote, attendance and votes.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild: rebuilding a table on SQLite would
    # break the triggers of 0001 that refer to it.
    op.add_column("editions", sa.Column("prizes", sa.String(length=100), nullable=False,
                                        server_default="6000;4000;2000"))
    op.add_column("editions", sa.Column("deliberation_date", sa.Date(), nullable=True))
    op.add_column("editions", sa.Column("deliberation_place", sa.String(length=300),
                                        nullable=False, server_default=""))
    op.add_column("editions", sa.Column("casting_vote", sa.Text(), nullable=False,
                                        server_default=""))
    op.add_column("jurors", sa.Column("present", sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
    op.create_table(
        "votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("choice", sa.String(length=10), nullable=False),
        sa.Column("cast_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("choice IN ('for', 'against', 'abstain')", name=op.f("ck_votes_choice")),
        sa.ForeignKeyConstraint(["edition_id"], ["editions.id"],
                                name=op.f("fk_votes_edition_id_editions"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["juror_id"], ["jurors.id"],
                                name=op.f("fk_votes_juror_id_jurors"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"],
                                name=op.f("fk_votes_project_id_projects"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_votes")),
        sa.UniqueConstraint("edition_id", "juror_id", "subject", name="uq_votes_juror_subject"),
    )


def downgrade() -> None:
    op.drop_table("votes")
    op.drop_column("jurors", "present")
    for column in ("casting_vote", "deliberation_place", "deliberation_date", "prizes"):
        op.drop_column("editions", column)
