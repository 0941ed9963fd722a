"""What a double-click on a juror's ballot does, on a real X server with a window manager:
`yansenne FILE.ballot` opens the desk on its database, collects the ballot there, and
the database file, read from outside, holds it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.acceptance.desktop import Desk, XSession, cli, describe_status
from tests.acceptance.test_results_uncertainty import steady

pytestmark = pytest.mark.acceptance

Launch = Callable[..., Desk]


def ballots(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT COUNT(*) FROM ballots").fetchone()[0]


def test_a_double_clicked_ballot_is_collected(x: XSession, launch: Launch, home: Path,
                                             demo_db: Path,
                                             shot: Callable[[str], Path]) -> None:
    package = demo_db.parent / "J01.yansenne"
    ballot = demo_db.parent / "J01.ballot"
    exported = cli(x, home, demo_db, "package", "export", "2026", "--juror", "J01",
                   "-o", str(package))
    assert exported.returncode == 0, exported.stderr
    sent = cli(x, home, package, "ballot", "export", "-o", str(ballot))
    assert sent.returncode == 0, sent.stderr
    assert ballots(demo_db) == 0
    desk = launch(demo_db, str(ballot))
    steady(x, desk)
    shot("collected")
    assert ballots(demo_db) == 1  # in the file, seen from outside the program
    status = desk.close()
    assert status == 0, f"the desk closed with {describe_status(status)}:\n{desk.output()}"
