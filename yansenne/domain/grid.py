"""The grid: an edition's categories and criteria, edited one change at a time, and its freeze.

Each function works inside the caller's write session, checks its input first
(`category_problems`, `criterion_problems`, shared with the grid dialogs' live
validation), then writes the change and its audit entry; removals return what they
took so that the desk can undo them exactly.

The grid is frozen once any score of the edition exists: criteria edits are refused
until the secretariat deliberately unfreezes it, which the audit log records (see
`grid_frozen`). A change that would leave existing marks off the scale is refused.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain import scale
from yansenne.domain.editions import editable_edition, has_scores
from yansenne.domain.marks import parse_number
from yansenne.domain.records import (
    CODE,
    _categories,
    _category,
    _Checks,
    _refuse,
    code_problem,
    length_problem,
    normal_texts,
    required,
)
from yansenne.domain.scale import format_number
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.models import (
    LANGUAGES,
    Assignment,
    AuditEntry,
    Category,
    Criterion,
    Edition,
    Project,
    Score,
)

CATEGORY_FIELDS = ("code", "name_fr", "name_nl", "name_en")
CRITERION_FIELDS = ("code", "category", "name_fr", "name_nl", "name_en", "weight", "min_value",
                    "max_value", "step", "descriptor_fr", "descriptor_nl", "descriptor_en")

CriterionKey = tuple[str | None, str]
"""A criterion by (category code, or None when shared by every category; its code)."""


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


# ---------------------------------------------------------------- checks


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
    elif weight is not None and (wrong := scale.weight_problem(weight)):
        checks.add("weight", wrong)
    if step is not None and step <= 0:
        checks.add("step", tr("{value} must be greater than 0", value=format_number(step)))
    if lo is not None and hi is not None and (wrong := scale.bounds_problem(lo, hi)):
        checks.add("max_value", wrong)
    elif lo is not None and hi is not None and step is not None and step > 0 and (
            wrong := scale.steps_problem(lo, hi, step)):
        checks.add("step", wrong)
    return checks.problems


# ---------------------------------------------------------------- lookups


def _criterion(edition: Edition, key: CriterionKey) -> Criterion:
    category, code = key
    category_id = _category(edition, category).id if category else None
    for criterion in edition.criteria:
        if criterion.code == code and criterion.category_id == category_id:
            return criterion
    raise InputError(Problem(tr("unknown criterion {value}", value=f"\"{code}\"")))


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
