"""`python -m bench` (or `make bench`): every benchmark, then one table.

Each benchmark runs in its own process (so that one's imports, caches and memory
do not flatter or burden the next), writes bench/results/NAME.json, and is
summed up here into bench/results.json and the Markdown table bench/RESULTS.md,
which the README shows. `python -m bench --only rank startup` runs a few;
`python -m bench --table` only rebuilds the table from the last results.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.common import RESULTS, ROOT, machine

BENCHMARKS = ("startup", "score_commit", "rank", "results_export", "dossier", "edition_import",
              "uncertainty")


@dataclass
class Row:
    measure: str
    ours: str
    baseline: str
    figure: str
    target: str
    met: bool


def _s(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def _startup(r: dict[str, Any]) -> list[Row]:
    return [
        Row("start-up to the first painted window, edition L", _s(r["startup_s"]),
            f"bare PySide6 window, same libraries: {_s(r['baseline_s'])}", f"{r['ratio']}×",
            f"≤ {r['target_ratio']}×", r["ratio"] <= r["target_ratio"]),
        Row("peak memory of the application with L open", f"{r['peak_memory_mb']} MB", "—",
            f"{r['peak_memory_mb']} MB", f"< {r['target_memory_mb']} MB",
            r["peak_memory_mb"] < r["target_memory_mb"]),
    ]


def _score_commit(r: dict[str, Any]) -> list[Row]:
    return [Row("typed score to its committed row (median of {edits})".format(**r),
                f"{r['typed_to_commit_median_s'] * 1000:.2f} ms",
                f"bare sqlite3 insert-and-commit: {r['bare_insert_commit_median_s'] * 1000:.2f} ms",
                f"{r['ratio']:.2f}×", f"≤ {r['target']}×", bool(r["within_target"]))]


def _rank(r: dict[str, Any]) -> list[Row]:
    baseline = _s(r["baseline_group_by_s"])
    return [Row("rank on L: every method, agreement, leave-one-juror-out",
                _s(r["pipeline_s"]), f"one SQL GROUP BY of the totals: {baseline}",
                f"{r['ratio_pipeline_to_group_by']}×", f"< {r['target_s']} s",
                r["pipeline_s"] < r["target_s"])]


def _results_export(r: dict[str, Any]) -> list[Row]:
    return [
        Row(f"results export of L ({r['cells']:,} cells)", _s(r["export_cpu_s"]) + " CPU",
            f"openpyxl write_only, same cells: {_s(r['baseline_cpu_s'])} CPU",
            f"{r['ratio']:.2f}×", f"≤ {r['target_ratio']}×", r["ratio"] <= r["target_ratio"]),
        Row("peak memory of the results export of L", f"{r['peak_mb']} MB", "—",
            f"{r['peak_mb']} MB", f"< {r['target_peak_mb']} MB",
            r["peak_mb"] < r["target_peak_mb"]),
    ]


def _dossier(r: dict[str, Any]) -> list[Row]:
    rows = []
    for lang, d in r["dossier"].items():
        rows.append(Row(f"dossier of M ({r['projects']} projects), {lang}", _s(d["seconds"]),
                        f"{d['pages']} pages", f"{d['pages_per_second']} pages/s",
                        f"< {r['target_seconds']} s", d["seconds"] < r["target_seconds"]))
    return rows


def _edition_import(r: dict[str, Any]) -> list[Row]:
    return [Row(f"edition import of L's workbook ({r['workbook_mb']} MB)", _s(r["import_s"]),
                f"openpyxl read_only reading it: {_s(r['baseline_s'])}", f"{r['ratio']}×",
                f"≤ {r['target_ratio']}×", r["ratio"] <= r["target_ratio"])]


def _uncertainty(r: dict[str, Any]) -> list[Row]:
    """Resampling the jurors ({draws} draws) against one plain ranking, per method."""
    rows = []
    for method, m in r["panel_40x300"].items():
        seconds = _s(m["uncertainty_s"]) + (" (estimated)" if m["estimated"] else "")
        rows.append(Row(f"uncertainty, {r['draws']:,} draws, {method}, 40 jurors × 300 projects",
                        seconds, f"one ranking, same method: {_s(m['ranking_s'])}",
                        f"{m['ratio']}×", f"< {UNCERTAINTY_TARGET_S} s",
                        m["uncertainty_s"] < UNCERTAINTY_TARGET_S))
    return rows


#: What the Results page and `rank` can ask a secretary to wait for.
UNCERTAINTY_TARGET_S = 30


ROWS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "startup": _startup, "score_commit": _score_commit, "rank": _rank,
    "results_export": _results_export, "dossier": _dossier, "edition_import": _edition_import,
    "uncertainty": _uncertainty,
}


def run_one(name: str) -> float:
    """Run one benchmark in its own process; its wall time."""
    start = time.perf_counter()
    print(f"== {name}", flush=True)
    subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=ROOT.parent, check=True)
    return time.perf_counter() - start


def table(results: dict[str, dict[str, Any]]) -> str:
    info = machine()
    lines = [
        f"Measured on {info['platform']}, {info['cpus']} CPUs, Python {info['python']}, "
        f"{time.strftime('%Y-%m-%d')}.",
        "",
        "| measure | Yansenne | baseline (same run) | figure | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name in BENCHMARKS:
        if name not in results:
            continue
        for row in ROWS[name](results[name]):
            lines.append(f"| {row.measure} | {row.ours} | {row.baseline} | {row.figure} | "
                         f"{row.target} | {'yes' if row.met else '**no**'} |")
    return "\n".join(lines) + "\n"


def collect() -> dict[str, dict[str, Any]]:
    results = {}
    for name in BENCHMARKS:
        path = RESULTS / f"{name}.json"
        if path.exists():
            results[name] = json.loads(path.read_text(encoding="utf-8"))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", choices=BENCHMARKS, help="run only these")
    parser.add_argument("--table", action="store_true", help="only rebuild the table")
    args = parser.parse_args(argv)
    if not args.table:
        for name in args.only or BENCHMARKS:
            run_one(name)
    results = collect()
    (ROOT / "results.json").write_text(
        json.dumps({"machine": machine(), "results": results}, indent=2, ensure_ascii=False)
        + "\n", encoding="utf-8")
    text = table(results)
    (ROOT / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
