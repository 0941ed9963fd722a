"""The adjusted mean: project values freed of each juror's leniency.

Every juror total is read as project value + juror offset, fitted by least
squares over the totals given. When jurors score different subsets, a project
read only by harsh jurors no longer loses to one read only by lenient ones; when
every juror scores every project the values are the means.

Offsets and values are identifiable only within a linked set: jurors and
projects joined by the totals given (a juror to each project they scored). Two
sets that share no mark can be shifted against each other at no cost, so the
offsets are fixed to sum to zero over each set's jurors; comparing values across
sets rests on that convention only (`linked_sets` says where they fall apart).

The fit is solved through its normal equations with the values eliminated: for
the offsets o, L o = b with L = D_j - A D_p^-1 A^T (A: who scored what, D the
counts), one equation per juror, whatever the number of projects. L is singular
along each set's constant vector; adding that vector's outer product per set
picks the solution whose offsets sum to zero there. Then each value is the mean
of its totals less their jurors' offsets.
"""

from __future__ import annotations

import numpy as np

from yansenne.scoring.ties import TOLERANCE


def _labels(present: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Set number of each juror and each project (-1: no total), numbered by first project."""
    juror_set = np.full(present.shape[0], -1, dtype=np.intp)
    project_set = np.full(present.shape[1], -1, dtype=np.intp)
    scored = present.any(axis=0)
    label = 0
    for start in np.flatnonzero(scored).tolist():
        if project_set[start] >= 0:
            continue
        projects = np.zeros(present.shape[1], dtype=bool)
        projects[start] = True
        jurors = np.zeros(present.shape[0], dtype=bool)
        while True:  # grow the set until no juror or project joins
            more_jurors = present[:, projects].any(axis=1)
            more_projects = present[more_jurors].any(axis=0)
            if (more_jurors == jurors).all() and (more_projects == projects).all():
                break
            jurors, projects = more_jurors, more_projects | projects
        juror_set[jurors] = label
        project_set[projects] = label
        label += 1
    return juror_set, project_set


def linked_sets(totals: np.ndarray) -> list[np.ndarray]:
    """Project columns of each linked set of jurors and projects, by first project.

    A project with no total belongs to none.
    """
    _, project_set = _labels(~np.isnan(totals))
    return [np.flatnonzero(project_set == k) for k in range(int(project_set.max(initial=-1)) + 1)]


def _ordered_sum(values: np.ndarray, axis: int) -> np.ndarray:
    """NaN-skipping sum over sorted values, one after the other: independent of the
    input order, and of where a row sits in memory (np.sum's pairwise steps are not)."""
    s = np.sort(values, axis=axis)
    return np.take(np.cumsum(np.where(np.isnan(s), 0.0, s), axis=axis), -1, axis=axis) \
        if s.shape[axis] else np.sum(s, axis=axis)


def _hash(values: np.ndarray) -> np.ndarray:
    """A fixed pseudo-random number in [0, 1) per value: signatures that do not collide."""
    return np.modf(np.abs(np.sin(values * 12.9898 + 0.5) * 43758.5453))[0]


def _juror_classes(totals: np.ndarray, present: np.ndarray) -> np.ndarray:
    """Juror classes read from the totals, never from positions (a few rounds of
    colour refinement): jurors of one class are, as far as the rounds can tell,
    interchangeable, and get the same offset."""
    juror = _hash(_ordered_sum(np.where(present, _hash(totals), np.nan), axis=1))
    project = _hash(_ordered_sum(np.where(present, _hash(totals + 0.25), np.nan), axis=0))
    for _ in range(3):
        juror, project = (
            _hash(juror + _ordered_sum(np.where(present, _hash(totals + project), np.nan), 1)),
            _hash(project + _ordered_sum(np.where(present, _hash(totals + juror[:, None]),
                                                  np.nan), 0)),
        )
    return np.unique(juror, return_inverse=True)[1]


def adjusted_values(totals: np.ndarray) -> np.ndarray:
    """Least-squares project values of totals (J, n), NaN = no total; NaN where none.

    Built so that reordering jurors or projects cannot move a value by a rounding
    error, like the other methods: the equations' entries are ordered sums or whole
    counts over 1, 2, ... jurors per project, they are solved with the jurors in an
    order read from their totals, and interchangeable jurors share one offset.
    """
    totals = np.asarray(totals, dtype=float)
    present = ~np.isnan(totals)
    juror_set, _ = _labels(present)
    a = present.astype(float)
    per_project = present.sum(axis=0)
    scored = per_project > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        col_mean = _ordered_sum(totals, axis=0) / per_project
    shared = np.zeros((len(a), len(a)))  # sum over projects of 1 / n_p, per pair of jurors
    for size in np.unique(per_project[scored]).tolist():
        block = a[:, per_project == size]
        shared += (block @ block.T) / size  # whole counts: exact
    lhs = np.diag(a.sum(axis=1)) - shared
    rhs = _ordered_sum(np.where(present, totals - col_mean, np.nan), axis=1)
    same_set = (juror_set[:, None] == juror_set[None, :]) & (juror_set[:, None] >= 0)
    lhs += same_set  # sum of offsets zero in each set
    idle = np.flatnonzero(juror_set < 0)
    lhs[idle, idle] = 1.0  # a juror with no total: offset 0
    classes = _juror_classes(totals, present)
    order = np.argsort(classes, kind="stable")
    offsets = np.empty(len(rhs))
    offsets[order] = np.linalg.solve(lhs[np.ix_(order, order)], rhs[order])
    for k in np.flatnonzero(np.bincount(classes) > 1).tolist():  # equal, to the last bit
        same = classes == k
        if np.ptp(offsets[same]) <= TOLERANCE * max(1.0, float(np.abs(offsets[same]).max())):
            offsets[same] = _ordered_sum(offsets[same], axis=0) / np.count_nonzero(same)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = _ordered_sum(np.where(present, totals - offsets[:, None], np.nan), axis=0)
        return np.where(scored, values / per_project, np.nan)
