"""What a juror's Excel scoresheet and its import share: the layout and the identity sheet.

A scoresheet carries a very hidden identity sheet: the edition, the juror, a
SHA-256 fingerprint of the grid (criteria codes, weights and scales, and the
juror's categories), the projects of each sheet, when the sheet was generated and
the database's audit sequence at that moment, all sealed with an HMAC-SHA256 keyed by
the juror's own secret (the one that signs their ballots, which no other juror can
read), so that an identity edited in Excel, or re-sealed by another juror to claim
this one, is refused. Format 2; a format 1 scoresheet (sealed with a key any juror
could derive from the edition) is refused with a request to export a new one. The
export
(`yansenne.exchange.scoresheet_export`) writes it and the import
(`yansenne.exchange.scoresheet_import`) reads it; this module holds what both must
agree on about the file: the rows and columns of a category sheet, the identity
sheet's name and keys, and the conflict label. The identity itself, its seal and the
grid's fingerprint need the database, so they live in `yansenne.domain.scoresheet_data`;
the records both sides pass around (`Identity`, `SheetPart`) are re-exported here.
"""

from __future__ import annotations

from yansenne.domain.scoresheet_data import FORMAT, IMPORT_ACTION, Identity, SheetPart
from yansenne.i18n import tr

__all__ = [
    "FIRST_CRITERION", "FIRST_ROW", "FORMAT", "HEADER_ROW", "IDENTITY", "IDENTITY_KEYS",
    "IMPORT_ACTION", "OWNER_ROW", "SCALE_ROW", "STATUS_ROW", "TITLE_ROW", "Identity",
    "SheetPart", "conflict_label",
]

IDENTITY = "yansenne"
TITLE_ROW, OWNER_ROW, STATUS_ROW, HEADER_ROW, SCALE_ROW, FIRST_ROW = 1, 2, 3, 4, 5, 6
FIRST_CRITERION = 3  # column C: A is the project code, B its title

IDENTITY_KEYS = ("format", "year", "juror", "generated", "sequence", "fingerprint", "seal",
                 "grid")


def conflict_label(lang: str | None) -> str:
    """What a conflict row says in the comment column (the import recognises it)."""
    return tr("Conflict of interest: you do not score this project.", lang=lang)
