"""The candidate registry, the jury, its conflicts and the grid, edited one change at a time.

Each function works inside the caller's write session, checks its input first
(the `*_problems` functions, shared with the interface's live validation), then
writes the change and its audit entry. What a removal takes with it (a project's
conflicts and scores, a conflict's cleared scores) is returned, so that the desk
can undo it exactly; restoring goes through the same audited paths.

Two rules span tables. A conflict declared over a pair that already has scores
first clears those scores (each audited through `set_score`), because the schema
refuses a conflict over scored pairs. The grid is frozen once any score of the
edition exists: criteria edits are refused until the secretariat deliberately
unfreezes it, which the audit log records (see `grid_frozen`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain import scale
from yansenne.domain.editions import InvalidRecord, editable_edition, has_scores
from yansenne.domain.marks import parse_number, set_score
from yansenne.domain.places import municipality_code, municipality_problem
from yansenne.domain.scale import format_number
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.models import (
    ACTORS,
    LANGUAGES,
    ROLES,
    Assignment,
    AuditEntry,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    Project,
    Score,
)

CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

PROJECT_FIELDS = ("code", "category", "title_fr", "title_nl", "title_en", "organisation",
                  "lead_actor", "partner_actors", "municipality", "summary_fr", "summary_nl",
                  "summary_en", "contact_name", "contact_email", "budget_eur")
JUROR_FIELDS = ("code", "name", "institution", "role", "language", "email")
CATEGORY_FIELDS = ("code", "name_fr", "name_nl", "name_en")
CRITERION_FIELDS = ("code", "category", "name_fr", "name_nl", "name_en", "weight", "min_value",
                    "max_value", "step", "descriptor_fr", "descriptor_nl", "descriptor_en")
_LENGTHS = {"title_fr": 500, "title_nl": 500, "title_en": 500, "organisation": 300,
            "contact_name": 200, "contact_email": 200, "name": 200, "institution": 300,
            "email": 200, "name_fr": 200, "name_nl": 200, "name_en": 200}

CriterionKey = tuple[str | None, str]
"""A criterion by (category code, or None when shared by every category; its code)."""


# ---------------------------------------------------------------- what removals return


@dataclass(frozen=True)
class ClearedScore:
    """A mark removed with its pair, kept so that undoing puts it back."""

    juror: str
    project: str
    criterion: str
    value: float
    comment: str


@dataclass(frozen=True)
class RemovedProject:
    record: dict[str, Any]
    conflicts: tuple[tuple[str, str], ...]  # (juror code, reason)
    scores: tuple[ClearedScore, ...]


@dataclass(frozen=True)
class RemovedJuror:
    record: dict[str, Any]
    categories: tuple[str, ...]
    conflicts: tuple[tuple[str, str], ...]  # (project code, reason)
    scores: tuple[ClearedScore, ...]
    position: int = 0


@dataclass(frozen=True)
class RemovedCategory:
    record: dict[str, Any]
    criteria: tuple[dict[str, Any], ...]
    jurors: tuple[str, ...]
    position: int = 0


@dataclass(frozen=True)
class RemovedCriterion:
    record: dict[str, Any]
    position: int = 0


@dataclass
class _Checks:
    """Collects field -> message, keeping the first message of each field."""

    problems: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str | None) -> None:
        if message and name not in self.problems:
            self.problems[name] = message


# ---------------------------------------------------------------- field checks


def required() -> str:
    return tr("a value is required")


def code_problem(code: str | None, taken: Collection[str] = ()) -> str | None:
    """Why `code` cannot be used (`taken`: the codes already in use), or None."""
    if not code:
        return required()
    if not CODE.match(code):
        return tr("{value} is not a valid code (letters, digits, '-', '_', '.'; at most 40 "
                  "characters)", value=f"\"{code}\"")
    if code.lower() in {t.lower() for t in taken}:
        return tr("the code {code} is already used", code=code)
    return None


def email_problem(email: str | None) -> str | None:
    if email and (len(email) > 200 or not EMAIL.match(email)):
        return tr("{value} is not an e-mail address", value=f"\"{email}\"")
    return None


def length_problem(name: str, value: Any) -> str | None:
    limit = _LENGTHS.get(name)
    if limit and isinstance(value, str) and len(value) > limit:
        return tr("the text is {length} characters long; at most {limit} are allowed",
                  length=len(value), limit=limit)
    return None


def budget_problem(value: Any) -> str | None:
    if value is None or value == "":
        return None
    number = parse_number(value)
    shown = f"\"{format_number(value) if isinstance(value, float) else value}\""
    if number is None:
        return tr("{value} is not a number", value=shown)
    if number < 0:
        return tr("{value} must be at least {minimum}", value=shown, minimum=0)
    return None


def _actor_codes(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.replace(",", ";").split(";")
    return [str(a).strip().lower() for a in value or () if str(a).strip()]


def normal_project(data: Mapping[str, Any]) -> dict[str, Any]:
    """A project record as the database holds it: stripped texts, partners in canonical
    order, no municipality as None, the budget as a number (if it is one)."""
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
        elif name == "budget_eur":
            number = parse_number(value) if value not in (None, "") else None
            value = number if number is not None else (None if value in (None, "") else value)
        elif isinstance(value, str):
            value = value.strip()
        elif value is None:
            value = ""
        record[name] = value
    return record


def project_problems(data: Mapping[str, Any], *, taken_codes: Collection[str],
                     categories: Collection[str]) -> dict[str, str]:
    """Field -> message for a (normalised) project record; only the fields present."""
    checks = _Checks()
    if "code" in data:
        checks.add("code", code_problem(data["code"], taken_codes))
    if "category" in data and data["category"] not in categories:
        checks.add("category", required() if not data["category"] else tr(
            "unknown category {value}", value=f"\"{data['category']}\""))
    if "title_fr" in data and not data["title_fr"]:
        checks.add("title_fr", required())
    for name in ("title_fr", "title_nl", "title_en", "organisation", "contact_name"):
        if name in data:
            checks.add(name, length_problem(name, data[name]))
    if "lead_actor" in data and data["lead_actor"] not in ACTORS:
        checks.add("lead_actor", tr("{value} is not one of: {choices}",
                                    value=f"\"{data['lead_actor']}\"",
                                    choices=", ".join(ACTORS)))
    if "partner_actors" in data:
        unknown = [a for a in _actor_codes(data["partner_actors"]) if a not in ACTORS]
        if unknown:
            checks.add("partner_actors", tr("{value} is not one of: {choices}",
                                            value=f"\"{unknown[0]}\"",
                                            choices=", ".join(ACTORS)))
    if "municipality" in data:
        checks.add("municipality", municipality_problem(data["municipality"]))
    if "contact_email" in data:
        checks.add("contact_email", email_problem(data["contact_email"]))
    if "budget_eur" in data:
        checks.add("budget_eur", budget_problem(data["budget_eur"]))
    return checks.problems


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


def category_problems(data: Mapping[str, Any], *, taken_codes: Collection[str]) -> dict[str, str]:
    checks = _Checks()
    if "code" in data:
        checks.add("code", code_problem(data["code"], taken_codes))
    if "name_fr" in data and not data["name_fr"]:
        checks.add("name_fr", required())
    for lang in LANGUAGES:
        if f"name_{lang}" in data:
            checks.add(f"name_{lang}", length_problem(f"name_{lang}", data[f"name_{lang}"]))
    return checks.problems


def normal_texts(data: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    return {name: (data[name].strip() if isinstance(data[name], str) else data[name])
            for name in fields if name in data}


def criterion_problems(data: Mapping[str, Any], *, taken: Collection[CriterionKey],
                       categories: Collection[str]) -> dict[str, str]:
    """Field -> message for a criterion; `taken` holds the other criteria's keys."""
    checks = _Checks()
    category = data.get("category")
    if category is not None and category not in categories:
        checks.add("category", tr("unknown category {value}", value=f"\"{category}\""))
    code = data.get("code")
    checks.add("code", code_problem(code))
    if code and CODE.match(code):
        folded = code.lower()
        clash = any(c.lower() == folded and (category is None or cat is None or cat == category)
                    for cat, c in taken)
        if clash:
            checks.add("code", tr("the code {code} is already used", code=code))
    if "name_fr" in data and not data["name_fr"]:
        checks.add("name_fr", required())
    numbers = {}
    for name in ("weight", "min_value", "max_value", "step"):
        if name in data:
            value = parse_number(data[name])
            if value is None:
                checks.add(name, tr("{value} is not a number", value=f"\"{data[name]}\""))
            numbers[name] = value
    weight, lo, hi, step = (numbers.get(n) for n in ("weight", "min_value", "max_value", "step"))
    if weight is not None and weight <= 0:
        checks.add("weight", tr("{value} must be greater than 0", value=format_number(weight)))
    if step is not None and step <= 0:
        checks.add("step", tr("{value} must be greater than 0", value=format_number(step)))
    if lo is not None and hi is not None and (wrong := scale.bounds_problem(lo, hi)):
        checks.add("max_value", wrong)
    elif lo is not None and hi is not None and step is not None and step > 0 and (
            wrong := scale.steps_problem(lo, hi, step)):
        checks.add("step", wrong)
    return checks.problems


