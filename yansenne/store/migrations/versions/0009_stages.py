"""Stages: eligibility screening, scoring rounds, allocations, shortlists, consensus texts
and preliminary marks; every mark belongs to a stage.

Every edition gets one stage, `final` (scoring, open), and every mark it holds is moved
into it: an edition without stages reads exactly as before. A mark's key becomes
(stage, juror, project, criterion), so that a project scored in a first round and in
the final keeps both.

The rules a mark obeys grow with the stages and stay in the database, for every writer:
a mark lies in a scoring stage of its project's edition, on a project that reached the
stage (the previous stage's shortlist), by a juror of the stage's jury, and, where the
stage allocates readers, by one of the project's readers. A submission in the last stage
of an edition with stages keeps the marks as they stood as preliminary marks (a trigger,
so that a juror's own login, which cannot write that table, keeps them too).

SQLite: the scores table is rebuilt (nothing refers to it, so no cascade runs): the old
one renamed aside, the new one created under its name, the rows copied, the old one
dropped; its triggers and the conflicts trigger of 0001, which reads it, are dropped
first and made again with the new rules. PostgreSQL: the column and key are altered in place, the check
function of 0001 and the juror functions of 0008 are replaced (same signatures, so the
grants stand), and the juror logins may read the new tables, row-level security keeping
them to their own allocations and preliminary marks.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHECK = "check_violation"
DENIED = "insufficient_privilege"
ME = "yansenne_login_juror(session_user::text)"
NEW_READS = ("stages", "screenings", "allocations", "shortlists", "consensus_texts",
             "preliminary_marks")
# As 0003 does for the scores: a juror login sees only its own rows of these.
OWN_ROWS = ("allocations", "preliminary_marks")
JUROR = "(SELECT yansenne_login_juror(current_user::text))"
SECRETARIAT = "(SELECT yansenne_login_is_secretariat(current_user::text))"
POLICY = "yansenne_own_rows"

# Frozen copies of 0001's rules (a migration must not change when the program does),
# then the stages' own.
BASE_RULES = [
    ("score outside the scale of its criterion",
     "NOT EXISTS (SELECT 1 FROM criteria c WHERE c.id = NEW.criterion_id "
     "AND NEW.value >= c.min_value AND NEW.value <= c.max_value)"),
    ("score off the step of its criterion",
     "EXISTS (SELECT 1 FROM criteria c WHERE c.id = NEW.criterion_id AND "
     "abs((NEW.value - c.min_value) / c.step - round((NEW.value - c.min_value) / c.step)) > 1e-6)"),
    ("score of a juror in conflict with the project",
     "EXISTS (SELECT 1 FROM conflicts k WHERE k.juror_id = NEW.juror_id "
     "AND k.project_id = NEW.project_id)"),
    ("score across editions or categories",
     "NOT EXISTS (SELECT 1 FROM projects p JOIN jurors j ON j.edition_id = p.edition_id "
     "JOIN criteria c ON c.edition_id = p.edition_id WHERE p.id = NEW.project_id "
     "AND j.id = NEW.juror_id AND c.id = NEW.criterion_id "
     "AND (c.category_id IS NULL OR c.category_id = p.category_id))"),
    ("score of an observer",
     "EXISTS (SELECT 1 FROM jurors j WHERE j.id = NEW.juror_id AND j.role = 'observer')"),
    ("score in a locked edition",
     "EXISTS (SELECT 1 FROM projects p JOIN editions e ON e.id = p.edition_id "
     "WHERE p.id = NEW.project_id AND e.locked_at IS NOT NULL)"),
]
STAGE_RULES = [
    ("score outside a scoring stage of its edition",
     "NOT EXISTS (SELECT 1 FROM stages st JOIN projects p ON p.edition_id = st.edition_id "
     "WHERE st.id = NEW.stage_id AND p.id = NEW.project_id AND st.kind = 'scoring')"),
    ("score on a project that did not reach its stage",
     "EXISTS (SELECT 1 FROM stages st JOIN stages prev ON prev.edition_id = st.edition_id "
     "AND prev.position < st.position WHERE st.id = NEW.stage_id) "
     "AND NOT EXISTS (SELECT 1 FROM stages st JOIN stages prev "
     "ON prev.edition_id = st.edition_id JOIN shortlists sl ON sl.stage_id = prev.id "
     "WHERE st.id = NEW.stage_id AND sl.project_id = NEW.project_id "
     "AND prev.position = (SELECT max(p2.position) FROM stages p2 "
     "WHERE p2.edition_id = st.edition_id AND p2.position < st.position))"),
    ("score of a juror the stage did not allocate to the project",
     "EXISTS (SELECT 1 FROM stages st WHERE st.id = NEW.stage_id "
     "AND st.per_project IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM allocations a "
     "WHERE a.stage_id = NEW.stage_id AND a.juror_id = NEW.juror_id "
     "AND a.project_id = NEW.project_id)"),
]
OUTSIDE_JURY = "score of a juror outside the jury of its stage"
OUTSIDE_JURY_SQLITE = (
    "EXISTS (SELECT 1 FROM stages st, jurors j WHERE st.id = NEW.stage_id "
    "AND j.id = NEW.juror_id AND json_array_length(st.jurors) > 0 "
    "AND NOT EXISTS (SELECT 1 FROM json_each(st.jurors) x WHERE x.value = j.code))")
OUTSIDE_JURY_PG = (
    "EXISTS (SELECT 1 FROM stages st, jurors j WHERE st.id = NEW.stage_id "
    "AND j.id = NEW.juror_id AND json_array_length(st.jurors) > 0 "
    "AND NOT EXISTS (SELECT 1 FROM json_array_elements_text(st.jurors) x(code) "
    "WHERE x.code = j.code))")
CONFLICT_OVER_SCORES = (
    "EXISTS (SELECT 1 FROM scores s WHERE s.juror_id = NEW.juror_id "
    "AND s.project_id = NEW.project_id)")
LOCKED_DELETE = (
    "EXISTS (SELECT 1 FROM projects p JOIN editions e ON e.id = p.edition_id "
    "WHERE p.id = OLD.project_id AND e.locked_at IS NOT NULL)")
# The marks of a juror's category as they stand at their submission in the last stage of
# an edition with stages (kept once: a later submission after a reopening keeps the first).
PRELIMINARY_SELECT = (
    "SELECT s.stage_id, s.juror_id, s.project_id, s.criterion_id, s.value FROM scores s "
    "JOIN stages st ON st.id = s.stage_id JOIN projects p ON p.id = s.project_id "
    "WHERE s.juror_id = NEW.juror_id AND p.category_id = NEW.category_id "
    "AND st.state = 'open' AND st.position = (SELECT max(x.position) FROM stages x "
    "WHERE x.edition_id = st.edition_id) "
    "AND (SELECT count(*) FROM stages y WHERE y.edition_id = st.edition_id) > 1")


def _stage_columns() -> list[sa.Column]:
    return [
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete="CASCADE")


def _create_tables() -> None:
    op.create_table(
        "stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("edition_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_nl", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("jurors", sa.JSON(), server_default="[]", nullable=False),
        sa.Column("per_project", sa.Integer(), nullable=True),
        sa.Column("shortlist", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=20), server_default="", nullable=False),
        sa.Column("closes", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.CheckConstraint("kind IN ('screening', 'scoring')", name=op.f("ck_stages_kind")),
        sa.CheckConstraint("state IN ('pending', 'open', 'closed')",
                           name=op.f("ck_stages_state")),
        sa.CheckConstraint("per_project IS NULL OR per_project >= 1",
                           name=op.f("ck_stages_per_project")),
        sa.CheckConstraint("shortlist IS NULL OR shortlist >= 1",
                           name=op.f("ck_stages_shortlist")),
        _fk("stages", "edition_id", "editions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
        sa.UniqueConstraint("edition_id", "code", name="uq_stages_edition_code"),
        sa.UniqueConstraint("edition_id", "position", name="uq_stages_edition_position"),
    )
    op.create_index("uq_stages_edition_open", "stages", ["edition_id"], unique=True,
                    sqlite_where=sa.text("state = 'open'"),
                    postgresql_where=sa.text("state = 'open'"))
    op.create_table(
        "screenings",
        *_stage_columns(),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint("eligible OR reason <> ''", name=op.f("ck_screenings_reason")),
        _fk("screenings", "stage_id", "stages"),
        _fk("screenings", "project_id", "projects"),
        sa.PrimaryKeyConstraint("stage_id", "project_id", name=op.f("pk_screenings")),
    )
    op.create_table(
        "allocations",
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        _fk("allocations", "stage_id", "stages"),
        _fk("allocations", "juror_id", "jurors"),
        _fk("allocations", "project_id", "projects"),
        sa.PrimaryKeyConstraint("stage_id", "juror_id", "project_id",
                                name=op.f("pk_allocations")),
    )
    op.create_index(op.f("ix_allocations_project_id"), "allocations", ["project_id"])
    op.create_table(
        "shortlists",
        *_stage_columns(),
        _fk("shortlists", "stage_id", "stages"),
        _fk("shortlists", "project_id", "projects"),
        sa.PrimaryKeyConstraint("stage_id", "project_id", name=op.f("pk_shortlists")),
    )
    op.create_table(
        "consensus_texts",
        *_stage_columns(),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("text_fr", sa.Text(), nullable=False),
        sa.Column("text_nl", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('consensus', 'majority', 'minority')",
                           name=op.f("ck_consensus_texts_kind")),
        _fk("consensus_texts", "stage_id", "stages"),
        _fk("consensus_texts", "project_id", "projects"),
        sa.PrimaryKeyConstraint("stage_id", "project_id", "kind",
                                name=op.f("pk_consensus_texts")),
    )
    op.create_table(
        "preliminary_marks",
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        _fk("preliminary_marks", "stage_id", "stages"),
        _fk("preliminary_marks", "juror_id", "jurors"),
        _fk("preliminary_marks", "project_id", "projects"),
        _fk("preliminary_marks", "criterion_id", "criteria"),
        sa.PrimaryKeyConstraint("stage_id", "juror_id", "project_id", "criterion_id",
                                name=op.f("pk_preliminary_marks")),
    )


def _final_stages() -> None:
    """Every edition's one stage: where its marks were all along."""
    op.execute(
        "INSERT INTO stages (edition_id, code, kind, name_fr, name_nl, name_en, position, "
        "jurors, per_project, shortlist, method, closes, state) SELECT id, 'final', "
        "'scoring', 'Évaluation', 'Beoordeling', 'Evaluation', 0, '[]', NULL, NULL, '', "
        "NULL, 'open' FROM editions")


