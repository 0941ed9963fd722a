"""The same demo edition on SQLite and on PostgreSQL gives the same `rank` output, byte for
byte, with every method: the server changes where the data lives, not the results."""

from __future__ import annotations

from pathlib import Path

import pytest

from yansenne.cli.main import main

METHODS = ("mean", "median", "trimmed", "zscore", "ranksum", "majority", "schulze", "adjusted")


def rank(target: str, method: str, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["--lang", "en", "--db", target, "rank", "2026", "--method", method,
                 "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_rank_is_the_same_on_sqlite_and_postgresql(pg_url: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sqlite = str(tmp_path / "demo.sqlite")
    for target in (sqlite, pg_url):
        assert main(["--lang", "en", "--db", target, "demo"]) == 0
    capsys.readouterr()
    for method in METHODS:
        on_sqlite = rank(sqlite, method, capsys)
        assert '"ranking": [' in on_sqlite
        assert rank(pg_url, method, capsys) == on_sqlite, method
