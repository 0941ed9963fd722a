"""A project's history from the audit log, through renames, conflicts and scores."""

from __future__ import annotations

from pathlib import Path

from yansenne.domain import jury, projects
from yansenne.domain.history import project_history
from yansenne.domain.lookup import find_edition
from yansenne.domain.marks import set_score
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.database import Database

YEAR = 2026


def test_history_follows_the_project_through_a_rename(small_db: Database) -> None:
    with small_db.write() as s:
        projects.add_project(s, YEAR, {"code": "N1", "category": "citizens",
                                       "title_fr": "Voisins vigilants"}, actor="anne")
    with small_db.write() as s:
        projects.update_project(s, YEAR, "N1", {"code": "P07", "budget_eur": 900},
                                actor="bert")
    with small_db.write() as s:
        edition = find_edition(s, YEAR)
        project = next(p for p in edition.projects if p.code == "P07")
        set_score(s, edition.jurors[0], project, edition.criteria[0], 7.5, actor="J1")
    with small_db.write() as s:
        jury.declare_conflict(s, YEAR, "J1", "P07", "Sister-in-law", actor="anne")
    with small_db.write() as s:  # another project's edits stay out
        projects.update_project(s, YEAR, "P02", {"budget_eur": 1}, actor="anne")
    with small_db.read() as s:
        history = project_history(s, YEAR, "P07")
    assert [(h.actor, h.action) for h in history] == [
        ("anne", "project.add"), ("bert", "project.update"), ("J1", "score.set"),
        ("anne", "score.clear"), ("anne", "conflict.declare")]
    assert history[1].summary == "changed:\ncode: N1 → P07\nbudget: — → 900"
    assert history[2].summary == "score of juror J1 on relevance: 7.5 (revision 1)"
    assert history[3].summary == "score of juror J1 on relevance cleared (was 7.5)"
    assert history[4].summary == \
        "conflict of interest declared for juror J1: Sister-in-law"
    with small_db.read() as s:
        # Under its old code, only what happened before the rename.
        assert [h.action for h in project_history(s, YEAR, "N1")] == ["project.add"]


def test_history_starts_at_the_edition_import_in_the_users_language(db: Database) -> None:
    from yansenne.i18n import set_language

    import_edition(db, demo_workbook())
    with db.write() as s:
        projects.update_project(s, YEAR, "P24", {"title_en": "Metro safety"}, actor="desk")
    set_language("fr")
    with db.read() as s:
        history = project_history(s, YEAR, "P24")
    assert [h.action for h in history] == ["edition.import", "project.update"]
    assert history[0].summary == f"édition importée depuis {Path(demo_workbook()).name}"
    # One line per field, French typography (a narrow no-break space before the colon).
    assert history[1].summary.startswith("modifié\u202f:\ntitre (anglais)\u202f: ")
