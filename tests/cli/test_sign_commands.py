"""`sign`, `verify` and `minutes/dossier --sign` (spec/cli.md) on a locked demo edition:
the minutes carry a field per present voting juror and the lock record; J01 signs with
a .p12, J02 with a SoftHSM2 token; `verify` (and pyHanko's own validator) accept both,
and refuse a changed byte, a record the database no longer holds, a missing signature."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests import pki
from tests.cli.conftest import Run
from yansenne.cli import main as cli_main
from yansenne.reports import signing

PNG_FOLDER = Path("/work/notes/signing")


@pytest.fixture(scope="module")
def keys() -> pki.Shared:
    return pki.shared()


@pytest.fixture(scope="module")
def locked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A locked demo database and its French minutes, made once for the module."""
    folder = tmp_path_factory.mktemp("locked")
    db = folder / "demo.sqlite"
    minutes = folder / "m.pdf"
    for argv in (["demo"], ["deliberation", "propose", "2026"],
                 ["deliberation", "lock", "2026", "--force"],
                 ["minutes", "2026", "--lang", "fr", "-o", str(minutes)]):
        assert cli_main.main(["--lang", "en", "--db", str(db), *argv]) == 0, argv
    return db, minutes


@pytest.fixture
def work(locked: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """Copies of the locked database and minutes for one test."""
    db, minutes = locked
    shutil.copy(db, tmp_path / "demo.sqlite")
    shutil.copy(minutes, tmp_path / "m.pdf")
    return tmp_path / "demo.sqlite", tmp_path / "m.pdf"


def stored(db: Path) -> tuple[bytes, str]:
    with sqlite3.connect(db) as connection:
        record, fingerprint = connection.execute(
            "SELECT lock_record, lock_fingerprint FROM editions WHERE year = 2026").fetchone()
    return record.encode("utf-8"), fingerprint


def p12_args(keys: pki.Shared, juror: str = "J01") -> list[str]:
    path = keys.p12_j01 if juror == "J01" else keys.p12_j02
    return ["--juror", juror, "--cert", str(path), "--password-file", str(keys.password_file)]


def test_locked_minutes_hold_a_field_per_present_voting_juror_and_the_record(
        work: tuple[Path, Path]) -> None:
    from yansenne.domain.ceremony_record import gather
    from yansenne.store.opening import open_database

    db, minutes = work
    with open_database(db) as database, database.read() as session:
        data = gather(session, 2026, with_sensitivity=False)
        expected = [signing.field_name(j.code) for j in data.voting_jurors if j.present]
    assert expected
    assert sorted(signing.empty_fields(minutes)) == sorted(expected)
    record, fingerprint = stored(db)
    found = signing.verify(minutes)
    assert found.attachment == record
    assert hashlib.sha256(found.attachment).hexdigest() == fingerprint


def test_a_draft_has_no_fields_and_no_record(run: Run, tmp_path: Path) -> None:
    assert run("demo").code == 0
    draft = tmp_path / "draft.pdf"
    assert run("minutes", "2026", "--lang", "fr", "-o", str(draft)).code == 0
    assert signing.all_fields(draft) == []
    assert signing.verify(draft).attachment is None
    result = run("verify", str(draft))
    assert result.code == 2
    assert "holds no signature" in result.err


def test_two_jurors_sign_and_verify_accepts_both(run: Run, work: tuple[Path, Path],
                                                 keys: pki.Shared) -> None:
    db, minutes = work
    result = run("sign", str(minutes), *p12_args(keys, "J01"), db=db)
    assert result.code == 0, result.err
    assert "sig-J01" in result.out
    if keys.token is not None:
        token = keys.token
        result = run("sign", str(minutes), "--juror", "J02", "--pkcs11", token.module,
                     "--token-label", token.token_label, "--key-label", token.key_label,
                     "--pin-file", str(keys.pin_file), db=db)
    else:  # the token is tested where softhsm2 is installed (CI); J02's .p12 meanwhile
        result = run("sign", str(minutes), *p12_args(keys, "J02"), db=db)
    assert result.code == 0, result.err

    text = run("verify", str(minutes), "--check-results", "--trust", str(keys.pki.ca_pem),
               db=db)
    assert text.code == 0, text.err
    assert "sig-J01: signed by Juror J01" in text.out
    assert "sig-J02: signed by Juror J02" in text.out
    assert text.out.count("intact, only signatures added after it, trusted chain") == 2
    assert "matches the database's lock" in text.out

    as_json = run("verify", str(minutes), "--format", "json", db=db)
    assert as_json.code == 0, as_json.err
    report = json.loads(as_json.out)
    assert report["ok"] is True and report["problems"] == []
    assert [(s["field"], s["signer"], s["intact"], s["only_signatures_after"], s["trusted"])
            for s in report["signatures"]] == [("sig-J01", "Juror J01", True, True, None),
                                               ("sig-J02", "Juror J02", True, True, None)]
    assert all(s["signing_time"] for s in report["signatures"])
    assert report["lock_record"]["attached"] is True
    assert report["lock_record"]["sha256"] == stored(db)[1]
    assert "sig-J01" not in report["empty_fields"]

    untrusted = run("verify", str(minutes), "--trust", str(keys.pki.other_ca_pem()), db=db)
    assert untrusted.code == 2
    assert "trusted root" in untrusted.err

    PNG_FOLDER.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm"):
        page = next(p.page for p in _places(minutes) if p.name == "sig-J01") + 1
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page),
                        str(minutes), str(PNG_FOLDER / "minutes_signed")], check=True,
                       timeout=120)
        assert list(PNG_FOLDER.glob("minutes_signed-*.png"))