def _scores_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_scores_revision")),
        _fk("scores", "criterion_id", "criteria"),
        _fk("scores", "juror_id", "jurors"),
        _fk("scores", "project_id", "projects"),
        _fk("scores", "stage_id", "stages"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scores")),
        sa.UniqueConstraint("stage_id", "juror_id", "project_id", "criterion_id",
                            name="uq_scores_cell"),
    )


SQLITE_TRIGGERS = ("scores_check_insert", "scores_check_update", "scores_check_delete",
                   "conflicts_check_insert")


def _sqlite_upgrade() -> None:
    for name in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # The old table steps aside and the new one is made under its own name, so that its
    # definition reads as a new database's does (a package is checked against that).
    op.execute("ALTER TABLE scores RENAME TO scores_0008")
    _scores_table("scores")
    op.execute(
        "INSERT INTO scores (id, stage_id, juror_id, project_id, criterion_id, value, "
        "comment, revision, updated_at, updated_by) SELECT s.id, st.id, s.juror_id, "
        "s.project_id, s.criterion_id, s.value, s.comment, s.revision, s.updated_at, "
        "s.updated_by FROM scores_0008 s JOIN projects p ON p.id = s.project_id "
        "JOIN stages st ON st.edition_id = p.edition_id AND st.code = 'final'")
    op.execute("DROP TABLE scores_0008")
    op.create_index("ix_scores_project", "scores", ["project_id"])
    op.create_index("ix_scores_juror", "scores", ["juror_id"])
    rules = [*BASE_RULES, *STAGE_RULES, (OUTSIDE_JURY, OUTSIDE_JURY_SQLITE)]
    checks = "\n".join(f"  SELECT RAISE(ABORT, '{message}') WHERE {condition};"
                       for message, condition in rules)
    for event in ("INSERT", "UPDATE"):
        op.execute(f"CREATE TRIGGER scores_check_{event.lower()} BEFORE {event} ON scores\n"
                   f"BEGIN\n{checks}\nEND")
    op.execute(
        "CREATE TRIGGER scores_check_delete BEFORE DELETE ON scores\n"
        f"BEGIN SELECT RAISE(ABORT, 'score in a locked edition') WHERE {LOCKED_DELETE}; END")
    op.execute(
        "CREATE TRIGGER conflicts_check_insert BEFORE INSERT ON conflicts\n"
        "BEGIN SELECT RAISE(ABORT, 'conflict over a pair that has scores') "
        f"WHERE {CONFLICT_OVER_SCORES}; END")
    op.execute(
        "CREATE TRIGGER assignments_preliminary AFTER UPDATE OF submitted_at ON assignments "
        "WHEN OLD.submitted_at IS NULL AND NEW.submitted_at IS NOT NULL\n"
        f"BEGIN INSERT OR IGNORE INTO preliminary_marks {PRELIMINARY_SELECT}; END")


