"""`yansenne` itself: version, exit statuses, language, the YANSENNE_DB default, and the
real executable in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import yansenne
from tests.cli.conftest import Run
from yansenne.i18n import catalogue

EXECUTABLE = Path(sys.executable).with_name("yansenne")
NO_EDITION = "no edition {year} in the database"


def test_version(run: Run) -> None:
    result = run("--version", db=None)
    assert (result.code, result.out.strip()) == (0, f"Yansenne {yansenne.__version__}")


def test_help_lists_every_command(run: Run) -> None:
    result = run("--help", db=None)
    assert result.code == 0
    for command in ("demo", "edition", "projects", "scores", "backup", "restore", "db"):
        assert command in result.out


def test_unknown_command_is_a_usage_error(run: Run) -> None:
    result = run("frobnicate")
    assert result.code == 2
    assert "invalid choice" in result.err


def test_group_without_subcommand_exits_2(run: Run) -> None:
    assert run("edition").code == 2


def test_unexpected_error_exits_1(run: Run, monkeypatch: pytest.MonkeyPatch,
                                  tmp_path: Path) -> None:
    """A bug is not the user's fault: status 1, a request to report it, the traceback."""
    import yansenne.exchange.workbook as workbook

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workbook, "export_edition", broken)
    result = run("edition", "export", "2026", "-o", str(tmp_path / "x.xlsx"))
    assert result.code == 1
    assert result.err.startswith("unexpected error; please report it with the text below:")
    assert "RuntimeError: disk on fire" in result.err
    assert "Traceback" in result.err


def test_yansenne_db_environment_variable(run: Run, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from-env" / "env.sqlite"
    monkeypatch.setenv("YANSENNE_DB", str(target))
    assert run("demo", db=None).code == 0
    assert target.is_file()
    listing = run("edition", "list", db=None)
    assert "2026" in listing.out
    # --db wins over the environment.
    other = tmp_path / "other.sqlite"
    assert "no edition yet" in run("edition", "list", db=other).out


def translated(lang: str, msgid: str) -> str:
    if not (Path(yansenne.__file__).parent / "i18n" / f"{lang}.json").is_file():
        pytest.skip(f"the {lang} catalogue (yansenne/i18n/{lang}.json) is not written yet")
    text = catalogue(lang).get(msgid)
    if not text:
        pytest.skip(f"the {lang} catalogue has no entry yet for {msgid!r}")
    return text


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_lang_changes_the_messages(run: Run, tmp_path: Path, lang: str) -> None:
    """--lang fr|nl prints the refusal in that language, not in English."""
    expected = translated(lang, NO_EDITION).format(year=1999)
    english = run("--lang", "en", "edition", "export", "1999", "-o", str(tmp_path / "x.xlsx"))
    result = run("--lang", lang, "edition", "export", "1999", "-o", str(tmp_path / "x.xlsx"))
    assert english.err_lines == ["no edition 1999 in the database"]
    assert result.code == english.code == 2
    assert result.err_lines == [expected]
    assert result.err != english.err


def test_lang_fr_and_nl_differ(run: Run, tmp_path: Path) -> None:
    translated("fr", NO_EDITION)
    translated("nl", NO_EDITION)
    outputs = {lang: run(f"--lang={lang}", "edition", "export", "1999", "-o",
                         str(tmp_path / "x.xlsx")).err for lang in ("en", "fr", "nl")}
    assert len(set(outputs.values())) == 3, outputs


def test_language_from_the_locale(run: Run, monkeypatch: pytest.MonkeyPatch,
                                  tmp_path: Path) -> None:
    expected = translated("nl", NO_EDITION).format(year=1999)
    monkeypatch.setenv("LANGUAGE", "nl_BE:fr")
    result = run("edition", "export", "1999", "-o", str(tmp_path / "x.xlsx"))
    assert result.err_lines == [expected]


def test_catalogues_are_valid_json() -> None:
    """Every catalogue that exists parses and maps text to text with the same fields."""
    import string

    found = False
    for lang in ("fr", "nl"):
        path = Path(yansenne.__file__).parent / "i18n" / f"{lang}.json"
        if not path.is_file():
            continue
        found = True
        entries = json.loads(path.read_text(encoding="utf-8"))
        for msgid, text in entries.items():
            assert isinstance(text, str) and text, (lang, msgid)
            fields = {f for _, f, _, _ in string.Formatter().parse(msgid) if f}
            assert {f for _, f, _, _ in string.Formatter().parse(text) if f} == fields, (
                lang, msgid)
    if not found:
        pytest.skip("no catalogue written yet")


# ------------------------------------------------------------ real executable


def run_executable(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "YANSENNE_DB"}
    environment.update({"LANGUAGE": "en", **(env or {})})
    return subprocess.run([str(EXECUTABLE), *args], capture_output=True, text=True,
                          env=environment, timeout=60)


@pytest.mark.skipif(not EXECUTABLE.exists(), reason="the yansenne script is not installed")
def test_executable_version_and_demo(tmp_path: Path) -> None:
    version = run_executable("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"Yansenne {yansenne.__version__}")
    db = tmp_path / "exe.sqlite"
    first = run_executable("--db", str(db), "demo")
    assert first.returncode == 0, first.stderr
    again = run_executable("demo", env={"YANSENNE_DB": str(db)})
    assert again.returncode == 2
    assert "edition 2026 already exists" in again.stderr
    listing = run_executable("--db", str(db), "edition", "list")
    assert listing.returncode == 0
    assert listing.stdout.splitlines()[2].split()[-3:] == ["28", "8", "768"]


def test_python_dash_m(tmp_path: Path) -> None:
    """`python -m yansenne` is the same program."""
    result = subprocess.run([sys.executable, "-m", "yansenne", "--db", str(tmp_path / "m.sqlite"),
                             "edition", "list"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("no edition yet")
