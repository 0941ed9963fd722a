"""Every command that writes a file, on a disk that refuses: exit status 2, one line
naming the file and the real cause (no traceback, no library's complaint after it),
the previous file byte for byte, no temporary file left, the database unchanged.

The errors are injected here (in-process: `open()` filling up, `os.replace` refused);
tests/corpus/test_corpus_disks.py has the real disks and the unprivileged runs."""

from __future__ import annotations

import errno
import time
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.cli.test_commands import digest, query
from tests.cli.test_edition_commands import write_call
from tests.disks import damage_a_table_page, disk_fills_after, holding_write_lock, leftovers
from yansenne import files

FULL = "the disk is full; nothing was changed: free some space and try again"
FOLDER = "this is a folder, not a file: give a file name"


@pytest.fixture
def demo(run: Run, db_path: Path) -> Path:
    assert run("demo").code == 0
    return db_path


@pytest.mark.parametrize("command", [
    ("edition", "export", "2026"),
    ("results", "export", "2026"),
    ("dossier", "2026"),
    ("minutes", "2026"),
    ("backup",),
])
def test_a_folder_given_for_the_output(run: Run, demo: Path, tmp_path: Path,
                                       command: tuple[str, ...]) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    before = digest(demo)
    result = run(*command, "-o", str(folder))
    assert (result.code, result.out, result.err_lines) == (2, "", [f"{folder}: {FOLDER}"])
    assert list(folder.iterdir()) == []
    assert digest(demo) == before


def test_a_folder_given_for_the_rejects(run: Run, db_path: Path, tmp_path: Path) -> None:
    run("edition", "create", "2027")
    before = digest(db_path)
    result = run("projects", "import", "2027", str(write_call(tmp_path)), "--skip-invalid",
                 "--rejects", str(tmp_path))
    assert (result.code, result.out) == (2, "")
    assert result.err_lines == [f"{tmp_path}: {FOLDER}"]
    assert digest(db_path) == before


def test_the_rejects_never_replace_the_database(run: Run, db_path: Path,
                                                tmp_path: Path) -> None:
    run("edition", "create", "2027")
    before = digest(db_path)
    result = run("projects", "import", "2027", str(write_call(tmp_path)), "--skip-invalid",
                 "--rejects", str(db_path))
    assert (result.code, result.err_lines) == (
        2, [f"{db_path}: this would overwrite the database itself; choose another file"])
    assert digest(db_path) == before


def test_a_folder_given_for_the_database(run: Run, tmp_path: Path) -> None:
    result = run("edition", "list", db=tmp_path)
    assert (result.code, result.err_lines) == (
        2, [f"{tmp_path}: this is a folder, not a database file: give the database's file "
            "name"])


def test_a_folder_given_to_restore(run: Run, demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    before = digest(demo)
    result = run("restore", str(folder))
    assert (result.code, result.err_lines) == (2, [f"{folder}: {FOLDER}"])
    assert digest(demo) == before


def test_a_full_disk_never_replaces_a_good_dossier(run: Run, demo: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ceremony"
    folder.mkdir()
    target = folder / "dossier.pdf"
    assert run("dossier", "2026", "-o", str(target)).code == 0
    good = target.read_bytes()
    assert good.startswith(b"%PDF")
    with disk_fills_after(monkeypatch, folder, room=len(good) // 3):
        result = run("--lang", "en", "dossier", "2026", "--lang", "nl", "-o", str(target))
    assert (result.code, result.out, result.err_lines) == (2, "", [f"{target}: {FULL}"])
    assert target.read_bytes() == good
    assert leftovers(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == ["dossier.pdf"]


@pytest.mark.parametrize(("command", "name"), [
    (("edition", "export", "2026"), "edition.xlsx"),
    (("results", "export", "2026"), "results.xlsx"),
    (("backup",), "copy.sqlite"),
])
def test_a_full_disk_keeps_the_previous_file(run: Run, demo: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             command: tuple[str, ...], name: str) -> None:
    """A workbook cut short mid-write: one line, not openpyxl's complaints as it is
    dropped; the backup (written by SQLite, not through `open()`): its rename refused."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / name
    assert run(*command, "-o", str(target)).code == 0
    good = target.read_bytes()
    before = digest(demo)
    if name.endswith(".sqlite"):
        def no_room(*_args: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(files.os, "replace", no_room)
        result = run(*command, "-o", str(target))
    else:
        with disk_fills_after(monkeypatch, folder, room=4096):
            result = run(*command, "-o", str(target))
    assert (result.code, result.out, result.err_lines) == (2, "", [f"{target}: {FULL}"])
    assert target.read_bytes() == good
    assert leftovers(folder) == []
    assert digest(demo) == before


def test_rejects_on_a_full_disk_import_nothing(run: Run, db_path: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The rejects are written inside the import's transaction: no room, no import."""
    run("edition", "create", "2027")
    out = tmp_path / "out"
    out.mkdir()
    rejects = out / "refused.csv"
    rejects.write_text("the previous rejects", encoding="utf-8")
    before = digest(db_path)
    with disk_fills_after(monkeypatch, out, room=10):
        result = run("projects", "import", "2027", str(write_call(tmp_path)),
                     "--skip-invalid", "--rejects", str(rejects))
    assert result.code == 2
    assert result.err_lines[-1] == f"{rejects}: {FULL}"
    assert rejects.read_text(encoding="utf-8") == "the previous rejects"
    assert leftovers(out) == []
    assert digest(db_path) == before
    assert query(db_path, "SELECT count(*) FROM projects") == [(0,)]


def test_a_database_held_by_another_program(run: Run, demo: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YANSENNE_BUSY_TIMEOUT", "0.5")
    before = digest(demo)
    with holding_write_lock(demo):
        started = time.monotonic()
        result = run("deliberation", "propose", "2026")
        waited = time.monotonic() - started
    assert (result.code, result.err_lines) == (2, [
        f"{demo}: another program holds the database and kept it locked beyond the "
        "0.5-second wait; nothing was changed: close that program, or try again when it "
        "has finished"])
    assert waited < 15
    assert digest(demo) == before


def test_a_damaged_page(run: Run, demo: Path) -> None:
    damage_a_table_page(demo, "scores")
    result = run("rank", "2026")
    assert (result.code, result.out, result.err_lines) == (2, "", [
        f"{demo}: the database is damaged (database disk image is malformed); restore it "
        "from a backup (yansenne restore FILE)"])
