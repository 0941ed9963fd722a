"""The candidate registry: projects, checked, written one change at a time, and undoable.

Each function works inside the caller's write session, checks its input first
(`project_problems`, shared with the project dialog's live validation), then writes
the change and its audit entry. Removing a project takes its conflicts and scores
with it (the scores cleared one by one) and returns them, so that the desk can undo
it exactly; restoring goes through the same audited paths.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain import names
from yansenne.domain.amounts import amount_problem, parse_amount
from yansenne.domain.editions import editable_edition
from yansenne.domain.jury import declare_conflict
from yansenne.domain.places import municipality_code, municipality_problem
from yansenne.domain.records import (
    ClearedScore,
    _categories,
    _Checks,
    _cleared,
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
from yansenne.store.models import ACTORS, LANGUAGES, Conflict, Criterion, Juror, Project, Score

PROJECT_FIELDS = ("code", "category", "title_fr", "title_nl", "title_en", "organisation",
                  "lead_actor", "partner_actors", "municipality", "summary_fr", "summary_nl",
                  "summary_en", "contact_name", "contact_email", "budget_eur", "language")


@dataclass(frozen=True)
class RemovedProject:
    record: dict[str, Any]
    conflicts: tuple[tuple[str, str], ...]  # (juror code, reason)
    scores: tuple[ClearedScore, ...]


# ---------------------------------------------------------------- checks


def budget_problem(value: Any) -> str | None:
    """Why a budget is not an amount of at least 0 ("7.450" is ambiguous), or None."""
    if value is None or value == "":
        return None
    return amount_problem(value, minimum=0)


def _actor_codes(value: Any) -> list[str]:
    """Actor types by code or name (as `names` reads them); an unknown one kept as typed."""
    if isinstance(value, str):
        value = value.replace(",", ";").split(";")
    choices = names.actor_choices()
    texts = [str(a).strip() for a in value or () if str(a).strip()]
    return [names.name_code(a, choices) or a.lower() for a in texts]


def normal_project(data: Mapping[str, Any]) -> dict[str, Any]:
    """A project record as the database holds it: stripped texts, partners in canonical
    order, no municipality and no lead actor as None, the budget as a number (if it is
    one), the language in lower case (fr when blank)."""
    record: dict[str, Any] = {}
    for name in PROJECT_FIELDS:
        if name not in data:
            continue
        value = data[name]
        if name == "partner_actors":
            codes = _actor_codes(value)
            value = ";".join([a for a in ACTORS if a in codes]
                             + [c for c in codes if c not in ACTORS])
        elif name == "municipality":
            text = str(value).strip() if value is not None else ""
            value = (municipality_code(text) or text) if text else None
        elif name == "lead_actor":
            text = str(value).strip() if value is not None else ""
            value = (names.name_code(text, names.actor_choices()) or text) if text else None
        elif name == "language":
            value = str(value).strip().lower() if value not in (None, "") else "fr"
            value = value or "fr"
        elif name == "budget_eur":
            number = parse_amount(value) if value not in (None, "") else None
            value = number if number is not None else (None if value in (None, "") else value)
        elif isinstance(value, str):
            value = value.strip()
        elif value is None:
            value = ""
        record[name] = value
    return record


def category_code(value: Any, categories: Any) -> Any:
    """The code of the category `value` names (code or name, as `names` reads them) among
    an edition's `categories` (objects or dicts with code and names), else `value`."""
    if not isinstance(value, str) or not value.strip():
        return value
    return names.name_code(value, names.choices_of(categories)) or value.strip()


def project_problems(data: Mapping[str, Any], *, taken_codes: Collection[str],
                     categories: Collection[Any]) -> dict[str, str]:
    """Field -> message for a (normalised) project record; only the fields present.

    `categories`: the edition's category codes, or its categories (objects with code
    and names), whose names then count too."""
    checks = _Checks()
    if "code" in data:
        checks.add("code", code_problem(data["code"], taken_codes))
    codes = [c if isinstance(c, str) else c.code for c in categories]
    if "category" in data and data["category"] not in codes:
        listed = [c for c in categories if not isinstance(c, str)]
        choices = (names.choices_of(listed) if listed
                   else {c: () for c in codes})
        checks.add("category", required() if not data["category"] else names.name_problem(
            data["category"], choices, kind="category") or tr("unknown category {value}",
                                             value=f"\"{data['category']}\""))
    if "title_fr" in data and not data["title_fr"]:
        checks.add("title_fr", required())
    for name in ("title_fr", "title_nl", "title_en", "organisation", "contact_name"):
        if name in data:
            checks.add(name, length_problem(name, data[name]))
    if "lead_actor" in data and data["lead_actor"] and data["lead_actor"] not in ACTORS:
        checks.add("lead_actor", names.name_problem(data["lead_actor"], names.actor_choices())
                   or tr("{value} is not one of: {choices}", value=f"\"{data['lead_actor']}\"",
                         choices=", ".join(ACTORS)))
    if "partner_actors" in data:
        unknown = [a for a in _actor_codes(data["partner_actors"]) if a not in ACTORS]
        if unknown:
            checks.add("partner_actors", names.name_problem(unknown[0], names.actor_choices())
                       or tr("{value} is not one of: {choices}", value=f"\"{unknown[0]}\"",
                             choices=", ".join(ACTORS)))
    if "municipality" in data:
        checks.add("municipality", municipality_problem(data["municipality"]))
    if "language" in data and data["language"] not in LANGUAGES:
        checks.add("language", tr("{value} is not one of: {choices}",
                                  value=f"\"{data['language']}\"", choices=", ".join(LANGUAGES)))
    if "contact_email" in data:
        checks.add("contact_email", email_problem(data["contact_email"]))
    if "budget_eur" in data:
        checks.add("budget_eur", budget_problem(data["budget_eur"]))
    return checks.problems


