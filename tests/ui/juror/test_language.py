"""The juror window speaks the juror's language (the Jurors sheet's), whatever this
computer's saved preference or the desk's language; its Language menu switches it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.factories import YEAR
from yansenne.exchange.package import export_package
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui import i18n
from yansenne.ui.app import _first_window
from yansenne.ui.juror import JurorWindow, open_juror_window
from yansenne.ui.main_window import MainWindow


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.switch_language("en")
    QApplication.processEvents()


def visible_texts(window: JurorWindow) -> dict[str, str]:
    page = window.current_page()
    assert page is not None
    return {"title": window.windowTitle(), "menu": window.scores_menu.title(),
            "language": window.language_menu.title(), "tab": window.tabs.tabText(0),
            "submit": page.submit_button.text(), "progress": page.progress_label.text(),
            "header": str(page.model.headerData(0, Qt.Orientation.Horizontal)),
            "search": page.search.placeholderText()}


def open_package(qtbot: QtBot, db: Database, juror: str, folder: Path,
                 saved: str) -> JurorWindow:
    """Open a juror's package as a double-click does, on a computer set to `saved`."""
    package = export_package(db, YEAR, juror, folder / f"{juror}.yansenne",
                             actor="secretariat").path
    i18n.save_language(saved)
    i18n.switch_language(i18n.initial_language())
    packaged = open_database(package)
    window = _first_window(packaged)
    assert isinstance(window, JurorWindow)
    qtbot.addWidget(window)
    window.destroyed.connect(packaged.close)
    return window


@pytest.mark.parametrize(("juror", "saved", "expected"), [
    ("J2", "fr", {"title": "Beoordelingsrooster — Pieter Janssens", "menu": "&Scores",
                  "language": "&Taal", "tab": "Burgers  2/2", "submit": "Mijn scores indienen",
                  "progress": "2 van 2 projecten gescoord", "header": "Project",
                  "search": "Een project zoeken (code of titel)"}),
    ("J1", "nl", {"title": "Grille de notation — Anne Dupont", "menu": "&Notes",
                  "language": "&Langue", "tab": "Citoyens  3/3",
                  "submit": "Envoyer mes notes", "progress": "3 projets notés sur 3",
                  "header": "Projet", "search": "Chercher un projet (code ou titre)"}),
])
def test_a_package_opens_in_its_jurors_language(
        qtbot: QtBot, restore_language: None, small_db: Database, tmp_path: Path,
        juror: str, saved: str, expected: dict[str, str]) -> None:
    window = open_package(qtbot, small_db, juror, tmp_path, saved)
    window.show()
    assert visible_texts(window) == expected
    assert i18n.saved_language() == saved  # the computer's preference is left alone
    assert i18n.current_language() == window.language  # Qt's own dialogs speak it too


def test_the_language_menu_switches_a_package_window_and_the_application(
        qtbot: QtBot, restore_language: None, small_db: Database, tmp_path: Path) -> None:
    window = open_package(qtbot, small_db, "J2", tmp_path, "fr")
    window.language_actions["fr"].trigger()
    assert visible_texts(window)["submit"] == "Envoyer mes notes"
    assert window.language_actions["fr"].isChecked()
    assert i18n.current_language() == "fr" and i18n.saved_language() == "fr"
    window.language_actions["en"].trigger()
    assert visible_texts(window)["title"] == "Scoring grid — Pieter Janssens"
    assert i18n.saved_language() == "fr"


def test_a_login_opens_in_its_jurors_language(
        qtbot: QtBot, restore_language: None, small_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import yansenne.store.postgres as postgres

    monkeypatch.setattr(postgres, "login_identity", lambda _db: (YEAR, "J2"))
    i18n.save_language("en")
    i18n.switch_language(i18n.initial_language())
    window = _first_window(small_db)
    assert isinstance(window, JurorWindow)
    qtbot.addWidget(window)
    assert visible_texts(window)["submit"] == "Mijn scores indienen"
    assert not window.ballot_action.isVisible() and not window.reopen_action.isVisible()


def test_the_window_opened_from_the_desk_follows_the_juror(
        qtbot: QtBot, restore_language: None, small_db: Database) -> None:
    i18n.switch_language("fr")
    desk = MainWindow(small_db)
    qtbot.addWidget(desk)
    window = open_juror_window(small_db, YEAR, "J2", parent=desk)
    assert visible_texts(window)["submit"] == "Mijn scores indienen"
    assert window.language_actions["nl"].isChecked()
    assert i18n.current_language() == "fr"  # the desk keeps its language
    window.language_actions["en"].trigger()
    assert visible_texts(window)["submit"] == "Submit my scores"
    assert i18n.current_language() == "fr"
    window.close()


@pytest.mark.parametrize(("lang", "expected"), [("fr", "1\u202f234 notes"),
                                                ("nl", "1.234 scores"),
                                                ("en", "1,234 scores")])
def test_a_juror_windows_counts_are_grouped_in_its_own_language(
        qapp: QApplication, lang: str, expected: str) -> None:
    """The window's speech puts a plural entry's count in as Qt would, in the juror's
    language whatever the desk speaks (here English)."""
    from yansenne.ui.juror.speech import Speech

    i18n.switch_language("en")
    speech = Speech(lang)
    assert speech.translate(("MainWindow",), "%n score(s)", None, 1234) == expected
