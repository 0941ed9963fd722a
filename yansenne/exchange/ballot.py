"""Signed ballots: a juror's whole grid sent from their package, applied by the secretariat.

A ballot is a JSON file: the edition, the juror, a revision number that grows with
each export from the package, every score with its comment, the juror's general
notes on projects and the categories they submitted, when it was made, and an
HMAC-SHA256 signature over the canonical JSON of all that (keys sorted, no spaces,
UTF-8) with the juror's secret (exchange/package.py). Whitespace may change in
transit; any change of content breaks the signature.

Importing checks, before writing anything: that the file is a whole ballot, that the
signature matches the juror's secret, that edition and juror match, that the
revision is newer than the last one applied, and every score against the grid and
the conflicts (through `store.scores.set_score`). Then one transaction applies it
with audit entries. A ballot is the juror's whole state: a score it no longer
holds is cleared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from yansenne.domain.lookup import edition_or_none, find_edition, refuse_if_locked
from yansenne.domain.marks import set_score
from yansenne.errors import InputError, Problem
from yansenne.exchange.package import package_identity, refuse_package
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.guard import refuse_if_database
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

BALLOT_FORMAT = "yansenne-ballot"
BALLOT_VERSION = 1
BALLOT_SUFFIX = ".ballot"
MAX_BYTES = 20 * 1024 * 1024  # a juror's grid is a few hundred kilobytes at most
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


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


# -- export (in a juror package) --------------------------------------------------------
@dataclass(frozen=True)
class BallotFile:
    path: Path
    year: int
    juror: str
    revision: int
    scores: int
    notes: int


def export_ballot(db: Database, output: Path) -> BallotFile:
    """Write the package's juror's signed ballot to `output`, with the next revision."""
    output = Path(output)
    identity = package_identity(db)
    if identity is None:
        raise InputError(Problem(tr("a ballot is sent from a juror package: run 'ballot export' "
                                    "with --db FILE.yansenne")))
    year, code = identity
    partial = output.with_name(output.name + ".part")
    try:
        with db.write() as session:
            info = session.get(PackageInfo, 1)
            assert info is not None
            edition = edition_or_none(session, year)
            juror = session.scalar(select(Juror).where(Juror.code == code))
            if edition is None or juror is None or not juror.secret:
                raise InputError(Problem(tr("this juror package is incomplete (no edition, "
                                            "juror or secret): ask the secretariat for a new "
                                            "one")))
            info.ballot_revision += 1
            info.ballot_exported_at = utcnow()
            body = _ballot_body(session, edition, juror, info)
            body["signature"] = sign(body, juror.secret)
            audit.record(session, "ballot.export", year=year, entity="juror", key=code,
                         actor=code, revision=info.ballot_revision, file=output.name,
                         scores=len(body["scores"]))
            partial.write_text(json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True)
                               + "\n", encoding="utf-8")
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)
    return BallotFile(output, year, code, body["revision"], len(body["scores"]),
                      len(body["notes"]))


def _ballot_body(session: Session, edition: Edition, juror: Juror,
                 info: PackageInfo) -> dict[str, Any]:
    scores = session.execute(
        select(Project.code, Criterion.code, Score.value, Score.comment)
        .join(Project, Project.id == Score.project_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .where(Score.juror_id == juror.id)
        .order_by(Project.code, Criterion.code)).all()
    notes = session.execute(
        select(Project.code, ProjectNote.comment)
        .join(Project, Project.id == ProjectNote.project_id)
        .where(ProjectNote.juror_id == juror.id).order_by(Project.code)).all()
    submitted = session.scalars(
        select(Category.code).join(Assignment, Assignment.category_id == Category.id)
        .where(Assignment.juror_id == juror.id, Assignment.submitted_at.is_not(None))
        .order_by(Category.code)).all()
    return {
        "format": BALLOT_FORMAT,
        "version": BALLOT_VERSION,
        "edition": edition.year,
        "juror": juror.code,
        "revision": info.ballot_revision,
        "created_at": utcnow().strftime(TIME_FORMAT),
        "scores": [{"project": p, "criterion": c, "value": float(v), "comment": comment}
                   for p, c, v, comment in scores],
        "notes": [{"project": p, "comment": comment} for p, comment in notes if comment],
        "submitted": list(submitted),
    }


# -- reading ---------------------------------------------------------------------------
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
    digest: str = field(init=False)

    def __post_init__(self) -> None:
        self.digest = digest(self.body)


def read_ballot(path: Path) -> ParsedBallot:
    """Read `path` as a ballot; InputError names every fault (nothing is trusted yet)."""
    path = Path(path)
    name = path.name

    def refuse(message: str) -> InputError:
        return InputError(Problem(message, file=name))

    if not path.is_file():
        raise refuse(tr("no such file"))
    refuse_if_database(path)
    if path.stat().st_size > MAX_BYTES:
        raise refuse(tr("not a ballot: the file is far too large"))
    raw = path.read_bytes()
    if not raw.strip():
        raise refuse(tr("the ballot is empty"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse(tr("not a ballot: the file is not text (UTF-8)")) from None
    try:
        body = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        whole = text.strip()
        if exc.pos >= len(whole) or (whole.startswith("{") and not whole.endswith("}")):
            raise refuse(tr("the ballot is incomplete: the file ends too early (cut short "
                            "while copying?)")) from None
        raise refuse(tr("not a ballot: unreadable at line {line}, column {column}",
                        line=exc.lineno, column=exc.colno)) from None
    except ValueError:
        raise refuse(tr("not a ballot: it holds a number that is not finite")) from None
    if not isinstance(body, dict) or body.get("format") != BALLOT_FORMAT:
        raise refuse(tr("not a Yansenne ballot"))
    if body.get("version") != BALLOT_VERSION:
        raise refuse(tr("ballot format {version} is not known to this version of Yansenne",
                        version=body.get("version")))
    problems: list[str] = []
    ballot = _shape(body, problems)
    if problems or ballot is None:
        raise InputError([Problem(p, file=name) for p in problems])
    return ballot


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _shape(body: dict[str, Any], problems: list[str]) -> ParsedBallot | None:
    def need(key: str, kind: type | tuple[type, ...], what: str) -> Any:
        value = body.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            problems.append(tr("field {field} is missing or is not {what}", field=key,
                               what=what))
            return None
        return value

    year = need("edition", int, tr("a year"))
    juror = need("juror", str, tr("a code"))
    revision = need("revision", int, tr("a whole number"))
    created = need("created_at", str, tr("a date and time"))
    signature = need("signature", str, tr("a signature"))
    scores = need("scores", list, tr("a list"))
    notes = need("notes", list, tr("a list"))
    submitted = need("submitted", list, tr("a list"))
    if isinstance(revision, int) and revision < 1:
        problems.append(tr("field {field} must be at least 1", field="revision"))
    when = None
    if isinstance(created, str):
        try:
            when = dt.datetime.strptime(created, TIME_FORMAT)
        except ValueError:
            problems.append(tr("field {field} is missing or is not {what}", field="created_at",
                               what=tr("a date and time")))
    if isinstance(signature, str) and not _is_hex(signature, 64):
        problems.append(tr("field {field} is missing or is not {what}", field="signature",
                           what=tr("a signature")))
    seen: set[tuple[str, str]] = set()
    for n, entry in enumerate(scores or [], start=1):
        problem = _score_problem(entry)
        if problem:
            problems.append(tr("score {n}: {problem}", n=n, problem=problem))
            continue
        cell = (entry["project"], entry["criterion"])
        if cell in seen:
            problems.append(tr("score {n}: project {project}, criterion {criterion} appears "
                               "twice", n=n, project=cell[0], criterion=cell[1]))
        seen.add(cell)
    noted: set[str] = set()
    for n, entry in enumerate(notes or [], start=1):
        if not (isinstance(entry, dict) and isinstance(entry.get("project"), str)
                and isinstance(entry.get("comment"), str)):
            problems.append(tr("note {n}: it needs a project and a comment", n=n))
        elif entry["project"] in noted:
            problems.append(tr("note {n}: project {project} appears twice", n=n,
                               project=entry["project"]))
        else:
            noted.add(entry["project"])
    if submitted is not None and not all(isinstance(code, str) for code in submitted):
        problems.append(tr("field {field} is missing or is not {what}", field="submitted",
                           what=tr("a list of category codes")))
    if problems or when is None:
        return None
    return ParsedBallot(body, year, juror, revision, when, scores, notes, submitted, signature)


def _score_problem(entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return tr("not a score")
    for key in ("project", "criterion", "comment"):
        if not isinstance(entry.get(key), str):
            return tr("field {field} is missing or is not {what}", field=key, what=tr("text"))
    value = entry.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return tr("field {field} is missing or is not {what}", field="value", what=tr("a number"))
    return None


def _is_hex(text: str, length: int) -> bool:
    return len(text) == length and all(c in "0123456789abcdef" for c in text)


# -- import (in the secretariat's database) -----------------------------------------------
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


def import_ballot(db: Database, year: int, path: Path, *, actor: str = "") -> BallotReport:
    """Verify the ballot at `path` and apply it to edition `year` in one transaction.

    Raises InputError, with nothing written, for a ballot that is damaged, signed with
    another key, for another edition or juror, older than the last one applied, or
    holding any score the grid or the conflicts do not allow.
    """
    path = Path(path)
    refuse_package(db)
    ballot = read_ballot(path)
    name = path.name

    def refused(message: str) -> InputError:
        return InputError(Problem(message, file=name))

    if ballot.year != year:
        raise refused(tr("this ballot is for edition {ballot}, not edition {year}",
                         ballot=ballot.year, year=year))
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
            report = _apply(session, edition, juror, ballot, name,
                            actor or f"{juror.code} (ballot {ballot.revision})")
            session.flush()
            return report
    except IntegrityError as exc:  # the schema's last word (e.g. the same ballot at once)
        raise refused(tr("the database refused the ballot: {reason}",
                         reason=str(exc.orig) if exc.orig else str(exc))) from exc


def _apply(session: Session, edition: Edition, juror: Juror, ballot: ParsedBallot, name: str,
           actor: str) -> BallotReport:
    projects = {p.code: p for p in session.scalars(
        select(Project).where(Project.edition_id == edition.id))}
    criteria = {(c.category_id, c.code): c for c in session.scalars(
        select(Criterion).where(Criterion.edition_id == edition.id))}
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
        try:
            change = set_score(session, juror, project, criterion, float(entry["value"]),
                               entry["comment"], actor=actor)
        except ValueError as exc:
            problems.append(Problem(f"{where}: {exc}", file=name))
            continue
        counts[change.kind] += 1
        kept.add((project.id, criterion.id))
    by_id = {p.id: p for p in projects.values()}
    criteria_by_id = {c.id: c for c in criteria.values()}
    for score in list(session.scalars(select(Score).where(Score.juror_id == juror.id))):
        if (score.project_id, score.criterion_id) in kept or score.project_id not in by_id:
            continue
        project, criterion = by_id[score.project_id], criteria_by_id[score.criterion_id]
        try:
            set_score(session, juror, project, criterion, None, actor=actor)
        except ValueError as exc:
            problems.append(Problem(tr("clearing the score of project {project}, criterion "
                                       "{criterion}: {problem}", project=project.code,
                                       criterion=criterion.code, problem=str(exc)), file=name))
            continue
        counts["cleared"] += 1
    notes = _apply_notes(session, edition, juror, ballot, projects, name, actor, problems)
    _apply_submissions(session, edition, juror, ballot, name, actor, problems)
    if problems:
        raise InputError(problems)
    session.add(Ballot(juror_id=juror.id, revision=ballot.revision, digest=ballot.digest,
                       signed_at=ballot.created_at, actor=actor, **counts))
    audit.record(session, "ballot.import", year=edition.year, entity="juror", key=juror.code,
                 actor=actor, revision=ballot.revision, file=name, notes=notes, **counts)
    return BallotReport(name, edition.year, juror.code, ballot.revision, notes=notes,
                        applied_at=utcnow(), **counts)


def _apply_notes(session: Session, edition: Edition, juror: Juror, ballot: ParsedBallot,
                 projects: dict[str, Project], name: str, actor: str,
                 problems: list[Problem]) -> int:
    """The juror's general notes become exactly the ballot's; returns how many changed."""
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
        elif entry["comment"].strip():
            wanted[project.id] = entry["comment"].strip()
    existing = {note.project_id: note for note in session.scalars(
        select(ProjectNote).where(ProjectNote.juror_id == juror.id))}
    codes = {p.id: p.code for p in projects.values()}
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