def upgrade() -> None:
    _create_tables()
    _final_stages()
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
        return
    _postgres_upgrade()


# -- PostgreSQL ------------------------------------------------------------------------
def _postgres_upgrade() -> None:
    op.add_column("scores", sa.Column("stage_id", sa.Integer(), nullable=True))
    op.execute("UPDATE scores s SET stage_id = st.id FROM projects p, stages st "
               "WHERE p.id = s.project_id AND st.edition_id = p.edition_id "
               "AND st.code = 'final'")
    op.alter_column("scores", "stage_id", nullable=False)
    op.create_foreign_key(op.f("fk_scores_stage_id_stages"), "scores", "stages",
                          ["stage_id"], ["id"], ondelete="CASCADE")
    op.drop_constraint("uq_scores_cell", "scores", type_="unique")
    op.create_unique_constraint("uq_scores_cell", "scores",
                                ["stage_id", "juror_id", "project_id", "criterion_id"])
    op.create_index("ix_scores_juror", "scores", ["juror_id"])
    rules = [*BASE_RULES, *STAGE_RULES, (OUTSIDE_JURY, OUTSIDE_JURY_PG)]
    checks = "\n".join(
        f"  IF {condition} THEN RAISE EXCEPTION '{message}' USING ERRCODE = '{CHECK}'; END IF;"
        for message, condition in rules)
    op.execute(
        "CREATE OR REPLACE FUNCTION scores_check() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n  IF TG_OP = 'DELETE' THEN\n    IF {LOCKED_DELETE} THEN "
        f"RAISE EXCEPTION 'score in a locked edition' USING ERRCODE = '{CHECK}'; END IF;\n"
        "    RETURN OLD;\n  END IF;\n"
        f"{checks}\n  RETURN NEW;\nEND $$")
    schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    definer = (f"SECURITY DEFINER SET search_path = {schema}, pg_temp "
               "SET extra_float_digits = 1")
    fixed = f"SET search_path = {schema}, pg_temp SET extra_float_digits = 1"
    for statement in (_open_stage(fixed), _reads(fixed), _juror_check(fixed),
                      _set_mark(definer), _submit(definer), _preliminary(definer)):
        op.execute(statement)
    op.execute("REVOKE ALL ON FUNCTION yansenne_open_stage(integer) FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION yansenne_stage_reads(integer, integer, integer) "
               "FROM PUBLIC")
    op.execute("REVOKE ALL ON FUNCTION yansenne_assignments_preliminary() FROM PUBLIC")
    op.execute(
        "CREATE TRIGGER assignments_preliminary AFTER UPDATE OF submitted_at ON assignments "
        "FOR EACH ROW WHEN (OLD.submitted_at IS NULL AND NEW.submitted_at IS NOT NULL) "
        "EXECUTE FUNCTION yansenne_assignments_preliminary()")
    for table in OWN_ROWS:  # a juror login reads only its own readings and marks
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {POLICY} ON {table} USING (juror_id = {JUROR} "
                   f"OR {SECRETARIAT})")
    for role in _juror_roles():
        for table in NEW_READS:
            op.execute(f"GRANT SELECT ON {table} TO {role}")


