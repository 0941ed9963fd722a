"""A whole edition read back as plain data: what the edition workbook export writes.

Read in one read session, so that every sheet of the export shows the same moment
of the database, and handed over as frozen dataclasses (references by code, not by
id) so that the writer of the file needs neither a session nor the store's models.
Each list keeps the order the export has always had (categories, criteria and
jurors by position, projects by code, conflicts and scores by their ids).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import find_edition
from yansenne.domain.stages import FINAL_STAGE, default_stage, stages_of
from yansenne.store.database import Database
from yansenne.store.models import (
    Allocation,
    Assignment,
    Conflict,
    ConsensusText,
    Juror,
    PreliminaryMark,
    Project,
    Score,
    Screening,
    ShortlistEntry,
    Stage,
)


@dataclass(frozen=True)
class EditionFacts:
    """The edition's own fields (the Edition sheet)."""

    year: int
    name_fr: str
    name_nl: str
    name_en: str
    ceremony_date: dt.date | None
    method: str
    quorum: int
    trim: int
    tie_break: tuple[str, ...]
    prizes: tuple[float, ...]
    deliberation_date: dt.date | None
    deliberation_place: str
    casting_vote: tuple[str, ...]
    foreword_fr: str
    foreword_nl: str
    foreword_en: str
    deliberation_start: str = ""  # "HH:MM" or ""
    deliberation_end: str = ""
    remedies_fr: str = ""  # the paragraph closing each letter to a candidate
    remedies_nl: str = ""
    remedies_en: str = ""


@dataclass(frozen=True)
class CategoryFacts:
    code: str
    name_fr: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class CriterionFacts:
    code: str
    name_fr: str
    name_nl: str
    name_en: str
    category: str | None  # None: shared by every category
    weight: float
    min_value: float
    max_value: float
    step: float
    descriptor_fr: str
    descriptor_nl: str
    descriptor_en: str


@dataclass(frozen=True)
class ProjectFacts:
    code: str
    category: str
    title_fr: str
    title_nl: str
    title_en: str
    organisation: str
    lead_actor: str | None  # optional: a call spreadsheet need not give it
    partner_actors: str
    municipality: str | None
    summary_fr: str
    summary_nl: str
    summary_en: str
    contact_name: str
    contact_email: str
    budget_eur: float | None
    language: str  # the candidate's language for letters


@dataclass(frozen=True)
class JurorFacts:
    code: str
    name: str
    institution: str
    role: str
    language: str
    email: str
    # The categories the juror scores, by position; None when it is every category.
    categories: tuple[str, ...] | None


@dataclass(frozen=True)
class ConflictFacts:
    juror: str
    project: str
    reason: str


class ScoreFacts(NamedTuple):
    """A tuple rather than a dataclass: an edition can hold 320,000 marks."""

    juror: str
    project: str
    criterion: str
    value: float
    comment: str
    stage: str = FINAL_STAGE
    preliminary: float | None = None  # the mark at the first submission in the last stage


@dataclass(frozen=True)
class StageFacts:
    code: str
    kind: str
    name_fr: str
    name_nl: str
    name_en: str
    jurors: tuple[str, ...]
    per_project: int | None
    shortlist: int | None
    method: str
    closes: dt.date | None
    state: str


@dataclass(frozen=True)
class ScreeningFacts:
    stage: str
    project: str
    eligible: bool
    reason: str


@dataclass(frozen=True)
class ConsensusFacts:
    stage: str
    project: str
    kind: str
    text_fr: str
    text_nl: str


@dataclass(frozen=True)
class StagedFacts:
    """The stages and what they recorded; empty lists for an edition without stages."""

    stages: list[StageFacts] = field(default_factory=list)
    screenings: list[ScreeningFacts] = field(default_factory=list)
    allocations: list[tuple[str, str, str]] = field(default_factory=list)  # stage, juror, project
    shortlists: list[tuple[str, str]] = field(default_factory=list)  # stage, project
    consensus: list[ConsensusFacts] = field(default_factory=list)

    @property
    def staged(self) -> bool:
        """Whether the edition has more than the one default stage (the workbook then
        writes the stage sheets and the Scores `stage` column)."""
        return bool(self.stages)


