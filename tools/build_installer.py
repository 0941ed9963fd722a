"""Compile the Windows installer (installer/yansenne.nsi) with makensis, and report.

    python tools/build_installer.py --bundle build/dist/yansenne   # the real bundle (Windows CI)
    python tools/build_installer.py                                # over a stand-in folder

The Windows bundle can only be built on Windows. Without `--bundle`, a stand-in
folder with the Windows bundle's file names (yansenne.exe, yansenne-desk.exe,
_internal/...: a few placeholder bytes each) is made in a temporary folder, so that
the script itself compiles anywhere makensis runs (Debian's `nsis` package): its
syntax, its languages, its includes and plug-ins, and the files it packs. Such a
setup program installs nothing that runs; its name says `stand-in`.

One line per step; the exit status is 1 if makensis is missing or fails, or the
bundle lacks a program.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "yansenne.nsi"
ICON = ROOT / "resources" / "icons" / "yansenne.ico"
PROGRAMS = ("yansenne.exe", "yansenne-desk.exe")
# What PyInstaller puts in a Windows onedir of build.spec, in short: the programs at
# the top, everything else under _internal (sys._MEIPASS).
STAND_IN_FILES = (
    *PROGRAMS,
    "_internal/python311.dll",
    "_internal/base_library.zip",
    "_internal/PySide6/Qt6Core.dll",
    "_internal/PySide6/Qt6Widgets.dll",
    "_internal/PySide6/plugins/platforms/qwindows.dll",
    "_internal/PySide6/translations/qtbase_fr.qm",
    "_internal/data/demo_edition.xlsx",
    "_internal/resources/icons/yansenne.ico",
    "_internal/yansenne/i18n/fr.json",
    "_internal/yansenne/store/migrations/env.py",
)


def _tools_module(name: str):  # noqa: ANN202 (a module)
    """A sibling module of tools/ (not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def project_version() -> str:
    """yansenne.__version__, as build.spec reads it."""
    return _tools_module("win_version_info")._current_version()


def make_stand_in(folder: Path) -> Path:
    """A folder laid out as the Windows bundle, with placeholder bytes; returns it."""
    for name in STAND_IN_FILES:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f"stand-in for {name}\n".encode())
    return folder


def missing_programs(bundle: Path) -> list[str]:
    return [name for name in PROGRAMS if not (bundle / name).is_file()]


def makensis_command(makensis: str, bundle: Path, output: Path, version: str) -> list[str]:
    """The command line: every path absolute, so makensis's own folder does not matter."""
    quad = ".".join(str(n) for n in _tools_module("win_version_info").version_tuple(version))
    return [makensis, "-V2", "-INPUTCHARSET", "UTF8",
            f"-DBUNDLE_DIR={bundle.resolve()}", f"-DVERSION={version}",
            f"-DVERSION_QUAD={quad}", f"-DOUTFILE={output.resolve()}", f"-DICON={ICON}",
            str(SCRIPT)]


def build(bundle: Path | None, output: Path | None, makensis: str | None = None) -> Path:
    """Compiles the installer and returns its path; raises RuntimeError on failure."""
    if bundle is not None and missing_programs(bundle):
        raise RuntimeError(f"{bundle} lacks {', '.join(missing_programs(bundle))}: "
                           "not a Windows bundle")
    found = makensis or shutil.which("makensis")
    if found is None:
        raise RuntimeError("makensis not found (Debian: apt-get install nsis; "
                           "Windows: choco install nsis)")
    version = project_version()
    with tempfile.TemporaryDirectory(prefix="yansenne-installer-") as scratch:
        if bundle is None:
            bundle = make_stand_in(Path(scratch) / "yansenne")
            print(f"bundle: stand-in with {len(STAND_IN_FILES)} placeholder files")
            default = ROOT / "build" / f"yansenne-setup-{version}-stand-in.exe"
        else:
            print(f"bundle: {bundle}")
            default = ROOT / "build" / f"yansenne-setup-{version}.exe"
        output = output or default
        output.parent.mkdir(parents=True, exist_ok=True)
        output.unlink(missing_ok=True)
        command = makensis_command(found, bundle, output, version)
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not output.is_file():
        raise RuntimeError(f"makensis failed ({result.returncode}):\n"
                           f"{result.stdout[-3000:]}{result.stderr[-3000:]}")
    for line in result.stderr.splitlines():  # warnings: shown, never fatal here
        print(f"makensis: {line}")
    print(f"installer: {output} ({output.stat().st_size / 1024:.0f} KiB, version {version})")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=None,
                        help="the Windows bundle folder (default: a stand-in)")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="default: build/yansenne-setup-VERSION[-stand-in].exe")
    parser.add_argument("--makensis", default=None, help="default: makensis on PATH")
    args = parser.parse_args(argv)
    try:
        build(args.bundle, args.output, args.makensis)
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
