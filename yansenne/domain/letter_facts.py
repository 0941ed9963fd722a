"""What each letter to a candidate says, read once from the database (pure data).

`read_letters(db, year)` gives one `LetterFacts` a candidate project: its result (a
prize and its amount, a mention, not awarded, or not eligible with the screening's
reason), its place in its category and its figure on each criterion beside the
category's average, the jury's citation or the justification of a departure, and the
edition's facts every letter shares (the prize's name, the president who signs, the
remedies paragraph in each language, whether the deliberation is locked).
`yansenne.reports.letters` lays them out; it never reads the database.

Where the figures come from: each scoring stage is ranked on its own marks by its
method (the edition's when it names none), and a project's place and figures are
those of the last scoring stage that ranked it. In an edition without stages that is
its one stage; in an edition with stages, a project that was not shortlisted for the
last stage gets the place and figures of the last stage it was ranked in, and the
letter names that stage. A project no stage ranked (below quorum, or not eligible)
has no place and no figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain import consensus as consensus_texts
from yansenne.domain import ranking
from yansenne.domain.stages import has_stages, stages_of
from yansenne.store.database import Database
from yansenne.store.models import Edition, Project, Screening, Stage

Texts = Mapping[str, str]
LANGS = ("fr", "nl", "en")

PRIZE, MENTION, NOT_AWARDED, NOT_ELIGIBLE = "prize", "mention", "not_awarded", "not_eligible"


def _texts(record: object, name: str) -> dict[str, str]:
    found = {lang: getattr(record, f"{name}_{lang}", "") or "" for lang in LANGS}
    return {lang: text for lang, text in found.items() if text.strip()}


@dataclass(frozen=True)
class CriterionLine:
    """A project's figure on one criterion beside its category's average."""

    code: str
    names: Texts
    value: float | None
    category_average: float | None
    min_value: float
    max_value: float


@dataclass(frozen=True)
class LetterFacts:
    """One candidate project's letter."""

    project: str
    language: str  # the project's language (fr, nl, en)
    titles: Texts
    organisation: str
    category: str
    category_names: Texts
    outcome: str  # PRIZE, MENTION, NOT_AWARDED, NOT_ELIGIBLE
    award: str | None  # "1", "2", "3", "mention" or None
    amount: float | None
    citations: Texts
    justification: str
    assessment: Texts  # the last stage's consensus (or majority) text, fr and nl
    reason: str  # why the screening found it not eligible, as the secretariat wrote it
    place: int | None  # place in its category, None when not ranked
    category_size: int  # projects ranked in its category (in that stage)
    place_shared: bool  # another project of its category has the same place (a tie)
    stage_names: Texts  # the stage the place and figures come from (staged editions)
    reached_last_stage: bool
    figures: tuple[CriterionLine, ...]


@dataclass(frozen=True)
class Signatory:
    name: str
    institution: str


@dataclass(frozen=True)
class LettersFacts:
    """Every letter of an edition and what they share."""

    year: int
    names: Texts
    ceremony_date: dt.date | None
    dated: dt.date  # the letters' date: the lock's day, else today
    locked: bool
    staged: bool
    last_stage_names: Texts
    president: Signatory | None
    remedies: Texts
    letters: tuple[LetterFacts, ...]

    def letter(self, project: str) -> LetterFacts | None:
        return next((x for x in self.letters if x.project == project), None)


def read_letters(db: Database, year: int, *, today: dt.date | None = None) -> LettersFacts:
    """`gather_letters` in a read transaction of its own. Raises InputError (exit 2)
    for an edition that does not exist."""
    with db.read() as session:
        return gather_letters(session, year, today=today)


