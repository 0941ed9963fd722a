"""A juror's login writes only through the database's own functions (PostgreSQL).

Until 0007 a juror's login held INSERT, UPDATE and DELETE on its scores and notes,
UPDATE on its assignments' `submitted_at` and INSERT on the audit log: from psql, a
juror could write audit entries in anyone's name, take back a submission, change
marks after submitting, rewrite a mark's revision or author without a trace, score
outside its categories, and (UPDATE being enough for it) `LOCK TABLE scores IN ACCESS
EXCLUSIVE MODE`, which froze everyone else.

From 0008 a juror's login reads, and writes only by calling three SECURITY DEFINER
functions, owned by whoever runs the migrations, with a fixed search_path and
EXECUTE taken from PUBLIC:

- `yansenne_juror_set_mark(project, criterion, value, comment)`: sets a mark (a NULL
  value clears it; a NULL comment keeps the mark's comment), audited `score.set` or
  `score.clear`;
- `yansenne_juror_set_note(project, text)`: sets or (blank) removes the juror's note
  on a project, audited `note.set` or `note.clear`;
- `yansenne_juror_submit()`: submits every category of the juror still open, audited
  `scores.submit`; there is no function that takes a submission back.

Each works out the juror from the session's login (`logins`), never from an argument,
and checks the project's edition, the edition's lock, the assignment (read FOR SHARE,
so that a submission and a mark cannot cross), the submission and the conflicts. The
audit entries they write carry the juror's code and the server's clock.

Guard triggers repeat the rules for any write made in a juror's session, whatever
path it takes (the functions' own writes included): a mark or note only of the
juror's own, only in an assigned, open category of an unlocked edition; a mark's
revision, `updated_at` and `updated_by` written by the trigger alone (a writer that
sets them is refused); an assignment only ever submitted, never reopened; an audit
entry's actor and time set by the database. Sessions of the secretariat are not
concerned (the table owner could drop any trigger anyway).

The juror logins already registered lose their old write grants and receive SELECT
and EXECUTE only, and the timeouts that every juror role carries from now on
(`ALTER ROLE ... SET`; the migration skips, with a warning, a role it has no right
to alter). SQLite has no logins: there, this migration does nothing.

The downgrade drops the functions and triggers and gives the juror logins their
grants of 0007 back.

Revision ID: 0008
Revises: 0007
"""

import warnings

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# A frozen copy of what yansenne.store.postgres grants (a migration must not change
# when the program does).
JUROR_READS = ("alembic_version", "editions", "categories", "criteria", "projects", "jurors",
               "assignments", "conflicts", "logins", "scores", "project_notes")
JUROR_FUNCTIONS = (
    "yansenne_juror_set_mark(integer, integer, double precision, text)",
    "yansenne_juror_set_note(integer, text)",
    "yansenne_juror_submit()",
)
HELPERS = (
    "yansenne_json_number(double precision)",
    "yansenne_json_text(text)",
    "yansenne_juror_check(integer, integer, text)",
    "yansenne_juror_code(integer)",
    "yansenne_utc_now()",
)
JUROR_TIMEOUTS = {"lock_timeout": "5s", "statement_timeout": "30s",
                  "idle_in_transaction_session_timeout": "60s"}
# (table, trigger, function, events)
GUARDS = (
    ("scores", "scores_juror_guard", "yansenne_scores_juror_guard",
     "INSERT OR UPDATE OR DELETE"),
    ("project_notes", "project_notes_juror_guard", "yansenne_project_notes_juror_guard",
     "INSERT OR UPDATE OR DELETE"),
    ("assignments", "assignments_juror_guard", "yansenne_assignments_juror_guard",
     "INSERT OR UPDATE OR DELETE"),
    ("audit_log", "audit_log_juror_author", "yansenne_audit_log_juror_author", "INSERT"),
)
CHECK = "check_violation"  # a broken rule, as in 0001 (SQLSTATE 23514)
DENIED = "insufficient_privilege"  # 42501
ME = "yansenne_login_juror(session_user::text)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    for statement in _functions(schema):
        op.execute(statement)
    for table, trigger, function, events in GUARDS:
        op.execute(f"CREATE TRIGGER {trigger} BEFORE {events} ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")
    for signature in (*JUROR_FUNCTIONS, *HELPERS):
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    for role in _juror_roles():
        _least_privilege(role)
    _no_creation_in_schema(schema)


