"""Small builders for scoring tests: snapshots from matrices and the reference files."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from yansenne.scoring import Criterion, Juror, Project, Snapshot

DATA = Path(__file__).parent / "data"


def one_criterion(
    rows: Sequence[Sequence[float | None]],
    projects: Sequence[str] | None = None,
    jurors: Sequence[str] | None = None,
    top: float = 100.0,
    category: str = "cat",
    conflicts: Sequence[tuple[str, str]] = (),
) -> Snapshot:
    """Projects x jurors marks on one 0-`top` criterion (so totals are 100 * mark / top)."""
    projects = list(projects or [f"P{i}" for i in range(len(rows))])
    jurors = list(jurors or [f"J{j}" for j in range(len(rows[0]))])
    scores = {
        (j, p, "x"): float(v)
        for p, row in zip(projects, rows, strict=True)
        for j, v in zip(jurors, row, strict=True)
        if v is not None
    }
    return Snapshot(
        criteria=(Criterion("x", 1.0, 0.0, top, 0.5),),
        projects=tuple(Project(p, category) for p in projects),
        jurors=tuple(Juror(j) for j in jurors),
        scores=scores,
        conflicts=frozenset(conflicts),
    )


def paris() -> Snapshot:
    """The Judgment of Paris 1976 whites: 10 wines x 11 judges, one criterion /20."""
    with open(DATA / "paris1976_white_chardonnay.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    judges = [k for k in rows[0] if k.startswith("J")]
    return one_criterion(
        [[float(r[j]) for j in judges] for r in rows],
        projects=[r["wine"] for r in rows],
        jurors=judges,
        top=20.0,
        category="white",
    )


def paris_sums() -> dict[str, float]:
    """Sum of the 11 judges' marks per wine, as printed in the table."""
    with open(DATA / "paris1976_white_chardonnay.csv", encoding="utf-8") as f:
        return {r["wine"]: float(r["sum_11_from_table"]) for r in csv.DictReader(f)}


def matrix(name: str) -> np.ndarray:
    """A reference CSV with a header row and a label column, blanks as NaN."""
    with open(DATA / name, encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) if v else np.nan for v in r[1:]] for r in rows])
