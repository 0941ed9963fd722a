"""The Collection page driven as the secretariat would: Distribute every package into a
folder, Collect ballots chosen in a dialog or dropped on the page, read each juror's
status, and see changes made elsewhere appear by themselves."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.factories import YEAR
from yansenne.domain.collection import Stage, collection_status
from yansenne.exchange.ballot import export_ballot, import_ballot
from yansenne.exchange.package import export_package
from yansenne.store.database import Database
from yansenne.store.models import Juror, Project, Score
from yansenne.store.opening import open_database
from yansenne.ui import file_dialogs
from yansenne.ui.collection import CollectionPage
from yansenne.ui.collection.model import Column


@pytest.fixture
def page(qtbot: QtBot, english: str, small_db: Database) -> Iterator[CollectionPage]:
    widget = CollectionPage(small_db)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.set_edition(YEAR)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def column(page: CollectionPage, col: Column) -> list[str]:
    view = page.ui.jurorsView
    return [view.model().index(row, col).data() for row in range(view.model().rowCount())]


def ballot_from(db: Database, folder: Path, juror: str, *, edit: bool = False) -> Path:
    """A juror's package made, one mark changed on the laptop, the ballot sent back."""
    package = export_package(db, YEAR, juror, folder / f"{juror}.yansenne").path
    laptop = open_database(package)
    try:
        with laptop.write() as s:
            s.scalars(select(Score).join(Project).order_by(Project.code)).first().value = 0.5
        path = export_ballot(laptop, folder / f"{juror}.ballot").path
    finally:
        laptop.close()
    if edit:
        body = json.loads(path.read_text(encoding="utf-8"))
        body["scores"][0]["value"] = 10.0
        path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_initial_status(page: CollectionPage) -> None:
    assert column(page, Column.CODE) == ["J1", "J2", "J3"]  # the observer does not score
    assert column(page, Column.PACKAGE) == ["Not sent"] * 3
    assert column(page, Column.SCORES) == ["24 / 24", "20 / 20", "24 / 24"]
    assert column(page, Column.STATUS) == ["Complete, not submitted"] * 3
    assert page.ui.summaryLabel.text() == "Ballots from 0 of 3 jurors · 0 submitted"


def test_distribute_writes_every_package(page: CollectionPage, qtbot: QtBot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "to-send"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.ui.distributeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.rowCount() == 4, timeout=20_000)
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-J1.yansenne", "2026-J2.yansenne", "2026-J3.yansenne"]
    assert page.outcomes()[0] == (True, f"3 packages written to {folder}")
    assert "Not sent" not in column(page, Column.PACKAGE)
    assert page.ui.reportLabel.text() == "Last distribution"
    # A second distribution asks first; saying No writes nothing.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.ui.distributeButton, Qt.MouseButton.LeftButton)
    assert asked and "already sent to 3 jurors" in asked[0]
    assert all(row.packages == 1 for row in page.model.rows())


