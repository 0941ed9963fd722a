"""Signed ballots in the database: the juror's state a ballot carries, its signature, and
applying a verified ballot to the secretariat's database.

The ballot file (its JSON shape, reading and writing it) is
`yansenne.exchange.ballot`'s; what needs the database is here:

* in a juror package, the next revision and the juror's state to send
  (`record_ballot_export`), written by the caller inside the same transaction so
  that a revision is counted only for a ballot actually written;
* the signature: an HMAC-SHA256 over the canonical JSON of the ballot with the
  juror's secret, which only the secretariat's database and the juror's package hold
  (the same secret seals the juror's Excel scoresheets, domain/scoresheet_data.py);
* in the secretariat's database (`apply_ballot`), in one write transaction: the
  juror and their secret looked up, the signature verified, the revision compared
  with the ballot records, every score through `yansenne.domain.marks.set_score`,
  the notes and submissions made the ballot's, the ballot recorded and audited; or,
  on any refusal, nothing written.

A ballot is signed by its juror, who holds the secret: its signature proves whose it
is, not that its content is sound. So a signed ballot still touches only the juror's
own work: marks and notes in the categories the juror is assigned to (a mark or note
elsewhere is refused, unless it is exactly the one already recorded), never a
conflicted project, always on the grid's scale.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from yansenne.domain.lookup import edition_or_none, find_edition, refuse_if_locked
from yansenne.domain.marks import set_score
from yansenne.domain.stages import FINAL_STAGE, current_stage, has_stages, readers
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    Ballot,
    Category,
    Conflict,
    Criterion,
    Edition,
    Juror,
    PackageInfo,
    Project,
    ProjectNote,
    Score,
    utcnow,
)

# -- the signature ------------------------------------------------------------------------

#: A juror's secret: 32 random bytes, written as 64 lowercase hexadecimal digits.
SECRET_BYTES = 32
_SECRET = re.compile(r"[0-9a-f]{64}")
#: The largest revision a ballot may carry: PostgreSQL's `integer`, the column's type.
MAX_REVISION = 2**31 - 1


def new_secret() -> str:
    return secrets.token_hex(SECRET_BYTES)


def is_secret(text: object) -> bool:
    """Whether `text` is a juror's secret as this program makes them (64 hex digits)."""
    return isinstance(text, str) and _SECRET.fullmatch(text) is not None


def damaged_secret_message(juror: str) -> str:
    return tr("the secret of juror {juror} in this database is damaged (it is not 64 "
              "hexadecimal digits); nothing can be signed or verified with it", juror=juror)


def canonical(body: dict[str, Any]) -> bytes:
    """The bytes that are signed: the ballot without its signature, keys sorted, compact."""
    content = {key: value for key, value in body.items() if key != "signature"}
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def sign(body: dict[str, Any], secret: str) -> str:
    return hmac.new(bytes.fromhex(secret), canonical(body), hashlib.sha256).hexdigest()


def digest(body: dict[str, Any]) -> str:
    """SHA-256 of the signed content: recognises the same ballot sent twice."""
    return hashlib.sha256(canonical(body)).hexdigest()


# -- export (in a juror package) ------------------------------------------------------------

@dataclass(frozen=True)
class BallotScore:
    project: str
    criterion: str
    value: float
    comment: str


@dataclass(frozen=True)
class BallotContent:
    """The juror's whole state as a ballot carries it, and the secret that signs it."""

    year: int
    juror: str
    revision: int
    created_at: dt.datetime
    scores: tuple[BallotScore, ...]
    notes: tuple[tuple[str, str], ...]  # (project code, comment), comments not empty
    submitted: tuple[str, ...]  # category codes
    secret: str = field(repr=False)
    # The stage the marks are of; None for an edition without stages (its one, `final`),
    # so that such a ballot reads as it always has.
    stage: str | None = None


def record_ballot_export(db: Database, year: int, code: str, *, file: str,
                         write: Callable[[BallotContent], None]) -> BallotContent:
    """Count the package's next ballot revision, audit it, and hand its content to
    `write`, all in one transaction: a ballot that fails to be written is not counted."""
    with db.write() as session:
        info = session.get(PackageInfo, 1)
        assert info is not None
        edition = edition_or_none(session, year)
        juror = session.scalar(select(Juror).where(Juror.code == code))
        if edition is None or juror is None or not juror.secret:
            raise InputError(Problem(tr("this juror package is incomplete (no edition, "
                                        "juror or secret): ask the secretariat for a new "
                                        "one")))
        if not is_secret(juror.secret):
            raise InputError(Problem(damaged_secret_message(juror.code)))
        if not 0 <= info.ballot_revision < MAX_REVISION:
            raise InputError(Problem(tr("this juror package's ballot counter ({revision}) is "
                                        "out of range: ask the secretariat for a new package",
                                        revision=info.ballot_revision)))
        info.ballot_revision += 1
        info.ballot_exported_at = utcnow()
        content = _content(session, edition, juror, info.ballot_revision, juror.secret)
        audit.record(session, "ballot.export", year=year, entity="juror", key=code,
                     actor=code, revision=info.ballot_revision, file=file,
                     scores=len(content.scores))
        write(content)
    return content


