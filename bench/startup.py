"""Start-up to the first painted main window on edition L, and the peak memory of the
application with L open, against a bare PySide6 window with the same libraries
imported, in alternating runs of the same command.

Targets: start-up at most 1.5 times the baseline; peak memory under 400 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench.common import edition_db, write_result

RUNS = 5


def probe(command: list[str]) -> tuple[float, int, str]:
    """Run a command with the first-paint probe on; (seconds, peak KB, libraries)."""
    env = {**os.environ, "YANSENNE_PROBE_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                            check=False)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            _, seconds, peak, libraries = (line.split(" ", 3) + [""])[:4]
            return float(seconds), int(peak), libraries
    raise RuntimeError(f"no first paint from {command}: {result.stderr[-2000:]}")


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
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return {
        "size": size,
        "libraries": libraries,
        "baseline_s": round(statistics.median(bare), 3),
        "startup_s": round(statistics.median(ours), 3),
        "ratio": round(statistics.median(ours) / statistics.median(bare), 2),
        "target_ratio": 1.5,
        "peak_memory_mb": round(max(peaks) / 1024, 1),
        "target_memory_mb": 400,
    }


if __name__ == "__main__":
    figures = run()
    print(figures)
    print(write_result("startup", figures))
