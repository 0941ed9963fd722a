"""Build the PyInstaller bundle and prove that the built program works.

    python tools/check_build.py            # build with build.spec, then check
    python tools/check_build.py --no-build # check the bundle already in build/dist

The build runs `pyinstaller --noconfirm --clean build.spec --distpath build/dist
--workpath build/work`. The checks then run the *built* program, never the source:
its version; loading the demo edition (proves that `data/` and the Alembic
migrations travelled); exporting an edition workbook (openpyxl and lxml); the main
window drawn offscreen into a PNG (Qt, its plugins, the interface), with both the
console program `yansenne` and the windowed `yansenne-desk`; and the files no run opens
(the user guides of Help ▸ User guide) are in the bundle. One line per check,
then the bundle's size; the exit status is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "work"
NAME = "yansenne"  # the bundle's folder and the console program
DESK = "yansenne-desk"  # the windowed program in the same folder
DEMO_YEAR = 2026  # the year of data/demo_edition.xlsx
MIN_SCREENSHOT_BYTES = 5_000  # an empty or black window compresses to less
TIMEOUT = 180.0  # seconds per run of the program


@dataclass
class Check:
    """One run of the built program and what its result must satisfy."""

    name: str
    program: str  # NAME or DESK
    args: list[str]
    # Returns what is wrong, or None; a passing check reports the program's last line.
    verify: Callable[[subprocess.CompletedProcess[str]], str | None]
    # What a passing check prints instead of the program's last line, if anything.
    summary: Callable[[], str] | None = None
    env: dict[str, str] = field(default_factory=dict)


def executable(dist: Path, program: str) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / NAME / f"{program}{suffix}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on build.spec; returns the seconds it took."""
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    command = [pyinstaller] if pyinstaller else [sys.executable, "-m", "PyInstaller"]
    command += ["--noconfirm", "--clean", str(SPEC), "--distpath", str(dist),
                "--workpath", str(work)]
    print("building:", " ".join(command), flush=True)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True)
    return time.perf_counter() - start


def output_of(run: subprocess.CompletedProcess[str]) -> str:
    text = (run.stdout or "").strip() or (run.stderr or "").strip()
    return text.splitlines()[-1] if text else ""


def exited_ok(run: subprocess.CompletedProcess[str]) -> str | None:
    if run.returncode != 0:
        tail = "\n".join((run.stderr or run.stdout or "").strip().splitlines()[-15:])
        return f"exit status {run.returncode}\n{tail}"
    return None


def prints_version(expected: str) -> Callable[[subprocess.CompletedProcess[str]], str | None]:
    def verify(run: subprocess.CompletedProcess[str]) -> str | None:
        if problem := exited_ok(run):
            return problem
        if expected not in run.stdout:
            return f"printed {run.stdout.strip()!r}, expected version {expected}"
        return None

    return verify


def writes_workbook(path: Path) -> Callable[[subprocess.CompletedProcess[str]], str | None]:
    def verify(run: subprocess.CompletedProcess[str]) -> str | None:
        if problem := exited_ok(run):
            return problem
        if not path.is_file():
            return f"{path} was not written"
        try:
            with zipfile.ZipFile(path) as workbook:
                if "xl/workbook.xml" not in workbook.namelist():
                    return f"{path} is not an xlsx workbook"
        except zipfile.BadZipFile:
            return f"{path} is not an xlsx workbook"
        return None

    return verify


def writes_screenshot(path: Path) -> Callable[[subprocess.CompletedProcess[str]], str | None]:
    def verify(run: subprocess.CompletedProcess[str]) -> str | None:
        if problem := exited_ok(run):
            return problem
        if not path.is_file():
            return f"{path} was not written"
        size = path.stat().st_size
        if not path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"):
            return f"{path} is not a PNG"
        if size < MIN_SCREENSHOT_BYTES:
            return f"{path} has only {size} bytes: an empty window?"
        return None

    return verify


def writes_pdf(path: Path) -> Callable[[subprocess.CompletedProcess[str]], str | None]:
    def verify(done: subprocess.CompletedProcess[str]) -> str | None:
        if done.returncode != 0:
            return f"exit {done.returncode}: {done.stderr.strip()[-500:]}"
        if not path.is_file() or not path.read_bytes().startswith(b"%PDF-"):
            return f"{path} is not a PDF"
        return None

    return verify


def writes_file(path: Path, head: bytes) -> Callable[[subprocess.CompletedProcess[str]],
                                                     str | None]:
    def verify(done: subprocess.CompletedProcess[str]) -> str | None:
        if done.returncode != 0:
            return f"exit {done.returncode}: {done.stderr.strip()[-500:]}"
        if not path.is_file() or not path.read_bytes().startswith(head):
            return f"{path} was not written"
        return None

    return verify


def first_schema_database(tmp: Path) -> Path:
    """A database of the first schema holding the demo (the committed test fixture)."""
    import sqlite3

    path = tmp / "old.sqlite"
    fixture = ROOT / "tests" / "store" / "fixtures" / "schema_0001_demo.sql"
    conn = sqlite3.connect(path)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    conn.close()
    return path


