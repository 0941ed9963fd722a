"""The whole `rank --format json` process on edition L, against a sqlite3 + numpy script.

Edition L: 1,000 projects in 5 categories, 40 jurors, 8 criteria, 320,000 scores.
Alternating runs of two commands on the same copy of L, each a fresh process:

- baseline: `python -m bench.rank_baseline DB YEAR`, the mean ranking (weighted
  totals, means, competition ranks per category) with sqlite3 and numpy only;
- ours: `python -m yansenne --db DB rank YEAR --format json`, the same ranking with
  what the spec adds: 2,000 resampled panels per ranking (uncertainty), ICC(2,1) and
  ICC(2,k) by REML, Krippendorff's alpha, Kendall's W, per category and overall.

Target: ours at most 1.5 times the baseline (medians of the runs).

    .venv/bin/python -m bench.rank_command [--runs N]

Writes bench/results/rank_command.json.
"""

from __future__ import annotations

import argparse
import sys

from bench.common import discard, edition_db, median, wall, write_result

RUNS = 5
TARGET_RATIO = 1.5



def run(runs: int = RUNS) -> dict[str, float | int]:
    path, year = edition_db("L")
    try:
        ours = [sys.executable, "-m", "yansenne", "--db", str(path), "rank", str(year),
                "--format", "json"]
        baseline = [sys.executable, "-m", "bench.rank_baseline", str(path), str(year)]
        wall(ours)  # warms the disk cache (and any first-open work) for both
        wall(baseline)
        rank_s, baseline_s = [], []
        for _ in range(runs):
            rank_s.append(wall(ours))
            baseline_s.append(wall(baseline))
    finally:
        discard(path)
    a, b = median(rank_s), median(baseline_s)
    return {"rank_s": round(a, 3), "baseline_s": round(b, 3), "ratio": round(a / b, 2),
            "target_ratio": TARGET_RATIO, "runs": runs,
            "rank_runs_s": [round(x, 3) for x in rank_s],
            "baseline_runs_s": [round(x, 3) for x in baseline_s]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    result = run(parser.parse_args().runs)
    out = write_result("rank_command", result)
    print(f"rank --format json on L: {result['rank_s']:.3f} s; sqlite3 + numpy mean ranking "
          f"{result['baseline_s']:.3f} s; ratio {result['ratio']} (target <= {TARGET_RATIO}: "
          f"{'met' if result['ratio'] <= TARGET_RATIO else 'MISSED'})")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
