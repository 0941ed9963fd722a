"""A juror's Excel scoresheet as the database sees it: its contents, its seal, its import.

The workbook itself is written and read in `yansenne.exchange.scoresheet_export` and
`yansenne.exchange.scoresheet_import`; everything that needs the database is here,
so that the exchange layer handles cells and never a session:

* what a juror's scoresheet shows, read in one session as plain dataclasses
  (`scoresheet_to_export`), with the identity the workbook carries;
* the identity and its seal: an HMAC-SHA256 keyed by the juror's own secret (the one
  that signs their ballots, made at their first package or scoresheet, held by the
  secretariat's database and by that juror's package only), so that an identity
  edited in Excel, a scoresheet re-sealed by another juror to claim this one, or one
  made from another database is refused; and the grid's fingerprint, so that a
  scoresheet made for another grid is refused with each change named. A scoresheet of
  format 1 was sealed with a key derived from the edition's record, which every juror
  package and juror login can read: it is refused, and a new one must be exported;
* a scoresheet whose generation time lies in the future is refused: it would make
  every later export look older than it (`_refuse_if_older`);
* the import (`apply_scoresheet`): in one write transaction, the identity checked
  against the database, the cells checked (by the caller) against the same
  transaction's data, then every mark through `yansenne.domain.marks.set_score` and
  every comment audited, or nothing at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from yansenne.domain.ballots import damaged_secret_message, is_secret, new_secret
from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.marks import set_score
from yansenne.domain.scale import format_number, mark_problem
from yansenne.domain.stages import FINAL_STAGE, current_stage, has_stages, readers
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    AuditEntry,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    Project,
    ProjectNote,
    Score,
    Stage,
    utcnow,
)

# Format 2: sealed with the juror's secret. Format 1 (sealed with a key every juror
# could derive from the edition's record) is refused with its own message.
FORMAT = 2
OLD_FORMAT = 1
IMPORT_ACTION = "scoresheet.import"
# How far ahead of this computer's clock a generation time may be (two secretariat
# computers sharing a server may disagree a little); beyond it, it is refused.
CLOCK_TOLERANCE = dt.timedelta(minutes=5)
# The largest audit sequence an identity may claim (the audit log's ids are BIGINT).
MAX_SEQUENCE = 2**63 - 1


# -- the identity and its seal ---------------------------------------------------------

@dataclass(frozen=True)
class SheetPart:
    """One category sheet as the identity records it."""

    title: str
    category: str
    criteria: tuple[str, ...]
    projects: tuple[str, ...]
    conflicts: tuple[str, ...]

    def as_row(self) -> list[Any]:
        return [self.title, self.category, ";".join(self.criteria), ";".join(self.projects),
                ";".join(self.conflicts)]


@dataclass
class Identity:
    """The hidden identity of a scoresheet: whose, which grid, when, and its seal."""

    year: int
    juror: str
    generated: str  # ISO time (UTC) of the export
    sequence: int  # the audit log's last id at export: the database state it reflects
    grid: str  # canonical JSON of the grid, see grid_of()
    fingerprint: str
    sheets: list[SheetPart] = field(default_factory=list)
    seal: str = ""

    def content(self) -> bytes:
        """What the seal covers: everything but the seal."""
        body = {"format": FORMAT, "year": self.year, "juror": self.juror,
                "generated": self.generated, "sequence": self.sequence, "grid": self.grid,
                "fingerprint": self.fingerprint, "sheets": [s.as_row() for s in self.sheets]}
        return json.dumps(body, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")


def seal_key(secret: str) -> bytes:
    """The HMAC key of a juror's scoresheets, derived from the juror's secret (so that a
    scoresheet's seal can never stand for a ballot's signature, nor the reverse)."""
    return hmac.new(bytes.fromhex(secret), b"yansenne-scoresheet-seal",
                    hashlib.sha256).digest()


def _seal_with(key: bytes, identity: Identity) -> str:
    return hmac.new(key, identity.content(), hashlib.sha256).hexdigest()


def seal_of(identity: Identity, secret: str) -> str:
    """The seal of `identity` with the juror's `secret` (64 hexadecimal digits)."""
    return _seal_with(seal_key(secret), identity)


