"""The lock record: everything a locked deliberation rests on, as one canonical JSON
document (spec/cli.md, "The lock").

Keys sorted, UTF-8, no insignificant white space, language-neutral (codes and numbers,
no titles): the edition's rules and grid, its stages and what they recorded, every mark
with its comment and revision, the decisions, votes and attendance, and the rankings
they give. Its SHA-256 is the lock fingerprint printed in the minutes and the dossier;
the record is stored with the lock (`editions.lock_record`) so that it can be attached
to the signed documents and compared again later.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from yansenne import scoring
from yansenne.domain.ranking import stage_results
from yansenne.domain.stages import last_scoring_stage, stages_of
from yansenne.store.models import (
    Category,
    ConsensusText,
    Criterion,
    Edition,
    Juror,
    Project,
    Score,
    Screening,
    ShortlistEntry,
    Vote,
)

#: The record's own format, so that a later program reads an older record for what it is.
FORMAT = 1


def canonical(record: dict[str, Any]) -> bytes:
    """The record's one byte form: sorted keys, compact separators, UTF-8."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(session: Session, edition: Edition) -> dict[str, Any]:
    """The record of `edition` as the database holds it now."""
    category = aliased(Category)
    codes = {p.id: p.code for p in edition.projects}
    stages = stages_of(session, edition.id)
    stage_code = {s.id: s.code for s in stages}
    return {
        "format": FORMAT,
        "edition": edition.year,
        "rules": {"method": edition.method, "trim": edition.trim, "quorum": edition.quorum,
                  "tie_break": list(edition.tie_break), "prizes": list(edition.prizes),
                  "casting_vote": list(edition.casting_vote)},
        "criteria": [
            {"category": cat, "code": code, "weight": weight, "min": low, "max": high,
             "step": step}
            for cat, code, weight, low, high, step in sorted(session.execute(
                select(category.code, Criterion.code, Criterion.weight, Criterion.min_value,
                       Criterion.max_value, Criterion.step)
                .outerjoin(category, category.id == Criterion.category_id)
                .where(Criterion.edition_id == edition.id)).all(),
                key=lambda r: (r[0] or "", r[1]))],
        "stages": [{"code": s.code, "kind": s.kind, "state": s.state,
                    "per_project": s.per_project, "shortlist": s.shortlist,
                    "method": s.method or None} for s in stages],
        "screenings": _screenings(session, stage_code, codes),
        "shortlists": sorted([stage_code[s], codes[p]] for s, p in session.execute(
            select(ShortlistEntry.stage_id, ShortlistEntry.project_id)
            .where(ShortlistEntry.stage_id.in_(stage_code)))),
        "consensus": _consensus(session, stage_code, codes),
        "marks": _marks(session, edition, stage_code),
        "decisions": sorted(
            ({"award": d.award, "project": codes[d.project_id], "amount_eur": d.amount_eur,
              "citation_fr": d.citation_fr, "citation_nl": d.citation_nl,
              "citation_en": d.citation_en, "justification": d.justification}
             for d in edition.decisions), key=lambda d: (d["award"], d["project"])),
        "votes": sorted(
            [{"juror": j, "subject": subject, "project": codes.get(p) if p else None,
              "choice": choice} for j, subject, p, choice in session.execute(
                select(Juror.code, Vote.subject, Vote.project_id, Vote.choice)
                .join(Juror, Juror.id == Vote.juror_id)
                .where(Vote.edition_id == edition.id))],
            key=lambda v: (v["juror"], v["subject"])),
        "attendance": sorted(
            ({"juror": j.code, "role": j.role, "present": bool(j.present)}
             for j in edition.jurors), key=lambda a: a["juror"]),
        "rankings": _rankings(session, edition),
    }


def _screenings(session: Session, stage_code: dict[int, str],
                codes: dict[int, str]) -> list[dict[str, Any]]:
    return sorted(
        ({"stage": stage_code[s], "project": codes[p], "eligible": bool(e), "reason": r}
         for s, p, e, r in session.execute(
            select(Screening.stage_id, Screening.project_id, Screening.eligible,
                   Screening.reason).where(Screening.stage_id.in_(stage_code)))),
        key=lambda r: (r["stage"], r["project"]))


def _consensus(session: Session, stage_code: dict[int, str],
               codes: dict[int, str]) -> list[dict[str, Any]]:
    return sorted(
        ({"stage": stage_code[s], "project": codes[p], "kind": k, "text_fr": fr,
          "text_nl": nl} for s, p, k, fr, nl in session.execute(
            select(ConsensusText.stage_id, ConsensusText.project_id, ConsensusText.kind,
                   ConsensusText.text_fr, ConsensusText.text_nl)
            .where(ConsensusText.stage_id.in_(stage_code)))),
        key=lambda r: (r["stage"], r["project"], r["kind"]))


def _marks(session: Session, edition: Edition,
           stage_code: dict[int, str]) -> list[list[Any]]:
    """Every mark as [stage, juror, project, criterion category, criterion, value, comment,
    revision]: a list rather than an object, since an edition can hold 320,000."""
    category = aliased(Category)
    rows = session.execute(
        select(Score.stage_id, Juror.code, Project.code, category.code, Criterion.code,
               Score.value, Score.comment, Score.revision)
        .join(Juror, Juror.id == Score.juror_id)
        .join(Project, Project.id == Score.project_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .outerjoin(category, category.id == Criterion.category_id)
        .where(Project.edition_id == edition.id)).all()
    return sorted([stage_code[s], j, p, c or "", k, v, m or "", r]
                  for s, j, p, c, k, v, m, r in rows)


def _rankings(session: Session, edition: Edition) -> dict[str, Any]:
    """The rankings the decisions rest on: the last scoring stage's, by the edition's
    method (the stage's when it names one), per category and overall."""
    stage = last_scoring_stage(session, edition.id)
    results = stage_results(session, edition, stage)

    def standings(ranking: scoring.Ranking) -> list[dict[str, Any]]:
        return [{"project": s.project, "rank": s.rank, "place": s.place,
                 "score": _number(s.score), "n_jurors": s.n_jurors}
                for s in ranking.standings]

    return {"stage": stage.code, "method": results.method,
            "categories": {code: standings(r) for code, r in results.categories.items()},
            "overall": standings(results.overall)}


def _number(value: float | None) -> float | None:
    """A figure as JSON can hold it (NaN and infinities have no JSON form)."""
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return value


def record_of(session: Session, edition: Edition) -> bytes:
    return canonical(build(session, edition))