def _content(session: Session, edition: Edition, juror: Juror, revision: int,
             secret: str) -> BallotContent:
    stage = current_stage(session, edition.id)
    scores = session.execute(
        select(Project.code, Criterion.code, Score.value, Score.comment)
        .join(Project, Project.id == Score.project_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(Score.juror_id == juror.id, Score.stage_id == stage.id)
        .order_by(Project.code, Criterion.code)).all()
    notes = session.execute(
        select(Project.code, ProjectNote.comment)
        .join(Project, Project.id == ProjectNote.project_id)
        .where(ProjectNote.juror_id == juror.id).order_by(Project.code)).all()
    submitted = session.scalars(
        select(Category.code).join(Assignment, Assignment.category_id == Category.id)
        .where(Assignment.juror_id == juror.id, Assignment.submitted_at.is_not(None))
        .order_by(Category.code)).all()
    return BallotContent(
        year=edition.year, juror=juror.code, revision=revision, created_at=utcnow(),
        scores=tuple(BallotScore(p, c, float(v), comment) for p, c, v, comment in scores),
        notes=tuple((p, comment) for p, comment in notes if comment),
        submitted=tuple(submitted), secret=secret,
        stage=stage.code if has_stages(session, edition.id) else None)


# -- a ballot read from its file -------------------------------------------------------------

@dataclass
class ParsedBallot:
    """A ballot read and checked for shape; its signature not yet verified."""

    body: dict[str, Any]
    year: int
    juror: str
    revision: int
    created_at: dt.datetime
    scores: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    submitted: list[str]
    signature: str
    stage: str | None = None  # None: a ballot of an edition without stages
    digest: str = field(init=False)

    def __post_init__(self) -> None:
        self.digest = digest(self.body)


# -- import (in the secretariat's database) -------------------------------------------------

@dataclass(frozen=True)
class BallotReport:
    """What applying a ballot did (or that it had been applied already)."""

    file: str
    year: int
    juror: str
    revision: int
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    cleared: int = 0
    notes: int = 0  # general notes set, changed or removed
    already_applied: bool = False
    applied_at: dt.datetime | None = None

    def summary(self) -> str:
        """One sentence for the command line and the Collection page."""
        if self.already_applied:
            when = self.applied_at.strftime("%Y-%m-%d %H:%M") if self.applied_at else "?"
            return tr("{file}: ballot {revision} of juror {juror} was already applied on "
                      "{date}; nothing changed", file=self.file, revision=self.revision,
                      juror=self.juror, date=when)
        return tr("{file}: ballot {revision} of juror {juror} applied: {added} added, "
                  "{changed} changed, {unchanged} unchanged, {cleared} cleared (absent from "
                  "the ballot), {notes} notes changed", file=self.file, revision=self.revision,
                  juror=self.juror, added=self.added, changed=self.changed,
                  unchanged=self.unchanged, cleared=self.cleared, notes=self.notes)


def apply_ballot(db: Database, year: int, ballot: ParsedBallot, name: str, *,
                 actor: str = "") -> BallotReport:
    """Verify `ballot` (read from the file `name`) and apply it to edition `year`, in one
    transaction; InputError, with nothing written, on any refusal."""

    def refused(message: str) -> InputError:
        return InputError(Problem(message, file=name))

    try:
        with db.write() as session:
            edition = find_edition(session, year, file=name)
            juror = session.scalar(select(Juror).where(Juror.edition_id == edition.id,
                                                       Juror.code == ballot.juror))
            if juror is None:
                raise refused(tr("unknown juror {juror} in edition {year}", juror=ballot.juror,
                                 year=year))
            if not juror.secret:
                raise refused(tr("no package was ever made for juror {juror}, so this ballot "
                                 "cannot be verified", juror=juror.code))
            if not is_secret(juror.secret):
                raise refused(damaged_secret_message(juror.code))
            if not hmac.compare_digest(sign(ballot.body, juror.secret), ballot.signature):
                raise refused(tr("the signature does not match: the ballot was changed after "
                                 "juror {juror} sent it, or it does not come from their package",
                                 juror=juror.code))
            same = session.scalar(select(Ballot).where(Ballot.juror_id == juror.id,
                                                       Ballot.revision == ballot.revision))
            if same is not None and same.digest == ballot.digest:
                return BallotReport(name, year, juror.code, ballot.revision,
                                    already_applied=True, applied_at=same.applied_at)
            if same is not None:
                raise refused(tr("another ballot with revision {revision} of juror {juror} was "
                                 "already applied; ask the juror to send a new one",
                                 revision=ballot.revision, juror=juror.code))
            last = session.scalar(select(Ballot).where(Ballot.juror_id == juror.id)
                                  .order_by(Ballot.revision.desc()).limit(1))
            if last is not None and ballot.revision < last.revision:
                raise refused(tr("this ballot (revision {revision}) is older than the last one "
                                 "applied for juror {juror} (revision {last}, applied on "
                                 "{date}); nothing was changed", revision=ballot.revision,
                                 juror=juror.code, last=last.revision,
                                 date=last.applied_at.strftime("%Y-%m-%d %H:%M")))
            refuse_if_locked(edition, file=name)
            _refuse_other_stage(session, edition, ballot, name)
            report = _apply(session, edition, juror, ballot, name,
                            actor or f"{juror.code} (ballot {ballot.revision})")
            session.flush()
            return report
    except IntegrityError as exc:  # the schema's last word (e.g. the same ballot at once)
        raise refused(tr("the database refused the ballot: {reason}",
                         reason=str(exc.orig) if exc.orig else str(exc))) from exc


def _refuse_other_stage(session: Session, edition: Edition, ballot: ParsedBallot,
                        name: str) -> None:
    """A ballot speaks for the stage its package was made in: the open one, or none."""
    open_now = current_stage(session, edition.id)
    staged = has_stages(session, edition.id)
    if (ballot.stage or None) == (open_now.code if staged else None):
        return
    raise InputError(Problem(tr(
        "this ballot holds the marks of stage {stage}, but the open stage of edition {year} "
        "is {open}; nothing was changed: ask the juror for a ballot of a new package",
        stage=ballot.stage or FINAL_STAGE, year=edition.year, open=open_now.code),
        file=name))


def _apply(session: Session, edition: Edition, juror: Juror, ballot: ParsedBallot, name: str,
           actor: str) -> BallotReport:
    stage = current_stage(session, edition.id)
    who = readers(session, stage)
    projects = {p.code: p for p in session.scalars(
        select(Project).where(Project.edition_id == edition.id))}
    criteria = {(c.category_id, c.code): c for c in session.scalars(
        select(Criterion).where(Criterion.edition_id == edition.id))}
    assigned = set(session.scalars(select(Assignment.category_id)
                                   .where(Assignment.juror_id == juror.id)))
    categories = dict(session.execute(select(Category.id, Category.code)
                                      .where(Category.edition_id == edition.id)).all())
    recorded = {(s.project_id, s.criterion_id): s for s in session.scalars(
        select(Score).where(Score.juror_id == juror.id, Score.stage_id == stage.id))}
    problems: list[Problem] = []
    counts = {"added": 0, "changed": 0, "unchanged": 0, "cleared": 0}
    kept: set[tuple[int, int]] = set()
    for n, entry in enumerate(ballot.scores, start=1):
        where = tr("score {n} ({project}, {criterion})", n=n, project=entry["project"],
                   criterion=entry["criterion"])
        project = projects.get(entry["project"])
        if project is None:
            problems.append(Problem(tr("{where}: unknown project {project}", where=where,
                                       project=entry["project"]), file=name))
            continue
        criterion = (criteria.get((project.category_id, entry["criterion"]))
                     or criteria.get((None, entry["criterion"])))
        if criterion is None:
            problems.append(Problem(tr("{where}: criterion {criterion} is not in the grid of "
                                       "project {project}", where=where,
                                       criterion=entry["criterion"], project=project.code),
                                    file=name))
            continue
        if project.category_id not in assigned:
            # Outside the juror's categories only the mark already recorded may stand.
            old = recorded.get((project.id, criterion.id))
            if old is not None and old.value == float(entry["value"]) \
                    and old.comment == entry["comment"]:
                counts["unchanged"] += 1
                kept.add((project.id, criterion.id))
            else:
                problems.append(Problem(_not_assigned(where, juror, project, categories),
                                        file=name))
            continue
        try:
            change = set_score(session, juror, project, criterion, float(entry["value"]),
                               entry["comment"], actor=actor, readers=who)
        except ValueError as exc:
            problems.append(Problem(f"{where}: {exc}", file=name))
            continue
        counts[change.kind] += 1
        kept.add((project.id, criterion.id))
    by_id = {p.id: p for p in projects.values()}
    criteria_by_id = {c.id: c for c in criteria.values()}
    for score in list(session.scalars(select(Score).where(Score.juror_id == juror.id,
                                                          Score.stage_id == stage.id))):
        if (score.project_id, score.criterion_id) in kept or score.project_id not in by_id:
            continue
        project, criterion = by_id[score.project_id], criteria_by_id[score.criterion_id]
        if project.category_id not in assigned:
            continue  # a ballot speaks only for the juror's own categories
        try:
            set_score(session, juror, project, criterion, None, actor=actor, readers=who)
        except ValueError as exc:
            problems.append(Problem(tr("clearing the score of project {project}, criterion "
                                       "{criterion}: {problem}", project=project.code,
                                       criterion=criterion.code, problem=str(exc)), file=name))
            continue
        counts["cleared"] += 1
    notes = _apply_notes(session, edition, juror, ballot, projects, assigned, categories, name,
                         actor, problems)
    _apply_submissions(session, edition, juror, ballot, name, actor, problems)
    if problems:
        raise InputError(problems)
    session.add(Ballot(juror_id=juror.id, revision=ballot.revision, digest=ballot.digest,
                       signed_at=ballot.created_at, actor=actor, **counts))
    audit.record(session, "ballot.import", year=edition.year, entity="juror", key=juror.code,
                 actor=actor, revision=ballot.revision, file=name, notes=notes, **counts)
    return BallotReport(name, edition.year, juror.code, ballot.revision, notes=notes,
                        applied_at=utcnow(), **counts)


def _not_assigned(where: str, juror: Juror, project: Project, categories: dict[int, str]) -> str:
    return tr("{where}: juror {juror} is not assigned to category {category} of project "
              "{project}", where=where, juror=juror.code,
              category=categories.get(project.category_id, "?"), project=project.code)


def _apply_notes(session: Session, edition: Edition, juror: Juror, ballot: ParsedBallot,
                 projects: dict[str, Project], assigned: set[int], categories: dict[int, str],
                 name: str, actor: str, problems: list[Problem]) -> int:
    """The juror's general notes become exactly the ballot's, in the juror's categories;
    returns how many changed."""
    existing = {note.project_id: note for note in session.scalars(
        select(ProjectNote).where(ProjectNote.juror_id == juror.id))}
    wanted: dict[int, str] = {}
    for n, entry in enumerate(ballot.notes, start=1):
        project = projects.get(entry["project"])
        if project is None:
            problems.append(Problem(tr("note {n}: unknown project {project}", n=n,
                                       project=entry["project"]), file=name))
        elif session.get(Conflict, (juror.id, project.id)) is not None:
            problems.append(Problem(tr("note {n}: juror {juror} is in conflict with project "
                                       "{project}", n=n, juror=juror.code, project=project.code),
                                    file=name))
        elif project.category_id not in assigned:
            old = existing.get(project.id)
            if entry["comment"].strip() != (old.comment if old else ""):
                problems.append(Problem(_not_assigned(tr("note {n}", n=n), juror, project,
                                                      categories), file=name))
        elif entry["comment"].strip():
            wanted[project.id] = entry["comment"].strip()
    codes = {p.id: p.code for p in projects.values() if p.category_id in assigned}
    changed = 0
    for project_id in sorted(set(wanted) | set(existing)):
        if project_id not in codes:
            continue
        note, text = existing.get(project_id), wanted.get(project_id, "")
        before = note.comment if note else ""
        if before == text:
            continue
        key = f"{juror.code}/{codes[project_id]}"
        changed += 1
        if not text:
            session.delete(note)
            audit.record(session, "note.clear", year=edition.year, entity="project_note",
                         key=key, actor=actor, before=before)
            continue
        if note is None:
            session.add(ProjectNote(juror_id=juror.id, project_id=project_id, comment=text))
        else:
            note.comment, note.updated_at = text, utcnow()
        audit.record(session, "note.set", year=edition.year, entity="project_note", key=key,
                     actor=actor, before=before, after=text)
    return changed


def _apply_submissions(session: Session, edition: Edition, juror: Juror, ballot: ParsedBallot,
                       name: str, actor: str, problems: list[Problem]) -> None:
    """The categories the juror submitted in their package are submitted here too."""
    assignments = {category.code: assignment for assignment, category in session.execute(
        select(Assignment, Category).join(Category, Category.id == Assignment.category_id)
        .where(Assignment.juror_id == juror.id))}
    for code in ballot.submitted:
        if code not in assignments:
            problems.append(Problem(tr("juror {juror} is not assigned to category {category}",
                                       juror=juror.code, category=code), file=name))
    for code, assignment in assignments.items():
        submitted = code in ballot.submitted
        if submitted == (assignment.submitted_at is not None):
            continue
        assignment.submitted_at = ballot.created_at if submitted else None
        audit.record(session, "scores.submit" if submitted else "scores.reopen",
                     year=edition.year, entity="assignment", key=f"{juror.code}/{code}",
                     actor=actor)
