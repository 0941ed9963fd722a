"""The `rank` baseline: the mean ranking of an edition with nothing but sqlite3 and numpy.

Reads the edition's criteria (weight, scale) and the marks of its last scoring stage
(observers left out), computes each juror's weighted total per project on 0-100 as
yansenne does (over the criteria the juror scored), the mean total per project, the
competition rank of each project within its category, and prints them as JSON: what
a careful script would do to answer "who is ahead", without uncertainty or agreement.

    python -m bench.rank_baseline DB YEAR
"""

from __future__ import annotations

import json
import sqlite3
import sys

import numpy as np


def ranking(path: str, year: int) -> dict[str, list[dict[str, object]]]:
    """Per category code, its projects best first with their mean total and rank."""
    db = sqlite3.connect(path)
    try:
        (edition,) = db.execute("SELECT id FROM editions WHERE year = ?", (year,)).fetchone()
        (stage,) = db.execute("SELECT id FROM stages WHERE edition_id = ? AND kind = 'scoring' "
                              "ORDER BY position DESC LIMIT 1", (edition,)).fetchone()
        criteria = np.array(db.execute(
            "SELECT id, weight, min_value, max_value FROM criteria WHERE edition_id = ? "
            "ORDER BY id",
            (edition,)).fetchall(), dtype=float).reshape(-1, 4)
        projects = db.execute("SELECT p.id, p.code, c.code FROM projects p JOIN categories c "
                              "ON c.id = p.category_id WHERE p.edition_id = ? ORDER BY p.id",
                              (edition,)).fetchall()
        voters = [j for (j,) in db.execute("SELECT id FROM jurors WHERE edition_id = ? "
                                           "AND role != 'observer'", (edition,))]
        marks = np.array(db.execute("SELECT juror_id, project_id, criterion_id, value "
                                    "FROM scores WHERE stage_id = ?", (stage,)).fetchall(),
                         dtype=float).reshape(-1, 4)
    finally:
        db.close()
    marks = marks[np.isin(marks[:, 0], voters)]
    crit = np.searchsorted(criteria[:, 0], marks[:, 2])  # criteria come sorted by id
    weight = criteria[crit, 1]
    share = weight * (marks[:, 3] - criteria[crit, 2]) / (criteria[crit, 3] - criteria[crit, 2])
    juror_ids, juror = np.unique(marks[:, 0], return_inverse=True)
    project_ids = np.array([p for p, _, _ in projects], dtype=float)
    project = np.searchsorted(project_ids, marks[:, 1])
    cell = juror * len(project_ids) + project
    size = len(juror_ids) * len(project_ids)
    weights = np.bincount(cell, weights=weight, minlength=size)
    scored = weights > 0
    totals = 100.0 * np.bincount(cell, weights=share, minlength=size)[scored] / weights[scored]
    per_project = np.flatnonzero(scored) % len(project_ids)
    count = np.bincount(per_project, minlength=len(project_ids))
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.bincount(per_project, weights=totals, minlength=len(project_ids)) / count
    out: dict[str, list[dict[str, object]]] = {}
    categories = np.array([c for _, _, c in projects])
    for code in dict.fromkeys(categories.tolist()):
        members = np.flatnonzero((categories == code) & (count > 0))
        order = members[np.argsort(-mean[members], kind="stable")]
        figures = mean[order]
        level = np.round(figures, 9)  # equal means that float sums told apart
        ranks = np.searchsorted(-level, -level, side="left") + 1  # competition rank
        out[code] = [{"rank": int(r), "project": projects[p][1], "score": round(float(f), 6)}
                     for r, p, f in zip(ranks, order, figures, strict=True)]
    return out


def main() -> None:
    json.dump(ranking(sys.argv[1], int(sys.argv[2])), sys.stdout, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