def png_size(path: Path) -> Callable[[], str]:
    return lambda: f"{path.name}: {path.stat().st_size / 1e3:.0f} kB"


def checks(tmp: Path) -> list[Check]:
    """What the built program must do, in order (later checks use the database)."""
    from yansenne import __version__  # the source's version: the bundle must match

    db = str(tmp / "check.sqlite")
    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    return [
        Check("version", NAME, ["--version"], prints_version(__version__)),
        Check("demo", NAME, ["--db", db, "demo"], exited_ok),
        Check("export", NAME, ["--db", db, "edition", "export", str(DEMO_YEAR),
                               "-o", str(tmp / "x.xlsx")], writes_workbook(tmp / "x.xlsx")),
        # The ceremony dossier: ReportLab, its fonts and the bundled DejaVu.
        Check("dossier", NAME, ["--db", db, "dossier", str(DEMO_YEAR), "--lang", "fr+nl",
                                "-o", str(tmp / "dossier.pdf")], writes_pdf(tmp / "dossier.pdf")),
        # The staged demo and its readers allocated again (networkx), then the ceremony
        # deck (python-pptx and its bundled template).
        Check("staged", NAME, ["--db", db, "demo", "--staged"], exited_ok),
        Check("assign", NAME, ["--db", db, "assign", str(DEMO_YEAR + 1), "--stage", "final",
                               "--per-project", "3", "--force"], exited_ok),
        Check("deck", NAME, ["--db", db, "slides", str(DEMO_YEAR), "-o",
                             str(tmp / "deck.pptx")], writes_file(tmp / "deck.pptx", b"PK")),
        # A database of the first schema: migrated by the bundled Alembic scripts, then used.
        Check("migrate", NAME, ["--db", str(first_schema_database(tmp)), "dossier",
                                str(DEMO_YEAR), "--lang", "fr", "-o", str(tmp / "old.pdf")],
              writes_pdf(tmp / "old.pdf")),
        Check("window", NAME, ["--db", db, "--screenshot", str(tmp / "shot.png")],
              writes_screenshot(tmp / "shot.png"), png_size(tmp / "shot.png"), offscreen),
        Check("desk window", DESK, ["--db", db, "--screenshot", str(tmp / "shot-desk.png")],
              writes_screenshot(tmp / "shot-desk.png"), png_size(tmp / "shot-desk.png"),
              offscreen),
    ]


# Files read at run time that no program run above opens: they must be in the bundle.
SHIPPED = [f"resources/help/{lang}/index.html" for lang in ("fr", "nl", "en")]


def missing_files(bundle: Path) -> list[str]:
    """The SHIPPED files absent from the bundle (its data folder is `_internal/`)."""
    data = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    return [name for name in SHIPPED if not (data / name).is_file()]


def run_check(check: Check, dist: Path) -> tuple[bool, float, str]:
    """Run one check; returns (passed, seconds, message)."""
    program = executable(dist, check.program)
    if not program.is_file():
        return False, 0.0, f"{program} is missing"
    env = {**os.environ, **check.env}
    start = time.perf_counter()
    try:
        run = subprocess.run([str(program), *check.args], capture_output=True, text=True,
                             env=env, timeout=TIMEOUT, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired:
        return False, time.perf_counter() - start, f"no answer after {TIMEOUT:.0f} s"
    seconds = time.perf_counter() - start
    problem = check.verify(run)
    if problem is not None:
        return False, seconds, problem
    return True, seconds, check.summary() if check.summary else output_of(run)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="check the existing bundle")
    parser.add_argument("--distpath", type=Path, default=DIST)
    parser.add_argument("--workpath", type=Path, default=WORK)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    if not args.no_build:
        try:
            seconds = build(args.distpath, args.workpath)
        except subprocess.CalledProcessError as error:
            print(f"FAIL build          pyinstaller exit status {error.returncode}")
            return 1
        print(f"ok   build          {seconds:6.1f} s")
    bundle = args.distpath / NAME
    if not bundle.is_dir():
        print(f"FAIL bundle         {bundle} does not exist (build it first)")
        return 1

    failures = 0
    missing = missing_files(bundle)
    failures += bool(missing)
    print(f"{'FAIL' if missing else 'ok  '} {'files':<14} {0.0:6.1f} s  "
          + (f"missing: {', '.join(missing)}" if missing else f"{len(SHIPPED)} user guides"))
    tmp = Path(tempfile.mkdtemp(prefix="yansenne-check-"))
    try:
        for check in checks(tmp):
            passed, seconds, message = run_check(check, args.distpath)
            failures += not passed
            status = "ok  " if passed else "FAIL"
            print(f"{status} {check.name:<14} {seconds:6.1f} s  {message}", flush=True)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"bundle {bundle}: {folder_size(bundle) / 1e6:.0f} MB")
    if failures:
        print(f"{failures} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
