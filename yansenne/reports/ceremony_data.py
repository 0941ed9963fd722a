"""Everything the ceremony dossier and the minutes show, read once from the database.

The documents are laid out from these plain records, never from live ORM objects,
so that a build can run off the UI thread after a short read session and the
layout code never touches the database. Texts that exist in several languages
are kept as `{lang: text}` so that one document can show French and Dutch side
by side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain import deliberation as D
from yansenne.domain import ranking
from yansenne.i18n import tr
from yansenne.scoring import catalogue
from yansenne.store.models import Conflict, Juror, Vote

Texts = Mapping[str, str]
LANGS = ("fr", "nl", "en")
PRIZE_AWARDS = ("1", "2", "3")


def texts(record: object, name: str) -> dict[str, str]:
    """A bilingual field as `{lang: text}` (empty languages left out)."""
    found = {lang: getattr(record, f"{name}_{lang}", "") or "" for lang in LANGS}
    return {lang: text for lang, text in found.items() if text}


def in_language(values: Texts, lang: str) -> str:
    """The text in `lang`, else in another language, so a reader always gets one."""
    for code in (lang, *(other for other in LANGS if other != lang)):
        if values.get(code):
            return values[code]
    return ""


@dataclass(frozen=True)
class CategoryInfo:
    code: str
    names: Texts


@dataclass(frozen=True)
class CriterionInfo:
    code: str
    names: Texts
    weight: float
    min_value: float
    max_value: float
    step: float
    category: str | None  # None: shared by every category's grid


@dataclass(frozen=True)
class JurorInfo:
    code: str
    name: str
    institution: str
    role: str  # president, member, observer
    present: bool

    @property
    def votes(self) -> bool:
        return self.role != "observer"


@dataclass(frozen=True)
class ProjectInfo:
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
    project: str
    rank: int
    place: int
    tie: bool
    score: float
    n_jurors: int


@dataclass(frozen=True)
class Left:
    """A project left out of a ranking and the reason code (scoring.BELOW_QUORUM...)."""

    project: str
    reason: str


@dataclass(frozen=True)
class CategoryStanding:
    code: str
    candidates: tuple[Candidate, ...]
    unranked: tuple[Left, ...]
    agreement: scoring.Agreement | None


@dataclass(frozen=True)
class SensitivityRow:
    """A contender's place under each method and its range when one juror is left out."""

    project: str
    places: Mapping[str, int | None]
    best_without_one: int | None
    worst_without_one: int | None
    can_drop_out: bool


@dataclass(frozen=True)
class SensitivityInfo:
    methods: tuple[str, ...]
    rows: tuple[SensitivityRow, ...]
    top3_changes: bool
    category_top3_changes: Mapping[str, bool]


@dataclass(frozen=True)
class VoteInfo:
    subject: str  # award:1, mention:P07...
    project: str | None
    juror: str
    choice: str  # for, against, abstain


@dataclass(frozen=True)
class Recusal:
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
    if not snapshot.projects or not snapshot.scores:
        return None
    overall = scoring.sensitivity(snapshot, None, method, rules)
    comparison = overall.comparison
    contenders = set(decided)
    for row_project, places in comparison.places.items():
        if any(p is not None and p <= 3 for p in places.values()):
            contenders.add(row_project)
    rows = []
    for code in contenders:
        places = comparison.places.get(code, {})
        influence = overall.influence.get(code)
        rows.append(SensitivityRow(
            project=code, places=dict(places),
            best_without_one=influence.best_place if influence else None,
            worst_without_one=influence.worst_place if influence else None,
            can_drop_out=influence.can_drop_out if influence else False))
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
    snapshot = ranking.snapshot_of(session, edition)
    rules = ranking.rules_of(edition)
    method = scoring.canonical_method(edition.method)
    results = scoring.rank(snapshot, method, rules)
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
        return tuple(Candidate(s.project, s.rank, s.place, s.tie, s.score, s.n_jurors)
                     for s in ranking.standings)

    category_standings = tuple(
        CategoryStanding(code, candidates(ranking),
                         tuple(Left(u.project, u.reason) for u in ranking.unranked),
                         agreement.get(code))
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
        recusals=recusals, votes=votes, n_scores=len(snapshot.scores), tallies=tallies)


