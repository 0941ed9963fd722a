"""Creating and editing an edition from the desk: the template, a copy of last year's,
and the edition's own settings (names, ceremony date, foreword, method, tie-break).

Every function works inside the caller's write session and writes an audit entry
with the change, so the desk commits each edit at once and can undo it later.
Values are checked first (`edition_problems`, shared with the interface's live
validation); a refusal raises `InvalidRecord` and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne import reference
from yansenne.domain import edition_rules
from yansenne.domain.edition_write import drop_edition_logins
from yansenne.domain.lookup import (
    editable_edition,
    edition_or_none,
    find_edition,
    refuse_if_locked,
)
from yansenne.domain.stages import default_stage
from yansenne.errors import InputError, Problem
from yansenne.i18n import pick, tr
from yansenne.scoring import METHODS
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    DEFAULT_PRIZES,
    Assignment,
    Category,
    Criterion,
    Decision,
    Edition,
    Juror,
    Project,
    Score,
)

# A project needs this many juror totals to be ranked in a new edition: with a
# jury of seven or eight, three totals survive a few recusals and absences.
TEMPLATE_QUORUM = 3
MIN_YEAR, MAX_YEAR = 1900, 2999
DEFAULT_NAMES = {"fr": "Prix David Yansenne {year}", "nl": "David Yansenne-prijs {year}",
                 "en": "David Yansenne Prize {year}"}
EDITABLE = ("name_fr", "name_nl", "name_en", "ceremony_date", "method", "trim", "quorum",
            "foreword_fr", "foreword_nl", "foreword_en", "tie_break", "prizes",
            "remedies_fr", "remedies_nl", "remedies_en")
# The ceremony's facts are not ranking rules (nor in the lock's fingerprint): they stay
# editable after the lock, as the meeting's date and place do (deliberation.set_meeting).
AFTER_LOCK = ("ceremony_date", "foreword_fr", "foreword_nl", "foreword_en",
              "remedies_fr", "remedies_nl", "remedies_en")


class InvalidRecord(InputError):
    """A record refused field by field; `fields` maps each field to its message."""

    def __init__(self, fields: Mapping[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__([Problem(message, column=name) for name, message in fields.items()])


def default_names(year: int) -> dict[str, str]:
    return {f"name_{lang}": text.format(year=year) for lang, text in DEFAULT_NAMES.items()}


def has_scores(session: Session, edition: Edition) -> bool:
    return session.scalar(
        select(func.count(Score.id)).join(Project, Project.id == Score.project_id)
        .where(Project.edition_id == edition.id)) != 0


# ---------------------------------------------------------------- checks


def year_problem(session: Session, year: int | None) -> str | None:
    """Why `year` cannot be a new edition, or None."""
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return tr("{value} is not a plausible year", value=year)
    if edition_or_none(session, year) is not None:
        return tr("edition {year} already exists", year=year)
    return None


def edition_problems(values: Mapping[str, Any], criteria: Collection[str]) -> dict[str, str]:
    """Field -> message for every invalid value among `values` (only those present)."""
    problems: dict[str, str] = {}
    if "name_fr" in values and not str(values["name_fr"] or "").strip():
        problems["name_fr"] = tr("a value is required")
    for lang in ("fr", "nl", "en"):
        name = values.get(f"name_{lang}")
        if name is not None and len(str(name)) > 200:
            problems[f"name_{lang}"] = tr("the text is {length} characters long; at most "
                                          "{limit} are allowed", length=len(name), limit=200)
    if "method" in values and values["method"] not in METHODS:
        problems["method"] = tr("{value} is not one of: {choices}", value=values["method"],
                                choices=", ".join(METHODS))
    if "quorum" in values and not (isinstance(values["quorum"], int) and values["quorum"] >= 1):
        problems["quorum"] = tr("{value} must be at least {minimum}", value=values["quorum"],
                                minimum=1)
    if "trim" in values and not (isinstance(values["trim"], int) and values["trim"] >= 0):
        problems["trim"] = tr("{value} must be at least {minimum}", value=values["trim"],
                              minimum=0)
    date = values.get("ceremony_date")
    if date is not None and not isinstance(date, dt.date):
        problems["ceremony_date"] = tr("{value} is not a date (write it as 2027-02-12 or "
                                       "12/02/2027)", value=date)
    if "prizes" in values:
        problem = edition_rules.prizes_problem(values["prizes"] or "")
        if problem:
            problems["prizes"] = problem
    if "tie_break" in values:
        problem = edition_rules.tie_break_problem(values["tie_break"] or "", criteria)
        if problem:
            problems["tie_break"] = problem
    return problems


# ---------------------------------------------------------------- creation


def create_from_template(session: Session, year: int, *, quorum: int = TEMPLATE_QUORUM,
                         names: Mapping[str, str] | None = None, actor: str) -> Edition:
    """A new edition with the five actor categories, the default grid of four criteria
    shared by every category, prizes of 6,000, 4,000 and 2,000 euros and `quorum`."""
    edition = _new_edition(session, year, names, {"quorum": quorum})
    for position, actor_category in enumerate(reference.actors()):
        session.add(Category(edition_id=edition.id, code=actor_category.code,
                             name_fr=actor_category.name_fr, name_nl=actor_category.name_nl,
                             name_en=actor_category.name_en, position=position))
    for position, default in enumerate(reference.default_criteria()):
        session.add(Criterion(edition_id=edition.id, category_id=None, code=default.code,
                              name_fr=default.name_fr, name_nl=default.name_nl,
                              name_en=default.name_en, weight=default.weight,
                              min_value=default.min_value, max_value=default.max_value,
                              step=default.step, position=position))
    session.flush()
    audit.record(session, "edition.create", year=year, entity="edition", key=str(year),
                 actor=actor, source="template", quorum=quorum)
    return edition


def create_by_copy(session: Session, source_year: int, year: int, *,
                   names: Mapping[str, str] | None = None, actor: str) -> Edition:
    """A new edition with another edition's categories, grid, jury (and the jurors'
    categories), rules and the call's value mapping (next year's call spreadsheet writes
    its values as this year's did); no projects, scores or decisions."""
    source = find_edition(session, source_year)
    rules = {"method": source.method, "trim": source.trim, "quorum": source.quorum,
             "tie_break": list(source.tie_break), "prizes": list(source.prizes),
             "value_mapping": {field: dict(values)
                               for field, values in (source.value_mapping or {}).items()}}
    edition = _new_edition(session, year, names, rules)
    categories: dict[int, Category] = {}
    for old in source.categories:
        new = Category(edition_id=edition.id, code=old.code, name_fr=old.name_fr,
                       name_nl=old.name_nl, name_en=old.name_en, position=old.position)
        session.add(new)
        categories[old.id] = new
    session.flush()
    for old in source.criteria:
        category = categories[old.category_id] if old.category_id else None
        session.add(Criterion(
            edition_id=edition.id, category_id=category.id if category else None,
            **{name: getattr(old, name) for name in CRITERION_COPIED}))
    for old in source.jurors:
        juror = Juror(edition_id=edition.id, code=old.code, name=old.name,
                      institution=old.institution, role=old.role, language=old.language,
                      email=old.email, position=old.position)
        session.add(juror)
        session.flush()
        for assignment in old.assignments:
            session.add(Assignment(juror_id=juror.id,
                                   category_id=categories[assignment.category_id].id))
    session.flush()
    audit.record(session, "edition.create", year=year, entity="edition", key=str(year),
                 actor=actor, source=f"copy:{source_year}", categories=len(categories),
                 criteria=len(source.criteria), jurors=len(source.jurors))
    return edition


