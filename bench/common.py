"""What every benchmark shares: the synthetic editions S, M and L, timing by median
of repeated runs, and writing results to `bench/results/`.

Figures are ratios against a baseline measured in the same run, so that they hold
on a noisy machine; absolute times are written too, for the record.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results"
CACHE = ROOT / ".cache"

# The programs measured run from compiled bytecode, as an installed copy or the bundle
# does: with PYTHONDONTWRITEBYTECODE set (some shells and containers set it) every
# start would compile our sources again, a cost no user pays and the baselines (whose
# libraries come compiled) never carry. The bytecode goes to the (ignored) cache folder.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", str(CACHE / "pyc"))
#: Where write_result writes instead of bench/results/, when set: `python -m bench.check`
#: runs the benchmarks again without touching the committed figures.
OUT_ENV = "YANSENNE_BENCH_OUT"


@dataclass(frozen=True)
class Size:
    name: str
    projects: int
    jurors: int
    criteria: int
    year: int


SIZES = {
    "S": Size("S", 30, 9, 4, 2041),
    "M": Size("M", 200, 15, 6, 2042),
    "L": Size("L", 1000, 40, 8, 2043),
}


def edition_db(size: str, seed: int = 1) -> tuple[Path, int]:
    """A SQLite file holding the synthetic edition `size` (built once, then copied from
    the cache so that each benchmark starts from the same bytes); returns (path, year)."""
    from yansenne.domain.synthetic import build_synthetic
    from yansenne.store.database import SCHEMA_HEAD
    from yansenne.store.opening import open_database

    spec = SIZES[size]
    CACHE.mkdir(parents=True, exist_ok=True)
    # Keyed by schema revision: an outdated copy would be migrated inside the timing.
    cached = CACHE / f"{size}-{seed}-schema{SCHEMA_HEAD}.sqlite"
    if not cached.exists():
        tmp = cached.with_suffix(".part")
        tmp.unlink(missing_ok=True)
        db = open_database(tmp)
        build_synthetic(db, year=spec.year, projects=spec.projects, jurors=spec.jurors,
                        criteria=spec.criteria, seed=seed)
        db.checkpoint()
        db.close()
        tmp.replace(cached)
        discard(tmp)  # the side files the build left beside it
    work = CACHE / f"work-{size}-{seed}-{time.monotonic_ns()}.sqlite"
    shutil.copyfile(cached, work)
    return work, spec.year


def discard(path: Path) -> None:
    """Remove a benchmark's database with every side file SQLite and our guard leave
    beside it (WAL, shared memory, journal, lock files)."""
    from yansenne.store.guard import SIDE_SUFFIXES

    for suffix in ("", *SIDE_SUFFIXES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def timed(fn: Callable[[], Any], repeat: int = 5, warmup: int = 1) -> list[float]:
    """Wall times in seconds of `repeat` runs of `fn`, after `warmup` unmeasured ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def wall(command: list[str], timeout: float = 600) -> float:
    """Seconds from spawning `command` (in the project's folder) to its exit; its output
    is thrown away, a failure raised with the end of what it said."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT.parent, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, timeout=timeout, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed: {result.stderr.decode()[-2000:]}")
    return seconds


def median(times: list[float]) -> float:
    return statistics.median(times)


def machine() -> dict[str, Any]:
    import os

    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def results_dir() -> Path:
    """bench/results/, or the folder named by $YANSENNE_BENCH_OUT."""
    import os

    override = os.environ.get(OUT_ENV)
    return Path(override) if override else RESULTS


def write_result(name: str, data: dict[str, Any]) -> Path:
    """Write one benchmark's figures to bench/results/NAME.json (or $YANSENNE_BENCH_OUT)."""
    folder = results_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    record = {"benchmark": name, "machine": machine(), **data}
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
