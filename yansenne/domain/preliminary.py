"""Preliminary and final marks of the last stage of an edition with stages.

In the final stage a juror's marks at their first submission are kept as preliminary
(`preliminary_marks`, filled by the database's trigger of migration 0009); after the
panel's discussion the secretariat reopens a submission, the juror revises and submits
again, and the marks of the stage (`scores`) are the final ones. `revisions` sets the
two side by side: per juror, project and criterion; per juror and project, the weighted
total as every method computes it (`yansenne.scoring.totals`); per project, the figure
and the rank of the stage's method applied to the preliminary marks and to the final
marks (the same snapshot, panel, conflicts and rules: only the marks differ).

Empty for an edition without stages, and before anyone submitted in its last stage.
Pure reads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.domain import ranking as ranking_service
from yansenne.domain.lookup import find_edition
from yansenne.domain.stages import has_stages, last_scoring_stage
from yansenne.errors import InputError, Problem
from yansenne.i18n import pick, tr
from yansenne.store.database import Database
from yansenne.store.models import Criterion, Juror, PreliminaryMark, Project

#: Two figures closer than this are the same (marks are steps of 0.5 or so; totals 0-100).
SAME = 1e-9


def _difference(preliminary: float | None, final: float | None) -> float | None:
    if preliminary is None or final is None:
        return None
    return final - preliminary


def _changed(preliminary: float | None, final: float | None) -> bool:
    if preliminary is None and final is None:
        return False
    if preliminary is None or final is None:
        return True
    return abs(final - preliminary) > SAME


@dataclass(frozen=True)
class MarkRevision:
    """One juror's mark on one criterion of one project: at first submission, and now."""

    juror: str
    project: str
    category: str
    criterion: str
    preliminary: float | None  # None: not marked at the first submission
    final: float | None  # None: no mark now

    @property
    def difference(self) -> float | None:
        return _difference(self.preliminary, self.final)

    @property
    def changed(self) -> bool:
        return _changed(self.preliminary, self.final)


@dataclass(frozen=True)
class TotalRevision:
    """One juror's weighted total (0-100) on one project, preliminary and final."""

    juror: str
    juror_name: str
    project: str
    category: str
    preliminary: float | None
    final: float | None
    marks_changed: int  # how many of the juror's marks on the project changed

    @property
    def difference(self) -> float | None:
        return _difference(self.preliminary, self.final)

    @property
    def changed(self) -> bool:
        return self.marks_changed > 0 or _changed(self.preliminary, self.final)


@dataclass(frozen=True)
class ProjectRevision:
    """One project under the stage's method: figure and rank on the preliminary marks
    and on the final marks (rank within its category; None: not ranked)."""

    project: str
    category: str
    title: str
    preliminary: float | None
    final: float | None
    preliminary_rank: int | None
    final_rank: int | None

    @property
    def difference(self) -> float | None:
        return _difference(self.preliminary, self.final)

    @property
    def rank_change(self) -> int | None:
        """Places gained (positive) or lost (negative) from preliminary to final."""
        if self.preliminary_rank is None or self.final_rank is None:
            return None
        return self.preliminary_rank - self.final_rank

    @property
    def changed(self) -> bool:
        return _changed(self.preliminary, self.final) or (
            self.preliminary_rank != self.final_rank)


