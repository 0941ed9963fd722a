"""The core runs without Qt (DESIGN.md, "Layers"): every module outside yansenne/ui imports,
a database is created and migrated, and the CLI works, with PySide6 made unimportable."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "yansenne"
# Entry points and Alembic scripts run rather than import; they are exercised below by
# `python -m`-style calls and by creating a database.
NOT_IMPORTED = {"yansenne.__main__", "yansenne.store.migrations.env"}

BLOCK_QT = """
import importlib.abc, sys
class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: the core must not import Qt")
        return None
sys.meta_path.insert(0, _NoQt())
try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("the blocker does not work")
"""


def core_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[1] == "ui" or "versions" in relative.parts:
            continue
        name = ".".join(relative.with_suffix("").parts)
        name = name.removesuffix(".__init__")
        if name not in NOT_IMPORTED:
            modules.append(name)
    return modules


def run_blocked(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANGUAGE": "en", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("YANSENNE_DB", None)
    return subprocess.run([sys.executable, "-c", BLOCK_QT + code], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def test_core_module_list_is_complete() -> None:
    """Guard the walk itself: it sees the packages the design names."""
    modules = set(core_modules())
    for expected in ("yansenne.store.models", "yansenne.exchange.workbook",
                     "yansenne.cli.main", "yansenne.scoring", "yansenne.domain.synthetic",
                     "yansenne.domain.collection", "yansenne.domain.deliberation_state",
                     "yansenne.domain.queries", "yansenne.domain.results",
                     "yansenne.reference", "yansenne.i18n"):
        assert expected in modules
    assert not any(m.startswith("yansenne.ui") for m in modules)


def test_import_contracts_are_kept() -> None:
    """The layers of pyproject.toml's [tool.importlinter]: nothing imports upwards, the
    desk and the commands never import SQLAlchemy, scoring stays pure."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True,
                            cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_core_imports_without_qt(tmp_path: Path) -> None:
    """Import every core module and create a database (which runs the migrations)."""
    code = f"""
import importlib
for name in {core_modules()!r}:
    importlib.import_module(name)
from yansenne.store.opening import open_database
open_database({str(tmp_path / "layering.sqlite")!r}).close()
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
assert not leaked, leaked
print("ok")
"""
    result = run_blocked(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize("args", [["--help"], ["edition", "list"], ["demo"]])
def test_cli_runs_without_qt(tmp_path: Path, args: list[str]) -> None:
    argv = ["yansenne", "--db", str(tmp_path / "cli.sqlite"), *args]
    code = f"""
sys.argv = {argv!r}
from yansenne.cli.main import main
try:
    status = main()
except SystemExit as exit_:
    status = exit_.code
assert not any(m.startswith("PySide6") for m in sys.modules)
raise SystemExit(status)
"""
    result = run_blocked(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


QT_IMPORT = re.compile(r"^\s*(import\s+(PySide6|shiboken6)\b|from\s+(PySide6|shiboken6)\b)",
                       re.MULTILINE)


def test_no_qt_import_outside_ui() -> None:
    offenders = [str(path.relative_to(ROOT)) for path in sorted(PACKAGE.rglob("*.py"))
                 if path.relative_to(PACKAGE).parts[0] != "ui"
                 and QT_IMPORT.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_qt_import_pattern() -> None:
    """The pattern above does catch the forms that matter."""
    assert QT_IMPORT.search("import PySide6\n")
    assert QT_IMPORT.search("    from PySide6.QtCore import Qt\n")
    assert QT_IMPORT.search("import shiboken6")
    assert not QT_IMPORT.search("# the core never imports PySide6\n")
