"""The File menu's spreadsheet actions: the results workbook and jurors' scoresheets.

Each action asks for its paths, runs the work off the UI thread (`tasks.run_task`,
imports through the serial writer), shows progress, lists every located problem of
a refused file, and offers to open what it produced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget

from yansenne.domain import juror_desk
from yansenne.domain.juror_desk import JurorInfo
from yansenne.errors import InputError, YansenneError
from yansenne.exchange import scoresheet_export, scoresheet_import
from yansenne.reports import results_workbook
from yansenne.store.database import Database
from yansenne.ui import file_dialogs, i18n
from yansenne.ui.settings import preferences
from yansenne.ui.tasks import Progress, Task, run_task

FOLDER_KEY = "spreadsheets/folder"
SHOWN_PROBLEMS = 15  # listed in the dialog itself; all of them under "Show Details"
BOX_WIDTH = 620  # pixels of text in the message boxes
translate = QCoreApplication.translate  # lupdate reads translate("Spreadsheets", "...")


def _folder() -> str:
    value = preferences().value(FOLDER_KEY)
    return str(value) if value and Path(str(value)).is_dir() else str(Path.home())


def _remember(path: Path) -> None:
    preferences().setValue(FOLDER_KEY, str(path if path.is_dir() else path.parent))


def _xlsx(path: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


def _filter() -> str:
    return translate("Spreadsheets", "Excel workbooks (*.xlsx)")


# -- reporting -----------------------------------------------------------------------

def problems_box(parent: QWidget | None, title: str, intro: str,
                 problems: list[str]) -> QMessageBox:
    """A warning that lists the problems (the first ones in view, all under details)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, intro, QMessageBox.StandardButton.Ok,
                      parent)
    shown = problems[:SHOWN_PROBLEMS]
    more = len(problems) - len(shown)
    lines = "\n".join(f"• {p}" for p in shown)
    if more:
        lines += "\n" + translate("Spreadsheets", "… and {count} more (see the details)"
                                   ).format(count=more)
    box.setInformativeText(lines)
    box.setDetailedText("\n".join(problems))
    widen(box)
    return box


def report_failure(parent: QWidget | None, title: str, error: BaseException,
                   trace: str = "") -> None:
    """Say why work failed: every located problem of refused input, or the error."""
    if isinstance(error, InputError):
        problems = [str(p) for p in error.problems]
        intro = translate("Spreadsheets", "Nothing was changed. Please correct the following:")
        problems_box(parent, title, intro, problems).exec()
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, str(error),
                      QMessageBox.StandardButton.Ok, parent)
    if not isinstance(error, YansenneError):
        box.setText(translate("Spreadsheets",
                              "Unexpected error; please report it with the details below."))
        box.setDetailedText(trace or repr(error))
    box.exec()


