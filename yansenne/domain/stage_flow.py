"""Moving an edition through its stages: the list, the promotion and its undo.

`promote` closes the open stage with its shortlist and opens the next: a screening stage
passes the projects it found eligible, a scoring stage its top K per category by its own
ranking (every project tied at the cut goes through; no K: all). It is refused while a
juror of the stage has not submitted, unless forced, and never given twice. The
submissions of the closed stage are kept in the audit entry, and every juror's
categories open again for the next stage; `undo_promote` gives all of it back as long as
the next stage has no mark, allocation or decision of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.stages import (
    find_stage,
    has_stages,
    kind_name,
    stage_project_ids,
    stages_of,
    state_name,
    unsubmitted_jurors,
)
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Allocation,
    Assignment,
    Category,
    ConsensusText,
    Edition,
    Juror,
    Project,
    Score,
    Screening,
    ShortlistEntry,
    Stage,
)


@dataclass(frozen=True)
class StageRow:
    """One line of `stage list` and of the desk's stage switcher."""

    code: str
    kind: str
    name_fr: str
    name_nl: str
    name_en: str
    state: str
    per_project: int | None
    shortlist: int | None
    method: str
    projects: int  # projects that reached the stage
    eligible: int  # screening: found eligible
    ineligible: int  # screening: found not eligible
    allocations: int
    marks: int
    promoted: int  # projects that went on from it


def stage_rows(db: Database, year: int) -> list[StageRow]:
    with db.read() as session:
        edition = find_edition(session, year)
        rows = []
        for stage in stages_of(session, edition.id):
            def count(model: type, *where: object, stage: Stage = stage) -> int:
                return session.scalar(select(func.count()).select_from(model).where(
                    model.stage_id == stage.id, *where)) or 0  # type: ignore[attr-defined]
            rows.append(StageRow(
                stage.code, stage.kind, stage.name_fr, stage.name_nl, stage.name_en,
                stage.state, stage.per_project, stage.shortlist, stage.method,
                len(stage_project_ids(session, stage)),
                count(Screening, Screening.eligible.is_(True)),
                count(Screening, Screening.eligible.is_(False)),
                count(Allocation), count(Score), count(ShortlistEntry)))
        return rows


@dataclass(frozen=True)
class Promotion:
    """What `promote` did: the stage closed, the next opened, who went on."""

    stage: str
    next_stage: str | None
    shortlist: dict[str, tuple[str, ...]]  # category code -> project codes, best first
    forced: tuple[str, ...]  # what --force let through (juror codes, or undecided projects)


def promote(db: Database, year: int, code: str, *, force: bool = False,
            actor: str) -> Promotion:
    with db.write() as session:
        return promote_in(session, year, code, force=force, actor=actor)


