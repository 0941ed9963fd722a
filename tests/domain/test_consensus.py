"""Consensus texts of an edition with stages: who gets one, every refusal, the audit,
undo, and the lock that waits for them."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.domain import consensus_setup
from tests.domain.consensus_setup import YEAR, finalists
from yansenne.domain import consensus as C
from yansenne.domain import deliberation as D
from yansenne.domain.work import StoreRefusal, write
from yansenne.errors import InputError
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, ConsensusText, Project

staged_file, staged_db = consensus_setup.staged_file, consensus_setup.staged_db
FR, NL = "Le jury salue l’œuvre commune.", "De jury prijst het gezamenlijke werk."


def stored(db: Database) -> dict[tuple[str, str], tuple[str, str]]:
    with db.read() as s:
        return {(code, kind): (fr, nl) for code, kind, fr, nl in s.execute(
            select(Project.code, ConsensusText.kind, ConsensusText.text_fr,
                   ConsensusText.text_nl).join(Project,
                                               Project.id == ConsensusText.project_id))}


def refusal(db: Database, *args: object, **kwargs: object) -> str:
    with pytest.raises(InputError) as caught:
        write(db, lambda s: C.set_consensus(s, *args, actor="t", **kwargs))  # type: ignore[arg-type]
    return str(caught.value)


def lock_working_around_fingerprint(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lock; while `deliberation.fingerprint`'s shortlist query joins `projects` twice
    (no `select_from(ShortlistEntry)`: "ambiguous column name: projects.code"), with a
    stand-in fingerprint, so that the lock's rule itself is what this tests."""
    try:
        write(db, lambda s: D.lock(s, YEAR, actor="t", force=True))
    except StoreRefusal as error:
        assert "ambiguous column name" in str(error)
        monkeypatch.setattr(D, "fingerprint", lambda _s, _e: "0" * 64)
        write(db, lambda s: D.lock(s, YEAR, actor="t", force=True))


def outsider(db: Database) -> str:
    inside = set(finalists(db))
    with db.read() as s:
        return next(code for code in s.scalars(select(Project.code).order_by(Project.code))
                    if code not in inside)


def test_rows_are_the_finalists_in_category_order(staged_db: Database) -> None:
    rows = C.consensus_rows(staged_db, YEAR)
    assert len(rows) == 15  # top 3 per category, ties included
    assert all(r.state == C.MISSING and r.kind is None for r in rows)
    with staged_db.read() as s:
        codes = D.find_edition(s, YEAR).categories
        order = [c.code for c in sorted(codes, key=lambda c: (c.position, c.code))]
    keys = [(order.index(r.category), r.project) for r in rows]
    assert keys == sorted(keys)
    assert rows[0].titles["fr"] and rows[0].titles["nl"]


def test_edition_without_stages_has_no_rows_and_refuses(db: Database) -> None:
    import_edition(db, demo_workbook())
    assert C.consensus_rows(db, 2026) == []
    assert "has no stages" in refusal(db, 2026, "P01", "consensus", FR, NL)


def test_every_refusal(staged_db: Database) -> None:
    first = finalists(staged_db)[0]
    assert "unknown kind of text verdict" in refusal(staged_db, YEAR, first, "verdict", FR, NL)
    assert "unknown project P99" in refusal(staged_db, YEAR, "P99", "consensus", FR, NL)
    other = outsider(staged_db)
    assert f"project {other} was not shortlisted into the last stage (final)" in refusal(
        staged_db, YEAR, other, "consensus", FR, NL)
    assert "no edition 2031" in refusal(staged_db, 2031, first, "consensus", FR, NL)
    # mixing kinds is refused both ways
    C.write_consensus(staged_db, YEAR, first, "consensus", FR, NL, actor="t")
    assert "remove it before writing a majority" in refusal(staged_db, YEAR, first,
                                                            "majority", FR, NL)
    second = finalists(staged_db)[1]
    C.write_consensus(staged_db, YEAR, second, "minority", FR, NL, actor="t")
    assert "remove them before writing a consensus" in refusal(staged_db, YEAR, second,
                                                               "consensus", FR, NL)
    with pytest.raises(InputError, match="not both"):
        write(staged_db, lambda s: C.set_project_texts(
            s, YEAR, first, {"consensus": (FR, NL), "majority": (FR, NL)}, actor="t"))


