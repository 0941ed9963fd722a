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


def test_every_detail_of_a_deliberation_is_named_in_the_readers_language(db: Database) -> None:
    """The results workbook's audit sheet and the histories name each detail of an entry:
    a decision's showed "amount eur", "award", "citation fr" in a French workbook, a
    reopened lock "locked at", "intact", the meeting "start", "end"."""
    import datetime as dt
    import json

    from sqlalchemy import select

    from yansenne.domain import deliberation as D
    from yansenne.domain.history import field_label, readable_details
    from yansenne.store.models import AuditEntry

    import_edition(db, demo_workbook(), actor="tests")
    with db.write() as s:
        proposal = D.propose(s, 2026)
        drafts = [D.DecisionDraft(p.award, p.project, citation_fr="Pour.", citation_nl="Voor.")
                  for p in proposal.prizes if p.project]
        D.save_decisions(s, 2026, drafts, actor="tests", proposal=proposal)
        D.set_meeting(s, 2026, D.Meeting(dt.date(2026, 12, 10), "Bruxelles", "14:00", "17:30"),
                      actor="tests")
    with db.write() as s:
        D.lock(s, 2026, actor="tests", force=True)
    with db.write() as s:
        D.reopen(s, 2026, actor="tests", reason="une citation à corriger")
    with db.read() as s:
        entries = [(e.action, e.details) for e in s.scalars(select(AuditEntry))]
    keys: set[str] = set()
    for _action, stored in entries:
        details = json.loads(stored) if stored else {}
        for name, value in details.items():
            inner = value if name in ("before", "after", "changes") else {name: None}
            keys |= set(inner) if isinstance(inner, dict) else set()
    assert {"amount_eur", "award", "citation_fr", "locked_at", "intact", "start"} <= keys
    same_everywhere = {"code", "quorum"}  # the word is the same in English, French, Dutch
    unnamed = [key for key in sorted(keys - same_everywhere)
               if field_label(key, "fr") == key.replace("_", " ")
               and field_label(key, "nl") == key.replace("_", " ")]
    assert unnamed == []
    added = next(stored for action, stored in entries if action == "decision.add")
    french = readable_details(added, "fr")
    assert "montant (€)\u202f: — → " in french and "citation (français)\u202f: — → Pour." in french
    assert "bedrag (€): — → " in readable_details(added, "nl")
