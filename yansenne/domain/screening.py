"""Eligibility decisions of a screening stage: one a project, with a reason when not eligible.

The desk sets them one by one (`set_screening`), `screening import` a file of them
(`record_screenings`, all or nothing); both go through the same checks and the same
audit entry, `screening.set`. A stage's decisions stop changing once it is promoted:
its shortlist (the eligible projects) is what the next stage was built on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.domain import stages
from yansenne.domain.lookup import editable_edition, find_edition, refuse_if_locked
from yansenne.domain.record_import import Locate, Read, context_of
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import Category, Edition, Project, Screening, Stage


@dataclass(frozen=True)
class ScreeningRow:
    """One project of a screening stage as the desk lists it (eligible None: undecided)."""

    project: str
    title_fr: str
    title_nl: str
    category: str
    eligible: bool | None
    reason: str


def set_screening(session: Session, stage: Stage, project: Project, eligible: bool,
                  reason: str, *, actor: str, file: str = "") -> str:
    """Record one decision; returns "added", "changed" or "unchanged". Refused (InputError)
    on a scoring or promoted stage, a project that did not reach it, a locked edition,
    or a project found not eligible without a reason."""
    edition = session.get(Edition, stage.edition_id)
    assert edition is not None
    refuse_if_locked(edition, file=file or None)
    _check(session, stage, project, eligible, reason)
    reason = reason.strip()
    found = session.get(Screening, (stage.id, project.id))
    before = None if found is None else {"eligible": found.eligible, "reason": found.reason}
    after = {"eligible": eligible, "reason": reason}
    if before == after:
        return "unchanged"
    if found is None:
        session.add(Screening(stage_id=stage.id, project_id=project.id, **after))
    else:
        found.eligible, found.reason = eligible, reason
    session.flush()
    audit.record(session, "screening.set", year=edition.year, entity="screening",
                 key=f"{stage.code}/{project.code}", actor=actor, before=before, after=after,
                 **({"file": file} if file else {}))
    return "added" if found is None else "changed"


def clear_screening(session: Session, stage: Stage, project: Project, *, actor: str) -> bool:
    """Take a project's decision back (undecided again); False when it had none. Refused
    like `set_screening` on a scoring or promoted stage or a locked edition."""
    edition = session.get(Edition, stage.edition_id)
    assert edition is not None
    refuse_if_locked(edition)
    _check(session, stage, project, True, "")
    found = session.get(Screening, (stage.id, project.id))
    if found is None:
        return False
    before = {"eligible": found.eligible, "reason": found.reason}
    session.delete(found)
    session.flush()
    audit.record(session, "screening.clear", year=edition.year, entity="screening",
                 key=f"{stage.code}/{project.code}", actor=actor, before=before)
    return True


@dataclass(frozen=True)
class Decision:
    """One project's eligibility as the desk edits it (eligible None: undecided)."""

    eligible: bool | None
    reason: str = ""


def decide(session: Session, year: int, stage_code: str, project_code: str,
           decision: Decision, *, actor: str) -> Decision:
    """Set (or, undecided, clear) one decision by codes; returns the decision it replaced,
    which given back to `decide` undoes it."""
    edition = find_edition(session, year)
    stage = stages.find_stage(session, edition, stage_code, kind="screening")
    project = session.scalar(select(Project).where(Project.edition_id == edition.id,
                                                   Project.code == project_code))
    if project is None:
        raise InputError(Problem(tr("project {project} did not reach stage {stage}",
                                    project=project_code, stage=stage.code)))
    found = session.get(Screening, (stage.id, project.id))
    before = Decision(None) if found is None else Decision(found.eligible, found.reason)
    if decision.eligible is None:
        clear_screening(session, stage, project, actor=actor)
    else:
        set_screening(session, stage, project, decision.eligible, decision.reason,
                      actor=actor)
    return before


def _check(session: Session, stage: Stage, project: Project, eligible: bool,
           reason: str) -> None:
    """The rules of one decision, in the words the file import uses."""
    if stage.kind != "screening":
        raise InputError(Problem(tr("stage {stage} is a scoring stage: it takes no "
                                    "eligibility decisions", stage=stage.code)))
    if stage.state == "closed":
        raise InputError(Problem(tr("stage {stage} is closed: its decisions were promoted",
                                    stage=stage.code)))
    if project.edition_id != stage.edition_id or \
            project.id not in stages.stage_project_ids(session, stage):
        raise InputError(Problem(tr("project {project} did not reach stage {stage}",
                                    project=project.code, stage=stage.code)))
    if not eligible and not reason.strip():
        raise InputError(Problem(tr("a reason is required when the project is not eligible")))


def record_screenings(db: Database, year: int, read: Read, *, actor: str, file: str,
                      locate: Locate | None = None) -> dict[str, int]:
    """Record a file's decisions (checked by `read` against the edition), all or nothing;
    returns the counts of added, changed and unchanged decisions."""
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    problems: list[Problem] = []
    with db.write() as session:
        edition = editable_edition(session, year, file=file)
        records = read(context_of(session, edition))
        projects = {p.code: p for p in edition.projects}
        found: dict[str, Stage] = {}
        for record in records:
            stage = found.get(record["stage"]) or stages.find_stage(session, edition,
                                                                    record["stage"])
            found[stage.code] = stage
            try:
                kind = set_screening(session, stage, projects[record["project"]],
                                     record["eligible"], record["reason"], actor=actor,
                                     file=file)
            except InputError as exc:
                problems.extend(_located(locate, p.message, record.get("_row"), file)
                                for p in exc.problems)
                continue
            counts[kind] += 1
        if problems:
            raise InputError(problems)  # the transaction rolls the whole file back
    return counts


def _located(locate: Locate | None, message: str, row: int | None, file: str) -> Problem:
    if locate is not None and row is not None:
        return locate(message, row, "project")
    return Problem(message, file=file, row=row)


def screening_rows(db: Database, year: int, stage_code: str | None) -> list[ScreeningRow]:
    """The projects of a screening stage with their decisions, by category then code
    (no stage named: the open screening stage, else the last one)."""
    with db.read() as session:
        edition = find_edition(session, year)
        stage = _screening_stage(session, edition, stage_code)
        decided: dict[int, Any] = {s.project_id: s for s in session.scalars(
            select(Screening).where(Screening.stage_id == stage.id))}
        reached = stages.stage_project_ids(session, stage)
        rows = session.execute(
            select(Project, Category.code).join(Category, Category.id == Project.category_id)
            .where(Project.id.in_(reached)).order_by(Category.position, Project.code)).all()
        return [ScreeningRow(p.code, p.title_fr, p.title_nl, category,
                             decided[p.id].eligible if p.id in decided else None,
                             decided[p.id].reason if p.id in decided else "")
                for p, category in rows]


def _screening_stage(session: Session, edition: Edition, code: str | None) -> Stage:
    """Stage `code` (a screening stage), or the open screening stage, else the last."""
    if code is not None:
        return stages.find_stage(session, edition, code, kind="screening")
    screening = [s for s in stages.stages_of(session, edition.id) if s.kind == "screening"]
    if not screening:
        raise InputError(Problem(tr("edition {year} has no screening stage",
                                    year=edition.year)))
    return next((s for s in screening if s.state == "open"), screening[-1])
