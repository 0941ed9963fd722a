"""The Ceremony page: build the dossier or the minutes, preview, print and open them;
write the letters to the candidates into a folder.

The PDF is built off the UI thread (tasks.run_task, with progress and Cancel)
into a private temporary folder, shown page by page with QtPdf inside the
window, printed through the system's print dialog (each page rendered by QtPdf
onto the printer), saved elsewhere, or opened in the system's PDF reader.

The minutes and the dossier of a locked edition can be signed there, juror after juror
(`yansenne.reports.signing`, off the UI thread like the build), with a certificate file
or a card; the signatures of the shown PDF, and whether each still stands, are listed
under the status.

Check a PDF… shows a PDF from elsewhere (the minutes a juror sent back signed, say) the
same way: a copy in the temporary folder is previewed, its signatures listed, and signed
if it has an empty signature field (or no field at all, as the dossier); the original is
never written, "Save as…" saves the copy.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget

from yansenne.domain import ceremony_record, lookup
from yansenne.errors import YansenneError
from yansenne.files import copy_file
from yansenne.store.database import Database
from yansenne.ui import file_dialogs, i18n
from yansenne.ui.forms.ui_ceremony_page import Ui_CeremonyPage
from yansenne.ui.tasks import Progress, Task, run_task

if TYPE_CHECKING:
    from yansenne.reports.letters import Written
    from yansenne.reports.signing import Credentials, Verification
    from yansenne.ui.ceremony.signing_dialog import SigningDialog

DOSSIER, MINUTES, DECK = "dossier", "minutes", "deck"
# The deck speaks French and Dutch on every slide (spec/cli.md, `slides`).
LANGUAGES = {DOSSIER: ("fr+nl", "fr", "nl", "en"), MINUTES: ("fr", "nl"), DECK: ("fr+nl",)}


class CeremonyPage(QWidget):
    """Chooses the document and its language for the current edition, then builds it."""

    built = Signal(str)  # the path of the PDF now shown
    letters_written = Signal(str)  # the path of the merged PDF of the letters

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CeremonyPage()
        self.ui.setupUi(self)
        self._db = db
        self._year: int | None = None
        self._path: Path | None = None
        self._task: Task | None = None
        self._printer: QPrinter | None = None  # kept: Qt's print dialogs need it alive
        self._signable = False  # the shown PDF is the minutes or dossier of a locked edition
        self._checked = False  # the shown PDF is a copy of a file chosen with Check a PDF…
        self._signing_dialog: SigningDialog | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="yansenne-ceremony-")
        self.destroyed.connect(self._folder.cleanup)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self.ui.previewHost)
        self.view.setObjectName("previewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.ui.previewLayout.addWidget(self.view)
        self.ui.documentCombo.currentIndexChanged.connect(self._document_chosen)
        self.ui.languageCombo.currentIndexChanged.connect(self._clear)
        self.ui.buildButton.clicked.connect(self.build)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.openButton.clicked.connect(self.open_file)
        # Not in the form: the letters go to a folder, not to the preview.
        self.lettersButton = QPushButton(self)
        self.lettersButton.setObjectName("lettersButton")
        self.ui.actionLayout.addWidget(self.lettersButton)
        QWidget.setTabOrder(self.ui.openButton, self.lettersButton)
        self.lettersButton.clicked.connect(self._letters_clicked)
        # Not in the form either: signing the shown minutes or dossier, and its signatures.
        self.signButton = QPushButton(self)
        self.signButton.setObjectName("signButton")
        layout = self.ui.actionLayout
        layout.insertWidget(layout.indexOf(self.ui.openButton) + 1, self.signButton)
        QWidget.setTabOrder(self.ui.openButton, self.signButton)
        self.signButton.clicked.connect(self.open_signing_dialog)
        self.checkButton = QPushButton(self)
        self.checkButton.setObjectName("checkButton")
        layout.insertWidget(layout.indexOf(self.signButton) + 1, self.checkButton)
        QWidget.setTabOrder(self.signButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.lettersButton)
        self.checkButton.clicked.connect(self._check_clicked)
        self.signaturesLabel = QLabel(self)
        self.signaturesLabel.setObjectName("signaturesLabel")
        self.signaturesLabel.setWordWrap(True)
        self.signaturesLabel.setVisible(False)
        self.ui.pageLayout.insertWidget(
            self.ui.pageLayout.indexOf(self.ui.statusLabel) + 1, self.signaturesLabel)
        self._retranslate()
        self._update()

    # -- public API ----------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.set_edition(None)

    def set_edition(self, year: int | None) -> None:
        """Show edition `year` (None: no edition); any previous preview is dropped."""
        self._year = year
        self._clear()

    def document_kind(self) -> str:
        return self.ui.documentCombo.currentData() or DOSSIER

    def document_language(self) -> str:
        return self.ui.languageCombo.currentData() or LANGUAGES[self.document_kind()][0]

    def pdf_path(self) -> Path | None:
        return self._path

    def build(self) -> None:
        """Build the chosen document in the background; the preview follows."""
        if self._year is None or self._task is not None:
            return
        kind, lang, year, db = self.document_kind(), self.document_language(), self._year, self._db
        target = Path(self._folder.name) / f"{kind}-{year}-{lang.replace('+', '-')}.pdf"
        self._close_document()

        def work(progress: Progress) -> tuple[Path, int, Verification | None]:
            from yansenne.reports.dossier import write_dossier
            from yansenne.reports.minutes import write_minutes
            from yansenne.reports.signing import verify

            if kind == DECK:
                return target, write_deck(db, year, target), None
            write = write_dossier if kind == DOSSIER else write_minutes
            # Written beside `target` and renamed (files.py): the preview never reads a
            # half-written file, and a full disk keeps the previous one.
            pages = write(db, year, lang, target, progress)
            return target, pages, verify(target)

        self.ui.statusLabel.setText(self.tr("Building…"))
        self._task = run_task(self, work, title=self.tr("Building the document"),
                              on_success=self._built, on_failure=self._failed,
                              on_cancel=self._cancelled)
        self._update()

    def write_letters(self, folder: str | None = None) -> None:
        """The letters to the candidates, one PDF a project in its language, and all of
        them in one PDF for printing, into a folder the user chooses; built off the UI
        thread like the documents."""
        if self._year is None or self._task is not None:
            return
        if folder is None:
            folder = file_dialogs.choose_folder(
                self, self.tr("Folder for the letters to the candidates"))
        if not folder:
            return
        year, db, target = self._year, self._db, Path(folder)

        def work(progress: Progress) -> Written:
            from yansenne.domain.letter_facts import read_letters
            from yansenne.reports.letters import write_letters

            facts = read_letters(db, year)
            return write_letters(facts, target, merged=target / f"letters-{year}.pdf",
                                 progress=progress)

        self.ui.statusLabel.setText(self.tr("Writing the letters…"))
        self._task = run_task(self, work, title=self.tr("Writing the letters to the candidates"),
                              on_success=self._letters_written,
                              on_failure=self._letters_failed, on_cancel=self._letters_cancelled)
        self._update()

    def open_signing_dialog(self) -> SigningDialog | None:
        """The dialog asking who signs and with what; signing follows when it is
        accepted. Returns the dialog (shown, window-modal), or None if nothing to sign."""
        from yansenne.reports import signing
        from yansenne.ui.ceremony.signing_dialog import SigningDialog

        if not self._signable or self._path is None or self._task is not None:
            return None
        try:
            empty = signing.empty_fields(self._path)
        except Exception as error:  # noqa: BLE001 - an unreadable file is said, not raised
            QMessageBox.warning(self, self.tr("Cannot sign the document"), str(error))
            return None
        dialog = SigningDialog(empty, self)
        self._signing_dialog = dialog
        dialog.accepted.connect(lambda: self.sign(dialog.credentials(), dialog.juror()))
        dialog.finished.connect(self._signing_dialog_closed)
        dialog.open()
        return dialog

    def check_pdf(self, name: str | None = None) -> None:
        """Preview a PDF chosen by the user (`name`, else asked) and list its signatures,
        from a copy in the temporary folder: the original is never written. A file that
        is not a PDF is said, and the page stays as it was."""
        from yansenne.reports import signing

        if self._task is not None:
            return
        if name is None:
            name = file_dialogs.open_file(self, self.tr("Check a PDF"), "",
                                          self.tr("PDF (*.pdf)"))
        if not name:
            return
        source = Path(name)
        try:
            signing.check_pdf(source)
        except YansenneError as error:
            QMessageBox.warning(self, self.tr("Cannot check the document"), str(error))
            return
        # A folder of its own for each file checked: the shown copy is never replaced
        # under the preview, and the copy keeps the original's name for Save as….
        target = Path(tempfile.mkdtemp(prefix="checked-", dir=self._folder.name)) / source.name

        def work(progress: Progress) -> tuple[Path, Verification]:
            copy_file(source, target)
            return target, signing.verify(target)

        self.ui.statusLabel.setText(self.tr("Checking {file}…").format(file=source.name))
        self._task = run_task(self, work, title=self.tr("Checking the document"),
                              on_success=self._checked_done, on_failure=self._check_failed,
                              on_cancel=self._check_cancelled)
        self._update()

    def _check_clicked(self) -> None:
        self.check_pdf()  # `clicked` passes `checked`, which is not a file name

    def _checked_done(self, result: tuple[Path, Verification]) -> None:
        self._task = None
        path, verification = result
        self._close_document()
        self._path, self._checked = path, True
        self.document.load(str(path))
        self._signable = self._checked_signable(verification)
        self._show_signatures(verification)
        self.ui.statusLabel.setText(self.tr("{file}: %n page(s), checked.", "",
                                            self.document.pageCount()).format(file=path.name))
        self._update()

    @staticmethod
    def _checked_signable(verification: Verification) -> bool:
        """A checked file can be signed in an empty field, or in a new one when it has
        no signature field at all (as the dossier)."""
        if verification.problem:
            return False
        return bool(verification.empty_fields) or not verification.signatures

    def _check_failed(self, error: BaseException, details: str) -> None:
        """The preview stays as it was; the refusal says why."""
        self._task = None
        self.ui.statusLabel.setText(self.tr("The document was not checked."))
        self._update()
        message = str(error) if isinstance(error, YansenneError) else self.tr(
            "The document could not be checked:\n{error}").format(error=error)
        QMessageBox.warning(self, self.tr("Cannot check the document"), message)

    def _check_cancelled(self) -> None:
        self._task = None
        self.ui.statusLabel.setText(self.tr("The document was not checked."))
        self._update()

    def _signing_dialog_closed(self) -> None:
        if self._signing_dialog is not None:
            self._signing_dialog.deleteLater()
            self._signing_dialog = None

    def sign(self, key: Credentials, juror: str | None) -> None:
        """Add one signature to the shown PDF off the UI thread; the preview and the
        list of signatures follow. A refusal (a wrong password or PIN, never tried
        again) is said and leaves the file as it was."""
        if self._path is None or self._task is not None:
            return
        path = self._path

        def work(progress: Progress) -> tuple[str, Verification]:
            from yansenne.reports import signing

            name = signing.sign(path, key, juror=juror)
            return name, signing.verify(path)

        self.ui.statusLabel.setText(self.tr("Signing…"))
        self._task = run_task(self, work, title=self.tr("Signing the document"),
                              on_success=self._signed, on_failure=self._sign_failed,
                              on_cancel=self._sign_cancelled, cancellable=False)
        self._update()

    def _signed(self, result: tuple[str, Verification]) -> None:
        self._task = None
        name, verification = result
        if self._path is not None:
            self.document.close()
            self.document.load(str(self._path))
        if self._checked:
            self._signable = self._checked_signable(verification)
        self._show_signatures(verification)
        self.ui.statusLabel.setText(self.tr("Signed in field {field}.").format(field=name))
        self._update()

    def _sign_failed(self, error: BaseException, details: str) -> None:
        self._task = None
        self.ui.statusLabel.setText(self.tr("The document was not signed."))
        self._update()
        message = str(error) if isinstance(error, YansenneError) else self.tr(
            "The document could not be signed:\n{error}").format(error=error)
        QMessageBox.warning(self, self.tr("Cannot sign the document"), message)

    def _sign_cancelled(self) -> None:
        self._task = None
        self._update()

    def _show_signatures(self, verification: Verification | None) -> None:
        """One line a signature: field, signer, claimed time and whether it stands."""
        label = self.signaturesLabel
        if verification is None:
            label.clear()
            label.setVisible(False)
            return
        lines = []
        if verification.problem:
            lines.append(verification.problem)
        for check in verification.signatures:
            when = (check.signing_time.astimezone().strftime("%Y-%m-%d %H:%M")
                    if check.signing_time else self.tr("no time given"))
            state = self.tr("valid") if check.intact else self.tr("broken")
            after = (self.tr("only signatures added after") if check.unchanged_after
                     else self.tr("changed after signing"))
            lines.append(self.tr("{field}: {signer}, {time}: {state}, {after}").format(
                field=check.field, signer=check.signer, time=when, state=state,
                after=after))
        if verification.empty_fields:
            lines.append(self.tr("Not signed yet: {fields}").format(
                fields=", ".join(verification.empty_fields)))
        if not lines:
            lines.append(self.tr("No signature yet."))
        label.setText("\n".join(lines))
        label.setVisible(True)

    def _letters_clicked(self) -> None:
        self.write_letters()  # `clicked` passes `checked`, which is not a folder

    def _letters_written(self, written: Written) -> None:
        self._task = None
        merged = written.merged
        text = self.tr("%n letter(s) written to {folder}; all of them in {file}.", "",
                       len(written.files)).format(folder=str(merged.parent) if merged else "",
                                                  file=merged.name if merged else "")
        missing = written.missing_remedies
        if missing:
            text += " " + self.tr("No remedies paragraph in {languages}: set it on the "
                                  "Edition page.").format(languages=", ".join(missing))
        if not self._locked():
            text += " " + self.tr("The deliberation is not locked: every page carries the "
                                  "DRAFT mark.")
        self.ui.statusLabel.setText(text)
        self._update()
        self.letters_written.emit(str(merged) if merged else "")

    def _letters_failed(self, error: BaseException, details: str) -> None:
        """The preview stays; the refusal says why (a read-only folder, a full disk…)."""
        self._task = None
        self.ui.statusLabel.setText(self.tr("The letters were not written."))
        self._update()
        message = str(error) if isinstance(error, YansenneError) else self.tr(
            "The letters could not be written:\n{error}").format(error=error)
        QMessageBox.warning(self, self.tr("Cannot write the letters"), message)

    def _letters_cancelled(self) -> None:
        self._task = None
        self.ui.statusLabel.setText(self.tr("The letters were not written."))
        self._update()

    def print_document(self) -> None:
        """The system's print dialog, then every chosen page rendered onto the printer;
        a dossier whose laureates lack a summary asks first."""
        if self.document.pageCount() == 0 or (
                not self._checked and not self._summaries_accepted()):
            return
        self._printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._path.name if self._path else "")
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages of the printer's range; returns how many were printed."""
        count = self.document.pageCount()
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Cannot print"),
                                self.tr("The printer could not be opened."))
            return 0
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                target = QRectF(painter.viewport())
                size = self.document.pagePointSize(number - 1)
                scale = min(target.width() / size.width(), target.height() / size.height())
                pixels = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(number - 1, pixels)
                painter.drawImage(QRectF(0, 0, pixels.width(), pixels.height()), image)
        finally:
            painter.end()
        return last - first + 1

    def missing_summaries(self) -> list[tuple[str, tuple[str, ...]]]:
        """Laureates whose summary the chosen dossier marks as missing ([] for the minutes)."""
        if self._year is None or self.document_kind() != DOSSIER:
            return []
        langs = tuple(self.document_language().split("+"))
        return ceremony_record.missing_summaries(self._db, self._year, langs)

    def _summaries_missing_text(self, missing: list[tuple[str, tuple[str, ...]]]) -> str:
        names = {"fr": self.tr("French", "within a sentence"),
                 "nl": self.tr("Dutch", "within a sentence"),
                 "en": self.tr("English", "within a sentence")}
        return "\n".join(self.tr("{project}: no summary in {languages}").format(
            project=code, languages=", ".join(names[lang] for lang in langs))
            for code, langs in missing)

    def _summaries_accepted(self) -> bool:
        missing = self.missing_summaries()
        if not missing:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Summaries missing"),
                          self.tr("%n laureate(s) have no summary in the dossier's language: "
                                  "the dossier says so where the summary would be.", "",
                                  len(missing)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText(self._summaries_missing_text(missing))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Print all the same"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def save_as(self) -> None:
        if self._path is None:
            return
        deck = self.document_kind() == DECK and not self._checked
        filters = self.tr("PDF (*.pdf)") + (
            ";;" + self.tr("PowerPoint (*.pptx)") if deck else "")
        name = file_dialogs.save_file(self, self.tr("Save the document"),
                                      self._path.name, filters)
        if not name:
            return
        try:
            if deck and name.lower().endswith(".pptx") and self._year is not None:
                write_deck(self._db, self._year, Path(name))  # to retouch in PowerPoint
            else:
                copy_file(self._path, name)  # beside the target, then renamed (files.py)
        except YansenneError as error:  # the cause in words: a full disk, a read-only file…
            QMessageBox.warning(self, self.tr("Cannot save the document"), str(error))
            return
        self.ui.statusLabel.setText(self.tr("Saved to {file}").format(file=name))

    def open_file(self) -> None:
        """The PDF in the system's reader (from the temporary folder)."""
        if self._path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path)))

    # -- internals -------------------------------------------------------------------
    def _built(self, result: tuple[Path, int, Verification | None]) -> None:
        self._task = None
        self._path, pages, verification = result
        self.document.load(str(self._path))
        self._signable = verification is not None and self._locked()
        self._show_signatures(verification)
        self.ui.statusLabel.setText(self._status(pages))
        self._update()
        self.built.emit(str(self._path))

    def _failed(self, error: BaseException, details: str) -> None:
        self._task = None
        self._clear()
        message = str(error) if isinstance(error, YansenneError) else self.tr(
            "The document could not be built:\n{error}").format(error=error)
        QMessageBox.warning(self, self.tr("Cannot build the document"), message)

    def _cancelled(self) -> None:
        self._task = None
        self._clear()

    def _status(self, pages: int) -> str:
        text = self.tr("%n page(s), ready to print.", "", pages)
        missing = self.missing_summaries()
        if missing:
            text += " " + self.tr("%n laureate(s) without a summary in this language: {list}.",
                                  "", len(missing)).format(
                list=", ".join(code for code, _langs in missing))
        if not self._locked():
            text += " " + self.tr("The deliberation is not locked: every page carries the "
                                  "DRAFT mark.")
        return text

    def _locked(self) -> bool:
        if self._year is None:
            return False
        return lookup.is_locked(self._db, self._year)

    def _close_document(self) -> None:
        self.document.close()
        self._path = None
        self._signable = False
        self._checked = False
        self._show_signatures(None)

    def _clear(self) -> None:
        if self._task is not None:
            return
        self._close_document()
        if self._year is None:
            self.ui.statusLabel.setText(self.tr("Choose an edition first."))
        else:
            self.ui.statusLabel.setText(self.tr("Choose the document and its language, then "
                                                "Build."))
        self._update()

    def _update(self) -> None:
        idle = self._task is None
        ready = idle and self._path is not None and self.document.pageCount() > 0
        self.ui.buildButton.setEnabled(idle and self._year is not None)
        self.lettersButton.setEnabled(idle and self._year is not None)
        self.ui.documentCombo.setEnabled(idle)
        self.ui.languageCombo.setEnabled(idle)
        for button in (self.ui.printButton, self.ui.saveButton, self.ui.openButton):
            button.setEnabled(ready)
        self.signButton.setEnabled(ready and self._signable)
        self.checkButton.setEnabled(idle)

    def _document_chosen(self) -> None:
        self._fill_languages()
        self._clear()

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        current = combo.currentData()
        names = {"fr+nl": self.tr("French and Dutch side by side"), "fr": self.tr("French"),
                 "nl": self.tr("Dutch"), "en": self.tr("English")}
        combo.blockSignals(True)
        combo.clear()
        for code in LANGUAGES[self.document_kind()]:
            combo.addItem(names[code], code)
        index = combo.findData(current)
        if index < 0 and self.document_kind() == MINUTES:
            index = combo.findData(i18n.current_language())
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _retranslate(self) -> None:
        self.signButton.setText(self.tr("S&ign…"))
        self.signButton.setToolTip(self.tr(
            "Sign the minutes or the dossier of the locked edition shown, with a "
            "certificate file or an eID card"))
        self.checkButton.setText(self.tr("Chec&k a PDF…"))
        self.checkButton.setToolTip(self.tr(
            "Show a PDF from elsewhere, such as minutes a juror sent back signed, list its "
            "signatures and sign it; the file itself is never changed"))
        self.signaturesLabel.setAccessibleName(self.tr("Signatures of the document"))
        self.lettersButton.setText(self.tr("Le&tters…"))
        self.lettersButton.setToolTip(self.tr(
            "Write the letters to the candidates, one PDF a project in its language, into a "
            "folder"))
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self.view.setAccessibleDescription(self.tr(
            "The pages of the generated document, as they will print"))
        combo = self.ui.documentCombo
        current = combo.currentData() or DOSSIER
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Ceremony dossier"), DOSSIER)
        combo.addItem(self.tr("Minutes of the deliberation"), MINUTES)
        combo.addItem(self.tr("Ceremony slides"), DECK)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._fill_languages()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self._path is None:
                self._clear()
        super().changeEvent(event)


def write_deck(db: Database, year: int, target: Path) -> int:
    """The ceremony deck of edition `year` as a PDF or, by its name, a PowerPoint file;
    returns the number of slides (as `yansenne slides` writes it)."""
    from yansenne.domain.deck_facts import read_ceremony
    from yansenne.reports.deck_content import deck_of

    deck = deck_of(read_ceremony(db, year))
    if target.suffix.lower() == ".pptx":
        from yansenne.reports.deck_pptx import write_deck_pptx

        return write_deck_pptx(deck, target)
    from yansenne.reports.deck_pdf import write_deck_pdf

    return write_deck_pdf(deck, target)
