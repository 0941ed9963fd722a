"""An edition's stages: which one is open, which projects reach it, who reads what there.

Written once here for the desk, the command line, the packages and the imports; the
database repeats the rules a mark obeys (migration 0009) as its last line. An edition
without stages has one, `final`: every project, every juror of its category's panel.
A later stage sees only the projects the previous one shortlisted; a screening stage
shortlists the projects it found eligible.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain import plain_read
from yansenne.domain.stage_rules import (  # noqa: F401 (the stages' words, from here too)
    Readers,
    current_of,
    find_in,
    kind_name,
    last_scoring_of,
    previous_of,
)
from yansenne.i18n import tr
from yansenne.store.models import Edition, Juror, Project, Stage

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
    return current_of(stages_of(session, edition_id))


def last_scoring_stage(session: Session, edition_id: int) -> Stage:
    return last_scoring_of(stages_of(session, edition_id))


def find_stage(session: Session, edition: Edition, code: str | None, *,
               kind: str | None = None) -> Stage:
    """Stage `code` (any case) of `edition`, or the current one when `code` is None;
    refuses an unknown code, and one of the wrong kind when `kind` is given."""
    return find_in(stages_of(session, edition.id), code, edition.year, kind=kind)


def state_name(state: str) -> str:
    return {"pending": tr("pending"), "open": tr("open"), "closed": tr("closed")}.get(
        state, state)


def previous_stage(session: Session, stage: Stage) -> Stage | None:
    return previous_of(stages_of(session, stage.edition_id), stage)


def stage_project_ids(session: Session, stage: Stage) -> set[int]:
    """The projects that reached `stage`: every project for the first stage, else the
    previous stage's shortlist."""
    return plain_read.reached(plain_read.plain_of(session), stage.edition_id,
                              previous_stage(session, stage))


def stage_juror_ids(session: Session, stage: Stage) -> set[int]:
    """The scoring jurors of `stage`'s jury (its list, else every scoring juror)."""
    from yansenne.domain.stage_rules import jury_of

    return jury_of(stage, plain_read.voters(plain_read.plain_of(session), stage.edition_id))


def readers(session: Session, stage: Stage) -> Readers:
    """Who reads what in `stage` (`plain_read.readers_in`)."""
    return plain_read.readers_in(plain_read.plain_of(session), stage.edition_id, stage,
                                 stages_of(session, stage.edition_id))


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
