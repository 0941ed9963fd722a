"""First schema: the whole domain, with the integrity rules that span tables as triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-24 20:56:55.554850
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("edition_year", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_key", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_log_edition_year"), ["edition_year"], unique=False
        )

    op.create_table(
        "editions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("ceremony_date", sa.Date(), nullable=True),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("trim", sa.Integer(), nullable=False),
        sa.Column("quorum", sa.Integer(), nullable=False),
        sa.Column("foreword_fr", sa.Text(), nullable=False),
        sa.Column("foreword_nl", sa.Text(), nullable=False),
        sa.Column("foreword_en", sa.Text(), nullable=False),
        sa.Column("tie_break", sa.Text(), nullable=False),
        sa.Column("grid_frozen", sa.Boolean(), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("lock_fingerprint", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "method IN ('mean', 'median', 'trimmed', 'zscore', 'ranksum', 'majority', 'schulze')",
            name=op.f("ck_editions_method"),
        ),
        sa.CheckConstraint("quorum >= 1", name=op.f("ck_editions_quorum")),
        sa.CheckConstraint("trim >= 0", name=op.f("ck_editions_trim")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editions")),
        sa.UniqueConstraint("year", name=op.f("uq_editions_year")),
    )
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["edition_id"],
            ["editions.id"],
            name=op.f("fk_categories_edition_id_editions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("edition_id", "code", name="uq_categories_edition_code"),
        sa.UniqueConstraint("id", "edition_id", name="uq_categories_id_edition"),
    )
    op.create_table(
        "jurors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("language IN ('fr', 'nl', 'en')", name=op.f("ck_jurors_language")),
        sa.CheckConstraint(
            "role IN ('president', 'member', 'observer')", name=op.f("ck_jurors_role")
        ),
        sa.ForeignKeyConstraint(
            ["edition_id"],
            ["editions.id"],
            name=op.f("fk_jurors_edition_id_editions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jurors")),
        sa.UniqueConstraint("edition_id", "code", name="uq_jurors_edition_code"),
    )
    op.create_table(
        "assignments",
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_assignments_category_id_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["juror_id"],
            ["jurors.id"],
            name=op.f("fk_assignments_juror_id_jurors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("juror_id", "category_id", name=op.f("pk_assignments")),
    )
    op.create_table(
        "criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("min_value", sa.Float(), nullable=False),
        sa.Column("max_value", sa.Float(), nullable=False),
        sa.Column("step", sa.Float(), nullable=False),
        sa.Column("descriptor_fr", sa.Text(), nullable=False),
        sa.Column("descriptor_nl", sa.Text(), nullable=False),
        sa.Column("descriptor_en", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("max_value > min_value", name=op.f("ck_criteria_scale")),
        sa.CheckConstraint("step > 0", name=op.f("ck_criteria_step")),
        sa.CheckConstraint("weight > 0", name=op.f("ck_criteria_weight")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_criteria_category_id_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["edition_id"],
            ["editions.id"],
            name=op.f("fk_criteria_edition_id_editions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criteria")),
        sa.UniqueConstraint(
            "edition_id", "category_id", "code", name="uq_criteria_edition_cat_code"
        ),
    )
    with op.batch_alter_table("criteria", schema=None) as batch_op:
        batch_op.create_index(
            "uq_criteria_edition_code_shared",
            ["edition_id", "code"],
            unique=True,
            sqlite_where=sa.text("category_id IS NULL"),
            postgresql_where=sa.text("category_id IS NULL"),
        )

    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title_fr", sa.String(length=500), nullable=False),
        sa.Column("title_nl", sa.String(length=500), nullable=False),
        sa.Column("title_en", sa.String(length=500), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("lead_actor", sa.String(length=20), nullable=False),
        sa.Column("partner_actors", sa.String(length=100), nullable=False),
        sa.Column("municipality", sa.String(length=10), nullable=True),
        sa.Column("summary_fr", sa.Text(), nullable=False),
        sa.Column("summary_nl", sa.Text(), nullable=False),
        sa.Column("summary_en", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("budget_eur", sa.Float(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "lead_actor IN ('citizens', 'associations', 'municipal', 'police', 'regional')",
            name=op.f("ck_projects_lead_actor"),
        ),
        sa.CheckConstraint(
            "municipality IS NULL OR municipality = 'region' OR (length(municipality) = 5 AND municipality BETWEEN '21001' AND '21019')",
            name=op.f("ck_projects_municipality"),
        ),
        sa.CheckConstraint(
            "budget_eur IS NULL OR budget_eur >= 0", name=op.f("ck_projects_budget")
        ),
        sa.ForeignKeyConstraint(
            ["category_id", "edition_id"],
            ["categories.id", "categories.edition_id"],
            name="fk_projects_category_same_edition",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["edition_id"],
            ["editions.id"],
            name=op.f("fk_projects_edition_id_editions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("edition_id", "code", name="uq_projects_edition_code"),
    )
    op.create_table(
        "conflicts",
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["juror_id"],
            ["jurors.id"],
            name=op.f("fk_conflicts_juror_id_jurors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_conflicts_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("juror_id", "project_id", name=op.f("pk_conflicts")),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("award", sa.String(length=10), nullable=False),
        sa.Column("amount_eur", sa.Float(), nullable=True),
        sa.Column("citation_fr", sa.Text(), nullable=False),
        sa.Column("citation_nl", sa.Text(), nullable=False),
        sa.Column("citation_en", sa.Text(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("award IN ('1', '2', '3', 'mention')", name=op.f("ck_decisions_award")),
        sa.CheckConstraint(
            "amount_eur IS NULL OR amount_eur >= 0", name=op.f("ck_decisions_amount")
        ),
        sa.ForeignKeyConstraint(
            ["edition_id"],
            ["editions.id"],
            name=op.f("fk_decisions_edition_id_editions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_decisions_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("edition_id", "project_id", name="uq_decisions_edition_project"),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(
            "uq_decisions_edition_prize",
            ["edition_id", "award"],
            unique=True,
            sqlite_where=sa.text("award <> 'mention'"),
            postgresql_where=sa.text("award <> 'mention'"),
        )

    op.create_table(
        "project_notes",
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["juror_id"],
            ["jurors.id"],
            name=op.f("fk_project_notes_juror_id_jurors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_notes_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("juror_id", "project_id", name=op.f("pk_project_notes")),
    )
    op.create_table(
        "scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_scores_revision")),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criteria.id"],
            name=op.f("fk_scores_criterion_id_criteria"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["juror_id"], ["jurors.id"], name=op.f("fk_scores_juror_id_jurors"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_scores_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scores")),
        sa.UniqueConstraint("juror_id", "project_id", "criterion_id", name="uq_scores_cell"),
    )
    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.create_index("ix_scores_project", ["project_id"], unique=False)

    create_triggers()


def downgrade() -> None:
    drop_triggers()
    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.drop_index("ix_scores_project")

    op.drop_table("scores")
    op.drop_table("project_notes")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_decisions_edition_prize",
            sqlite_where=sa.text("award <> 'mention'"),
            postgresql_where=sa.text("award <> 'mention'"),
        )

    op.drop_table("decisions")
    op.drop_table("conflicts")
    op.drop_table("projects")
    with op.batch_alter_table("criteria", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_criteria_edition_code_shared",
            sqlite_where=sa.text("category_id IS NULL"),
            postgresql_where=sa.text("category_id IS NULL"),
        )

    op.drop_table("criteria")
    op.drop_table("assignments")
    op.drop_table("jurors")
    op.drop_table("categories")
    op.drop_table("editions")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_edition_year"))

    op.drop_table("audit_log")


# Why a score may not be written; the messages are stable so the program can
# recognise them (the program validates first: these are the last line).
SCORE_RULES = [
    (
        "score outside the scale of its criterion",
        "NOT EXISTS (SELECT 1 FROM criteria c WHERE c.id = NEW.criterion_id "
        "AND NEW.value >= c.min_value AND NEW.value <= c.max_value)",
    ),
    (
        "score off the step of its criterion",
        "EXISTS (SELECT 1 FROM criteria c WHERE c.id = NEW.criterion_id AND "
        "abs((NEW.value - c.min_value) / c.step - round((NEW.value - c.min_value) / c.step)) > 1e-6)",
    ),
    (
        "score of a juror in conflict with the project",
        "EXISTS (SELECT 1 FROM conflicts k WHERE k.juror_id = NEW.juror_id "
        "AND k.project_id = NEW.project_id)",
    ),
    (
        "score across editions or categories",
        "NOT EXISTS (SELECT 1 FROM projects p JOIN jurors j ON j.edition_id = p.edition_id "
        "JOIN criteria c ON c.edition_id = p.edition_id WHERE p.id = NEW.project_id "
        "AND j.id = NEW.juror_id AND c.id = NEW.criterion_id "
        "AND (c.category_id IS NULL OR c.category_id = p.category_id))",
    ),
    (
        "score of an observer",
        "EXISTS (SELECT 1 FROM jurors j WHERE j.id = NEW.juror_id AND j.role = 'observer')",
    ),
    (
        "score in a locked edition",
        "EXISTS (SELECT 1 FROM projects p JOIN editions e ON e.id = p.edition_id "
        "WHERE p.id = NEW.project_id AND e.locked_at IS NOT NULL)",
    ),
]
# A conflict declared after scoring must not leave the pair's marks behind: the
# program deletes them (audited) before it declares the conflict.
CONFLICT_OVER_SCORES = (
    "EXISTS (SELECT 1 FROM scores s WHERE s.juror_id = NEW.juror_id "
    "AND s.project_id = NEW.project_id)"
)
CHECK = "check_violation"  # PostgreSQL's SQLSTATE 23514
LOCKED_DELETE = (
    "EXISTS (SELECT 1 FROM projects p JOIN editions e ON e.id = p.edition_id "
    "WHERE p.id = OLD.project_id AND e.locked_at IS NOT NULL)"
)


def create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        checks = "\n".join(
            f"  SELECT RAISE(ABORT, '{message}') WHERE {condition};"
            for message, condition in SCORE_RULES
        )
        for event in ("INSERT", "UPDATE"):
            op.execute(
                f"CREATE TRIGGER scores_check_{event.lower()} BEFORE {event} ON scores\n"
                f"BEGIN\n{checks}\nEND"
            )
        op.execute(
            "CREATE TRIGGER scores_check_delete BEFORE DELETE ON scores\n"
            f"BEGIN SELECT RAISE(ABORT, 'score in a locked edition') WHERE {LOCKED_DELETE}; END"
        )
        op.execute(
            "CREATE TRIGGER conflicts_check_insert BEFORE INSERT ON conflicts\n"
            "BEGIN SELECT RAISE(ABORT, 'conflict over a pair that has scores') "
            f"WHERE {CONFLICT_OVER_SCORES}; END"
        )
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_append_only_{event.lower()} BEFORE {event} ON audit_log\n"
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )
        return
    # A violated rule is an integrity error (SQLSTATE class 23), as SQLite's RAISE(ABORT)
    # is, so that drivers report it as such rather than as an internal error.
    checks = "\n".join(
        f"  IF {condition} THEN RAISE EXCEPTION '{message}' USING ERRCODE = '{CHECK}'; END IF;"
        for message, condition in SCORE_RULES
    )
    op.execute(
        "CREATE FUNCTION scores_check() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
        f"  IF TG_OP = 'DELETE' THEN\n    IF {LOCKED_DELETE} THEN "
        f"RAISE EXCEPTION 'score in a locked edition' USING ERRCODE = '{CHECK}'; END IF;\n"
        "    RETURN OLD;\n  END IF;\n"
        f"{checks}\n  RETURN NEW;\nEND $$"
    )
    op.execute(
        "CREATE TRIGGER scores_check BEFORE INSERT OR UPDATE OR DELETE ON scores "
        "FOR EACH ROW EXECUTE FUNCTION scores_check()"
    )
    op.execute(
        "CREATE FUNCTION conflicts_check() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
        f"  IF {CONFLICT_OVER_SCORES} THEN RAISE EXCEPTION 'conflict over a pair that has scores' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n  RETURN NEW;\nEND $$"
    )
    op.execute(
        "CREATE TRIGGER conflicts_check BEFORE INSERT ON conflicts "
        "FOR EACH ROW EXECUTE FUNCTION conflicts_check()"
    )
    op.execute(
        "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = "
        "'restrict_violation'; END $$"
    )
    op.execute(
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
    )


def drop_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in (
            "scores_check_insert",
            "scores_check_update",
            "scores_check_delete",
            "audit_log_append_only_update",
            "audit_log_append_only_delete",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    op.execute("DROP TRIGGER IF EXISTS scores_check ON scores")
    op.execute("DROP FUNCTION IF EXISTS scores_check()")
    op.execute("DROP TRIGGER IF EXISTS conflicts_check ON conflicts")
    op.execute("DROP FUNCTION IF EXISTS conflicts_check()")
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