@dataclass(frozen=True)
class DecisionFacts:
    project: str
    award: str
    amount_eur: float | None
    citation_fr: str
    citation_nl: str
    citation_en: str
    justification: str


@dataclass(frozen=True)
class EditionContents:
    """Everything the edition workbook holds, as the database had it."""

    edition: EditionFacts
    categories: list[CategoryFacts]
    criteria: list[CriterionFacts]
    projects: list[ProjectFacts]
    jurors: list[JurorFacts]
    conflicts: list[ConflictFacts]
    scores: list[ScoreFacts]
    decisions: list[DecisionFacts]
    # How the call spreadsheet writes values (the "Call values" sheet): field ->
    # {folded value -> code}.
    value_mapping: dict[str, dict[str, str]]
    stages: StagedFacts = field(default_factory=StagedFacts)


def edition_contents(db: Database, year: int) -> EditionContents:
    """The whole edition `year` (InputError when there is none), read in one session."""
    with db.read() as session:
        edition = find_edition(session, year)
        categories = {c.id: c for c in edition.categories}
        category_code = {c.id: c.code for c in edition.categories}
        criterion_code = {c.id: c.code for c in edition.criteria}
        project_code = {p.id: p.code for p in edition.projects}
        juror_code = {j.id: j.code for j in edition.jurors}
        facts = EditionFacts(
            edition.year, edition.name_fr, edition.name_nl, edition.name_en,
            edition.ceremony_date, edition.method, edition.quorum, edition.trim,
            tuple(edition.tie_break), tuple(edition.prizes), edition.deliberation_date,
            edition.deliberation_place, tuple(edition.casting_vote), edition.foreword_fr,
            edition.foreword_nl, edition.foreword_en, edition.deliberation_start or "",
            edition.deliberation_end or "", edition.remedies_fr or "", edition.remedies_nl or "",
            edition.remedies_en or "")
        assigned: dict[int, set[int]] = {j.id: set() for j in edition.jurors}
        for juror_id, category_id in session.execute(
                select(Assignment.juror_id, Assignment.category_id)
                .join(Juror, Juror.id == Assignment.juror_id)
                .where(Juror.edition_id == edition.id)):
            assigned[juror_id].add(category_id)
        every = set(categories)

        def scored(juror_id: int) -> tuple[str, ...] | None:
            ids = assigned[juror_id]
            if ids == every:
                return None
            return tuple(category_code[c] for c in sorted(ids, key=lambda c:
                                                           categories[c].position))

        conflicts = session.execute(
            select(Conflict.juror_id, Conflict.project_id, Conflict.reason)
            .join(Project, Project.id == Conflict.project_id)
            .where(Project.edition_id == edition.id)
            .order_by(Conflict.juror_id, Conflict.project_id))
        stages = stages_of(session, edition.id)
        stage_code = {s.id: s.code for s in stages}
        kept = (PreliminaryMark.stage_id == Score.stage_id) & (
            PreliminaryMark.juror_id == Score.juror_id) & (
            PreliminaryMark.project_id == Score.project_id) & (
            PreliminaryMark.criterion_id == Score.criterion_id)
        scores = session.execute(
            select(Score.juror_id, Score.project_id, Score.criterion_id, Score.value,
                   Score.comment, Score.stage_id, PreliminaryMark.value)
            .join(Project, Project.id == Score.project_id)
            .outerjoin(PreliminaryMark, kept)
            .where(Project.edition_id == edition.id)
            .order_by(Score.juror_id, Score.project_id, Score.criterion_id, Score.stage_id))
        return EditionContents(
            facts,
            [CategoryFacts(c.code, c.name_fr, c.name_nl, c.name_en) for c in edition.categories],
            [CriterionFacts(c.code, c.name_fr, c.name_nl, c.name_en,
                            category_code[c.category_id] if c.category_id else None, c.weight,
                            c.min_value, c.max_value, c.step, c.descriptor_fr, c.descriptor_nl,
                            c.descriptor_en) for c in edition.criteria],
            [ProjectFacts(p.code, category_code[p.category_id], p.title_fr, p.title_nl,
                          p.title_en, p.organisation, p.lead_actor, p.partner_actors,
                          p.municipality, p.summary_fr, p.summary_nl, p.summary_en,
                          p.contact_name, p.contact_email, p.budget_eur, p.language)
             for p in edition.projects],
            [JurorFacts(j.code, j.name, j.institution, j.role, j.language, j.email,
                        scored(j.id)) for j in edition.jurors],
            [ConflictFacts(juror_code[j], project_code[p], reason)
             for j, p, reason in conflicts],
            [ScoreFacts(juror_code[j], project_code[p], criterion_code[c], v, m, stage_code[s],
                        before) for j, p, c, v, m, s, before in scores],
            [DecisionFacts(project_code[d.project_id], d.award, d.amount_eur, d.citation_fr,
                           d.citation_nl, d.citation_en, d.justification)
             for d in edition.decisions],
            {f: dict(v) for f, v in (edition.value_mapping or {}).items()},
            _staged(session, stages, project_code, juror_code))


