"""`package export`, `ballot export`, `ballot import` and `logins` from the command line:
exit statuses, one line per problem on stderr, and the database untouched on refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.factories import build_small_edition
from yansenne.store.opening import open_database


@pytest.fixture
def secretariat(db_path: Path) -> Path:
    db = open_database(db_path)
    build_small_edition(db)
    db.close()
    return db_path


def test_package_ballot_round_trip(run: Run, secretariat: Path, tmp_path: Path) -> None:
    package = tmp_path / "J1.yansenne"
    done = run("package", "export", "2026", "--juror", "J1", "-o", str(package))
    assert done.code == 0, done.err
    assert done.out == f"package of juror J1 written to {package}: 6 projects, 24 scores\n"
    ballot = tmp_path / "J1.ballot"
    sent = run("ballot", "export", "-o", str(ballot), db=package)
    assert sent.code == 0, sent.err
    assert "ballot of juror J1 (revision 1) written to" in sent.out
    applied = run("ballot", "import", "2026", str(ballot))
    assert (applied.code, applied.err) == (0, "")
    assert applied.out == ("J1.ballot: ballot 1 of juror J1 applied: 0 added, 0 changed, "
                           "24 unchanged, 0 cleared (absent from the ballot), 0 notes changed\n")
    again = run("ballot", "import", "2026", str(ballot))
    assert again.code == 0
    assert "was already applied on" in again.out and again.out.endswith("nothing changed\n")


def test_refused_ballot_exits_2_and_the_others_apply(run: Run, secretariat: Path,
                                                     tmp_path: Path) -> None:
    run("package", "export", "2026", "--all", "-o", str(tmp_path / "packages"))
    good = tmp_path / "J2.ballot"
    assert run("ballot", "export", "-o", str(good),
               db=tmp_path / "packages" / "2026-J2.yansenne").code == 0
    body = json.loads(good.read_text(encoding="utf-8"))
    body["scores"][0]["value"] = 0.0
    forged = tmp_path / "forged.ballot"
    forged.write_text(json.dumps(body), encoding="utf-8")
    done = run("ballot", "import", "2026", str(forged), str(good))
    assert done.code == 2
    assert done.err_lines == ["forged.ballot: the signature does not match: the ballot was "
                              "changed after juror J2 sent it, or it does not come from their "
                              "package"]
    assert done.out.startswith("J2.ballot: ballot 1 of juror J2 applied")


def test_ballot_export_outside_a_package(run: Run, secretariat: Path, tmp_path: Path) -> None:
    done = run("ballot", "export", "-o", str(tmp_path / "x.ballot"))
    assert done.code == 2
    assert done.err_lines == ["a ballot is sent from a juror package: run 'ballot export' with "
                              "--db FILE.yansenne"]


def test_package_export_needs_one_juror_or_all(run: Run, secretariat: Path,
                                               tmp_path: Path) -> None:
    done = run("package", "export", "2026", "-o", str(tmp_path / "x.yansenne"))
    assert (done.code, done.err_lines) == (2, ["give either --juror CODE or --all"])
    done = run("package", "export", "2026", "--juror", "J9", "-o", str(tmp_path / "x.yansenne"))
    assert (done.code, done.err_lines) == (2, ["unknown juror J9 in edition 2026"])


def test_missing_package_is_refused(run: Run, tmp_path: Path) -> None:
    done = run("ballot", "export", "-o", str(tmp_path / "x.ballot"),
               db=tmp_path / "nowhere.yansenne")
    assert done.code == 2
    assert done.err_lines == [f"{tmp_path / 'nowhere.yansenne'}: no such juror package"]
    assert not (tmp_path / "nowhere.yansenne").exists()


def test_logins_need_a_server(run: Run, secretariat: Path) -> None:
    done = run("logins", "create", "2026", "--juror", "J1")
    assert done.code == 2
    assert done.err_lines == ["logins are PostgreSQL roles: run this with --db "
                              "postgresql+psycopg://… (this database is a SQLite file)"]
    assert run("logins", "list").code == 2
    done = run("logins", "create", "--juror", "J1")
    assert done.err_lines == ["a juror login needs the edition year and --juror CODE (or "
                              "--secretariat --role NAME)"]


def test_messages_in_french(run: Run, secretariat: Path, tmp_path: Path) -> None:
    done = run("--lang", "fr", "ballot", "export", "-o", str(tmp_path / "x.ballot"))
    assert done.code == 2
    assert done.err_lines == ["un bulletin s'envoie depuis le paquet d'un membre du jury\u202f: "
                              "lancez «\u202fballot export\u202f» avec --db FICHIER.yansenne"]