def _refuse(problems: Mapping[str, str]) -> None:
    if problems:
        raise InvalidRecord(problems)


# ---------------------------------------------------------------- lookups


def _project(session: Session, edition: Edition, code: str) -> Project:
    project = session.scalars(select(Project).where(Project.edition_id == edition.id,
                                                    Project.code == code)).first()
    if project is None:
        raise InputError(Problem(tr("unknown project {value}", value=f"\"{code}\"")))
    return project


def _juror(session: Session, edition: Edition, code: str) -> Juror:
    juror = session.scalars(select(Juror).where(Juror.edition_id == edition.id,
                                                Juror.code == code)).first()
    if juror is None:
        raise InputError(Problem(tr("unknown juror {value}", value=f"\"{code}\"")))
    return juror


def _categories(edition: Edition) -> dict[str, Category]:
    return {c.code: c for c in edition.categories}


def _category(edition: Edition, code: str) -> Category:
    found = _categories(edition).get(code)
    if found is None:
        raise InputError(Problem(tr("unknown category {value}", value=f"\"{code}\"")))
    return found


def _criterion(edition: Edition, key: CriterionKey) -> Criterion:
    category, code = key
    category_id = _category(edition, category).id if category else None
    for criterion in edition.criteria:
        if criterion.code == code and criterion.category_id == category_id:
            return criterion
    raise InputError(Problem(tr("unknown criterion {value}", value=f"\"{code}\"")))


