"""Helpers shared by the UI tests that run the application in a subprocess."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def load_tool(name: str) -> ModuleType:
    """Import `tools/<name>.py` (tools/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_app(db: Path, screenshot: Path, config: Path, lang: str = "fr",
            env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """`yansenne.ui.app.run(..., screenshot=)` in a fresh interpreter, settings in `config`."""
    code = (
        "import sys; from yansenne.ui.app import run; "
        f"sys.exit(run({str(db)!r}, lang={lang!r}, screenshot={str(screenshot)!r}))"
    )
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(config),
                **(env or {})}
    return subprocess.run([sys.executable, "-c", code], env=full_env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout, check=False)


def distinct_colours(path: Path, step: int = 7) -> int:
    """How many colours a sample of the image holds (1 for a blank grab)."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})
