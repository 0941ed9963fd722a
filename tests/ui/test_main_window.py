"""The main window on real databases, driven like a user would."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.factories import build_small_edition
from yansenne import __version__
from yansenne.domain.synthetic import build_synthetic
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui import i18n
from yansenne.ui.about_dialog import AboutDialog
from yansenne.ui.main_window import EMPTY_PAGE, PROJECTS_PAGE, MainWindow
from yansenne.ui.models.projects_model import Column
from yansenne.ui.settings import EDITION_KEY, LANGUAGE_KEY, preferences, window_state


def click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.ui.projectsView
    rect = view.visualRect(window.proxy.index(row, Column.TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def headers(window: MainWindow) -> list[str]:
    model = window.ui.projectsView.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def switch_language(qtbot: QtBot, window: MainWindow, lang: str, file_menu: str) -> None:
    window.language_actions[lang].trigger()
    # Qt posts LanguageChange to each window: wait for it to be handled.
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == file_menu, timeout=2000)


def test_opens_on_the_edition_with_its_projects(window: MainWindow, small_db: Database) -> None:
    assert window.ui.pages.currentIndex() == PROJECTS_PAGE
    assert window.windowTitle() == "David Yansenne Prize 2026"
    assert window.edition_combo.count() == 1
    assert window.edition_combo.currentText() == "2026 — David Yansenne Prize 2026"
    assert window.proxy.rowCount() == 6
    assert window.selected_project().code == "P01"
    assert window.ui.detailPane.ui.titleValue.text() == "Projet 1 — sécurité"
    assert window.counts_label.text() == "6 projects  ·  4 jurors  ·  68 scores"
    assert str(small_db.path) in window.database_label.text()
    assert headers(window)[Column.POLICE_ZONE] == "Police zone"


def test_detail_pane_follows_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    detail = window.ui.detailPane.ui
    click_row(qtbot, window, 3)
    assert window.selected_project().code == "P04"
    assert detail.codeValue.text() == "P04  ·  Police services"
    assert detail.titleValue.text() == "Projet 4 — sécurité"
    assert detail.otherTitleValue.text() == "Project 4 — veiligheid"
    assert detail.organisationValue.text() == "ASBL Exemple 4"
    assert detail.municipalityValue.text() == "Anderlecht"
    assert detail.policeZoneValue.text() == "Midi (5341)"
    assert detail.leadActorValue.text() == "Police services"
    assert detail.partnerActorsValue.text() == (
        "Associations\nMunicipal prevention and youth services")
    assert detail.budgetValue.text() == "€17,500"
    assert detail.summaryValue.text() == "Summary."
    assert "contact4@example.org" in detail.contactValue.text()
    qtbot.keyClick(window.ui.projectsView, Qt.Key.Key_Down)
    assert detail.titleValue.text() == "Projet 5 — sécurité"
    assert detail.municipalityValue.text() == "Ixelles"
    click_row(qtbot, window, 2)
    assert detail.municipalityValue.text() == "Region-wide"
    assert detail.policeZoneValue.text() == "—"


def test_search_narrows_the_table_and_the_status(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "schaerbeek")
    assert window.proxy.rowCount() == 1
    assert window.counts_label.text().startswith("1 of 6 projects shown")
    click_row(qtbot, window, 0)
    assert window.ui.detailPane.ui.municipalityValue.text() == "Schaerbeek"
    window.ui.searchEdit.clear()
    assert window.proxy.rowCount() == 6
    assert window.counts_label.text().startswith("6 projects")


def test_sorting_by_clicking_a_header(qtbot: QtBot, window: MainWindow) -> None:
    header = window.ui.projectsView.horizontalHeader()
    x = header.sectionViewportPosition(Column.BUDGET) + header.sectionSize(Column.BUDGET) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.proxy.index(0, Column.CODE).data() == "P06"


def test_the_status_bar_groups_large_counts_as_its_reader_does(
        qtbot: QtBot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Found by hand on edition L: "320000 notes". A count of a thousand or more is
    grouped as the language writes it."""
    db = open_database(tmp_path / "counts.sqlite")
    try:
        build_synthetic(db, year=2045, projects=60, jurors=8, criteria=4, seed=5)
        with contextlib.closing(sqlite3.connect(tmp_path / "counts.sqlite")) as outside:
            (total,) = outside.execute("SELECT count(*) FROM scores").fetchone()
        assert total >= 1_000
        window = make_window(db)
        qtbot.waitUntil(lambda: "score" in window.counts_label.text())
        assert window.counts_label.text() == f"60 projects  ·  8 jurors  ·  {total:,} scores"
        window.show_page("dashboard")
        hint = window.page("dashboard").ui.progressHint.text()  # type: ignore[attr-defined]
        assert f"{total:,} of " in hint and " marks given" in hint
        switch_language(qtbot, window, "fr", "&Fichier")
        grouped = f"{total:,}".replace(",", "\u202f")  # a narrow no-break space
        assert window.counts_label.text() == f"60 projets  ·  8 jurés  ·  {grouped} notes"
        switch_language(qtbot, window, "nl", "&Bestand")
        grouped = f"{total:,}".replace(",", ".")
        assert window.counts_label.text() == f"60 projecten  ·  8 juryleden  ·  {grouped} scores"
        window.ui.searchEdit.setText("P00")  # a filter: "N of TOTAL projects shown"
        shown = window.proxy.rowCount()
        assert window.counts_label.text().startswith(f"{shown} van 60 projecten")
        switch_language(qtbot, window, "en", "&File")
    finally:
        db.close()


