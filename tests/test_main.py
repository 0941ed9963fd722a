"""`yansenne FILE`: what a double-click on a juror package or a ballot starts."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from yansenne.__main__ import desk_arguments, opened_file


@pytest.mark.parametrize(("argv", "file", "rest"), [
    (["J01.yansenne"], "J01.yansenne", []),
    (["--lang", "nl", "C:\\Jury\\J01.BALLOT"], "C:\\Jury\\J01.BALLOT", ["--lang", "nl"]),
    (["--db", "prix.sqlite", "J01.ballot"], "J01.ballot", ["--db", "prix.sqlite"]),
])
def test_a_double_clicked_file_is_taken_out_of_the_arguments(argv, file, rest):
    assert opened_file(argv) == (Path(file), rest)


@pytest.mark.parametrize("argv", [
    ["rank", "2026"], ["--db", "J01.yansenne"], ["ballot", "import", "2026", "J01.ballot"],
    ["notes.txt"], [],
])
def test_anything_else_goes_to_the_parser(argv):
    assert opened_file(argv) == (None, argv)


def _yansenne(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YANSENNE_DB": str(cwd / "desk.sqlite")}
    return subprocess.run([sys.executable, "-m", "yansenne", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=180, check=False)


def test_a_missing_file_is_refused_before_any_window(tmp_path):
    done = _yansenne("--lang", "en", "gone.ballot", cwd=tmp_path)
    assert done.returncode == 2
    assert "gone.ballot: no such file" in done.stderr


def test_a_ballot_opens_the_desk_and_is_collected(tmp_path):
    assert _yansenne("demo", cwd=tmp_path).returncode == 0
    assert _yansenne("package", "export", "2026", "--juror", "J01", "-o", "J01.yansenne",
                     cwd=tmp_path).returncode == 0
    assert _yansenne("--db", "J01.yansenne", "ballot", "export", "-o", "J01.ballot",
                     cwd=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "desk.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM ballots").fetchone() == (0,)
    done = _yansenne("J01.ballot", "--screenshot", "desk.png", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "desk.png").stat().st_size > 0
    with sqlite3.connect(tmp_path / "desk.sqlite") as db:  # seen from outside the program
        assert db.execute("SELECT COUNT(*) FROM ballots").fetchone() == (1,)


def test_a_package_opens_its_jurors_window(tmp_path):
    assert _yansenne("demo", cwd=tmp_path).returncode == 0
    assert _yansenne("package", "export", "2026", "--juror", "J02", "-o", "J02.yansenne",
                     cwd=tmp_path).returncode == 0
    done = _yansenne("J02.yansenne", "--screenshot", "juror.png", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "juror.png").stat().st_size > 0


@pytest.mark.parametrize("argv", [
    [], ["--db", "prix.sqlite"], ["--db=prix.sqlite", "--lang", "nl"],
    ["--lang", "en", "--screenshot", "desk.png", "--db", "a.sqlite", "--db", "b.sqlite"],
    ["--db", "J01.yansenne"],
])
def test_the_desks_options_are_read_as_the_parser_reads_them(argv):
    from yansenne.cli.main import parse

    assert vars(desk_arguments(argv)) == vars(parse(argv))


@pytest.mark.parametrize("argv", [
    ["rank", "2026"], ["--help"], ["--version"], ["--db"], ["--lang", "de"],
    ["--db", "--lang", "fr"], ["--la", "fr"], ["--db=", "x"], ["demo"],
    ["--lang", "de", "--lang", "en"],
])
def test_anything_else_is_left_to_the_parser(argv):
    assert desk_arguments(argv) is None


def test_the_desk_starts_without_the_commands_parser():
    """Its import and construction were a tenth of the desk's start-up."""
    code = ("import sys, yansenne.__main__ as m; m.desk_arguments(['--db', 'x.sqlite']); "
            "print('yansenne.cli.main' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "False"
