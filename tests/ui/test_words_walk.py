"""Every word in the reader's language: a walk over every page, dialog and the juror's
window, in French and in Dutch.

The desk is opened in English and walked (each page, each tab of it, each menu), then
switched to the other language and walked again; a visible text that is still its
English source is a word left untranslated. Dialogs are opened from the window's own
actions (whatever a helper adds to a menu is walked too) and closed unconfirmed. Data
(titles, names, codes from the database) and an explicit allow-list of proper nouns are
set aside, and so are the entries a catalogue translates by the same word on purpose
("Budget", "Code"). A label or button narrower than its text is a text cut off.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.helpers import ROOT
from yansenne import i18n as core_i18n
from yansenne import reference
from yansenne.cli.main import main
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui import i18n
from yansenne.ui.main_window import MainWindow
from yansenne.ui.pages import registry

YEAR = 2026
Texts = dict[tuple[str, ...], str]

#: Proper nouns and notations that read the same in every language.
ALLOWED = {
    "Français", "Nederlands", "English", "&Français", "&Nederlands", "&English",
    "ICC(2,1)", "Kendall", "Schulze", "Krippendorff", "Yansenne", "PDF", "CSV", "Excel",
    "OK", "E-mail", "QR", "K", "ID", "Type", "z-scores", "Computer",
}
#: Actions never triggered by the walk: they leave, reload or change the language.
SKIPPED_ACTIONS = re.compile(r"quit|exit|close|reload|english|french|dutch|language|about"
                             r"|undo|redo|delete|remove|lock|reopen|submit|restore|backup"
                             r"|fullscreen|full_screen", re.IGNORECASE)


# -- what is the same on purpose -----------------------------------------------------------


def same_on_purpose(lang: str) -> Callable[[str], bool]:
    """Whether a text is one a catalogue translates by the same words (a cognate, a
    proper noun), its `{placeholders}` filled or not."""
    same: set[str] = set()
    ts = ET.parse(ROOT / "resources" / "translations" / f"yansenne_{lang}.ts").getroot()
    for message in ts.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is not None and source and translation.text == source:
            same.add(source)
    same.update(key for key, value in core_i18n.catalogue(lang).items() if key == value)
    plain_same = {plain(text) for text in same}
    patterns = [re.compile(".+?".join(re.escape(part) for part in re.split(r"\{\w*\}", text)))
                for text in plain_same if "{" in text and is_words(re.sub(r"\{\w*\}", "", text))]
    return lambda text: text in plain_same or any(p.fullmatch(text) for p in patterns)


def data_strings(path: Path) -> set[str]:
    """Every text the database holds (titles, names, codes): shown as typed."""
    found: set[str] = set()
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):  # noqa: S608
                found.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) > 1)
    found.add(Path.home().name)  # the file dialogs show the user's folder
    for place in reference.municipalities():  # names of places, shown as they are
        found.update({place.name_fr, place.name_nl})
    found.update(n for z in reference.police_zones().values() for n in (z.name_fr, z.name_nl))
    return found


def plain(text: str) -> str:
    """The words of a text as a person reads them: no mnemonic, no markup, no ellipsis."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("…", "").replace("\u202f", " ").split()).strip(" :")


def is_words(text: str) -> bool:
    """A text with at least one word of three letters (not a number, a code or a sign),
    and not a file's path or an e-mail address."""
    if re.fullmatch(r"\S+@\S+|[A-Za-z]:[\\/].*|/.*", text):
        return False
    return re.search(r"[^\W\d_]{3,}", text) is not None


# -- walking -------------------------------------------------------------------------------


def path_of(widget: QObject, root: QObject) -> str:
    parts: list[str] = []
    node: QObject | None = widget
    while node is not None and node is not root:
        parent = node.parent()
        name = node.objectName()
        if not name:
            siblings = [c for c in (parent.children() if parent else [])
                        if type(c) is type(node) and not c.objectName()]
            name = f"{type(node).__name__}[{siblings.index(node) if node in siblings else 0}]"
        parts.append(name)
        node = parent
    return "/".join(reversed(parts))


def header_texts(view: QAbstractItemView) -> list[str]:
    header = (view.horizontalHeader() if isinstance(view, QTableView)
              else view.header() if isinstance(view, QTreeView) else None)
    if header is None or header.isHidden() or view.model() is None:
        return []
    model = header.model()
    return [str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            for i in range(header.count()) if not header.isSectionHidden(i)]


def cells(view: QAbstractItemView, rows: int = 15) -> dict[tuple[int, int], str]:
    """The words of the first rows of a table, list or tree (their top level)."""
    model = view.model()
    if model is None:
        return {}
    found = {}
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model keeps its column count to itself: one
        columns = 1
    for row in range(min(model.rowCount(top), rows)):
        for column in range(columns):
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                found[(row, column)] = value
    return found


def menu_texts(menu: QMenu, key: str, out: Texts) -> None:
    out[(key, "title")] = menu.title()
    for n, action in enumerate(menu.actions()):
        if action.menu() is not None:
            menu_texts(action.menu(), f"{key}/{n}", out)
        elif action.isVisible() and action.text():
            out[(f"{key}/{action.objectName() or n}", "action")] = action.text()


