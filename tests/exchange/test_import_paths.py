"""The edition import's fast paths keep every guard: a workbook is read once (openpyxl is
never asked for a sheet's size, which costs it a whole extra reading), the marks go to
SQLite as plain rows and the database's triggers still check each of them, and rows of
the same juror and project are each checked in full."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.exchange.workbooks import minimal_sheets, write_xlsx
from yansenne.errors import InputError
from yansenne.exchange.tabular import read_workbook
from yansenne.exchange.workbook import import_edition, read_edition_workbook
from yansenne.store.database import Database
from yansenne.store.models import Edition, Score


def test_a_workbook_is_read_without_measuring_its_sheets(
        tmp_path: Path, minimal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl.worksheet._reader import WorkSheetParser

    def measured(_self: object) -> None:
        raise AssertionError("a sheet was parsed for its size")

    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", measured)
    sheets = read_workbook(minimal_path)
    assert [row.get("score") for row in sheets["scores"].rows][:2] == [7, 8.5]


def test_a_later_openpyxl_without_these_internals_still_reads(
        minimal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcut leans on openpyxl's reader classes; should they change, the workbook
    is read openpyxl's own way rather than every import being refused."""
    from openpyxl.reader.excel import ExcelReader

    plain = ExcelReader.__init__

    def changed(self: ExcelReader, *args: object, **kwargs: object) -> None:
        if type(self) is not ExcelReader:
            raise TypeError("an internal signature changed")
        plain(self, *args, **kwargs)

    monkeypatch.setattr(ExcelReader, "__init__", changed)
    sheets = read_workbook(minimal_path)
    assert [row.get("score") for row in sheets["scores"].rows][:2] == [7, 8.5]


def test_imported_marks_are_stamped_once_by_the_import(db: Database,
                                                      minimal_path: Path) -> None:
    import_edition(db, minimal_path)
    with db.read() as s:
        marks = s.execute(select(Score.value, Score.comment, Score.revision, Score.updated_by,
                                 Score.updated_at)).all()
    assert len(marks) == 5
    assert {(m.revision, m.updated_by) for m in marks} == {(1, "import")}
    assert len({m.updated_at for m in marks}) == 1
    assert marks[0].updated_at is not None and marks[0].updated_at.year >= 2024
    assert all(isinstance(m.comment, str) for m in marks)


def test_imported_marks_are_stored_as_every_other_time(
        db: Database, minimal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stamp of marks sent as plain rows reads as SQLAlchemy writes it (on SQLite, the
    text "2030-01-02 03:04:05.000000", never "2030-01-02 03:04:05")."""
    moment = dt.datetime(2030, 1, 2, 3, 4, 5)
    monkeypatch.setattr("yansenne.domain.edition_write.utcnow", lambda: moment)
    import_edition(db, minimal_path)
    with db.read() as s:
        assert set(s.scalars(select(Score.updated_at))) == {moment}
        if db.engine.dialect.name == "sqlite":
            stored = set(s.scalars(text("SELECT updated_at FROM scores")))
            assert stored == {"2030-01-02 03:04:05.000000"}


def test_the_bulk_page_cache_is_given_back(db: Database, minimal_path: Path) -> None:
    """The larger page cache of the marks' insert lasts for that statement only."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("a SQLite setting")
    with db.engine.connect() as c:
        before = c.exec_driver_sql("PRAGMA cache_size").scalar()
    import_edition(db, minimal_path)
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_the_database_still_checks_every_imported_mark(db: Database,
                                                       minimal_path: Path) -> None:
    """A mark the sheet checks would refuse, slipped past them: the trigger refuses it and
    nothing of the edition is written."""
    data = read_edition_workbook(minimal_path)
    data.scores[-1]["value"] = 11.0  # relevance and innovation run from 0 to 10
    from yansenne.domain.edition_write import store_edition

    with pytest.raises(Exception, match="outside the scale"):
        store_edition(db, data)
    with db.read() as s:
        assert s.scalar(select(func.count(Edition.id))) == 0
        assert s.scalar(select(func.count(Score.id))) == 0


def test_each_row_of_a_pair_is_checked(tmp_path: Path, db: Database) -> None:
    """Rows of one juror and project share what was found of the pair, never a verdict:
    a good row, then a row off the scale, then a duplicate of the first."""
    sheets = minimal_sheets()
    sheets["Scores"] = [["juror", "project", "criterion", "score"],
                        ["J1", "P02", "relevance", 7],
                        ["J1", "P02", "innovation", 12],
                        ["j1", "p02", "RELEVANCE", 6]]
    path = write_xlsx(tmp_path / "pairs.xlsx", sheets)
    with pytest.raises(InputError) as caught:
        import_edition(db, path)
    rows = sorted((p.row, p.column) for p in caught.value.problems)
    assert [r for r, _c in rows] == [3, 4]
    with db.read() as s:
        assert s.scalar(select(func.count(Edition.id))) == 0
