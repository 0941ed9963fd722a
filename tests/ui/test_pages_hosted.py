"""The results, deliberation and ceremony pages live in the desk's navigation, and the
Jury menu opens a juror's grid (juror mode) on the secretariat's laptop."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from yansenne.ui.main_window import MainWindow
from yansenne.ui.pages import hosted
from yansenne.ui.tasks import wait_for_tasks


@pytest.mark.parametrize(("key", "cls"), [
    ("results", hosted.ResultsDeskPage),
    ("deliberation", hosted.DeliberationDeskPage),
    ("ceremony", hosted.CeremonyDeskPage),
    ("collection", hosted.CollectionDeskPage),
])
def test_hosted_page_shows_the_current_edition(window: MainWindow, qtbot, key: str,
                                               cls: type) -> None:
    window.show_page(key)
    page = window.page(key)
    assert isinstance(page, cls)
    assert window.ui.deskStack.currentWidget() is page
    qtbot.waitUntil(lambda: page._year == 2026, timeout=5000)
    wait_for_tasks()
    QApplication.processEvents()


def test_ctrl_digit_reaches_the_results(window: MainWindow, qtbot) -> None:
    keys = [a.data() for a in window.page_actions]
    assert keys == ["dashboard", "edition", "grid", "projects", "jury", "conflicts",
                    "collection", "results", "deliberation", "ceremony", "stages"]
    window.page_actions[7].trigger()
    assert window.current_page() == "results"
    wait_for_tasks()


def test_score_as_juror_opens_the_grid_of_the_chosen_juror(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    import yansenne.ui.juror as juror

    monkeypatch.setattr(juror, "choose_juror", lambda parent, db, year: "J3")
    window.score_as_juror_action.trigger()
    assert len(window.juror_windows) == 1
    grid = window.juror_windows[0]
    assert grid.desk.juror.code == "J3"
    assert "Sarah Lambert" in grid.windowTitle()
    grid.close()
    qtbot.waitUntil(lambda: not window.juror_windows, timeout=5000)


def test_cancelled_choice_opens_nothing(window: MainWindow,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import yansenne.ui.juror as juror

    monkeypatch.setattr(juror, "choose_juror", lambda parent, db, year: None)
    window.score_as_juror_action.trigger()
    assert window.juror_windows == []