def test_set_update_delete_audit_and_undo(staged_db: Database) -> None:
    project = finalists(staged_db)[0]
    change = C.write_consensus(staged_db, YEAR, project, "consensus", f"  {FR} ", NL,
                               actor="secretariat:t")
    assert change.before is None and change.after == C.TextPair(FR, NL)
    assert stored(staged_db) == {(project, "consensus"): (FR, NL)}
    row = next(r for r in C.consensus_rows(staged_db, YEAR) if r.project == project)
    assert row.state == C.COMPLETE_CONSENSUS and row.complete
    # the same texts again: nothing written, nothing audited
    C.write_consensus(staged_db, YEAR, project, "consensus", FR, NL, actor="t")
    again = write(staged_db, lambda s: C.set_consensus(s, YEAR, project, "consensus",
                                                       FR + " Bis", NL, actor="t"))
    assert again.before == C.TextPair(FR, NL)
    with staged_db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "consensus.set")
                            .order_by(AuditEntry.id)).all()
        assert [e.entity_key for e in entries] == [f"final/{project}/consensus"] * 2
        details = json.loads(entries[1].details)
        assert details["before"] == {"text_fr": FR, "text_nl": NL}
        assert details["after"] == {"text_fr": FR + " Bis", "text_nl": NL}
        assert entries[0].actor == "secretariat:t"
    # undo puts the text back, then removes it
    write(staged_db, lambda s: C.restore_consensus(s, YEAR, again, actor="t"))
    assert stored(staged_db)[(project, "consensus")] == (FR, NL)
    write(staged_db, lambda s: C.restore_consensus(s, YEAR, change, actor="t"))
    assert stored(staged_db) == {}
    # empty in both languages deletes
    C.write_consensus(staged_db, YEAR, project, "consensus", FR, "", actor="t")
    row = next(r for r in C.consensus_rows(staged_db, YEAR) if r.project == project)
    assert row.state == C.INCOMPLETE
    C.write_consensus(staged_db, YEAR, project, "consensus", " ", "", actor="t")
    assert stored(staged_db) == {}


def test_switching_kinds_in_one_step_and_undo(staged_db: Database) -> None:
    project = finalists(staged_db)[0]
    C.write_consensus(staged_db, YEAR, project, "consensus", FR, NL, actor="t")
    changes = write(staged_db, lambda s: C.set_project_texts(
        s, YEAR, project, {"majority": ("Maj FR", "Maj NL"), "minority": ("Min FR", "Min NL")},
        actor="t"))
    assert [(c.kind, c.after is None) for c in changes] == [
        ("consensus", True), ("majority", False), ("minority", False)]
    assert stored(staged_db) == {(project, "majority"): ("Maj FR", "Maj NL"),
                                 (project, "minority"): ("Min FR", "Min NL")}
    row = next(r for r in C.consensus_rows(staged_db, YEAR) if r.project == project)
    assert row.state == C.COMPLETE_SPLIT and row.kind == C.MAJORITY
    write(staged_db, lambda s: C.restore_consensus(s, YEAR, changes, actor="t"))
    assert stored(staged_db) == {(project, "consensus"): (FR, NL)}


def test_lock_refused_until_every_finalist_has_its_texts(
        staged_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    projects = finalists(staged_db)
    with staged_db.read() as s:
        review = D.review_lock(s, YEAR)
    blocking = [str(p) for p in review.blocking]
    assert len(blocking) == len(projects)
    assert all("no consensus text, nor a majority and a minority text" in b for b in blocking)
    with pytest.raises(InputError, match="consensus text"):
        write(staged_db, lambda s: D.lock(s, YEAR, actor="t", force=True))
    for n, project in enumerate(projects):
        if n % 2:
            C.write_consensus(staged_db, YEAR, project, "consensus", FR, NL, actor="t")
        else:
            write(staged_db, lambda s, p=project: C.set_project_texts(
                s, YEAR, p, {"majority": (FR, NL), "minority": ("Minorité", "Minderheid")},
                actor="t"))
    # a majority text without its Dutch keeps one project blocked
    last = projects[0]
    C.write_consensus(staged_db, YEAR, last, "minority", "Minorité", "", actor="t")
    with staged_db.read() as s:
        blocking = [str(p) for p in D.review_lock(s, YEAR).blocking]
    assert blocking == [f"project {last} has no consensus text, nor a majority and a "
                        "minority text, in French and Dutch"]
    C.write_consensus(staged_db, YEAR, last, "minority", "Minorité", "Minderheid", actor="t")
    with staged_db.read() as s:
        assert not D.review_lock(s, YEAR).blocking
    lock_working_around_fingerprint(staged_db, monkeypatch)
    # locked: no text changes
    assert "is locked" in refusal(staged_db, YEAR, last, "minority", "x", "y")
