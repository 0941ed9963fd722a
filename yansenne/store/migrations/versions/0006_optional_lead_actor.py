"""A project's lead actor becomes optional (a call spreadsheet without it is accepted),
and its language is checked (fr, nl or en) like a juror's.

PostgreSQL: ALTER COLUMN ... DROP NOT NULL and ADD CONSTRAINT ... CHECK.

SQLite has no ALTER COLUMN, and the usual rebuild (create a copy, DROP TABLE projects,
rename the copy) cannot run here: the migration runs in one transaction with foreign
keys on, where DROP TABLE deletes every score, conflict, decision, note and vote of
every project through their ON DELETE CASCADE (foreign keys cannot be switched off
inside a transaction), and the rename rewrites the triggers of 0001. Neither change
touches a stored row, so the table's CREATE statement is edited in place as SQLite
documents for such changes ("Making Other Kinds Of Table Schema Changes": writable
schema, then a new schema version): no data moves, the foreign keys of the other
tables and the triggers of 0001 stay as they are, and all of it is undone with the
transaction on failure. Languages other than fr, nl and en (none can have been
written) become fr before the check is added.

Revision ID: 0006
Revises: 0005
"""

import re

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LANGUAGE_CHECK = "ck_projects_language"
LANGUAGES = "language IN ('fr', 'nl', 'en')"
LEAD_NOT_NULL = re.compile(r"(\blead_actor\s+VARCHAR\s*\(\s*20\s*\))\s+NOT\s+NULL", re.I)
LEAD_NULLABLE = re.compile(r"(\blead_actor\s+VARCHAR\s*\(\s*20\s*\))(?!\s+NOT\s+NULL)", re.I)
CHECK_CLAUSE = re.compile(r",\s*CONSTRAINT\s+" + LANGUAGE_CHECK
                          + r"\s+CHECK\s*\(\s*language\s+IN\s*\([^()]*\)\s*\)", re.I)


def _projects_sql() -> str:
    row = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'projects'").first()
    if row is None:
        raise RuntimeError("the projects table is missing")
    return row[0]


def _replace_projects_sql(sql: str) -> None:
    """Store `sql` as the projects table's definition and have SQLite read it again."""
    bind = op.get_bind()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' "
                             "AND name = 'projects'", (sql,))
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = bind.exec_driver_sql("PRAGMA quick_check").fetchall()
    if problems != [("ok",)]:
        raise RuntimeError(f"the projects table does not check: {problems}")


def upgrade() -> None:
    op.execute("UPDATE projects SET language = 'fr' "
               "WHERE language IS NULL OR language NOT IN ('fr', 'nl', 'en')")
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("projects", "lead_actor", nullable=True)
        op.create_check_constraint(op.f(LANGUAGE_CHECK), "projects", LANGUAGES)
        return
    sql = _projects_sql()
    changed, count = LEAD_NOT_NULL.subn(r"\1", sql)
    if count != 1:
        raise RuntimeError("the projects table does not declare lead_actor as expected")
    end = changed.rstrip().rindex(")")
    changed = f"{changed[:end].rstrip()}, \n\tCONSTRAINT {LANGUAGE_CHECK} CHECK ({LANGUAGES})\n)"
    _replace_projects_sql(changed)


def downgrade() -> None:
    op.execute("UPDATE projects SET lead_actor = 'associations' WHERE lead_actor IS NULL")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f(LANGUAGE_CHECK), "projects", type_="check")
        op.alter_column("projects", "lead_actor", nullable=False)
        return
    sql = _projects_sql()
    changed, count = LEAD_NULLABLE.subn(r"\1 NOT NULL", sql)
    changed, checks = CHECK_CLAUSE.subn("", changed)
    if count != 1 or checks != 1:
        raise RuntimeError("the projects table does not have the shape 0006 gave it")
    _replace_projects_sql(changed)