def test_collect_chosen_ballots_with_a_report(page: CollectionPage, qtbot: QtBot,
                                              small_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    good = ballot_from(small_db, tmp_path, "J1")
    forged = ballot_from(small_db, tmp_path, "J2", edit=True)
    page.load()
    assert column(page, Column.STATUS)[:2] == ["Complete, not submitted"] * 2
    monkeypatch.setattr(file_dialogs, "open_files",
                        lambda *a, **k: [str(good), str(forged)])
    qtbot.mouseClick(page.ui.collectButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.rowCount() == 2, timeout=20_000)
    assert page.outcomes() == [
        (True, "J1.ballot: ballot 1 of juror J1 applied: 0 added, 1 changed, 23 unchanged, "
               "0 cleared (absent from the ballot), 0 notes changed"),
        (False, "J2.ballot: the signature does not match: the ballot was changed after juror "
                "J2 sent it, or it does not come from their package"),
    ]
    assert page.ui.reportLabel.text() == "Last collection: 1 ballot applied · 1 problem"
    assert column(page, Column.BALLOT) == ["1", "—", "—"]
    assert page.ui.summaryLabel.text() == "Ballots from 1 of 3 jurors · 0 submitted"
    assert page.ui.collectButton.isEnabled()


def drag(mime: QMimeData, paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent]:
    """The events of dragging `paths` onto a widget (`mime` must outlive them)."""
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    # PySide6 offers only the QPoint constructor, which Qt marks as deprecated.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(20, 20), action, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(20, 20), action, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    return enter, drop


def test_dropped_ballots_are_collected(page: CollectionPage, qtbot: QtBot, small_db: Database,
                                       tmp_path: Path) -> None:
    ballots = [ballot_from(small_db, tmp_path, code) for code in ("J1", "J3")]
    mime = QMimeData()
    enter, drop = drag(mime, [*ballots, tmp_path / "notes.txt"])
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(page, drop)
    qtbot.waitUntil(lambda: page.report.rowCount() == 2, timeout=20_000)
    assert [ok for ok, _text in page.outcomes()] == [True, True]
    assert column(page, Column.BALLOT) == ["1", "—", "1"]


def test_other_files_are_not_taken(page: CollectionPage, tmp_path: Path) -> None:
    mime = QMimeData()
    enter, _drop = drag(mime, [tmp_path / "edition.xlsx"])
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_changes_made_elsewhere_show_up(page: CollectionPage, small_db: Database,
                                        tmp_path: Path) -> None:
    """A ballot applied from the command line (another connection) appears at the next poll."""
    path = ballot_from(small_db, tmp_path, "J3")
    page.load()
    assert page.poll() is False  # nothing new
    other = open_database(small_db.path or small_db.url)
    try:
        import_ballot(other, YEAR, path)
    finally:
        other.close()
    assert page.poll() is True
    assert column(page, Column.BALLOT) == ["—", "—", "1"]
    assert page.timer.isActive()  # polling while shown


def test_stages() -> None:
    from yansenne.domain.collection import JurorStatus

    def status(**changes: object) -> Stage:
        base = dict(code="J", name="N", packages=0, package_at=None, ballot_revision=None,
                    ballot_at=None, scores=0, expected=10, submitted=0, categories=2)
        return JurorStatus(**{**base, **changes}).stage  # type: ignore[arg-type]

    assert status() == Stage.NO_PACKAGE
    assert status(packages=1) == Stage.AWAITING
    assert status(packages=1, ballot_revision=1, scores=4) == Stage.IN_PROGRESS
    assert status(scores=10) == Stage.COMPLETE
    assert status(scores=10, submitted=2) == Stage.SUBMITTED


def test_expected_marks_leave_out_conflicts(small_db: Database) -> None:
    rows = {row.code: row for row in collection_status(small_db, YEAR)}
    assert (rows["J2"].expected, rows["J2"].scores) == (20, 20)  # 5 projects x 4 criteria
    assert collection_status(small_db, 1999) == []
    with small_db.read() as s:
        assert s.scalar(select(Juror.code).where(Juror.role == "observer")) not in rows


def test_the_window_s_counts_follow_a_collection(qtbot: QtBot, make_window,  # type: ignore[no-untyped-def]
                                                 small_db: Database, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A ballot that clears a mark: the status bar counts one score less at once (not
    when the database watch next looks, which is stopped here)."""
    package = export_package(small_db, YEAR, "J1", tmp_path / "J1.yansenne").path
    laptop = open_database(package)
    try:
        with laptop.write() as s:
            s.delete(s.scalars(select(Score).join(Project).order_by(Project.code)).first())
        ballot = export_ballot(laptop, tmp_path / "J1.ballot").path
    finally:
        laptop.close()
    window = make_window(small_db)
    window.watch.timer.stop()
    window.show_page("collection")
    before = window.counts_label.text()
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(ballot)])
    page = window.page("collection").inner
    qtbot.mouseClick(page.ui.collectButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.rowCount() == 1, timeout=20_000)
    scores = int(before.split("·")[-1].split()[0])
    qtbot.waitUntil(lambda: window.counts_label.text().endswith(f"{scores - 1} scores"),
                    timeout=2000)
    assert window.counts_label.text() != before
