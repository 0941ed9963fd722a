"""An edition's ranking as the command line, the workbook and the dossier show it.

Builds the pure scoring `Snapshot` from the database (observers left out,
conflicts as recusals), runs the edition's method with its rules, and renders the
result as the JSON of spec/cli.md, as CSV, or as a table for people.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne import scoring
from yansenne.errors import InputError, Problem
from yansenne.exchange.cells import csv_safe
from yansenne.i18n import pick, tr
from yansenne.reports.text import format_table
from yansenne.store.models import Conflict, Edition, Juror

# Stable English reasons in JSON (the spec's example says "below quorum").
REASONS_JSON = {
    scoring.BELOW_QUORUM: "below quorum",
    scoring.NO_SCORES: "no scores",
    scoring.TOO_FEW_TO_TRIM: "too few totals to trim",
}


def reason_text(code: str) -> str:
    """An unranked project's reason in the user's language."""
    if code == scoring.BELOW_QUORUM:
        return tr("below quorum")
    if code == scoring.NO_SCORES:
        return tr("no scores")
    if code == scoring.TOO_FEW_TO_TRIM:
        return tr("too few totals to trim")
    return code


def find_edition(session: Session, year: int) -> Edition:
    edition = session.scalars(select(Edition).where(Edition.year == year)).first()
    if edition is None:
        raise InputError(Problem(tr("no edition {year} in the database", year=year)))
    return edition


def snapshot_of(session: Session, edition: Edition) -> scoring.Snapshot:
    """The edition's scores as the scoring core sees them.

    The marks are read in one pass through the driver's cursor, as positions
    rather than codes (`Snapshot.from_arrays`): an edition of 320,000 scores
    loads in a fraction of a second, where building a row object and a tuple of
    codes per mark took most of the time of a whole ranking.
    """
    categories = {c.id: c.code for c in edition.categories}
    criteria = tuple(
        scoring.Criterion(c.code, c.weight, c.min_value, c.max_value, c.step,
                          categories[c.category_id] if c.category_id else None)
        for c in edition.criteria
    )
    projects = tuple(scoring.Project(p.code, categories[p.category_id])
                     for p in edition.projects)
    voting = [j for j in edition.jurors if j.role != "observer"]
    jurors = tuple(scoring.Juror(j.code, j.role == "president") for j in voting)
    juror_at = _positions([j.id for j in voting])
    project_at = _positions([p.id for p in edition.projects])
    criterion_at = _positions([c.id for c in edition.criteria])
    ji, pi, ci, values = _score_rows(session, edition.id, juror_at, project_at, criterion_at)
    juror_codes = {j.id: j.code for j in voting}
    project_codes = {p.id: p.code for p in edition.projects}
    conflicts = frozenset(
        (juror_codes[j], project_codes[p]) for j, p in session.execute(
            select(Conflict.juror_id, Conflict.project_id).join(Juror)
            .where(Juror.edition_id == edition.id)) if j in juror_codes)
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


def _score_rows(session: Session, edition_id: int, jurors: _Positions, projects: _Positions,
                criteria: _Positions) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Positions (juror, project, criterion) and values of the edition's voting marks.

    The three ids travel packed in one integer when their spans allow it (always,
    in practice): a result row of two numbers instead of four halves the cost of
    the driver turning rows into Python objects. Plain DB-API, literal integer ids
    (ours, never user text), so it runs the same on SQLite and PostgreSQL.
    """
    where = (f"FROM scores s JOIN projects p ON p.id = s.project_id "
             f"WHERE p.edition_id = {int(edition_id)}")
    cursor = session.connection().connection.cursor()
    try:
        if jurors.span * projects.span * criteria.span < _PACKED_LIMIT:
            cursor.execute(
                f"SELECT ((CAST(s.juror_id AS BIGINT) - {jurors.low}) * {projects.span} "
                f"+ (s.project_id - {projects.low})) * {criteria.span} "
                f"+ (s.criterion_id - {criteria.low}), s.value {where}")
            rows = np.fromiter(cursor, dtype=[("key", np.int64), ("value", float)])
            values = rows["value"]
            rest, c = np.divmod(rows["key"], criteria.span)
            j, p = np.divmod(rest, projects.span)
            j, p, c = j + jurors.low, p + projects.low, c + criteria.low
        else:
            cursor.execute(f"SELECT s.juror_id, s.project_id, s.criterion_id, s.value {where}")
            table = np.array(cursor.fetchall(), dtype=object).reshape(-1, 4)
            j, p, c = (table[:, i].astype(np.int64) for i in range(3))
            values = table[:, 3].astype(float)
    finally:
        cursor.close()
    inside = (j >= jurors.low) & (j - jurors.low < jurors.span)
    ji = np.full(len(j), -1, dtype=np.intp)
    ji[inside] = jurors.of(j[inside])
    voting = ji >= 0  # observers never score (a trigger refuses it); guard anyway
    return ji[voting], projects.of(p[voting]), criteria.of(c[voting]), values[voting]


def rules_of(edition: Edition, trim: int | None = None) -> scoring.Rules:
    tokens = tuple(t for t in edition.tie_break.split("\n") if t)
    casting = tuple(t for t in (getattr(edition, "casting_vote", "") or "").split("\n") if t)
    return scoring.Rules(quorum=edition.quorum, trim=edition.trim if trim is None else trim,
                         tie_break=tokens, casting_vote=casting)


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


