"""Everything the ceremony dossier and the minutes show, read once from the database.

The documents are laid out from these plain frozen records, never from live ORM
objects, so that a build can run off the UI thread after a short read session and
the layout code in `yansenne.reports` never touches the database. Texts that exist
in several languages are kept as `{lang: text}` so that one document can show
French and Dutch side by side; how the documents word them stays in
`yansenne.reports.ceremony_data`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain import consensus as consensus_texts
from yansenne.domain import deliberation as D
from yansenne.domain import ranking
from yansenne.domain.stages import last_scoring_stage
from yansenne.scoring.model import Uncertainty
from yansenne.scoring.notes import Note
from yansenne.store.database import Database
from yansenne.store.models import Conflict, Juror, Vote

Texts = Mapping[str, str]
LANGS = ("fr", "nl", "en")
PRIZE_AWARDS = ("1", "2", "3")


def texts(record: object, name: str) -> dict[str, str]:
    """A bilingual field as `{lang: text}` (empty languages left out)."""
    found = {lang: getattr(record, f"{name}_{lang}", "") or "" for lang in LANGS}
    return {lang: text for lang, text in found.items() if text}


@dataclass(frozen=True)
class CategoryInfo:
    """A category with its names, for headings in either language."""

    code: str
    names: Texts


@dataclass(frozen=True)
class CriterionInfo:
    """A criterion of the grid, with its scale, to name and explain figures."""

    code: str
    names: Texts
    weight: float
    min_value: float
    max_value: float
    step: float
    category: str | None  # None: shared by every category's grid


@dataclass(frozen=True)
class JurorInfo:
    """A juror as the documents list them (presence and role for the minutes)."""

    code: str
    name: str
    institution: str
    role: str  # president, member, observer
    present: bool

    @property
    def votes(self) -> bool:
        """Observers sit with the jury but cast no ballot."""
        return self.role != "observer"


@dataclass(frozen=True)
class ProjectInfo:
    """A project as the laureate pages and rankings describe it."""

    code: str
    category: str
    titles: Texts
    summaries: Texts
    organisation: str
    lead_actor: str
    partner_actors: tuple[str, ...]
    municipality: str | None  # NIS code, "region", or None


@dataclass(frozen=True)
class Figure:
    """A project's figure on one criterion beside the field's average."""

    criterion: str
    value: float | None
    field_average: float | None


@dataclass(frozen=True)
class Award:
    """A decision of the jury (a prize or a mention) with where the ranking put it."""

    award: str  # "1", "2", "3" or "mention"
    project: str
    amount: float | None
    citations: Texts
    justification: str
    place: int | None  # overall place under the edition's method
    category_place: int | None
    category_size: int
    figures: tuple[Figure, ...]

    @property
    def is_prize(self) -> bool:
        return self.award in PRIZE_AWARDS

    @property
    def departs(self) -> bool:
        """A prize given out of the ranking's order (or to an unranked project)."""
        return self.is_prize and self.place != int(self.award)


@dataclass(frozen=True)
class Candidate:
    """One ranked project, copied from a scoring standing so no ranking object leaks."""

    project: str
    rank: int
    place: int
    tie: bool
    score: float
    n_jurors: int
    uncertainty: Uncertainty | None = None  # from resampling the jurors


@dataclass(frozen=True)
class Left:
    """A project left out of a ranking and the reason code (scoring.BELOW_QUORUM...)."""

    project: str
    reason: str


@dataclass(frozen=True)
class CategoryStanding:
    """A category's ranking, its projects left out and its agreement figures."""

    code: str
    candidates: tuple[Candidate, ...]
    unranked: tuple[Left, ...]
    agreement: scoring.Agreement | None
    indistinct: tuple[Note, ...] = ()  # consecutive places the resampled panels reverse


