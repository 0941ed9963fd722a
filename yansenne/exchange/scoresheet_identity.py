"""What a juror's Excel scoresheet and its import share: the identity, its seal, the layout.

A scoresheet carries a very hidden identity sheet: the edition, the juror, a
SHA-256 fingerprint of the grid (criteria codes, weights and scales, and the
juror's categories), the projects of each sheet, when the sheet was generated and
the database's audit sequence at that moment, all sealed with an HMAC keyed by the
edition's own record (its id and creation time, which only the database holds), so
that an identity edited in Excel is refused. The export
(`yansenne.exchange.scoresheet_export`) writes it and the import
(`yansenne.exchange.scoresheet_import`) checks it; this module holds what both must
agree on: the rows and columns of a category sheet, the identity and its seal, the
grid's fingerprint, the juror's categories and criteria, and the conflict label.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store.models import Assignment, Category, Criterion, Edition, Juror

FORMAT = 1
IDENTITY = "yansenne"
IMPORT_ACTION = "scoresheet.import"
TITLE_ROW, OWNER_ROW, STATUS_ROW, HEADER_ROW, SCALE_ROW, FIRST_ROW = 1, 2, 3, 4, 5, 6
FIRST_CRITERION = 3  # column C: A is the project code, B its title

IDENTITY_KEYS = ("format", "year", "juror", "generated", "sequence", "fingerprint", "seal",
                 "grid")


# -- what a scoresheet is made of ------------------------------------------------------

@dataclass(frozen=True)
class SheetPart:
    """One category sheet as the identity records it."""

    title: str
    category: str
    criteria: tuple[str, ...]
    projects: tuple[str, ...]
    conflicts: tuple[str, ...]

    def as_row(self) -> list[Any]:
        return [self.title, self.category, ";".join(self.criteria), ";".join(self.projects),
                ";".join(self.conflicts)]


@dataclass
class Identity:
    """The hidden identity of a scoresheet: whose, which grid, when, and its seal."""

    year: int
    juror: str
    generated: str  # ISO time (UTC) of the export
    sequence: int  # the audit log's last id at export: the database state it reflects
    grid: str  # canonical JSON of the grid, see grid_of()
    fingerprint: str
    sheets: list[SheetPart] = field(default_factory=list)
    seal: str = ""

    def content(self) -> bytes:
        """What the seal covers: everything but the seal."""
        body = {"format": FORMAT, "year": self.year, "juror": self.juror,
                "generated": self.generated, "sequence": self.sequence, "grid": self.grid,
                "fingerprint": self.fingerprint, "sheets": [s.as_row() for s in self.sheets]}
        return json.dumps(body, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")


def seal_key(edition: Edition) -> bytes:
    """The HMAC key: the edition's own record, which only the database holds."""
    created = edition.created_at.isoformat() if edition.created_at else ""
    return hashlib.sha256(f"yansenne-scoresheet:{edition.id}:{edition.year}:{created}"
                          .encode()).digest()


def seal_of(identity: Identity, edition: Edition) -> str:
    return hmac.new(seal_key(edition), identity.content(), hashlib.sha256).hexdigest()


def grid_of(edition: Edition, categories: list[Category]) -> str:
    """Canonical JSON of what a juror's marks depend on: their categories and criteria."""
    codes = {c.id: c.code for c in edition.categories}
    ids = {c.id for c in categories}
    criteria = [[codes[c.category_id] if c.category_id else "", c.code, c.weight, c.min_value,
                 c.max_value, c.step] for c in edition.criteria
                if c.category_id is None or c.category_id in ids]
    return json.dumps({"categories": [c.code for c in categories], "criteria": criteria},
                      sort_keys=True, separators=(",", ":"))


def fingerprint_of(grid: str) -> str:
    return hashlib.sha256(grid.encode("utf-8")).hexdigest()


def assigned_categories(session: Session, edition: Edition, juror: Juror,
                        ) -> list[tuple[Category, Assignment]]:
    """The juror's categories in this edition, in order, with their assignments."""
    rows = session.execute(
        select(Category, Assignment).join(Assignment, Assignment.category_id == Category.id)
        .where(Assignment.juror_id == juror.id, Category.edition_id == edition.id)
        .order_by(Category.position, Category.code)).all()
    return [(c, a) for c, a in rows]


def scoring_juror(session: Session, edition: Edition, code: str,
                  file: str | None = None) -> Juror:
    """The juror `code` of the edition, or a refusal if there is none or an observer."""
    juror = session.scalars(select(Juror).where(Juror.edition_id == edition.id,
                                                Juror.code == code)).first()
    if juror is None:
        choices = ", ".join(j.code for j in edition.jurors if j.role != "observer")
        raise InputError(Problem(tr("juror {juror} is not in edition {year}; choose one of: "
                                    "{choices}", juror=code, year=edition.year,
                                    choices=choices or "-"), file=file))
    if juror.role == "observer":
        raise InputError(Problem(tr("juror {juror} is an observer and does not score",
                                    juror=juror.code), file=file))
    return juror


def criteria_of(edition: Edition, category: Category) -> list[Criterion]:
    """The criteria a category's projects are scored on: the common ones and its own."""
    return [c for c in edition.criteria if c.category_id in (None, category.id)]


def conflict_label(lang: str | None) -> str:
    """What a conflict row says in the comment column (the import recognises it)."""
    return tr("Conflict of interest: you do not score this project.", lang=lang)