def _places(pdf: Path) -> list[signing.SignaturePlace]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    places = []
    with open(pdf, "rb") as handle:
        reader = PdfFileReader(handle)
        pages = [reader.find_page_for_modification(i)[0].idnum
                 for i in range(int(reader.root["/Pages"]["/Count"]))]
        for name, _value, ref in fields.enumerate_sig_fields(reader):
            widget = ref.get_object()
            page = pages.index(widget.raw_get("/P").idnum)
            places.append(signing.SignaturePlace(name, page, tuple(widget["/Rect"])))
    return places


def test_pyhanko_own_validator_agrees(run: Run, work: tuple[Path, Path],
                                      keys: pki.Shared) -> None:
    tool = Path(sys.executable).with_name("pyhanko")
    if not tool.exists():
        pytest.skip("pyHanko's command line (the pyhanko-cli package) is not installed "
                    "in this environment")
    db, minutes = work
    assert run("sign", str(minutes), *p12_args(keys), db=db).code == 0
    done = subprocess.run([str(tool), "sign", "validate", "--trust", str(keys.pki.ca_pem),
                           "--trust-replace", str(minutes)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_changed_byte_is_found(run: Run, work: tuple[Path, Path], keys: pki.Shared) -> None:
    db, minutes = work
    assert run("sign", str(minutes), *p12_args(keys), db=db).code == 0
    data = bytearray(minutes.read_bytes())
    at = data.index(b"/Producer") + 14  # the first revision: inside the signed range
    data[at] ^= 0x01
    minutes.write_bytes(bytes(data))
    result = run("verify", str(minutes), db=db)
    assert result.code == 2
    assert "sig-J01" in result.err and "does not match" in result.err
    report = json.loads(run("verify", str(minutes), "--format", "json", db=db).out)
    assert report["ok"] is False
    assert report["signatures"][0]["intact"] is False


def test_a_wrong_password_is_refused_and_changes_nothing(run: Run, work: tuple[Path, Path],
                                                         keys: pki.Shared) -> None:
    db, minutes = work
    wrong = minutes.with_name("wrong.txt")
    wrong.write_text("not the password\n", encoding="utf-8")
    before = minutes.read_bytes()
    result = run("sign", str(minutes), "--cert", str(keys.p12_j01), "--password-file",
                 str(wrong), db=db)
    assert result.code == 2
    assert "wrong password" in result.err
    assert minutes.read_bytes() == before
    assert [p.name for p in minutes.parent.iterdir() if p.name.startswith(".")] == []


def test_a_wrong_pin_is_refused_once(run: Run, work: tuple[Path, Path],
                                     keys: pki.Shared) -> None:
    if keys.token is None:
        pytest.skip(keys.token_missing or "no token")
    db, minutes = work
    wrong = minutes.with_name("pin.txt")
    wrong.write_text("0000\n", encoding="utf-8")
    before = minutes.read_bytes()
    token = keys.token
    result = run("sign", str(minutes), "--pkcs11", token.module, "--token-label",
                 token.token_label, "--key-label", token.key_label, "--pin-file", str(wrong),
                 db=db)
    assert result.code == 2
    assert "wrong PIN" in result.err
    assert minutes.read_bytes() == before


def test_no_password_and_no_terminal_never_prompts(run: Run, work: tuple[Path, Path],
                                                   keys: pki.Shared,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db, minutes = work
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def no_prompt(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("prompted")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    before = minutes.read_bytes()
    result = run("sign", str(minutes), "--cert", str(keys.p12_j01), db=db)
    assert result.code == 2
    assert "no terminal" in result.err
    assert minutes.read_bytes() == before


def test_check_results_after_the_lock_changed(run: Run, work: tuple[Path, Path],
                                              keys: pki.Shared) -> None:
    db, minutes = work
    assert run("sign", str(minutes), *p12_args(keys), db=db).code == 0
    assert run("verify", str(minutes), "--check-results", db=db).code == 0
    assert run("deliberation", "reopen", "2026", "--reason", "a mark was wrong", db=db).code == 0
    reopened = run("verify", str(minutes), "--check-results", db=db)
    assert reopened.code == 2
    assert "no lock record" in reopened.err
    with sqlite3.connect(db) as connection:  # a comment corrected while it was open
        connection.execute("UPDATE scores SET comment = comment || ' (corrected)' "
                           "WHERE id = (SELECT min(id) FROM scores)")
    assert run("deliberation", "lock", "2026", "--force", db=db).code == 0
    result = run("verify", str(minutes), "--check-results", db=db)
    assert result.code == 2
    assert "differs from the lock of edition 2026" in result.err
    report = json.loads(run("verify", str(minutes), "--check-results", "--format", "json",
                            db=db).out)
    assert report["lock_record"]["matches"] is False
    assert report["lock_record"]["stored_sha256"] == stored(db)[1]
    assert report["signatures"][0]["ok"] is True  # the signature itself still holds


def test_minutes_and_dossier_written_and_signed_in_one_step(run: Run, work: tuple[Path, Path],
                                                            keys: pki.Shared) -> None:
    db, _minutes = work
    folder = db.parent
    signed = folder / "signed.pdf"
    result = run("minutes", "2026", "--lang", "nl", "-o", str(signed), "--sign",
                 *p12_args(keys), db=db)
    assert result.code == 0, result.err
    assert ("sig-J01", True) in signing.all_fields(signed)
    assert run("verify", str(signed), "--check-results", db=db).code == 0

    dossier = folder / "dossier.pdf"
    result = run("dossier", "2026", "--lang", "fr", "-o", str(dossier), "--sign",
                 *p12_args(keys), db=db)
    assert result.code == 0, result.err
    found = signing.verify(dossier)
    assert [(s.field, s.ok) for s in found.signatures] == [("sig-J01", True)]
    assert found.attachment == stored(db)[0]

    refused = folder / "refused.pdf"
    wrong = folder / "wrong.txt"
    wrong.write_text("nope\n", encoding="utf-8")
    result = run("--lang", "en", "dossier", "2026", "--lang", "fr", "-o", str(refused),
                 "--sign", "--cert", str(keys.p12_j01), "--password-file", str(wrong), db=db)
    assert result.code == 2
    assert "wrong password" in result.err
    assert not refused.exists()


def test_a_draft_is_not_signed(run: Run, tmp_path: Path, keys: pki.Shared) -> None:
    assert run("demo").code == 0
    target = tmp_path / "draft.pdf"
    result = run("minutes", "2026", "-o", str(target), "--sign", *p12_args(keys))
    assert result.code == 2
    assert "lock edition 2026 first" in result.err
    assert not target.exists()
