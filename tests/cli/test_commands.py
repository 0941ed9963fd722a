"""The headless commands of spec/cli.md, run in-process through `main()`: what they print,
their exit status, and that a refused input leaves the database exactly as it was."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.exchange.workbooks import (
    YEAR,
    file_digest,
    minimal_sheets,
    read_all,
    write_xlsx,
)
from yansenne.cli.main import main
from yansenne.store.database import SCHEMA_HEAD
from yansenne.store.opening import open_database

DEMO_LOADED = "demo edition 2026 loaded: 28 projects, 8 jurors, 768 scores"


def digest(path: Path) -> str:
    """The database file's checksum, WAL folded in."""
    db = open_database(path)
    try:
        return file_digest(db)
    finally:
        db.close()


def query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_demo_then_demo_again(run: Run, db_path: Path) -> None:
    first = run("demo")
    assert (first.code, first.out.strip(), first.err) == (0, DEMO_LOADED, "")
    before = digest(db_path)
    again = run("demo")
    assert again.code == 2
    assert again.out == ""
    assert again.err_lines == ["demo_edition.xlsx: sheet Edition: edition 2026 already exists "
                               "in the database; use --replace to replace it"]
    assert digest(db_path) == before
    replaced = run("demo", "--replace")
    assert (replaced.code, replaced.out.strip()) == (0, DEMO_LOADED)
    assert query(db_path, "SELECT action FROM audit_log ORDER BY id") == [
        ("edition.import",), ("edition.replace",)]


def test_demo_synthetic(run: Run, db_path: Path) -> None:
    result = run("demo", "--synthetic", "--year", "2035", "--projects", "6", "--jurors", "3",
                 "--criteria", "2", "--seed", "4")
    assert (result.code, result.out.strip()) == (
        0, "synthetic edition 2035: 6 projects, 3 jurors, 36 scores")
    assert query(db_path, "SELECT count(*) FROM scores") == [(36,)]


def test_edition_list(run: Run) -> None:
    empty = run("edition", "list")
    assert (empty.code, empty.out.strip()) == (
        0, "no edition yet: load one with 'yansenne edition import FILE.xlsx' or "
           "'yansenne demo'")
    run("demo")
    run("demo", "--synthetic", "--year", "2030", "--projects", "3", "--jurors", "2",
        "--criteria", "1")
    listing = run("edition", "list")
    assert listing.code == 0
    assert listing.out.splitlines() == [
        "year  name                       projects  jurors  scores",
        "----  -------------------------  --------  ------  ------",
        "2026  David Yansenne Prize 2026        28       8     768",
        "2030  David Yansenne Prize 2030         3       2       6",
    ]


def test_edition_list_names_the_edition_in_the_chosen_language(run: Run) -> None:
    run("demo", "--synthetic", "--year", "2030", "--projects", "1", "--jurors", "1",
        "--criteria", "1")
    assert "David Yansenne Prize 2030" in run("--lang", "en", "edition", "list").out
    assert "Prix David Yansenne 2030" in run("--lang", "fr", "edition", "list").out
    assert "David Yansenne-prijs 2030" in run("--lang", "nl", "edition", "list").out


def test_counts_are_grouped_as_the_reader_writes_them(run: Run, db_path: Path) -> None:
    """A thousand marks or more, in the three languages; a year is never grouped."""
    made = run("--lang", "fr", "demo", "--synthetic", "--year", "2045", "--projects", "60",
               "--jurors", "8", "--criteria", "4", "--seed", "5")
    (marks,) = query(db_path, "SELECT count(*) FROM scores")[0]
    assert marks >= 1_000
    grouped = {"fr": f"{marks:,}".replace(",", "\u202f"), "nl": f"{marks:,}".replace(",", "."),
               "en": f"{marks:,}"}
    assert made.out.strip() == (f"édition synthétique 2045\u202f: 60 projets, 8 membres du "
                                f"jury, {grouped['fr']} notes")
    for lang, figure in grouped.items():
        row = run("--lang", lang, "edition", "list").out.splitlines()[2]
        assert row.lstrip().startswith("2045  ") and row.endswith(f"  {figure}"), (lang, row)
    stage = run("--lang", "nl", "stage", "list", "2045").out.splitlines()[1]
    assert f"  {grouped['nl']}" in stage, stage