def widget_texts(root: QWidget) -> Texts:
    """The visible words of `root` and its children, by widget path and property."""
    out: Texts = {}
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        key = path_of(widget, root)
        if widget is root or isinstance(widget, QDialog):
            out[(key, "windowTitle")] = widget.windowTitle()
        if widget.toolTip():
            out[(key, "toolTip")] = widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton) and not isinstance(
                widget.parent(), QAbstractSpinBox):
            out[(key, "text")] = widget.text()
        if isinstance(widget, QGroupBox):
            out[(key, "title")] = widget.title()
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            out[(key, "placeholder")] = widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                out[(key, f"tab{i}")] = widget.tabText(i)
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(min(widget.count(), 12)):
                out[(key, f"item{i}")] = widget.itemText(i)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for i, text in enumerate(header_texts(widget)):
                out[(key, f"header{i}")] = text
            out.update({(key, f"cell{r},{c}"): text for (r, c), text in cells(widget).items()})
        if isinstance(widget, QMenu):
            menu_texts(widget, key, out)
    for action in root.findChildren(QAction):
        if action.isVisible() and action.text() and action.objectName():
            out[(f"action:{action.objectName()}", "text")] = action.text()
            if action.toolTip() != action.text().replace("&", ""):
                out[(f"action:{action.objectName()}", "toolTip")] = action.toolTip()
    return {k: v for k, v in out.items() if v}


def walk_tabs(root: QWidget, visit: Callable[[], None]) -> None:
    """Visit `root` once per tab of each of its tab widgets (the hidden ones too)."""
    visit()
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            visit()
        tabs.setCurrentIndex(first)


