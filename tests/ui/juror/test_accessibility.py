"""The juror window for assistive technology (EN 301 549): every focusable widget named
in the window's language, the grid's cells read as "criterion, project: value" with the
allowed range, refusals announced, and one mnemonic per letter in each menu bar or menu."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.juror.conftest import OpenWindow, type_mark
from yansenne.ui.juror import JurorWindow
from yansenne.ui.juror import message_strip as strip_module

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def focusable(window: JurorWindow) -> list[QWidget]:
    """The widgets the keyboard reaches (Tab), as shown."""
    return [w for w in window.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
            and w.isEnabled()]


def open_everything(window: JurorWindow) -> None:
    for code in window.categories():
        window.show_category(code)
    window.show_category(window.categories()[0])


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_every_focusable_widget_has_a_name_in_the_windows_language(
        qtbot: QtBot, open_window: OpenWindow, lang: str) -> None:
    window = open_window("J1", lang=lang)
    open_everything(window)
    widgets = focusable(window)
    assert len(widgets) >= 6  # search, submit, grid, comment, note, tabs (at least)
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in widgets
               if not w.accessibleName().strip()]
    assert unnamed == [], unnamed
    names = {w.objectName(): w.accessibleName() for w in widgets}
    expected = {"fr": ("Chercher un projet", "Envoyer mes notes"),
                "nl": ("Een project zoeken", "Mijn scores indienen"),
                "en": ("Find a project", "Submit my scores")}[lang]
    assert (names["searchEdit"], names["submitButton"]) == expected


def test_the_grids_cells_read_criterion_project_value_and_range(
        qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    mark = page.model.index(1, 1)  # P03, relevance
    value = page.model.value(1, 1)
    assert mark.data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"Relevance, P03 Project 3 — safety: {page.model.number(value)}")
    assert mark.data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "a mark from 0 to 10 in steps of 0.5")
    # What a screen reader gets through Qt's accessibility bridge: the same words.
    view = page.view
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "Scores for Citizens"
    cells = {(child.text(QAccessible.Text.Name), child.text(QAccessible.Text.Description))
             for child in (interface.child(i) for i in range(interface.childCount()))
             if child is not None}
    assert (mark.data(Qt.ItemDataRole.AccessibleTextRole),
            "a mark from 0 to 10 in steps of 0.5") in cells
    window.set_language("fr")
    assert mark.data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"Pertinence, P03 Projet 3 — sécurité\u202f: {page.model.number(value)}")
    assert mark.data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "une note de 0 à 10 par pas de 0,5")


def test_a_refusal_is_announced(qtbot: QtBot, open_window: OpenWindow,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    heard: list[tuple[str, object]] = []

    def update(event: object) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(strip_module.QAccessible, "updateAccessibility", staticmethod(update))
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    page.view.go_to(1, 1)
    type_mark(qtbot, page, "12")
    assert heard == [("Refused: 12 is outside the scale of Relevance: type a mark from 0 to "
                      "10 in steps of 0.5.", QAccessible.AnnouncementPoliteness.Assertive)]
    assert page.strip.accessibleName() == "Refused"
    assert page.strip.label.accessibleName() == heard[0][0]


def mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts for m in [MNEMONIC.search(t)] if m]


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_mnemonics_are_unique_in_the_juror_window(qtbot: QtBot, open_window: OpenWindow,
                                                 lang: str) -> None:
    window = open_window("J1", lang=lang)
    open_everything(window)
    bar = [a.text() for a in window.menuBar().actions()]
    widgets = [w.text() for w in window.findChildren(QAbstractButton)
               if w.isVisibleTo(window)]
    widgets += [w.text() for w in window.findChildren(QLabel)
                if w.isVisibleTo(window) and w.buddy() is not None]
    letters = mnemonics(bar + widgets)
    assert len(letters) == len(set(letters)), (bar, widgets)
    assert len(mnemonics(bar)) == 2  # Scores and Language
    for menu in window.findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if isinstance(a, QAction)
                 and not a.isSeparator() and a.isVisible()]
        letters = mnemonics(texts)
        assert len(letters) == len(set(letters)), texts
        assert all(MNEMONIC.search(t) for t in texts), texts
