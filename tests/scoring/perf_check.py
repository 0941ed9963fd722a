"""Timing check (not a test): 1,000 projects x 40 jurors x 8 criteria, 5 categories.

Run: .venv/bin/python tests/scoring/perf_check.py [--lojo-all]
Prints the time of: building the snapshot's arrays, every method (categories and
overall), agreement per category, and leave-one-juror-out plus method comparison
(the whole `sensitivity_report`) under the default method. With --lojo-all it
also times leave-one-juror-out under every method.
"""

from __future__ import annotations

import sys
import time

import numpy as np

from yansenne.scoring import (
    METHODS,
    Criterion,
    Juror,
    Project,
    Rules,
    Snapshot,
    agreement_by_category,
    leave_one_juror_out,
    rank,
    sensitivity_report,
)


def synthetic(projects: int = 1000, jurors: int = 40, criteria: int = 8, seed: int = 1) -> Snapshot:
    """A complete edition with project quality, juror leniency and noise; 1% conflicts."""
    rng = np.random.default_rng(seed)
    crits = tuple(
        Criterion(f"c{i}", weight=1.0 + i % 3, min=0, max=10, step=0.5) for i in range(criteria)
    )
    projs = tuple(Project(f"P{i:04d}", f"cat{i % 5}") for i in range(projects))
    jurs = tuple(Juror(f"J{j:02d}", president=j == 0) for j in range(jurors))
    quality = rng.normal(6, 1.5, size=(1, projects, 1))
    lenient = rng.normal(0, 0.7, size=(jurors, 1, 1))
    marks = np.clip(
        np.round(2 * (quality + lenient + rng.normal(0, 1.2, (jurors, projects, criteria)))) / 2,
        0,
        10,
    )
    scores = {
        (j.code, p.code, c.code): float(marks[a, b, k])
        for a, j in enumerate(jurs)
        for b, p in enumerate(projs)
        for k, c in enumerate(crits)
    }
    pairs = rng.integers(0, [jurors, projects], size=(projects // 100 * 4, 2))
    conflicts = frozenset((jurs[a].code, projs[b].code) for a, b in pairs)
    return Snapshot(crits, projs, jurs, scores, conflicts)


def main() -> None:
    snapshot = synthetic()
    rules = Rules(quorum=3, tie_break=("criterion:c0", "median", "first_places"))
    t0 = time.perf_counter()
    snapshot.table  # noqa: B018 - builds and caches the arrays
    t1 = time.perf_counter()
    for method in METHODS:
        rank(snapshot, method, rules)
    t2 = time.perf_counter()
    agreement_by_category(snapshot)
    t3 = time.perf_counter()
    sensitivity_report(snapshot, "mean", rules)
    t4 = time.perf_counter()
    print(
        f"arrays {t1 - t0:.3f}s  methods {t2 - t1:.3f}s  agreement {t3 - t2:.3f}s  "
        f"sensitivity(mean) {t4 - t3:.3f}s  TOTAL {t4 - t0:.3f}s"
    )
    if "--lojo-all" in sys.argv:
        for method in METHODS:
            t = time.perf_counter()
            for scope in (*snapshot.categories, None):
                leave_one_juror_out(snapshot, scope, method, rules)
            print(f"leave-one-juror-out {method}: {time.perf_counter() - t:.3f}s")


if __name__ == "__main__":
    main()
