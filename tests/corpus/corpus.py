"""What every corpus module shares: a case, the minimal edition's database, a refusal.

The database holds the minimal edition (files/valid_minimal.xlsx, year 2031) with
scores; its checksum is taken after a WAL checkpoint before and after each case."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from yansenne.cli.main import main

FILES = Path(__file__).with_name("files")
YEAR = "2031"


@dataclass(frozen=True)
class Case:
    file: str
    command: tuple[str, ...]  # FILE stands for the corpus file
    expected: str  # what stderr must say, location included



def arguments(case: Case) -> list[str]:
    return [str(FILES / case.file) if part == "FILE" else part for part in case.command]


def check_refused(case: Case, database: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Run the case: exit 2, the expected message, no traceback, the database unchanged."""
    before = digest(database)
    err = refuse(database, arguments(case), capsys)
    assert case.expected in err, err
    assert "Traceback" not in err
    assert digest(database) == before
    return err


def digest(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse(db: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", *args])
    err = capsys.readouterr().err
    assert code == 2, err
    return err
