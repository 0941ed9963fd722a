"""What the results page shows, computed off the UI thread (no Qt here).

`load_edition` reads the edition once (names and the scoring snapshot, in one
short session); `compute_scope` ranks one scope under one method and gathers its
agreement, its sensitivity and the spread of each project's juror totals. Every
result is a frozen record, so the page can hand it between threads safely.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from yansenne import scoring
from yansenne.domain import heap
from yansenne.domain.ranking import find_edition, rules_of, stage_method
from yansenne.domain.shared_snapshot import shared_snapshot
from yansenne.domain.stages import find_stage
from yansenne.scoring.uncertainty import attach
from yansenne.store.database import Database

Names = dict[str, str]  # language -> text


@dataclass(frozen=True)
class EditionInfo:
    """Names and rules of one edition, in every language, for the page to show."""

    year: int
    method: str
    trim: int
    tie_break: tuple[str, ...]
    categories: tuple[tuple[str, Names], ...]  # in the edition's order
    titles: dict[str, Names]  # project code -> titles
    criteria: dict[str, Names]  # criterion code -> names
    jurors: dict[str, str]  # voting juror code -> name
    rules: scoring.Rules


@dataclass(frozen=True)
class Loaded:
    info: EditionInfo
    snapshot: scoring.Snapshot


def _names(record: object, field: str) -> Names:
    return {lang: getattr(record, f"{field}_{lang}") or "" for lang in ("fr", "nl", "en")}


def load_edition(db: Database, year: int) -> Loaded:
    """The edition's names, rules and scores (the arrays built, ready to rank; the
    snapshot shared with the deliberation page while the database is unchanged)."""
    with db.read() as session:
        edition = find_edition(session, year)
        stage = find_stage(session, edition, None, kind="scoring")  # as `rank` does
        snapshot = shared_snapshot(session, edition, stage)  # the deliberation's too
        info = EditionInfo(
            year=edition.year,
            method=stage_method(edition, stage),
            trim=edition.trim,
            tie_break=tuple(edition.tie_break),
            categories=tuple((c.code, _names(c, "name")) for c in edition.categories),
            titles={p.code: _names(p, "title") for p in edition.projects},
            criteria={c.code: _names(c, "name") for c in edition.criteria},
            jurors={j.code: j.name for j in edition.jurors if j.role != "observer"},
            rules=rules_of(edition, stage=stage),
        )
    heap.release()  # the read's transient arrays, off the UI thread
    return Loaded(info, snapshot)


@dataclass(frozen=True)
class Spread:
    """How a project's juror totals spread: min, quartiles, median, max."""

    low: float
    q1: float
    median: float
    q3: float
    high: float
    count: int


@dataclass(frozen=True)
class ScopeResults:
    """One scope (a category code, or None for overall) under one method."""

    scope: str | None
    method: str
    trim: int
    ranking: scoring.Ranking
    agreement: scoring.Agreement
    sensitivity: scoring.Sensitivity
    spreads: dict[str, Spread]


def rules_with_trim(rules: scoring.Rules, trim: int) -> scoring.Rules:
    return scoring.Rules(rules.quorum, trim, rules.tie_break, rules.casting_vote)


def spreads_of(snapshot: scoring.Snapshot, projects: list[str]) -> dict[str, Spread]:
    table = snapshot.table
    where = {code: i for i, code in enumerate(table.projects)}
    out = {}
    for code in projects:
        totals = table.totals[:, where[code]]
        totals = totals[~np.isnan(totals)]
        if totals.size == 0:
            continue
        q1, median, q3 = np.percentile(totals, [25, 50, 75])
        out[code] = Spread(float(totals.min()), float(q1), float(median), float(q3),
                           float(totals.max()), int(totals.size))
    return out


def compute_scope(loaded: Loaded, scope: str | None, method: str, trim: int,
                  progress: object | None = None) -> ScopeResults:
    """Rank (with its uncertainty, resampled from the edition year, where affordable),
    agreement and sensitivity of one scope, for the method shown; `progress(done, total)`
    between steps."""
    rules = rules_with_trim(loaded.info.rules, trim)
    snapshot = loaded.snapshot

    def step(done: int) -> None:
        if callable(progress):
            progress(done, 5)

    step(0)
    ranking = scoring.rank_scope(snapshot, scope, method, rules)
    step(1)
    ranking = attach(snapshot, ranking, rules, seed=loaded.info.year)
    step(2)
    agreement = scoring.agreement(snapshot, scope)
    step(3)
    sensitivity = scoring.sensitivity(snapshot, scope, method, rules)
    step(4)
    codes = [s.project for s in ranking.standings] + [u.project for u in ranking.unranked]
    spreads = spreads_of(snapshot, codes)
    step(5)
    heap.release()  # the resampling's and the sensitivity's
    return ScopeResults(scope, scoring.canonical_method(method), trim, ranking, agreement,
                        sensitivity, spreads)


@dataclass(frozen=True)
class Explained:
    project: str
    explanation: scoring.Explanation
    ranking: scoring.Ranking


def explain_project(loaded: Loaded, project: str, scope: str | None, method: str,
                    trim: int) -> Explained:
    """One project's breakdown in the scope shown (overall or its category)."""
    rules = rules_with_trim(loaded.info.rules, trim)
    explanation = scoring.explain(loaded.snapshot, project, method, rules, overall=scope is None)
    ranking = scoring.rank_scope(loaded.snapshot, explanation.scope, method, rules)
    return Explained(project, explanation, ranking)