@dataclass(frozen=True)
class SensitivityRow:
    """A contender's place under each method and its range when one juror is left out."""

    project: str
    places: Mapping[str, int | None]
    best_without_one: int | None
    worst_without_one: int | None
    can_drop_out: bool
    shared: frozenset[str] = frozenset()  # the methods under which another project has
    # the same place (a tie, printed "1=" as the ranking's tables print it)


@dataclass(frozen=True)
class SensitivityInfo:
    """How much the contenders' places depend on the method and on each juror."""

    methods: tuple[str, ...]
    rows: tuple[SensitivityRow, ...]
    top3_changes: bool
    category_top3_changes: Mapping[str, bool]


@dataclass(frozen=True)
class VoteInfo:
    """One juror's ballot on one subject put to the vote."""

    subject: str  # award:1, mention:P07...
    project: str | None
    juror: str
    choice: str  # for, against, abstain


@dataclass(frozen=True)
class Recusal:
    """A declared conflict of interest: the juror did not score the project."""

    juror: str
    project: str


@dataclass(frozen=True)
class CeremonyData:
    """One edition as the ceremony documents present it."""

    year: int
    names: Texts
    forewords: Texts
    ceremony_date: dt.date | None
    deliberation_date: dt.date | None
    deliberation_place: str
    method: str
    trim: int
    quorum: int
    tie_break: tuple[str, ...]
    casting_vote: tuple[str, ...]
    prizes: tuple[float, ...]
    locked_at: dt.datetime | None
    categories: tuple[CategoryInfo, ...]
    criteria: tuple[CriterionInfo, ...]
    jurors: tuple[JurorInfo, ...]
    projects: Mapping[str, ProjectInfo]
    awards: tuple[Award, ...]
    standings: tuple[CategoryStanding, ...]
    overall: tuple[Candidate, ...]
    sensitivity: SensitivityInfo | None
    recusals: tuple[Recusal, ...]
    votes: tuple[VoteInfo, ...]
    n_scores: int = 0
    tallies: Mapping[str, D.Tally] = field(default_factory=dict)  # by subject, the domain's count
    deliberation_start: str = ""  # "HH:MM" or ""
    deliberation_end: str = ""
    overall_reason: Note | None = None  # why `overall` is not comparable, if so
    # With stages: the projects that reached the last stage (named `last_stage`) with
    # their consensus texts, or majority and minority texts (domain.consensus); empty
    # for an edition without stages, whose documents print none.
    consensus: tuple[consensus_texts.ConsensusRow, ...] = ()
    last_stage: Texts = field(default_factory=dict)

    @property
    def meeting(self) -> D.Meeting:
        """When and where the jury met, as the minutes print it."""
        return D.Meeting(self.deliberation_date, self.deliberation_place,
                         self.deliberation_start, self.deliberation_end)

    @property
    def locked(self) -> bool:
        return self.locked_at is not None

    @property
    def prizes_awarded(self) -> tuple[Award, ...]:
        return tuple(a for a in self.awards if a.is_prize)

    @property
    def mentions(self) -> tuple[Award, ...]:
        return tuple(a for a in self.awards if not a.is_prize)

    @property
    def departures(self) -> tuple[Award, ...]:
        """Decisions that depart from the ranking or carry a justification."""
        return tuple(a for a in self.awards if a.departs or a.justification.strip())

    @property
    def voting_jurors(self) -> tuple[JurorInfo, ...]:
        return tuple(j for j in self.jurors if j.votes)

    @property
    def president(self) -> JurorInfo | None:
        return next((j for j in self.jurors if j.role == "president"), None)

    def juror(self, code: str) -> JurorInfo | None:
        return next((j for j in self.jurors if j.code == code), None)

    def category(self, code: str) -> CategoryInfo | None:
        return next((c for c in self.categories if c.code == code), None)

    def criterion(self, code: str, category: str | None = None) -> CriterionInfo | None:
        """The criterion `code` of `category`'s grid (a category's own before a shared one)."""
        own = [c for c in self.criteria if c.code == code and c.category == category]
        shared = [c for c in self.criteria if c.code == code and c.category is None]
        anywhere = [c for c in self.criteria if c.code == code]
        return next(iter(own or shared or anywhere), None)


