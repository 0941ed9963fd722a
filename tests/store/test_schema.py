"""The schema's own rules, checked by writing raw SQL through the engine: whatever
program writes the database (a future bug, a script, a DB browser), these hold."""

from __future__ import annotations

import pytest
from sqlalchemy import exc

from tests.factories import Ids, build_small_edition, ids_of
from yansenne.store.database import Database

SCORE = ("INSERT INTO scores (stage_id, juror_id, project_id, criterion_id, value, comment, "
         "revision, updated_at, updated_by) VALUES ((SELECT s.id FROM stages s JOIN projects p "
         "ON p.edition_id = s.edition_id WHERE p.id = {p}), {j}, {p}, {c}, {v}, '', 1, "
         "'2026-05-01', 'sql')")
PROJECT = ("INSERT INTO projects (edition_id, category_id, code, title_fr, title_nl, title_en, "
           "organisation, lead_actor, partner_actors, municipality, summary_fr, summary_nl, "
           "summary_en, contact_name, contact_email, version, updated_at) VALUES ({e}, {cat}, "
           "'{code}', 't', '', '', '', '{lead}', '', {town}, '', '', '', '', '', 1, '2026-05-01')")


def sql(db: Database, statement: str) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def scalar(db: Database, statement: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(statement).scalar()


def category_id(db: Database, edition: int, code: str) -> int:
    value = scalar(db, f"SELECT id FROM categories WHERE edition_id = {edition} "
                       f"AND code = '{code}'")
    assert isinstance(value, int)
    return value


def free_cell(db: Database, ids: Ids) -> tuple[int, int, int]:
    """Delete J1's relevance mark on P02 and return its (juror, project, criterion)."""
    cell = (ids.jurors["J1"], ids.projects["P02"], ids.criteria["relevance"])
    sql(db, "DELETE FROM scores WHERE juror_id = {} AND project_id = {} "
            "AND criterion_id = {}".format(*cell))
    return cell


def test_valid_raw_score_is_accepted(small_db: Database, ids: Ids) -> None:
    """The control case: the rules below refuse for their reason, not any reason."""
    j, p, c = free_cell(small_db, ids)
    sql(small_db, SCORE.format(j=j, p=p, c=c, v=7.5))
    assert scalar(small_db, f"SELECT value FROM scores WHERE juror_id={j} AND project_id={p} "
                            f"AND criterion_id={c}") == 7.5


def test_duplicate_project_code_in_an_edition_is_refused(small_db: Database, ids: Ids) -> None:
    cat = category_id(small_db, ids.edition, "citizens")
    with pytest.raises(exc.IntegrityError,
                       match="UNIQUE constraint failed: projects|uq_projects_edition_code"):
        sql(small_db, PROJECT.format(e=ids.edition, cat=cat, code="P01", lead="citizens",
                                     town="NULL"))


def test_same_project_code_in_another_edition_is_allowed(small_db: Database) -> None:
    build_small_edition(small_db, 2027)
    assert scalar(small_db, "SELECT count(*) FROM projects WHERE code = 'P01'") == 2


def test_project_in_a_category_of_another_edition_is_refused(small_db: Database,
                                                             ids: Ids) -> None:
    build_small_edition(small_db, 2027)
    other = ids_of(small_db, 2027)
    foreign = category_id(small_db, other.edition, "citizens")
    with pytest.raises(exc.IntegrityError, match="FOREIGN KEY|foreign key"):
        sql(small_db, PROJECT.format(e=ids.edition, cat=foreign, code="P99", lead="citizens",
                                     town="NULL"))


@pytest.mark.parametrize("town", ["'21020'", "'1000'", "'Ixelles'"])
def test_unknown_municipality_is_refused(small_db: Database, ids: Ids, town: str) -> None:
    cat = category_id(small_db, ids.edition, "citizens")
    with pytest.raises(exc.IntegrityError, match="ck_projects_municipality"):
        sql(small_db, PROJECT.format(e=ids.edition, cat=cat, code="P99", lead="citizens",
                                     town=town))


def test_unknown_lead_actor_is_refused(small_db: Database, ids: Ids) -> None:
    cat = category_id(small_db, ids.edition, "citizens")
    with pytest.raises(exc.IntegrityError, match="ck_projects_lead_actor"):
        sql(small_db, PROJECT.format(e=ids.edition, cat=cat, code="P99", lead="army",
                                     town="'region'"))


@pytest.mark.parametrize(("value", "rule"), [
    (11, "score outside the scale of its criterion"),
    (-0.5, "score outside the scale of its criterion"),
    (10.5, "score outside the scale of its criterion"),
    (7.3, "score off the step of its criterion"),
    (0.25, "score off the step of its criterion"),
])
def test_score_off_the_scale_is_refused(small_db: Database, ids: Ids, value: float,
                                        rule: str) -> None:
    j, p, c = free_cell(small_db, ids)
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, SCORE.format(j=j, p=p, c=c, v=value))


