"""The desk's pages in sidebar order: (key, module, class, title).

Adding a page is one line here: a `DeskPage` subclass (see `pages/base.py`) in its
own module, built with its parent only, then `bind(desk)` and `load()`. The title
is the English source text; `QT_TRANSLATE_NOOP` lets Qt Linguist find it in the
"Pages" context, and `title()` translates it when the sidebar is drawn. The window
gives Ctrl+1 … Ctrl+9 to the first nine pages, in this order.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from yansenne.ui.pages.base import DeskPage


class Page(NamedTuple):
    key: str
    module: str
    cls: str
    title: str


PAGES: tuple[Page, ...] = (
    Page("dashboard", "yansenne.ui.pages.dashboard", "DashboardPage",
         QT_TRANSLATE_NOOP("Pages", "Dashboard")),
    Page("edition", "yansenne.ui.pages.edition", "EditionPage",
         QT_TRANSLATE_NOOP("Pages", "Edition")),
    Page("grid", "yansenne.ui.pages.grid", "GridPage",
         QT_TRANSLATE_NOOP("Pages", "Categories & grid")),
    Page("projects", "yansenne.ui.pages.projects", "ProjectsPage",
         QT_TRANSLATE_NOOP("Pages", "Projects")),
    Page("jury", "yansenne.ui.pages.jury", "JuryPage",
         QT_TRANSLATE_NOOP("Pages", "Jury")),
    Page("conflicts", "yansenne.ui.pages.conflicts", "ConflictsPage",
         QT_TRANSLATE_NOOP("Pages", "Conflicts")),
    Page("collection", "yansenne.ui.pages.hosted", "CollectionDeskPage",
         QT_TRANSLATE_NOOP("Pages", "Collection")),
    Page("results", "yansenne.ui.pages.hosted", "ResultsDeskPage",
         QT_TRANSLATE_NOOP("Pages", "Results")),
    Page("deliberation", "yansenne.ui.pages.hosted", "DeliberationDeskPage",
         QT_TRANSLATE_NOOP("Pages", "Deliberation")),
    Page("ceremony", "yansenne.ui.pages.hosted", "CeremonyDeskPage",
         QT_TRANSLATE_NOOP("Pages", "Ceremony")),
    # Last, so that the pages before it keep the Ctrl+digit people already know.
    Page("stages", "yansenne.ui.pages.stages", "StagesPage",
         QT_TRANSLATE_NOOP("Pages", "Stages")),
)

START_PAGE = "projects"


def page_class(page: Page) -> type[DeskPage]:
    cls = getattr(importlib.import_module(page.module), page.cls)
    if not (isinstance(cls, type) and issubclass(cls, DeskPage)):
        raise TypeError(f"{page.module}.{page.cls} is not a DeskPage")
    return cls


def title(page: Page) -> str:
    """The page's title in the interface language."""
    return QCoreApplication.translate("Pages", page.title)
