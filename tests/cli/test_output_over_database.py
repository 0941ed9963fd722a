"""`-o` never names the database itself or one of its side files."""

from __future__ import annotations

from pathlib import Path

import pytest

from yansenne.cli.main import main


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock", ".gate.lock"])
def test_an_output_over_the_database_is_refused(tmp_path: Path, suffix: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "desk.sqlite"
    assert main(["--db", str(database), "demo"]) == 0
    size = database.stat().st_size
    capsys.readouterr()
    output = tmp_path / f"desk.sqlite{suffix}"
    assert main(["--lang", "en", "--db", str(database), "results", "export", "2026",
                 "-o", str(output)]) == 2
    assert "overwrite the database itself" in capsys.readouterr().err
    assert database.stat().st_size == size
    assert main(["--db", str(database), "edition", "list"]) == 0


def test_a_hard_link_to_the_database_is_the_database(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A name is not a file: another name of the same file (a hard link here; another
    case of the same name on Windows and macOS) is refused as well."""
    database = tmp_path / "desk.sqlite"
    assert main(["--db", str(database), "demo"]) == 0
    other = tmp_path / "other.sqlite"
    other.hardlink_to(database)
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(database), "results", "export", "2026",
                 "-o", str(other)]) == 2
    assert "overwrite the database itself" in capsys.readouterr().err