def generated_time(identity: Identity) -> dt.datetime | None:
    """When the scoresheet says it was generated (UTC), or None if it is not a time this
    program writes."""
    try:
        when = dt.datetime.fromisoformat(identity.generated)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is not None or when.isoformat(timespec="microseconds") != identity.generated:
        return None
    return when


def grid_of(edition: Edition, categories: list[Category], stage: str | None = None) -> str:
    """Canonical JSON of what a juror's marks depend on: their categories and criteria,
    and with stages the stage they are marks of (none for an edition without stages, so
    that its scoresheets keep their fingerprint)."""
    codes = {c.id: c.code for c in edition.categories}
    ids = {c.id for c in categories}
    criteria = [[codes[c.category_id] if c.category_id else "", c.code, c.weight, c.min_value,
                 c.max_value, c.step] for c in edition.criteria
                if c.category_id is None or c.category_id in ids]
    grid: dict[str, Any] = {"categories": [c.code for c in categories], "criteria": criteria}
    if stage is not None:
        grid["stage"] = stage
    return json.dumps(grid, sort_keys=True, separators=(",", ":"))


def _stage_of(session: Session, edition: Edition) -> tuple[Stage, str | None]:
    """The stage a scoresheet is of now (the open one), and its code as the grid names
    it (None without stages)."""
    stage = current_stage(session, edition.id)
    return stage, stage.code if has_stages(session, edition.id) else None


def _grid_stage(grid: str) -> str | None:
    try:
        found = json.loads(grid).get("stage")
    except (ValueError, AttributeError, RecursionError):  # a grid sealed by hand
        return None
    return found if isinstance(found, str) else None


def fingerprint_of(grid: str) -> str:
    return hashlib.sha256(grid.encode("utf-8")).hexdigest()


def _describe(grid: dict[str, Any], lang: str | None = None) -> dict[tuple[str, str], str]:
    return {(c[0], c[1]): tr("{min} to {max}, step {step}, weight {weight}", lang=lang,
                             min=format_number(c[3]), max=format_number(c[4]),
                             step=format_number(c[5]), weight=format_number(c[2]))
            for c in grid["criteria"]}


def grid_changes(old: str, new: str, juror: str) -> list[str]:
    """What changed between the grid a scoresheet was made for and today's, in words
    (nothing when the old grid cannot be read: the caller says the grid differs)."""
    try:
        return _grid_changes(old, new, juror)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):
        return []  # a grid this program did not write (sealed by the juror themselves)


def _grid_changes(old: str, new: str, juror: str) -> list[str]:
    before, after = json.loads(old), json.loads(new)
    changes = []
    if before["categories"] != after["categories"]:
        changes.append(tr("the categories of juror {juror} are now {now} (were {was})",
                          juror=juror, now=", ".join(after["categories"]) or "-",
                          was=", ".join(before["categories"]) or "-"))
    was, now = _describe(before), _describe(after)
    for key in sorted(was.keys() | now.keys()):
        criterion = key[1] if not key[0] else f"{key[1]} ({key[0]})"
        if key not in now:
            changes.append(tr("criterion {criterion} was removed", criterion=criterion))
        elif key not in was:
            changes.append(tr("criterion {criterion} was added", criterion=criterion))
        elif was[key] != now[key]:
            changes.append(tr("criterion {criterion} is now {now} (was {was})",
                              criterion=criterion, now=now[key], was=was[key]))
    return changes


# -- the juror and their grid ------------------------------------------------------------

def assigned_categories(session: Session, edition: Edition, juror: Juror,
                        ) -> list[tuple[Category, Assignment]]:
    """The juror's categories in this edition, in order, with their assignments."""
    rows = session.execute(
        select(Category, Assignment).join(Assignment, Assignment.category_id == Category.id)
        .where(Assignment.juror_id == juror.id, Category.edition_id == edition.id)
        .order_by(Category.position, Category.code)).all()
    return [(c, a) for c, a in rows]


def scoring_juror(session: Session, edition: Edition, code: str,
                  file: str | None = None) -> Juror:
    """The juror `code` of the edition, or a refusal if there is none or an observer."""
    juror = session.scalars(select(Juror).where(Juror.edition_id == edition.id,
                                                Juror.code == code)).first()
    if juror is None:
        choices = ", ".join(j.code for j in edition.jurors if j.role != "observer")
        raise InputError(Problem(tr("juror {juror} is not in edition {year}; choose one of: "
                                    "{choices}", juror=code, year=edition.year,
                                    choices=choices or "-"), file=file))
    if juror.role == "observer":
        raise InputError(Problem(tr("juror {juror} is an observer and does not score",
                                    juror=juror.code), file=file))
    return juror