def cut_texts(root: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than the widget has."""
    cut: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if (widget.wordWrap() or not widget.text() or "<" in widget.text()
                    or widget.textFormat() == Qt.TextFormat.RichText or widget.pixmap()
                    and not widget.pixmap().isNull()):
                continue
            margins = widget.contentsMargins()
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent() * (
                widget.indent() > 0)
            need = max(widget.fontMetrics().horizontalAdvance(line)
                       for line in plain_lines(widget.text()))
            if need > room + 1 and room > 0:
                cut.append(f"{path_of(widget, root)}: {widget.text()!r} needs {need}px, "
                           f"has {room}px (margins {margins.left()}+{margins.right()})")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                cut.append(f"{path_of(widget, root)}: {widget.text()!r} needs "
                           f"{widget.sizeHint().width()}px, has {widget.width()}px")
    return cut


def plain_lines(text: str) -> list[str]:
    return [line.replace("&&", "\0").replace("&", "").replace("\0", "&")
            for line in text.splitlines()] or [""]


def settle(qtbot: QtBot, window: QWidget) -> None:
    """Let background reads finish and the pages paint."""
    from yansenne.ui.tasks import wait_for_tasks

    for _ in range(3):
        QApplication.processEvents()
        wait_for_tasks(20_000)
        qtbot.wait(20)


# -- dialogs -------------------------------------------------------------------------------


def walk_dialog(qtbot: QtBot, action: QAction) -> tuple[Texts, list[str]] | None:
    """Trigger `action`; if it opens a modal dialog, its words, then close it unconfirmed.

    Any further modal it raises (a refusal, a confirmation) is closed the same way."""
    seen: list[tuple[Texts, list[str]]] = []

    def close_modals() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if not seen:
            seen.append((widget_texts(modal), cut_texts(modal)))
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        QTimer.singleShot(50, close_modals)

    def windows() -> set[QWidget]:
        return {w for w in QApplication.topLevelWidgets() if w.isVisible()}

    before = windows()
    timer = QTimer()
    timer.setInterval(150)
    timer.timeout.connect(close_modals)
    timer.start()
    try:
        action.trigger()
        qtbot.wait(300)
        close_modals()
    finally:
        timer.stop()
    for window in windows() - before:  # a window beside the desk (the user guide)
        if not seen and not isinstance(window, QMenu):
            seen.append((widget_texts(window), cut_texts(window)))
        window.close()
    return seen[0] if seen else None


def dialog_actions(window: MainWindow) -> list[QAction]:
    """The window's menu actions that may open a dialog, in menu order."""
    found: list[QAction] = []

    def collect(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                collect(action.menu())
            elif (action.isVisible() and action.isEnabled() and action.text()
                  and not action.isCheckable()
                  and not SKIPPED_ACTIONS.search(action.objectName() + action.text())):
                found.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            collect(action.menu())
    return found


# -- the test ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("words") / "demo.sqlite"
    assert main(["--db", str(path), "--lang", "en", "demo"]) == 0
    database = open_database(path)
    database.checkpoint()
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, copy)
    database = open_database(copy)
    yield database, copy
    database.close()


def desk_texts(qtbot: QtBot, window: MainWindow) -> tuple[Texts, list[str]]:
    texts: Texts = {}
    cut: list[str] = []
    for key in (entry.key for entry in registry.PAGES):  # built when first shown
        window.show_page(key)
        settle(qtbot, window)
        page = window.page(key)

        def visit(key: str = key, page: QWidget = page) -> None:
            settle(qtbot, window)
            texts.update({(key, *k): v for k, v in widget_texts(page).items()})
            cut.extend(f"{key}: {c}" for c in cut_texts(page))

        walk_tabs(page, visit)
    texts.update({("window", *k): v for k, v in widget_texts(window).items()
                  if "deskStack" not in k[0] and "pages/" not in k[0]})
    return texts, sorted(set(cut))


def untranslated(english: Texts, other: Texts, lang: str, data: set[str]) -> list[str]:
    purposely = same_on_purpose(lang)
    left: list[str] = []
    for key, text in sorted(other.items()):
        words = plain(text)
        if english.get(key) != text or not is_words(words):
            continue
        if words in ALLOWED or purposely(words) or words in data:
            continue
        if any(len(d) > 2 and (d in words or d in text) for d in data):
            continue  # a text made of data (a juror's code and name, a title)
        left.append(f"{' / '.join(key)}: {text!r}")
    return left


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_word_of_the_desk_and_its_dialogs_is_translated(
        lang: str, qtbot: QtBot, english: str, demo_db: tuple[Database, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, path = demo_db
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: QMessageBox.StandardButton.No)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)  # a laptop's screen
    window.show()
    qtbot.waitExposed(window)
    window.show_page("projects")
    settle(qtbot, window)
    window.select_project("P01")

    def everything() -> tuple[Texts, list[str]]:
        texts, cut = desk_texts(qtbot, window)
        window.show_page("projects")
        settle(qtbot, window)
        window.select_project("P01")
        for action in dialog_actions(window):
            found = walk_dialog(qtbot, action)
            if found is not None:
                name = action.objectName() or plain(action.text())
                texts.update({(f"dialog {name}", *k): v for k, v in found[0].items()})
                cut.extend(f"dialog {name}: {c}" for c in found[1])
        return texts, cut

    english_texts, _ = everything()
    i18n.switch_language(lang)
    settle(qtbot, window)
    other_texts, cut = everything()
    left = untranslated(english_texts, other_texts, lang, data_strings(path))
    report(lang, left, cut)


def report(lang: str, left: list[str], cut: list[str]) -> None:
    """Fail on both kinds of fault at once, each listed."""
    assert not (left or cut), (
        f"{len(left)} texts still in English in {lang}:\n" + "\n".join(left)
        + f"\n{len(cut)} texts cut by their widget in {lang}:\n" + "\n".join(cut))


LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands"}


def choose_language(window: QWidget, lang: str) -> None:
    """Pick `lang` in the window's Language menu (each language names itself)."""
    for action in window.findChildren(QAction):
        if plain(action.text()) == LANGUAGE_NAMES[lang] and action.isCheckable():
            action.trigger()
            return
    raise AssertionError(f"no {LANGUAGE_NAMES[lang]} in the window's Language menu")


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_word_of_the_juror_window_is_translated(
        lang: str, qtbot: QtBot, english: str, demo_db: tuple[Database, Path]) -> None:
    from yansenne.ui.juror import open_juror_window

    db, path = demo_db
    window = open_juror_window(db, YEAR, "J02")
    qtbot.addWidget(window)
    window.resize(1300, 850)
    qtbot.waitExposed(window)

    def texts() -> tuple[Texts, list[str]]:
        found: Texts = {}
        cut: list[str] = []

        def visit() -> None:
            settle(qtbot, window)
            found.update(widget_texts(window))
            cut.extend(cut_texts(window))

        walk_tabs(window, visit)
        return found, sorted(set(cut))

    choose_language(window, "en")
    english_texts, _ = texts()
    choose_language(window, lang)
    other_texts, cut = texts()
    left = untranslated(english_texts, other_texts, lang, data_strings(path))
    report(lang, left, cut)


def test_qt_own_dialog_buttons_speak_the_language(qapp: QApplication, english: str) -> None:
    """Qt's base catalogue is loaded with the application's, and follows a switch."""
    words = {}
    for lang in ("fr", "nl", "en"):
        i18n.switch_language(lang)
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        words[lang] = box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "")
        box.deleteLater()
    assert words == {"fr": "Annuler", "nl": "Annuleren", "en": "Cancel"}


def test_the_walk_sees_an_untranslated_word_and_a_cut_text(qtbot: QtBot,
                                                           english: str) -> None:
    """The walk itself: a label left in English and a cut button are both found, a
    cognate the catalogue keeps ("Budget") and data are not."""
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel("Ranking method", page)
    label.setObjectName("methodLabel")
    QLabel("Budget", page).setObjectName("budgetLabel")
    QLabel("Voisins attentifs", page).setObjectName("titleValue")
    button = QPushButton("A button with a rather long text", page)
    button.setObjectName("longButton")
    button.setGeometry(0, 30, 40, 24)
    page.show()
    texts = widget_texts(page)
    assert untranslated(texts, dict(texts), "fr", {"Voisins attentifs"}) == [
        "longButton / text: 'A button with a rather long text'",
        "methodLabel / text: 'Ranking method'"]
    assert [c.split(":")[0] for c in cut_texts(page)] == ["longButton"]