def promote_in(session: Session, year: int, code: str, *, force: bool = False,
               actor: str) -> Promotion:
    """`promote` within the caller's write session (the desk's undoable step)."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    stage = find_stage(session, edition, code)
    if stage.state == "closed":
        raise InputError(Problem(tr("stage {stage} was already promoted",
                                    stage=stage.code)))
    if stage.state != "open":
        raise InputError(Problem(tr("stage {stage} is not open yet: promote the open "
                                    "stage first", stage=stage.code)))
    reached = stage_project_ids(session, stage)
    if stage.kind == "screening":
        chosen, forced = _eligible(session, stage, reached, force)
    else:
        forced = _unsubmitted(session, stage, force)
        chosen, unranked = _top(session, edition, stage, reached)
        if unranked and not force:
            raise InputError([Problem(tr(
                "stage {stage}: project {project} is not ranked ({reason}) and would not go "
                "on (use --force to promote all the same)", stage=stage.code, project=code,
                reason=reason)) for code, reason in unranked])
        forced = [*forced, *(code for code, _reason in unranked)]
    later = [s for s in stages_of(session, edition.id) if s.position > stage.position]
    session.execute(delete(ShortlistEntry).where(ShortlistEntry.stage_id == stage.id))
    for project_id in sorted(chosen):
        session.add(ShortlistEntry(stage_id=stage.id, project_id=project_id))
    stage.state = "closed"
    session.flush()
    submitted = _reopen_submissions(session, edition.id) if later else {}
    if later:
        later[0].state = "open"
    shortlist = _by_category(session, chosen)
    session.flush()
    audit.record(session, "stage.promote", year=year, entity="stage", key=stage.code,
                 actor=actor, next=later[0].code if later else None,
                 shortlist=sorted(c for codes in shortlist.values() for c in codes),
                 submitted=submitted, forced=list(forced))
    return Promotion(stage.code, later[0].code if later else None, shortlist,
                     tuple(forced))


def undo_promote(db: Database, year: int, code: str, *, actor: str) -> None:
    """Reopen stage `code` as it was before its promotion (see the module)."""
    with db.write() as session:
        undo_promote_in(session, year, code, actor=actor)


def undo_promote_in(session: Session, year: int, code: str, *, actor: str) -> None:
    """`undo_promote` within the caller's write session."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    stage = find_stage(session, edition, code)
    if stage.state != "closed":
        raise InputError(Problem(tr("stage {stage} was not promoted", stage=stage.code)))
    later = [s for s in stages_of(session, edition.id) if s.position > stage.position]
    if later and later[0].state == "closed":
        raise InputError(Problem(tr("stage {stage} was promoted too: undo it first",
                                    stage=later[0].code)))
    if later and _has_records(session, later[0]):
        raise InputError(Problem(tr("stage {stage} already has marks, allocations or "
                                    "decisions: its promotion can no longer be undone",
                                    stage=later[0].code)))
    entry = audit.last_details(session, "stage.promote", year=year, key=stage.code)
    if later:
        later[0].state = "pending"
        session.flush()
    session.execute(delete(ShortlistEntry).where(ShortlistEntry.stage_id == stage.id))
    stage.state = "open"
    session.flush()
    if later and entry is not None:
        _restore_submissions(session, edition.id, entry.get("submitted") or {})
    audit.record(session, "stage.unpromote", year=year, entity="stage", key=stage.code,
                 actor=actor)


def _has_records(session: Session, stage: Stage) -> bool:
    return any(session.scalar(select(func.count()).select_from(model)
                              .where(model.stage_id == stage.id))  # type: ignore[attr-defined]
               for model in (Score, Allocation, Screening, ConsensusText, ShortlistEntry))


def _eligible(session: Session, stage: Stage, reached: set[int],
              force: bool) -> tuple[set[int], list[str]]:
    decided = dict(session.execute(select(Screening.project_id, Screening.eligible)
                                   .where(Screening.stage_id == stage.id)).all())
    undecided = sorted(session.scalars(select(Project.code).where(
        Project.id.in_(reached - set(decided)))))
    if undecided and not force:
        raise InputError([Problem(tr("stage {stage}: project {project} has no eligibility "
                                      "decision (use --force to let it through)",
                                      stage=stage.code, project=code)) for code in undecided])
    return {p for p in reached if decided.get(p, True)}, undecided


def _unsubmitted(session: Session, stage: Stage, force: bool) -> list[str]:
    late = [j.code for j in unsubmitted_jurors(session, stage)]
    if late and not force:
        raise InputError([Problem(tr("stage {stage}: juror {juror} has not submitted "
                                      "(use --force to promote all the same)",
                                      stage=stage.code, juror=code)) for code in late])
    return late