def _field_averages(overall: scoring.Ranking) -> dict[str, float]:
    """Each criterion's mean figure over every ranked project scored on it."""
    sums: dict[str, list[float]] = {}
    for standing in overall.standings:
        for code, value in standing.criteria.items():
            if value is not None:
                sums.setdefault(code, []).append(value)
    return {code: sum(values) / len(values) for code, values in sums.items()}


def _sensitivity(snapshot: scoring.Snapshot, method: str, rules: scoring.Rules,
                 decided: set[str]) -> SensitivityInfo | None:
    """Places under every method for the decided projects and any top-3 contender."""
    if not snapshot.projects or not snapshot.scores:
        return None
    overall = scoring.sensitivity(snapshot, None, method, rules)
    comparison = overall.comparison
    contenders = set(decided)
    for row_project, places in comparison.places.items():
        if any(p is not None and p <= 3 for p in places.values()):
            contenders.add(row_project)
    held = Counter((m, place) for by_method in comparison.places.values()
                   for m, place in by_method.items() if place is not None)
    rows = []
    for code in contenders:
        places = comparison.places.get(code, {})
        influence = overall.influence.get(code)
        rows.append(SensitivityRow(
            project=code, places=dict(places),
            best_without_one=influence.best_place if influence else None,
            worst_without_one=influence.worst_place if influence else None,
            can_drop_out=influence.can_drop_out if influence else False,
            shared=frozenset(m for m, place in places.items() if held[(m, place)] > 1)))
    rows.sort(key=lambda r: (r.places.get(method) is None, r.places.get(method) or 0, r.project))
    by_category = {c: scoring.compare_methods(snapshot, c, rules).top3_changes
                   for c in snapshot.categories}
    return SensitivityInfo(comparison.methods, tuple(rows), comparison.top3_changes, by_category)