@dataclass(frozen=True)
class Revisions:
    """The preliminary and final marks of an edition's last stage (empty: none kept)."""

    year: int
    stage: str = ""  # the stage's code
    stage_name: str = ""
    method: str = ""
    higher_is_better: bool = True
    categories: tuple[tuple[str, str], ...] = ()  # code, name, in the edition's order
    projects: tuple[ProjectRevision, ...] = ()
    totals: tuple[TotalRevision, ...] = ()
    marks: tuple[MarkRevision, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.marks

    @property
    def changed_marks(self) -> tuple[MarkRevision, ...]:
        return tuple(m for m in self.marks if m.changed)

    @property
    def changed_totals(self) -> tuple[TotalRevision, ...]:
        return tuple(t for t in self.totals if t.changed)

    def project(self, code: str) -> ProjectRevision:
        for row in self.projects:
            if row.project == code:
                return row
        raise KeyError(code)


def revisions(db: Database, year: int, *, method: str | None = None,
              trim: int | None = None, lang: str | None = None) -> Revisions:
    """`revisions_in` in a read transaction of its own."""
    with db.read() as session:
        return revisions_in(session, year, method=method, trim=trim, lang=lang)


def revisions_in(session: Session, year: int, *, method: str | None = None,
                 trim: int | None = None, lang: str | None = None) -> Revisions:
    """The preliminary and final marks of edition `year`'s last scoring stage, ranked by
    `method` (default: the stage's method, else the edition's)."""
    edition = find_edition(session, year)
    if not has_stages(session, edition.id):
        return Revisions(year)
    stage = last_scoring_stage(session, edition.id)
    kept = session.execute(
        select(Juror.code, Project.code, Criterion.code, PreliminaryMark.value)
        .select_from(PreliminaryMark)
        .join(Juror, Juror.id == PreliminaryMark.juror_id)
        .join(Project, Project.id == PreliminaryMark.project_id)
        .join(Criterion, Criterion.id == PreliminaryMark.criterion_id)
        .where(PreliminaryMark.stage_id == stage.id)).all()
    if not kept:
        return Revisions(year)
    try:
        name = scoring.canonical_method(method or stage.method or edition.method)
    except ValueError:
        raise InputError(Problem(tr("unknown method {method}; choose one of: {choices}",
                                    method=method, choices=", ".join(scoring.METHODS)))) from None
    final = ranking_service.snapshot_of(session, edition, stage)
    preliminary = _preliminary_snapshot(final, kept)
    rules = ranking_service.rules_of(edition, trim, stage)
    ranked_final = scoring.rank(final, name, rules)
    ranked_preliminary = scoring.rank(preliminary, name, rules)
    categories = tuple((c.code, pick(c, "name", lang)) for c in edition.categories)
    titles = {p.code: pick(p, "title", lang) for p in edition.projects}
    names = {j.code: j.name for j in edition.jurors}
    marks, totals = _per_juror(preliminary.table, final.table, names)
    projects = _per_project(final, ranked_preliminary, ranked_final, titles)
    higher = all(r.higher_is_better for r in ranked_final.categories.values())
    return Revisions(year, stage=stage.code, stage_name=pick(stage, "name", lang),
                     method=name, higher_is_better=higher, categories=categories,
                     projects=projects, totals=totals, marks=marks)


def _preliminary_snapshot(final: scoring.Snapshot,
                          kept: list[tuple[str, str, str, float]]) -> scoring.Snapshot:
    """The final snapshot with the preliminary marks in place of the final ones (a mark
    of a juror or project outside the stage's panel is left out, as `snapshot_of` does)."""
    jurors = {j.code for j in final.jurors}
    category = {p.code: p.category for p in final.projects}
    grids = {c: {k.code for k in final.grid(c)} for c in set(category.values())}
    scores = {(j, p, c): float(v) for j, p, c, v in kept
              if j in jurors and p in category and c in grids[category[p]]}
    return replace(final, scores=scores)


def _per_juror(preliminary: scoring.Table, final: scoring.Table, names: dict[str, str]
               ) -> tuple[tuple[MarkRevision, ...], tuple[TotalRevision, ...]]:
    """Every (juror, project, criterion) marked in either, and each juror's totals, by
    category, project, juror and criterion in the snapshot's order."""
    marks: list[MarkRevision] = []
    totals: list[TotalRevision] = []
    before, after = preliminary.marks, final.marks
    order = sorted(range(len(final.projects)),
                   key=lambda p: (final.categories.index(final.categories[p]), p))
    for p in order:
        project, category = final.projects[p], final.categories[p]
        for j, juror in enumerate(final.jurors):
            had = ~np.isnan(before[j, p]) | ~np.isnan(after[j, p])
            if not had.any():
                continue
            changed = 0
            for c in np.flatnonzero(had & final.applies[p]):
                row = MarkRevision(juror, project, category, final.criteria[c].code,
                                   _value(before[j, p, c]), _value(after[j, p, c]))
                changed += row.changed
                marks.append(row)
            totals.append(TotalRevision(juror, names.get(juror, ""), project, category,
                                        _value(preliminary.totals[j, p]),
                                        _value(final.totals[j, p]), changed))
    return tuple(marks), tuple(totals)


def _per_project(snapshot: scoring.Snapshot, preliminary: scoring.Results,
                 final: scoring.Results, titles: dict[str, str]
                 ) -> tuple[ProjectRevision, ...]:
    rows = []
    for category in snapshot.categories:
        before = preliminary.categories[category].by_project()
        after = final.categories[category].by_project()
        codes = [s.project for s in final.categories[category].standings]
        codes += [p.code for p in snapshot.projects
                  if p.category == category and p.code not in codes]
        for code in codes:
            b, a = before.get(code), after.get(code)
            rows.append(ProjectRevision(
                code, category, titles.get(code, ""),
                _value(b.score) if b else None, _value(a.score) if a else None,
                b.rank if b else None, a.rank if a else None))
    return tuple(rows)


def _value(value: float) -> float | None:
    value = float(value)
    return None if math.isnan(value) else value
