"""What a juror sees at once: the progress filled from the first look, a partial total
marked, a project column as wide as the juror drags it, and rows sorted only on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.factories import Ids
from tests.ui.juror.conftest import OpenWindow, clear_category, type_mark
from yansenne.store.database import Database
from yansenne.ui.juror.grid_model import PARTIAL_TEXT, PROJECT_COLUMN


def test_the_progress_bar_is_filled_on_first_show(qtbot: QtBot, open_window: OpenWindow,
                                                 small_db: Database, ids: Ids) -> None:
    window = open_window("J2")  # citizens: 2 projects to score (P01 is a conflict)
    page = window.current_page()
    assert page is not None
    qtbot.waitExposed(window)
    assert (page.progress_bar.minimum(), page.progress_bar.maximum(),
            page.progress_bar.value()) == (0, 2, 2)
    assert page.progress_bar.accessibleDescription() == "2 of 2 projects scored"
    # Painted: the bar's chunk covers most of it (the highlight colour is drawn).
    image = page.progress_bar.grab().toImage()
    highlight = page.progress_bar.palette().highlight().color()
    filled = sum(1 for x in range(image.width())
                 if _near(QColor(image.pixel(x, image.height() // 2)), highlight))
    assert filled > image.width() * 0.8


def test_a_partly_scored_row_total_is_marked_incomplete(
        qtbot: QtBot, open_window: OpenWindow, small_db: Database, ids: Ids) -> None:
    clear_category(small_db, ids.jurors["J3"], "citizens")
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    model = page.model
    total = model.index(0, model.total_column)
    assert total.data() == ""  # nothing scored: no total at all
    page.view.go_to(0, 1)
    type_mark(qtbot, page, "5")
    assert total.data() == "50.0% (partial)"
    assert total.data(Qt.ItemDataRole.ForegroundRole) == PARTIAL_TEXT
    assert total.data(Qt.ItemDataRole.DecorationRole) is not None
    assert total.data(Qt.ItemDataRole.ToolTipRole) == (
        "Incomplete: 1 of 4 criteria scored; this total covers only those.")
    assert total.data(Qt.ItemDataRole.AccessibleTextRole) == "Total, P01: 50.0% (partial)"
    assert total.data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Incomplete: 1 of 4 criteria scored; this total covers only those.")
    assert page.view.columnWidth(model.total_column) >= page.view.fontMetrics(
        ).horizontalAdvance("100.0% (partial)")
    for text in ("6", "7", "8"):
        type_mark(qtbot, page, text, Qt.Key.Key_Tab)
    assert total.data() == "66.0%"  # complete: (5 + 6 + 2*7 + 8) / 5 / 10
    assert total.data(Qt.ItemDataRole.ToolTipRole) is None
    assert total.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_project_column_keeps_the_width_the_juror_gives_it(
        qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    header = page.view.horizontalHeader()
    assert header.sectionResizeMode(PROJECT_COLUMN) == header.ResizeMode.Interactive
    header.resizeSection(PROJECT_COLUMN, 420)  # as a drag of the header's edge does
    window.resize(window.width() - 200, window.height())
    qtbot.wait(50)
    page.fit_columns()
    page.set_language("fr")
    assert page.view.columnWidth(PROJECT_COLUMN) == 420


def test_the_grid_is_sorted_only_when_the_juror_asks(
        qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window("J3")
    page = window.current_page()
    assert page is not None
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == -1  # the projects in their order, unsorted

    def codes() -> list[str]:
        return [page.proxy.index(r, 0).data().split()[0] for r in range(page.proxy.rowCount())]

    assert codes() == ["P01", "P03", "P05"]
    total = page.model.total_column
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + _centre(header, total))
    assert header.sortIndicatorSection() == total
    ordered = codes()
    totals = [page.proxy.index(r, total).data(Qt.ItemDataRole.UserRole + 1)
              for r in range(page.proxy.rowCount())]
    assert totals == sorted(totals, reverse=header.sortIndicatorOrder()
                            == Qt.SortOrder.DescendingOrder)
    # Marks typed then never move the rows under the juror: the first row becomes the
    # best (or the worst) and stays first.
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    for column in range(1, total):
        page.view.go_to(0, column)
        type_mark(qtbot, page, "10" if ascending else "0")
    assert codes() == ordered


def _centre(header, column: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


def _near(colour: QColor, other: QColor) -> bool:
    return all(abs(a - b) < 40 for a, b in ((colour.red(), other.red()),
                                            (colour.green(), other.green()),
                                            (colour.blue(), other.blue())))
