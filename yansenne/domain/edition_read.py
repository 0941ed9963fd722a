"""A whole edition read back as plain data: what the edition workbook export writes.

Read in one read session, so that every sheet of the export shows the same moment
of the database, and handed over as frozen dataclasses (references by code, not by
id) so that the writer of the file needs neither a session nor the store's models.
Each list keeps the order the export has always had (categories, criteria and
jurors by position, projects by code, conflicts and scores by their ids).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select

from yansenne.domain.lookup import find_edition
from yansenne.store.database import Database
from yansenne.store.models import Assignment, Conflict, Juror, Project, Score


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
            edition.deliberation_end or "")
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
        scores = session.execute(
            select(Score.juror_id, Score.project_id, Score.criterion_id, Score.value,
                   Score.comment)
            .join(Project, Project.id == Score.project_id)
            .where(Project.edition_id == edition.id)
            .order_by(Score.juror_id, Score.project_id, Score.criterion_id))
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
            [ScoreFacts(juror_code[j], project_code[p], criterion_code[c], v, m)
             for j, p, c, v, m in scores],
            [DecisionFacts(project_code[d.project_id], d.award, d.amount_eur, d.citation_fr,
                           d.citation_nl, d.citation_en, d.justification)
             for d in edition.decisions],
            {f: dict(v) for f, v in (edition.value_mapping or {}).items()})
