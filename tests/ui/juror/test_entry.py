"""The two entry points the main window calls ("Score as juror…"), and the juror's
total against the scoring core's."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.factories import YEAR, Ids
from tests.ui.juror.conftest import OpenWindow, type_mark
from yansenne.errors import YansenneError
from yansenne.scoring.model import Criterion as ScoringCriterion
from yansenne.scoring.totals import juror_totals
from yansenne.store.database import Database
from yansenne.ui import i18n
from yansenne.ui.juror import choose_juror, open_juror_window
from yansenne.ui.juror.choose_dialog import ChooseJurorDialog


def answer_dialog(qtbot: QtBot, pick: int | None) -> None:
    """When the chooser appears, pick the `pick`-th juror and open (None: cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChooseJurorDialog)
        if pick is None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            return
        dialog.combo.setCurrentIndex(pick)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_choose_juror_lists_the_scoring_jurors(qtbot: QtBot, english: str,
                                              small_db: Database) -> None:
    answer_dialog(qtbot, 1)
    assert choose_juror(None, small_db, YEAR) == "J2"
    answer_dialog(qtbot, None)
    assert choose_juror(None, small_db, YEAR) is None
    dialog = ChooseJurorDialog([], None)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.chosen() is None


def test_choose_juror_says_why_it_cannot(qtbot: QtBot, english: str, small_db: Database,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert choose_juror(None, small_db, 1999) is None
    assert shown == ["no edition 1999 in the database"]


def test_open_juror_window_refuses_observers_and_unknown_jurors(english: str,
                                                                small_db: Database) -> None:
    with pytest.raises(YansenneError, match="observer"):
        open_juror_window(small_db, YEAR, "OB")
    with pytest.raises(YansenneError, match="unknown juror"):
        open_juror_window(small_db, YEAR, "ZZ")


def test_the_window_keeps_the_jurors_language_when_the_desk_switches(
        qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("J3", lang=None)  # an English-speaking juror
    page = window.current_page()
    assert page is not None
    assert window.windowTitle().startswith("Scoring grid — Sarah Lambert")
    assert window.tabs.tabText(0) == "Citizens  3/3"
    page.view.go_to(0, 1)
    type_mark(qtbot, page, "7.5")
    assert page.model.index(0, 1).data() == "7.5"
    assert page.model.index(0, 5).data()[-1] == "%" and "\u00a0" not in page.model.index(
        0, 5).data()
    i18n.switch_language("fr")  # the desk's language changes; the juror's window does not
    QApplication.processEvents()
    assert window.windowTitle().startswith("Scoring grid — Sarah Lambert")
    assert window.tabs.tabText(0) == "Citizens  3/3"
    assert page.model.index(0, 1).data() == "7.5"
    assert page.submit_button.text() == "Submit my scores"
    # Until the juror picks another language in the window.
    window.language_actions["nl"].trigger()
    assert window.tabs.tabText(0) == "Burgers  3/3"
    assert page.model.index(0, 1).data() == "7,5"
    assert page.submit_button.text() == "Mijn scores indienen"
    assert i18n.current_language() == "fr"  # opened from the desk: the desk stays French


def test_the_total_is_the_scoring_cores(open_window: OpenWindow, small_db: Database,
                                        ids: Ids) -> None:
    window = open_window("J1")
    page = window.current_page()
    assert page is not None
    model = page.model
    criteria = tuple(ScoringCriterion(code=c.code, weight=c.weight, min=c.min_value,
                                      max=c.max_value, step=c.step) for c in model.criteria)
    page.view.go_to(0, 2)
    model.set_mark(0, 2, None)  # a partly scored project: the total over what is scored
    marks = np.array([[[np.nan if v is None else v for v in
                        (model.value(r, c) for c in range(1, model.total_column))]
                       for r in range(model.rowCount())]])
    expected = juror_totals(marks, criteria)[0]
    for row in range(model.rowCount()):
        assert model.total(row) == pytest.approx(expected[row], abs=1e-9)
