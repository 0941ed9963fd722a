"""The projects page driven like the secretariat would: a new project checked as it is
typed, edits, deletion and its undo, history, filters and the call's spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from yansenne.domain import queries
from yansenne.domain.synthetic import build_synthetic
from yansenne.store.database import Database
from yansenne.store.models import AuditEntry, Project, Score
from yansenne.store.opening import open_database
from yansenne.ui import main_window
from yansenne.ui.main_window import MainWindow
from yansenne.ui.models.call_import_models import TARGET
from yansenne.ui.models.projects_model import Column
from yansenne.ui.pages.call_import_dialog import CallImportDialog
from yansenne.ui.pages.history_dialog import HistoryDialog
from yansenne.ui.pages.project_dialog import ProjectDialog
from yansenne.ui.pages.projects import COUNTED_AT_ONCE
from yansenne.ui.tasks import wait_for_tasks


def scripted(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, cls: type[QDialog],
             script: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace the blocking exec() of `cls` by a person working through `script` in the
    dialog, which has the focus as a modal dialog would."""
    shown: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        script(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return shown


def ok_button(dialog: QDialog) -> QWidget:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Select what the field holds and type over it, as a person would."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


def count(db: Database, model: type, *where: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def codes(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, Column.CODE).data() for r in range(window.proxy.rowCount())]


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


@pytest.fixture
def page(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page("projects")
    return window.projects_page


def test_a_bad_email_is_refused_with_its_message_then_a_good_one_is_saved(
        qtbot: QtBot, window: MainWindow, small_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui
        assert ui.codeEdit.text() == "P07"  # the next free code
        qtbot.keyClicks(ui.titleFrEdit, "Voisins vigilants")
        ui.categoryCombo.setFocus()
        qtbot.keyClicks(ui.categoryCombo, "Police")
        ui.municipalityCombo.setFocus()
        qtbot.keyClicks(ui.municipalityCombo, "Schaer")
        seen["zone"] = ui.policeZoneValue.text()
        qtbot.keyClicks(ui.contactEmailEdit, "anne@police")
        seen["message"] = ui.contactEmailProblem.text()
        seen["ok"] = ok_button(dialog).isEnabled()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # disabled: nothing
        seen["still open"] = dialog.isVisible()
        qtbot.keyClicks(ui.contactEmailEdit, ".example")
        qtbot.keyClicks(ui.budgetEdit, "12 500,50")
        seen["fixed"] = (ui.contactEmailProblem.isVisible(), ok_button(dialog).isEnabled())
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    scripted(monkeypatch, qtbot, ProjectDialog, fill)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["message"] == "\"anne@police\" is not an e-mail address"
    assert seen["ok"] is False and seen["still open"] is True
    assert seen["zone"] == "Bruxelles-Nord (5344)"
    assert seen["fixed"] == (False, True)
    with small_db.read() as s:
        project = s.scalars(select(Project).where(Project.code == "P07")).one()
        assert (project.title_fr, project.contact_email, project.budget_eur,
                project.municipality, project.category.code, project.lead_actor) == (
            "Voisins vigilants", "anne@police.example", 12500.5, "21015", "police", "police")
    assert window.selected_project().code == "P07"
    assert window.counts_label.text().startswith("7 projects")
    assert window.undo_action.text() == "Undo Add project P07"


def test_required_title_and_unique_code_are_checked_as_typed(
        qtbot: QtBot, page, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str, bool]] = []

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui
        retype(qtbot, ui.codeEdit, "p01")
        seen.append(("code", ui.codeProblem.text(), ok_button(dialog).isEnabled()))
        retype(qtbot, ui.codeEdit, "P 9")
        seen.append(("code", ui.codeProblem.text(), ok_button(dialog).isEnabled()))
        retype(qtbot, ui.codeEdit, "P09")
        qtbot.keyClicks(ui.titleFrEdit, "x")
        qtbot.keyClick(ui.titleFrEdit, Qt.Key.Key_Backspace)
        seen.append(("title", ui.titleFrProblem.text(), ok_button(dialog).isEnabled()))
        qtbot.keyClicks(ui.budgetEdit, "-3")
        seen.append(("budget", ui.budgetProblem.text(), ok_button(dialog).isEnabled()))
        dialog.reject()

    scripted(monkeypatch, qtbot, ProjectDialog, fill)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert seen == [
        ("code", "the code p01 is already used", False),
        ("code", "\"P 9\" is not a valid code (letters, digits, '-', '_', '.'; at most 40 "
         "characters)", False),
        ("title", "a value is required", False),
        ("budget", "\"-3\" must be at least 0", False),
    ]


def test_edit_a_project_then_undo_and_redo(qtbot: QtBot, window: MainWindow, page,  # type: ignore[no-untyped-def]
                                          small_db: Database,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def rename(dialog: QDialog) -> None:
        assert dialog.ui.titleFrEdit.text() == "Projet 2 — sécurité"
        retype(qtbot, dialog.ui.titleFrEdit, "Boites a velos")
        partners = dialog.ui.partnersList
        item = partners.item(1)  # associations
        rect = partners.visualItemRect(item)
        qtbot.mouseClick(partners.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(rect.left() + 10, rect.center().y()))
        if item.checkState() != Qt.CheckState.Checked:  # a click on the text, not the box
            item.setCheckState(Qt.CheckState.Checked)
        qtbot.keyClick(dialog.ui.titleFrEdit, Qt.Key.Key_Return)

    scripted(monkeypatch, qtbot, ProjectDialog, rename)
    window.select_project("P02")
    page.ui.projectsView.setFocus()
    qtbot.keyClick(page.ui.projectsView, Qt.Key.Key_Return)
    assert window.ui.detailPane.ui.titleValue.text() == "Boites a velos"
    assert window.ui.detailPane.ui.partnerActorsValue.text() == "Associations"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.detailPane.ui.titleValue.text() == "Projet 2 — sécurité"
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.detailPane.ui.titleValue.text() == "Boites a velos"
    with small_db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_key == "P02")).all()
    assert actions == ["project.update"] * 3


def test_delete_asks_first_and_undo_brings_the_scores_back(
        qtbot: QtBot, window: MainWindow, page, small_db: Database,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: questions.append(text) or answers.pop(0))
    window.select_project("P03")
    page.ui.projectsView.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert count(small_db, Project) == 6  # "No"
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "Its 12 score" in questions[1]
    assert count(small_db, Project) == 5 and count(small_db, Score) == 56
    assert "P03" not in codes(window)
    window.undo_action.trigger()
    assert count(small_db, Project) == 6 and count(small_db, Score) == 68
    assert "P03" in codes(window)


def test_history_lists_the_changes_of_the_project(qtbot: QtBot, window: MainWindow, page,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    scripted(monkeypatch, qtbot, ProjectDialog, lambda d: (retype(qtbot, d.ui.budgetEdit, "900"),
                                                    d.accept()))
    shown = scripted(monkeypatch, qtbot, HistoryDialog, lambda d: None)
    window.select_project("P04")
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.historyButton, Qt.MouseButton.LeftButton)
    (dialog,) = shown
    model = dialog.ui.historyView.model()
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "changed:\nbudget: 17,500 → 900"
    assert dialog.windowTitle() == "History of P04"


def test_filters_by_category_and_lead_actor_with_the_search(qtbot: QtBot, window: MainWindow,
                                                            page) -> None:  # type: ignore[no-untyped-def]
    page.ui.categoryFilter.setFocus()
    qtbot.keyClicks(page.ui.categoryFilter, "Police")
    assert codes(window) == ["P02", "P04", "P06"]
    assert window.counts_label.text().startswith("3 of 6 projects shown")
    qtbot.keyClicks(page.ui.searchEdit, "anderlecht")
    assert codes(window) == ["P04"]
    page.ui.searchEdit.clear()
    page.ui.categoryFilter.setCurrentIndex(0)
    page.ui.actorFilter.setCurrentIndex(page.ui.actorFilter.findData("citizens"))
    assert codes(window) == ["P01", "P03", "P05"]


# ---------------------------------------------------------------- the call's spreadsheet

CALL = ("Référence;Catégorie;Titre du projet;Commune;Courriel\n"
        "N1;citizens;Rue apaisée;Schaerbeek;info@rue.example\n"
        "N2;police;Vélos de nuit;Nulle-part;nuit@midi.example\n")


def drop(window: MainWindow, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(window.rect().center().toPointF(), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_a_dropped_file_with_a_bad_row_writes_nothing_until_corrected(
        qtbot: QtBot, window: MainWindow, small_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "appel.csv"
    path.write_text(CALL, encoding="utf-8")
    seen: dict[str, object] = {}

    def preview(dialog: CallImportDialog) -> None:
        rows = dialog.ui.rowsView.model()
        seen["rows"] = [(rows.index(r, 1).data(), rows.index(r, 3).data())
                        for r in range(rows.rowCount())]
        seen["problem"] = rows.index(1, 4).data()
        seen["can import"] = dialog.import_button.isEnabled()
        seen["written"] = count(small_db, Project)
        dialog.reject()

    shown = scripted(monkeypatch, qtbot, CallImportDialog, preview)
    drop(window, path)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert window.current_page() == "projects"
    assert seen["rows"] == [("N1", "new project"), ("N2", "refused")]
    assert seen["problem"] == ("column D (commune): \"Nulle-part\" is not one of the 19 "
                               "municipalities of the Region (NIS code, French or Dutch name) "
                               "nor \"region\"")
    assert seen["can import"] is False and seen["written"] == 6
    assert count(small_db, Project) == 6


def test_a_column_mapped_by_hand_then_an_atomic_import_and_its_undo(
        qtbot: QtBot, window: MainWindow, page, small_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "appel.csv"
    path.write_text(CALL.replace("Nulle-part", "Ixelles").replace("Titre du projet", "Initiative"),
                    encoding="utf-8")
    monkeypatch.setattr("yansenne.ui.file_dialogs.open_file", lambda *_a, **_k: str(path))
    seen: dict[str, object] = {}

    def preview(dialog: CallImportDialog) -> None:
        seen["before"] = dialog.import_button.isEnabled()
        view = dialog.ui.mappingView
        index = view.model().index(2, TARGET)  # "initiative": not recognised
        seen["proposed"] = index.data()
        view.setCurrentIndex(index)
        view.edit(index)
        combo = view.findChild(QWidget, "targetCombo")
        combo.setFocus()
        qtbot.keyClicks(combo, "Title (F")
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        seen["mapped"] = index.data()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)

    scripted(monkeypatch, qtbot, CallImportDialog, preview)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mapped" in seen and wait_for_tasks(100), timeout=5000)
    assert seen["before"] is False and seen["proposed"] == "(ignored)"
    assert seen["mapped"] == "Title (FR)"  # its label, never the internal name
    assert count(small_db, Project) == 8
    assert {"N1", "N2"} <= set(codes(window))
    assert window.undo_action.text() == "Undo Import appel.csv"
    window.undo_action.trigger()
    assert count(small_db, Project) == 6
    window.redo_action.trigger()
    assert count(small_db, Project) == 8


VALUES_CALL = ("Référence;Catégorie;Titre du projet;Type de porteur;Courriel\n"
               "V1;Quartiers;Rue apaisée;Comité;info@rue.example\n"
               "V2;Quartiers;Place vivante;Comité;place@rue.example\n"
               "V3;police;Vélos de nuit;Services de police;pas-une-adresse\n")


def test_values_mapped_once_in_the_preview_and_the_valid_rows_only_with_their_rejects(
        qtbot: QtBot, window: MainWindow, page, small_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A category and an actor type the name rules do not resolve are mapped once, by
    their labels; with "valid rows only" the faulty row is left out and saved to a file
    in the command line's rejects format; the mapping is stored with the edition."""
    from yansenne.domain.record_import import value_mapping
    from yansenne.ui.models.call_import_models import FIELD, MEANS, VALUE

    path = tmp_path / "appel.csv"
    path.write_text(VALUES_CALL, encoding="utf-8")
    rejects = tmp_path / "refusées.csv"
    monkeypatch.setattr("yansenne.ui.file_dialogs.open_file", lambda *_a, **_k: str(path))
    asked: list[str] = []

    def save_file(_parent: object, _caption: str, directory: str = "", *_a: object) -> str:
        asked.append(directory)
        return str(rejects)

    monkeypatch.setattr("yansenne.ui.file_dialogs.save_file", save_file)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    seen: dict[str, object] = {}

    def preview(dialog: CallImportDialog) -> None:
        values = dialog.ui.valuesView.model()
        seen["values"] = [(values.index(r, FIELD).data(), values.index(r, VALUE).data(),
                           values.index(r, MEANS).data()) for r in range(values.rowCount())]
        seen["all or nothing"] = dialog.import_button.isEnabled()
        for row, label in ((0, "Police services"), (1, "Citizens")):
            index = values.index(row, MEANS)
            dialog.ui.valuesView.setCurrentIndex(index)
            dialog.ui.valuesView.edit(index)
            combo = [c for c in dialog.ui.valuesView.findChildren(QWidget, "meansCombo")
                     if c.isVisible()][0]
            seen.setdefault("choices", [combo.itemText(i) for i in range(combo.count())])
            combo.setCurrentIndex(combo.findText(label))
            combo.activated.emit(combo.currentIndex())
        seen["refused"] = dialog.check.counts()["refused"]
        seen["still all or nothing"] = dialog.import_button.isEnabled()
        dialog.ui.skipInvalidCheck.setChecked(True)
        seen["valid rows only"] = dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)

    scripted(monkeypatch, qtbot, CallImportDialog, preview)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "valid rows only" in seen and wait_for_tasks(100), timeout=5000)
    assert seen["values"] == [("Category", "Quartiers (2 rows)", "(choose)"),
                              ("Actor type", "Comité (2 rows)", "(choose)")]
    # By their labels in the interface language, never by code.
    assert seen["choices"] == ["(choose)", "Citizens", "Police services"]
    assert seen["all or nothing"] is False and seen["refused"] == 1
    assert seen["still all or nothing"] is False and seen["valid rows only"] is True
    with small_db.read() as s:
        added = {p.code: (p.category.code, p.lead_actor)
                 for p in s.scalars(select(Project).where(Project.code.like("V%")))}
    assert added == {"V1": ("police", "citizens"), "V2": ("police", "citizens")}
    assert value_mapping(small_db, 2026) == {"category": {"quartiers": "police"},
                                             "lead_actor": {"comite": "citizens"}}
    assert asked and asked[0].endswith("appel-refused.csv")
    lines = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Référence;Catégorie;Titre du projet;Type de porteur;Courriel;problem"
    assert lines[1].startswith("V3;police;Vélos de nuit;") and "e-mail" in lines[1]
    window.undo_action.trigger()
    assert count(small_db, Project) == 6
    assert value_mapping(small_db, 2026) == {}


def test_the_project_dialog_reads_what_the_import_reads(
        qtbot: QtBot, window: MainWindow, small_db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A municipality typed as the call writes it, a Belgian amount, no lead actor and
    the candidate's language."""
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui
        qtbot.keyClicks(ui.titleFrEdit, "Metro de nuit")
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("citizens"))
        ui.leadActorCombo.setCurrentIndex(0)  # "—": none
        ui.municipalityCombo.setFocus()
        qtbot.keyClicks(ui.municipalityCombo.lineEdit(), "Nulle-part")
        seen["problem"] = ui.municipalityProblem.text()
        ui.municipalityCombo.setEditText("Toute la Région")  # QTest types ASCII only
        seen["zone"] = ui.policeZoneValue.text()
        qtbot.keyClicks(ui.budgetEdit, "7.450,00")
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("nl"))
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    scripted(monkeypatch, qtbot, ProjectDialog, fill)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "is not one of the 19 municipalities" in str(seen["problem"])
    assert seen["zone"] == "every zone of the Region"
    with small_db.read() as s:
        project = s.scalars(select(Project).where(Project.code == "P07")).one()
        assert (project.municipality, project.budget_eur, project.lead_actor,
                project.language) == ("region", 7450.0, None, "nl")
    row = codes(window).index("P07")
    assert window.proxy.index(row, Column.LEAD_ACTOR).data() == "—"  # none, shown as such


SAMPLE_CALL = (Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "samples"
               / "appel-2027-excel.csv")


@pytest.mark.skipif(not SAMPLE_CALL.exists(), reason="the reference samples are not here")
def test_the_real_call_maps_every_column_visibly_by_labels_in_french(
        qtbot: QtBot, window: MainWindow) -> None:
    """The Belgian Excel CSV: its French headers proposed, every column's mapping visible
    without scrolling at the dialog's default size, targets by their French labels."""
    from yansenne.exchange.call_import import read_call_file
    from yansenne.ui import i18n

    i18n.switch_language("fr")
    dialog = CallImportDialog(window, window.desk, read_call_file(SAMPLE_CALL))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.ui.mappingView
    model = view.model()
    targets = [model.index(r, TARGET).data() for r in range(model.rowCount())]
    assert targets == ["Code", "Titre (FR)", "Titre (NL)", "Catégorie", "Organisation",
                       "Type de porteur", "Commune", "Personne de contact", "E-mail de contact",
                       "Budget (€)", "Résumé (FR)"]
    assert model.headerData(TARGET, Qt.Orientation.Horizontal) == "Remplit le champ"
    assert view.verticalScrollBar().maximum() == 0
    assert view.viewport().height() >= model.rowCount() * view.rowHeight(0)
    last = view.visualRect(model.index(model.rowCount() - 1, TARGET))
    assert view.viewport().rect().contains(last)
    # This edition has two categories only: the others are offered for mapping, once each.
    values = dialog.ui.valuesView.model()
    listed = [values.index(r, 1).data() for r in range(values.rowCount())]
    assert listed[0] == "Associations (4 lignes)" and len(listed) == len(set(listed))
    assert not dialog.import_button.isEnabled()  # all or nothing by default
    dialog.ui.skipInvalidCheck.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.close()


@pytest.mark.parametrize("painted", [True, False], ids=["shown", "never-shown"])
def test_a_large_editions_marks_are_counted_after_the_first_paint(
        qtbot: QtBot, english: str, tmp_path: Path, painted: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Above `COUNTED_AT_ONCE` projects, the desk paints its table before it counts the
    marks (a fifth of the projects' read on a large edition); then the column and the
    status bar show them. A window never shown counts them a moment after it is built."""
    if painted:  # the paint, not the timer of a window never shown, counts them
        monkeypatch.setattr(main_window, "WATCH_START_MS", 60_000)
    db = open_database(tmp_path / "large.sqlite")
    try:
        build_synthetic(db, year=2044, projects=COUNTED_AT_ONCE + 25, jurors=2, criteria=2,
                        seed=3)
        total = count(db, Score)
        assert total > 0
        window = MainWindow(db)
        qtbot.addWidget(window)
        shown = window.proxy.rowCount()
        assert shown == COUNTED_AT_ONCE + 25
        assert window.proxy.index(0, Column.SCORES).data() == ""
        assert window.counts_label.text() == f"{shown} projects  ·  2 jurors"
        if painted:
            window.show()
            qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.counts_label.text().endswith(f"  ·  {total:,} scores"),
                        timeout=3000)  # (English groups its thousands with a comma)
        (edition,) = queries.editions(db)
        counted = {p.code: str(p.n_scores) for p in queries.project_lines(db, edition.id)}
        assert {window.proxy.index(r, Column.CODE).data(): window.proxy.index(
            r, Column.SCORES).data() for r in range(shown)} == counted
        # Read again once painted: counted with the rows, at once.
        window.reload()
        assert window.proxy.index(0, Column.SCORES).data() != ""
        window.close()
    finally:
        db.close()
