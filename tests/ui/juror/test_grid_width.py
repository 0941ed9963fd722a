"""A juror's grid on a laptop: every column, the total included, in view in the window a
1366 × 768 screen opens (90 % of it: screen_fit.py) beside the project's pane (the
criteria's headings wrap rather than widen them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.opening import open_database
from yansenne.ui.juror import open_juror_window
from yansenne.ui.screen_fit import SCREEN_SHARE


def test_the_demo_grid_fits_a_laptop_in_dutch(qtbot: QtBot, english: str,
                                              tmp_path: Path) -> None:
    """Seen on the demo for a Dutch-speaking juror: "Kwaliteit van de samenwerking" on one
    line made its column 238 px for marks of three characters, and the total was behind
    the side pane, a scroll away."""
    db = open_database(tmp_path / "demo.sqlite")
    import_edition(db, demo_workbook(), actor="tests")
    try:
        window = open_juror_window(db, 2026, "J05")  # Koen De Smedt, who reads Dutch
        qtbot.addWidget(window)
        window.set_language("nl")
        window.resize(round(1366 * SCREEN_SHARE), round(768 * SCREEN_SHARE))
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(50)
        page = window.current_page()
        assert page is not None
        headings = [page.model.headerData(c, Qt.Orientation.Horizontal)
                    for c in range(page.model.columnCount())]
        assert "Kwaliteit van de\nsamenwerking\ngewicht 1" in headings
        header, viewport = page.view.horizontalHeader(), page.view.viewport()
        assert header.length() <= viewport.width(), (header.length(), viewport.width())
        total = page.model.total_column
        assert header.sectionViewportPosition(total) + header.sectionSize(total) \
            <= viewport.width()
        window.close()
    finally:
        db.close()
