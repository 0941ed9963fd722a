"""The corpus's hostile offline cases (issue 17): a juror who holds their own package,
hence their own secret and the edition's record, and uses them against the others.

* Scoresheets: J02 re-seals their scoresheet as J03's and puts zeros in place of J03's
  112 marks, with the old key (derived from the edition's record, as format 1 did) or
  with J02's own secret; or seals their own with a generation time in the future.
* Ballots: numbers no database column holds (10^400, 1e400, a revision of 2^63 or
  2^31) and JSON nested 100,000 levels deep.
* Packages: a secret that is not hexadecimal, a trigger of its own, a view where a
  table belongs; each refused before anything runs against it.
* `ballot export -o FOLDER` refused before a revision is counted; package file names
  of `J.1` and `J_1` distinct.

Each refusal exits with status 2, names the file, and leaves the secretariat's
database (and the package) byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.corpus.corpus import digest
from yansenne.cli.main import main
from yansenne.domain.ballots import sign
from yansenne.domain.scoresheet_data import seal_of
from yansenne.exchange.scoresheet_identity import FIRST_CRITERION, FIRST_ROW, IDENTITY
from yansenne.exchange.scoresheet_import import read_identity
from yansenne.paths import demo_workbook


def run(*args: str) -> int:
    return main(["--lang", "en", *args])


def file_bytes(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ro(path: Path, query: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo edition; every juror got a package (so J03 has a secret), J02's package
    and J02's scoresheet, and one ballot of J02."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "secretariat.sqlite"
    assert run("--db", str(db), "demo") == 0
    assert run("--db", str(db), "package", "export", "2026", "--all", "-o",
               str(folder / "packages")) == 0
    files = {"db": db, "folder": folder, "package": folder / "packages" / "2026-J02.yansenne"}
    files["sheet"] = folder / "J02-sheet.xlsx"
    assert run("--db", str(db), "scoresheet", "export", "2026", "--juror", "J02", "-o",
               str(files["sheet"])) == 0
    files["ballot"] = folder / "J02.ballot"
    assert run("--db", str(files["package"]), "ballot", "export", "-o",
               str(files["ballot"])) == 0
    return files


@pytest.fixture
def secretariat(made: dict[str, Path], tmp_path: Path) -> Path:
    copy = tmp_path / "secretariat.sqlite"
    shutil.copyfile(made["db"], copy)
    return copy


def refused(db: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run, expecting exit 2 with no traceback and the database unchanged."""
    before = digest(db)
    capsys.readouterr()
    code = run("--db", str(db), *args)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    assert digest(db) == before
    return err


def marks_of(db: Path, juror: str) -> list[tuple]:
    return ro(db, "SELECT p.code, c.code, s.value, s.revision FROM scores s "
                  "JOIN jurors j ON j.id = s.juror_id JOIN projects p ON p.id = s.project_id "
                  "JOIN criteria c ON c.id = s.criterion_id WHERE j.code = ? "
                  "ORDER BY p.code, c.code", juror)


# -- scoresheets ----------------------------------------------------------------------

def _secret_in(package: Path) -> str:
    return ro(package, "SELECT secret FROM jurors")[0][0]


def _old_key(package: Path) -> bytes:
    """The format 1 seal key, as any juror could derive it from their package."""
    edition_id, year, created = ro(package, "SELECT id, year, created_at FROM editions")[0]
    created = dt.datetime.fromisoformat(created).isoformat()
    return hashlib.sha256(f"yansenne-scoresheet:{edition_id}:{year}:{created}".encode()).digest()


