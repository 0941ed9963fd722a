"""The projects table model and its search filter, on the small edition."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from yansenne.domain import queries
from yansenne.domain.queries import ProjectRow
from yansenne.store.database import Database
from yansenne.ui.models.projects_model import (
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    ProjectsFilter,
    ProjectsModel,
    format_budget,
)


@pytest.fixture
def rows(small_db: Database) -> list[ProjectRow]:
    (edition,) = queries.editions(small_db)
    return queries.projects(small_db, edition.id)


@pytest.fixture
def model(qapp: QApplication, rows: list[ProjectRow]) -> ProjectsModel:
    model = ProjectsModel(language="fr")
    model.set_rows(rows)
    return model


def cell(model: QAbstractItemModel, row: int, column: Column, role: int = 0) -> object:
    return model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def test_rows_in_code_order_with_french_texts(model: ProjectsModel) -> None:
    assert model.rowCount() == 6
    assert model.columnCount() == len(Column)
    assert [cell(model, r, Column.CODE) for r in range(6)] == [f"P0{i}" for i in range(1, 7)]
    assert cell(model, 0, Column.TITLE) == "Projet 1 — sécurité"
    assert cell(model, 0, Column.CATEGORY) == "Citoyens"
    assert cell(model, 1, Column.LEAD_ACTOR) == "Services de police"
    assert cell(model, 0, Column.MUNICIPALITY) == "Bruxelles"
    assert cell(model, 1, Column.MUNICIPALITY) == "Schaerbeek"
    assert cell(model, 2, Column.MUNICIPALITY) == "Region-wide"  # no catalogue installed
    assert cell(model, 2, Column.POLICE_ZONE) == ""
    assert cell(model, 0, Column.POLICE_ZONE) == "Bruxelles-Capitale/Ixelles"
    assert cell(model, 5, Column.MUNICIPALITY) == ""
    assert str(cell(model, 0, Column.BUDGET)).replace("\u202f", " ").replace("\u00a0", " ") \
        == "10 000 €"
    assert cell(model, 0, Column.BUDGET, SORT_ROLE) == 10000.0
    # The small edition: 3 jurors x 4 criteria, except the conflicted pair on P01.
    assert [cell(model, r, Column.SCORES, SORT_ROLE) for r in range(6)] == [8] + [12] * 5
    record = cell(model, 3, Column.TITLE, RECORD_ROLE)
    assert isinstance(record, ProjectRow) and record.code == "P04"
    assert record.partner_actors == ("associations", "municipal")


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, model: ProjectsModel) -> None:
    qtmodeltester.check(model)


def test_language_switch_changes_data_and_announces_it(qtbot, model: ProjectsModel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.headerDataChanged), qtbot.waitSignal(model.dataChanged):
        model.set_language("nl")
    assert cell(model, 0, Column.TITLE) == "Project 1 — veiligheid"
    assert cell(model, 0, Column.MUNICIPALITY) == "Brussel"
    assert cell(model, 1, Column.MUNICIPALITY) == "Schaarbeek"
    assert cell(model, 0, Column.POLICE_ZONE) == "Brussel Hoofdstad/Elsene"
    assert cell(model, 1, Column.CATEGORY) == "Politiediensten"


def test_budget_formatting_follows_the_locale() -> None:
    assert format_budget(12500, "fr").replace("\u202f", " ").replace("\u00a0", " ") == "12 500 €"
    assert format_budget(12500, "nl").replace("\u00a0", " ") == "€ 12.500"
    assert format_budget(12500, "en") == "€12,500"
    assert format_budget(12500.5, "en") == "€12,500.50"
    assert format_budget(None, "fr") == ""


def test_sorting_uses_the_sort_role(model: ProjectsModel) -> None:
    proxy = ProjectsFilter()
    proxy.setSourceModel(model)
    proxy.sort(Column.BUDGET, Qt.SortOrder.DescendingOrder)
    assert [cell(proxy, r, Column.CODE) for r in range(6)] == ["P06", "P05", "P04", "P03",
                                                               "P02", "P01"]
    proxy.sort(Column.SCORES, Qt.SortOrder.AscendingOrder)
    assert cell(proxy, 0, Column.CODE) == "P01"
    proxy.sort(Column.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    # Empty first, then alphabetical in French.
    assert [cell(proxy, r, Column.MUNICIPALITY) for r in range(6)] == [
        "", "Anderlecht", "Bruxelles", "Ixelles", "Region-wide", "Schaerbeek"]


@pytest.mark.parametrize(("search", "codes"), [
    ("", ["P01", "P02", "P03", "P04", "P05", "P06"]),
    ("p03", ["P03"]),
    ("schaerbeek", ["P02"]),
    ("SECURITE", ["P01", "P02", "P03", "P04", "P05", "P06"]),   # accents and case ignored
    ("ixelles", ["P01", "P05"]),                    # P01 by its police zone, P05 by name
    ("police anderlecht", ["P04"]),                 # every word, in any column
    ("services police", ["P02", "P04", "P06"]),
    ("nothing-like-this", []),
])
def test_search_filters_on_every_column(model: ProjectsModel, search: str,
                                        codes: list[str]) -> None:
    proxy = ProjectsFilter()
    proxy.setSourceModel(model)
    proxy.sort(Column.CODE, Qt.SortOrder.AscendingOrder)
    proxy.set_search(search)
    assert [cell(proxy, r, Column.CODE) for r in range(proxy.rowCount())] == codes


def test_rows_are_lines_and_whole_rows_are_read_when_asked(
        qapp: QApplication, small_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    (edition,) = queries.editions(small_db)
    lines = queries.project_lines(small_db, edition.id)
    asked: list[list[int]] = []

    def fetch(ids: list[int]) -> list[ProjectRow]:
        asked.append(list(ids))
        return queries.project_rows(small_db, ids)

    model = ProjectsModel(language="fr")
    model.set_lines(lines, fetch)
    assert model.rowCount() == 6 and not hasattr(lines[0], "summary_fr")
    assert cell(model, 0, Column.TITLE) == "Projet 1 — sécurité"
    assert cell(model, 0, Column.SCORES, SORT_ROLE) == 8
    assert asked == []  # the table's cells need no whole row
    record = cell(model, 3, Column.TITLE, RECORD_ROLE)
    assert isinstance(record, ProjectRow) and record.code == "P04"
    assert record.partner_actors == ("associations", "municipal")
    assert cell(model, 3, Column.CODE, RECORD_ROLE) is record and asked == [[lines[3].id]]
    monkeypatch.setattr("yansenne.ui.models.projects_model.CACHE_ROWS", 2)
    whole = [model.whole_row(r) for r in range(6)]
    assert whole == queries.projects(small_db, edition.id)  # the same rows as read whole
    assert model.cached() == 2  # the cache stays small


def test_the_model_sorts_its_own_rows_ties_in_the_order_read(model: ProjectsModel) -> None:
    """The proxy hands its sorting to the model (each key computed once)."""
    proxy = ProjectsFilter()
    proxy.setSourceModel(model)
    read = [cell(model, r, Column.CODE) for r in range(model.rowCount())]
    categories = {cell(model, r, Column.CODE): cell(model, r, Column.CATEGORY)
                  for r in range(model.rowCount())}
    assert len(set(categories.values())) < len(categories)  # some ties to keep
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(Column.CATEGORY, order)
        expected = sorted(read, key=lambda code: str(categories[code]).casefold(),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        assert [cell(proxy, r, Column.CODE) for r in range(proxy.rowCount())] == expected
        assert proxy.sortColumn() == -1 and proxy.sort_order() == (Column.CATEGORY, order)
        assert model.sort_order() == (Column.CATEGORY, order)


def test_the_selection_follows_its_row_through_a_sort_and_a_reload(
        model: ProjectsModel, rows: list[ProjectRow]) -> None:
    from PySide6.QtWidgets import QTableView

    proxy = ProjectsFilter()
    proxy.setSourceModel(model)
    ModelTester(None).check(proxy)  # type: ignore[arg-type]
    view = QTableView()
    view.setModel(proxy)
    proxy.sort(Column.CODE, Qt.SortOrder.AscendingOrder)
    view.setCurrentIndex(proxy.index(2, Column.TITLE))
    chosen = view.currentIndex().sibling(2, Column.CODE).data()
    proxy.sort(Column.BUDGET, Qt.SortOrder.DescendingOrder)
    assert view.currentIndex().sibling(view.currentIndex().row(), Column.CODE).data() == chosen
    assert view.currentIndex().row() != 2
    model.set_rows(list(reversed(rows)))  # read again: still sorted by budget
    assert [cell(proxy, r, Column.CODE) for r in range(6)] == ["P06", "P05", "P04", "P03",
                                                               "P02", "P01"]


def test_marks_counted_after_the_rows(qtmodeltester: ModelTester, small_db: Database) -> None:
    """Rows read uncounted show no count; counted, each shows its own and a table
    sorted by them is sorted again (the largest edition's first paint)."""
    (edition,) = queries.editions(small_db)
    model = ProjectsModel(language="en")
    proxy = ProjectsFilter()
    proxy.setSourceModel(model)
    lines = queries.project_lines(small_db, edition.id, counted=False)
    model.set_lines(lines, lambda ids: queries.project_rows(small_db, ids))
    qtmodeltester.check(proxy)
    proxy.sort(Column.SCORES, Qt.SortOrder.AscendingOrder)
    assert [cell(proxy, r, Column.SCORES) for r in range(6)] == [""] * 6
    assert queries.counts(small_db, edition.id, model.rows()).scores is None

    model.set_counts(queries.score_counts(small_db, edition.id))
    assert [cell(proxy, r, Column.SCORES) for r in range(6)] == ["8"] + ["12"] * 5
    assert cell(proxy, 0, Column.CODE) == "P01"  # the fewest marks first, sorted again
    proxy.sort(Column.SCORES, Qt.SortOrder.DescendingOrder)
    assert cell(proxy, 5, Column.CODE) == "P01"
    assert queries.counts(small_db, edition.id, model.rows()).scores == 68
    assert {line.code: line.n_scores for line in model.rows()} \
        == {line.code: line.n_scores for line in queries.project_lines(small_db, edition.id)}
