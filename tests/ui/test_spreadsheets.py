"""The File menu's spreadsheet actions, driven as a secretary would: dialogs answered by
keyboard, work off the UI thread, problems listed, the produced file offered to open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QMainWindow,
    QMessageBox,
)
from sqlalchemy import select

from tests.factories import YEAR
from yansenne.errors import InputError, Problem
from yansenne.exchange.scoresheet_export import export_scoresheet
from yansenne.exchange.scoresheet_identity import IDENTITY
from yansenne.store.database import Database
from yansenne.store.models import Criterion, Juror, Project, Score
from yansenne.ui import file_dialogs, spreadsheets


@pytest.fixture
def window(qtbot, english, small_db: Database) -> QMainWindow:  # type: ignore[no-untyped-def]
    """A window to parent the dialogs (the main window wires the real menu items)."""
    main = QMainWindow()
    main.database = small_db  # type: ignore[attr-defined]
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Blocking dialogs answered ahead of time; what they were shown is recorded."""
    seen: dict[str, Any] = {"questions": [], "opened": [], "boxes": [], "infos": []}

    def box_exec(box: QMessageBox) -> int:
        if box.standardButtons() & QMessageBox.StandardButton.Open:
            seen["questions"].append(box.text())
            return seen.get("answer", QMessageBox.StandardButton.Close)
        if box.icon() == QMessageBox.Icon.Information:
            seen["infos"].append(box.text())
        else:
            seen["boxes"].append((box.text(), box.informativeText(), box.detailedText()))
        return QMessageBox.StandardButton.Ok

    def information(parent: Any, title: str, text: str, *args: Any) -> int:
        seen["infos"].append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: seen["opened"].append(url) or True))
    return seen


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(path))


def pick_juror(monkeypatch: pytest.MonkeyPatch, qtbot, downs: int) -> None:  # type: ignore[no-untyped-def]
    """The juror dialog, answered with the keyboard: Down `downs` times, then Enter."""

    def exec_(dialog: QInputDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        combo = dialog.findChild(QComboBox)
        for _ in range(downs):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(QInputDialog, "exec", exec_)


def test_export_the_results_workbook_and_open_it(window: QMainWindow, qtbot, answers,
                                                 monkeypatch, tmp_path: Path) -> None:
    save_as(monkeypatch, tmp_path / "results")  # the suffix is added
    answers["answer"] = QMessageBox.StandardButton.Open
    task = spreadsheets.export_results(window, window.database, YEAR)
    assert task is not None
    qtbot.waitUntil(lambda: bool(answers["opened"]), timeout=10_000)
    target = tmp_path / "results.xlsx"
    assert answers["opened"] == [QUrl.fromLocalFile(str(target))]
    assert str(target) in answers["questions"][0]
    assert load_workbook(target).sheetnames[0] == "Summary of results"


def test_cancelling_the_file_dialog_does_nothing(window: QMainWindow, monkeypatch) -> None:
    save_as(monkeypatch, "")
    assert spreadsheets.export_results(window, window.database, YEAR) is None


def test_export_one_jurors_scoresheet(window: QMainWindow, qtbot, answers, monkeypatch,
                                      tmp_path: Path) -> None:
    pick_juror(monkeypatch, qtbot, downs=2)  # past "every juror" and J1: J2
    save_as(monkeypatch, tmp_path / "j2.xlsx")
    spreadsheets.export_scoresheets(window, window.database, YEAR)
    qtbot.waitUntil(lambda: bool(answers["questions"]), timeout=10_000)
    workbook = load_workbook(tmp_path / "j2.xlsx")
    juror = next(r[1] for r in workbook[IDENTITY].iter_rows(values_only=True) if r[0] == "juror")
    assert juror == "J2"
    assert "Pieter Janssens" in answers["questions"][0]
    assert answers["opened"] == []  # the user chose Close


def test_export_every_jurors_scoresheet_into_a_folder(window: QMainWindow, qtbot, answers,
                                                      monkeypatch, tmp_path: Path) -> None:
    pick_juror(monkeypatch, qtbot, downs=0)
    folder = tmp_path / "sheets"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(folder))
    spreadsheets.export_scoresheets(window, window.database, YEAR)
    qtbot.waitUntil(lambda: bool(answers["questions"]), timeout=10_000)
    assert sorted(p.name for p in folder.iterdir()) == [
        "scoresheet-2026-J1.xlsx", "scoresheet-2026-J2.xlsx", "scoresheet-2026-J3.xlsx"]