CRITERION_COPIED = ("code", "name_fr", "name_nl", "name_en", "weight", "min_value", "max_value",
                    "step", "descriptor_fr", "descriptor_nl", "descriptor_en", "position")


def _new_edition(session: Session, year: int, names: Mapping[str, str] | None,
                 rules: Mapping[str, Any]) -> Edition:
    """The edition row itself; `rules` come from the template or a checked edition."""
    values = {**default_names(year), **{k: v for k, v in (names or {}).items() if v}}
    problems = edition_problems({**values, "quorum": rules.get("quorum", 1)}, criteria=())
    problem = year_problem(session, year)
    if problem:
        problems["year"] = problem
    if problems:
        raise InvalidRecord(problems)
    edition = Edition(year=year, **{"prizes": list(DEFAULT_PRIZES), **values, **rules})
    session.add(edition)
    session.flush()
    session.add(default_stage(edition.id))
    session.flush()
    return edition


def delete_edition(session: Session, year: int, *, actor: str) -> None:
    """Remove an edition that holds no scores nor decisions (undoing its creation)."""
    edition = editable_edition(session, year)
    decided = session.scalar(select(func.count(Decision.id))
                             .where(Decision.edition_id == edition.id))
    if has_scores(session, edition) or decided:
        raise InputError(Problem(tr("edition {year} already holds scores or decisions; it "
                                    "cannot be deleted here", year=year)))
    drop_edition_logins(session, edition, actor=actor, reason="edition.delete")
    session.delete(edition)
    session.flush()
    audit.record(session, "edition.delete", year=year, entity="edition", key=str(year),
                 actor=actor)