def criteria_of(edition: Edition, category: Category) -> list[Criterion]:
    """The criteria a category's projects are scored on: the common ones and its own."""
    return [c for c in edition.criteria if c.category_id in (None, category.id)]


def scoresheet_jurors(db: Database, year: int) -> list[str]:
    """The codes of the jurors who get a scoresheet: scoring jurors with a category."""
    with db.read() as session:
        edition = find_edition(session, year)
        return [j.code for j in edition.jurors if j.role != "observer" and j.assignments]


# -- what a scoresheet shows, as plain data ------------------------------------------------
# Field names follow the store's (`name_fr`, `title_nl`...) so that `i18n.pick` reads them.

@dataclass(frozen=True)
class SheetEdition:
    year: int
    name_fr: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class SheetJuror:
    code: str
    name: str
    language: str


@dataclass(frozen=True)
class SheetCriterion:
    id: int
    code: str
    name_fr: str
    name_nl: str
    name_en: str
    descriptor_fr: str
    descriptor_nl: str
    descriptor_en: str
    weight: float
    min_value: float
    max_value: float
    step: float

    def mark_problem(self, value: float) -> str | None:
        """Why `value` is not a valid mark here (the rule of `marks.scale_problem`)."""
        return mark_problem(value, self.min_value, self.max_value, self.step, self.code)


@dataclass(frozen=True)
class SheetProject:
    id: int
    code: str
    category_id: int
    title_fr: str
    title_nl: str
    title_en: str


@dataclass(frozen=True)
class SheetCategory:
    """One of the juror's categories: its grid, its projects, whether it was submitted."""

    id: int
    code: str
    name_fr: str
    name_nl: str
    name_en: str
    submitted_at: dt.datetime | None
    criteria: tuple[SheetCriterion, ...]
    projects: tuple[SheetProject, ...]


@dataclass(frozen=True)
class ScoresheetData:
    """What a juror's scoresheet shows (export) and is checked against (import)."""

    edition: SheetEdition
    juror: SheetJuror
    categories: tuple[SheetCategory, ...]
    projects: tuple[SheetProject, ...]  # every project of the edition, by code order
    conflicts: frozenset[int]  # project ids
    marks: Mapping[tuple[int, int], float]  # (project id, criterion id) -> value
    notes: Mapping[int, str]  # project id -> the juror's comment


@dataclass
class ScoresheetExport:
    """A scoresheet to write: its data and its identity, sealed once its sheets are named."""

    data: ScoresheetData
    identity: Identity
    key: bytes = field(repr=False)

    def seal(self) -> None:
        self.identity.seal = _seal_with(self.key, self.identity)


def _criterion(c: Criterion) -> SheetCriterion:
    return SheetCriterion(c.id, c.code, c.name_fr, c.name_nl, c.name_en, c.descriptor_fr,
                          c.descriptor_nl, c.descriptor_en, c.weight, c.min_value,
                          c.max_value, c.step)


def _project(p: Project) -> SheetProject:
    return SheetProject(p.id, p.code, p.category_id, p.title_fr, p.title_nl, p.title_en)


def _data(session: Session, edition: Edition, juror: Juror,
          assigned: list[tuple[Category, Assignment]], stage: Stage) -> ScoresheetData:
    who = readers(session, stage)
    projects = [_project(p) for p in edition.projects if who.reads(juror.id, p.id)]
    categories = tuple(
        SheetCategory(c.id, c.code, c.name_fr, c.name_nl, c.name_en, a.submitted_at,
                      tuple(_criterion(k) for k in criteria_of(edition, c)),
                      tuple(p for p in projects if p.category_id == c.id))
        for c, a in assigned)
    conflicts = frozenset(session.scalars(select(Conflict.project_id)
                                          .where(Conflict.juror_id == juror.id)))
    marks = {(p, c): v for p, c, v in session.execute(
        select(Score.project_id, Score.criterion_id, Score.value)
        .where(Score.juror_id == juror.id, Score.stage_id == stage.id))}
    notes = dict(session.execute(select(ProjectNote.project_id, ProjectNote.comment)
                                 .where(ProjectNote.juror_id == juror.id)).all())
    return ScoresheetData(
        SheetEdition(edition.year, edition.name_fr, edition.name_nl, edition.name_en),
        SheetJuror(juror.code, juror.name, juror.language), categories, tuple(projects),
        conflicts, marks, notes)