def _is_default(session: Session, stages: list[Stage]) -> bool:
    """Whether the edition has only the stage of an edition without stages, as made,
    and nothing recorded in it beyond marks: its workbook is written as before stages."""
    if len(stages) != 1:
        return False
    stage = stages[0]
    made = default_stage(stage.edition_id)
    same = all(getattr(stage, name) == getattr(made, name) for name in (
        "code", "kind", "name_fr", "name_nl", "name_en", "method", "state")) and (
        not stage.jurors and stage.per_project is None and stage.shortlist is None
        and stage.closes is None)
    return same and not any(session.scalar(
        select(func.count()).select_from(model).where(model.stage_id == stage.id))
        for model in (Screening, Allocation, ShortlistEntry, ConsensusText))


def _staged(session: Session, stages: list[Stage], project_code: dict[int, str],
            juror_code: dict[int, str]) -> StagedFacts:
    """The stage sheets' contents, ordered by stage position, then by project code."""
    if _is_default(session, stages):
        return StagedFacts()
    ids = [s.id for s in stages]
    code = {s.id: s.code for s in stages}
    order = {s.id: s.position for s in stages}

    def rows(model: type, *columns: Any) -> list[Any]:
        found = session.execute(select(model.stage_id, *columns)  # type: ignore[attr-defined]
                                .where(model.stage_id.in_(ids))).all()  # type: ignore
        return sorted(found, key=lambda r: (order[r[0]], *(_key(r, project_code, juror_code))))

    return StagedFacts(
        [StageFacts(s.code, s.kind, s.name_fr, s.name_nl, s.name_en, tuple(s.jurors or ()),
                    s.per_project, s.shortlist, s.method, s.closes, s.state) for s in stages],
        [ScreeningFacts(code[s], project_code[p], bool(e), r) for s, p, e, r in
         rows(Screening, Screening.project_id, Screening.eligible, Screening.reason)],
        [(code[s], juror_code[j], project_code[p]) for s, p, j in
         rows(Allocation, Allocation.project_id, Allocation.juror_id)],
        [(code[s], project_code[p]) for s, p in rows(ShortlistEntry, ShortlistEntry.project_id)],
        [ConsensusFacts(code[s], project_code[p], k, fr, nl) for s, p, k, fr, nl in
         rows(ConsensusText, ConsensusText.project_id, ConsensusText.kind,
              ConsensusText.text_fr, ConsensusText.text_nl)])


_KINDS = {"consensus": 0, "majority": 1, "minority": 2}


def _key(row: Any, project_code: dict[int, str], juror_code: dict[int, str]) -> tuple:
    """A record's order within its stage: by project code, then juror code or text kind."""
    rest = row[2] if len(row) > 2 else None
    if isinstance(rest, int) and not isinstance(rest, bool):
        rest = juror_code[rest]
    elif isinstance(rest, str):
        rest = _KINDS.get(rest, 3)
    else:
        rest = 0
    return (project_code[row[1]], rest)
