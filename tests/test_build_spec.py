"""build.spec ships every resource, without building.

The spec is executed with stand-ins for PyInstaller's Analysis, PYZ, EXE, COLLECT
and BUNDLE and for `PyInstaller.utils.hooks`, so this runs in a fraction of a second
and needs no PyInstaller. A forgotten migration, catalogue or data file fails here
instead of on a juror's laptop. The real build is checked by tools/check_build.py.
The Windows and macOS branches are executed too, with `sys.platform` faked: the
programs' names, icons and version resource, and the .app's Info.plist (the only
check of them short of a build on those systems, which the hosted CI does).
"""

from __future__ import annotations

import plistlib
import re
import sys
import types
from pathlib import Path
from typing import Any
from unittest import mock

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


class BUNDLE(Recorder):
    made: list[Recorder] = []


TARGETS: tuple[type[Recorder], ...] = (Analysis, PYZ, EXE, COLLECT, BUNDLE)


def execute_spec(platform: str, workpath: Path) -> dict[str, Any]:
    """The namespace left by executing build.spec as on `platform` (PyInstaller stubbed).

    The targets each made are in `namespace["_made"]`, by class name.
    """
    for target in TARGETS:
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
        "workpath": str(workpath), "specnm": "build",
        **{target.__name__: target for target in TARGETS},
    }
    try:
        with mock.patch.object(sys, "platform", platform):
            exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    namespace["_asked_submodules"] = asked
    namespace["_made"] = {target.__name__: list(target.made) for target in TARGETS}
    return namespace


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """build.spec as executed on Linux, where the tests run."""
    return execute_spec("linux", tmp_path_factory.mktemp("work-linux"))


@pytest.fixture(scope="module")
def windows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """build.spec as executed on Windows."""
    return execute_spec("win32", tmp_path_factory.mktemp("work-win32"))


