"""build.spec ships every resource, without building.

The spec is executed with stand-ins for PyInstaller's Analysis, PYZ, EXE and
COLLECT and for `PyInstaller.utils.hooks`, so this runs in a fraction of a second
and needs no PyInstaller. A forgotten migration, catalogue or data file fails here
instead of on a juror's laptop. The real build is checked by tools/check_build.py.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
SKIP = {"__pycache__"}


class Recorder:
    """Stands in for a PyInstaller build target: keeps its arguments."""

    made: list[Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.made.append(self)


class Analysis(Recorder):
    made: list[Recorder] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pure: list[tuple[str, str, str]] = []
        self.scripts: list[tuple[str, str, str]] = []
        self.binaries: list[tuple[str, str, str]] = [
            ("PySide6/Qt/lib/libQt6Quick.so.6", "/qt/libQt6Quick.so.6", "BINARY"),
            ("PySide6/Qt/lib/libQt6Charts.so.6", "/qt/libQt6Charts.so.6", "BINARY"),
        ]
        self.datas: list[tuple[str, str, str]] = [
            (f"{Path(dest).as_posix()}/{Path(src).name}", src, "DATA")
            for src, dest in kwargs["datas"]
        ]


class PYZ(Recorder):
    made: list[Recorder] = []


class EXE(Recorder):
    made: list[Recorder] = []


class COLLECT(Recorder):
    made: list[Recorder] = []


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The namespace left by executing build.spec (with PyInstaller stubbed)."""
    for target in (Analysis, PYZ, EXE, COLLECT):
        target.made = []
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    asked: list[str] = []

    def collect_submodules(package: str, filter: Any = None, **_: Any) -> list[str]:
        asked.append(package)
        return []

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda *_args, **_kwargs: []  # type: ignore[attr-defined]
    stubs = {"PyInstaller": types.ModuleType("PyInstaller"),
             "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
             "PyInstaller.utils.hooks": hooks}
    saved = {name: sys.modules.get(name) for name in stubs}
    sys.modules.update(stubs)
    namespace: dict[str, Any] = {
        "__name__": "__main__", "__file__": str(SPEC), "SPEC": str(SPEC),
        "SPECPATH": str(ROOT), "DISTPATH": str(ROOT / "build" / "dist"),
        "workpath": str(ROOT / "build" / "work"), "specnm": "build",
        "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT,
    }
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    namespace["_asked_submodules"] = asked
    return namespace


@pytest.fixture(scope="module")
def bundled(spec: dict[str, Any]) -> set[str]:
    """Paths inside the bundle of every shipped file, as the built program sees them."""
    return {dest for dest, _src, _kind in spec["a"].datas}


def shipped(folder: str, pattern: str = "*") -> list[str]:
    """The source files under `folder` matching `pattern`, relative to the checkout."""
    files = [p for p in (ROOT / folder).rglob(pattern)
             if p.is_file() and not SKIP & set(p.parts)]
    return sorted(p.relative_to(ROOT).as_posix() for p in files)


def test_every_data_entry_exists(spec: dict[str, Any]) -> None:
    for src, _dest in spec["DATAS"]:
        assert Path(src).is_file(), src


@pytest.mark.parametrize("pattern", ["*.py", "script.py.mako"])
def test_migrations_are_shipped_as_files(bundled: set[str], pattern: str) -> None:
    scripts = shipped("yansenne/store/migrations", pattern)
    assert scripts
    assert not set(scripts) - bundled
    assert "yansenne/store/migrations/env.py" in bundled
    assert "yansenne/store/migrations/script.py.mako" in bundled
    versions = shipped("yansenne/store/migrations/versions", "*.py")
    assert versions and not set(versions) - bundled


def test_catalogues_are_shipped(bundled: set[str]) -> None:
    core = shipped("yansenne/i18n", "*.json")
    qt = shipped("resources/translations", "*.qm")
    for lang in ("fr", "nl"):
        assert f"yansenne/i18n/{lang}.json" in core
    for lang in ("fr", "nl", "en"):
        assert f"resources/translations/yansenne_{lang}.qm" in qt
    assert not set(core + qt) - bundled
    assert not {p for p in bundled if p.endswith(".ts")}, "Linguist sources stay behind"


def test_reference_data_and_demo_are_shipped(bundled: set[str]) -> None:
    csvs = shipped("data", "*.csv")
    assert {"data/municipalities.csv", "data/police_zones.csv", "data/actor_categories.csv",
            "data/default_criteria.csv"} <= set(csvs)
    assert not set(csvs) - bundled
    assert "data/demo_edition.xlsx" in bundled


def test_every_resource_is_shipped(bundled: set[str]) -> None:
    """Icons (the app icon first), style sheet, fonts: all of resources/ but .ts."""
    assert "resources/icons/yansenne.svg" in bundled
    resources = [p for p in shipped("resources") if not p.endswith((".ts", ".md"))]
    assert not set(resources) - bundled


def test_lazy_imports_are_hidden_imports(spec: dict[str, Any]) -> None:
    hidden = set(spec["HIDDENIMPORTS"])
    for module in ("alembic", "alembic.ddl.sqlite", "alembic.ddl.postgresql",
                   "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg",
                   "openpyxl", "lxml.etree", "numpy", "platformdirs", "reportlab",
                   "PySide6.QtSvg", "PySide6.QtPrintSupport", "PySide6.QtCharts"):
        assert module in hidden, module
    assert {"yansenne", "reportlab.graphics.barcode"} <= set(spec["_asked_submodules"])


def test_no_qt_module_we_import_is_excluded(spec: dict[str, Any]) -> None:
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
            "PySide6.QtPrintSupport", "PySide6.QtCharts", "PySide6.QtOpenGL",
            "PySide6.QtOpenGLWidgets"}
    for path in (ROOT / "yansenne").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt\w+", path.read_text(encoding="utf-8")))
    assert not used & set(spec["EXCLUDES"])
    assert "PySide6.QtWebEngineCore" in spec["EXCLUDES"]
    for unused in ("Qml", "Quick"):
        assert not any(unused in module for module in used), "then keep QML in build.spec"


def test_trimming_keeps_what_runs(spec: dict[str, Any], bundled: set[str]) -> None:
    wanted = spec["wanted"]
    assert all(wanted(dest) for dest in bundled)
    assert wanted("PySide6/Qt/translations/qtbase_fr.qm")
    assert wanted("PySide6/Qt/translations/qt_nl.qm")
    assert not wanted("PySide6/Qt/translations/qtbase_de.qm")
    assert wanted("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert wanted("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
    assert not wanted("PySide6/Qt/lib/libQt6Quick.so.6")
    binaries = [dest for dest, _src, _kind in spec["a"].binaries]
    assert binaries == ["PySide6/Qt/lib/libQt6Charts.so.6"]


def test_two_programs_share_one_folder(spec: dict[str, Any]) -> None:
    (analysis,) = Analysis.made
    assert [Path(s) for s in analysis.args[0]] == [ROOT / "yansenne" / "__main__.py"]
    programs = {exe.kwargs["name"]: exe.kwargs["console"] for exe in EXE.made}
    assert programs == {"yansenne": True, "yansenne-desk": False}
    assert all(exe.kwargs["exclude_binaries"] for exe in EXE.made)
    (collect,) = COLLECT.made
    assert collect.kwargs["name"] == "yansenne"
    assert all(any(exe is arg for arg in collect.args) for exe in EXE.made)
