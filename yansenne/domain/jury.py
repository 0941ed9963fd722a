"""The jury: jurors, the categories each scores, and their declared conflicts of interest.

Each function works inside the caller's write session, checks its input first
(`juror_problems`, shared with the juror dialog's live validation), then writes the
change and its audit entry. Removing a juror returns what went with it (its
categories, conflicts and cleared scores) so that the desk can undo it exactly.

A conflict declared over a pair that already has scores first clears those scores
(each audited through `set_score`), because the schema refuses a conflict over
scored pairs; the cleared marks are returned so that withdrawing can put them back.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain.editions import InvalidRecord, editable_edition
from yansenne.domain.records import (
    ClearedScore,
    _categories,
    _Checks,
    _cleared,
    _juror,
    _project,
    _refuse,
    code_problem,
    email_problem,
    length_problem,
    required,
    restore_scores,
)
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.models import LANGUAGES, ROLES, Assignment, Conflict, Juror, Project, Score
from yansenne.store.postgres import drop_juror_logins

JUROR_FIELDS = ("code", "name", "institution", "role", "language", "email")


@dataclass(frozen=True)
class RemovedJuror:
    record: dict[str, Any]
    categories: tuple[str, ...]
    conflicts: tuple[tuple[str, str], ...]  # (project code, reason)
    scores: tuple[ClearedScore, ...]
    position: int = 0


# ---------------------------------------------------------------- checks


def normal_juror(data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: (str(data[name]).strip() if data[name] is not None else "")
            for name in JUROR_FIELDS if name in data}


def juror_problems(data: Mapping[str, Any], *, taken_codes: Collection[str]) -> dict[str, str]:
    checks = _Checks()
    if "code" in data:
        checks.add("code", code_problem(data["code"], taken_codes))
    if "name" in data and not data["name"]:
        checks.add("name", required())
    for name in ("name", "institution"):
        if name in data:
            checks.add(name, length_problem(name, data[name]))
    if "role" in data and data["role"] not in ROLES:
        checks.add("role", tr("{value} is not one of: {choices}", value=f"\"{data['role']}\"",
                              choices=", ".join(ROLES)))
    if "language" in data and data["language"] not in LANGUAGES:
        checks.add("language", tr("{value} is not one of: {choices}",
                                  value=f"\"{data['language']}\"", choices=", ".join(LANGUAGES)))
    if "email" in data:
        checks.add("email", email_problem(data["email"]))
    return checks.problems


# ---------------------------------------------------------------- jurors


def juror_record(juror: Juror) -> dict[str, Any]:
    return {name: getattr(juror, name) for name in JUROR_FIELDS}


def add_juror(session: Session, year: int, data: Mapping[str, Any], *,
              categories: Collection[str] | None = None, position: int | None = None,
              actor: str, action: str = "juror.add") -> None:
    """A new juror, scoring `categories` (every category when None)."""
    edition = editable_edition(session, year)
    record = normal_juror({"role": "member", "language": "fr",
                           **{k: data.get(k) for k in JUROR_FIELDS if data.get(k) is not None}})
    _refuse(juror_problems(record, taken_codes=[j.code for j in edition.jurors]))
    known = _categories(edition)
    chosen = list(known) if categories is None else [c for c in known if c in categories]
    if position is None:
        position = max((j.position for j in edition.jurors), default=-1) + 1
    juror = Juror(edition=edition, position=position, **record)
    session.add(juror)
    session.flush()
    for code in chosen:
        juror.assignments.append(Assignment(category_id=known[code].id))
    session.flush()
    audit.record(session, action, year=year, entity="juror", key=record["code"], actor=actor,
                 after=record, categories=chosen)


def update_juror(session: Session, year: int, code: str, changes: Mapping[str, Any], *,
                 actor: str) -> dict[str, Any]:
    """Change some fields of juror `code`; returns their previous values."""
    edition = editable_edition(session, year)
    juror = _juror(session, edition, code)
    record = normal_juror(changes)
    taken = [j.code for j in edition.jurors if j.id != juror.id]
    _refuse(juror_problems(record, taken_codes=taken))
    before = juror_record(juror)
    if record.get("role") == "observer" and before["role"] != "observer":
        count = session.scalar(select(func.count(Score.id)).where(Score.juror_id == juror.id))
        if count:
            raise InvalidRecord({"role": tr(
                "juror {juror} has {count} scores; an observer does not score, so clear them "
                "first", juror=juror.code, count=count)})
    changed = {k: [before[k], v] for k, v in record.items() if before[k] != v}
    for name, (_, value) in changed.items():
        setattr(juror, name, value)
    if changed:
        session.flush()
        audit.record(session, "juror.update", year=year, entity="juror", key=juror.code,
                     actor=actor, changes=changed)
    return {k: before[k] for k in record}


def assigned_categories(juror: Juror) -> list[str]:
    codes = {a.category.code for a in juror.assignments}
    return [c.code for c in juror.edition.categories if c.code in codes]


def set_assignments(session: Session, year: int, code: str, categories: Collection[str], *,
                    actor: str) -> list[str]:
    """Which categories juror `code` scores; returns the previous ones."""
    edition = editable_edition(session, year)
    juror = _juror(session, edition, code)
    known = _categories(edition)
    unknown = [c for c in categories if c not in known]
    if unknown:
        raise InputError(Problem(tr("unknown category {value}", value=f"\"{unknown[0]}\"")))
    before = assigned_categories(juror)
    wanted = [c for c in known if c in categories]
    for removed in (c for c in before if c not in wanted):
        count = session.scalar(
            select(func.count(Score.id)).join(Project, Project.id == Score.project_id)
            .where(Score.juror_id == juror.id, Project.category_id == known[removed].id))
        if count:
            raise InputError(Problem(tr(
                "juror {juror} has {count} scores in category {category}; clear them before "
                "taking the category from the juror", juror=juror.code, count=count,
                category=removed)))
    if wanted == before:
        return before
    for assignment in list(juror.assignments):
        if assignment.category.code not in wanted:
            juror.assignments.remove(assignment)
    for added in (c for c in wanted if c not in before):
        juror.assignments.append(Assignment(category_id=known[added].id))
    session.flush()
    audit.record(session, "juror.assign", year=year, entity="juror", key=juror.code, actor=actor,
                 before=before, after=wanted)
    return before


def delete_juror(session: Session, year: int, code: str, *, actor: str) -> RemovedJuror:
    edition = editable_edition(session, year)
    juror = _juror(session, edition, code)
    record = juror_record(juror)
    categories = tuple(assigned_categories(juror))
    conflicts = tuple(
        (project_code, reason) for project_code, reason in session.execute(
            select(Project.code, Conflict.reason).join(Conflict, Conflict.project_id == Project.id)
            .where(Conflict.juror_id == juror.id).order_by(Project.code)))
    scores = _cleared(session, session.scalars(select(Score).where(
        Score.juror_id == juror.id).order_by(Score.id)), actor=actor)
    position = juror.position
    # Its server login goes with it (an undo restores the juror, not the login).
    drop_juror_logins(session, [juror.id], year=year, actor=actor, reason="juror.delete")
    edition.jurors.remove(juror)
    session.delete(juror)
    session.flush()
    audit.record(session, "juror.delete", year=year, entity="juror", key=code, actor=actor,
                 before=record, conflicts=len(conflicts), scores=len(scores))
    return RemovedJuror(record, categories, conflicts, tuple(scores), position)


def restore_juror(session: Session, year: int, removed: RemovedJuror, *, actor: str) -> None:
    add_juror(session, year, removed.record, categories=removed.categories,
              position=removed.position, actor=actor, action="juror.restore")
    for project, reason in removed.conflicts:
        declare_conflict(session, year, removed.record["code"], project, reason, actor=actor)
    restore_scores(session, year, removed.scores, actor=actor)


# ---------------------------------------------------------------- conflicts


def pair_scores(session: Session, juror: Juror, project: Project) -> list[Score]:
    return list(session.scalars(select(Score).where(
        Score.juror_id == juror.id, Score.project_id == project.id).order_by(Score.id)))


def declare_conflict(session: Session, year: int, juror_code: str, project_code: str,
                     reason: str = "", *, actor: str) -> list[ClearedScore]:
    """Declare that the juror never scores the project; clears (and returns) the pair's
    scores first, since the schema refuses a conflict over scored pairs."""
    edition = editable_edition(session, year)
    juror = _juror(session, edition, juror_code)
    project = _project(session, edition, project_code)
    if session.get(Conflict, (juror.id, project.id)) is not None:
        raise InputError(Problem(tr("juror {juror} is already in conflict with project "
                                    "{project}", juror=juror.code, project=project.code)))
    # The juror's assignment row first (no-op on SQLite): a mark a juror is writing on a
    # server through its functions, which share-lock that row, is then cleared here.
    session.execute(select(Assignment.juror_id).where(
        Assignment.juror_id == juror.id, Assignment.category_id == project.category_id)
        .with_for_update())
    cleared = _cleared(session, pair_scores(session, juror, project), actor=actor)
    session.add(Conflict(juror_id=juror.id, project_id=project.id, reason=reason.strip()))
    session.flush()
    audit.record(session, "conflict.declare", year=year, entity="conflict",
                 key=f"{juror.code}/{project.code}", actor=actor, reason=reason.strip(),
                 cleared=len(cleared))
    return cleared


def withdraw_conflict(session: Session, year: int, juror_code: str, project_code: str, *,
                      actor: str) -> str:
    """Withdraw a declared conflict; returns its reason."""
    edition = editable_edition(session, year)
    juror = _juror(session, edition, juror_code)
    project = _project(session, edition, project_code)
    conflict = session.get(Conflict, (juror.id, project.id))
    if conflict is None:
        raise InputError(Problem(tr("juror {juror} is not in conflict with project {project}",
                                    juror=juror.code, project=project.code)))
    reason = conflict.reason
    session.delete(conflict)
    session.flush()
    audit.record(session, "conflict.withdraw", year=year, entity="conflict",
                 key=f"{juror.code}/{project.code}", actor=actor, reason=reason)
    return reason


def set_conflict_reason(session: Session, year: int, juror_code: str, project_code: str,
                        reason: str, *, actor: str) -> str:
    """Change why a conflict was declared; returns the previous reason."""
    edition = editable_edition(session, year)
    juror = _juror(session, edition, juror_code)
    project = _project(session, edition, project_code)
    conflict = session.get(Conflict, (juror.id, project.id))
    if conflict is None:
        raise InputError(Problem(tr("juror {juror} is not in conflict with project {project}",
                                    juror=juror.code, project=project.code)))
    before, conflict.reason = conflict.reason, reason.strip()
    if before != conflict.reason:
        session.flush()
        audit.record(session, "conflict.update", year=year, entity="conflict",
                     key=f"{juror.code}/{project.code}", actor=actor, before=before,
                     after=conflict.reason)
    return before