def scoresheet_to_export(db: Database, year: int, juror_code: str, *,
                         now: dt.datetime | None = None) -> ScoresheetExport:
    """Juror `juror_code`'s scoresheet of edition `year`, read in one session (after
    making the juror's secret, in a write of its own, if they have none yet)."""
    secret = _juror_secret(db, year, juror_code)
    with db.read() as session:
        edition = find_edition(session, year)
        juror = scoring_juror(session, edition, juror_code)
        assigned = assigned_categories(session, edition, juror)
        if not assigned:
            raise InputError(Problem(tr("juror {juror} has no category to score",
                                        juror=juror.code)))
        stage, stage_code = _stage_of(session, edition)
        data = _data(session, edition, juror, assigned, stage)
        generated = (now or utcnow()).isoformat(timespec="microseconds")
        grid = grid_of(edition, [c for c, _ in assigned], stage_code)
        sequence = int(session.scalar(select(func.max(AuditEntry.id))) or 0)
        identity = Identity(year=edition.year, juror=juror.code, generated=generated,
                            sequence=sequence, grid=grid, fingerprint=fingerprint_of(grid))
        return ScoresheetExport(data, identity, seal_key(secret))


def _juror_secret(db: Database, year: int, juror_code: str) -> str:
    """The juror's secret, made now (as a first package makes it) if they have none."""
    with db.read() as session:
        edition = find_edition(session, year)
        juror = scoring_juror(session, edition, juror_code)
        secret = juror.secret
    if secret is None:
        with db.write() as session:
            edition = find_edition(session, year)
            juror = scoring_juror(session, edition, juror_code)
            if juror.secret is None:
                juror.secret = new_secret()
            secret = juror.secret
    if not is_secret(secret):
        raise InputError(Problem(damaged_secret_message(juror_code)))
    return secret


# -- the import ----------------------------------------------------------------------------

@dataclass
class ScoresheetChanges:
    """What an import will write, once every cell has been checked."""

    marks: list[tuple[SheetProject, SheetCriterion, float]] = field(default_factory=list)
    notes: list[tuple[SheetProject, str]] = field(default_factory=list)


@dataclass
class ScoresheetReport:
    """What an import did."""

    juror: str
    name: str
    counts: dict[str, int]
    generated: str
    file: str


def _refuse(message: str, file: str) -> InputError:
    return InputError(Problem(message, file=file))


def apply_scoresheet(db: Database, year: int, identity: Identity, file: str, *, actor: str,
                     read_cells: Callable[[ScoresheetData], ScoresheetChanges],
                     ) -> ScoresheetReport:
    """Check `identity` against the database, then apply what `read_cells` finds; one
    transaction, so nothing is written unless every check and every cell passes.

    `read_cells` checks the workbook's cells against the data of this very
    transaction and raises InputError on any bad cell.
    """
    with db.write() as session:
        edition = find_edition(session, year, file=file)
        refuse_if_locked(edition, file=file)
        juror = scoring_juror(session, edition, identity.juror, file)
        _check_seal(identity, juror, file)
        _refuse_if_future(identity, file)
        assigned = assigned_categories(session, edition, juror)
        stage, stage_code = _stage_of(session, edition)
        if _grid_stage(identity.grid) != stage_code:
            raise _refuse(tr("this scoresheet holds the marks of stage {stage}, but the open "
                             "stage of edition {year} is {open}: export a new scoresheet for "
                             "juror {juror}", stage=_grid_stage(identity.grid) or FINAL_STAGE,
                             year=edition.year, open=stage.code, juror=juror.code), file)
        grid = grid_of(edition, [c for c, _ in assigned], stage_code)
        if fingerprint_of(grid) != identity.fingerprint:
            changes = grid_changes(identity.grid, grid, juror.code) or [
                tr("the grid is not the one this scoresheet was made for")]
            raise InputError([Problem(tr("the grid has changed since this scoresheet was "
                                         "exported on {date}: {change}; export a new "
                                         "scoresheet for juror {juror}",
                                         date=identity.generated[:10], change=change,
                                         juror=juror.code), file=file) for change in changes])
        _refuse_if_older(session, identity, year, file)
        plan = read_cells(_data(session, edition, juror, assigned, stage))
        who = readers(session, stage)
        projects = {p.id: p for p in edition.projects}
        criteria = {c.id: c for c in edition.criteria}
        counts = {"added": 0, "changed": 0, "unchanged": 0, "comments": 0}
        for project, criterion, value in plan.marks:
            counts[set_score(session, juror, projects[project.id], criteria[criterion.id],
                             value, actor=actor, readers=who).kind] += 1
        for project, text in plan.notes:
            _set_note(session, juror, projects[project.id], text, year, actor)
            counts["comments"] += 1
        audit.record(session, IMPORT_ACTION, year=year, entity="juror", key=juror.code,
                     actor=actor, file=file, generated=identity.generated,
                     sequence=identity.sequence, **counts)
        return ScoresheetReport(juror.code, juror.name, counts, identity.generated, file)


