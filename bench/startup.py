"""Start-up to the first painted main window on edition L, against a bare PySide6
window with the same libraries imported, in alternating runs of the same command;
and the peak memory of the application with L open, at its first paint and after
every page of the desk was shown once (the work each page starts in the background
finished: results, deliberation…).

Each run is a first start: its settings in a fresh folder (XDG_CONFIG_HOME), so
that the page remembered from an earlier session (Stages, say) does not decide what
is built before the first paint.

Targets: start-up at most 1.5 times the baseline; peak memory under 300 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

from bench.common import discard, edition_db, write_result

RUNS = 5
TARGET_MEMORY_MB = 300


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "YANSENNE_PROBE_PAINT": "1", "QT_QPA_PLATFORM": "offscreen",
            **extra}


def _run(command: list[str], timeout: int, **extra: str) -> subprocess.CompletedProcess:
    """`command` with the probe on, in a first start (settings in a fresh folder)."""
    with tempfile.TemporaryDirectory(prefix="yansenne-bench-") as config:
        return subprocess.run(command, env=_env(XDG_CONFIG_HOME=config, **extra),
                              capture_output=True, text=True, timeout=timeout, check=False)


def probe(command: list[str]) -> tuple[float, int, str]:
    """Run a command with the first-paint probe on; (seconds, peak KB, libraries)."""
    result = _run(command, 300)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            _, seconds, peak, libraries = (line.split(" ", 3) + [""])[:4]
            return float(seconds), int(peak), libraries
    raise RuntimeError(f"no first paint from {command}: {result.stderr[-2000:]}")


def probe_pages(command: list[str]) -> tuple[int, int]:
    """Run the application with the pages probe on: (peak KB, resident KB) once every
    page was shown and its background work done."""
    result = _run(command, 900, YANSENNE_PROBE_PAGES="1")
    for line in result.stdout.splitlines():
        if line.startswith("pages "):
            _, peak, resident = line.split()
            return int(peak), int(resident)
    raise RuntimeError(f"no page visit from {command}: {result.stderr[-2000:]}")


def run(size: str = "L", runs: int = RUNS) -> dict:
    db_path, _ = edition_db(size)
    app = [sys.executable, "-m", "yansenne", "--db", str(db_path)]
    _, _, libraries = probe(app)  # also warms the disk cache for both
    baseline = [sys.executable, "-m", "bench.startup_baseline", libraries]
    ours, bare, peaks = [], [], []
    for _ in range(runs):
        seconds, peak, _ = probe(app)
        ours.append(seconds)
        peaks.append(peak)
        bare.append(probe(baseline)[0])
    pages_peak, pages_resident = probe_pages(app)
    discard(db_path)
    return {
        "size": size,
        "libraries": libraries,
        "baseline_s": round(statistics.median(bare), 3),
        "startup_s": round(statistics.median(ours), 3),
        "ratio": round(statistics.median(ours) / statistics.median(bare), 2),
        "target_ratio": 1.5,
        "first_paint_memory_mb": round(max(peaks) / 1024, 1),
        "pages_memory_mb": round(pages_peak / 1024, 1),
        "pages_resident_mb": round(pages_resident / 1024, 1),
        "peak_memory_mb": round(max(*peaks, pages_peak) / 1024, 1),
        "target_memory_mb": TARGET_MEMORY_MB,
    }


if __name__ == "__main__":
    figures = run()
    print(figures)
    print(write_result("startup", figures))