def test_grouped_counts_reach_a_windows_console(run: Run, db_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A French count's narrow space becomes a plain no-break one where the console's
    encoding has none (found in a second reading: `stage list` printed around `say`)."""
    run("demo", "--synthetic", "--year", "2045", "--projects", "60", "--jurors", "8",
        "--criteria", "4", "--seed", "5")
    (marks,) = query(db_path, "SELECT count(*) FROM scores")[0]
    for command in (["edition", "list"], ["stage", "list", "2045"]):
        console = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
        with monkeypatch.context() as patch:
            patch.setattr(sys, "stdout", console)
            code = main(["--lang", "fr", "--db", str(db_path), *command])
            console.flush()
        assert code == 0, command
        written = console.buffer.getvalue().decode("cp1252")  # type: ignore[attr-defined]
        assert f"{marks:,}".replace(",", "\u00a0") in written, (command, written)


def test_edition_import_of_a_bad_workbook(run: Run, db_path: Path, tmp_path: Path) -> None:
    """Exit 2, one line per problem on stderr, nothing on stdout, database unchanged."""
    run("demo")
    sheets = minimal_sheets()
    sheets["Scores"] += [["J1", "P02", "relevance", 11, None],
                         ["J1", "P02", "innovation", "abc", None]]
    sheets["Conflicts"].append(["J9", "P02", None])
    bad = write_xlsx(tmp_path / "bad.xlsx", sheets)
    before = digest(db_path)
    result = run("edition", "import", str(bad))
    assert result.code == 2
    assert result.out == ""
    assert result.err_lines == [
        'bad.xlsx: sheet Conflicts, row 3, column A (juror): unknown juror "J9"',
        "bad.xlsx: sheet Scores, row 7, column D (score): 11 is outside the scale 0 to 10 of "
        "criterion relevance",
        'bad.xlsx: sheet Scores, row 8, column D (score): "abc" is not a number',
    ]
    assert digest(db_path) == before


def test_edition_import_with_warnings_and_export(run: Run, db_path: Path,
                                                 tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Jurors"][0].append("shoe size")
    path = write_xlsx(tmp_path / "ok.xlsx", sheets)
    result = run("edition", "import", str(path))
    assert result.code == 0
    assert result.out.strip() == f"edition {YEAR} imported: 4 projects, 3 jurors, 5 scores"
    assert result.err_lines == [
        'warning: ok.xlsx: sheet Jurors, row 1: unknown column "shoe size" ignored']
    out = tmp_path / "sub" / "out.xlsx"
    exported = run("edition", "export", str(YEAR), "-o", str(out))
    assert (exported.code, exported.out.strip()) == (0, f"edition {YEAR} written to {out}")
    cells = read_all(out)
    assert [r[:3] for r in cells["Projects"][1:]] == [
        ("P01", "citizens", "Voisins attentifs"), ("P02", "citizens", "Marches exploratoires"),
        ("P03", "police", "Agent de quartier"), ("P04", "police", "Patrouilles à vélo")]
    replaced = run("edition", "import", str(out), "--replace")
    assert replaced.code == 0


def test_edition_export_of_an_unknown_year(run: Run, tmp_path: Path) -> None:
    result = run("edition", "export", "1999", "-o", str(tmp_path / "x.xlsx"))
    assert (result.code, result.err_lines) == (2, ["no edition 1999 in the database"])
    assert not (tmp_path / "x.xlsx").exists()


def test_year_must_be_a_number(run: Run, tmp_path: Path) -> None:
    result = run("edition", "export", "next", "-o", str(tmp_path / "x.xlsx"))
    assert result.code == 2
    assert "next is not a year" in result.err


def test_projects_and_scores_import(run: Run, db_path: Path, tmp_path: Path) -> None:
    run("demo")
    projects = tmp_path / "projects.csv"
    projects.write_text("\ufeffcode;category;title_fr;municipality\n"
                        "P01;citizens;Voisins attentifs (revu);21018\n"
                        "P99;police;Nouveau;Ixelles\n", encoding="utf-8")
    result = run("projects", "import", "2026", str(projects))
    assert (result.code, result.out.strip()) == (
        0, "projects: 1 added, 1 changed, 0 unchanged")
    scores = write_xlsx(tmp_path / "scores.xlsx", {"Scores": [
        ["juror", "project", "criterion", "score", "comment"],
        ["J01", "P99", "relevance", "6,5", "Prometteur"],
        ["J01", "P01", "relevance", 9, None],
    ]})
    result = run("scores", "import", "2026", str(scores))
    assert (result.code, result.out.strip()) == (0, "scores: 1 added, 0 changed, 1 unchanged")
    assert query(db_path, "SELECT s.value, s.comment, s.revision FROM scores s JOIN projects p "
                          "ON p.id = s.project_id WHERE p.code = 'P99'") == [
        (6.5, "Prometteur", 1)]
    before = digest(db_path)
    bad = write_xlsx(tmp_path / "bad.xlsx", {"Scores": [
        ["juror", "project", "criterion", "score"], ["J01", "P99", "relevance", 4],
        ["J01", "P98", "relevance", 4]]})
    result = run("scores", "import", "2026", str(bad))
    assert (result.code, result.err_lines) == (
        2, ['bad.xlsx: sheet Scores, row 3, column B (project): unknown project "P98"'])
    assert digest(db_path) == before


def test_backup_and_restore(run: Run, db_path: Path, tmp_path: Path) -> None:
    run("demo")
    copy = tmp_path / "saved.sqlite"
    result = run("backup", "-o", str(copy))
    assert (result.code, result.out.strip()) == (0, f"backup written to {copy}")
    run("demo", "--synthetic", "--year", "2030", "--projects", "2", "--jurors", "1",
        "--criteria", "1")
    assert query(db_path, "SELECT year FROM editions ORDER BY year") == [(2026,), (2030,)]
    result = run("restore", str(copy))
    assert result.code == 0, result.err
    assert result.out.startswith(f"database restored from {copy}; the previous state was "
                                 f"saved to {tmp_path / 'backups'}")
    assert query(db_path, "SELECT year FROM editions") == [(2026,)]
    assert len(list((tmp_path / "backups").glob("cli.*.before-restore.sqlite"))) == 1


def test_restore_of_a_non_database(run: Run, db_path: Path, tmp_path: Path) -> None:
    run("demo")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00" * 100)
    before = digest(db_path)
    result = run("restore", str(junk))
    assert (result.code, result.err_lines) == (
        2, [f"{junk}: not a Yansenne database (not a SQLite file)"])
    assert digest(db_path) == before


def test_db_upgrade(run: Run, db_path: Path) -> None:
    result = run("db", "upgrade")
    assert (result.code, result.out.strip()) == (
        0, f"the database schema is up to date ({SCHEMA_HEAD})")
    assert query(db_path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]


def test_db_upgrade_refuses_a_newer_database(run: Run, db_path: Path) -> None:
    run("db", "upgrade")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    result = run("db", "upgrade")
    assert result.code == 2
    assert result.err_lines == [f"{db_path}: this database was written by a newer version of "
                                "Yansenne (schema ffff); update the program to open it"]


def test_commands_on_a_file_that_is_not_a_database(run: Run, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list")
    result = run("edition", "list", db=notes)
    assert (result.code, result.err_lines) == (
        2, [f"{notes}: not a Yansenne database (not a SQLite file)"])
    assert notes.read_text() == "shopping list"


def test_commands_on_a_truncated_database(run: Run, db_path: Path) -> None:
    """Status 2 with a message, not the 'unexpected error' of a crash."""
    run("demo")
    db_path.write_bytes(db_path.read_bytes()[:8192])
    result = run("edition", "list")
    assert result.code == 2
    assert result.err_lines == [f"{db_path}: the database is damaged (database disk image "
                                "is malformed); restore it from a backup (yansenne restore "
                                "FILE)"]


def test_restore_over_a_damaged_database(run: Run, db_path: Path, tmp_path: Path) -> None:
    run("demo")
    copy = tmp_path / "good.sqlite"
    assert run("backup", "-o", str(copy)).code == 0
    db_path.write_bytes(db_path.read_bytes()[:5000])
    result = run("restore", str(copy))
    assert result.code == 0, result.err
    assert query(db_path, "SELECT count(*) FROM scores") == [(768,)]
