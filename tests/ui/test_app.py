"""`run()` as the command line calls it: a screenshot run, and a refused database."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import distinct_colours, run_app
from yansenne.store.database import Database


def test_screenshot_of_the_main_window(small_db: Database, tmp_path: Path) -> None:
    shot = tmp_path / "main.png"
    result = run_app(small_db.path, shot, tmp_path / "config")
    assert result.returncode == 0, result.stderr
    assert shot.exists()
    assert distinct_colours(shot) > 20
    # A screenshot run must not rewrite the user's window layout.
    assert not (tmp_path / "config" / "safe.brussels" / "Yansenne-window.ini").exists()


def test_refused_database_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    bogus = tmp_path / "minutes.sqlite"
    bogus.write_text("this is not a database")
    shot = tmp_path / "refused.png"
    result = run_app(bogus, shot, tmp_path / "config", lang="en")
    assert result.returncode == 2
    assert "not a Yansenne database" in result.stderr
    assert "Traceback" not in result.stderr
    assert shot.exists()  # the message box, captured instead of waiting for a click