def gather(session: Session, year: int, *, with_sensitivity: bool = True) -> CeremonyData:
    """Read edition `year` and compute its ranking, agreement and sensitivity.

    Raises InputError (via ranking.find_edition) if the edition does not exist.
    """
    edition = ranking.find_edition(session, year)
    categories = {c.id: c.code for c in edition.categories}
    stage = last_scoring_stage(session, edition.id)  # where the deliberation stands
    snapshot = ranking.snapshot_of(session, edition, stage)
    rules = ranking.rules_of(edition, stage=stage)
    method = ranking.stage_method(edition, stage)
    results = scoring.rank(snapshot, method, rules)
    results = ranking.with_uncertainty(snapshot, results, edition.year, overall=False)
    agreement = scoring.agreement_by_category(snapshot) if snapshot.scores else {}

    projects = {
        p.code: ProjectInfo(
            code=p.code, category=categories[p.category_id], titles=texts(p, "title"),
            summaries=texts(p, "summary"), organisation=p.organisation or "",
            lead_actor=p.lead_actor,
            partner_actors=tuple(a for a in (p.partner_actors or "").split(";") if a),
            municipality=p.municipality)
        for p in edition.projects}

    averages = _field_averages(results.overall)
    overall_by_project = results.overall.by_project()
    awards = []
    for decision in sorted(edition.decisions, key=lambda d: (
            d.award == "mention", d.award, d.position, d.project.code)):
        code = decision.project.code
        standing = overall_by_project.get(code)
        category = projects[code].category
        in_category = results.categories.get(category)
        figures = tuple(
            Figure(criterion, value, averages.get(criterion))
            for criterion, value in (standing.criteria.items() if standing else ()))
        awards.append(Award(
            award=decision.award, project=code, amount=decision.amount_eur,
            citations=texts(decision, "citation"), justification=decision.justification or "",
            place=standing.place if standing else None,
            category_place=in_category.place_of(code) if in_category else None,
            category_size=len(in_category.standings) if in_category else 0,
            figures=figures))

    def candidates(ranking: scoring.Ranking) -> tuple[Candidate, ...]:
        """Plain copies of a ranking's standings."""
        return tuple(Candidate(s.project, s.rank, s.place, s.tie, s.score, s.n_jurors,
                               s.uncertainty)
                     for s in ranking.standings)

    category_standings = tuple(
        CategoryStanding(code, candidates(ranking),
                         tuple(Left(u.project, u.reason) for u in ranking.unranked),
                         agreement.get(code),
                         tuple(n for n in ranking.notes if n.code == "indistinct_places"))
        for code, ranking in results.categories.items())

    juror_codes = {j.id: j.code for j in edition.jurors}
    project_codes = {p.id: p.code for p in edition.projects}
    recusals = tuple(
        Recusal(juror_codes[j], project_codes[p]) for j, p in session.execute(
            select(Conflict.juror_id, Conflict.project_id).join(Juror)
            .where(Juror.edition_id == edition.id)))
    votes = tuple(
        VoteInfo(v.subject, project_codes.get(v.project_id) if v.project_id else None,
                 juror_codes[v.juror_id], v.choice)
        for v in session.scalars(select(Vote).where(Vote.edition_id == edition.id)
                                 .order_by(Vote.subject, Vote.id)))
    president = next((j.code for j in edition.jurors if j.role == "president"), None)
    ballots: dict[str, dict[str, str]] = {}
    for vote in votes:
        ballots.setdefault(vote.subject, {})[vote.juror] = vote.choice
    tallies = {subject: D.count_votes(subject, choices, president)
               for subject, choices in ballots.items()}
    decided = {a.project for a in awards}
    last = consensus_texts.last_stage(session, edition)
    return CeremonyData(
        year=edition.year, names=texts(edition, "name"), forewords=texts(edition, "foreword"),
        ceremony_date=edition.ceremony_date, deliberation_date=edition.deliberation_date,
        deliberation_place=edition.deliberation_place or "", method=method, trim=edition.trim,
        quorum=edition.quorum, tie_break=tuple(edition.tie_break),
        casting_vote=tuple(edition.casting_vote), prizes=tuple(edition.prizes),
        locked_at=edition.locked_at,
        categories=tuple(CategoryInfo(c.code, texts(c, "name")) for c in edition.categories),
        criteria=tuple(
            CriterionInfo(c.code, texts(c, "name"), c.weight, c.min_value, c.max_value, c.step,
                          categories[c.category_id] if c.category_id else None)
            for c in edition.criteria),
        jurors=tuple(JurorInfo(j.code, j.name, j.institution or "", j.role, bool(j.present))
                     for j in edition.jurors),
        projects=projects, awards=tuple(awards), standings=category_standings,
        overall=candidates(results.overall),
        sensitivity=_sensitivity(snapshot, method, rules, decided) if with_sensitivity else None,
        recusals=recusals, votes=votes, n_scores=len(snapshot.scores), tallies=tallies,
        deliberation_start=edition.deliberation_start or "",
        deliberation_end=edition.deliberation_end or "",
        overall_reason=results.overall.reason,
        consensus=tuple(consensus_texts.rows_in(session, edition)),
        last_stage=texts(last, "name") if last is not None else {})


def missing_summaries(db: Database, year: int,
                      langs: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """The laureates (projects with a decision) whose summary is missing in any of
    `langs`, with those languages: what the dossier will mark as missing."""
    with db.read() as session:
        edition = ranking.find_edition(session, year)
        decided = {d.project_id for d in edition.decisions}
        out = []
        for project in edition.projects:
            if project.id not in decided:
                continue
            summaries = texts(project, "summary")
            lacking = tuple(lang for lang in langs if not summaries.get(lang, "").strip())
            if lacking:
                out.append((project.code, lacking))
        return out
