"""An edition's method may be `adjusted` (project value + juror offset, least squares).

Only the CHECK on editions.method changes: it admits one more value.

PostgreSQL: the constraint is dropped and added again with the longer list.

SQLite cannot alter a constraint, and rebuilding editions would delete every record
of the edition through ON DELETE CASCADE and rewrite the triggers of 0001 (see 0006).
A looser CHECK holds for every stored row, so the table's CREATE statement is edited
in place as 0006 does (writable schema, then a new schema version), undone with the
transaction on failure. The downgrade first turns `adjusted` editions back to `mean`,
so that the narrower CHECK holds for them again.

Revision ID: 0007
Revises: 0006
"""

import re

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

METHOD_CHECK = "ck_editions_method"
OLD_METHODS = ("mean", "median", "trimmed", "zscore", "ranksum", "majority", "schulze")
NEW_METHODS = (*OLD_METHODS, "adjusted")
CHECK_CLAUSE = re.compile(r"(CONSTRAINT\s+" + METHOD_CHECK
                          + r"\s+CHECK\s*)\(\s*method\s+IN\s*\([^()]*\)\s*\)", re.I)


def _check(methods: tuple[str, ...]) -> str:
    return "method IN (" + ", ".join(f"'{m}'" for m in methods) + ")"


def _editions_sql() -> str:
    row = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'editions'").first()
    if row is None:
        raise RuntimeError("the editions table is missing")
    return row[0]


def _replace_editions_sql(sql: str) -> None:
    """Store `sql` as the editions table's definition and have SQLite read it again."""
    bind = op.get_bind()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' "
                             "AND name = 'editions'", (sql,))
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = bind.exec_driver_sql("PRAGMA quick_check").fetchall()
    if problems != [("ok",)]:
        raise RuntimeError(f"the editions table does not check: {problems}")


def _set_methods(methods: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f(METHOD_CHECK), "editions", type_="check")
        op.create_check_constraint(op.f(METHOD_CHECK), "editions", _check(methods))
        return
    changed, count = CHECK_CLAUSE.subn(lambda m: f"{m.group(1)}({_check(methods)})",
                                       _editions_sql())
    if count != 1:
        raise RuntimeError("the editions table does not declare its methods as expected")
    _replace_editions_sql(changed)


def upgrade() -> None:
    _set_methods(NEW_METHODS)


def downgrade() -> None:
    op.execute("UPDATE editions SET method = 'mean' WHERE method = 'adjusted'")
    _set_methods(OLD_METHODS)
