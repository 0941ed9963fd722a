"""An edition's stages: which one is open, which projects reach it, who reads what there.

Written once here for the desk, the command line, the packages and the imports; the
database repeats the rules a mark obeys (migration 0009) as its last line. An edition
without stages has one, `final`: every project, every juror of its category's panel.
A later stage sees only the projects the previous one shortlisted; a screening stage
shortlists the projects it found eligible.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store.models import (
    Allocation,
    Edition,
    Juror,
    Project,
    ShortlistEntry,
    Stage,
)

#: The one stage of an edition without stages (spec/cli.md).
FINAL_STAGE = "final"
DEFAULT_STAGE_NAMES = {"name_fr": "Évaluation", "name_nl": "Beoordeling",
                       "name_en": "Evaluation"}


def default_stage(edition_id: int) -> Stage:
    """The stage of an edition without stages: scoring, open, every juror, every project."""
    return Stage(edition_id=edition_id, code=FINAL_STAGE, kind="scoring", position=0,
                 jurors=[], method="", state="open", **DEFAULT_STAGE_NAMES)


def stages_of(session: Session, edition_id: int) -> list[Stage]:
    return list(session.scalars(select(Stage).where(Stage.edition_id == edition_id)
                                .order_by(Stage.position)))


def has_stages(session: Session, edition_id: int) -> bool:
    """Whether the edition was given stages (more than its one `final`)."""
    return (session.scalar(select(func.count()).select_from(Stage)
                           .where(Stage.edition_id == edition_id)) or 0) > 1


def open_stage(session: Session, edition_id: int) -> Stage | None:
    return session.scalars(select(Stage).where(Stage.edition_id == edition_id,
                                               Stage.state == "open")).first()


def current_stage(session: Session, edition_id: int) -> Stage:
    """The open stage, else the last one (every stage closed: the evaluation is over)."""
    stage = open_stage(session, edition_id)
    if stage is not None:
        return stage
    stages = stages_of(session, edition_id)
    if not stages:
        raise InputError(Problem(tr("the edition has no stage")))
    return stages[-1]


def last_scoring_stage(session: Session, edition_id: int) -> Stage:
    stages = [s for s in stages_of(session, edition_id) if s.kind == "scoring"]
    if not stages:
        raise InputError(Problem(tr("the edition has no scoring stage")))
    return stages[-1]


def find_stage(session: Session, edition: Edition, code: str | None, *,
               kind: str | None = None) -> Stage:
    """Stage `code` (any case) of `edition`, or the current one when `code` is None;
    refuses an unknown code, and one of the wrong kind when `kind` is given."""
    if code is None:
        stage = current_stage(session, edition.id)
        if kind == "scoring" and stage.kind != "scoring":
            stage = _next_scoring(session, stage) or stage
    else:
        stage = session.scalars(select(Stage).where(
            Stage.edition_id == edition.id,
            func.lower(Stage.code) == code.strip().lower())).first()
        if stage is None:
            known = [s.code for s in stages_of(session, edition.id)]
            if len(known) == 1:
                raise InputError(Problem(tr("unknown stage {value}: this edition has one "
                                            "stage, {final}", value=code, final=known[0])))
            raise InputError(Problem(tr("unknown stage {value}: edition {year} has {known}",
                                        value=code, year=edition.year,
                                        known=", ".join(known))))
    if kind is not None and stage.kind != kind:
        raise InputError(Problem(tr("stage {stage} is a {kind} stage",
                                    stage=stage.code, kind=kind_name(stage.kind))))
    return stage


def _next_scoring(session: Session, stage: Stage) -> Stage | None:
    return next((s for s in stages_of(session, stage.edition_id)
                 if s.position > stage.position and s.kind == "scoring"), None)


def kind_name(kind: str) -> str:
    return {"screening": tr("screening"), "scoring": tr("scoring")}.get(kind, kind)


def state_name(state: str) -> str:
    return {"pending": tr("pending"), "open": tr("open"), "closed": tr("closed")}.get(
        state, state)


def previous_stage(session: Session, stage: Stage) -> Stage | None:
    earlier = [s for s in stages_of(session, stage.edition_id) if s.position < stage.position]
    return earlier[-1] if earlier else None


def stage_project_ids(session: Session, stage: Stage) -> set[int]:
    """The projects that reached `stage`: every project for the first stage, else the
    previous stage's shortlist."""
    before = previous_stage(session, stage)
    if before is None:
        return set(session.scalars(select(Project.id)
                                   .where(Project.edition_id == stage.edition_id)))
    return set(session.scalars(select(ShortlistEntry.project_id)
                               .where(ShortlistEntry.stage_id == before.id)))


