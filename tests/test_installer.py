"""The Windows installer: compiled by makensis over a stand-in bundle, and its script read.

The bundle itself is only built on Windows (the hosted CI's Windows job packs the
real one); here tools/build_installer.py makes a folder with its file names, and
makensis (Debian's `nsis`) compiles installer/yansenne.nsi over it: syntax, the three
languages, includes and plug-ins, and the files packed. If 7-Zip (`7zz`, which reads
NSIS installers) is there, the packed file list is checked too. What the installer
does on Windows is not run here: the script's text is checked for per-user rules.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "yansenne.nsi"
sys.path.insert(0, str(ROOT / "tools"))
try:
    import build_installer
finally:
    sys.path.remove(str(ROOT / "tools"))


def _text() -> str:
    """The script without comments (`;` or `#` starting a line)."""
    lines = SCRIPT.read_text(encoding="utf-8-sig").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith((";", "#")))


def _section(text: str, name: str) -> str:
    match = re.search(rf'^Section "{name}".*?^SectionEnd', text, re.MULTILINE | re.DOTALL)
    assert match, name
    return match.group(0)


@pytest.fixture(scope="module")
def installer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The setup program compiled over a stand-in bundle."""
    if shutil.which("makensis") is None:
        if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail("makensis is missing in CI: tools/system_packages.sh installs nsis")
        pytest.skip("makensis not installed (Debian package nsis)")
    output = tmp_path_factory.mktemp("installer") / "yansenne-setup.exe"
    return build_installer.build(None, output)


def test_installer_compiles(installer: Path) -> None:
    data = installer.read_bytes()
    assert data[:2] == b"MZ", "a Windows program"
    assert b"Nullsoft" in data or b"NullsoftInst" in data
    assert len(data) > 100_000  # the stub, the languages, the plug-ins


def test_installer_packs_the_bundle(installer: Path) -> None:
    seven = shutil.which("7zz") or shutil.which("7z")
    if seven is None:
        pytest.skip("7-Zip not installed: cannot list the installer's files")
    listing = subprocess.run([seven, "l", str(installer)], capture_output=True, text=True,
                             check=True).stdout.replace("\\", "/")
    for name in build_installer.STAND_IN_FILES:
        assert name in listing, name
    assert "uninstall.exe" in listing


def test_stand_in_has_the_windows_names(tmp_path: Path) -> None:
    bundle = build_installer.make_stand_in(tmp_path / "yansenne")
    assert build_installer.missing_programs(bundle) == []
    assert (bundle / "_internal" / "data" / "demo_edition.xlsx").is_file()
    (bundle / "yansenne-desk.exe").unlink()
    assert build_installer.missing_programs(bundle) == ["yansenne-desk.exe"]


def test_a_bundle_without_programs_is_refused(tmp_path: Path) -> None:
    (tmp_path / "linux-bundle").mkdir()
    (tmp_path / "linux-bundle" / "yansenne").write_bytes(b"ELF")
    with pytest.raises(RuntimeError, match="yansenne.exe"):
        build_installer.build(tmp_path / "linux-bundle", tmp_path / "setup.exe")


def test_per_user_without_administrator() -> None:
    text = _text()
    assert re.search(r"^RequestExecutionLevel user$", text, re.MULTILINE)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\Yansenne"$', text, re.MULTILINE)
    assert "Unicode true" in text
    # Every registry access under HKCU: nothing machine-wide, nothing needing admin.
    registry = re.findall(r"^\s*(?:Write|Delete)Reg\w*\s+(?:/\w+\s+)?(\S+)", text,
                          re.MULTILINE)
    registry += re.findall(r"^\s*ReadReg\w*\s+\$\w+\s+(\S+)", text, re.MULTILINE)
    assert registry and set(registry) == {"HKCU"}
    for word in ("HKLM", "HKEY_LOCAL_MACHINE", "HKCR", "HKEY_CLASSES_ROOT", "SHCTX",
                 "SetShellVarContext all", "$PROGRAMFILES", "$COMMONFILES"):
        assert word not in text, word


def test_languages() -> None:
    languages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', _text(), re.MULTILINE)
    assert set(languages) == {"English", "French", "Dutch"}
    for name in re.findall(r"^LangString (\w+) ", _text(), re.MULTILINE):
        assert len(re.findall(rf"^LangString {name} ", _text(), re.MULTILINE)) == 3, name


def test_start_menu_and_associations_run_the_desk() -> None:
    """A double-click runs `yansenne-desk.exe FILE`: the entry point of `yansenne FILE`."""
    section = _section(_text(), "Yansenne")
    assert re.search(r'CreateShortcut "\$SMPROGRAMS\\\$\{APP\}\.lnk" "\$INSTDIR\\\$\{DESK\}"',
                     section)
    assert '!define DESK "yansenne-desk.exe"' in _text()
    command = r"""\shell\open\command" "" '"$INSTDIR\${DESK}" "%1"'"""
    assert command in _text()
    for extension in (".yansenne", ".ballot"):
        assert f"!insertmacro Associate \"{extension}\"" in section
    assert 'UNINSTALL_KEY "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Yansenne"' \
        in _text()
    assert "UninstallString" in section and "QuietUninstallString" in section


def test_uninstaller_keeps_the_users_data() -> None:
    """Only the installed files go; the data folder and anything else stay."""
    text = _text()
    section = _section(text, "Uninstall")
    for target in re.findall(r'^\s*RMDir\s+/r\s+"([^"]+)"', section, re.MULTILINE):
        assert target == "$INSTDIR\\_internal", target  # never $INSTDIR itself
    assert re.search(r'^\s*RMDir "\$INSTDIR"$', section, re.MULTILINE), "only if empty"
    for removed in re.findall(r'^\s*(?:Delete|RMDir)\s+(?:/\w+\s+)?"([^"]+)"', section,
                              re.MULTILINE):
        assert removed.startswith(("$INSTDIR", "$SMPROGRAMS")), removed
    for data in ("safe.brussels", "$APPDATA", "$LOCALAPPDATA", "$PROFILE", "$DOCUMENTS"):
        assert data not in section.replace("$(DataKept)", ""), data
    # Associations go with the program, the extension only if it is still ours.
    assert "!insertmacro Dissociate \".yansenne\"" in section
    assert "!insertmacro Dissociate \".ballot\"" in section
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in section


def test_data_folder_named_in_the_script_is_the_programs() -> None:
    """The folder the uninstaller promises to keep is where yansenne/paths.py puts data."""
    from yansenne.paths import APP_AUTHOR, APP_NAME

    assert f"$LOCALAPPDATA\\{APP_AUTHOR}\\{APP_NAME}" in SCRIPT.read_text(encoding="utf-8-sig")


def test_never_replaces_or_removes_a_running_program() -> None:
    """An update or uninstall while Yansenne runs stops before touching a file."""
    text = _text()
    for name, call in (("Yansenne", "Call RefuseWhileRunning"),
                       ("Uninstall", "Call un.RefuseWhileRunning")):
        section = _section(text, name)
        commands = [line.strip() for line in section.splitlines()[1:] if line.strip()]
        first_change = next(i for i, line in enumerate(commands)
                            if line.startswith(("Delete", "RMDir", "File", "WriteReg",
                                                "!insertmacro", "CreateShortcut")))
        assert call in commands[:first_change], name
    assert "/SD IDCANCEL" in text, "a silent run gives up instead of waiting for a click"
