"""How much the uncertainty of a ranking costs, against the ranking itself.

A panel of 40 jurors and 300 projects (4 criteria, one juror in ten recused on each
project) is built in memory; for every method, in the same process:

- baseline: one ranking of the category (`scoring.rank_scope`);
- uncertainty: `scoring.uncertainty.attach`, 2,000 resampled panels (for a scope
  beyond `uncertainty.affordable`, Schulze on 300 projects, extrapolated from 20);

and the ratio of the two. The demo edition's shape (7 jurors, 5 projects) is
measured too, since it is what the desk meets most.

    .venv/bin/python -m bench.uncertainty [--repeat N] [--methods mean ...]

Writes bench/results/uncertainty.json.
"""

from __future__ import annotations

import argparse

import numpy as np

from bench.common import median, timed, write_result
from yansenne import scoring
from yansenne.scoring.uncertainty import DRAWS, affordable, attach

SEED = 2026


def panel(jurors: int, projects: int, criteria: int = 4, recused: float = 0.1,
          seed: int = 1) -> scoring.Snapshot:
    """A random category: marks on 0-10 in half steps, some jurors recused."""
    rng = np.random.default_rng(seed)
    grid = tuple(scoring.Criterion(f"C{c + 1}", weight=1.0 + c % 2, max=10.0, step=0.5)
                 for c in range(criteria))
    codes = [f"P{p + 1:03d}" for p in range(projects)]
    people = [f"J{j + 1:02d}" for j in range(jurors)]
    quality = rng.normal(6.0, 1.2, projects)
    leniency = rng.normal(0.0, 0.6, jurors)
    scores = {}
    for j, juror in enumerate(people):
        for p, code in enumerate(codes):
            if rng.random() < recused:
                continue
            for c in grid:
                mark = quality[p] + leniency[j] + rng.normal(0.0, 1.0)
                scores[(juror, code, c.code)] = float(np.clip(np.round(mark * 2) / 2, 0, 10))
    return scoring.Snapshot(grid, tuple(scoring.Project(c, "A") for c in codes),
                            tuple(scoring.Juror(j) for j in people), scores)


def measure(snapshot: scoring.Snapshot, method: str, repeat: int) -> dict[str, float | bool]:
    """Times of one ranking and of its uncertainty; beyond `affordable` (where the desk
    and `rank` leave the uncertainty out) 2,000 draws are extrapolated from 20."""
    rules = scoring.Rules(quorum=1, trim=1)
    ranking = scoring.rank_scope(snapshot, "A", method, rules)
    plain = median(timed(lambda: scoring.rank_scope(snapshot, "A", method, rules),
                         repeat=repeat, warmup=1))
    if not affordable(method, len(ranking.standings)):  # `attach` returns at once there
        return {"ranking_s": round(plain, 5), "uncertainty_s": None, "ratio": None,
                "estimated": False, "left_out": True}
    sure = median(timed(lambda: attach(snapshot, ranking, rules, SEED, DRAWS),
                        repeat=repeat, warmup=0))
    return {"ranking_s": round(plain, 5), "uncertainty_s": round(sure, 4),
            "ratio": round(sure / plain, 1), "estimated": False}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--methods", nargs="*", default=list(scoring.METHODS))
    args = parser.parse_args()
    shapes = {"demo_7x5": panel(7, 5), "panel_40x300": panel(40, 300)}
    for snapshot in shapes.values():
        snapshot.table  # noqa: B018 - the arrays, built once, outside the timings
    result: dict[str, object] = {"draws": DRAWS, "repeat": args.repeat}
    for name, snapshot in shapes.items():
        repeat = args.repeat if name.startswith("demo") else 1
        figures = {}
        for method in args.methods:
            figures[method] = measure(snapshot, method, repeat)
            f = figures[method]
            if f.get("left_out"):
                print(f"{name:13s} {method:9s} ranking {f['ranking_s']:8.4f} s  uncertainty "
                      "left out at this size (as the desk and `rank` do)")
                continue
            print(f"{name:13s} {method:9s} ranking {f['ranking_s']:8.4f} s  uncertainty "
                  f"{f['uncertainty_s']:8.3f} s  = {f['ratio']:8.1f} x")
        result[name] = figures
    print(f"written to {write_result('uncertainty', result)}")


if __name__ == "__main__":
    main()
