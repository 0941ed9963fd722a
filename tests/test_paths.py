"""Where the program finds its shipped files and keeps the user's data, on every
platform: beside the package in a checkout, under PyInstaller's folder in a build, and
the user's data in the platform's own place (never a hard-coded `~/...` or `/tmp`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from yansenne import paths


def test_a_build_finds_its_files_in_the_bundle(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.data_dir() == tmp_path / "data"
    assert paths.resources_dir() == tmp_path / "resources"


def test_a_checkout_finds_its_files_beside_the_package() -> None:
    assert (paths.data_dir() / "demo_edition.xlsx").is_file()
    assert paths.demo_workbook() == paths.data_dir() / "demo_edition.xlsx"


def test_the_database_follows_the_environment_then_the_platform(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YANSENNE_DB", "C:\\Users\\jury\\prix.sqlite")
    assert paths.default_database(create=False) == "C:\\Users\\jury\\prix.sqlite"
    monkeypatch.delenv("YANSENNE_DB")
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_path",
                        lambda name, author: tmp_path / author / name)
    assert Path(paths.default_database()) == tmp_path / "safe.brussels" / "Yansenne" / \
        "yansenne.sqlite"
    assert (tmp_path / "safe.brussels" / "Yansenne").is_dir()