def _juror_roles() -> list[str]:
    return [row[0] for row in op.get_bind().exec_driver_sql(
        "SELECT quote_ident(l.role_name) FROM logins l JOIN pg_roles r "
        "ON r.rolname = l.role_name WHERE l.kind = 'juror' ORDER BY l.role_name")]


def _open_stage(fixed: str) -> str:
    return (
        "CREATE FUNCTION yansenne_open_stage(edition integer) RETURNS integer "
        f"LANGUAGE sql STABLE {fixed} AS $$ SELECT id FROM stages "
        "WHERE edition_id = edition AND state = 'open' $$")


def _reads(fixed: str) -> str:
    """Whether a juror reads a project in a stage: the stage's jury, the shortlist that
    brought the project there, the allocation where there is one (the trigger's rules)."""
    jury, stage_rules = OUTSIDE_JURY_PG, STAGE_RULES
    conditions = " AND ".join(
        f"NOT ({condition})" for _message, condition in (*stage_rules, ("", jury)))
    conditions = (conditions.replace("NEW.stage_id", "stage").replace("NEW.juror_id", "juror")
                  .replace("NEW.project_id", "project"))
    return (
        "CREATE FUNCTION yansenne_stage_reads(stage integer, juror integer, project integer) "
        f"RETURNS boolean LANGUAGE sql STABLE {fixed} AS $$ SELECT {conditions} $$")


