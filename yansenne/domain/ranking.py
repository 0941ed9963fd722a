"""The ranking service: an edition's scores and rules, from the store into pure scoring.

Builds the scoring `Snapshot` from the database (observers left out, conflicts as
recusals), reads the edition's rules, and runs its method: the one bridge between the
store and `yansenne.scoring`, which the command line, the desk, the deliberation, the
workbooks and the dossier all use.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np

from yansenne import scoring
from yansenne.domain.lookup import find_edition  # noqa: F401 (its callers' way in)
from yansenne.domain.plain_read import (
    EditionRules,
    edition_rules,
    plain_of,
    readers_in,
    stage_rows,
)
from yansenne.domain.stage_rules import StageFacts, find_in, last_scoring_of
from yansenne.errors import InputError, Problem
from yansenne.i18n import pick, tr
from yansenne.scoring.uncertainty import attach
from yansenne.store.database import Database, Plain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from yansenne.store.models import Edition, Stage


def snapshot_of(session: Session, edition: Edition,
                stage: Stage | None = None) -> scoring.Snapshot:
    """The marks of one stage (default: the last scoring stage, where the deliberation
    stands) as the scoring core sees them (`read_snapshot`), in `session`."""
    q = plain_of(session)
    stages = stage_rows(q, edition.id)
    chosen = last_scoring_of(stages) if stage is None else stage
    return read_snapshot(q, edition.id, chosen, stages)


def read_snapshot(q: Plain, edition_id: int, stage: StageFacts,
                  stages: list[StageFacts]) -> scoring.Snapshot:
    """The marks of `stage` as the scoring core sees them: the projects that reached
    it, its jury, and as recusals the conflicts and, where it allocates readers, the
    pairs it did not.

    The marks are read in one pass through the driver's cursor, as positions
    rather than codes (`Snapshot.from_arrays`): an edition of 320,000 scores
    loads in a fraction of a second, where building a row object and a tuple of
    codes per mark took most of the time of a whole ranking.
    """
    who = readers_in(q, edition_id, stage, stages)
    edition = {"edition": edition_id}
    categories = dict(q.rows("SELECT id, code FROM categories WHERE edition_id = :edition "
                             "ORDER BY position", edition))
    criteria_rows = q.rows("SELECT id, code, weight, min_value, max_value, step, category_id "
                           "FROM criteria WHERE edition_id = :edition ORDER BY position",
                           edition)
    criteria = tuple(
        scoring.Criterion(code, weight, low, high, step,
                          categories[category] if category else None)
        for _, code, weight, low, high, step, category in criteria_rows
    )
    reached = [(i, code, category) for i, code, category in q.rows(
        "SELECT id, code, category_id FROM projects WHERE edition_id = :edition "
        "ORDER BY code", edition) if who.everyone_reads or i in who.projects]
    projects = tuple(scoring.Project(code, categories[category])
                     for _, code, category in reached)
    voting = [(i, code, role) for i, code, role in q.rows(
        "SELECT id, code, role FROM jurors WHERE edition_id = :edition ORDER BY position",
        edition) if role != "observer" and (who.everyone_reads or i in who.jurors)]
    jurors = tuple(scoring.Juror(code, role == "president") for _, code, role in voting)
    juror_at = _positions([i for i, _, _ in voting])
    project_at = _positions([i for i, _, _ in reached])
    criterion_at = _positions([row[0] for row in criteria_rows])
    ji, pi, ci, values = _score_rows(q, stage.id, juror_at, project_at, criterion_at)
    juror_codes = {i: code for i, code, _ in voting}
    project_codes = {i: code for i, code, _ in reached}
    recused = set(q.rows("SELECT f.juror_id, f.project_id FROM conflicts f JOIN jurors j "
                         "ON j.id = f.juror_id WHERE j.edition_id = :edition", edition))
    if who.allocated is not None:
        recused |= {(j, p) for j in juror_codes for p in project_codes
                    if (j, p) not in who.allocated}
    conflicts = frozenset((juror_codes[j], project_codes[p]) for j, p in recused
                          if j in juror_codes and p in project_codes)
    return scoring.Snapshot.from_arrays(criteria, projects, jurors, ji, pi, ci, values,
                                        conflicts)


@dataclass(frozen=True)
class _Positions:
    """Database ids of one kind mapped to positions: `index[id - low]`, -1 if not ours."""

    low: int
    index: np.ndarray

    @property
    def span(self) -> int:
        return len(self.index)

    def of(self, ids: np.ndarray) -> np.ndarray:
        return self.index[ids - self.low]


def _positions(ids: list[int]) -> _Positions:
    if not ids:
        return _Positions(0, np.full(1, -1, dtype=np.intp))
    low = min(ids)
    index = np.full(max(ids) - low + 1, -1, dtype=np.intp)
    index[np.array(ids) - low] = np.arange(len(ids))
    return _Positions(low, index)


# Largest packed key: three positions packed in one signed 64-bit integer.
_PACKED_LIMIT = 2**62
# SQLite hands the marks over as text, each value times 2^20 as a whole number: exact
# for every mark on a step of a half, a quarter… (multiplying by a power of two is).
_SCALE = 2**20


def _score_rows(q: Plain, stage_id: int, jurors: _Positions, projects: _Positions,
                criteria: _Positions) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Positions (juror, project, criterion) and values of the stage's voting marks.

    The three ids travel packed in one integer when their spans allow it (always,
    in practice): a result row of two numbers instead of four halves the cost of
    the driver turning rows into Python objects. On SQLite the rows do not become
    Python objects at all where the values allow it (`_sqlite_text`). Plain DB-API,
    literal integer ids (ours, never user text), so it runs the same on SQLite and
    PostgreSQL.
    """
    where = (f"FROM scores s WHERE s.stage_id = {int(stage_id)}"
             f" AND s.juror_id BETWEEN {jurors.low} AND {jurors.low + jurors.span - 1}"
             f" AND s.project_id BETWEEN {projects.low} AND {projects.low + projects.span - 1}")
    # SQLite's integers are 64-bit already, and a CAST per row costs a tenth of the read
    juror = "s.juror_id" if q.dialect == "sqlite" else "CAST(s.juror_id AS BIGINT)"
    key = (f"(({juror} - {jurors.low}) * {projects.span} + (s.project_id - {projects.low}))"
           f" * {criteria.span} + (s.criterion_id - {criteria.low})")
    cursor = q.cursor()
    try:
        packed = jurors.span * projects.span * criteria.span < _PACKED_LIMIT
        read = _sqlite_text(cursor, key, where) if packed and q.dialect == "sqlite" else None
        if read is not None:
            keys, values = read
        elif packed:
            cursor.execute(f"SELECT {key}, s.value {where}")
            rows = np.fromiter(cursor, dtype=[("key", np.int64), ("value", float)])
            keys, values = rows["key"], rows["value"]
        else:
            cursor.execute(f"SELECT s.juror_id, s.project_id, s.criterion_id, s.value {where}")
            table = np.array(cursor.fetchall(), dtype=object).reshape(-1, 4)
            j, p, c = (table[:, i].astype(np.int64) for i in range(3))
            values = table[:, 3].astype(float)
    finally:
        cursor.close()
    if packed:
        rest, c = np.divmod(keys, criteria.span)
        j, p = np.divmod(rest, projects.span)
        j, p, c = j + jurors.low, p + projects.low, c + criteria.low
    ji, pi = _at(jurors, j), _at(projects, p)
    kept = (ji >= 0) & (pi >= 0)  # observers never score (a trigger refuses it); guard anyway
    return ji[kept], pi[kept], criteria.of(c[kept]), values[kept]


