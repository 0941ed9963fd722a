"""Send my ballot: the juror's signed ballot, written from their package to a file
they e-mail or carry to the secretariat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from yansenne.domain.juror_desk import JurorDesk
from yansenne.ui import file_dialogs
from yansenne.ui.tasks import run_task


def send_ballot(parent: QWidget, desk: JurorDesk) -> None:
    """Ask where, then write the ballot off the UI thread and say what it holds."""
    from yansenne.exchange.ballot import export_ballot
    from yansenne.exchange.package import code_file_stem

    title = QCoreApplication.translate("Ballot", "Send my ballot")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / f"{code_file_stem(desk.juror.code)}-{desk.year}.ballot")
    name = file_dialogs.save_file(
        parent, title, suggested, QCoreApplication.translate("Ballot", "Ballots (*.ballot)"))
    if not name:
        return

    def done(ballot: Any) -> None:
        text = QCoreApplication.translate(
            "Ballot", "Your ballot (revision {revision}) was written to {file}. Send this file "
            "to the secretariat; you can keep scoring and send a newer one later.")
        QMessageBox.information(parent, title, text.format(
            revision=getattr(ballot, "revision", "?"), file=name))

    def failed(error: BaseException, _details: str) -> None:
        QMessageBox.warning(parent, title, str(error))

    run_task(parent, lambda _progress: export_ballot(desk.database, Path(name)), title=title,
             on_success=done, on_failure=failed, writes=True)