def _juror_check(fixed: str) -> str:
    return (
        "CREATE OR REPLACE FUNCTION yansenne_juror_check(juror integer, project integer, "
        f"what text) RETURNS integer LANGUAGE plpgsql {fixed} AS $$\n"
        "DECLARE v_role text; v_category integer; v_locked timestamp; v_submitted timestamp; "
        "v_edition integer; v_stage integer;\n"
        "BEGIN\n"
        "  SELECT role INTO v_role FROM jurors WHERE id = juror;\n"
        "  IF NOT FOUND THEN RAISE EXCEPTION '% of an unknown juror', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF v_role = 'observer' THEN RAISE EXCEPTION '% of an observer', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  SELECT p.category_id, e.locked_at, e.id INTO v_category, v_locked, v_edition "
        "FROM projects p JOIN editions e ON e.id = p.edition_id "
        "JOIN jurors j ON j.edition_id = p.edition_id "
        "WHERE p.id = project AND j.id = juror FOR SHARE OF e;\n"
        "  IF NOT FOUND THEN RAISE EXCEPTION '% across editions or categories', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF v_locked IS NOT NULL THEN RAISE EXCEPTION '% in a locked edition', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  SELECT submitted_at INTO v_submitted FROM assignments "
        "WHERE juror_id = juror AND category_id = v_category FOR SHARE;\n"
        "  IF NOT FOUND THEN RAISE EXCEPTION '% outside the juror''s assigned categories', "
        f"what USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF v_submitted IS NOT NULL THEN RAISE EXCEPTION "
        "'% in a category the juror has submitted', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF EXISTS (SELECT 1 FROM conflicts k WHERE k.juror_id = juror "
        "AND k.project_id = project) THEN RAISE EXCEPTION "
        f"'% of a juror in conflict with the project', what USING ERRCODE = '{CHECK}'; "
        "END IF;\n"
        "  v_stage := yansenne_open_stage(v_edition);\n"
        "  IF v_stage IS NULL OR NOT yansenne_stage_reads(v_stage, juror, project) THEN "
        "RAISE EXCEPTION '% outside the juror''s projects of the open stage', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  RETURN v_category;\n"
        "END $$")