def criterion_for(edition: Edition, project: Project, code: str) -> Criterion:
    """The criterion `code` of the project's grid (its category's own first)."""
    shared = None
    for criterion in edition.criteria:
        if criterion.code == code:
            if criterion.category_id == project.category_id:
                return criterion
            if criterion.category_id is None:
                shared = criterion
    if shared is None:
        raise InputError(Problem(tr("criterion {criterion} is not in the grid of project "
                                    "{project}", criterion=code, project=project.code)))
    return shared


def _cleared(session: Session, scores: Iterable[Score], *, actor: str) -> list[ClearedScore]:
    """Clear marks through the one audited path, remembering them."""
    kept = []
    for score in list(scores):
        kept.append(ClearedScore(score.juror.code, score.project.code, score.criterion.code,
                                 score.value, score.comment))
        set_score(session, score.juror, score.project, score.criterion, None, actor=actor)
    session.flush()
    return kept


def restore_scores(session: Session, year: int, scores: Iterable[ClearedScore], *,
                   actor: str) -> None:
    """Put cleared marks back (each audited as set again)."""
    edition = editable_edition(session, year)
    jurors = {j.code: j for j in edition.jurors}
    projects = {p.code: p for p in edition.projects}
    for kept in scores:
        project = projects.get(kept.project) or _project(session, edition, kept.project)
        juror = jurors.get(kept.juror) or _juror(session, edition, kept.juror)
        criterion = criterion_for(edition, project, kept.criterion)
        try:
            set_score(session, juror, project, criterion, kept.value, kept.comment, actor=actor)
        except ValueError as exc:
            raise InputError(Problem(str(exc))) from exc
    session.flush()


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
    if not record["lead_actor"] and record["category"] in ACTORS:
        record["lead_actor"] = record["category"]  # a category named after an actor
    categories = _categories(edition)
    _refuse(project_problems(record, taken_codes=[p.code for p in edition.projects],
                             categories=categories))
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
    categories = _categories(edition)
    taken = [p.code for p in edition.projects if p.id != project.id]
    _refuse(project_problems(record, taken_codes=taken, categories=categories))
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


