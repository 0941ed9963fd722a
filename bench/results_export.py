"""`results export` of edition L (320,000 scores), against openpyxl's write-only mode
writing the same cells.

The baseline writes exactly the values of the exported workbook, sheet by sheet, in
write-only mode and without any styling, table, chart or print setup: the least any
export of those cells must do. The ratio says what reading the database, ranking
under every method and dressing the workbook cost on top. Target: at most 1.3 times
the baseline, and a peak memory (resident set, measured in a fresh process) under
300 MB. Runs are interleaved, and the ratio compares the median CPU time of each
(both are single-threaded; CPU time is what a shared, busy machine disturbs least);
the ratio of median wall times is written too.

    .venv/bin/python -m bench.results_export [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import CACHE, ROOT, discard, edition_db, median, write_result

TARGET_RATIO = 1.3
TARGET_PEAK_MB = 300


def export_once(db_path: Path, year: int, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one export (the database opened beforehand)."""
    from yansenne.reports.results_workbook import export_results
    from yansenne.store.opening import open_database

    db = open_database(db_path)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        export_results(db, year, out, lang="en")
        return time.perf_counter() - start, time.process_time() - cpu
    finally:
        db.close()


def cells_of(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's values as read back from the exported workbook (not timed)."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in workbook.worksheets]
    finally:
        workbook.close()


def write_plain(sheets: list[tuple[str, list[tuple[Any, ...]]]],
                out: Path) -> tuple[float, float]:
    """The baseline: the same values, write-only mode, nothing else (wall, CPU seconds)."""
    from openpyxl import Workbook

    start, cpu = time.perf_counter(), time.process_time()
    workbook = Workbook(write_only=True)
    for title, rows in sheets:
        ws = workbook.create_sheet(title)
        for row in rows:
            ws.append(row)
    workbook.save(out)
    return time.perf_counter() - start, time.process_time() - cpu


def peak_in_child(db_path: Path, year: int, out: Path) -> dict[str, float]:
    """Time and peak resident memory of one export in a fresh interpreter.

    The peak is the child's own high-water mark (VmHWM on Linux): ru_maxrss would
    also count the pages the child shared with this process before exec.
    """
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from bench.results_export import export_once, own_peak_mb\n"
        "seconds, _ = export_once(Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))\n"
        "print(json.dumps({'seconds': seconds, 'peak_mb': own_peak_mb()}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(db_path), str(year), str(out)],
                          cwd=ROOT.parent, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def own_peak_mb() -> float:
    """This process's peak resident memory in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def run(size: str = "L", repeat: int = 3) -> dict[str, Any]:
    db_path, year = edition_db(size)
    ours_path = CACHE / f"results-{size}.xlsx"
    plain_path = CACHE / f"results-{size}-plain.xlsx"
    try:
        child = peak_in_child(db_path, year, ours_path)  # first: this process is still small
        export_once(db_path, year, ours_path)  # warm-up, and the cells for the baseline
        sheets = cells_of(ours_path)
        cells = sum(len(r) for _, rows in sheets for r in rows)
        baseline, ours = [], []
        for _ in range(repeat):  # interleaved, so a busy moment hits both alike
            baseline.append(write_plain(sheets, plain_path))
            ours.append(export_once(db_path, year, ours_path))
    finally:
        discard(db_path)
    cpu_base, cpu_ours = [c for _, c in baseline], [c for _, c in ours]
    wall_base, wall_ours = [w for w, _ in baseline], [w for w, _ in ours]
    return {
        "size": size,
        "cells": cells,
        "workbook_mb": round(ours_path.stat().st_size / 1e6, 2),
        "baseline_cpu_s": round(median(cpu_base), 3),
        "export_cpu_s": round(median(cpu_ours), 3),
        "ratio": round(median(cpu_ours) / median(cpu_base), 3),
        "target_ratio": TARGET_RATIO,
        "wall_ratio_of_medians": round(median(wall_ours) / median(wall_base), 3),
        "peak_mb": round(child["peak_mb"], 1),
        "target_peak_mb": TARGET_PEAK_MB,
        "child_export_s": round(child["seconds"], 3),
        "runs": {"baseline_cpu_s": _rounded(cpu_base), "export_cpu_s": _rounded(cpu_ours),
                 "baseline_wall_s": _rounded(wall_base), "export_wall_s": _rounded(wall_ours)},
    }


def _rounded(values: list[float]) -> list[float]:
    return [round(v, 3) for v in values]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="L", choices=("S", "M", "L"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = run(args.size, args.repeat)
    path = write_result("results_export", result)
    print(json.dumps(result, indent=2))
    print(f"written to {path}")
    ok = result["ratio"] <= TARGET_RATIO and result["peak_mb"] < TARGET_PEAK_MB
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
