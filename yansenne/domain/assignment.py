"""`yansenne assign`: the readers of a stage, allocated by the solver and recorded.

The projects are those that reached the stage; each category's panel is the stage's
jurors assigned to that category (`Assignment`); conflicts are never allocated. The
solver (`scoring.allocation`, a min-cost flow) balances the loads within each panel and
prefers readers who share the project's language, seeded so that the same seed gives
the same allocation. A stage that already has marks keeps its allocation unless forced;
then the marks of the pairs no longer allocated are cleared, audited. A hand swap in the
desk (`swap`) moves one reading from one juror to another, audited and undoable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.records import ClearedScore, restore_scores
from yansenne.domain.stages import find_stage, stage_juror_ids, stage_project_ids
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.scoring.allocation import (
    AllocationImpossible,
    Candidate,
    Reader,
    allocate,
)
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Allocation,
    Assignment,
    Category,
    Conflict,
    Criterion,
    Juror,
    Project,
    Score,
    Stage,
)


@dataclass(frozen=True)
class Assigned:
    """What `assign` recorded: the stage, readers per project, loads, language misses."""

    stage: str
    per_project: int
    pairs: tuple[tuple[str, str], ...]  # (juror, project)
    loads: dict[str, dict[str, int]]  # category -> juror -> projects read
    language_misses: tuple[str, ...]
    cleared: int  # marks cleared because their pair was no longer allocated (--force)


def assign(db: Database, year: int, *, stage: str | None = None, per_project: int | None = None,
           seed: int = 0, force: bool = False, actor: str) -> Assigned:
    with db.write() as session:
        return assign_in(session, year, stage=stage, per_project=per_project, seed=seed,
                         force=force, actor=actor)


def assign_in(session: Session, year: int, *, stage: str | None = None,
              per_project: int | None = None, seed: int = 0, force: bool = False,
              actor: str) -> Assigned:
    """`assign` within the caller's write session."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    chosen = find_stage(session, edition, stage, kind="scoring")
    if chosen.state == "closed":
        raise InputError(Problem(tr("stage {stage} is closed: its readers can no longer "
                                    "change", stage=chosen.code)))
    n = per_project if per_project is not None else chosen.per_project
    if n is None:
        raise InputError(Problem(tr("stage {stage} has no number of readers per project: "
                                    "give --per-project N", stage=chosen.code)))
    if n < 1:
        raise InputError(Problem(tr("--per-project must be 1 or more")))
    marks = session.scalar(select(func.count()).select_from(Score)
                           .where(Score.stage_id == chosen.id)) or 0
    if marks and not force:
        raise InputError(Problem(tr("stage {stage} already holds {count} marks; use "
                                    "--force to allocate again (marks of pairs no longer "
                                    "allocated are cleared)", stage=chosen.code,
                                    count=marks)))
    candidates, readers, conflicts = _problem_of(session, chosen)
    try:
        solved = allocate(candidates, readers, conflicts, n, seed=seed)
    except AllocationImpossible as impossible:
        raise InputError(Problem(_why(impossible))) from None
    jurors = dict(session.execute(select(Juror.code, Juror.id).where(
        Juror.edition_id == edition.id)).all())
    projects = dict(session.execute(select(Project.code, Project.id).where(
        Project.edition_id == edition.id)).all())
    wanted = {(jurors[j], projects[p]) for j, p in solved.pairs}
    chosen.per_project = n
    session.flush()
    cleared = _clear_unallocated(session, chosen, wanted, actor=actor)
    session.execute(delete(Allocation).where(Allocation.stage_id == chosen.id))
    session.add_all(Allocation(stage_id=chosen.id, juror_id=j, project_id=p)
                    for j, p in sorted(wanted))
    session.flush()
    audit.record(session, "stage.assign", year=year, entity="stage", key=chosen.code,
                 actor=actor, per_project=n, seed=seed, pairs=len(wanted),
                 language_misses=list(solved.language_misses), cleared=cleared)
    return Assigned(chosen.code, n, solved.pairs, solved.loads, solved.language_misses,
                    cleared)