def _no_creation_in_schema(schema: str) -> None:
    """Nobody but the owner creates objects in the schema: an operator or function a
    juror could define there would otherwise be found by the definer functions."""
    op.execute(
        "DO $$ BEGIN "
        f"EXECUTE 'REVOKE CREATE ON SCHEMA ' || {_literal(schema)} || ' FROM PUBLIC'; "
        "EXCEPTION WHEN insufficient_privilege THEN RAISE WARNING "
        "'only the schema''s owner can take CREATE away from PUBLIC; do it as that owner'; "
        "END $$")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    roles = _juror_roles()
    for table, trigger, _function, _events in GUARDS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    for _table, _trigger, function, _events in GUARDS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    for signature in (*JUROR_FUNCTIONS, *HELPERS):
        op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    for role in roles:
        _grants_of_0007(role)


# -- the logins already registered -------------------------------------------------------
def _juror_roles() -> list[str]:
    """The juror logins of this database whose role exists, quoted for statements."""
    return [row[0] for row in op.get_bind().exec_driver_sql(
        "SELECT quote_ident(l.role_name) FROM logins l JOIN pg_roles r "
        "ON r.rolname = l.role_name WHERE l.kind = 'juror' ORDER BY l.role_name")]


def _schema() -> str:
    return op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()


def _least_privilege(role: str) -> None:
    schema = _schema()
    op.execute(f"REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA {schema} FROM {role}")
    op.execute(f"REVOKE ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}")
    for table in JUROR_READS:
        op.execute(f"GRANT SELECT ON {table} TO {role}")
    op.execute(f"GRANT SELECT (id) ON audit_log TO {role}")
    for signature in JUROR_FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {role}")
    _alter_role(role, [f"SET {name} = '{value}'" for name, value in JUROR_TIMEOUTS.items()])


def _grants_of_0007(role: str) -> None:
    bind = op.get_bind()
    for table in ("scores", "project_notes"):
        op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {role}")
    op.execute(f"GRANT UPDATE (submitted_at) ON assignments TO {role}")
    op.execute(f"GRANT INSERT ON audit_log TO {role}")
    for table in ("scores", "audit_log"):
        sequence = bind.exec_driver_sql("SELECT pg_get_serial_sequence(%s, 'id')",
                                        (table,)).scalar()
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {role}")
    _alter_role(role, [f"RESET {name}" for name in JUROR_TIMEOUTS])