def _sqlite_text(cursor: Any, key: str, where: str) -> tuple[np.ndarray, np.ndarray] | None:
    """The packed keys and the values as two texts of whole numbers that numpy parses
    at once: 320,000 marks in a third of the time their rows took as Python objects.
    None (read them as rows) when a value is not a whole number of 2^-20ths, which
    SQLite checks on every row in the same statement."""
    scaled = f"s.value * {_SCALE}"
    cursor.execute(f"SELECT count(*), group_concat({key}), "
                   f"group_concat(CAST({scaled} AS INTEGER)), "
                   f"total({scaled} != CAST({scaled} AS INTEGER)) {where}")
    count, keys, values, inexact = cursor.fetchone()
    if inexact:
        return None
    if not count:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    # both lists run over the same rows in the same order (one aggregate pass)
    k = np.fromstring(keys, dtype=np.int64, sep=",")
    v = np.fromstring(values, dtype=np.int64, sep=",")
    if len(k) != count or len(v) != count:
        return None
    return k, v / float(_SCALE)


def _at(positions: _Positions, ids: np.ndarray) -> np.ndarray:
    """Positions of `ids`, -1 for an id that is not one of ours."""
    inside = (ids >= positions.low) & (ids - positions.low < positions.span)
    at = np.full(len(ids), -1, dtype=np.intp)
    at[inside] = positions.of(ids[inside])
    return at


def rules_of(edition: Edition | EditionRules, trim: int | None = None,
             stage: StageFacts | None = None) -> scoring.Rules:
    """The edition's rules; in a stage that gives each project N readers, a quorum above
    N would leave every project unranked: there it is N."""
    tokens = tuple(edition.tie_break)
    casting = tuple(edition.casting_vote)
    quorum = edition.quorum
    if stage is not None and stage.per_project is not None:
        quorum = min(quorum, stage.per_project)
    return scoring.Rules(quorum=quorum, trim=edition.trim if trim is None else trim,
                         tie_break=tokens, casting_vote=casting)