def _problem_of(session: Session, stage: Stage) -> tuple[
        list[Candidate], list[Reader], set[tuple[str, str]]]:
    """The solver's view of a stage: its projects, its jurors with their panels, the
    conflicts (all by code)."""
    categories = dict(session.execute(select(Category.id, Category.code).where(
        Category.edition_id == stage.edition_id)).all())
    reached = stage_project_ids(session, stage)
    candidates = [Candidate(p.code, categories[p.category_id], p.language or "fr")
                  for p in session.scalars(select(Project).where(Project.id.in_(reached)))]
    panels: dict[int, set[str]] = {}
    for juror_id, category_id in session.execute(
            select(Assignment.juror_id, Assignment.category_id)).all():
        if category_id in categories:
            panels.setdefault(juror_id, set()).add(categories[category_id])
    ids = stage_juror_ids(session, stage)
    readers = [Reader(j.code, j.language or "fr", frozenset(panels.get(j.id, ())))
               for j in session.scalars(select(Juror).where(Juror.id.in_(ids)))]
    conflicts = {(j, p) for j, p in session.execute(
        select(Juror.code, Project.code).select_from(Conflict)
        .join(Juror, Juror.id == Conflict.juror_id)
        .join(Project, Project.id == Conflict.project_id)
        .where(Juror.edition_id == stage.edition_id)).all()}
    return candidates, readers, conflicts


def _why(impossible: AllocationImpossible) -> str:
    if impossible.reason == "per_project":
        return tr("--per-project must be 1 or more")
    if impossible.reason == "too_few_readers":
        return tr("project {project} needs {needed} readers but only {available} jurors of "
                  "its category's panel are free of conflicts with it",
                  project=impossible.project, needed=impossible.needed,
                  available=impossible.available)
    if impossible.juror is not None:
        return tr("the loads in category {category} cannot be balanced: juror {juror} can "
                  "read at most {available} of its projects, and each juror must read at "
                  "least {needed}", category=impossible.category, juror=impossible.juror,
                  available=impossible.available, needed=impossible.needed)
    return tr("the loads in category {category} cannot be balanced: project {project} gets "
              "only {available} of its {needed} readers", category=impossible.category,
              project=impossible.project, available=impossible.available,
              needed=impossible.needed)


def _clear_unallocated(session: Session, stage: Stage, wanted: set[tuple[int, int]], *,
                       actor: str) -> int:
    """Clear, through the audited path, the marks of pairs the new allocation drops."""
    stale = [s for s in session.scalars(select(Score).where(Score.stage_id == stage.id))
             if (s.juror_id, s.project_id) not in wanted]
    for score in stale:
        juror = session.get(Juror, score.juror_id)
        project = session.get(Project, score.project_id)
        criterion = session.get(Criterion, score.criterion_id)
        assert juror is not None and project is not None and criterion is not None
        session.execute(delete(Score).where(Score.id == score.id))
        audit.record(session, "score.clear", year=project.edition.year, entity="score",
                     key=f"{juror.code}/{project.code}/{criterion.code}", actor=actor,
                     before=score.value, revision=score.revision, stage=stage.code,
                     reason="stage.assign")
    return len(stale)


def allocation_matrix(db: Database, year: int, stage: str | None = None) -> Matrix:
    """The desk's jurors x projects view of a stage's allocation."""
    with db.read() as session:
        edition = find_edition(session, year)
        chosen = find_stage(session, edition, stage, kind="scoring")
        reached = stage_project_ids(session, chosen)
        projects = session.execute(
            select(Project.code, Project.title_fr, Project.title_nl, Project.language,
                   Category.code).join(Category, Category.id == Project.category_id)
            .where(Project.id.in_(reached)).order_by(Category.position, Project.code)).all()
        ids = stage_juror_ids(session, chosen)
        jurors = session.execute(select(Juror.code, Juror.name, Juror.language).where(
            Juror.id.in_(ids)).order_by(Juror.position, Juror.code)).all()
        pairs = {(j, p) for j, p in session.execute(
            select(Juror.code, Project.code).select_from(Allocation)
            .join(Juror, Juror.id == Allocation.juror_id)
            .join(Project, Project.id == Allocation.project_id)
            .where(Allocation.stage_id == chosen.id)).all()}
        _candidates, readers, conflicts = _problem_of(session, chosen)
        panels = {r.code: r.categories for r in readers}
        return Matrix(chosen.code, chosen.per_project, chosen.state,
                      tuple(MatrixProject(*p) for p in projects),
                      tuple(MatrixJuror(*j, panels=frozenset(panels.get(j[0], ())))
                            for j in jurors),
                      frozenset(pairs), frozenset(conflicts))


