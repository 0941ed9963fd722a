"""The committed forms match their Designer sources (as MusicBrainz Picard checks)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import ROOT, load_tool


def test_forms_are_regenerated_from_ui_files(tmp_path: Path) -> None:
    build_forms = load_tool("build_forms")
    written = build_forms.build(tmp_path)
    assert {p.name for p in written} >= {"ui_main_window.py", "ui_about_dialog.py",
                                         "ui_project_detail.py"}
    committed_dir = ROOT / "yansenne" / "ui" / "forms"
    stale = [p.name for p in written
             if not (committed_dir / p.name).exists()
             or (committed_dir / p.name).read_bytes() != p.read_bytes()]
    assert not stale, f"run tools/build_forms.py: {stale} differ from ui/*.ui"
    orphans = {p.name for p in committed_dir.glob("ui_*.py")} - {p.name for p in written}
    assert not orphans, f"forms without a ui/ source: {sorted(orphans)}"


def test_forms_say_they_are_generated() -> None:
    for form in (ROOT / "yansenne" / "ui" / "forms").glob("ui_*.py"):
        assert "do not edit" in form.read_text(encoding="utf-8").splitlines()[0]