# ---------------------------------------------------------------- settings


def edition_values(edition: Edition) -> dict[str, Any]:
    """The editable settings of an edition, as `update_edition` takes them (lists copied,
    so that an undo keeps the values of before)."""
    return {name: _copy(getattr(edition, name)) for name in EDITABLE}


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def update_edition(session: Session, year: int, changes: Mapping[str, Any], *,
                   actor: str) -> dict[str, Any]:
    """Change some settings; returns their previous values (to undo it). Once the
    deliberation is locked, only the ceremony's facts (AFTER_LOCK) may change."""
    edition = find_edition(session, year)
    if any(name not in AFTER_LOCK for name in changes):
        refuse_if_locked(edition)
    unknown = [name for name in changes if name not in EDITABLE]
    if unknown:
        raise ValueError(f"not an editable edition field: {unknown}")
    values = dict(changes)
    if "tie_break" in values:
        values["tie_break"] = edition_rules.items(values["tie_break"])
    criteria = [c.code for c in edition.criteria]
    problems = edition_problems(values, criteria)
    if problems:
        raise InvalidRecord(problems)
    if "prizes" in values:
        values["prizes"] = edition_rules.prize_amounts(values["prizes"] or "")
    for lang in ("fr", "nl", "en"):
        for field in (f"name_{lang}", f"foreword_{lang}", f"remedies_{lang}"):
            if field in values:
                values[field] = str(values[field] or "").strip() if field.startswith(
                    "name") else str(values[field] or "")
    before = {name: _copy(getattr(edition, name)) for name in values}
    changed = {k: [before[k], v] for k, v in values.items() if before[k] != v}
    if not changed:
        return before
    for name, (_, value) in changed.items():
        setattr(edition, name, value)
    session.flush()
    audit.record(session, "edition.update", year=year, entity="edition", key=str(year),
                 actor=actor, changes=changed)
    return before


@dataclass(frozen=True)
class EditionSummary:
    """One line of `yansenne edition list`."""

    year: int
    name: str
    projects: int
    jurors: int
    scores: int


def edition_summaries(db: Database) -> list[EditionSummary]:
    """Every edition, oldest first, with its counts (in the user's language)."""
    with db.read() as session:
        counts = {}
        for column, model, joined in ((Project.edition_id, Project, None),
                                      (Juror.edition_id, Juror, None),
                                      (Project.edition_id, Score, Project)):
            query = select(column, func.count(model.id))
            query = (query.select_from(model).join(joined) if joined is not None
                     else query.select_from(model))
            counts[model] = dict(session.execute(query.group_by(column)).all())
        return [EditionSummary(e.year, pick(e, "name"), counts[Project].get(e.id, 0),
                               counts[Juror].get(e.id, 0), counts[Score].get(e.id, 0))
                for e in session.scalars(select(Edition).order_by(Edition.year))]