# ---------------------------------------------------------------- the grid's freeze


def last_grid_act(session: Session, year: int) -> str | None:
    """The latest deliberate freeze or unfreeze of the edition's grid in the audit log."""
    return session.scalar(
        select(AuditEntry.action).where(AuditEntry.edition_year == year,
                                        AuditEntry.action.in_(("grid.freeze", "grid.unfreeze")))
        .order_by(AuditEntry.id.desc()).limit(1))


def grid_frozen(session: Session, edition: Edition) -> bool:
    """Frozen when flagged, or when any score exists and the secretariat has not
    deliberately unfrozen the grid since it was last frozen."""
    if edition.grid_frozen:
        return True
    return has_scores(session, edition) and last_grid_act(session, edition.year) != "grid.unfreeze"


def freeze_if_scored(session: Session, edition: Edition, *, actor: str) -> bool:
    """Set the flag once scoring has started (audited); returns whether the grid is frozen."""
    frozen = grid_frozen(session, edition)
    if frozen and not edition.grid_frozen:
        edition.grid_frozen = True
        session.flush()
        audit.record(session, "grid.freeze", year=edition.year, entity="grid",
                     key=str(edition.year), actor=actor, reason="scoring started")
    return frozen


def unfreeze_grid(session: Session, year: int, *, actor: str) -> None:
    """The deliberate, logged act of opening a frozen grid to changes."""
    edition = editable_edition(session, year)
    edition.grid_frozen = False
    session.flush()
    audit.record(session, "grid.unfreeze", year=year, entity="grid", key=str(year), actor=actor,
                 scored=has_scores(session, edition))


def freeze_grid(session: Session, year: int, *, actor: str) -> None:
    edition = editable_edition(session, year)
    edition.grid_frozen = True
    session.flush()
    audit.record(session, "grid.freeze", year=year, entity="grid", key=str(year), actor=actor)


def _open_grid(session: Session, year: int) -> Edition:
    edition = editable_edition(session, year)
    if grid_frozen(session, edition):
        raise InputError(Problem(tr("the grid of edition {year} is frozen since scoring "
                                    "started; unfreeze it first", year=year)))
    return edition


# ---------------------------------------------------------------- criteria


def criterion_record(criterion: Criterion) -> dict[str, Any]:
    record = {name: getattr(criterion, name) for name in CRITERION_FIELDS if name != "category"}
    record["category"] = criterion.category.code if criterion.category else None
    return record


def _criterion_values(data: Mapping[str, Any]) -> dict[str, Any]:
    record = normal_texts(data, [n for n in CRITERION_FIELDS if n != "category"])
    if "category" in data:
        record["category"] = data["category"] or None
    for name in ("weight", "min_value", "max_value", "step"):
        if name in record:
            number = parse_number(record[name])
            record[name] = number if number is not None else record[name]
    for name in ("name_nl", "name_en", "descriptor_fr", "descriptor_nl", "descriptor_en"):
        if name in record and record[name] is None:
            record[name] = ""
    return record


def _keys(edition: Edition, exclude: Criterion | None = None) -> list[CriterionKey]:
    return [(c.category.code if c.category else None, c.code) for c in edition.criteria
            if c is not exclude]