def test_the_juror_dialog_can_be_cancelled(window: QMainWindow, qtbot, monkeypatch) -> None:
    def exec_(dialog: QInputDialog) -> int:
        dialog.show()
        qtbot.keyClick(dialog.findChild(QComboBox), Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    assert spreadsheets.export_scoresheets(window, window.database, YEAR) is None


def test_import_many_scoresheets_lists_every_problem(window: QMainWindow, qtbot, answers,
                                                     monkeypatch, tmp_path: Path) -> None:
    db = window.database
    good = export_scoresheet(db, YEAR, "J3", tmp_path / "good.xlsx")
    bad = export_scoresheet(db, YEAR, "J1", tmp_path / "bad.xlsx")
    for path, value in ((good, 1.5), (bad, 11)):
        workbook = load_workbook(path)
        workbook.worksheets[1]["C6"] = value
        workbook.save(path)
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(good), str(bad)])
    refreshed: list[bool] = []
    spreadsheets.import_scoresheets(window, db, YEAR, on_done=lambda: refreshed.append(True))
    qtbot.waitUntil(lambda: bool(answers["boxes"]), timeout=10_000)
    text, informative, details = answers["boxes"][0]
    assert "Scoresheets refused: 1" in text and "Imported: good.xlsx" in text
    assert "bad.xlsx: sheet Citoyens, cell C6: 11 is outside the scale 0 to 10" in informative
    assert details == "bad.xlsx: sheet Citoyens, cell C6: 11 is outside the scale 0 to 10 of " \
                      "criterion relevance"
    assert refreshed == [True]
    with db.read() as session:
        marks = dict(session.execute(
            select(Juror.code, Score.value).join(Juror, Juror.id == Score.juror_id)
            .join(Project, Project.id == Score.project_id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .where(Project.code == "P01", Criterion.code == "relevance")).all())
    assert marks["J3"] == 1.5 and marks["J1"] == 3.0


def test_a_clean_import_says_what_it_did(window: QMainWindow, qtbot, answers, monkeypatch,
                                         tmp_path: Path) -> None:
    path = export_scoresheet(window.database, YEAR, "J2", tmp_path / "j2.xlsx")
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(path)])
    spreadsheets.import_scoresheets(window, window.database, YEAR)
    qtbot.waitUntil(lambda: bool(answers["infos"]), timeout=10_000)
    assert answers["infos"][0].startswith("Scoresheets imported: 1.")
    assert "j2.xlsx: Pieter Janssens (J2): 0 added, 0 changed, 20 unchanged" in \
        answers["infos"][0]


def test_problems_box_shows_the_first_and_keeps_all(qtbot, english) -> None:
    problems = [f"f.xlsx: sheet S, cell C{i}: bad" for i in range(40)]
    box = spreadsheets.problems_box(None, "Import", "Nothing was changed.", problems)
    qtbot.addWidget(box)
    assert box.informativeText().count("•") == spreadsheets.SHOWN_PROBLEMS
    assert "and 25 more" in box.informativeText()
    assert box.detailedText().splitlines() == problems


def test_failures_are_reported(qtbot, answers, english) -> None:
    spreadsheets.report_failure(None, "Export", InputError([Problem("no edition 1999")]))
    spreadsheets.report_failure(None, "Export", RuntimeError("disk"), "Traceback…")
    (_, refused, _), (unexpected, _, trace) = answers["boxes"]
    assert refused == "• no edition 1999"
    assert unexpected.startswith("Unexpected error") and trace == "Traceback…"