@dataclass(frozen=True)
class MatrixProject:
    code: str
    title_fr: str
    title_nl: str
    language: str
    category: str


@dataclass(frozen=True)
class MatrixJuror:
    code: str
    name: str
    language: str
    panels: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Matrix:
    stage: str
    per_project: int | None
    state: str
    projects: tuple[MatrixProject, ...]
    jurors: tuple[MatrixJuror, ...]
    pairs: frozenset[tuple[str, str]]  # (juror, project) allocated
    conflicts: frozenset[tuple[str, str]]

    def load(self, juror: str) -> int:
        return sum(1 for j, _p in self.pairs if j == juror)

    def readers_of(self, project: str) -> int:
        return sum(1 for _j, p in self.pairs if p == project)


def swap(db: Database, year: int, stage: str, project: str, old_juror: str, new_juror: str,
         *, actor: str) -> None:
    """Move one reading of `project` from `old_juror` to `new_juror` (the desk's hand
    swap; the same call with the jurors exchanged undoes it). Refused when the new
    juror is conflicted, outside the category's panel or already reads the project, and
    when the old juror has marked it."""
    with db.write() as session:
        swap_in(session, year, stage, project, old_juror, new_juror, actor=actor)


def swap_in(session: Session, year: int, stage: str, project: str, old_juror: str,
            new_juror: str, *, actor: str) -> None:
    """`swap` within the caller's write session (the desk's undoable step)."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    chosen = find_stage(session, edition, stage, kind="scoring")
    if chosen.state == "closed":
        raise InputError(Problem(tr("stage {stage} is closed: its readers can no longer "
                                    "change", stage=chosen.code)))
    codes = {j.code: j for j in session.scalars(select(Juror).where(
        Juror.edition_id == edition.id))}
    target = session.scalar(select(Project).where(Project.edition_id == edition.id,
                                                  Project.code == project))
    old, new = codes.get(old_juror), codes.get(new_juror)
    if target is None or old is None or new is None:
        raise InputError(Problem(tr("unknown juror or project")))
    _candidates, readers, conflicts = _problem_of(session, chosen)
    panel = {r.code: r.categories for r in readers}
    category = session.get(Category, target.category_id)
    assert category is not None
    if (new.code, target.code) in conflicts:
        raise InputError(Problem(tr("juror {juror} is in conflict with project {project}",
                                    juror=new.code, project=target.code)))
    if category.code not in panel.get(new.code, frozenset()):
        raise InputError(Problem(tr("juror {juror} is not on the panel of category "
                                    "{category}", juror=new.code, category=category.code)))
    existing = session.get(Allocation, (chosen.id, old.id, target.id))
    if existing is None:
        raise InputError(Problem(tr("juror {juror} does not read project {project} in "
                                    "this stage", juror=old.code, project=target.code)))
    if session.get(Allocation, (chosen.id, new.id, target.id)) is not None:
        raise InputError(Problem(tr("juror {juror} already reads project {project}",
                                    juror=new.code, project=target.code)))
    marked = session.scalar(select(func.count()).select_from(Score).where(
        Score.stage_id == chosen.id, Score.juror_id == old.id,
        Score.project_id == target.id)) or 0
    if marked:
        raise InputError(Problem(tr("juror {juror} has already marked project {project}: "
                                    "clear those marks first", juror=old.code,
                                    project=target.code)))
    session.delete(existing)
    session.flush()
    session.add(Allocation(stage_id=chosen.id, juror_id=new.id, project_id=target.id))
    session.flush()
    audit.record(session, "allocation.swap", year=year, entity="allocation",
                 key=f"{chosen.code}/{target.code}", actor=actor, before=old.code,
                 after=new.code)


@dataclass(frozen=True)
class Previous:
    """A stage's allocation as it was before the desk allocated again: what undo puts
    back, with the marks the new allocation cleared."""

    stage: str
    per_project: int | None
    pairs: tuple[tuple[str, str], ...]  # (juror, project)
    cleared: tuple[ClearedScore, ...] = ()


def allocation_of(session: Session, year: int, stage: str | None) -> Previous:
    """A scoring stage's allocation as it stands (its pairs and readers per project)."""
    chosen = find_stage(session, find_edition(session, year), stage, kind="scoring")
    pairs = session.execute(
        select(Juror.code, Project.code).select_from(Allocation)
        .join(Juror, Juror.id == Allocation.juror_id)
        .join(Project, Project.id == Allocation.project_id)
        .where(Allocation.stage_id == chosen.id).order_by(Juror.code, Project.code)).all()
    return Previous(chosen.code, chosen.per_project, tuple((j, p) for j, p in pairs))


