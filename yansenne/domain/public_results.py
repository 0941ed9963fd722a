"""The public results of an edition: one row per laureate or mention (issue 19).

What the Region publishes on its website and in its yearly list of subsidies granted
(beneficiary, purpose, amount), so it is read only from a locked deliberation: an
unknown edition, and an edition whose deliberation is not locked, are refused before
anything is written (`yansenne publish`, spec/cli.md).

A row holds, in this order (`COLUMNS`, fixed English names: open data, never translated):
year, award (`1`, `2`, `3` or `mention`), amount_eur (None when the decision states no
amount), project (its code), title_fr, title_nl, organisation, municipality_fr,
municipality_nl, category (the category's code, as in the edition workbook).

- Order: the prizes 1, 2, 3, then the mentions by project code.
- Municipality: the official French and Dutch names of the NIS code; a region-wide
  project reads "Toute la Région" / "Hele Gewest" (the names edition-workbook.md
  accepts); a project without a municipality (or an unknown code) leaves both empty.
- Texts are as recorded (stripped of surrounding spaces); a missing Dutch title or
  organisation is an empty string, never filled in from another language.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from yansenne import reference
from yansenne.domain.lookup import find_edition
from yansenne.domain.places import REGION
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store.database import Database
from yansenne.store.models import Decision

COLUMNS: tuple[str, ...] = (
    "year", "award", "amount_eur", "project", "title_fr", "title_nl", "organisation",
    "municipality_fr", "municipality_nl", "category",
)
MENTION = "mention"
#: The whole Region, as edition-workbook.md names it (data values, not messages).
REGION_FR = "Toute la Région"
REGION_NL = "Hele Gewest"


@dataclass(frozen=True)
class PublicRow:
    """One laureate or mention, as published."""

    year: int
    award: str
    amount_eur: float | None
    project: str
    title_fr: str
    title_nl: str
    organisation: str
    municipality_fr: str
    municipality_nl: str
    category: str

    def values(self) -> tuple[object, ...]:
        """The row's values in the order of `COLUMNS`."""
        return tuple(getattr(self, name) for name in COLUMNS)


def not_locked_message(year: int) -> str:
    return tr("the deliberation of edition {year} is not locked: its results are public only "
              "once it is (yansenne deliberation lock {year})", year=year)


def municipality_names(code: str | None) -> tuple[str, str]:
    """The French and Dutch names of a stored municipality (NIS code or `region`)."""
    if code == REGION:
        return REGION_FR, REGION_NL
    found = reference.municipality(code)
    if found is None:
        return "", ""
    return found.name_fr, found.name_nl


def _order(decision: Decision) -> tuple[int, str]:
    """Prizes 1, 2, 3 first, then the mentions by project code."""
    if decision.award == MENTION:
        return 1, decision.project.code
    return 0, decision.award


def _text(value: str | None) -> str:
    return (value or "").strip()


def public_results(session: Session, year: int) -> list[PublicRow]:
    """The public rows of edition `year`, refused when it is unknown or not locked."""
    edition = find_edition(session, year)
    if edition.locked_at is None:
        raise InputError(Problem(not_locked_message(year)))
    from yansenne.domain.deliberation import verify_lock  # the lock must still hold

    if not verify_lock(session, year).matches:
        raise InputError(Problem(tr(
            "edition {year} was changed after its lock: what the jury decided is no longer "
            "what the database holds; reopen the deliberation and lock it again", year=year)))
    rows = []
    for decision in sorted(edition.decisions, key=_order):
        project = decision.project
        municipality_fr, municipality_nl = municipality_names(project.municipality)
        rows.append(PublicRow(
            year=edition.year, award=decision.award, amount_eur=decision.amount_eur,
            project=project.code, title_fr=_text(project.title_fr),
            title_nl=_text(project.title_nl), organisation=_text(project.organisation),
            municipality_fr=municipality_fr, municipality_nl=municipality_nl,
            category=project.category.code))
    return rows


def read_public_results(db: Database, year: int) -> list[PublicRow]:
    """`public_results` in a short read session of its own."""
    with db.read() as session:
        return public_results(session, year)
