"""Writing what a projects or scores file brought into an existing edition.

The file formats live in `yansenne.exchange`; what the rows mean for the database
lives here: the codes a file may refer to (`Context`, built by `context_of`), the
add / update / unchanged counting, the audit entries and the refusals that roll a
whole import back. Each import is one write session: the edition is found (and
refused when locked), the caller's `read` turns the file into checked records
against the edition as this session sees it, and only then is anything written, so
that a file is taken whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain import projects as registry
from yansenne.domain import stages
from yansenne.domain.lookup import editable_edition, find_edition
from yansenne.domain.marks import set_score
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    ACTORS,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    Project,
    Score,
)

# ---------------------------------------------------------------- what a file may refer to


@dataclass(frozen=True)
class Scale:
    """What a score is checked against (a criterion as far as a mark is concerned)."""

    code: str
    min_value: float
    max_value: float
    step: float


@dataclass
class Context:
    """The codes a sheet may refer to; keys are lower-case codes, values as written."""

    categories: dict[str, str] = field(default_factory=dict)
    # code -> (name_fr, name_nl, name_en): a row may name its category as the desk shows it
    category_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    projects: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> (code, category)
    jurors: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> (code, role)
    criteria: dict[tuple[str | None, str], Scale] = field(default_factory=dict)
    conflicts: set[tuple[str, str]] = field(default_factory=set)
    # Sheets that could not be read at all ("jurors", "projects"): references to them
    # are not checked, so one missing column does not echo in every other sheet.
    unreadable: set[str] = field(default_factory=set)
    # How the call spreadsheet writes values the name rules do not resolve, by field
    # ("category", "lead_actor"): folded value -> code (editions.value_mapping).
    value_mapping: dict[str, dict[str, str]] = field(default_factory=dict)

    # The edition's stages (lower-case code -> rule), empty when nothing checks them;
    # `blank_stage`: the code a blank `stage` cell stands for (None: none may be blank).
    stages: dict[str, StageRule] = field(default_factory=dict)
    blank_stage: str | None = None
    # The categories each juror scores (lower-case code -> codes; None: every one), for
    # the panels of an allocation.
    panels: dict[str, tuple[str, ...] | None] = field(default_factory=dict)

    def criterion_for(self, category: str, code: str) -> Scale | None:
        key = code.lower()
        return self.criteria.get((category.lower(), key)) or self.criteria.get((None, key))


@dataclass
class StageRule:
    """What a row naming a stage is checked against: the rule `stages.readers` applies in
    the database, by code, so that a sheet can be checked before anything is written."""

    code: str
    kind: str = "scoring"
    state: str = "open"
    per_project: int | None = None
    # Lower-case juror codes of its jury; None: every scoring juror.
    jurors: frozenset[str] | None = None
    # Lower-case project codes that reached it; None: every project.
    projects: frozenset[str] | None = None
    # (juror, project) lower-case codes it allocated; None: it allocates nobody.
    allocated: frozenset[tuple[str, str]] | None = None

    def refusal(self, juror: str, project: str) -> tuple[str, str] | None:
        """Why `juror` may not mark `project` in this stage, as (column, message), or None."""
        if self.projects is not None and project.lower() not in self.projects:
            return "project", tr("project {project} did not reach stage {stage}",
                                 project=project, stage=self.code)
        if self.jurors is not None and juror.lower() not in self.jurors:
            return "juror", tr("juror {juror} is not in the jury of stage {stage}",
                               juror=juror, stage=self.code)
        if self.allocated is not None and (juror.lower(), project.lower()) not in self.allocated:
            return "project", tr("juror {juror} is not allocated to project {project} in stage "
                                 "{stage}", juror=juror, project=project, stage=self.code)
        return None


# The caller's reading of its file against a context: checked records (dicts keyed by
# model attributes, references by code), or InputError listing every problem.
Read = Callable[[Context], list[dict[str, Any]]]
# A message about a data row (and a field) of the file, located as the file shows it.
Locate = Callable[[str, int, str | None], Problem]


def context_of(session: Session, edition: Edition) -> Context:
    """The codes of an edition in the database, for checking rows that refer to them."""
    context = Context()
    context.value_mapping = {f: dict(values) for f, values in
                             (edition.value_mapping or {}).items()}
    context.categories = {c.code.lower(): c.code for c in edition.categories}
    context.category_names = {c.code: (c.name_fr, c.name_nl or "", c.name_en or "")
                              for c in edition.categories}
    by_id = {c.id: c.code for c in edition.categories}
    context.projects = {p.code.lower(): (p.code, by_id[p.category_id]) for p in edition.projects}
    context.jurors = {j.code.lower(): (j.code, j.role) for j in edition.jurors}
    for c in edition.criteria:
        category = by_id[c.category_id].lower() if c.category_id else None
        context.criteria[(category, c.code.lower())] = Scale(c.code, c.min_value, c.max_value,
                                                             c.step)
    rows = session.execute(select(Juror.code, Project.code).select_from(Conflict)
                           .join(Juror, Juror.id == Conflict.juror_id)
                           .join(Project, Project.id == Conflict.project_id)
                           .where(Project.edition_id == edition.id))
    context.conflicts = {(j.lower(), p.lower()) for j, p in rows}
    _stage_rules(session, edition, context)
    return context


def _stage_rules(session: Session, edition: Edition, context: Context) -> None:
    """The edition's stages as rules by code; a blank stage cell means the open stage."""
    project_code = {p.id: p.code.lower() for p in edition.projects}
    juror_code = {j.id: j.code.lower() for j in edition.jurors}
    for stage in stages.stages_of(session, edition.id):
        rule = StageRule(stage.code, stage.kind, stage.state, stage.per_project)
        if stage.kind != "scoring":  # nobody marks a screening: it decides on what reached it
            if stages.previous_stage(session, stage) is not None:
                rule.projects = frozenset(project_code[p]
                                          for p in stages.stage_project_ids(session, stage))
            context.stages[stage.code.lower()] = rule
            if stage.state == "open":
                context.blank_stage = stage.code
            continue
        who = stages.readers(session, stage)
        if not who.everyone_reads:
            rule.projects = frozenset(project_code[p] for p in who.projects)
            rule.jurors = frozenset(juror_code[j] for j in who.jurors)
            if who.allocated is not None:
                rule.allocated = frozenset((juror_code[j], project_code[p])
                                           for j, p in who.allocated)
        context.stages[stage.code.lower()] = rule
        if stage.state == "open":
            context.blank_stage = stage.code