def _top(session: Session, edition: Edition, stage: Stage,
         reached: set[int]) -> tuple[set[int], list[tuple[str, str]]]:
    """The top `shortlist` per category by the stage's own ranking, ties at the cut all
    through (competition ranks: 1, 2, 2, 4 with K=2 passes three), and the projects the
    ranking left out (under quorum, no marks), which go on with no K only if forced."""
    from yansenne.domain.ranking import stage_results  # the ranking reads the stages too

    results = stage_results(session, edition, stage)
    ids = dict(session.execute(select(Project.code, Project.id).where(
        Project.id.in_(reached))).all())
    reasons = {scoring.BELOW_QUORUM: tr("below quorum"), scoring.NO_SCORES: tr("no scores")}
    unranked = sorted((u.project, reasons.get(u.reason, u.reason))
                      for result in results.categories.values() for u in result.unranked
                      if u.project in ids)
    if stage.shortlist is None:
        return set(reached) - {ids[code] for code, _ in unranked}, unranked
    chosen = set()
    for result in results.categories.values():
        chosen |= {ids[row.project] for row in result.standings
                   if row.rank <= stage.shortlist and row.project in ids}
    return chosen, unranked


def _by_category(session: Session, chosen: set[int]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for category, project in session.execute(
            select(Category.code, Project.code).join(Category, Category.id == Project.category_id)
            .where(Project.id.in_(chosen)).order_by(Category.position, Project.code)):
        found.setdefault(category, []).append(project)
    return {c: tuple(p) for c, p in found.items()}


def _reopen_submissions(session: Session, edition_id: int) -> dict[str, str]:
    """Every juror's categories open again for the next stage; returns the submissions
    of the stage just closed (juror/category -> ISO time) for the audit log."""
    rows = session.execute(
        select(Juror.code, Category.code, Assignment.submitted_at)
        .join(Assignment, Assignment.juror_id == Juror.id)
        .join(Category, Category.id == Assignment.category_id)
        .where(Juror.edition_id == edition_id, Assignment.submitted_at.is_not(None))).all()
    jurors = select(Juror.id).where(Juror.edition_id == edition_id).scalar_subquery()
    session.execute(update(Assignment).where(Assignment.juror_id.in_(jurors))
                    .values(submitted_at=None))
    return {f"{j}/{c}": at.isoformat() for j, c, at in rows}


def _restore_submissions(session: Session, edition_id: int, submitted: dict[str, str]) -> None:
    for key, at in submitted.items():
        juror_code, _, category_code = key.partition("/")
        juror = session.scalar(select(Juror.id).where(Juror.edition_id == edition_id,
                                                      Juror.code == juror_code))
        category = session.scalar(select(Category.id).where(
            Category.edition_id == edition_id, Category.code == category_code))
        if juror is not None and category is not None:
            session.execute(update(Assignment).where(
                Assignment.juror_id == juror, Assignment.category_id == category)
                .values(submitted_at=dt.datetime.fromisoformat(at)))


def describe(stage: StageRow) -> str:
    """`stage list`'s words for a stage's kind and state."""
    return f"{kind_name(stage.kind)}, {state_name(stage.state)}"


def staged(db: Database, year: int) -> bool:
    with db.read() as session:
        return has_stages(session, find_edition(session, year).id)


@dataclass(frozen=True)
class Blockers:
    """What keeps a stage from being promoted without --force (the desk names them)."""

    jurors: tuple[tuple[str, str], ...]  # (code, name) of jurors who have not submitted
    undecided: tuple[str, ...]  # screening: projects without an eligibility decision


def promotion_blockers(db: Database, year: int, code: str) -> Blockers:
    with db.read() as session:
        edition = find_edition(session, year)
        stage = find_stage(session, edition, code)
        if stage.kind == "screening":
            decided = set(session.scalars(select(Screening.project_id)
                                          .where(Screening.stage_id == stage.id)))
            undecided = sorted(session.scalars(select(Project.code).where(
                Project.id.in_(stage_project_ids(session, stage) - decided))))
            return Blockers((), tuple(undecided))
        return Blockers(tuple((j.code, j.name) for j in unsubmitted_jurors(session, stage)),
                        ())
