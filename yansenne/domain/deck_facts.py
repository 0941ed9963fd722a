"""What the ceremony deck needs from the database, read in one short session.

The deck (`yansenne.reports.deck_content`) is worded from the same `CeremonyData` as
the dossier: the decisions with their amounts and citations, the categories, the
projects, each category's ranking and, for an edition with stages, the projects that
reached the last stage. The sensitivity analysis, which the slides never show, is
not computed.
"""

from __future__ import annotations

from yansenne.domain.ceremony_record import CeremonyData, gather
from yansenne.store.database import Database


def read_ceremony(db: Database, year: int) -> CeremonyData:
    """Edition `year` as the deck shows it; InputError for an unknown edition."""
    with db.read() as session:
        return gather(session, year, with_sensitivity=False)