def test_update_off_the_scale_is_refused(small_db: Database, ids: Ids) -> None:
    """The rules guard UPDATE as well as INSERT."""
    with pytest.raises(exc.IntegrityError, match="score outside the scale"):
        sql(small_db, f"UPDATE scores SET value = 12 WHERE juror_id = {ids.jurors['J1']}")
    with pytest.raises(exc.IntegrityError, match="score off the step"):
        sql(small_db, f"UPDATE scores SET value = 4.2 WHERE juror_id = {ids.jurors['J1']}")


def test_score_for_a_conflicted_pair_is_refused(small_db: Database, ids: Ids) -> None:
    """J2 is in conflict with P01 in the small edition."""
    with pytest.raises(exc.IntegrityError, match="score of a juror in conflict"):
        sql(small_db, SCORE.format(j=ids.jurors["J2"], p=ids.projects["P01"],
                                   c=ids.criteria["relevance"], v=5))


def test_score_moved_onto_a_conflicted_pair_is_refused(small_db: Database, ids: Ids) -> None:
    with pytest.raises(exc.IntegrityError, match="score of a juror in conflict"):
        sql(small_db, f"UPDATE scores SET project_id = {ids.projects['P01']} "
                      f"WHERE juror_id = {ids.jurors['J2']} AND project_id = "
                      f"{ids.projects['P03']} AND criterion_id = {ids.criteria['relevance']}")


def test_score_of_an_observer_is_refused(small_db: Database, ids: Ids) -> None:
    with pytest.raises(exc.IntegrityError, match="score of an observer"):
        sql(small_db, SCORE.format(j=ids.jurors["OB"], p=ids.projects["P01"],
                                   c=ids.criteria["relevance"], v=5))


def test_score_across_editions_is_refused(small_db: Database, ids: Ids) -> None:
    """A juror, project and criterion must all belong to the same edition."""
    build_small_edition(small_db, 2027)
    other = ids_of(small_db, 2027)
    rule = "score across editions or categories"
    j, p, c = free_cell(small_db, ids)
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, SCORE.format(j=other.jurors["J1"], p=p, c=c, v=5))
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, SCORE.format(j=j, p=p, c=other.criteria["relevance"], v=5))
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, SCORE.format(j=j, p=other.projects["P02"], c=c, v=5))


def test_score_on_a_criterion_of_another_category_is_refused(small_db: Database,
                                                             ids: Ids) -> None:
    police = category_id(small_db, ids.edition, "police")
    sql(small_db, "INSERT INTO criteria (edition_id, category_id, code, name_fr, name_nl, "
                  "name_en, weight, min_value, max_value, step, descriptor_fr, descriptor_nl, "
                  f"descriptor_en, position) VALUES ({ids.edition}, {police}, 'zone', 'Zone', "
                  "'', '', 1, 0, 10, 0.5, '', '', '', 9)")
    zone = scalar(small_db, "SELECT id FROM criteria WHERE code = 'zone'")
    # P01 is a citizens project, P02 a police one.
    with pytest.raises(exc.IntegrityError, match="score across editions or categories"):
        sql(small_db, SCORE.format(j=ids.jurors["J1"], p=ids.projects["P01"], c=zone, v=5))
    sql(small_db, SCORE.format(j=ids.jurors["J1"], p=ids.projects["P02"], c=zone, v=5))


def test_duplicate_score_cell_is_refused(small_db: Database, ids: Ids) -> None:
    with pytest.raises(exc.IntegrityError,
                       match="UNIQUE constraint failed: scores|uq_scores_cell"):
        sql(small_db, SCORE.format(j=ids.jurors["J1"], p=ids.projects["P02"],
                                   c=ids.criteria["relevance"], v=5))