def stage_method(edition: Edition | EditionRules, stage: StageFacts) -> str:
    """The method a stage ranks by: its own, else the edition's."""
    return scoring.canonical_method(stage.method or edition.method)


def stage_results(session: Session, edition: Edition,
                  stage: Stage | None = None) -> scoring.Results:
    """A stage's own ranking (default: the last scoring stage, where the deliberation
    stands) by its method and rules, without the resampling: what the shortlist, the
    proposal, the lock and the dossier rest on, the same figures `rank` prints."""
    q = plain_of(session)
    stages = stage_rows(q, edition.id)
    chosen = last_scoring_of(stages) if stage is None else stage
    return scoring.rank(read_snapshot(q, edition.id, chosen, stages),
                        stage_method(edition, chosen), rules_of(edition, stage=chosen))


@dataclass
class EditionRanking:
    """Everything `rank` prints, computed once."""

    year: int
    method: str
    results: scoring.Results
    agreement: dict[str, scoring.Agreement]
    titles: dict[str, str]
    category_names: dict[str, str]
    only: str | None = None

    @property
    def scopes(self) -> list[str]:
        codes = list(self.results.categories)
        return [self.only] if self.only else codes


def compute(q: Plain | Session, year: int, *, method: str | None = None, trim: int | None = None,
            category: str | None = None, lang: str | None = None,
            stage: str | None = None) -> EditionRanking:
    """Rank edition `year` on the marks of one stage (default: the open one, or the next
    scoring stage after an open screening, or the last once all are closed) by the
    stage's method, else the edition's, unless `method` is given. A stage ranks on its
    own marks only. Read in plain SQL (`q`: `db.plain()`, or a session's)."""
    if not isinstance(q, Plain):
        q = plain_of(q)
    edition = edition_rules(q, year)
    stages = stage_rows(q, edition.id)
    chosen = find_in(stages, stage, edition.year, kind="scoring")
    try:
        name = scoring.canonical_method(method or chosen.method or edition.method)
    except ValueError:
        raise InputError(Problem(tr("unknown method {method}; choose one of: {choices}",
                                    method=method, choices=", ".join(scoring.METHODS)))) from None
    if trim is not None and trim < 0:
        raise InputError(Problem(tr("--trim must be 0 or more")))
    names = {code: pick(SimpleNamespace(name_fr=fr, name_nl=nl, name_en=en), "name", lang)
             for code, fr, nl, en in q.rows(
                 "SELECT code, name_fr, name_nl, name_en FROM categories "
                 "WHERE edition_id = :edition ORDER BY position", {"edition": edition.id})}
    if category is not None and category not in names:
        raise InputError(Problem(tr("unknown category {value}; choose one of: {choices}",
                                    value=category, choices=", ".join(sorted(names)))))
    snapshot = read_snapshot(q, edition.id, chosen, stages)
    results = scoring.rank(snapshot, name, rules_of(edition, trim, chosen))
    results = with_uncertainty(snapshot, results, edition.year, category)
    agreement = scoring.agreement_by_category(snapshot) if snapshot.projects else {}
    titles = {code: pick(SimpleNamespace(title_fr=fr, title_nl=nl, title_en=en), "title", lang)
              for code, fr, nl, en in q.rows(
                  "SELECT code, title_fr, title_nl, title_en FROM projects "
                  "WHERE edition_id = :edition ORDER BY code", {"edition": edition.id})}
    return EditionRanking(edition.year, name, results, agreement, titles, names, category)


def with_uncertainty(snapshot: scoring.Snapshot, results: scoring.Results, year: int,
                     only: str | None = None, *, overall: bool = True) -> scoring.Results:
    """Results with each printed ranking's uncertainty, resampled from the edition year
    (left out with a note where the method's draws would take minutes)."""
    def sure(ranking: scoring.Ranking) -> scoring.Ranking:
        return attach(snapshot, ranking, results.rules, seed=year)
    categories = {c: sure(r) if only in (None, c) else r for c, r in results.categories.items()}
    everyone = sure(results.overall) if only is None and overall else results.overall
    return replace(results, categories=categories, overall=everyone)


def rank_edition(db: Database, year: int, *, method: str | None = None,
                 trim: int | None = None, category: str | None = None,
                 lang: str | None = None, stage: str | None = None) -> EditionRanking:
    """`compute` in a read transaction of its own (the command line's and the desk's way)."""
    with db.plain() as q:
        return compute(q, year, method=method, trim=trim, category=category, lang=lang,
                       stage=stage)
