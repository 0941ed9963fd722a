"""Fixtures of the command-line tests: English messages from the environment, no stray
YANSENNE_DB, and a runner for `main()` in-process on a temporary database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from yansenne.cli.main import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI picks its language from the locale when --lang is not given."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "YANSENNE_DB"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite"


@pytest.fixture
def run(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """`run("edition", "list")` runs `yansenne --db DB edition list` in-process."""

    def runner(*args: str, db: Path | None = db_path) -> Result:
        capsys.readouterr()
        argv = (["--db", str(db)] if db is not None else []) + list(args)
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: --version, --help, usage errors
            code = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner
