"""The Ceremony page: the dossier and the minutes, built, previewed, printed, opened."""

from yansenne.ui.ceremony.page import CeremonyPage

__all__ = ["CeremonyPage"]