@pytest.fixture(scope="module")
def mac(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """build.spec as executed on macOS."""
    return execute_spec("darwin", tmp_path_factory.mktemp("work-darwin"))


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
    made = spec["_made"]
    (analysis,) = made["Analysis"]
    assert [Path(s) for s in analysis.args[0]] == [ROOT / "yansenne" / "__main__.py"]
    programs = {exe.kwargs["name"]: exe.kwargs["console"] for exe in made["EXE"]}
    assert programs == {"yansenne": True, "yansenne-desk": False}
    assert all(exe.kwargs["exclude_binaries"] for exe in made["EXE"])
    (collect,) = made["COLLECT"]
    assert collect.kwargs["name"] == "yansenne"
    assert all(any(exe is arg for arg in collect.args) for exe in made["EXE"])


def test_linux_has_no_icon_version_or_app(spec: dict[str, Any]) -> None:
    """Linux unchanged: the folder only; icons come from the .desktop entry."""
    made = spec["_made"]
    assert not made["BUNDLE"]
    assert all(exe.kwargs["icon"] is None and exe.kwargs["version"] is None
               for exe in made["EXE"])


def _version() -> str:
    import yansenne

    return yansenne.__version__


def test_windows_programs(windows: dict[str, Any]) -> None:
    """yansenne.exe (console) and yansenne-desk.exe (windowed), the .ico, one folder."""
    made = windows["_made"]
    # PyInstaller appends .exe on Windows: the names stay bare.
    programs = {exe.kwargs["name"]: exe.kwargs["console"] for exe in made["EXE"]}
    assert programs == {"yansenne": True, "yansenne-desk": False}
    for exe in made["EXE"]:
        assert exe.kwargs["icon"] == str(ROOT / "resources" / "icons" / "yansenne.ico")
        assert exe.kwargs["upx"] is False
    (collect,) = made["COLLECT"]
    assert collect.kwargs["name"] == "yansenne"
    assert not made["BUNDLE"], "the .app is macOS's"


def _load_version_info(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The file read back as PyInstaller reads it on Windows (its own classes, eval)."""
    # Off Windows, stand-ins for what the module imports but only uses on executables.
    try:
        import pefile  # noqa: F401
    except ImportError:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    import PyInstaller.compat

    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo

    return eval(path.read_text(encoding="utf-8"), vars(versioninfo))  # as PyInstaller does


def test_windows_version_resource(windows: dict[str, Any],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Each program carries Yansenne's version, read back by PyInstaller's own parser."""
    pytest.importorskip("PyInstaller")  # the build extra
    version = _version()
    major, minor, patch = (int(n) for n in re.findall(r"\d+", version)[:3])
    for exe in windows["_made"]["EXE"]:
        path = Path(exe.kwargs["version"])
        assert path.is_file()
        info = _load_version_info(path, monkeypatch)
        assert type(info).__name__ == "VSVersionInfo"
        assert info.ffi.fileVersionMS == (major << 16) | minor
        assert info.ffi.fileVersionLS == patch << 16
        strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
        assert strings["ProductName"] == "Yansenne"
        assert strings["ProductVersion"] == strings["FileVersion"] == version
        assert strings["OriginalFilename"] == f"{exe.kwargs['name']}.exe"
        assert len(info.toRaw()) > 200  # serialises into the resource Windows reads


def test_version_numbers_windows_accepts() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from win_version_info import version_tuple
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("1.2") == (1, 2, 0, 0)
    assert version_tuple("2.3.4rc1") == (2, 3, 4, 0)
    assert version_tuple("1.0.0+local.7") == (1, 0, 0, 0)
    for bad in ("", "v1.0", "70000.0.0"):
        with pytest.raises(ValueError):
            version_tuple(bad)


def test_mac_app_bundle(mac: dict[str, Any]) -> None:
    """Yansenne.app wraps the folder, with the .icns and the identifier."""
    made = mac["_made"]
    (collect,) = made["COLLECT"]
    (bundle,) = made["BUNDLE"]
    assert bundle.args == (collect,)
    assert bundle.kwargs["name"] == "Yansenne.app"
    icon = Path(bundle.kwargs["icon"])
    assert icon == ROOT / "resources" / "icons" / "yansenne.icns"
    assert icon.read_bytes()[:4] == b"icns"
    assert all(exe.kwargs["icon"] == str(icon) for exe in made["EXE"])
    assert all(exe.kwargs["version"] is None for exe in made["EXE"])
    assert bundle.kwargs["bundle_identifier"] == "brussels.safe.yansenne"
    assert bundle.kwargs["version"] == _version()
    assert mac["_asked_submodules"]  # the same analysis as elsewhere


def test_mac_info_plist(mac: dict[str, Any]) -> None:
    """The .app opens .yansenne and .ballot files: declared types and document types."""
    (bundle,) = mac["_made"]["BUNDLE"]
    plist = bundle.kwargs["info_plist"]
    plistlib.loads(plistlib.dumps(plist))  # only types a plist holds
    programs = {exe.kwargs["name"]: exe.kwargs["console"] for exe in mac["_made"]["EXE"]}
    assert programs[plist["CFBundleExecutable"]] is False, "the .app starts the window"
    assert plist["LSBackgroundOnly"] is False  # else no Dock icon, no menu bar
    assert plist["CFBundleShortVersionString"] == _version()
    exported = {t["UTTypeIdentifier"]: t for t in plist["UTExportedTypeDeclarations"]}
    extensions = {ext: uti for uti, t in exported.items()
                  for ext in t["UTTypeTagSpecification"]["public.filename-extension"]}
    assert set(extensions) == {"yansenne", "ballot"}
    handled = {uti: doc for doc in plist["CFBundleDocumentTypes"]
               for uti in doc["LSItemContentTypes"]}
    for extension, uti in extensions.items():
        assert uti.startswith(bundle.kwargs["bundle_identifier"] + "."), extension
        assert uti in handled, f".{extension} declared but not opened"
        assert handled[uti]["LSHandlerRank"] == "Owner"
        assert handled[uti]["CFBundleTypeRole"] in {"Editor", "Viewer"}
        assert exported[uti]["UTTypeConformsTo"]