def test_switching_to_dutch_and_back(qtbot: QtBot, window: MainWindow) -> None:
    switch_language(qtbot, window, "nl", "&Bestand")
    ui = window.ui
    assert [ui.menuView.title(), ui.menuLanguage.title(), ui.menuHelp.title()] == [
        "Beel&d", "&Taal", "&Help"]
    assert ui.actionOpenDatabase.text() == "Databank &openen…"
    assert headers(window) == ["Code", "Titel", "Categorie", "Organisatie", "Trekker",
                               "Gemeente", "Politiezone", "Budget", "Scores"]
    assert window.proxy.index(0, Column.MUNICIPALITY).data() == "Brussel"
    assert window.proxy.index(0, Column.TITLE).data() == "Project 1 — veiligheid"
    assert window.edition_combo.currentText() == "2026 — David Yansenne-prijs 2026"
    assert window.edition_label.text() == "&Editie:"
    assert window.windowTitle() == "David Yansenne-prijs 2026"
    assert window.counts_label.text() == "6 projecten  ·  4 juryleden  ·  68 scores"
    detail = ui.detailPane.ui
    assert detail.policeZoneLabel.text() == "Politiezone"
    assert detail.titleValue.text() == "Project 1 — veiligheid"  # own language first
    assert detail.policeZoneValue.text() == "Brussel Hoofdstad/Elsene (5339)"
    assert ui.actionDutch.isChecked() and not ui.actionFrench.isChecked()
    assert preferences().value(LANGUAGE_KEY) == "nl"

    switch_language(qtbot, window, "fr", "&Fichier")
    assert ui.menuLanguage.title() == "&Langue"
    assert headers(window)[Column.MUNICIPALITY:Column.BUDGET] == ["Commune", "Zone de police"]
    assert headers(window)[Column.LEAD_ACTOR] == "Porteur"
    assert window.proxy.index(2, Column.MUNICIPALITY).data() == "Toute la Région"
    assert window.counts_label.text() == "6 projets  ·  4 jurés  ·  68 notes"
    assert preferences().value(LANGUAGE_KEY) == "fr"

    switch_language(qtbot, window, "en", "&File")
    assert headers(window)[Column.MUNICIPALITY] == "Municipality"
    assert i18n.current_language() == "en"


