"""Juror mode: one juror's scoring grids ("Score as juror…" on the secretariat's laptop).

`choose_juror(parent, db, year)` asks whose grid to open; `open_juror_window(db, year,
juror_code, parent)` opens it. The window shows only that juror's assigned categories,
marks, conflicts and notes, never another juror's scores nor any aggregate. It speaks
the juror's language (the Jurors sheet's `language`), whatever this computer's saved
preference or the desk's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from yansenne.domain.juror_desk import JurorDesk, scoring_jurors
from yansenne.errors import YansenneError
from yansenne.store.database import Database
from yansenne.ui import i18n
from yansenne.ui.juror.choose_dialog import ChooseJurorDialog
from yansenne.ui.juror.window import JurorWindow

__all__ = ["JurorWindow", "choose_juror", "open_juror_window"]


def open_juror_window(db: Database, year: int, juror_code: str,
                      parent: QWidget | None = None, *, own: bool = False,
                      sends_ballots: bool = False) -> JurorWindow:
    """Open and show the grids of juror `juror_code` of edition `year`.

    Marks are written in the juror's name; the secretariat, whose laptop this is, may
    reopen a submitted category from the window. With `own`, the juror works on their
    own (a juror package, or a server login): no reopening, and with `sends_ballots`
    a "Send my ballot" action; the whole application then speaks the juror's language
    (Qt's own dialogs included), the saved preference left as it is. Raises
    YansenneError (unknown edition or juror, an observer) before any window appears.
    """
    desk = JurorDesk.open(db, year, juror_code)
    if own and desk.juror.language in i18n.LANGUAGES \
            and desk.juror.language != i18n.current_language():
        i18n.switch_language(desk.juror.language)
    window = JurorWindow(desk, can_reopen=not own, sends_ballots=sends_ballots, own=own,
                         parent=parent)
    window.show()
    return window


def choose_juror(parent: QWidget | None, db: Database, year: int) -> str | None:
    """Ask which juror to score as; the juror's code, or None if cancelled."""
    try:
        jurors = scoring_jurors(db, year)
    except YansenneError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ChooseJurorDialog",
                                                              "Score as juror"), str(exc))
        return None
    dialog = ChooseJurorDialog(jurors, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
