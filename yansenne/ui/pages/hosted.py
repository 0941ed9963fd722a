"""Pages built around their own database handle (results, deliberation, ceremony,
collection), hosted in the desk: `load` hands them the window's database and the
current edition, and asks them to read again since scores may have changed in a
juror window or an import meanwhile."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from yansenne.store.database import Database
from yansenne.ui.pages.base import Desk, DeskPage


class HostedPage(DeskPage):
    """A DeskPage wrapping a widget with `set_database`, `set_edition` and `reload`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.inner: Any = None
        self._db: Database | None = None
        self._year: int | None = None

    def make(self, desk: Desk) -> QWidget:
        raise NotImplementedError

    def bind(self, desk: Desk) -> None:
        super().bind(desk)
        self._db = desk.database
        self.inner = self.make(desk)
        self.layout().addWidget(self.inner)

    def has_unsaved(self) -> bool:
        is_dirty = getattr(self.inner, "is_dirty", None)
        return bool(is_dirty()) if is_dirty is not None else False

    def load(self) -> None:
        assert self.desk is not None
        db, year = self.desk.database, self.desk.year
        if db is not self._db:
            self._db = db
            self.inner.set_database(db)
        if year != self._year:
            self._year = year
            self.inner.set_edition(year)
        elif hasattr(self.inner, "reload"):
            self.inner.reload()


class ResultsDeskPage(HostedPage):
    def make(self, desk: Desk) -> QWidget:
        from yansenne.ui.results.results_page import ResultsPage

        return ResultsPage(desk.database, self)


class DeliberationDeskPage(HostedPage):
    def make(self, desk: Desk) -> QWidget:
        from yansenne.ui.results.deliberation_page import DeliberationPage

        return DeliberationPage(desk.database, self, actor=desk.actor, desk=desk)


class CeremonyDeskPage(HostedPage):
    def make(self, desk: Desk) -> QWidget:
        from yansenne.ui.ceremony import CeremonyPage

        return CeremonyPage(desk.database, self)


class CollectionDeskPage(HostedPage):
    def make(self, desk: Desk) -> QWidget:
        from yansenne.ui.collection import CollectionPage

        page = CollectionPage(desk.database, self)
        page.collected.connect(lambda: desk.dataChanged.emit("scores"))
        return page
