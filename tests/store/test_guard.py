"""The lock file beside a SQLite database (store/guard.py) and the file reads that must
not drop SQLite's own locks.

Another process is a real one here: a child Python that opens the database as a desk
would and holds it until told to go."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import build_small_edition
from tests.other_process import HOLD, held_open
from yansenne.cli.main import main
from yansenne.errors import InputError
from yansenne.exchange.tabular import read_csv
from yansenne.store import guard
from yansenne.store.backup import backup_to, check_backup_file, restore_from
from yansenne.store.opening import open_database

pytestmark = pytest.mark.sqlite_only("the lock file guards a SQLite file")



@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Path]:
    """A database with the small edition, held open by another process (a desk)."""
    path = tmp_path / "desk.sqlite"
    with open_database(path) as db:
        build_small_edition(db)
    with held_open(path):
        yield path


def digest(path: Path) -> str:
    with open_database(path) as db, db.read() as session:
        rows = session.execute(text("SELECT * FROM scores ORDER BY 1")).all()
        editions = session.execute(text("SELECT year, name_fr FROM editions")).all()
    return hashlib.sha256(repr((rows, editions)).encode()).hexdigest()


def test_replacing_commands_are_refused_while_another_process_has_it_open(
        holder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite"
    workbook = tmp_path / "edition.xlsx"
    with open_database(holder) as db:
        backup_to(db, copy)
    assert main(["--db", str(holder), "edition", "export", "2026", "-o", str(workbook)]) == 0
    before = digest(holder)
    for argv in (["restore", str(copy)],
                 ["edition", "import", str(workbook), "--replace"],
                 ["demo", "--replace"],
                 ["db", "upgrade"]):
        capsys.readouterr()
        assert main(["--lang", "en", "--db", str(holder), *argv]) == 2, argv
        err = capsys.readouterr().err
        assert "open in another Yansenne window or command" in err, (argv, err)
        assert str(holder) in err
    assert digest(holder) == before


def test_reading_commands_and_writes_go_on_while_another_process_has_it_open(
        holder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(holder), "edition", "list"]) == 0
    assert main(["--db", str(holder), "rank", "2026", "--format", "csv"]) == 0
    with open_database(holder) as db, db.write() as session:
        session.execute(text("UPDATE editions SET name_fr = 'Écrit à côté'"))
    with open_database(holder) as db, db.read() as session:
        assert session.scalar(text("SELECT name_fr FROM editions")) == "Écrit à côté"


def test_restore_goes_through_once_the_other_process_has_gone(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    with open_database(path) as db:
        build_small_edition(db)
        backup_to(db, tmp_path / "copy.sqlite")
        with db.write() as session:
            session.execute(text("DELETE FROM scores"))
    safety = restore_from(path, tmp_path / "copy.sqlite")
    assert safety is not None and safety.exists()
    with open_database(path) as db, db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM scores")) > 0


def test_a_restore_writes_into_the_open_database_of_this_process(tmp_path: Path) -> None:
    """The file is never renamed over: a connection this process keeps open sees the
    restored rows and can go on writing into the same file."""
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    build_small_edition(db)
    backup_to(db, tmp_path / "copy.sqlite")
    with db.write() as session:
        session.execute(text("DELETE FROM scores"))
    restore_from(path, tmp_path / "copy.sqlite")
    db.check_alive()
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM scores")) > 0
    db.close()


def test_reading_the_database_in_this_process_keeps_sqlite_locks(tmp_path: Path) -> None:
    """Opening the same database again (File ▸ Open), checking it as a backup, or
    offering it as an input file must not open and close the file outside SQLite:
    that drops the process's locks and another process's close deletes the WAL."""
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    build_small_edition(db)
    with db.write() as session:
        session.execute(text("UPDATE editions SET name_fr = 'avant'"))
    open_database(path).close()
    check_backup_file(path)
    with pytest.raises(InputError, match="open database itself"):
        read_csv(path)
    with pytest.raises(InputError, match="open database itself"):
        read_csv(path.with_name(path.name + "-wal"))
    subprocess.run([sys.executable, "-c",
                    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute('SELECT count(*) FROM editions').fetchone(); c.close()",
                    str(path)], check=True)
    assert path.with_name(path.name + "-wal").exists(), "another process removed the WAL"
    db.check_alive()
    with db.write() as session:
        session.execute(text("UPDATE editions SET name_fr = 'après'"))
    db.close()
    with open_database(path) as again, again.read() as session:
        assert session.scalar(text("SELECT name_fr FROM editions")) == "après"


def test_one_process_holds_one_lock_however_many_times_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    first, second = open_database(path), open_database(path)
    with first.exclusive():  # this process's own connections are not "somebody else"
        pass
    first.close()
    assert guard.is_held_here(path)
    second.close()
    assert not guard.is_held_here(path)


RACE = ("import sys, time\n"
        "from pathlib import Path\n"
        "from yansenne.store import guard\n"
        "path = Path(sys.argv[1])\n"
        "guard.acquire(path)\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "won = 0\n"
        "for _ in range(300):\n"
        "    try:\n"
        "        guard.promote(path)\n"
        "    except guard.DatabaseInUse:\n"
        "        continue\n"
        "    won += 1\n"
        "    guard.demote(path)\n"
        "print(won, flush=True)\n"
        "sys.stdin.readline()\n"
        "guard.release(path)\n")


def test_two_processes_converting_at_once_never_both_hold_it_alone(tmp_path: Path) -> None:
    """Both have the database open, so neither may ever have it alone, however their
    attempts interleave (a refused flock conversion drops the shared lock meanwhile)."""
    path = tmp_path / "desk.sqlite"
    children = [subprocess.Popen([sys.executable, "-c", RACE, str(path)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                for _ in range(2)]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    wins = []
    for child in children:  # both still have it open until both have finished
        assert child.stdout is not None
        wins.append(int(child.stdout.readline().strip()))
    for child in children:
        child.communicate("done\n", timeout=60)
    assert wins == [0, 0]


def test_a_restore_in_a_process_that_keeps_the_database_open_gives_it_back(
        tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    build_small_edition(db)
    backup_to(db, tmp_path / "copy.sqlite")
    restore_from(path, tmp_path / "copy.sqlite")
    other = subprocess.run([sys.executable, "-c", HOLD, str(path)], input="",
                           capture_output=True, text=True, timeout=15)
    assert other.returncode == 0 and other.stdout.strip() == "ready", other.stderr
    db.close()


def test_a_backup_of_another_page_size_with_its_wal_restores_whole(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    with open_database(path) as db:
        build_small_edition(db)
    copy = tmp_path / "copy.sqlite"
    source = sqlite3.connect(path)
    target = sqlite3.connect(copy)
    target.execute("PRAGMA page_size = 8192")
    source.backup(target)
    source.close()
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA wal_autocheckpoint = 0")
    target.execute("UPDATE editions SET name_fr = 'dans le WAL'")
    target.commit()
    keeper = sqlite3.connect(copy)  # keeps the WAL from being folded in
    keeper.execute("SELECT count(*) FROM editions").fetchone()
    target.close()
    assert copy.with_name("copy.sqlite-wal").stat().st_size > 0
    restore_from(path, copy)
    keeper.close()
    with open_database(path) as db, db.read() as session:
        assert session.scalar(text("SELECT name_fr FROM editions")) == "dans le WAL"


def test_a_lock_file_that_cannot_be_written_refuses_replacing_clearly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "desk.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert main(["--db", str(path), "backup", "-o", str(tmp_path / "copy.sqlite")]) == 0
    guard.lock_path(path).chmod(0o444)
    guard.gate_path(path).touch()
    guard.gate_path(path).chmod(0o000)
    if os.access(guard.gate_path(path), os.R_OK):  # root reads anything: make it a folder
        guard.gate_path(path).chmod(0o644)
        guard.gate_path(path).unlink()
        guard.gate_path(path).mkdir()
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(path), "restore",
                 str(tmp_path / "copy.sqlite")]) == 2
    assert "lock file beside the database cannot be opened" in capsys.readouterr().err
