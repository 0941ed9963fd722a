"""The Collection page: juror packages out, signed ballots in (issue 8).

`CollectionPage(db, parent)`, then `set_edition(year)`.
"""

from yansenne.ui.collection.page import CollectionPage

__all__ = ["CollectionPage"]
