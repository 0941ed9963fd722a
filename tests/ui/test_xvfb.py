"""The real window on a real X server: Xvfb, the xcb platform plugin, a screenshot."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.helpers import distinct_colours, run_app
from yansenne.store.database import Database

XVFB = shutil.which("Xvfb")


@pytest.fixture
def x_display() -> Iterator[str]:
    """Start Xvfb on a display number it picks itself (-displayfd), stop it afterwards."""
    if XVFB is None:
        pytest.skip("Xvfb is not installed")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", "1366x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not report a display number")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.mark.xvfb
@pytest.mark.slow
def test_main_window_on_xvfb(x_display: str, small_db: Database, tmp_path: Path) -> None:
    shot = tmp_path / "xvfb.png"
    result = run_app(small_db.path, shot, tmp_path / "config", lang="nl",
                     env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display})
    assert result.returncode == 0, result.stderr
    assert shot.exists()
    assert distinct_colours(shot) > 20
