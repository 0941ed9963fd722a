"""Help ▸ User guide: the shipped guide, in the interface language, offline."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests import test_build_spec
from yansenne.paths import resources_dir
from yansenne.ui import i18n
from yansenne.ui.help_dialog import HelpDialog, guide_path
from yansenne.ui.main_window import MainWindow

LANGUAGES = ("fr", "nl", "en")
# The year in the order the secretariat lives it, then the jurors' part: every guide
# has these sections (anchors of its table of contents).
SECTIONS = ("year", "edition", "call", "grid", "jury", "stages", "packages", "collection",
            "deliberation", "lock", "dossier", "signatures", "letters", "ceremony", "scoring",
            "backup", "keyboard")


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))


def parsed(lang: str) -> Anchors:
    parser = Anchors()
    parser.feed(guide_path(lang).read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_the_whole_guide(lang: str) -> None:
    path = resources_dir() / "help" / lang / "index.html"
    assert guide_path(lang) == path and path.is_file()
    guide = parsed(lang)
    assert [i for i in guide.ids if i in SECTIONS] == list(SECTIONS)
    internal = [link[1:] for link in guide.links if link.startswith("#")]
    assert sorted(set(internal)) == sorted(SECTIONS)  # the contents lead everywhere
    assert all(link.startswith("#") for link in guide.links)  # offline: nothing outside


def _menu_texts(window: MainWindow) -> set[str]:
    texts = set()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        texts.add(menu.title().replace("&", ""))
        for action in menu.actions():
            texts.add(action.text().replace("&", ""))
            if action.menu():
                menus.append(action.menu())
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_names_the_menus_as_the_desk_shows_them(
        qtbot: QtBot, window: MainWindow, lang: str) -> None:
    """Every "Menu ▸ Item" the guide cites is a menu and an item of the window."""
    i18n.switch_language(lang)
    QApplication.processEvents()
    texts = _menu_texts(window)
    text = re.sub(r"\s+", " ", guide_path(lang).read_text(encoding="utf-8"))
    cited = re.findall(r"<b>([^<]+?) ▸ ([^<]+?)</b>", text)
    assert len(cited) >= 10
    scoring_menus = {"Scores", "Notes", "Language", "Langue", "Taal"}  # the juror window
    missing = [(menu, item) for menu, item in cited
               if menu not in scoring_menus and not {menu, item} <= texts]
    assert missing == []


def test_f1_opens_the_guide_in_the_interface_language(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionUserGuide.trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    assert dialog.shown_language() == "en"
    assert "Yansenne — user guide" in dialog.browser.toPlainText()
    i18n.switch_language("nl")
    QApplication.processEvents()
    assert dialog.shown_language() == "nl"
    assert dialog.windowTitle() == "Handleiding"
    assert "Het jaar, voor het secretariaat" in dialog.browser.toPlainText()
    window.show_help()  # again: the same dialog, raised
    assert window.help_dialog is dialog


def test_a_language_without_a_guide_falls_back_to_english() -> None:
    assert guide_path("de") == resources_dir() / "help" / "en" / "index.html"


bundled = test_build_spec.bundled  # build.spec executed with PyInstaller stubbed
spec = test_build_spec.spec


def test_the_build_ships_the_guides(bundled: set[str]) -> None:
    for lang in LANGUAGES:
        assert f"resources/help/{lang}/index.html" in bundled


def test_the_keyboard_alone_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    """F1 from wherever the focus is; Escape closes the guide again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible(),
                    timeout=2000)
    dialog = window.help_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _shown_texts(window: MainWindow) -> set[str]:
    """Every text the desk's pages show: buttons, tabs, the pages' list, lists' items,
    boxes' titles and labels, without their mnemonic or trailing colon."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QListWidget,
        QTabWidget,
    )

    from yansenne.ui.pages import registry

    for page in registry.PAGES:
        window.show_page(page.key)
        QApplication.processEvents()
    mnemonic = {w.text() for w in window.findChildren(QAbstractButton)}  # "&Build"
    mnemonic |= {w.title() for w in window.findChildren(QGroupBox)}
    mnemonic |= {w.text() for w in window.findChildren(QLabel)}
    for tabs in window.findChildren(QTabWidget):
        mnemonic |= {tabs.tabText(i) for i in range(tabs.count())}
    plain = set()  # items: an "&" is itself
    for items in window.findChildren(QListWidget):
        plain |= {items.item(i).text() for i in range(items.count())}
    for combo in window.findChildren(QComboBox):
        plain |= {combo.itemText(i) for i in range(combo.count())}
    texts = {re.sub(r"&(.)", r"\1", text) for text in mnemonic} | plain
    return {text.rstrip(":\u202f ") for text in texts}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_names_the_pages_and_buttons_as_the_desk_shows_them(
        qtbot: QtBot, window: MainWindow, lang: str) -> None:
    """Every other term the guide sets in bold (a page, a button, a tab, a document) is
    a text the desk shows in that language: the guide's stages, letters and signatures
    sections name the Stages and Ceremony pages' own words."""
    import html

    i18n.switch_language(lang)
    QApplication.processEvents()
    shown = _shown_texts(window)
    text = re.sub(r"\s+", " ", guide_path(lang).read_text(encoding="utf-8"))
    cited = {html.unescape(term) for term in re.findall(r"<b>([^<]+?)</b>", text)
             if "▸" not in term}
    assert len(cited) >= 30
    own = {"Contents", "Sommaire", "Inhoud"}  # the guide's own heading
    assert sorted(cited - shown - own) == []