def projects_context(db: Database, year: int) -> tuple[Context, set[str]]:
    """For checking a projects file without writing: the edition's codes with no project
    references (the file's codes are new or updates), and its projects' lower-case codes."""
    with db.read() as session:
        edition = find_edition(session, year)
        context = context_of(session, edition)
    existing = set(context.projects)
    context.projects = {}
    return context, existing


# ---------------------------------------------------------------- the value mapping

MAPPED_FIELDS = ("category", "lead_actor")


def value_mapping(db: Database, year: int) -> dict[str, dict[str, str]]:
    """The edition's value mapping: field -> {folded value -> code}."""
    with db.read() as session:
        return merged_mapping(find_edition(session, year).value_mapping or {}, {})


def merged_mapping(old: Mapping[str, Mapping[str, str]],
                   new: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """`old` with the entries of `new` added or replaced; a field left empty is dropped."""
    merged = {f: dict(old.get(f) or {}) for f in MAPPED_FIELDS if old.get(f)}
    for name, values in new.items():
        if name not in MAPPED_FIELDS:
            raise ValueError(f"no value mapping for {name}")
        merged.setdefault(name, {}).update(values)
    return {f: merged[f] for f in MAPPED_FIELDS if merged.get(f)}


def store_value_mapping(session: Session, year: int,
                        mapping: Mapping[str, Mapping[str, str]], *, actor: str,
                        replace: bool = False, **details: Any) -> dict[str, dict[str, str]]:
    """Add `mapping` to the edition's (or put it instead, with `replace`), checked: a
    category code of the edition, an actor type; returns the mapping it had before."""
    edition = editable_edition(session, year)
    categories = {c.code for c in edition.categories}
    for name, values in mapping.items():
        allowed = categories if name == "category" else set(ACTORS)
        wrong = sorted(code for code in values.values() if code not in allowed)
        if wrong:
            raise InputError(Problem(tr("{value} is not one of: {choices}",
                                        value=f"\"{wrong[0]}\"",
                                        choices=", ".join(sorted(allowed)))))
    before = merged_mapping(edition.value_mapping or {}, {})
    after = merged_mapping({} if replace else before, mapping)
    if after != before:
        edition.value_mapping = after
        session.flush()
        audit.record(session, "edition.value_mapping", year=year, entity="edition",
                     key=str(year), actor=actor, before=before, after=after, **details)
    return before


# ---------------------------------------------------------------- projects


def import_projects(db: Database, year: int, read: Read, *, present: Collection[str],
                    locate: Locate, actor: str, file: str,
                    refused: list[Problem] | None = None,
                    before_commit: Callable[[], None] | None = None) -> dict[str, int]:
    """Add new projects and update existing ones (matched by code), all or nothing.

    `present`: the file's columns; an update touches only those. Returns the counts
    of added, changed and unchanged projects. With `refused` (`--skip-invalid`), a row
    refused while writing is left out and its problem added there instead of rolling
    the import back (`read` then leaves out the rows it refuses itself); the rows kept
    are still written in this one transaction. `before_commit` runs last inside it: its
    failure rolls everything back."""
    problems: list[Problem] = []
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    with db.write() as session:
        edition = editable_edition(session, year, file=file)
        context = context_of(session, edition)
        context.projects = {}  # the file's codes are new or updates, not references
        records = read(context)
        existing = {p.code.lower(): p for p in edition.projects}
        categories = {c.code: c for c in edition.categories}
        for record in records:
            record = dict(record)
            row = record.pop("_row")
            category = categories[record.pop("category")]
            project = existing.get(record["code"].lower())
            if project is not None:
                # An update touches only the columns the file has.
                record = {k: v for k, v in record.items() if k in present}
                if project.category_id != category.id:
                    stray = _scores_outside_grid(session, project, category)
                    if stray:
                        problems.append(locate(tr(
                            "project {project} has {count} scores on criteria that are not in "
                            "the grid of category {category}; its category cannot change",
                            project=project.code, count=stray, category=category.code),
                            row, "category"))
                        continue
            if project is None:
                session.add(Project(edition_id=edition.id, category_id=category.id, **record))
                audit.record(session, "project.add", year=year, entity="project",
                             key=record["code"], actor=actor, file=file)
                counts["added"] += 1
                continue
            record["code"] = project.code
            record["category_id"] = category.id
            before = {k: getattr(project, k) for k in record}
            changed = {k: (before[k], v) for k, v in record.items() if before[k] != v}
            if not changed:
                counts["unchanged"] += 1
                continue
            for key, (_, value) in changed.items():
                setattr(project, key, value)
            audit.record(session, "project.update", year=year, entity="project",
                         key=project.code, actor=actor, file=file,
                         changes={k: list(v) for k, v in changed.items()})
            counts["changed"] += 1
        if problems and refused is None:
            raise InputError(problems)  # rolls the whole import back
        if refused is not None:
            refused.extend(problems)
        if before_commit is not None:
            before_commit()
    return counts


def _scores_outside_grid(session: Session, project: Project, category: Category) -> int:
    """How many of the project's marks are on criteria the new category does not have."""
    return session.scalar(
        select(func.count(Score.id)).join(Criterion, Criterion.id == Score.criterion_id)
        .where(Score.project_id == project.id, Criterion.category_id.is_not(None),
               Criterion.category_id != category.id)
    ) or 0


@dataclass
class ProjectsApplied:
    """What `apply_projects` did, and what undoing it needs."""

    counts: dict[str, int]
    added: list[str] = field(default_factory=list)  # codes of the new projects
    previous: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> old values


def apply_projects(session: Session, year: int, read: Read, *, mapped: Collection[str],
                   locate: Locate, actor: str, file: str, source: str,
                   refused: list[Problem] | None = None) -> ProjectsApplied:
    """Add and update projects through the registry's audited edits, in the caller's write
    session (the desk's undoable edits); an update changes only the `mapped` fields.

    `file` names the file in refusals, `source` in the audit entries. Any refused row
    raises InputError after every row was tried: the caller's transaction rolls back.
    With `refused` (the desk's "import the valid rows"), a row the registry refuses is
    left out (nothing of it was written) and its problems added there instead."""
    problems: list[Problem] = []
    applied = ProjectsApplied({"added": 0, "changed": 0, "unchanged": 0})
    edition = editable_edition(session, year, file=file)
    context = context_of(session, edition)
    context.projects = {}
    records = read(context)
    existing = {p.code.lower(): p.code for p in edition.projects}
    for record in records:
        record = dict(record)
        number = record.pop("_row")
        code = existing.get(record["code"].lower())
        try:
            if code is None:
                registry.add_project(session, year, record, actor=actor, file=source)
                applied.added.append(record["code"])
                applied.counts["added"] += 1
                continue
            changes = {k: v for k, v in record.items() if k in mapped and k != "code"}
            before = registry.update_project(session, year, code, changes, actor=actor,
                                             file=source)
            same = all(before[k] == v for k, v in registry.normal_project(changes).items())
            applied.counts["unchanged" if same else "changed"] += 1
            if not same:
                applied.previous[code] = before
        except InputError as exc:
            problems.extend(locate(p.message, number, None) for p in exc.problems)
    if problems and refused is None:
        raise InputError(problems)  # the caller's transaction rolls the whole import back
    if refused is not None:
        refused.extend(problems)
    return applied


def undo_projects(session: Session, year: int, added: list[str],
                  previous: dict[str, dict[str, Any]], *, actor: str) -> None:
    """Take `apply_projects` back: its new projects removed, the updated ones as they were."""
    for code in reversed(added):
        registry.delete_project(session, year, code, actor=actor)
    for code, before in previous.items():
        registry.update_project(session, year, code, before, actor=actor)


# ---------------------------------------------------------------- scores


def import_scores(db: Database, year: int, read: Read, *, actor: str, file: str,
                  locate: Locate | None = None, stage: str | None = None) -> dict[str, int]:
    """Add or replace marks through the one audited path, all or nothing; returns the
    counts of added, changed and unchanged marks. Each mark goes into the stage its
    record names (a blank `stage` cell: `stage`, else the open stage); a mark the stage
    refuses is
    located at its row (`locate`), and the whole import rolls back."""
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    problems: list[Problem] = []
    with db.write() as session:
        edition = editable_edition(session, year, file=file)
        context = context_of(session, edition)
        if stage is not None:  # --stage: what a blank stage cell stands for
            context.blank_stage = stages.find_stage(session, edition, stage,
                                                    kind="scoring").code
        records = read(context)
        jurors = {j.code: j for j in edition.jurors}
        projects = {p.code: p for p in edition.projects}
        criteria: dict[tuple[int | None, str], Criterion] = {
            (c.category_id, c.code): c for c in edition.criteria}
        who: dict[str | None, stages.Readers | None] = {None: None}
        for record in records:
            code = record.get("stage")
            if code not in who:
                stage = stages.find_stage(session, edition, code)
                who[code] = stages.readers(session, stage)
            project = projects[record["project"]]
            criterion = (criteria.get((project.category_id, record["criterion"]))
                         or criteria[(None, record["criterion"])])
            try:
                change = set_score(session, jurors[record["juror"]], project, criterion,
                                   record["value"], record["comment"], actor=actor,
                                   readers=who[code])
            except ValueError as exc:
                problems.append(_located(locate, str(exc), record.get("_row"), file))
                continue
            counts[change.kind] += 1
        if problems:
            raise InputError(problems)  # the transaction rolls the whole import back
    return counts


def _located(locate: Locate | None, message: str, row: int | None, file: str) -> Problem:
    """A refusal of the writing side, at its row of the file when known."""
    if locate is not None and row is not None:
        return locate(message, row, "project")
    return Problem(message, file=file, row=row)
