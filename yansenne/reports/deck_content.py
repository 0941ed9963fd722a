"""What the ceremony deck says, slide by slide, in French and Dutch (issue 19).

`deck_of(data)` turns an edition's `CeremonyData` into a `Deck`: plain frozen
records with every text already worded in both languages, so that the two writers
(`deck_pptx`, `deck_pdf`) only place them. The order is the ceremony's:

1. the title (the edition's name, the date of the ceremony);
2. one slide per category with its nominees: the three best placed of its ranking
   (ties at the third place included), or, for an edition with stages, the projects
   that reached the last stage; listed by title, never in ranking order, so that
   the slide does not give the result away;
3. the awards revealed from the last to the first: the mentions first, then the
   third, second and first prize, each as a reveal slide ("The third prize goes
   to…") followed by the laureate's slide (title, organisation, municipality,
   category, amount and the jury's citation).

The slides are bilingual whatever the language of the messages; a draft mark
stands on every slide until the deliberation is locked.
"""

from __future__ import annotations

from dataclasses import dataclass

from yansenne.domain.ceremony_record import PRIZE_AWARDS, Award, CeremonyData, Texts
from yansenne.i18n import tr
from yansenne.reports.ceremony_data import (
    award_label,
    format_amount,
    format_date,
    in_language,
    municipality_label,
)

DECK_LANGS = ("fr", "nl")
NOMINEE_PLACES = 3  # an edition without stages nominates its three best placed

TITLE, NOMINEES, REVEAL, LAUREATE = "title", "nominees", "reveal", "laureate"
_translate = tr  # Both.tr forwards msgids that its callers wrote as literals


@dataclass(frozen=True)
class Both:
    """One text in French and in Dutch."""

    fr: str
    nl: str

    @classmethod
    def of(cls, values: Texts) -> Both:
        """A bilingual field, each language falling back on another when it is missing."""
        return cls(in_language(values, "fr"), in_language(values, "nl"))

    @classmethod
    def tr(cls, msgid: str, /, **values: object) -> Both:
        """A fixed wording in both languages; callers pass literals, which the message
        extractor collects like any `tr()` call."""
        return cls(*(_translate(msgid, lang=lang, **values) for lang in DECK_LANGS))

    @property
    def same(self) -> bool:
        return self.fr == self.nl

    def joined(self, separator: str = " / ") -> str:
        return self.fr if self.same else f"{self.fr}{separator}{self.nl}"


@dataclass(frozen=True)
class ProjectCard:
    """A project as a slide shows it."""

    code: str
    titles: Both
    organisation: str
    municipality: Both
    category: Both


@dataclass(frozen=True)
class Slide:
    """One slide. `kind` says which of the fields are filled:

    title: `heading` (the edition's name), `lines` (the kicker, the date);
    nominees: `heading` ("The nominees"), `subheading` (the category), `projects`;
    reveal: `heading` ("The third prize goes to…"), `award`, `amount`;
    laureate: `award`, `amount`, `projects` (the one laureate), `citation`.
    """

    kind: str
    heading: Both | None = None
    subheading: Both | None = None
    lines: tuple[Both, ...] = ()
    projects: tuple[ProjectCard, ...] = ()
    award: Both | None = None
    award_code: str = ""
    amount: Both | None = None
    citation: Both | None = None


@dataclass(frozen=True)
class Deck:
    year: int
    names: Both
    draft: Both | None  # the draft mark ("PROJET / ONTWERP"), None once locked
    draft_note: Both | None
    footer: Both  # the running title at the foot of every slide
    slides: tuple[Slide, ...]
    staged: bool  # nominees from the last stage's shortlist

    @property
    def locked(self) -> bool:
        return self.draft is None


def _card(data: CeremonyData, code: str) -> ProjectCard:
    info = data.projects[code]
    category = data.category(info.category)
    return ProjectCard(
        code=code, titles=Both.of(info.titles), organisation=info.organisation,
        municipality=Both(*(municipality_label(info.municipality, x) for x in DECK_LANGS)),
        category=Both.of(category.names) if category else Both(info.category, info.category))


def nominees(data: CeremonyData) -> dict[str, list[str]]:
    """The nominated projects' codes by category code, in the categories' order.

    With stages: the projects that reached the last stage; without (or before any
    shortlist): the projects placed 1 to 3 in their category's ranking, ties at the
    third place included. Listed by French title, never by place."""
    chosen: dict[str, list[str]] = {c.code: [] for c in data.categories}
    if data.consensus:
        for row in data.consensus:
            chosen.setdefault(row.category, []).append(row.project)
    else:
        for standing in data.standings:
            chosen.setdefault(standing.code, []).extend(
                c.project for c in standing.candidates if c.place <= NOMINEE_PLACES)

    def order(code: str) -> tuple[str, str]:
        return (in_language(data.projects[code].titles, "fr").casefold(), code)

    return {category: sorted(codes, key=order) for category, codes in chosen.items() if codes}


def reveal_order(data: CeremonyData) -> list[Award]:
    """The awards as the ceremony reveals them: the mentions, then prize 3, 2 and 1."""
    mentions = [a for a in data.awards if not a.is_prize]
    prizes = sorted((a for a in data.awards if a.is_prize),
                    key=lambda a: -PRIZE_AWARDS.index(a.award))
    return [*mentions, *prizes]


def _goes_to(award: str) -> Both:
    if award == "1":
        return Both.tr("The first prize goes to…")
    if award == "2":
        return Both.tr("The second prize goes to…")
    if award == "3":
        return Both.tr("The third prize goes to…")
    return Both.tr("A mention goes to…")


def deck_of(data: CeremonyData) -> Deck:
    """The whole deck of edition `data.year`."""
    names = Both.of(data.names)
    if not names.fr:
        names = Both(*(tr("David Yansenne prize {year}", lang=x, year=data.year)
                       for x in DECK_LANGS))
    slides = [Slide(
        kind=TITLE, heading=names,
        lines=(Both.tr("Brussels-Capital Region"),
               Both(*(tr("Awards ceremony: {date}", lang=x,
                         date=format_date(data.ceremony_date, x)) for x in DECK_LANGS))))]
    for category, codes in nominees(data).items():
        info = data.category(category)
        slides.append(Slide(
            kind=NOMINEES, heading=Both.tr("The nominees"),
            subheading=Both.of(info.names) if info else Both(category, category),
            projects=tuple(_card(data, code) for code in codes)))
    for award in reveal_order(data):
        label = Both(*(award_label(award.award, x) for x in DECK_LANGS))
        amount = (Both(*(format_amount(award.amount, x) for x in DECK_LANGS))
                  if award.amount else None)
        slides.append(Slide(kind=REVEAL, heading=_goes_to(award.award), award=label,
                            award_code=award.award, amount=amount))
        slides.append(Slide(kind=LAUREATE, award=label, award_code=award.award, amount=amount,
                            projects=(_card(data, award.project),),
                            citation=Both(award.citations.get("fr", ""),
                                          award.citations.get("nl", ""))))
    return Deck(
        year=data.year, names=names,
        draft=None if data.locked else Both.tr("DRAFT"),
        draft_note=None if data.locked else Both.tr("the deliberation is not locked yet"),
        footer=Both(*(f"{tr('Brussels Prevention & Security', lang=x)} — safe.brussels"
                      for x in DECK_LANGS)),
        slides=tuple(slides), staged=bool(data.consensus))