def stage_juror_ids(session: Session, stage: Stage) -> set[int]:
    """The scoring jurors of `stage`'s jury (its list, else every scoring juror)."""
    jurors = session.scalars(select(Juror).where(Juror.edition_id == stage.edition_id,
                                                 Juror.role != "observer")).all()
    chosen = set(stage.jurors or [])
    return {j.id for j in jurors if not chosen or j.code in chosen}


@dataclass(frozen=True)
class Readers:
    """Who may read what in one stage: the rule every reader of marks applies."""

    stage_id: int
    projects: frozenset[int]
    jurors: frozenset[int]
    allocated: frozenset[tuple[int, int]] | None  # (juror, project); None: no allocation
    # A first stage without allocation or jury list (the one stage of an edition without
    # stages): the panels and conflicts alone decide.
    everyone_reads: bool = False
    # Only the open stage takes new marks.
    state: str = "open"
    # The secretariat's housekeeping of marks already given (clearing a pair's marks
    # for a conflict, putting them back on undo): in the marks' own stage, whatever its
    # state and readers; the database's rules still apply.
    housekeeping: bool = False
    code: str = ""  # the stage's code, for messages

    @classmethod
    def everyone(cls, stage_id: int, state: str = "open", code: str = "") -> Readers:
        return cls(stage_id, frozenset(), frozenset(), None, everyone_reads=True, state=state,
                   code=code)

    @classmethod
    def of_marks(cls, stage_id: int) -> Readers:
        """For housekeeping the marks of stage `stage_id` (see `housekeeping`)."""
        return cls(stage_id, frozenset(), frozenset(), None, everyone_reads=True,
                   housekeeping=True)

    def reads(self, juror_id: int, project_id: int) -> bool:
        if self.everyone_reads:
            return True
        if project_id not in self.projects or juror_id not in self.jurors:
            return False
        return self.allocated is None or (juror_id, project_id) in self.allocated


def readers(session: Session, stage: Stage) -> Readers:
    """Who reads what in `stage`: nobody in a screening stage (it records eligibility);
    in a scoring stage, the projects that reached it, its jury, and its allocation."""
    if stage.kind != "scoring":
        return Readers(stage.id, frozenset(), frozenset(), None, state=stage.state,
                       code=stage.code)
    if stage.per_project is None and not stage.jurors and previous_stage(
            session, stage) is None:
        return Readers.everyone(stage.id, stage.state, stage.code)
    allocated = None
    if stage.per_project is not None:
        allocated = frozenset(session.execute(
            select(Allocation.juror_id, Allocation.project_id)
            .where(Allocation.stage_id == stage.id)).all())
    return Readers(stage.id, frozenset(stage_project_ids(session, stage)),
                   frozenset(stage_juror_ids(session, stage)), allocated, state=stage.state,
                   code=stage.code)


def project_codes(session: Session, ids: Iterable[int]) -> list[str]:
    wanted = set(ids)
    if not wanted:
        return []
    return sorted(session.scalars(select(Project.code).where(Project.id.in_(wanted))))


def unsubmitted_jurors(session: Session, stage: Stage) -> list[Juror]:
    """The stage's jurors who have something to read in a category they have not
    submitted, in the jury's order."""
    from yansenne.store.models import Assignment

    who = readers(session, stage)
    reached = stage_project_ids(session, stage)
    projects = session.execute(select(Project.id, Project.category_id).where(
        Project.id.in_(reached))).all()
    late: list[Juror] = []
    for juror, category in session.execute(
            select(Juror, Assignment.category_id)
            .join(Assignment, Assignment.juror_id == Juror.id)
            .where(Juror.edition_id == stage.edition_id, Juror.role != "observer",
                   Assignment.submitted_at.is_(None))
            .order_by(Juror.position, Juror.code)).all():
        if juror not in late and any(c == category and who.reads(juror.id, p)
                                     for p, c in projects):
            late.append(juror)
    return late


def missing_consensus(session: Session, edition_id: int) -> list[str]:
    """In an edition with stages, the projects shortlisted into the last stage that have
    neither a consensus text nor both a majority and a minority text (FR and NL)."""
    from yansenne.store.models import ConsensusText

    if not has_stages(session, edition_id):
        return []
    last = stages_of(session, edition_id)[-1]
    texts: dict[int, set[str]] = {}
    for project_id, kind, text_fr, text_nl in session.execute(
            select(ConsensusText.project_id, ConsensusText.kind, ConsensusText.text_fr,
                   ConsensusText.text_nl).where(ConsensusText.stage_id == last.id)).all():
        if (text_fr or "").strip() and (text_nl or "").strip():
            texts.setdefault(project_id, set()).add(kind)
    missing = [p for p in stage_project_ids(session, last)
               if "consensus" not in texts.get(p, set())
               and not {"majority", "minority"} <= texts.get(p, set())]
    return project_codes(session, missing)
