"""Regenerate `yansenne/ui/forms/ui_*.py` from the Designer sources in `ui/*.ui`.

The generated modules are committed so that the program never loads a .ui file
at run time; `--check` (and tests/ui/test_forms_fresh.py) catches a form edited
in Designer but not recompiled.

    python tools/build_forms.py            # rewrite the stale forms
    python tools/build_forms.py --check    # only compare; exit 1 if any is stale
    python tools/build_forms.py --out DIR  # write every form into DIR instead
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "yansenne" / "ui" / "forms"
HEADER = "# Generated from ui/{name} by tools/build_forms.py (pyside6-uic): do not edit.\n"
# uic stamps its own version; dropping that line keeps a Qt patch release from
# making every form look stale when the generated code is otherwise identical.
VERSION_STAMP = "## Created by: Qt User Interface Compiler version"


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def form_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def render(ui: Path) -> str:
    """The Python source of one form, exactly as it is committed."""
    result = subprocess.run(
        [tool("pyside6-uic"), ui.name], cwd=ui.parent, capture_output=True, text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {ui}:\n{result.stderr}")
    lines = [line for line in result.stdout.splitlines(keepends=True)
             if not line.startswith(VERSION_STAMP)]
    return HEADER.format(name=ui.name) + used_imports_only("".join(lines))


QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def used_imports_only(source: str) -> str:
    """uic imports the same forty-odd Qt names into every form; PySide6 builds each
    class on its first import (~0.2 ms, some far more), so a form imports only the
    names its code uses: ~9 ms less before the desk's first paint."""
    body = QT_IMPORT.sub("", source)

    def pruned(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        kept = [n for n in names if re.search(rf"\b{n}\b", body)]
        if not kept:
            return ""
        return f"from {match.group(1)} import ({', '.join(kept)})\n"

    return QT_IMPORT.sub(pruned, source)


def sources() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def build(out_dir: Path) -> list[Path]:
    """Write every form into `out_dir`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sources():
        target = out_dir / form_name(ui)
        target.write_text(render(ui), encoding="utf-8")
        written.append(target)
    return written


def stale() -> list[str]:
    """Forms that differ from their source, are missing, or have no source any more."""
    problems = []
    expected = {form_name(ui) for ui in sources()}
    for ui in sources():
        target = FORMS_DIR / form_name(ui)
        if not target.exists():
            problems.append(f"{target.relative_to(ROOT)}: missing")
        elif target.read_text(encoding="utf-8") != render(ui):
            problems.append(f"{target.relative_to(ROOT)}: stale (ui/{ui.name} changed)")
    for orphan in sorted(FORMS_DIR.glob("ui_*.py")):
        if orphan.name not in expected:
            problems.append(f"{orphan.relative_to(ROOT)}: no ui/ source")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 if stale")
    parser.add_argument("--out", type=Path, help="write the forms into this folder instead")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args.out:
        build(args.out)
        return 0
    for ui in sources():
        target = FORMS_DIR / form_name(ui)
        text = render(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