def offer_to_open(parent: QWidget | None, title: str, text: str, target: Path) -> bool:
    """Say where the file or folder was written, and open it if the user wants."""
    box = QMessageBox(QMessageBox.Icon.Question, title,
                      f"{text}\n{target}\n\n" + translate("Spreadsheets", "Open it now?"),
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    widen(box)
    if box.exec() == QMessageBox.StandardButton.Open:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return False


def widen(box: QMessageBox) -> None:
    """Room for paths and located problems, which wrap badly in a narrow box."""
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setMinimumWidth(BOX_WIDTH)


# -- results workbook ----------------------------------------------------------------

def export_results(parent: QWidget | None, db: Database, year: int) -> Task | None:
    """File ▸ Export the results workbook…"""
    title = translate("Spreadsheets", "Export the results workbook")
    default = Path(_folder()) / f"results-{year}.xlsx"
    path = file_dialogs.save_file(parent, title, str(default), _filter())
    if not path:
        return None
    target = _xlsx(path)
    _remember(target)
    lang = i18n.current_language()

    def work(progress: Progress) -> Path:
        return results_workbook.export_results(db, year, target, lang=lang, progress=progress)

    def done(written: Path) -> None:
        text = translate("Spreadsheets", "The results workbook of {year} was written to:")
        offer_to_open(parent, title, text.format(year=year), written)

    return run_task(parent, work, title=title, on_success=done,
                    on_failure=lambda error, trace: report_failure(parent, title, error, trace))


# -- scoresheets ---------------------------------------------------------------------

def scoring_jurors(db: Database, year: int) -> list[JurorInfo]:
    """The jurors who score, in the jury's order; none when the edition is gone."""
    try:
        return juror_desk.scoring_jurors(db, year)
    except InputError:
        return []


def juror_dialog(parent: QWidget | None, jurors: list[JurorInfo]) -> QInputDialog:
    """Which juror's scoresheet to write: one, or every juror into a folder."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Spreadsheets", "Export scoresheets"))
    dialog.setLabelText(translate("Spreadsheets", "Scoresheet of:"))
    every = translate("Spreadsheets", "Every juror (one file each, into a folder)")
    dialog.setComboBoxItems([every, *[f"{j.code} — {j.name}" for j in jurors]])
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(translate("Spreadsheets", "Continue…"))
    dialog.resize(max(dialog.sizeHint().width(), 460), dialog.sizeHint().height())
    return dialog


def choose_juror(parent: QWidget | None, jurors: list[JurorInfo]) -> JurorInfo | None | bool:
    """The chosen juror; True for every juror; None when the user cancelled."""
    dialog = juror_dialog(parent, jurors)
    if not dialog.exec():
        return None
    items = dialog.comboBoxItems()
    index = items.index(dialog.textValue()) if dialog.textValue() in items else 0
    return True if index == 0 else jurors[index - 1]


def export_scoresheets(parent: QWidget | None, db: Database, year: int) -> Task | None:
    """File ▸ Export scoresheets…: one juror's file, or every juror's into a folder."""
    title = translate("Spreadsheets", "Export scoresheets")
    jurors = scoring_jurors(db, year)
    if not jurors:
        text = translate("Spreadsheets", "Edition {year} has no juror who scores.")
        QMessageBox.information(parent, title, text.format(year=year))
        return None
    choice = choose_juror(parent, jurors)
    if choice is None:
        return None
    if choice is True:
        caption = translate("Spreadsheets", "Folder for the scoresheets")
        folder = file_dialogs.choose_folder(parent, caption, _folder())
        if not folder:
            return None
        target = Path(folder)
        _remember(target)

        def work_all(progress: Progress) -> list[Path]:
            written = []
            for i, juror in enumerate(jurors):
                label = translate("Spreadsheets", "Scoresheet of {juror}")
                progress(i, len(jurors), label.format(juror=juror.name))
                path = target / scoresheet_export.scoresheet_name(year, juror.code)
                written.append(scoresheet_export.export_scoresheet(db, year, juror.code, path))
            progress(len(jurors), len(jurors))
            return written

        def done_all(written: list[Path]) -> None:
            text = translate("Spreadsheets", "{count} scoresheets were written into the folder:")
            offer_to_open(parent, title, text.format(count=len(written)), target)

        return run_task(parent, work_all, title=title, on_success=done_all,
                        on_failure=lambda e, trace: report_failure(parent, title, e, trace))
    assert isinstance(choice, JurorInfo)
    default = Path(_folder()) / scoresheet_export.scoresheet_name(year, choice.code)
    path = file_dialogs.save_file(parent, title, str(default), _filter())
    if not path:
        return None
    one = _xlsx(path)
    _remember(one)

    def work(_progress: Progress) -> Path:
        return scoresheet_export.export_scoresheet(db, year, choice.code, one)

    def done(written: Path) -> None:
        text = translate("Spreadsheets", "The scoresheet of {juror} was written to:")
        offer_to_open(parent, title, text.format(juror=choice.name), written)

    return run_task(parent, work, title=title, on_success=done,
                    on_failure=lambda e, trace: report_failure(parent, title, e, trace))


@dataclass
class ImportOutcome:
    """What importing several scoresheets did: each file on its own, all or nothing."""

    imported: list[scoresheet_import.ScoresheetReport] = field(default_factory=list)
    refused: dict[str, list[str]] = field(default_factory=dict)  # file -> problems


def import_files(db: Database, year: int, paths: list[Path],
                 progress: Progress | None = None) -> ImportOutcome:
    """Import each scoresheet in turn; a refused file leaves the database as it was."""
    outcome = ImportOutcome()
    for i, path in enumerate(paths):
        if progress is not None:
            progress(i, len(paths), path.name)
        try:
            outcome.imported.append(scoresheet_import.import_scoresheet(db, year, path))
        except InputError as error:
            outcome.refused[path.name] = [str(p) for p in error.problems]
        except YansenneError as error:
            outcome.refused[path.name] = [f"{path.name}: {error}"]
    if progress is not None:
        progress(len(paths), len(paths))
    return outcome


def import_summary(report: scoresheet_import.ScoresheetReport) -> str:
    c = report.counts
    text = translate("Spreadsheets", "{file}: {name} ({juror}): {added} added, {changed} "
                     "changed, {unchanged} unchanged, {comments} comments")
    return text.format(
        file=report.file, name=report.name, juror=report.juror, added=c["added"],
        changed=c["changed"], unchanged=c["unchanged"], comments=c["comments"])


def show_outcome(parent: QWidget | None, title: str, outcome: ImportOutcome) -> None:
    imported = [import_summary(r) for r in outcome.imported]
    if not outcome.refused:
        text = translate("Spreadsheets", "Scoresheets imported: {count}.")
        box = QMessageBox(QMessageBox.Icon.Information, title,
                          text.format(count=len(imported)) + "\n\n" + "\n".join(imported),
                          QMessageBox.StandardButton.Ok, parent)
        widen(box)
        box.exec()
        return
    problems = [p for ps in outcome.refused.values() for p in ps]
    intro = translate("Spreadsheets", "Scoresheets refused: {count}; nothing was changed from "
                      "them.").format(count=len(outcome.refused))
    if imported:
        intro += "\n" + translate("Spreadsheets", "Imported: {files}").format(
            files=", ".join(r.file for r in outcome.imported))
    problems_box(parent, title, intro, problems).exec()


def import_scoresheets(parent: QWidget | None, db: Database, year: int,
                       on_done: Callable[[], None] | None = None) -> Task | None:
    """File ▸ Import scoresheets…: one or many files; `on_done` refreshes the window."""
    title = translate("Spreadsheets", "Import scoresheets")
    names = file_dialogs.open_files(parent, title, _folder(), _filter())
    if not names:
        return None
    paths = [Path(n) for n in names]
    _remember(paths[0])

    def work(progress: Progress) -> ImportOutcome:
        return import_files(db, year, paths, progress)

    def done(outcome: ImportOutcome) -> None:
        if on_done is not None and outcome.imported:
            on_done()
        show_outcome(parent, title, outcome)

    return run_task(parent, work, title=title, on_success=done, writes=True,
                    on_failure=lambda e, trace: report_failure(parent, title, e, trace))