def add_criterion(session: Session, year: int, data: Mapping[str, Any], *, actor: str,
                  position: int | None = None, action: str = "criterion.add") -> CriterionKey:
    edition = _open_grid(session, year)
    record = {"weight": 1.0, "min_value": 0.0, "max_value": 10.0, "step": 0.5,
              **_criterion_values({n: data.get(n) for n in CRITERION_FIELDS
                                   if data.get(n) is not None or n == "category"})}
    categories = _categories(edition)
    _refuse(criterion_problems(record, taken=_keys(edition), categories=categories))
    category = categories[record.pop("category")] if record.get("category") else None
    record.pop("category", None)
    if position is None:
        position = max((c.position for c in edition.criteria), default=-1) + 1
    for name in ("name_nl", "name_en", "descriptor_fr", "descriptor_nl", "descriptor_en"):
        record.setdefault(name, "")
    session.add(Criterion(edition=edition, category_id=category.id if category else None,
                          position=position, **record))
    session.flush()
    key = (category.code if category else None, record["code"])
    audit.record(session, action, year=year, entity="criterion", key=_key_text(key),
                 actor=actor, after={**record, "category": key[0]})
    return key


def _key_text(key: CriterionKey) -> str:
    return f"{key[0]}/{key[1]}" if key[0] else key[1]


def update_criterion(session: Session, year: int, key: CriterionKey,
                     changes: Mapping[str, Any], *, actor: str) -> dict[str, Any]:
    """Change a criterion; returns the previous values. A scale or category change that
    would leave existing marks invalid is refused."""
    edition = _open_grid(session, year)
    criterion = _criterion(edition, key)
    before = criterion_record(criterion)
    record = _criterion_values(changes)
    merged = {**before, **record}
    _refuse(criterion_problems(merged, taken=_keys(edition, exclude=criterion),
                               categories=_categories(edition)))
    changed = {k: [before[k], v] for k, v in record.items() if before[k] != v}
    scores = list(session.scalars(select(Score).where(Score.criterion_id == criterion.id)))
    if scores and ("category" in changed or {"min_value", "max_value", "step"} & set(changed)):
        lo, hi, step = merged["min_value"], merged["max_value"], merged["step"]
        off = [s for s in scores if not scale.fits(s.value, lo, hi, step)]
        if "category" in changed and merged["category"] is not None:
            target = _category(edition, merged["category"]).id
            off += [s for s in scores if s.project.category_id != target and s not in off]
        if off:
            raise InputError(Problem(tr(
                "{count} scores of criterion {criterion} would no longer fit; the change is "
                "refused", count=len(off), criterion=criterion.code)))
    for name, (_, value) in changed.items():
        if name == "category":
            criterion.category_id = _category(edition, value).id if value else None
        else:
            setattr(criterion, name, value)
    if changed:
        session.flush()
        new_key = (merged["category"], merged["code"])
        audit.record(session, "criterion.update", year=year, entity="criterion",
                     key=_key_text(new_key), actor=actor, changes=changed)
    return {k: before[k] for k in record}


def delete_criterion(session: Session, year: int, key: CriterionKey, *,
                     actor: str) -> RemovedCriterion:
    edition = _open_grid(session, year)
    criterion = _criterion(edition, key)
    count = session.scalar(select(func.count(Score.id)).where(Score.criterion_id == criterion.id))
    if count:
        raise InputError(Problem(tr("criterion {criterion} has {count} scores; it cannot be "
                                    "deleted", criterion=criterion.code, count=count)))
    record = criterion_record(criterion)
    position = criterion.position
    edition.criteria.remove(criterion)
    session.delete(criterion)
    session.flush()
    audit.record(session, "criterion.delete", year=year, entity="criterion",
                 key=_key_text(key), actor=actor, before=record)
    return RemovedCriterion(record, position)


def restore_criterion(session: Session, year: int, removed: RemovedCriterion, *,
                      actor: str) -> None:
    add_criterion(session, year, removed.record, position=removed.position, actor=actor,
                  action="criterion.restore")


def move_criterion(session: Session, year: int, key: CriterionKey, offset: int, *,
                   actor: str) -> bool:
    """Move a criterion up (-1) or down (+1) among the criteria of its own group
    (shared, or its category's); False when it is already at that end."""
    edition = _open_grid(session, year)
    criterion = _criterion(edition, key)
    ordered = sorted(edition.criteria, key=lambda c: (c.position, c.id))
    for index, item in enumerate(ordered):  # distinct positions first
        item.position = index
    group = [c for c in ordered if c.category_id == criterion.category_id]
    index = group.index(criterion)
    target = index + offset
    if not 0 <= target < len(group):
        return False
    other = group[target]
    criterion.position, other.position = other.position, criterion.position
    session.flush()
    audit.record(session, "criterion.move", year=year, entity="criterion", key=_key_text(key),
                 actor=actor, offset=offset)
    return True