def compute(session: Session, year: int, *, method: str | None = None, trim: int | None = None,
            category: str | None = None, lang: str | None = None) -> EditionRanking:
    """Rank edition `year` (the edition's own method unless `method` is given)."""
    edition = find_edition(session, year)
    try:
        name = scoring.canonical_method(method or edition.method)
    except ValueError:
        raise InputError(Problem(tr("unknown method {method}; choose one of: {choices}",
                                    method=method, choices=", ".join(scoring.METHODS)))) from None
    if trim is not None and trim < 0:
        raise InputError(Problem(tr("--trim must be 0 or more")))
    codes = {c.code for c in edition.categories}
    if category is not None and category not in codes:
        raise InputError(Problem(tr("unknown category {value}; choose one of: {choices}",
                                    value=category, choices=", ".join(sorted(codes)))))
    snapshot = snapshot_of(session, edition)
    results = scoring.rank(snapshot, name, rules_of(edition, trim))
    agreement = scoring.agreement_by_category(snapshot) if snapshot.projects else {}
    titles = {p.code: pick(p, "title", lang) for p in edition.projects}
    names = {c.code: pick(c, "name", lang) for c in edition.categories}
    return EditionRanking(edition.year, name, results, agreement, titles, names, category)


def _standing_json(ranking: EditionRanking, standing: scoring.Standing) -> dict[str, Any]:
    record = standing.as_json()
    return {"rank": record["rank"], "place": record["place"], "project": record["project"],
            "title": ranking.titles.get(standing.project, ""), **{
                k: record[k] for k in ("score", "criteria", "n_jurors", "tie")}}


def as_json(ranking: EditionRanking) -> dict[str, Any]:
    """The document of spec/cli.md (`rank --format json`)."""
    categories = []
    for code in ranking.scopes:
        result = ranking.results.categories[code]
        agreement = ranking.agreement.get(code)
        categories.append({
            "code": code,
            "ranking": [_standing_json(ranking, s) for s in result.standings],
            "agreement": agreement.as_json() if agreement else {
                "kendall_w": None, "icc": None, "krippendorff_alpha": None},
            "unranked": [{"project": u.project, "reason": REASONS_JSON.get(u.reason, u.reason)}
                         for u in result.unranked],
        })
    document: dict[str, Any] = {"edition": ranking.year, "method": ranking.method,
                                "categories": categories}
    if ranking.only is None:
        document["overall"] = {"ranking": [_standing_json(ranking, s)
                                           for s in ranking.results.overall.standings]}
    return document


def as_json_text(ranking: EditionRanking) -> str:
    return json.dumps(as_json(ranking), ensure_ascii=False, indent=2)


def as_csv(ranking: EditionRanking) -> str:
    """One row per ranked project and scope (a category, or `overall`)."""
    criteria: list[str] = []
    for code in ranking.scopes:
        for standing in ranking.results.categories[code].standings:
            criteria.extend(c for c in standing.criteria if c not in criteria)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["scope", "rank", "place", "project", "title", "score", "n_jurors", "tie",
                     *[f"criteria.{c}" for c in criteria]])
    scopes: list[tuple[str, scoring.Ranking]] = [
        (code, ranking.results.categories[code]) for code in ranking.scopes]
    if ranking.only is None:
        scopes.append(("overall", ranking.results.overall))
    for scope, result in scopes:
        for s in result.standings:
            record = s.as_json()
            writer.writerow([scope, s.rank, s.place, s.project,
                             csv_safe(ranking.titles.get(s.project, "")), record["score"],
                             s.n_jurors, "true" if s.tie else "false",
                             *[_blank(record["criteria"].get(c)) for c in criteria]])
    return out.getvalue()


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _figure(value: float) -> str:
    return f"{value:.2f}"


def as_table(ranking: EditionRanking) -> str:
    """The ranking for people: one block per category, then overall."""
    blocks = [tr("Edition {year}, method: {method}", year=ranking.year, method=ranking.method)]
    scopes: list[tuple[str, scoring.Ranking, scoring.Agreement | None]] = [
        (ranking.category_names.get(code, code), ranking.results.categories[code],
         ranking.agreement.get(code)) for code in ranking.scopes]
    if ranking.only is None:
        scopes.append((tr("Overall"), ranking.results.overall, None))
    head = (tr("place"), tr("rank"), tr("project"), tr("title"), tr("score"), tr("jurors"), "")
    for name, result, agreement in scopes:
        rows = [(str(s.place), f"{s.rank}=" if s.tie else str(s.rank), s.project,
                 _shorten(ranking.titles.get(s.project, ""), 48), _figure(s.score),
                 str(s.n_jurors), tr("ex aequo") if s.tie else "")
                for s in result.standings]
        block = [f"\n{name}", format_table(head, rows, numeric={0, 1, 4, 5}) if rows
                 else tr("no ranked project")]
        for u in result.unranked:
            block.append(tr("not ranked: {project} ({reason})", project=u.project,
                            reason=reason_text(u.reason)))
        if agreement is not None:
            block.append(tr("agreement: Kendall's W {w}, ICC(2,1) {icc}, Krippendorff's alpha "
                            "{alpha}", w=_maybe(agreement.kendall_w), icc=_maybe(
                                agreement.icc.shown if agreement.icc else None),
                            alpha=_maybe(agreement.krippendorff_alpha)))
        blocks.append("\n".join(block))
    return "\n".join(blocks)


def _maybe(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
