"""`python -m bench.check` (or `make bench-check`): has any figure got worse?

Runs each benchmark 5 times (`--runs N`), each in its own process as `python -m
bench` does, takes the median of every ratio it records, and compares it with the
same ratio in the committed bench/results.json. A ratio more than 50 % worse than
its committed value (all ratios are ours / baseline: lower is better) fails the
check, and so does a benchmark with committed figures that gave none this time
(it failed, or was skipped). Exit status 1 names every one; 0 otherwise.

The committed results are never touched: the runs write, through
$YANSENNE_BENCH_OUT, to bench/results/check/NAME/run-N/ (git-ignored), and the medians
and findings to bench/results/check/summary.json.

    python -m bench.check [--only startup cli_start ...] [--runs N]

Not part of `make test`: tests never time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.__main__ import BENCHMARKS
from bench.common import OUT_ENV, RESULTS, ROOT, median

RUNS = 5
#: How much worse a ratio may get before the check fails: 0.5 is "more than 50 %".
TOLERANCE = 0.5
COMMITTED = ROOT / "results.json"
WORKDIR = RESULTS / "check"


@dataclass(frozen=True)
class Finding:
    """One line of the verdict. `failed` findings make the exit status 1."""

    benchmark: str
    ratio: str  # dotted path inside the benchmark's record, e.g. "warm.paint_ratio"
    committed: float | None
    now: float | None
    failed: bool
    why: str

    def __str__(self) -> str:
        where = f"{self.benchmark}.{self.ratio}" if self.ratio else self.benchmark
        figures = ""
        if self.committed is not None or self.now is not None:
            figures = f" (committed {self.committed}, now {self.now})"
        return f"{'FAIL' if self.failed else 'note'} {where}: {self.why}{figures}"


def is_ratio(key: str) -> bool:
    """A figure of ours against a baseline (not a target, which is no measure)."""
    return ("ratio" in key or key.startswith("times_the_")) and not key.startswith("target")


def ratios(record: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Every ratio in a benchmark's record, by dotted path."""
    found: dict[str, float] = {}
    for key, value in record.items():
        path = f"{prefix}{key}"
        if key == "machine":
            continue
        if isinstance(value, Mapping):
            found.update(ratios(value, path + "."))
        elif isinstance(value, int | float) and not isinstance(value, bool) and is_ratio(key):
            found[path] = float(value)
    return found


def median_ratios(records: list[Mapping[str, Any]]) -> dict[str, float]:
    """The median of each ratio over several runs of one benchmark (the runs that have it)."""
    values: dict[str, list[float]] = {}
    for record in records:
        for path, value in ratios(record).items():
            values.setdefault(path, []).append(value)
    return {path: round(median(v), 4) for path, v in values.items()}


def compare(committed: Mapping[str, Mapping[str, Any]], now: Mapping[str, Mapping[str, float]],
            names: list[str], tolerance: float = TOLERANCE) -> list[Finding]:
    """Findings for `names`: `committed` holds the committed records, `now` the median
    ratios of this run (a benchmark absent from `now` gave no result)."""
    findings = []
    for name in names:
        before = ratios(committed[name]) if name in committed else None
        after = now.get(name)
        if before is None and after is None:
            findings.append(Finding(name, "", None, None, False,
                                    "no committed figures and no result this run"))
            continue
        if before is None:
            findings.append(Finding(name, "", None, None, False,
                                    "no committed figures: nothing to compare with"))
            continue
        if after is None:
            findings.append(Finding(name, "", None, None, True,
                                    "no result this run (it failed or was skipped)"))
            continue
        findings.extend(_compare_one(name, before, after, tolerance))
    return findings


def _compare_one(name: str, before: dict[str, float], after: dict[str, float],
                 tolerance: float) -> Iterator[Finding]:
    for path, old in sorted(before.items()):
        new = after.get(path)
        if new is None:
            yield Finding(name, path, old, None, True, "ratio missing this run")
        elif old > 0 and new > old * (1 + tolerance):
            yield Finding(name, path, old, new, True,
                          f"{(new / old - 1) * 100:.0f} % worse, more than {tolerance * 100:.0f} %")
    for path in sorted(set(after) - set(before)):
        yield Finding(name, path, None, after[path], False, "new ratio, not committed")


def run_benchmark(name: str, out: Path) -> dict[str, Any] | None:
    """One run of a benchmark in its own process, writing to `out`; its record or None."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    env = {**os.environ, OUT_ENV: str(out)}
    done = subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=ROOT.parent, env=env,
                          check=False)
    path = out / f"{name}.json"
    if done.returncode != 0 or not path.exists():
        print(f"bench.check: {name} gave no result (exit status {done.returncode})",
              file=sys.stderr)
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def load_committed(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """The records in bench/results.json, by benchmark."""
    path = path or COMMITTED
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("results", {})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.check",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", choices=BENCHMARKS, help="check only these")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs each (default {RUNS})")
    args = parser.parse_args(argv)
    names = list(args.only or BENCHMARKS)
    committed = load_committed()
    now: dict[str, dict[str, float]] = {}
    for name in names:
        records = []
        for i in range(args.runs):
            print(f"== {name}, run {i + 1} of {args.runs}", flush=True)
            record = run_benchmark(name, WORKDIR / name / f"run-{i + 1}")
            if record is not None:
                records.append(record)
        if records:
            now[name] = median_ratios(records)
    findings = compare(committed, now, names)
    WORKDIR.mkdir(parents=True, exist_ok=True)
    (WORKDIR / "summary.json").write_text(json.dumps(
        {"runs": args.runs, "tolerance": TOLERANCE, "medians": now,
         "findings": [asdict(f) for f in findings]}, indent=2) + "\n", encoding="utf-8")
    for finding in findings:
        print(finding)
    failed = [f for f in findings if f.failed]
    print(f"bench-check: {len(failed)} failed (see above)"
          if failed else f"bench-check: no ratio more than {TOLERANCE * 100:.0f} % worse")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
