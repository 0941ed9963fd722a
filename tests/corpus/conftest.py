"""The corpus's database: the minimal edition, built once and copied for each case."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.corpus.corpus import FILES, digest
from yansenne.cli.main import main


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the minimal edition, built once for the session."""
    path = tmp_path_factory.mktemp("corpus") / "template.sqlite"
    assert main(["--db", str(path), "--lang", "en", "edition", "import",
                 str(FILES / "valid_minimal.xlsx")]) == 0
    digest(path)
    return path


@pytest.fixture
def database(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "yansenne.sqlite"
    shutil.copyfile(template, path)
    return path
