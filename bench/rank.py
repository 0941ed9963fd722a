"""The ranking of a large edition against one SQL GROUP BY of the weighted totals.

Edition L: 1,000 projects, 40 jurors, 8 criteria, 320,000 scores. Measured in the
same run:

- baseline: one `GROUP BY juror, project` computing every juror's weighted total
  in SQL (what a plain "mean of the totals" export would cost);
- pipeline: loading the snapshot from the database, every method (per category
  and overall), the agreement figures (per category and overall) and
  leave-one-juror-out under the edition's method (per category and overall);
  target under 2 s;
- each stage on its own, and the Schulze leave-one-juror-out (one strongest-path
  computation per juror over 1,000 projects), reported separately.

    .venv/bin/python -m bench.rank [--repeat N]

Writes bench/results/rank.json.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from bench.common import SIZES, discard, edition_db, median, timed, write_result
from yansenne import scoring
from yansenne.domain.ranking import find_edition, rules_of, snapshot_of
from yansenne.store.database import Database
from yansenne.store.opening import open_database

TARGET_S = 2.0
WEIGHTED_TOTALS = text(
    "SELECT s.juror_id, s.project_id, "
    "100.0 * SUM(c.weight * (s.value - c.min_value) / (c.max_value - c.min_value)) "
    "/ SUM(c.weight) "
    "FROM scores s JOIN criteria c ON c.id = s.criterion_id "
    "JOIN projects p ON p.id = s.project_id "
    "WHERE p.edition_id = :edition GROUP BY s.juror_id, s.project_id")


def group_by(db: Database, edition_id: int) -> int:
    with db.read() as session:
        return len(session.execute(WEIGHTED_TOTALS, {"edition": edition_id}).all())


def load(db: Database, year: int) -> tuple[scoring.Snapshot, scoring.Rules, str]:
    with db.read() as session:
        edition = find_edition(session, year)
        return snapshot_of(session, edition), rules_of(edition), edition.method


def every_method(snapshot: scoring.Snapshot, rules: scoring.Rules) -> None:
    for method in scoring.METHODS:
        scoring.rank(snapshot, method, rules)


def agreement(snapshot: scoring.Snapshot) -> None:
    scoring.agreement_by_category(snapshot)
    scoring.agreement(snapshot, scoring.OVERALL)


def leave_one_out(snapshot: scoring.Snapshot, rules: scoring.Rules, method: str,
                  overall: bool = True) -> None:
    for scope in (*snapshot.categories, *([scoring.OVERALL] if overall else [])):
        scoring.leave_one_juror_out(snapshot, scope, method, rules)


def pipeline(db: Database, year: int) -> None:
    """Everything the results page computes, from the database up."""
    snapshot, rules, method = load(db, year)
    every_method(snapshot, rules)
    agreement(snapshot)
    leave_one_out(snapshot, rules, method)


def stage(fn: Callable[[], Any], repeat: int) -> float:
    return median(timed(fn, repeat=repeat, warmup=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    size = SIZES["L"]
    path, year = edition_db("L")
    db = open_database(path)
    try:
        with db.read() as session:
            edition = find_edition(session, year)
            edition_id, method = edition.id, edition.method
        rows = group_by(db, edition_id)
        baseline = stage(lambda: group_by(db, edition_id), args.repeat)
        total = stage(lambda: pipeline(db, year), args.repeat)
        snapshot, rules, _ = load(db, year)
        snapshot.table  # noqa: B018 - the arrays, built once for the stage timings below
        stages = {
            "snapshot": stage(lambda: load(db, year)[0].table, args.repeat),
            "every_method": stage(lambda: every_method(snapshot, rules), args.repeat),
            "agreement": stage(lambda: agreement(snapshot), args.repeat),
            f"leave_one_juror_out_{method}": stage(
                lambda: leave_one_out(snapshot, rules, method), args.repeat),
        }
        # per category (200 projects each) only: over all 1,000 together, exact Schulze
        # paths for each of 40 jurors left out took more than ten minutes
        schulze = median(timed(lambda: leave_one_out(snapshot, rules, "schulze", False),
                               repeat=1, warmup=0))
    finally:
        db.close()
        discard(path)
    result = {
        "edition": {"projects": size.projects, "jurors": size.jurors,
                    "criteria": size.criteria, "scores": size.projects * size.jurors
                    * size.criteria, "method": method, "juror_totals": rows},
        "baseline_group_by_s": round(baseline, 4),
        "pipeline_s": round(total, 4),
        "ratio_pipeline_to_group_by": round(total / baseline, 2),
        "target_s": TARGET_S,
        "within_target": total < TARGET_S,
        "stages_s": {name: round(value, 4) for name, value in stages.items()},
        "schulze_leave_one_juror_out_s": round(schulze, 3),
        "repeat": args.repeat,
    }
    out = write_result("rank", result)
    print(f"edition L: {result['edition']['scores']:,} scores, method {method}")
    print(f"  SQL GROUP BY of the weighted totals   {baseline:7.3f} s  (baseline)")
    print(f"  snapshot + every method + agreement\n"
          f"  + leave-one-juror-out ({method})        {total:7.3f} s  "
          f"= {total / baseline:.1f} x baseline; target < {TARGET_S:.0f} s: "
          f"{'met' if total < TARGET_S else 'MISSED'}")
    for name, value in stages.items():
        print(f"    {name:34s} {value:7.3f} s")
    print(f"  leave-one-juror-out (schulze, per category) {schulze:7.3f} s  (reported separately)")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