def reallocate(session: Session, year: int, *, stage: str | None = None,
               per_project: int | None = None, seed: int = 0, force: bool = False,
               actor: str) -> tuple[Assigned, Previous]:
    """`assign_in`, remembering what it replaced (`restore_allocation` undoes it)."""
    before = allocation_of(session, year, stage)
    chosen = find_stage(session, find_edition(session, year), before.stage, kind="scoring")
    marks = [(s.juror.code, s.project.code, s.criterion.code, s.value, s.comment or "", s.id,
              s.stage_id)
             for s in session.scalars(select(Score).where(Score.stage_id == chosen.id))]
    assigned = assign_in(session, year, stage=before.stage, per_project=per_project,
                         seed=seed, force=force, actor=actor)
    left = set(session.scalars(select(Score.id).where(Score.stage_id == chosen.id)))
    cleared = tuple(ClearedScore(j, p, c, v, comment, stage_id)
                    for j, p, c, v, comment, score_id, stage_id in marks if score_id not in left)
    return assigned, Previous(before.stage, before.per_project, before.pairs, cleared)


def restore_allocation(session: Session, year: int, stage: str,
                       pairs: Iterable[tuple[str, str]], per_project: int | None, *,
                       actor: str, cleared: Iterable[ClearedScore] = ()) -> None:
    """Put back a stage's allocation (its pairs and readers per project) and the marks
    an allocation cleared: the undo of the desk's Allocate. Audited."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    chosen = find_stage(session, edition, stage, kind="scoring")
    if chosen.state == "closed":
        raise InputError(Problem(tr("stage {stage} is closed: its readers can no longer "
                                    "change", stage=chosen.code)))
    jurors = dict(session.execute(select(Juror.code, Juror.id).where(
        Juror.edition_id == edition.id)).all())
    projects = dict(session.execute(select(Project.code, Project.id).where(
        Project.edition_id == edition.id)).all())
    wanted = {(jurors[j], projects[p]) for j, p in pairs if j in jurors and p in projects}
    chosen.per_project = per_project
    session.flush()
    _clear_unallocated(session, chosen, wanted, actor=actor)
    session.execute(delete(Allocation).where(Allocation.stage_id == chosen.id))
    session.add_all(Allocation(stage_id=chosen.id, juror_id=j, project_id=p)
                    for j, p in sorted(wanted))
    session.flush()
    kept = list(cleared)
    if kept:
        restore_scores(session, year, kept, actor=actor)
    audit.record(session, "stage.assign.restore", year=year, entity="stage", key=chosen.code,
                 actor=actor, per_project=per_project, pairs=len(wanted),
                 restored=len(kept))