# ---------------------------------------------------------------- projects


def project_record(project: Project) -> dict[str, Any]:
    """Every field of a project, with its category by code."""
    record = {name: getattr(project, name) for name in PROJECT_FIELDS if name != "category"}
    record["category"] = project.category.code
    return record


def add_project(session: Session, year: int, data: Mapping[str, Any], *, actor: str,
                action: str = "project.add", **details: Any) -> None:
    edition = editable_edition(session, year)
    record = normal_project({name: data.get(name) for name in PROJECT_FIELDS})
    record["category"] = category_code(record["category"], edition.categories)
    categories = _categories(edition)
    _refuse(project_problems(record, taken_codes=[p.code for p in edition.projects],
                             categories=list(categories.values())))
    category = categories[record.pop("category")]
    session.add(Project(edition=edition, category_id=category.id, **record))
    session.flush()
    audit.record(session, action, year=year, entity="project", key=record["code"], actor=actor,
                 after={**record, "category": category.code}, **details)


def update_project(session: Session, year: int, code: str, changes: Mapping[str, Any], *,
                   actor: str, **details: Any) -> dict[str, Any]:
    """Change some fields of project `code`; returns their previous values."""
    edition = editable_edition(session, year)
    project = _project(session, edition, code)
    record = normal_project(changes)
    if "category" in record:
        record["category"] = category_code(record["category"], edition.categories)
    categories = _categories(edition)
    taken = [p.code for p in edition.projects if p.id != project.id]
    _refuse(project_problems(record, taken_codes=taken, categories=list(categories.values())))
    before = project_record(project)
    changed = {k: [before[k], v] for k, v in record.items() if before[k] != v}
    if "category" in changed:
        category = categories[record["category"]]
        stray = session.scalar(
            select(func.count(Score.id)).join(Criterion, Criterion.id == Score.criterion_id)
            .where(Score.project_id == project.id, Criterion.category_id.is_not(None),
                   Criterion.category_id != category.id)) or 0
        if stray:
            raise InputError(Problem(tr(
                "project {project} has {count} scores on criteria that are not in the grid of "
                "category {category}; its category cannot change", project=project.code,
                count=stray, category=category.code)))
    for name, (_, value) in changed.items():
        if name == "category":
            project.category_id = categories[value].id
        else:
            setattr(project, name, value)
    if changed:
        session.flush()
        audit.record(session, "project.update", year=year, entity="project", key=project.code,
                     actor=actor, changes=changed, **details)
    return {k: before[k] for k in record}


def delete_project(session: Session, year: int, code: str, *, actor: str) -> RemovedProject:
    """Remove a project with its conflicts and scores (the scores cleared one by one)."""
    edition = editable_edition(session, year)
    project = _project(session, edition, code)
    record = project_record(project)
    conflicts = tuple(
        (juror_code, reason) for juror_code, reason in session.execute(
            select(Juror.code, Conflict.reason).join(Conflict, Conflict.juror_id == Juror.id)
            .where(Conflict.project_id == project.id).order_by(Juror.position, Juror.code)))
    scores = _cleared(session, session.scalars(select(Score).where(
        Score.project_id == project.id).order_by(Score.id)), actor=actor)
    edition.projects.remove(project)
    session.delete(project)
    session.flush()
    audit.record(session, "project.delete", year=year, entity="project", key=code, actor=actor,
                 before=record, conflicts=len(conflicts), scores=len(scores))
    return RemovedProject(record, conflicts, tuple(scores))


def restore_project(session: Session, year: int, removed: RemovedProject, *, actor: str) -> None:
    """Undo `delete_project`: the project, its conflicts, then its scores."""
    add_project(session, year, removed.record, actor=actor, action="project.restore")
    for juror, reason in removed.conflicts:
        declare_conflict(session, year, juror, removed.record["code"], reason, actor=actor)
    restore_scores(session, year, removed.scores, actor=actor)