def test_every_score_write_in_a_locked_edition_is_refused(small_db: Database,
                                                          ids: Ids) -> None:
    """After the deliberation, no insert, update or delete of a score gets through."""
    j, p, c = free_cell(small_db, ids)
    sql(small_db, f"UPDATE editions SET locked_at = '2026-06-01' WHERE id = {ids.edition}")
    rule = "score in a locked edition"
    where = (f"juror_id = {ids.jurors['J1']} AND project_id = {ids.projects['P03']} "
             f"AND criterion_id = {ids.criteria['relevance']}")
    before = scalar(small_db, f"SELECT value FROM scores WHERE {where}")
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, SCORE.format(j=j, p=p, c=c, v=5))
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, f"UPDATE scores SET value = 5.5 WHERE {where}")
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, f"UPDATE scores SET comment = 'late' WHERE {where}")
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, f"DELETE FROM scores WHERE {where}")
    same_cell = SCORE.format(j=ids.jurors["J1"], p=ids.projects["P03"],
                             c=ids.criteria["relevance"], v=5)
    upsert = ("INSERT OR REPLACE" + same_cell[len("INSERT"):] if small_db.is_sqlite else
              same_cell + " ON CONFLICT (stage_id, juror_id, project_id, criterion_id) DO UPDATE "
                          "SET value = excluded.value")
    with pytest.raises(exc.IntegrityError, match=rule):
        sql(small_db, upsert)
    assert scalar(small_db, f"SELECT value FROM scores WHERE {where}") == before
    assert scalar(small_db, "SELECT count(*) FROM scores") == 67


def test_lock_of_one_edition_leaves_another_writable(small_db: Database, ids: Ids) -> None:
    build_small_edition(small_db, 2027)
    other = ids_of(small_db, 2027)
    sql(small_db, f"UPDATE editions SET locked_at = '2026-06-01' WHERE id = {ids.edition}")
    sql(small_db, f"UPDATE scores SET value = 5 WHERE juror_id = {other.jurors['J1']}")
    assert scalar(small_db, f"SELECT count(*) FROM scores WHERE value = 5 AND juror_id = "
                            f"{other.jurors['J1']}") == 24


def test_audit_log_is_append_only(small_db: Database) -> None:
    sql(small_db, "INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
                  "details) VALUES ('2026-05-01', 'sql', 'test', 2026, 'score', 'x', '')")
    with pytest.raises(exc.IntegrityError, match="the audit log is append-only"):
        sql(small_db, "UPDATE audit_log SET actor = 'forger'")
    with pytest.raises(exc.IntegrityError, match="the audit log is append-only"):
        sql(small_db, "DELETE FROM audit_log")
    assert scalar(small_db, "SELECT actor FROM audit_log") == "sql"


def test_deleting_an_edition_cascades(small_db: Database, ids: Ids) -> None:
    """Everything of the edition goes with it, another edition stays whole, and the audit
    log (keyed by year) outlives it."""
    build_small_edition(small_db, 2027)
    sql(small_db, "INSERT INTO audit_log (at, actor, action, edition_year, entity, entity_key, "
                  "details) VALUES ('2026-05-01', 'sql', 'test', 2026, 'edition', '2026', '')")
    sql(small_db, f"DELETE FROM editions WHERE id = {ids.edition}")
    counts = {table: scalar(small_db, f"SELECT count(*) FROM {table}")
              for table in ("editions", "categories", "criteria", "projects", "jurors",
                            "assignments", "conflicts", "scores", "audit_log")}
    assert counts == {"editions": 1, "categories": 2, "criteria": 4, "projects": 6,
                      "jurors": 4, "assignments": 8, "conflicts": 1, "scores": 68,
                      "audit_log": 1}


def test_conflict_over_an_already_scored_pair_is_refused(small_db: Database,
                                                         ids: Ids) -> None:
    """'A juror never scores a project they are in conflict with' must stay true whichever
    row comes first: J1 has scored P02, so declaring that conflict must be refused."""
    with pytest.raises(exc.IntegrityError):
        sql(small_db, "INSERT INTO conflicts (juror_id, project_id, reason, declared_at) "
                      f"VALUES ({ids.jurors['J1']}, {ids.projects['P02']}, 'late', "
                      "'2026-05-01')")
