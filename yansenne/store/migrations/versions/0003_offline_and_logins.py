"""Offline packages and ballots; server logins with row-level security on PostgreSQL.

`package_info` is filled only inside a juror package; `package_exports` and `ballots`
are the secretariat's record of packages sent and ballots applied; `logins` maps a
PostgreSQL role to a juror (or to the secretariat). On PostgreSQL, row-level
security keeps each juror login to its own rows: its scores, notes, assignments,
conflicts, votes and its own juror record. The table owner (who runs the
migrations) and the secretariat's logins see everything.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Tables a juror login sees only its own rows of, and the column that says whose.
OWN_ROWS = {
    "jurors": "id",
    "assignments": "juror_id",
    "conflicts": "juror_id",
    "scores": "juror_id",
    "project_notes": "juror_id",
    "votes": "juror_id",
    "package_exports": "juror_id",
    "ballots": "juror_id",
}
# Scalar sub-queries: evaluated once per statement, not once per row.
JUROR = "(SELECT yansenne_login_juror(current_user::text))"
SECRETARIAT = "(SELECT yansenne_login_is_secretariat(current_user::text))"
POLICY = "yansenne_own_rows"


def upgrade() -> None:
    # Plain CREATE TABLE, never a batch rebuild (see 0002).
    op.create_table(
        "package_info",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("edition_year", sa.Integer(), nullable=False),
        sa.Column("juror_code", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("ballot_revision", sa.Integer(), nullable=False),
        sa.Column("ballot_exported_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("ballot_revision >= 0", name=op.f("ck_package_info_ballot_revision")),
        sa.CheckConstraint("id = 1", name=op.f("ck_package_info_single")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_info")),
    )
    op.create_table(
        "package_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["juror_id"], ["jurors.id"],
                                name=op.f("fk_package_exports_juror_id_jurors"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_exports")),
    )
    op.create_index(op.f("ix_package_exports_juror_id"), "package_exports", ["juror_id"],
                    unique=False)
    op.create_table(
        "ballots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("cleared", sa.Integer(), nullable=False),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_ballots_revision")),
        sa.ForeignKeyConstraint(["juror_id"], ["jurors.id"],
                                name=op.f("fk_ballots_juror_id_jurors"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballots")),
        sa.UniqueConstraint("juror_id", "revision", name="uq_ballots_juror_revision"),
    )
    op.create_table(
        "logins",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(kind = 'juror') = (juror_id IS NOT NULL)",
                           name=op.f("ck_logins_juror")),
        sa.CheckConstraint("kind IN ('juror', 'secretariat')", name=op.f("ck_logins_kind")),
        sa.ForeignKeyConstraint(["juror_id"], ["jurors.id"],
                                name=op.f("fk_logins_juror_id_jurors"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_logins")),
    )
    op.create_index(op.f("ix_logins_juror_id"), "logins", ["juror_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        create_row_security()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        drop_row_security()
    op.drop_index(op.f("ix_logins_juror_id"), table_name="logins")
    op.drop_table("logins")
    op.drop_table("ballots")
    op.drop_index(op.f("ix_package_exports_juror_id"), table_name="package_exports")
    op.drop_table("package_exports")
    op.drop_table("package_info")


def create_row_security() -> None:
    """Who a login is, read by functions that run as the owner (so that the policies on
    `logins` itself do not recurse), then one policy per table."""
    schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    # PL/pgSQL keeps each function's query plan for the session; a SQL function would be
    # planned again on every call, once per statement of every juror.
    header = (f"LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp "
              "AS $$ BEGIN RETURN ")
    op.execute(
        "CREATE FUNCTION yansenne_login_juror(who text) RETURNS integer " + header
        + "(SELECT juror_id FROM logins WHERE role_name = who AND kind = 'juror'); END $$"
    )
    op.execute(
        "CREATE FUNCTION yansenne_login_is_secretariat(who text) RETURNS boolean " + header
        + "EXISTS (SELECT 1 FROM logins WHERE role_name = who AND kind = 'secretariat'); "
        "END $$"
    )
    for table, column in OWN_ROWS.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {POLICY} ON {table} "
                   f"USING ({column} = {JUROR} OR {SECRETARIAT})")
    op.execute("ALTER TABLE logins ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY {POLICY} ON logins "
               f"USING (role_name = current_user::text OR {SECRETARIAT})")


def drop_row_security() -> None:
    for table in [*OWN_ROWS, "logins"]:
        op.execute(f"DROP POLICY IF EXISTS {POLICY} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP FUNCTION IF EXISTS yansenne_login_juror(text)")
    op.execute("DROP FUNCTION IF EXISTS yansenne_login_is_secretariat(text)")
