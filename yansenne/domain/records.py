"""What the project, jury and grid edits share: field checks, lookups by code, cleared marks.

The edits of `projects`, `jury` and `grid` check their input the same way (a
`_Checks` accumulator of field -> message, the code, e-mail and length rules,
`_refuse` to raise them together), find an edition's projects, jurors and
categories by code the same way, and clear marks the same way: removing a project
or a juror, or declaring a conflict over a scored pair, clears each mark through
the one audited path (`set_score`) and returns it as a `ClearedScore`, which
`restore_scores` puts back on undo. Kept here so that none of them imports another
for a helper.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.domain.editions import InvalidRecord, editable_edition
from yansenne.domain.marks import set_score
from yansenne.domain.stages import Readers
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store.models import Category, Criterion, Edition, Juror, Project, Score

CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LENGTHS = {"title_fr": 500, "title_nl": 500, "title_en": 500, "organisation": 300,
            "contact_name": 200, "contact_email": 200, "name": 200, "institution": 300,
            "email": 200, "name_fr": 200, "name_nl": 200, "name_en": 200}


# ---------------------------------------------------------------- what removals clear


@dataclass(frozen=True)
class ClearedScore:
    """A mark removed with its pair, kept so that undoing puts it back."""

    juror: str
    project: str
    criterion: str
    value: float
    comment: str
    stage_id: int | None = None  # the mark's stage (None: the open one)


# ---------------------------------------------------------------- field checks


@dataclass
class _Checks:
    """Collects field -> message, keeping the first message of each field."""

    problems: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str | None) -> None:
        if message and name not in self.problems:
            self.problems[name] = message


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


def normal_texts(data: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    return {name: (data[name].strip() if isinstance(data[name], str) else data[name])
            for name in fields if name in data}


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


# ---------------------------------------------------------------- cleared marks


def _cleared(session: Session, scores: Iterable[Score], *, actor: str) -> list[ClearedScore]:
    """Clear marks through the one audited path, remembering them."""
    kept = []
    for score in list(scores):
        kept.append(ClearedScore(score.juror.code, score.project.code, score.criterion.code,
                                 score.value, score.comment, score.stage_id))
        set_score(session, score.juror, score.project, score.criterion, None, actor=actor,
                  readers=Readers.of_marks(score.stage_id))
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
            set_score(session, juror, project, criterion, kept.value, kept.comment, actor=actor,
                      readers=Readers.of_marks(kept.stage_id) if kept.stage_id else None)
        except ValueError as exc:
            raise InputError(Problem(str(exc))) from exc
    session.flush()