def forge(sheet: Path, target: Path, *, juror: str | None = None, secret: str | None = None,
          old_key: bytes | None = None, generated: str | None = None,
          zeros: bool = False) -> Path:
    """Rewrite the hidden identity (and, with `zeros`, every open mark) and seal it again,
    as a juror holding a package can."""
    workbook = load_workbook(sheet)
    identity = read_identity(workbook, sheet.name)
    if juror:
        identity.juror = juror
    if generated:
        identity.generated = generated
    if zeros:
        for part in identity.sheets:
            ws = workbook[part.title]
            for i in range(len(part.projects)):
                for k in range(len(part.criteria)):
                    target_cell = ws.cell(FIRST_ROW + i, FIRST_CRITERION + k)
                    if not target_cell.protection.locked:
                        target_cell.value = 0
    values = {"juror": identity.juror, "generated": identity.generated}
    if secret is not None:
        values["seal"] = seal_of(identity, secret)
    if old_key is not None:  # format 1: the same content, "format": 1, the edition's key
        body = json.loads(identity.content())
        body["format"] = 1
        content = json.dumps(body, sort_keys=True, ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        values["seal"] = hmac.new(old_key, content, hashlib.sha256).hexdigest()
        values["format"] = 1
    for row in workbook[IDENTITY].iter_rows():
        if row[0].value in values:
            row[1].value = values[row[0].value]
    workbook.save(target)
    return target


def test_j02_resealing_as_j03_with_their_own_secret_is_refused(
        made: dict[str, Path], secretariat: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = marks_of(secretariat, "J03")
    assert len(before) == 112
    forged = forge(made["sheet"], tmp_path / "forged.xlsx", juror="J03",
                   secret=_secret_in(made["package"]), zeros=True)
    err = refused(secretariat, ["scoresheet", "import", "2026", str(forged)], capsys)
    assert ("forged.xlsx: the seal of this scoresheet is not juror J03's: it was changed after "
            "the export, or sealed by someone else (another juror cannot seal a scoresheet for "
            "J03)") in err, err
    assert marks_of(secretariat, "J03") == before


def test_the_issues_forgery_with_the_editions_key_is_refused(
        made: dict[str, Path], secretariat: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The exploit of issue 17 (exit 0 before): format 1, sealed with the edition's key."""
    before = marks_of(secretariat, "J03")
    forged = forge(made["sheet"], tmp_path / "old.xlsx", juror="J03",
                   old_key=_old_key(made["package"]), zeros=True)
    err = refused(secretariat, ["scoresheet", "import", "2026", str(forged)], capsys)
    assert ("old.xlsx: this scoresheet was sealed the old way (format 1), which does not prove "
            "which juror it belongs to, and is no longer accepted: export a new scoresheet for "
            "juror J03") in err, err
    assert marks_of(secretariat, "J03") == before


def test_the_editions_key_on_a_format_2_identity_is_refused(
        made: dict[str, Path], secretariat: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    workbook = load_workbook(made["sheet"])
    identity = read_identity(workbook, "x")
    identity.juror = "J03"
    seal = hmac.new(_old_key(made["package"]), identity.content(), hashlib.sha256).hexdigest()
    for row in workbook[IDENTITY].iter_rows():
        if row[0].value in ("juror", "seal"):
            row[1].value = {"juror": "J03", "seal": seal}[row[0].value]
    workbook.save(tmp_path / "edition-key.xlsx")
    err = refused(secretariat, ["scoresheet", "import", "2026",
                                str(tmp_path / "edition-key.xlsx")], capsys)
    assert "edition-key.xlsx: the seal of this scoresheet is not juror J03's" in err, err


def test_a_generation_time_in_the_future_is_refused(
        made: dict[str, Path], secretariat: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """J02 seals their own scoresheet (their own secret: a valid seal) dated 2099, which
    would make every later export of theirs look older and be refused."""
    forged = forge(made["sheet"], tmp_path / "future.xlsx", secret=_secret_in(made["package"]),
                   generated="2099-01-01T00:00:00.000000")
    err = refused(secretariat, ["scoresheet", "import", "2026", str(forged)], capsys)
    assert ("future.xlsx: this scoresheet says it was generated on 2099-01-01 00:00:00, which is "
            "in the future") in err, err
    # The same scoresheet sealed as it was made imports (exit 0).
    capsys.readouterr()
    assert run("--db", str(secretariat), "scoresheet", "import", "2026",
               str(made["sheet"])) == 0


# -- ballots --------------------------------------------------------------------------

def _ballot(made: dict[str, Path], target: Path, change=None, text=None) -> Path:  # type: ignore[no-untyped-def]
    """J02's ballot changed (and signed again with J02's secret), or changed as text."""
    body = json.loads(made["ballot"].read_text(encoding="utf-8"))
    if change is not None:
        change(body)
        body["signature"] = sign(body, _secret_in(made["package"]))
    raw = json.dumps(body, indent=2)
    if text is not None:
        raw = text(raw)
    target.write_text(raw, encoding="utf-8")
    return target


def _first_value(raw: str, replacement: str) -> str:
    head, tail = raw.split('"value": ', 1)
    return head + '"value": ' + replacement + tail[tail.index("\n"):]


@pytest.mark.parametrize(("name", "change", "text", "expected"), [
    ("revision63", lambda b: b.update(revision=2**63), None,
     "revision63.ballot: field revision: the number 9223372036854775808 is out of range "
     "(whole numbers in a ballot lie between -2147483648 and 2147483647)"),
    ("revision31", lambda b: b.update(revision=2**31), None,
     "revision31.ballot: field revision: the number 2147483648 is out of range"),
    ("power400", lambda b: b["scores"][0].update(value=10**400), None,
     "power400.ballot: score 1: field value: the number 100000000000… (401 characters) is "
     "out of range"),
    ("float400", None, lambda raw: _first_value(raw, "1e400"),
     "float400.ballot: score 1: field value: 1e400 is not a finite number"),
    ("edition400", lambda b: b.update(edition=10**400), None,
     "edition400.ballot: field edition: the number 100000000000… (401 characters) is out of "
     "range"),
    ("deep", None, lambda raw: raw[:-2] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
     "deep.ballot: not a ballot: its content is nested more than 16 levels deep"),
])
def test_numbers_and_depths_no_database_holds_are_refused(
        made: dict[str, Path], secretariat: Path, tmp_path: Path, name: str, change, text,  # type: ignore[no-untyped-def]
        expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = _ballot(made, tmp_path / f"{name}.ballot", change, text)
    err = refused(secretariat, ["ballot", "import", "2026", str(path)], capsys)
    assert expected in err, err


def test_a_signed_mark_outside_the_jurors_categories_is_refused(
        made: dict[str, Path], secretariat: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """J02 is taken off `police` (after their marks there were cleared); a ballot signed
    with J02's secret still marks a police project: refused."""
    conn = sqlite3.connect(secretariat)
    with conn:
        conn.execute("DELETE FROM scores WHERE juror_id = (SELECT id FROM jurors WHERE code = "
                     "'J02') AND project_id IN (SELECT p.id FROM projects p JOIN categories c "
                     "ON c.id = p.category_id WHERE c.code = 'police')")
        conn.execute("DELETE FROM assignments WHERE juror_id = (SELECT id FROM jurors WHERE "
                     "code = 'J02') AND category_id = (SELECT id FROM categories WHERE code = "
                     "'police')")
    conn.close()
    police = ro(secretariat, "SELECT p.code FROM projects p JOIN categories c ON "
                             "c.id = p.category_id WHERE c.code = 'police' ORDER BY p.code")[0][0]

    def mark_police(body: dict) -> None:
        body["scores"] = [s for s in body["scores"] if s["project"] != police]
        body["scores"].append({"project": police, "criterion": "relevance", "value": 0.0,
                               "comment": ""})
        body["submitted"] = [c for c in body["submitted"] if c != "police"]

    path = _ballot(made, tmp_path / "police.ballot", mark_police)
    err = refused(secretariat, ["ballot", "import", "2026", str(path)], capsys)
    assert (f"({police}, relevance): juror J02 is not assigned to category police of project "
            f"{police}") in err, err


# -- packages -------------------------------------------------------------------------

def _spoiled_package(made: dict[str, Path], target: Path, *statements: str) -> Path:
    shutil.copyfile(made["package"], target)
    conn = sqlite3.connect(target)
    conn.executescript(";\n".join(statements))
    conn.close()
    return target


@pytest.mark.parametrize(("name", "statements", "expected"), [
    ("nothex", ["UPDATE jurors SET secret = 'zz' || substr(secret, 3)"],
     "the secret of juror J02 is not 64 hexadecimal digits"),
    ("trigger", ["CREATE TABLE fired (at TEXT)",
                 "CREATE TRIGGER wipe AFTER UPDATE ON package_info BEGIN "
                 "DELETE FROM scores; INSERT INTO fired VALUES (datetime()); END"],
     "table fired is not one Yansenne creates"),
    ("trigger_only", ["CREATE TRIGGER wipe AFTER UPDATE ON package_info BEGIN "
                      "DELETE FROM scores; END"],
     "trigger wipe on package_info is not one Yansenne creates"),
    ("view", ["PRAGMA foreign_keys = OFF", "DROP TABLE conflicts",
              "CREATE VIEW conflicts AS SELECT 0 AS juror_id, 0 AS project_id, '' AS reason, "
              "'' AS created_at"],
     "conflicts is a view where a package has a table"),
    ("same_name", ["DROP TRIGGER scores_check_insert",
                   "CREATE TRIGGER scores_check_insert BEFORE INSERT ON scores BEGIN "
                   "DELETE FROM audit_log; END"],
     "trigger scores_check_insert differs from the one Yansenne creates"),
])
def test_hostile_packages_are_refused_before_anything_runs(
        made: dict[str, Path], tmp_path: Path, name: str, statements: list[str], expected: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    package = _spoiled_package(made, tmp_path / f"{name}.yansenne", *statements)
    before = file_bytes(package)
    scores = ro(package, "SELECT count(*) FROM scores")
    counted = ro(package, "SELECT ballot_revision FROM package_info")
    capsys.readouterr()
    assert run("--db", str(package), "ballot", "export", "-o", str(tmp_path / "x.ballot")) == 2
    err = capsys.readouterr().err
    assert f"{package}: not a juror package as Yansenne makes them ({expected})" in err, err
    assert "Traceback" not in err
    assert file_bytes(package) == before  # not even its header rewritten: nothing ran
    assert ro(package, "SELECT count(*) FROM scores") == scores
    assert ro(package, "SELECT ballot_revision FROM package_info") == counted
    assert not (tmp_path / "x.ballot").exists()


def test_ballot_export_to_a_folder_uses_up_no_revision(
        made: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = tmp_path / "J02.yansenne"
    shutil.copyfile(made["package"], package)
    counted = ro(package, "SELECT ballot_revision FROM package_info")
    folder = tmp_path / "ballots"
    folder.mkdir()
    capsys.readouterr()
    assert run("--db", str(package), "ballot", "export", "-o", str(folder)) == 2
    err = capsys.readouterr().err
    assert f"{folder}: this is a folder, not a file: give a file name" in err, err
    assert ro(package, "SELECT ballot_revision FROM package_info") == counted
    assert list(folder.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_codes_differing_only_in_punctuation_get_distinct_package_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """J01 and J02 of the demo renamed J.1 and J_1 (and the year 2028)."""
    workbook = load_workbook(demo_workbook())
    renamed = {"J01": "J.1", "J02": "J_1"}
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in renamed:
                    cell.value = renamed[cell.value]
    for row in workbook["Edition"].iter_rows(min_row=2):
        if row[0].value == "year":
            row[1].value = 2028
    workbook.save(tmp_path / "punctuation.xlsx")
    db = tmp_path / "db.sqlite"
    assert run("--db", str(db), "edition", "import", str(tmp_path / "punctuation.xlsx")) == 0
    out = tmp_path / "packages"
    assert run("--db", str(db), "package", "export", "2028", "--all", "-o", str(out)) == 0
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 7 and len({n.lower() for n in names}) == 7  # J08 observes
    assert "2028-J_1.yansenne" in names
    dotted = [n for n in names if n.startswith("2028-J_1~")]
    assert len(dotted) == 1
    assert ro(out / "2028-J_1.yansenne", "SELECT juror_code FROM package_info") == [("J_1",)]
    assert ro(out / dotted[0], "SELECT juror_code FROM package_info") == [("J.1",)]
    for name in names:
        assert set(name) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                "0123456789-_~.")