# -- How the documents word the data ------------------------------------------------
# Every fixed string goes through tr(msgid, lang=...) so that one document can hold
# French and Dutch side by side; codes become words here, once for both documents.

DOSSIER_LANGUAGES = ("fr", "nl", "en", "fr+nl")
_translate = tr  # Voice.tr forwards msgids that its callers wrote as literals
MINUTES_LANGUAGES = ("fr", "nl")


@dataclass(frozen=True)
class Voice:
    """The language(s) of one document: one of fr, nl, en, or French and Dutch."""

    langs: tuple[str, ...]

    @classmethod
    def of(cls, spec: str) -> Voice:
        langs = tuple(spec.split("+"))
        if not langs or any(lang not in LANGS for lang in langs):
            raise ValueError(f"unknown document language {spec!r}")
        return cls(langs)

    @property
    def spec(self) -> str:
        return "+".join(self.langs)

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    @property
    def primary(self) -> str:
        return self.langs[0]

    def tr(self, msgid: str, /, **values: object) -> str:
        """`msgid` in each language, joined by " / " (once if they read the same).

        Callers pass literals (`voice.tr("Foreword")`), which the message extractor
        collects like any `tr()` call; here the msgid is only passed on."""
        return self.join(_translate(msgid, lang=lang, **values) for lang in self.langs)

    @staticmethod
    def join(parts: Iterable[str]) -> str:
        return " / ".join(dict.fromkeys(p for p in parts if p))

    def pick(self, values: Texts) -> str:
        """A bilingual field in the document's language(s)."""
        return self.join(in_language(values, lang) for lang in self.langs)


def month_name(month: int, lang: str) -> str:
    names = (tr("January", lang=lang), tr("February", lang=lang), tr("March", lang=lang),
             tr("April", lang=lang), tr("May", lang=lang), tr("June", lang=lang),
             tr("July", lang=lang), tr("August", lang=lang), tr("September", lang=lang),
             tr("October", lang=lang), tr("November", lang=lang), tr("December", lang=lang))
    return names[month - 1]


def format_date(day: dt.date | None, lang: str) -> str:
    """'4 février 2027' (1er for the first), '4 februari 2027', '4 February 2027'."""
    if day is None:
        return tr("date to be set", lang=lang)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month_name(day.month, lang)} {day.year}"


def _grouped(value: float, decimals: int, thousands: str, point: str) -> str:
    text = f"{abs(value):,.{decimals}f}".replace(",", "\x00").replace(".", point)
    return ("-" if value < 0 else "") + text.replace("\x00", thousands)


def format_amount(amount: float | None, lang: str) -> str:
    """Euros the Belgian way: '6 000 €' in French, '€ 6.000' in Dutch, '€6,000' in English."""
    if amount is None:
        return ""
    decimals = 0 if float(amount).is_integer() else 2
    if lang == "fr":
        # A no-break space (ReportLab breaks lines at U+202F, which Python calls a space).
        return _grouped(amount, decimals, "\u00a0", ",") + "\u00a0€"
    if lang == "nl":
        return "€\u00a0" + _grouped(amount, decimals, ".", ",")
    return "€" + _grouped(amount, decimals, ",", ".")


def format_number(value: float | None, lang: str, decimals: int = 2) -> str:
    """A figure with the language's decimal mark; '—' when there is none."""
    if value is None or value != value:  # NaN
        return "—"
    return _grouped(value, decimals, "", "." if lang == "en" else ",")


def award_label(award: str, lang: str) -> str:
    return {"1": tr("First prize", lang=lang), "2": tr("Second prize", lang=lang),
            "3": tr("Third prize", lang=lang)}.get(award) or tr("Mention", lang=lang)


def role_label(role: str, lang: str) -> str:
    return {"president": tr("President of the jury", lang=lang),
            "observer": tr("Observer (does not vote)", lang=lang)}.get(role) or tr(
                "Member of the jury", lang=lang)