def _check_seal(identity: Identity, juror: Juror, file: str) -> None:
    """The seal must be the one made with this very juror's secret."""
    if not juror.secret:
        raise _refuse(tr("no scoresheet or package was ever made for juror {juror}, so this "
                         "scoresheet cannot be verified", juror=juror.code), file)
    if not is_secret(juror.secret):
        raise _refuse(damaged_secret_message(juror.code), file)
    if not hmac.compare_digest(identity.seal.encode("utf-8", "replace"),
                               seal_of(identity, juror.secret).encode()):
        raise _refuse(tr("the seal of this scoresheet is not juror {juror}'s: it was changed "
                         "after the export, or sealed by someone else (another juror cannot "
                         "seal a scoresheet for {juror}), or it comes from another database; "
                         "nothing was imported: export a new scoresheet for juror {juror}",
                         juror=juror.code), file)


def _refuse_if_future(identity: Identity, file: str) -> None:
    """A generation time ahead of the clock would make every later export look older."""
    when = generated_time(identity)
    if when is None:
        raise _refuse(tr("the identity of this scoresheet is damaged (its generation time "
                         "is not one Yansenne writes); export a new scoresheet"), file)
    if when > utcnow() + CLOCK_TOLERANCE:
        raise _refuse(tr("this scoresheet says it was generated on {date}, which is in the "
                         "future: its identity was changed, or the clock of the computer "
                         "that exported it is wrong; export a new scoresheet for juror "
                         "{juror}", date=_shown(identity.generated), juror=identity.juror),
                      file)


def _refuse_if_older(session: Session, identity: Identity, year: int, file: str) -> None:
    """A scoresheet generated before the last one imported would undo later scores."""
    details = session.scalar(
        select(AuditEntry.details).where(AuditEntry.action == IMPORT_ACTION,
                                         AuditEntry.edition_year == year,
                                         AuditEntry.entity_key == identity.juror)
        .order_by(AuditEntry.id.desc()).limit(1))
    if not details:
        return
    last = json.loads(details).get("generated", "")
    if identity.generated < last:
        raise _refuse(tr("this scoresheet was generated on {date}, before the one already "
                         "imported for juror {juror} (generated on {last}); import the latest "
                         "version, or export a new one", date=_shown(identity.generated),
                         juror=identity.juror, last=_shown(last)), file)


def _shown(iso: str) -> str:
    return iso[:19].replace("T", " ")


def _set_note(session: Session, juror: Juror, project: Project, text: str, year: int,
              actor: str) -> None:
    """The juror's comment on a project, audited like the scoring grid's notes."""
    note = session.get(ProjectNote, (juror.id, project.id))
    before = note.comment if note else ""
    if note is None:
        session.add(ProjectNote(juror_id=juror.id, project_id=project.id, comment=text))
    else:
        note.comment, note.updated_at = text, utcnow()
    audit.record(session, "note.set", year=year, entity="project_note",
                 key=f"{juror.code}/{project.code}", actor=actor, before=before, after=text)