# ---------------------------------------------------------------- categories


def category_record(category: Category) -> dict[str, Any]:
    return {name: getattr(category, name) for name in CATEGORY_FIELDS}


def add_category(session: Session, year: int, data: Mapping[str, Any], *, actor: str,
                 position: int | None = None, jurors: Collection[str] | None = None,
                 action: str = "category.add") -> None:
    """A new category; jurors who score every category score it too (or `jurors`)."""
    edition = editable_edition(session, year)
    record = normal_texts({"name_nl": "", "name_en": "", **{
        k: data.get(k) for k in CATEGORY_FIELDS if data.get(k) is not None}}, CATEGORY_FIELDS)
    _refuse(category_problems({"code": record.get("code"), "name_fr": record.get("name_fr"),
                               **record}, taken_codes=list(_categories(edition))))
    if jurors is None:
        everything = set(_categories(edition))
        jurors = [j.code for j in edition.jurors
                  if {a.category.code for a in j.assignments} >= everything]
    if position is None:
        position = max((c.position for c in edition.categories), default=-1) + 1
    category = Category(edition=edition, position=position, **record)
    session.add(category)
    session.flush()
    for juror in edition.jurors:
        if juror.code in jurors:
            juror.assignments.append(Assignment(category_id=category.id))
    session.flush()
    audit.record(session, action, year=year, entity="category", key=record["code"], actor=actor,
                 after=record, jurors=list(jurors))


def update_category(session: Session, year: int, code: str, changes: Mapping[str, Any], *,
                    actor: str) -> dict[str, Any]:
    edition = editable_edition(session, year)
    category = _category(edition, code)
    record = normal_texts(changes, CATEGORY_FIELDS)
    taken = [c for c in _categories(edition) if c != code]
    _refuse(category_problems(record, taken_codes=taken))
    before = category_record(category)
    changed = {k: [before[k], v] for k, v in record.items() if before[k] != (v or "")}
    for name, (_, value) in changed.items():
        setattr(category, name, value or "")
    if changed:
        session.flush()
        audit.record(session, "category.update", year=year, entity="category",
                     key=category.code, actor=actor, changes=changed)
    return {k: before[k] for k in record}


def delete_category(session: Session, year: int, code: str, *, actor: str) -> RemovedCategory:
    """Remove a category that has no projects, with its own criteria."""
    edition = editable_edition(session, year)
    category = _category(edition, code)
    count = session.scalar(select(func.count(Project.id)).where(
        Project.category_id == category.id))
    if count:
        raise InputError(Problem(tr("category {category} holds {count} projects; move or "
                                    "delete them first", category=code, count=count)))
    own = [c for c in edition.criteria if c.category_id == category.id]
    if own:
        _open_grid(session, year)
    criteria = tuple({**criterion_record(c), "position": c.position} for c in own)
    jurors = tuple(j.code for j in edition.jurors
                   if any(a.category_id == category.id for a in j.assignments))
    record = category_record(category)
    position = category.position
    for criterion in own:
        edition.criteria.remove(criterion)
    edition.categories.remove(category)
    session.delete(category)
    session.flush()
    audit.record(session, "category.delete", year=year, entity="category", key=code,
                 actor=actor, before=record, criteria=len(criteria))
    return RemovedCategory(record, criteria, jurors, position)


def restore_category(session: Session, year: int, removed: RemovedCategory, *,
                     actor: str) -> None:
    add_category(session, year, removed.record, position=removed.position,
                 jurors=removed.jurors, actor=actor, action="category.restore")
    for record in removed.criteria:
        record = dict(record)
        position = record.pop("position")
        add_criterion(session, year, record, position=position, actor=actor,
                      action="criterion.restore")