def _alter_role(role: str, changes: list[str]) -> None:
    """ALTER ROLE needs CREATEROLE: without it, the role keeps its settings (warned)."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            for change in changes:
                bind.exec_driver_sql(f"ALTER ROLE {role} {change}")
    except Exception as error:  # noqa: BLE001 -- the grants matter; the settings can wait
        if getattr(getattr(error, "orig", None), "sqlstate", None) != "42501":
            raise
        warnings.warn(f"the timeouts of login {role} were not changed: this user may not "
                      "alter roles (CREATEROLE); run the upgrade as one that may",
                      stacklevel=1)


# -- the functions ---------------------------------------------------------------------
def _functions(schema: str) -> list[str]:
    # extra_float_digits fixed too: a caller's SET must not change how a mark is audited.
    definer = (f"SECURITY DEFINER SET search_path = {schema}, pg_temp "
               "SET extra_float_digits = 1")
    fixed = f"SET search_path = {schema}, pg_temp SET extra_float_digits = 1"
    return [
        # The audit log's details as audit.details_json writes them (keys sorted, floats
        # with their decimal point, UTF-8 kept): one format whoever wrote the entry.
        "CREATE FUNCTION yansenne_json_number(v double precision) RETURNS text "
        f"LANGUAGE sql IMMUTABLE {fixed} AS $$ SELECT CASE WHEN v IS NULL THEN 'null' "
        "WHEN v = trunc(v) AND abs(v) < 1e16 THEN trunc(v)::numeric::text || '.0' "
        "ELSE v::text END $$",
        "CREATE FUNCTION yansenne_json_text(v text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE {fixed} AS $$ SELECT to_json(v)::text $$",
        "CREATE FUNCTION yansenne_utc_now() RETURNS timestamp "
        f"LANGUAGE sql VOLATILE {fixed} AS $$ SELECT clock_timestamp() AT TIME ZONE 'UTC' $$",
        "CREATE FUNCTION yansenne_juror_code(juror integer) RETURNS text "
        f"LANGUAGE sql STABLE {fixed} AS $$ SELECT code FROM jurors WHERE id = juror $$",
        # The rules of a juror's write on a project, in one place; returns its category.
        "CREATE FUNCTION yansenne_juror_check(juror integer, project integer, what text) "
        f"RETURNS integer LANGUAGE plpgsql {fixed} AS $$\n"
        "DECLARE v_role text; v_category integer; v_locked timestamp; v_submitted timestamp;\n"
        "BEGIN\n"
        "  SELECT role INTO v_role FROM jurors WHERE id = juror;\n"
        "  IF NOT FOUND THEN RAISE EXCEPTION '% of an unknown juror', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF v_role = 'observer' THEN RAISE EXCEPTION '% of an observer', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  SELECT p.category_id, e.locked_at INTO v_category, v_locked FROM projects p "
        "JOIN editions e ON e.id = p.edition_id JOIN jurors j ON j.edition_id = p.edition_id "
        # FOR SHARE OF e: a lock of the edition waits for this write, or this write
        # for the lock (and then sees it).
        "WHERE p.id = project AND j.id = juror FOR SHARE OF e;\n"
        "  IF NOT FOUND THEN RAISE EXCEPTION '% across editions or categories', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF v_locked IS NOT NULL THEN RAISE EXCEPTION '% in a locked edition', what "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        # FOR SHARE: a submission of this category waits for this write, or this write
        # for the submission (and then sees it).
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
        "  RETURN v_category;\n"
        "END $$",
        _set_mark(definer),
        _set_note(definer),
        _submit(definer),
        # The guards run as the owner too: whoever fires them (a juror's own statement,
        # were it ever granted), they read what they check and call the helpers.
        _scores_guard(definer),
        _notes_guard(definer),
        _assignments_guard(definer),
        "CREATE FUNCTION yansenne_audit_log_juror_author() RETURNS trigger "
        f"LANGUAGE plpgsql {definer} AS $$\n"
        f"DECLARE me integer := {ME};\n"
        "BEGIN\n"
        "  IF me IS NOT NULL THEN\n"
        "    NEW.actor := yansenne_juror_code(me);\n"
        "    NEW.at := yansenne_utc_now();\n"
        "  END IF;\n"
        "  RETURN NEW;\n"
        "END $$",
    ]


def _own_juror() -> str:
    """The start of every juror function: who is calling, from the login alone."""
    return (
        f"  me := {ME};\n"
        "  IF me IS NULL THEN RAISE EXCEPTION 'only a juror''s login writes through this "
        f"function' USING ERRCODE = '{DENIED}'; END IF;\n"
    )


def _set_mark(definer: str) -> str:
    return (
        "CREATE FUNCTION yansenne_juror_set_mark(project integer, criterion integer, "
        "mark double precision, note text) RETURNS TABLE (change text, mark_id integer, "
        "mark_value double precision, mark_comment text, mark_revision integer) "
        f"LANGUAGE plpgsql VOLATILE {definer} AS $$\n"
        "DECLARE me integer; v_category integer; v_year integer; v_key text; "
        "v_old scores%ROWTYPE; v_new scores%ROWTYPE; v_comment text;\n"
        "BEGIN\n"
        + _own_juror() +
        "  v_category := yansenne_juror_check(me, project, 'score');\n"
        "  IF NOT EXISTS (SELECT 1 FROM criteria c JOIN jurors j ON j.edition_id = c.edition_id "
        "WHERE c.id = criterion AND j.id = me AND (c.category_id IS NULL "
        "OR c.category_id = v_category)) THEN RAISE EXCEPTION "
        f"'score across editions or categories' USING ERRCODE = '{CHECK}'; END IF;\n"
        # The program's rule, exactly: a mark read at 15 significant digits (what a
        # float8 becomes as numeric) lies on a whole step from the scale's minimum.
        "  IF mark IS NOT NULL AND NOT EXISTS (SELECT 1 FROM criteria c WHERE c.id = criterion "
        "AND mod(mark::numeric - c.min_value::numeric, c.step::numeric) = 0) THEN "
        "RAISE EXCEPTION 'score % is not on its criterion''s step', mark "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  mark := mark::numeric::double precision;  -- stored as the program stores it\n"
        "  SELECT e.year, j.code || '/' || p.code || '/' || c.code INTO v_year, v_key "
        "FROM jurors j JOIN editions e ON e.id = j.edition_id, projects p, criteria c "
        "WHERE j.id = me AND p.id = project AND c.id = criterion;\n"
        "  SELECT * INTO v_old FROM scores s WHERE s.juror_id = me AND s.project_id = project "
        "AND s.criterion_id = criterion FOR UPDATE;\n"
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
        "    INSERT INTO scores (juror_id, project_id, criterion_id, value, comment) "
        "VALUES (me, project, criterion, mark, coalesce(note, '')) RETURNING * INTO v_new;\n"
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
        "END $$"
    )


def _set_note(definer: str) -> str:
    return (
        "CREATE FUNCTION yansenne_juror_set_note(project integer, note text) RETURNS text "
        f"LANGUAGE plpgsql VOLATILE {definer} AS $$\n"
        "DECLARE me integer; v_year integer; v_key text; v_before text; v_text text;\n"
        "BEGIN\n"
        + _own_juror() +
        "  PERFORM yansenne_juror_check(me, project, 'note');\n"
        "  v_text := coalesce(note, '');\n"
        "  SELECT e.year, j.code || '/' || p.code INTO v_year, v_key FROM jurors j "
        "JOIN editions e ON e.id = j.edition_id, projects p WHERE j.id = me AND p.id = project;\n"
        "  SELECT comment INTO v_before FROM project_notes n WHERE n.juror_id = me "
        "AND n.project_id = project FOR UPDATE;\n"
        "  IF coalesce(v_before, '') = v_text THEN RETURN 'unchanged'; END IF;\n"
        "  IF v_text = '' THEN\n"
        "    DELETE FROM project_notes n WHERE n.juror_id = me AND n.project_id = project;\n"
        "    INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
        "details) VALUES (yansenne_utc_now(), yansenne_juror_code(me), 'note.clear', v_year, "
        "'project_note', v_key, '{\"before\": ' || yansenne_json_text(v_before) || '}');\n"
        "    RETURN 'cleared';\n"
        "  END IF;\n"
        "  IF v_before IS NULL THEN\n"
        "    INSERT INTO project_notes (juror_id, project_id, comment) "
        "VALUES (me, project, v_text);\n"
        "  ELSE\n"
        "    UPDATE project_notes n SET comment = v_text WHERE n.juror_id = me "
        "AND n.project_id = project;\n"
        "  END IF;\n"
        "  INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
        "details) VALUES (yansenne_utc_now(), yansenne_juror_code(me), 'note.set', v_year, "
        "'project_note', v_key, '{\"after\": ' || yansenne_json_text(v_text) "
        "|| ', \"before\": ' || yansenne_json_text(coalesce(v_before, '')) || '}');\n"
        "  RETURN CASE WHEN v_before IS NULL THEN 'added' ELSE 'changed' END;\n"
        "END $$"
    )


def _submit(definer: str) -> str:
    return (
        "CREATE FUNCTION yansenne_juror_submit() RETURNS TABLE (submitted_category text, "
        "submitted_on timestamp, missing_marks integer) "
        f"LANGUAGE plpgsql VOLATILE {definer} AS $$\n"
        "DECLARE me integer; v_edition integer; v_year integer; v_locked timestamp; "
        "v_role text; v_at timestamp; v_code text; v_count integer := 0; v_missing integer; "
        "v_category record;\n"
        "BEGIN\n"
        + _own_juror() +
        "  SELECT j.edition_id, j.role, e.year, e.locked_at INTO v_edition, v_role, v_year, "
        "v_locked FROM jurors j JOIN editions e ON e.id = j.edition_id WHERE j.id = me "
        "FOR SHARE OF e;\n"
        "  IF v_role = 'observer' THEN RAISE EXCEPTION 'submission of an observer' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  IF v_locked IS NOT NULL THEN RAISE EXCEPTION 'submission in a locked edition' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "  v_code := yansenne_juror_code(me);\n"
        "  v_at := now() AT TIME ZONE 'UTC';  -- as the assignments' guard writes it\n"
        "  FOR v_category IN SELECT c.id, c.code FROM assignments a JOIN categories c "
        "ON c.id = a.category_id WHERE a.juror_id = me AND a.submitted_at IS NULL "
        "ORDER BY c.position, c.code FOR UPDATE OF a LOOP\n"
        "    SELECT count(*) INTO v_missing FROM projects p JOIN criteria c "
        "ON c.edition_id = v_edition AND (c.category_id IS NULL OR c.category_id = p.category_id) "
        "WHERE p.category_id = v_category.id "
        "AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.juror_id = me AND k.project_id = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.juror_id = me AND s.project_id = p.id "
        "AND s.criterion_id = c.id);\n"
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
        "END $$"
    )


# -- the guards ------------------------------------------------------------------------
def _scores_guard(definer: str) -> str:
    return (
        "CREATE FUNCTION yansenne_scores_juror_guard() RETURNS trigger "
        f"LANGUAGE plpgsql {definer} AS $$\n"
        f"DECLARE me integer := {ME};\n"
        "BEGIN\n"
        "  IF me IS NULL THEN RETURN coalesce(NEW, OLD); END IF;\n"
        "  IF TG_OP = 'DELETE' THEN\n"
        "    IF OLD.juror_id IS DISTINCT FROM me THEN RAISE EXCEPTION "
        f"'a juror writes only their own marks' USING ERRCODE = '{DENIED}'; END IF;\n"
        "    PERFORM yansenne_juror_check(me, OLD.project_id, 'score');\n"
        "    RETURN OLD;\n"
        "  END IF;\n"
        "  IF NEW.juror_id IS DISTINCT FROM me THEN RAISE EXCEPTION "
        f"'a juror writes only their own marks' USING ERRCODE = '{DENIED}'; END IF;\n"
        "  IF TG_OP = 'UPDATE' THEN\n"
        "    IF (NEW.id, NEW.juror_id, NEW.project_id, NEW.criterion_id) IS DISTINCT FROM "
        "(OLD.id, OLD.juror_id, OLD.project_id, OLD.criterion_id) THEN RAISE EXCEPTION "
        f"'a mark stays on its project and criterion' USING ERRCODE = '{CHECK}'; END IF;\n"
        "    IF (NEW.revision, NEW.updated_at, NEW.updated_by) IS DISTINCT FROM "
        "(OLD.revision, OLD.updated_at, OLD.updated_by) THEN RAISE EXCEPTION "
        "'the revision and author of a mark are written by the database' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "    NEW.revision := OLD.revision + CASE WHEN (NEW.value, NEW.comment) "
        "IS DISTINCT FROM (OLD.value, OLD.comment) THEN 1 ELSE 0 END;\n"
        "  ELSE\n"
        "    IF NEW.revision IS NOT NULL OR NEW.updated_at IS NOT NULL "
        "OR NEW.updated_by IS NOT NULL THEN RAISE EXCEPTION "
        "'the revision and author of a mark are written by the database' "
        f"USING ERRCODE = '{CHECK}'; END IF;\n"
        "    NEW.revision := 1;\n"
        "  END IF;\n"
        "  PERFORM yansenne_juror_check(me, NEW.project_id, 'score');\n"
        "  NEW.updated_at := yansenne_utc_now();\n"
        "  NEW.updated_by := yansenne_juror_code(me);\n"
        "  RETURN NEW;\n"
        "END $$"
    )


def _notes_guard(definer: str) -> str:
    return (
        "CREATE FUNCTION yansenne_project_notes_juror_guard() RETURNS trigger "
        f"LANGUAGE plpgsql {definer} AS $$\n"
        f"DECLARE me integer := {ME};\n"
        "BEGIN\n"
        "  IF me IS NULL THEN RETURN coalesce(NEW, OLD); END IF;\n"
        "  IF TG_OP = 'DELETE' THEN\n"
        "    IF OLD.juror_id IS DISTINCT FROM me THEN RAISE EXCEPTION "
        f"'a juror writes only their own notes' USING ERRCODE = '{DENIED}'; END IF;\n"
        "    PERFORM yansenne_juror_check(me, OLD.project_id, 'note');\n"
        "    RETURN OLD;\n"
        "  END IF;\n"
        "  IF NEW.juror_id IS DISTINCT FROM me THEN RAISE EXCEPTION "
        f"'a juror writes only their own notes' USING ERRCODE = '{DENIED}'; END IF;\n"
        "  IF TG_OP = 'UPDATE' AND (NEW.juror_id, NEW.project_id) IS DISTINCT FROM "
        "(OLD.juror_id, OLD.project_id) THEN RAISE EXCEPTION "
        f"'a note stays on its project' USING ERRCODE = '{CHECK}'; END IF;\n"
        "  PERFORM yansenne_juror_check(me, NEW.project_id, 'note');\n"
        "  NEW.updated_at := yansenne_utc_now();\n"
        "  RETURN NEW;\n"
        "END $$"
    )


def _assignments_guard(definer: str) -> str:
    return (
        "CREATE FUNCTION yansenne_assignments_juror_guard() RETURNS trigger "
        f"LANGUAGE plpgsql {definer} AS $$\n"
        f"DECLARE me integer := {ME};\n"
        "BEGIN\n"
        "  IF me IS NULL THEN RETURN coalesce(NEW, OLD); END IF;\n"
        "  IF TG_OP <> 'UPDATE' OR OLD.juror_id IS DISTINCT FROM me "
        "OR (NEW.juror_id, NEW.category_id) IS DISTINCT FROM (OLD.juror_id, OLD.category_id) "
        "THEN RAISE EXCEPTION 'a juror''s categories are set by the secretariat' "
        f"USING ERRCODE = '{DENIED}'; END IF;\n"
        "  IF OLD.submitted_at IS NOT NULL THEN RAISE EXCEPTION "
        "'a submission is reopened only by the secretariat' "
        f"USING ERRCODE = '{DENIED}'; END IF;\n"
        "  IF NEW.submitted_at IS NOT NULL THEN NEW.submitted_at := now() AT TIME ZONE 'UTC'; "
        "END IF;\n"
        "  RETURN NEW;\n"
        "END $$"
    )