def test_about_dialog(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[AboutDialog] = []

    def fake_exec(dialog: AboutDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    window.ui.actionAbout.trigger()
    (dialog,) = shown
    assert dialog.windowTitle() == "About Yansenne"
    assert dialog.ui.versionLabel.text() == f"Version {__version__}"
    assert "EUPL" in dialog.ui.licenceLabel.text()
    assert "Brussels-Capital Region" in dialog.ui.descriptionLabel.text()
    assert not dialog.ui.iconLabel.pixmap().isNull()
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.ui.versionLabel.text() == f"Version {__version__}"


def test_empty_database_says_how_to_load_the_demo(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                 db: Database) -> None:
    window = make_window(db)
    assert window.ui.pages.currentIndex() == EMPTY_PAGE
    assert window.ui.emptyTitleLabel.isVisible()
    hint = window.ui.emptyHintLabel.text()
    assert f"yansenne --db {db.path} demo" in hint
    assert not window.edition_combo.isEnabled()
    assert window.counts_label.text() == "No edition"
    build_small_edition(db)
    qtbot.mouseClick(window.ui.reloadButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentIndex() == PROJECTS_PAGE
    assert window.proxy.rowCount() == 6


def test_edition_switcher_remembers_the_last_edition(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                     small_db: Database) -> None:
    build_small_edition(small_db, year=2025)
    window = make_window(small_db)
    assert [window.edition_combo.itemData(i) for i in range(2)] == [2026, 2025]
    window.edition_combo.setCurrentIndex(1)
    assert window.current_edition().year == 2025
    assert preferences().value(EDITION_KEY) in (2025, "2025")
    assert window.ui.detailPane.ui.titleValue.text() == "Projet 1 — sécurité"
    window.close()
    again = make_window(small_db)
    assert again.current_edition().year == 2025


def test_window_state_is_kept_apart_from_preferences(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1000, 640)
    window.close()
    assert window_state().value("main/geometry") is not None
    assert window_state().value("main/splitter") is not None
    assert preferences().value("main/geometry") is None
    assert Path(window_state().fileName()) != Path(preferences().fileName())


def test_refused_database_keeps_the_current_one(window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               small_db: Database) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database")
    assert not window.open_database(str(bogus))
    assert warnings and "not a Yansenne database" in warnings[0]
    assert window.database is small_db
    assert window.proxy.rowCount() == 6


def test_open_another_database(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_database(str(tmp_path / "other.sqlite"))
    assert window.ui.pages.currentIndex() == EMPTY_PAGE
    assert "other.sqlite" in window.database_label.text()
    window.database.close()


def test_fit_widths_fills_the_view_and_spares_the_title() -> None:
    from yansenne.ui.main_window import MIN_TITLE_WIDTH, fit_widths

    natural = {c: 150 for c in Column}
    roomy = fit_widths(natural, 2000)
    assert sum(roomy.values()) == 2000 and roomy[Column.TITLE] == 2000 - 150 * 8
    tight = fit_widths(natural, 1100, headers={Column.POLICE_ZONE: 140})
    assert sum(tight.values()) <= 1100
    assert tight[Column.TITLE] == 150 and tight[Column.POLICE_ZONE] >= 140
    assert tight[Column.BUDGET] == tight[Column.SCORES] == 150  # numbers never elide
    cramped = fit_widths({**natural, Column.TITLE: 400}, 600)
    assert cramped[Column.TITLE] == MIN_TITLE_WIDTH


def test_columns_follow_the_width_of_the_view(qtbot: QtBot, window: MainWindow) -> None:
    view = window.ui.projectsView
    natural = sum(window._natural.values())

    def show_table(width: int) -> None:
        window.resize(width + 500, 700)
        qtbot.waitUntil(lambda: window.width() == width + 500)
        total = sum(window.ui.splitter.sizes())
        window.ui.splitter.setSizes([width, total - width])
        qtbot.waitUntil(lambda: abs(view.width() - width) < 30)

    def columns_fill_the_view() -> bool:
        return abs(sum(view.columnWidth(c) for c in Column)
                   - view.viewport().width()) <= len(Column)

    show_table(natural + 200)  # room to spare: the title takes it
    qtbot.waitUntil(columns_fill_the_view)
    assert view.columnWidth(Column.TITLE) > window._natural[Column.TITLE]
    show_table(natural - 60)   # too little: the text columns give way
    qtbot.waitUntil(columns_fill_the_view)
    view.setColumnWidth(Column.CODE, 200)  # the user drags a column: no more fitting
    widths = [view.columnWidth(c) for c in Column]
    show_table(natural + 300)
    assert [view.columnWidth(c) for c in Column] == widths


def _scores(window: MainWindow) -> int:
    from yansenne.domain import queries

    edition = window.current_edition()
    assert edition is not None
    return queries.counts(window.database, edition.id).scores


def test_back_up_and_restore_from_the_file_menu(window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import delete

    from yansenne.store.models import Score
    from yansenne.ui import backup_actions, file_dialogs

    copy = tmp_path / "copies" / "before.sqlite"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(copy))
    assert window.ui.actionBackup in window.ui.menuFile.actions()
    window.ui.actionBackup.trigger()
    assert copy.is_file()
    assert str(copy) in window.ui.statusbar.currentMessage()
    scores = _scores(window)
    assert scores > 0
    with window.database.write() as session:  # what the restore must undo
        session.execute(delete(Score))
    window.reload()
    assert _scores(window) == 0

    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(copy))
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert backup_actions.restore(window, window) is False  # cancelled: nothing changes
    assert _scores(window) == 0 and len(asked) == 1 and str(copy) in asked[0]

    old = window.database
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.ui.actionRestore.trigger()
    try:
        assert window.database is not old  # reopened
        assert _scores(window) == scores
        assert "Database restored from" in window.ui.statusbar.currentMessage()
        assert list((window.database.path.parent / "backups").glob("*")), "no safety copy"
    finally:
        window.database.close()


def test_a_refused_restore_keeps_the_database_open(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from yansenne.ui import backup_actions, file_dialogs

    not_a_copy = tmp_path / "notes.sqlite"
    not_a_copy.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(not_a_copy))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    scores = _scores(window)
    try:
        assert backup_actions.restore(window, window) is False
        assert warned and _scores(window) == scores  # reopened, unchanged
    finally:
        window.database.close()
