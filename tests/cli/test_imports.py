"""The command line imports only what the command needs: `--version` and any `--help`
stay clear of the database, the numbers, the document formats and Qt; `rank` of the
workbooks, the PDFs, the slides and the desk. Read from `python -X importtime`, the
way a user starts the program, in a fresh interpreter each time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"sqlalchemy", "alembic", "numpy", "openpyxl", "lxml", "reportlab", "networkx",
         "pptx", "pyhanko", "PySide6", "shiboken6", "platformdirs"}
DOCUMENTS = {"openpyxl", "lxml", "reportlab", "networkx", "pptx", "pyhanko", "PySide6",
             "shiboken6", "alembic", "platformdirs"}


def imported(*args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The top-level modules `python -m yansenne ARGS` imported, and the finished run."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("YANSENNE_DB", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(LANGUAGE="en", QT_QPA_PLATFORM="offscreen", COLUMNS="100")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "yansenne", *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    # "import time:  self [us] |  cumulative | imported package" (the first line is the head)
    names = {line.rsplit("|", 1)[1].strip().split(".")[0]
             for line in done.stderr.splitlines()
             if line.startswith("import time:") and "imported package" not in line}
    return names, done


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("imports") / "demo.sqlite"
    names, done = imported("--db", str(path), "demo")
    assert done.returncode == 0, done.stderr[-2000:]
    return path


def test_version_imports_nothing_heavy() -> None:
    names, done = imported("--version")
    assert done.returncode == 0 and done.stdout.startswith("Yansenne ")
    assert "yansenne" in names and "argparse" in names  # the trace was read at all
    assert not names & HEAVY, sorted(names & HEAVY)


@pytest.mark.parametrize("args", [
    ["--help"], ["edition", "list", "--help"], ["demo", "--help"], ["dossier", "--help"],
    ["slides", "--help"], ["sign", "--help"], ["letters", "--help"], ["publish", "--help"],
    ["scoresheet", "export", "--help"], ["package", "export", "--help"],
    ["deliberation", "--help"], ["stage", "--help"],
])
def test_help_imports_nothing_heavy(args: list[str]) -> None:
    names, done = imported(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("usage: yansenne")
    assert not names & HEAVY, sorted(names & HEAVY)


@pytest.mark.parametrize("args", [["rank", "--help"], ["results", "export", "--help"]])
def test_method_help_lists_the_methods_without_the_database(args: list[str]) -> None:
    """`--method`'s help names every method, read from the scoring catalogue when the help
    is shown. numpy is allowed here only because `yansenne.scoring` imports its agreement
    module (numpy) on import of any of its modules, the catalogue included."""
    from yansenne.scoring import catalogue

    names, done = imported(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "".join(catalogue.choices().split()) in "".join(done.stdout.split())
    assert not names & (HEAVY - {"numpy"}), sorted(names & HEAVY)


def test_rank_imports_no_document_format_nor_sqlalchemy(demo_db: Path) -> None:
    """`rank` on a file reads it in plain SQL through the driver (`Database.plain`):
    SQLAlchemy and its models are half a second of a 2-second command on edition L."""
    names, done = imported("--db", str(demo_db), "rank", "2026", "--format", "json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"edition": 2026' in done.stdout
    assert "sqlite3" in names  # it did read the database
    assert not names & (DOCUMENTS | {"sqlalchemy"}), sorted(names & (DOCUMENTS | {"sqlalchemy"}))


def test_rank_csv_imports_no_workbook(demo_db: Path) -> None:
    """The CSV goes through `yansenne.cells.csv_safe`, which needs no openpyxl."""
    names, done = imported("--db", str(demo_db), "rank", "2026", "--format", "csv")
    assert done.returncode == 0, done.stderr[-2000:]
    assert not names & DOCUMENTS, sorted(names & DOCUMENTS)


def test_edition_list_imports_no_number_or_document(demo_db: Path) -> None:
    names, done = imported("--db", str(demo_db), "edition", "list")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "2026" in done.stdout
    assert not names & DOCUMENTS, sorted(names & DOCUMENTS)
