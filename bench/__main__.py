"""`python -m bench` (or `make bench`): every benchmark, then one table.

Each benchmark runs in its own process (so that one's imports, caches and memory
do not flatter or burden the next), writes bench/results/NAME.json, and is
summed up here into bench/results.json and the Markdown table bench/RESULTS.md,
which the README shows. `python -m bench --only rank startup` runs a few;
`python -m bench --table` only rebuilds the table from the last results.
`python -m bench.check` (`make bench-check`) runs them again and compares.
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

BENCHMARKS = ("startup", "cli_start", "bundle_startup", "score_commit", "rank", "rank_command",
              "results_export", "dossier", "edition_import", "uncertainty")

#: The issue's targets where they are stricter than a benchmark's older results say.
STARTUP_MEMORY_TARGET_MB = 300
EDITION_IMPORT_TARGET_RATIO = 1.3


@dataclass
class Row:
    measure: str
    ours: str
    baseline: str
    figure: str
    target: str
    met: bool | None  # None: recorded, no target


def _s(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def _startup(r: dict[str, Any]) -> list[Row]:
    return [
        Row("start-up to the first painted window, edition L", _s(r["startup_s"]),
            f"bare PySide6 window, same libraries: {_s(r['baseline_s'])}", f"{r['ratio']}×",
            f"≤ {r['target_ratio']}×", r["ratio"] <= r["target_ratio"]),
        Row("peak memory of the application with L open", f"{r['peak_memory_mb']} MB", "—",
            f"{r['peak_memory_mb']} MB", f"< {STARTUP_MEMORY_TARGET_MB} MB",
            r["peak_memory_mb"] < STARTUP_MEMORY_TARGET_MB),
    ]


def _cli_start(r: dict[str, Any]) -> list[Row]:
    bare = f"bare `python -c pass`: {_s(r['baseline_s'])}"
    target = r["target_ratio"]
    rows = [Row("`python -m yansenne --version`", _s(r["version_s"]), bare, f"{r['ratio']}×",
                f"≤ {target}×", r["ratio"] <= target)]
    if "script_ratio" in r:
        rows.append(Row("`yansenne --version` (the installed console script)",
                        _s(r["script_version_s"]), bare, f"{r['script_ratio']}×", f"≤ {target}×",
                        r["script_ratio"] <= target))
    rows.append(Row("`python -m yansenne --help`", _s(r["help_s"]), bare, f"{r['help_ratio']}×",
                    "—", None))
    return rows


def _bundle_startup(r: dict[str, Any]) -> list[Row]:
    """Bundle against the venv, warm and (when measurable) cold; recorded, no target."""
    rows = []
    for state in ("warm", "cold"):
        m = r.get(state)
        if not m:
            continue
        rows.append(Row(f"bundle `yansenne --version`, {state}", _s(m["bundle_version_s"]),
                        f"venv `python -m yansenne --version`: {_s(m['venv_version_s'])}",
                        f"{m['version_ratio']}×", "—", None))
        rows.append(Row(f"bundle first paint of the desk on the demo, {state}",
                        _s(m["bundle_paint_s"]),
                        f"venv `python -m yansenne`, same database: {_s(m['venv_paint_s'])}",
                        f"{m['paint_ratio']}×", "—", None))
    return rows


def _score_commit(r: dict[str, Any]) -> list[Row]:
    return [Row("typed score to its committed row (median of {edits})".format(**r),
                f"{r['typed_to_commit_median_s'] * 1000:.2f} ms",
                f"bare sqlite3 insert-and-commit: {r['bare_insert_commit_median_s'] * 1000:.2f} ms",
                f"{r['ratio']:.2f}×", f"≤ {r['target']}×", bool(r["within_target"])),
            *_keys_to_grid(r), *_cell_moves(r)]


def _cell_moves(r: dict[str, Any]) -> list[Row]:
    """Arrow keys in the juror's shown grid, against a bare QTableView's."""
    if "cell_moves" not in r:
        return []
    m = r["cell_moves"]
    return [Row(f"a move of the grid's cell, repainted (median of {m['moves']} arrow keys)",
                f"{m['move_median_s'] * 1000:.2f} ms",
                f"bare QTableView, same cells and size: {m['bare_move_median_s'] * 1000:.2f} ms",
                f"{m['ratio']:.2f}×", "—", None)] + ([Row(
                f"a typed mark until the window has shown it (median of {m['marks']})",
                f"{m['mark_shown_median_s'] * 1000:.2f} ms",
                "bare QTableView, same keys, no store: "
                f"{m['bare_mark_shown_median_s'] * 1000:.2f} ms",
                f"{m['mark_shown_ratio']:.2f}×", "—", None)] if "marks" in m else [])


def _keys_to_grid(r: dict[str, Any]) -> list[Row]:
    """The same marks with every key sent to the grid, which hands them to the editor."""
    if "keys_to_grid" not in r:
        return []
    g = r["keys_to_grid"]
    return [Row("the same, every key sent to the grid (handed on to the editor)",
                f"{g['typed_to_commit_median_s'] * 1000:.2f} ms",
                f"bare sqlite3 insert-and-commit: {g['bare_insert_commit_median_s'] * 1000:.2f} ms",
                f"{g['ratio']:.2f}×", "—", None)]


def _rank(r: dict[str, Any]) -> list[Row]:
    baseline = _s(r["baseline_group_by_s"])
    return [Row("rank on L: every method, agreement, leave-one-juror-out",
                _s(r["pipeline_s"]), f"one SQL GROUP BY of the totals: {baseline}",
                f"{r['ratio_pipeline_to_group_by']}×", f"< {r['target_s']} s",
                r["pipeline_s"] < r["target_s"])]


def _rank_command(r: dict[str, Any]) -> list[Row]:
    return [Row("rank on L, whole process, with uncertainty and agreement", _s(r["rank_s"]),
                f"sqlite3+numpy mean ranking: {_s(r['baseline_s'])}", f"{r['ratio']}×",
                f"≤ {r['target_ratio']}×", r["ratio"] <= r["target_ratio"])]


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
                f"≤ {EDITION_IMPORT_TARGET_RATIO}×", r["ratio"] <= EDITION_IMPORT_TARGET_RATIO)]


def _uncertainty(r: dict[str, Any]) -> list[Row]:
    """Resampling the jurors ({draws} draws) against one plain ranking, per method."""
    rows = []
    for method, m in r["panel_40x300"].items():
        if m.get("left_out"):  # beyond `affordable`: the desk and `rank` leave it out
            rows.append(Row(f"uncertainty, {r['draws']:,} draws, {method}, 40 jurors × 300 "
                            "projects", "left out at this size", f"one ranking, same method: "
                            f"{_s(m['ranking_s'])}", "—", f"< {UNCERTAINTY_TARGET_S} s", True))
            continue
        seconds = _s(m["uncertainty_s"]) + (" (estimated)" if m["estimated"] else "")
        rows.append(Row(f"uncertainty, {r['draws']:,} draws, {method}, 40 jurors × 300 projects",
                        seconds, f"one ranking, same method: {_s(m['ranking_s'])}",
                        f"{m['ratio']}×", f"< {UNCERTAINTY_TARGET_S} s",
                        m["uncertainty_s"] < UNCERTAINTY_TARGET_S))
    return rows


#: What the Results page and `rank` can ask a secretary to wait for.
UNCERTAINTY_TARGET_S = 30


ROWS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "startup": _startup, "cli_start": _cli_start, "bundle_startup": _bundle_startup,
    "score_commit": _score_commit, "rank": _rank, "rank_command": _rank_command,
    "results_export": _results_export, "dossier": _dossier, "edition_import": _edition_import,
    "uncertainty": _uncertainty,
}


def rows_of(name: str, result: dict[str, Any]) -> list[Row]:
    """The table rows of one benchmark; none (and a word on stderr) if its record lacks a
    figure, e.g. written by an older version of the benchmark."""
    try:
        return ROWS[name](result)
    except (KeyError, TypeError) as error:
        print(f"bench: no rows for {name}: its record lacks {error}", file=sys.stderr)
        return []


def _met(met: bool | None) -> str:
    return "—" if met is None else "yes" if met else "**no**"


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
        for row in rows_of(name, results[name]):
            lines.append(f"| {row.measure} | {row.ours} | {row.baseline} | {row.figure} | "
                         f"{row.target} | {_met(row.met)} |")
    return "\n".join(lines) + "\n"


def collect() -> dict[str, dict[str, Any]]:
    """The committed results, each replaced by bench/results/NAME.json where there is one:
    `--only X` (or a fresh checkout, whose bench/results/ is empty: it is git-ignored)
    must not drop the other benchmarks' figures from bench/results.json."""
    committed = ROOT / "results.json"
    results: dict[str, dict[str, Any]] = {}
    if committed.exists():
        results = json.loads(committed.read_text(encoding="utf-8")).get("results", {})
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
