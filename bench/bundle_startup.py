"""The PyInstaller bundle's start-up, cold and warm, against the venv's interpreter.

Two measures, each through the bundle's console program (build/dist/yansenne/
yansenne, built by `make build`) and, as the baseline in the same run, through
the venv (`python -m yansenne ...`), so that the figures are ratios bundle/venv:

- `yansenne --version`: wall time of the whole process;
- the desk's first paint on a small demo database (the probe of yansenne.ui.probe:
  seconds since the process started, and its peak memory).

Warm: the median of 5 alternating runs after one unmeasured run of each. Cold: the
first run after the page cache is dropped (`sync; echo 3 > /proc/sys/vm/drop_caches`),
which needs root on Linux; elsewhere cold is said to be unmeasurable and left out.
Dropping the cache slows every other program on the machine for a while: do not run
this beside other benchmarks.

Without a bundle the benchmark says so and records nothing, unless `--build` is
given: then it builds one first as `make build` does (a few minutes).

    .venv/bin/python -m bench.bundle_startup [--build] [--runs N] [--no-cold]

Writes bench/results/bundle_startup.json.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from bench.common import CACHE, ROOT, discard, median, wall, write_result
from bench.startup import probe

PROJECT = ROOT.parent
BUNDLE = PROJECT / "build" / "dist" / "yansenne" / "yansenne"
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
RUNS = 5


def build() -> None:
    """Build the bundle as `make build` does."""
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run([str(pyinstaller), "--noconfirm", "--clean", "build.spec",
                    "--distpath", "build/dist", "--workpath", "build/work"],
                   cwd=PROJECT, check=True)


def can_drop_caches() -> bool:
    """Only root on Linux may empty the page cache."""
    return sys.platform.startswith("linux") and os.geteuid() == 0 and DROP_CACHES.exists()


def drop_caches() -> None:
    """Empty the page cache, so the next run reads its files from the disk."""
    os.sync()
    DROP_CACHES.write_text("3\n", encoding="ascii")



def paint(command: list[str]) -> tuple[float, int]:
    """Seconds to the first paint, and peak KB, through the probe."""
    seconds, peak_kb, _ = probe(command)
    return seconds, peak_kb


def demo_database() -> Path:
    """A fresh demo database, made by the bundle itself."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "bundle-demo.sqlite"
    remove_database(path)
    subprocess.run([str(BUNDLE), "--db", str(path), "demo"], cwd=PROJECT, check=True,
                   stdout=subprocess.DEVNULL, timeout=300)
    return path


def remove_database(path: Path) -> None:
    discard(path)


def run(runs: int = RUNS, cold: bool = True) -> dict:
    db = demo_database()
    programs = {"bundle": [str(BUNDLE)], "venv": [sys.executable, "-m", "yansenne"]}
    version = {name: [*p, "--version"] for name, p in programs.items()}
    desk = {name: [*p, "--db", str(db)] for name, p in programs.items()}
    result: dict[str, object] = {"runs": runs, "bundle": str(BUNDLE.relative_to(PROJECT))}
    try:
        if cold and can_drop_caches():
            figures = {}
            for name in programs:
                drop_caches()
                figures[f"{name}_version_s"] = round(wall(version[name]), 3)
                drop_caches()
                figures[f"{name}_paint_s"] = round(paint(desk[name])[0], 3)
            result["cold"] = {
                **figures,
                "version_ratio": round(figures["bundle_version_s"] / figures["venv_version_s"], 2),
                "paint_ratio": round(figures["bundle_paint_s"] / figures["venv_paint_s"], 2),
            }
        else:
            reason = "not asked" if not cold else "needs root on Linux to drop the page cache"
            print(f"cold start not measured: {reason}")
            result["cold"] = None
            result["cold_skipped"] = reason
        for name in programs:  # unmeasured: fill the cache
            wall(version[name])
            paint(desk[name])
        times: dict[str, list[float]] = {}
        peaks: dict[str, list[int]] = {name: [] for name in programs}
        for _ in range(runs):
            for name in programs:
                times.setdefault(f"{name}_version_s", []).append(wall(version[name]))
                seconds, peak = paint(desk[name])
                times.setdefault(f"{name}_paint_s", []).append(seconds)
                peaks[name].append(peak)
        warm = {key: round(median(values), 3) for key, values in times.items()}
        result["warm"] = {
            **warm,
            "version_ratio": round(median(times["bundle_version_s"])
                                   / median(times["venv_version_s"]), 2),
            "paint_ratio": round(median(times["bundle_paint_s"])
                                 / median(times["venv_paint_s"]), 2),
            "bundle_peak_mb": round(max(peaks["bundle"]) / 1024, 1),
            "venv_peak_mb": round(max(peaks["venv"]) / 1024, 1),
        }
    finally:
        remove_database(db)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="build the bundle if absent")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--no-cold", action="store_true", help="leave the page cache alone")
    args = parser.parse_args()
    if not BUNDLE.exists():
        if not args.build:
            print(f"no bundle at {BUNDLE.relative_to(PROJECT)}: `make build` first, or pass "
                  "--build; skipped, nothing recorded")
            return 0
        build()
    figures = run(args.runs, cold=not args.no_cold)
    print(figures)
    print(write_result("bundle_startup", figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