def _set_mark(definer: str) -> str:
    return (
        "CREATE OR REPLACE FUNCTION yansenne_juror_set_mark(project integer, "
        "criterion integer, mark double precision, note text) RETURNS TABLE (change text, "
        "mark_id integer, mark_value double precision, mark_comment text, "
        f"mark_revision integer) LANGUAGE plpgsql VOLATILE {definer} AS $$\n"
        "DECLARE me integer; v_category integer; v_year integer; v_key text; "
        "v_old scores%ROWTYPE; v_new scores%ROWTYPE; v_comment text; v_stage integer;\n"
        "BEGIN\n"
        f"  me := {ME};\n"
        "  IF me IS NULL THEN RAISE EXCEPTION 'only a juror''s login writes through this "
        f"function' USING ERRCODE = '{DENIED}'; END IF;\n"
        "  v_category := yansenne_juror_check(me, project, 'score');\n"
        "  v_stage := yansenne_open_stage((SELECT edition_id FROM projects WHERE id = project));\n"
        "  IF NOT EXISTS (SELECT 1 FROM criteria c JOIN jurors j ON j.edition_id = c.edition_id "
        "WHERE c.id = criterion AND j.id = me AND (c.category_id IS NULL "
        "OR c.category_id = v_category)) THEN RAISE EXCEPTION "
        f"'score across editions or categories' USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF mark IS NOT NULL AND NOT EXISTS (SELECT 1 FROM criteria c WHERE c.id = criterion "
        "AND mod(mark::numeric - c.min_value::numeric, c.step::numeric) = 0) THEN "
        "RAISE EXCEPTION 'score % is not on its criterion''s step', mark "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  mark := mark::numeric::double precision;\n"
        "  SELECT e.year, j.code || '/' || p.code || '/' || c.code INTO v_year, v_key "
        "FROM jurors j JOIN editions e ON e.id = j.edition_id, projects p, criteria c "
        "WHERE j.id = me AND p.id = project AND c.id = criterion;\n"
        "  SELECT * INTO v_old FROM scores s WHERE s.stage_id = v_stage AND s.juror_id = me "
        "AND s.project_id = project AND s.criterion_id = criterion FOR UPDATE;\n"
        "  IF mark IS NULL THEN\n"
        "    IF NOT FOUND THEN RETURN QUERY SELECT 'unchanged', NULL::integer, "
        "NULL::double precision, NULL::text, NULL::integer; RETURN; END IF;\n"
        "    DELETE FROM scores WHERE id = v_old.id;\n"
        "    INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
        "details) VALUES (yansenne_utc_now(), yansenne_juror_code(me), 'score.clear', v_year, "
        "'score', v_key, '{\"before\": ' || yansenne_json_number(v_old.value) "
        "|| ', \"revision\": ' || v_old.revision || '}');\n"
        "    RETURN QUERY SELECT 'cleared', v_old.id, NULL::double precision, NULL::text, "
        "NULL::integer; RETURN;\n"
        "  END IF;\n"
        "  IF NOT FOUND THEN\n"
        "    INSERT INTO scores (stage_id, juror_id, project_id, criterion_id, value, comment) "
        "VALUES (v_stage, me, project, criterion, mark, coalesce(note, '')) "
        "RETURNING * INTO v_new;\n"
        "    INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
        "details) VALUES (yansenne_utc_now(), yansenne_juror_code(me), 'score.set', v_year, "
        "'score', v_key, '{\"after\": ' || yansenne_json_number(mark) || ', \"comment\": ' "
        "|| yansenne_json_text(v_new.comment) || ', \"revision\": 1}');\n"
        "    RETURN QUERY SELECT 'added', v_new.id, v_new.value, v_new.comment, "
        "v_new.revision; RETURN;\n"
        "  END IF;\n"
        "  v_comment := coalesce(note, v_old.comment);\n"
        "  IF v_old.value = mark AND v_old.comment = v_comment THEN\n"
        "    RETURN QUERY SELECT 'unchanged', v_old.id, v_old.value, v_old.comment, "
        "v_old.revision; RETURN;\n"
        "  END IF;\n"
        "  UPDATE scores SET value = mark, comment = v_comment WHERE id = v_old.id "
        "RETURNING * INTO v_new;\n"
        "  INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
        "details) VALUES (yansenne_utc_now(), yansenne_juror_code(me), 'score.set', v_year, "
        "'score', v_key, '{\"after\": ' || yansenne_json_number(mark) || ', \"before\": ' "
        "|| yansenne_json_number(v_old.value) || ', \"comment\": ' "
        "|| yansenne_json_text(v_comment) || ', \"revision\": ' || v_new.revision || '}');\n"
        "  RETURN QUERY SELECT 'changed', v_new.id, v_new.value, v_new.comment, "
        "v_new.revision;\n"
        "END $$")