def _stage_rankings(session: Session, edition: Edition) -> list[tuple[Stage, scoring.Results]]:
    """Every scoring stage with marks, ranked on its own marks, first stage first."""
    out = []
    for stage in stages_of(session, edition.id):
        if stage.kind != "scoring":
            continue
        snapshot = ranking.snapshot_of(session, edition, stage)
        if not snapshot.scores:
            continue
        method = scoring.canonical_method(stage.method or edition.method)
        out.append((stage, scoring.rank(snapshot, method, ranking.rules_of(edition, stage=stage))))
    return out


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def gather_letters(session: Session, year: int, *,
                   today: dt.date | None = None) -> LettersFacts:
    """Read edition `year`'s letters (see the module's docstring)."""
    edition = ranking.find_edition(session, year)
    categories = {c.id: c for c in edition.categories}
    staged = has_stages(session, edition.id)
    stage_list = stages_of(session, edition.id)
    last_stage = stage_list[-1] if stage_list else None
    reached_last = (
        {row.project for row in consensus_texts.rows_in(session, edition)} if staged else None)
    rows = {row.project: row for row in consensus_texts.rows_in(session, edition)}

    position = {s.id: s.position for s in stage_list}
    refused: dict[int, tuple[int, str]] = {}
    for screening in session.scalars(
            select(Screening).join(Project).where(Project.edition_id == edition.id)):
        if not screening.eligible:
            at = position.get(screening.stage_id, 0)
            if screening.project_id not in refused or refused[screening.project_id][0] < at:
                refused[screening.project_id] = (at, screening.reason.strip())

    decisions: dict[int, object] = {}
    for decision in sorted(edition.decisions,
                           key=lambda d: (d.award == "mention", d.award, d.position)):
        decisions.setdefault(decision.project_id, decision)

    rankings = _stage_rankings(session, edition)

    def criterion(code: str, category_code: str) -> object | None:
        own = [c for c in edition.criteria if c.code == code and c.category_id is not None
               and categories[c.category_id].code == category_code]
        shared = [c for c in edition.criteria if c.code == code and c.category_id is None]
        return next(iter(own or shared), None)

    letters = []
    for project in sorted(edition.projects, key=lambda p: p.code):
        category = categories[project.category_id]
        place, size, shared, figures, stage_names = None, 0, False, (), {}
        for stage, results in reversed(rankings):
            in_category = results.categories.get(category.code)
            standing = in_category.by_project().get(project.code) if in_category else None
            if standing is None:
                continue
            place, size = standing.place, len(in_category.standings)
            shared = sum(s.place == place for s in in_category.standings) > 1
            lines = []
            for code, value in standing.criteria.items():
                found = criterion(code, category.code)
                average = _mean([v for s in in_category.standings
                                 if (v := s.criteria.get(code)) is not None])
                lines.append(CriterionLine(
                    code, _texts(found, "name") if found else {"en": code}, value, average,
                    found.min_value if found else 0.0, found.max_value if found else 0.0))
            figures = tuple(lines)
            stage_names = _texts(stage, "name") if staged else {}
            break

        decision = decisions.get(project.id)
        if project.id in refused:
            outcome = NOT_ELIGIBLE
        elif decision is None:
            outcome = NOT_AWARDED
        else:
            outcome = MENTION if decision.award == "mention" else PRIZE
        row = rows.get(project.code)
        assessment: dict[str, str] = {}
        if row is not None and row.kind is not None:
            pair = row.text(row.kind)
            assessment = {lang: text for lang, text in (("fr", pair.fr), ("nl", pair.nl))
                          if text.strip()}
        letters.append(LetterFacts(
            project=project.code, language=project.language or "fr",
            titles=_texts(project, "title"), organisation=project.organisation or "",
            category=category.code, category_names=_texts(category, "name"),
            outcome=outcome,
            award=decision.award if decision is not None else None,
            amount=decision.amount_eur if decision is not None else None,
            citations=_texts(decision, "citation") if decision is not None else {},
            justification=(decision.justification or "").strip() if decision else "",
            assessment=assessment,
            reason=refused.get(project.id, (0, ""))[1],
            place=place, category_size=size, place_shared=shared, stage_names=stage_names,
            reached_last_stage=reached_last is None or project.code in reached_last,
            figures=figures))

    president = next((j for j in edition.jurors if j.role == "president"), None)
    locked_at = edition.locked_at
    return LettersFacts(
        year=edition.year, names=_texts(edition, "name"), ceremony_date=edition.ceremony_date,
        dated=locked_at.date() if locked_at else (today or dt.date.today()),
        locked=locked_at is not None, staged=staged,
        last_stage_names=_texts(last_stage, "name") if staged and last_stage else {},
        president=Signatory(president.name, president.institution or "") if president else None,
        remedies=_texts(edition, "remedies"), letters=tuple(letters))