def actor_label(code: str, lang: str) -> str:
    from yansenne import reference

    found = reference.actor(code)
    return in_language(texts(found, "name"), lang) if found else code


def municipality_label(code: str | None, lang: str) -> str:
    """Municipalities have official French and Dutch names; English readers get French."""
    from yansenne import reference

    if code == "region":
        return tr("The whole Region", lang=lang)
    found = reference.municipality(code)
    if found is None:
        return code or "—"
    return found.name_nl if lang == "nl" else found.name_fr


def police_zone_label(code: str | None, lang: str) -> str:
    from yansenne import reference

    if code == "region":
        return tr("every zone of the Region", lang=lang)
    found = reference.municipality(code)
    zone = reference.police_zones().get(found.police_zone) if found else None
    if zone is None:
        return "—"
    return f"{zone.name_nl if lang == 'nl' else zone.name_fr} ({zone.zone})"


def method_label(method: str, lang: str) -> str:
    return catalogue.title(method, lang)


def reason_label(reason: str, lang: str) -> str:
    return {scoring.BELOW_QUORUM: tr("below quorum", lang=lang),
            scoring.NO_SCORES: tr("no scores", lang=lang),
            scoring.TOO_FEW_TO_TRIM: tr("too few totals to trim", lang=lang)}.get(reason, reason)


def choice_label(choice: str, lang: str) -> str:
    return {"for": tr("for", lang=lang), "against": tr("against", lang=lang)}.get(
        choice) or tr("abstention", lang=lang)


def outcome_label(outcome: str, lang: str) -> str:
    """What the vote decided (the count is the domain's: deliberation.count_votes)."""
    return {D.ADOPTED: tr("adopted", lang=lang), D.REJECTED: tr("rejected", lang=lang),
            D.TIED: tr("tied, no casting vote", lang=lang)}.get(outcome) or tr(
        "not voted", lang=lang)


def subject_label(subject: str, lang: str) -> str:
    """What was put to the vote: 'award:1' is the first prize, 'mention:P07' a mention."""
    kind, _, rest = subject.partition(":")
    if kind == "award" and rest in PRIZE_AWARDS:
        return award_label(rest, lang)
    if kind == "mention":
        return tr("Mention", lang=lang)
    return subject


def _tie_rule(token: str, data: CeremonyData, lang: str) -> str:
    if token.startswith("criterion:"):
        found = data.criterion(token.split(":", 1)[1])
        name = in_language(found.names, lang) if found else token.split(":", 1)[1]
        return tr("the higher figure on the criterion “{criterion}”", lang=lang, criterion=name)
    return {"median": tr("the higher median of the jurors' totals", lang=lang),
            "first_places": tr("the more jurors placing it first", lang=lang),
            "casting_vote": tr("the casting vote of the president of the jury", lang=lang),
            }.get(token, token)


def method_in_words(data: CeremonyData, lang: str) -> list[str]:
    """How the ranking is made, in plain words, one paragraph per item."""
    method = data.method
    paragraphs = [
        tr("Each juror scores every project of the categories entrusted to them, on each "
           "criterion of the grid. A juror's total for a project is the weighted share of the "
           "maximum, out of 100: each criterion counts in proportion to its weight.", lang=lang),
        catalogue.described(method, lang, data.trim),
        tr("A project is ranked only if at least {quorum} jurors scored it. A juror who "
           "declared a conflict of interest with a project does not score it.", lang=lang,
           quorum=data.quorum),
    ]
    rules = [_tie_rule(token, data, lang) for token in data.tie_break]
    if rules:
        paragraphs.append(tr("Projects with the same figure share their rank (ex aequo); their "
                             "place is then decided by, in this order: {rules}.", lang=lang,
                             rules="; ".join(rules)))
    else:
        paragraphs.append(tr("Projects with the same figure share their rank (ex aequo).",
                             lang=lang))
    paragraphs.append(tr("The ranking guides the jury, whose deliberation is sovereign: it may "
                         "depart from the ranking, giving its reasons.", lang=lang))
    return paragraphs