def _submit(definer: str) -> str:
    return (
        "CREATE OR REPLACE FUNCTION yansenne_juror_submit() RETURNS TABLE "
        "(submitted_category text, submitted_on timestamp, missing_marks integer) "
        f"LANGUAGE plpgsql VOLATILE {definer} AS $$\n"
        "DECLARE me integer; v_edition integer; v_year integer; v_locked timestamp; "
        "v_role text; v_at timestamp; v_code text; v_count integer := 0; v_missing integer; "
        "v_category record; v_stage integer;\n"
        "BEGIN\n"
        f"  me := {ME};\n"
        "  IF me IS NULL THEN RAISE EXCEPTION 'only a juror''s login writes through this "
        f"function' USING ERRCODE = '{DENIED}'; END IF;\n"
        "  SELECT j.edition_id, j.role, e.year, e.locked_at INTO v_edition, v_role, v_year, "
        "v_locked FROM jurors j JOIN editions e ON e.id = j.edition_id WHERE j.id = me "
        "FOR SHARE OF e;\n"
        "  IF v_role = 'observer' THEN RAISE EXCEPTION 'submission of an observer' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF v_locked IS NOT NULL THEN RAISE EXCEPTION 'submission in a locked edition' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  v_stage := yansenne_open_stage(v_edition);\n"
        "  v_code := yansenne_juror_code(me);\n"
        "  v_at := now() AT TIME ZONE 'UTC';\n"
        "  FOR v_category IN SELECT c.id, c.code FROM assignments a JOIN categories c "
        "ON c.id = a.category_id WHERE a.juror_id = me AND a.submitted_at IS NULL "
        "ORDER BY c.position, c.code FOR UPDATE OF a LOOP\n"
        "    SELECT count(*) INTO v_missing FROM projects p JOIN criteria c "
        "ON c.edition_id = v_edition AND (c.category_id IS NULL OR c.category_id = p.category_id) "
        "WHERE p.category_id = v_category.id AND v_stage IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.juror_id = me AND k.project_id = p.id) "
        "AND yansenne_stage_reads(v_stage, me, p.id) "
        "AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.stage_id = v_stage "
        "AND s.juror_id = me AND s.project_id = p.id AND s.criterion_id = c.id);\n"
        "    UPDATE assignments a SET submitted_at = v_at WHERE a.juror_id = me "
        "AND a.category_id = v_category.id;\n"
        "    INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
        "details) VALUES (v_at, v_code, 'scores.submit', v_year, 'assignment', "
        "v_code || '/' || v_category.code, CASE WHEN v_missing > 0 THEN "
        "'{\"missing\": ' || v_missing || '}' ELSE '' END);\n"
        "    v_count := v_count + 1;\n"
        "    submitted_category := v_category.code; submitted_on := v_at; "
        "missing_marks := v_missing;\n"
        "    RETURN NEXT;\n"
        "  END LOOP;\n"
        "  IF v_count = 0 THEN RAISE EXCEPTION 'nothing left to submit' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "END $$")


def _preliminary(definer: str) -> str:
    return (
        "CREATE FUNCTION yansenne_assignments_preliminary() RETURNS trigger "
        f"LANGUAGE plpgsql {definer} AS $$\nBEGIN\n"
        f"  INSERT INTO preliminary_marks {PRELIMINARY_SELECT} ON CONFLICT DO NOTHING;\n"
        "  RETURN NEW;\nEND $$")


# -- downgrade ---------------------------------------------------------------------------
def downgrade() -> None:
    """Back to one mark per juror, project and criterion: refused while an edition has
    more than one stage (its earlier rounds' marks would be lost)."""
    bind = op.get_bind()
    several = bind.exec_driver_sql(
        "SELECT count(*) FROM stages GROUP BY edition_id HAVING count(*) > 1").first()
    if several is not None:
        raise RuntimeError("an edition has several stages: a downgrade would lose its marks")
    if bind.dialect.name == "sqlite":
        _sqlite_downgrade()
    else:
        _postgres_downgrade()
    op.drop_index("uq_stages_edition_open", table_name="stages")
    for table in ("preliminary_marks", "consensus_texts", "shortlists", "allocations",
                  "screenings", "stages"):
        op.drop_table(table)


def _sqlite_downgrade() -> None:
    for name in (*SQLITE_TRIGGERS, "assignments_preliminary"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("ALTER TABLE scores RENAME TO scores_0009")
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
        _fk("scores", "criterion_id", "criteria"),
        _fk("scores", "juror_id", "jurors"),
        _fk("scores", "project_id", "projects"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scores")),
        sa.UniqueConstraint("juror_id", "project_id", "criterion_id", name="uq_scores_cell"),
    )
    op.execute("INSERT INTO scores SELECT id, juror_id, project_id, criterion_id, value, "
               "comment, revision, updated_at, updated_by FROM scores_0009")
    op.execute("DROP TABLE scores_0009")
    op.create_index("ix_scores_project", "scores", ["project_id"])
    checks = "\n".join(f"  SELECT RAISE(ABORT, '{message}') WHERE {condition};"
                       for message, condition in BASE_RULES)
    for event in ("INSERT", "UPDATE"):
        op.execute(f"CREATE TRIGGER scores_check_{event.lower()} BEFORE {event} ON scores\n"
                   f"BEGIN\n{checks}\nEND")
    op.execute(
        "CREATE TRIGGER scores_check_delete BEFORE DELETE ON scores\n"
        f"BEGIN SELECT RAISE(ABORT, 'score in a locked edition') WHERE {LOCKED_DELETE}; END")
    op.execute(
        "CREATE TRIGGER conflicts_check_insert BEFORE INSERT ON conflicts\n"
        "BEGIN SELECT RAISE(ABORT, 'conflict over a pair that has scores') "
        f"WHERE {CONFLICT_OVER_SCORES}; END")


def _postgres_downgrade() -> None:
    """The functions of 0008 come back from 0008's own text."""
    import importlib.util
    from pathlib import Path

    op.execute("DROP TRIGGER IF EXISTS assignments_preliminary ON assignments")
    op.execute("DROP FUNCTION IF EXISTS yansenne_assignments_preliminary()")
    checks = "\n".join(
        f"  IF {condition} THEN RAISE EXCEPTION '{message}' USING ERRCODE = '{CHECK}'; END IF;"
        for message, condition in BASE_RULES)
    op.execute(
        "CREATE OR REPLACE FUNCTION scores_check() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n  IF TG_OP = 'DELETE' THEN\n    IF {LOCKED_DELETE} THEN "
        f"RAISE EXCEPTION 'score in a locked edition' USING ERRCODE = '{CHECK}'; END IF;\n"
        "    RETURN OLD;\n  END IF;\n"
        f"{checks}\n  RETURN NEW;\nEND $$")
    path = Path(__file__).with_name("0008_juror_writes_through_functions.py")
    spec = importlib.util.spec_from_file_location("yansenne_migration_0008", path)
    assert spec is not None and spec.loader is not None
    m0008 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0008)
    schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    for statement in m0008._functions(schema):  # the same signatures: the grants stand
        op.execute(statement.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    op.execute("DROP FUNCTION IF EXISTS yansenne_stage_reads(integer, integer, integer)")
    op.execute("DROP FUNCTION IF EXISTS yansenne_open_stage(integer)")
    op.drop_index("ix_scores_juror", table_name="scores")
    op.drop_constraint("uq_scores_cell", "scores", type_="unique")
    op.create_unique_constraint("uq_scores_cell", "scores",
                                ["juror_id", "project_id", "criterion_id"])
    op.drop_constraint(op.f("fk_scores_stage_id_stages"), "scores", type_="foreignkey")
    op.drop_column("scores", "stage_id")
