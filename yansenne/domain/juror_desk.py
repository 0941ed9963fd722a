"""One juror's view of an edition, and the writes a juror makes from the scoring grid.

A juror sees only the categories assigned to them, their own marks, their own
conflicts of interest and their own notes: never another juror's scores nor any
aggregate. Each mark obeys the rule of `yansenne.domain.marks` (`checked_mark`, the one
`set_score` applies) and is written in its own short write transaction, committed
before the call returns, so that a mark the grid shows is a mark on disk. Submitting
(`yansenne.domain.submission`) locks the juror's marks and notes in every open
category at once; only the secretariat reopens one.

`JurorDesk` keeps the juror, the criteria and the projects of the categories it has
loaded as detached, fully loaded rows, and the readers of the grid's stage as the load
saw them: a typed mark then costs one read (the assignment, the lock, the stage's
state, a conflict and the mark as it stands, in one statement), one write, its audit
entry and the commit. Whatever may have changed since the load (a submission
elsewhere, a locked edition, a closed stage, a conflict just declared) is read afresh
inside each transaction; the database's triggers guard scale, step, conflicts,
observers, the stage's projects and its allocation whatever the cache says.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field, replace

from sqlalchemy import Connection, func, or_, select, text
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.orm import Session

from yansenne.domain import submission
from yansenne.domain.lookup import find_edition, locked_message
from yansenne.domain.marks import Change, Current, checked_mark, set_score, write_mark
from yansenne.domain.stages import Readers, current_stage
from yansenne.domain.stages import readers as stage_readers
from yansenne.domain.submission import Gap, Submission
from yansenne.errors import DatabaseError, InputError, Problem, YansenneError
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database, Plain
from yansenne.store.models import (
    Assignment,
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
from yansenne.store.postgres import juror_session, server_set_note

#: The actor allowed to reopen a submitted category ("secretariat" or "secretariat:NAME").
SECRETARIAT = "secretariat"


class ScoringRefused(YansenneError):
    """A juror's write was refused; the message says why, in the user's language."""


def is_secretariat(actor: str) -> bool:
    return actor == SECRETARIAT or actor.startswith(SECRETARIAT + ":")


# -- what the grid shows -----------------------------------------------------------

@dataclass(frozen=True)
class JurorInfo:
    id: int
    code: str
    name: str
    institution: str
    role: str
    language: str


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    code: str
    name_fr: str
    name_nl: str
    name_en: str


@dataclass(frozen=True)
class CriterionInfo:
    """A column of the grid; `scale_problem` reads its scale like a `Criterion`'s."""

    id: int
    code: str
    name_fr: str
    name_nl: str
    name_en: str
    weight: float
    min_value: float
    max_value: float
    step: float
    descriptor_fr: str
    descriptor_nl: str
    descriptor_en: str


@dataclass(frozen=True)
class ProjectInfo:
    """A row of the grid, with what the side pane shows about the project."""

    id: int
    code: str
    title_fr: str
    title_nl: str
    title_en: str
    organisation: str
    lead_actor: str
    partner_actors: tuple[str, ...]
    municipality: str | None
    summary_fr: str
    summary_nl: str
    summary_en: str
    budget_eur: float | None


@dataclass(frozen=True)
class Mark:
    """One of the juror's own marks, as committed."""

    value: float
    comment: str
    revision: int


@dataclass(frozen=True)
class CategoryProgress:
    """How far the juror is in one assigned category (the category tabs)."""

    category: CategoryInfo
    projects: int  # projects to score: those of the category minus the juror's conflicts
    scored: int  # of those, projects with a mark on every criterion
    missing: int  # marks still missing
    conflicts: int
    submitted_at: dt.datetime | None

    @property
    def complete(self) -> bool:
        return self.missing == 0


@dataclass
class CategoryGrid:
    """Everything the grid of one category needs, read in one short session."""

    category: CategoryInfo
    criteria: tuple[CriterionInfo, ...]
    projects: tuple[ProjectInfo, ...]
    marks: dict[tuple[int, int], Mark] = field(default_factory=dict)  # (project, criterion)
    conflicts: dict[int, str] = field(default_factory=dict)  # project id -> reason
    notes: dict[int, str] = field(default_factory=dict)  # project id -> general comment
    submitted_at: dt.datetime | None = None


# -- the desk ----------------------------------------------------------------------

# Run inside every mark's write transaction (see `_check_open`): a textual statement,
# because it is on the path of each keystroke and an ORM query costs several times more.
_OPEN_CHECK = text(
    "SELECT a.juror_id, a.submitted_at IS NOT NULL, e.locked_at IS NOT NULL FROM jurors j "
    "JOIN editions e ON e.id = j.edition_id LEFT JOIN assignments a "
    "ON a.juror_id = j.id AND a.category_id = :category WHERE j.id = :juror"
)
# A typed mark's one read (see `JurorDesk._write_mark`): what `_OPEN_CHECK` reads, the
# stage's state, the pair's conflict and the mark as it stands.
_MARK_FACTS_SQL = (
    "SELECT a.juror_id, a.submitted_at IS NOT NULL, e.locked_at IS NOT NULL, st.state, "
    "EXISTS (SELECT 1 FROM conflicts k WHERE k.juror_id = j.id AND k.project_id = :project), "
    "s.id, s.value, s.comment, s.revision FROM jurors j "
    "JOIN editions e ON e.id = j.edition_id "
    "LEFT JOIN assignments a ON a.juror_id = j.id AND a.category_id = :category "
    "LEFT JOIN stages st ON st.id = :stage "
    "LEFT JOIN scores s ON s.stage_id = :stage AND s.juror_id = j.id "
    "AND s.project_id = :project AND s.criterion_id = :criterion "
    "WHERE j.id = :juror"
)
_MARK_FACTS = text(_MARK_FACTS_SQL)


class JurorDesk:
    """The juror's side of one edition: reads their grids and writes their marks."""

    def __init__(self, db: Database, year: int, juror: Juror, edition: Edition,
                 actor: str) -> None:
        self._db = db
        self.year = year
        self.actor = actor
        self._juror = juror  # detached, fully loaded: set_score only reads it
        self.juror = JurorInfo(juror.id, juror.code, juror.name, juror.institution or "",
                               juror.role, juror.language)
        self.edition_names = (edition.name_fr, edition.name_nl, edition.name_en)
        self._edition_id = edition.id
        self._projects: dict[int, Project] = {}
        self._criteria: dict[int, Criterion] = {}
        self._category_of: dict[int, int] = {}  # project id -> category id
        self._stage_id: int | None = None  # the stage of the grid last loaded
        self._who: Readers | None = None  # who reads what there, as that load saw it

    @property
    def database(self) -> Database:
        return self._db

    @classmethod
    def open(cls, db: Database, year: int, juror_code: str, actor: str | None = None,
             ) -> JurorDesk:
        """The desk of juror `juror_code` in edition `year`; refuses observers."""
        with db.read() as session:
            edition = find_edition(session, year)
            juror = submission.scoring_juror(session, year, juror_code)
            session.expunge_all()  # detached before the read ends: nothing is expired
        return cls(db, year, juror, edition, actor or juror.code)

    # -- reading -------------------------------------------------------------------
    def categories(self) -> list[CategoryProgress]:
        """The juror's assigned categories in their order, with the progress in each."""
        jid = self.juror.id
        with self._db.read() as s:
            rows = [(_category_info(c), at) for c, at in s.execute(
                select(Category, Assignment.submitted_at)
                .join(Assignment, Assignment.category_id == Category.id)
                .where(Assignment.juror_id == jid, Category.edition_id == self._edition_id)
                .order_by(Category.position, Category.code)).all()]
            criteria = s.execute(select(Criterion.category_id, func.count(Criterion.id))
                                 .where(Criterion.edition_id == self._edition_id)
                                 .group_by(Criterion.category_id)).all()
            projects = dict(s.execute(
                select(Project.category_id, func.count(Project.id))
                .where(Project.edition_id == self._edition_id)
                .group_by(Project.category_id)).all())
            conflicts = dict(s.execute(
                select(Project.category_id, func.count())
                .select_from(Conflict).join(Project, Project.id == Conflict.project_id)
                .where(Conflict.juror_id == jid).group_by(Project.category_id)).all())
            who = self._readers(s)
            if not who.everyone_reads:  # with stages: only what the open stage gives them
                readable = s.execute(select(Project.id, Project.category_id).where(
                    Project.id.in_(who.projects))).all()
                conflicted = set(s.scalars(select(Conflict.project_id).where(
                    Conflict.juror_id == jid)))
                projects, conflicts = {}, {}
                for project_id, category_id in readable:
                    if who.reads(jid, project_id):
                        projects[category_id] = projects.get(category_id, 0) + 1
                        if project_id in conflicted:
                            conflicts[category_id] = conflicts.get(category_id, 0) + 1
            per_project = s.execute(
                select(Project.category_id, func.count(Score.id))
                .select_from(Score).join(Project, Project.id == Score.project_id)
                .join(Criterion, Criterion.id == Score.criterion_id)
                .where(Score.juror_id == jid, Project.edition_id == self._edition_id,
                       Score.stage_id == who.stage_id,
                       or_(Criterion.category_id.is_(None),
                           Criterion.category_id == Project.category_id))
                .group_by(Score.project_id, Project.category_id)).all()
        shared = sum(n for cat, n in criteria if cat is None)
        own = {cat: n for cat, n in criteria if cat is not None}
        result = []
        for category, submitted_at in rows:
            width = shared + own.get(category.id, 0)
            counts = [n for cat, n in per_project if cat == category.id]
            to_score = projects.get(category.id, 0) - conflicts.get(category.id, 0)
            result.append(CategoryProgress(
                category=category, projects=to_score,
                scored=sum(1 for n in counts if n >= width),
                missing=to_score * width - sum(counts), conflicts=conflicts.get(category.id, 0),
                submitted_at=submitted_at))
        return result

    def load(self, category_code: str) -> CategoryGrid:
        """The grid of one assigned category: criteria, projects, own marks, conflicts
        and notes, read once (the grid then works from memory)."""
        jid = self.juror.id
        with self._db.read() as s:
            category = s.scalars(select(Category).where(
                Category.edition_id == self._edition_id, Category.code == category_code)).first()
            if category is None:
                raise InputError(Problem(tr("unknown category {value}", value=category_code)))
            assignment = s.get(Assignment, (jid, category.id))
            if assignment is None:
                raise ScoringRefused(tr(
                    "juror {juror} is not assigned to category {category}",
                    juror=self.juror.code, category=category.code))
            s.get(Edition, self._edition_id)  # in the identity map: project.edition is free
            criteria = s.scalars(
                select(Criterion).where(Criterion.edition_id == self._edition_id,
                                        or_(Criterion.category_id.is_(None),
                                            Criterion.category_id == category.id))
                .order_by(Criterion.position, Criterion.id)).all()
            who = self._readers(s)
            self._stage_id = who.stage_id  # the grid's marks are this stage's
            self._who = who
            projects = [p for p in s.scalars(select(Project).where(
                Project.category_id == category.id).order_by(Project.code))
                if who.reads(jid, p.id)]
            for project in projects:
                project.edition  # noqa: B018 -- loaded now, read by set_score later
            in_category = select(Project.id).where(Project.category_id == category.id)
            marks = s.execute(
                select(Score.project_id, Score.criterion_id, Score.value, Score.comment,
                       Score.revision)
                .where(Score.juror_id == jid, Score.stage_id == who.stage_id,
                       Score.project_id.in_(in_category))).all()
            conflicts = s.execute(select(Conflict.project_id, Conflict.reason).where(
                Conflict.juror_id == jid, Conflict.project_id.in_(in_category))).all()
            notes = s.execute(select(ProjectNote.project_id, ProjectNote.comment).where(
                ProjectNote.juror_id == jid, ProjectNote.project_id.in_(in_category))).all()
            grid = CategoryGrid(
                category=_category_info(category),
                criteria=tuple(_criterion_info(c) for c in criteria),
                projects=tuple(_project_info(p) for p in projects),
                marks={(p, c): Mark(v, comment or "", r) for p, c, v, comment, r in marks},
                conflicts={p: reason or "" for p, reason in conflicts},
                notes={p: text for p, text in notes if text},
                submitted_at=assignment.submitted_at,
            )
            s.expunge_all()
        self._criteria.update((c.id, c) for c in criteria)
        for project in projects:
            self._projects[project.id] = project
            self._category_of[project.id] = category.id
        return grid

    def _grid_readers(self, session: Session) -> Readers:
        """The readers of the stage whose grid was loaded: a mark typed in a grid left
        open across a promotion is refused (that stage is closed), never written into
        the next one."""
        stage = session.get(Stage, self._stage_id) if self._stage_id is not None else None
        return stage_readers(session, stage) if stage is not None else self._readers(session)

    def _readers(self, session: Session) -> Readers:
        """Who reads what in the stage the juror is scoring now (the open one)."""
        return stage_readers(session, current_stage(session, self._edition_id))

    # -- writing -------------------------------------------------------------------
    def set_mark(self, project_id: int, criterion_id: int, value: float | None,
                 comment: str | None = None) -> Mark | None:
        """Set (or with None clear) one mark, committed and audited before returning.

        `comment=None` keeps the mark's comment. Returns the mark as committed (None
        when cleared). Raises ScoringRefused, and writes nothing, when the mark is not
        allowed (off the scale, a conflict, a submitted category, a locked edition).
        """
        project, criterion = self._project(project_id), self._criterion(criterion_id)
        try:
            change = self._write_plain(project, criterion, value, comment)
            if change is None:
                with self._db.write() as session:
                    change = self._write_mark(session, project, criterion, value, comment)
        except ValueError as exc:
            raise ScoringRefused(str(exc)) from exc
        except DatabaseError as exc:  # the file under the desk was replaced (liveness.py)
            raise ScoringRefused(str(exc)) from exc
        except (IntegrityError, ProgrammingError) as exc:  # a trigger's or the juror
            # function's last word (e.g. a conflict just declared)
            raise ScoringRefused(tr("the mark was refused by the database: {reason}",
                                    reason=str(exc.orig) if exc.orig else str(exc))) from exc
        except sqlite3.DatabaseError as exc:  # the same, met through the driver
            raise ScoringRefused(tr("the mark was refused by the database: {reason}",
                                    reason=str(exc))) from exc
        score = change.score
        return Mark(score.value, score.comment, score.revision) if score else None

    def _write_plain(self, project: Project, criterion: Criterion, value: float | None,
                     comment: str | None) -> Change | None:
        """The typed mark on a SQLite file, through the driver: one read, the rule, one
        write and its audit entry, committed. None, with nothing written, when that path
        is not the mark's (a server, a grid whose stage is gone): `_write_mark` then."""
        who = self._who
        if who is None or not self._db.writes_plain:
            return None
        with self._db.plain_write() as q:
            facts = q.one(_MARK_FACTS_SQL, self._facts_keys(project, criterion, who))
            return self._checked_write(q, facts, project, criterion, value, comment)

    def _write_mark(self, session: Session, project: Project, criterion: Criterion,
                    value: float | None, comment: str | None) -> Change:
        """One read, the rule, one write and its audit entry (the caller commits).

        A juror's own server login writes through the database's function, and a grid
        whose stage is gone reads its readers again: both take `set_score`'s way."""
        who = self._who
        if who is None or juror_session(session):
            self._check_open(session, project)
            return set_score(session, self._juror, project, criterion, value, comment,
                             actor=self.actor, readers=self._grid_readers(session))
        connection = session.connection()
        facts = connection.execute(_MARK_FACTS,
                                   self._facts_keys(project, criterion, who)).first()
        change = self._checked_write(connection, tuple(facts) if facts else None, project,
                                     criterion, value, comment)
        if change is None:
            return set_score(session, self._juror, project, criterion, value, comment,
                             actor=self.actor, readers=self._grid_readers(session))
        return change

    def _facts_keys(self, project: Project, criterion: Criterion,
                    who: Readers) -> dict[str, int]:
        return {"category": self._category_of[project.id], "juror": self.juror.id,
                "stage": who.stage_id, "project": project.id, "criterion": criterion.id}

    def _checked_write(self, executor: Connection | Plain, facts: tuple | None,
                       project: Project, criterion: Criterion, value: float | None,
                       comment: str | None) -> Change | None:
        """The rule over `_MARK_FACTS`, then the write; None when the grid's stage is
        gone (its readers must be read again: `set_score`'s way)."""
        if facts is None:  # the juror was removed from the edition since the grid loaded
            facts = (None,) * 9  # as unassigned: `_refuse_closed` says so
        (assigned, submitted, locked, state, conflict, score_id, before, before_comment,
         revision) = facts
        self._refuse_closed(project, assigned, submitted, locked)
        if state is None:
            return None
        who = self._who
        assert who is not None
        readers = who if state == who.state else replace(who, state=state)
        value = checked_mark(self._juror, project, criterion, value, conflict=bool(conflict),
                             readers=readers)
        current = (Current(score_id, before, before_comment or "", revision)
                   if score_id is not None else None)
        return write_mark(executor, self._juror, project, criterion, value, comment,
                          actor=self.actor, stage_id=who.stage_id, current=current,
                          year=self.year)

    def set_note(self, project_id: int, text: str) -> None:
        """Set (or with blank text remove) the juror's general comment on a project."""
        project = self._project(project_id)
        text = text.strip()
        try:
            self._db.check_alive()
        except DatabaseError as exc:
            raise ScoringRefused(str(exc)) from exc
        try:
            self._write_note(project, text)
        except DatabaseError as exc:  # a server's limit, or the file replaced under the desk
            raise ScoringRefused(str(exc)) from exc
        except (IntegrityError, ProgrammingError) as exc:  # the database's last word
            raise ScoringRefused(tr("the note was refused by the database: {reason}",
                                    reason=str(exc.orig) if exc.orig else str(exc))) from exc

    def _write_note(self, project: Project, text: str) -> None:
        with self._db.write() as session:
            self._check_open(session, project)
            if session.get(Conflict, (self.juror.id, project.id)) is not None:
                raise ScoringRefused(tr("juror {juror} is in conflict with project {project}",
                                        juror=self.juror.code, project=project.code))
            if juror_session(session):  # the login writes through the database's function
                server_set_note(session, project.id, text)
                return
            note = session.get(ProjectNote, (self.juror.id, project.id))
            before = note.comment if note else ""
            if before == text:
                return
            key = f"{self.juror.code}/{project.code}"
            if not text:
                session.delete(note)
                audit.record(session, "note.clear", year=self.year, entity="project_note",
                             key=key, actor=self.actor, before=before)
                return
            if note is None:
                session.add(ProjectNote(juror_id=self.juror.id, project_id=project.id,
                                        comment=text))
            else:
                note.comment, note.updated_at = text, utcnow()
            audit.record(session, "note.set", year=self.year, entity="project_note", key=key,
                         actor=self.actor, before=before, after=text)

    def gaps(self) -> list[Gap]:
        """What the juror has not scored yet in the categories still open."""
        return submission.gaps(self._db, self.year, self.juror.code)

    def submit_all(self) -> Submission:
        """Submit every open category at once (`yansenne.domain.submission`)."""
        try:
            return submission.submit_all(self._db, self.year, self.juror.code,
                                         actor=self.actor)
        except submission.SubmissionRefused as exc:
            raise ScoringRefused(str(exc)) from exc

    def reopen(self, category_code: str, *, actor: str) -> None:
        """The secretariat reopens one of this juror's submitted categories."""
        reopen(self._db, self.year, self.juror.code, category_code, actor=actor)

    # -- helpers -------------------------------------------------------------------
    def _project(self, project_id: int) -> Project:
        project = self._projects.get(project_id)
        if project is None:
            raise ScoringRefused(tr("project {project} is not in the juror's grids",
                                    project=project_id))
        return project

    def _criterion(self, criterion_id: int) -> Criterion:
        criterion = self._criteria.get(criterion_id)
        if criterion is None:
            raise ScoringRefused(tr("criterion {criterion} is not in the juror's grids",
                                    criterion=criterion_id))
        return criterion

    def _check_open(self, session: Session, project: Project) -> None:
        """Refuse a write into a category that is not assigned, already submitted, or
        in a locked edition (read inside the write transaction, so never stale)."""
        category_id = self._category_of[project.id]
        assigned, submitted, locked = session.connection().execute(
            _OPEN_CHECK, {"category": category_id, "juror": self.juror.id}).one()
        self._refuse_closed(project, assigned, submitted, locked)

    def _refuse_closed(self, project: Project, assigned: object, submitted: object,
                       locked: object) -> None:
        if locked:
            raise ScoringRefused(locked_message(self.year))
        if assigned is None:
            raise ScoringRefused(tr("juror {juror} is not assigned to the category of project "
                                    "{project}", juror=self.juror.code, project=project.code))
        if submitted:
            raise ScoringRefused(tr(
                "the scores of juror {juror} in this category were submitted and are locked; "
                "only the secretariat can reopen them", juror=self.juror.code))

    def _assignment(self, session: Session, category_code: str,
                    ) -> tuple[Category, Assignment]:
        return _find_assignment(session, self._edition_id, self.juror, category_code)


def scoring_jurors(db: Database, year: int) -> list[JurorInfo]:
    """The jurors of an edition who score (observers do not), in the jury's order."""
    with db.read() as s:
        edition = find_edition(s, year)
        jurors = s.scalars(select(Juror).where(Juror.edition_id == edition.id,
                                               Juror.role != "observer")
                           .order_by(Juror.position, Juror.code)).all()
        return [JurorInfo(j.id, j.code, j.name, j.institution or "", j.role, j.language)
                for j in jurors]


def reopen(db: Database, year: int, juror_code: str, category_code: str, *,
           actor: str) -> None:
    """Unlock a juror's submitted category: the secretariat's act only, audited."""
    if not is_secretariat(actor):
        raise ScoringRefused(tr(
            "only the secretariat can reopen submitted scores ({actor} cannot)",
            actor=actor or "?"))
    with db.write() as session:
        edition = find_edition(session, year)
        juror = session.scalars(select(Juror).where(
            Juror.edition_id == edition.id, Juror.code == juror_code)).first()
        if juror is None:
            raise InputError(Problem(tr("unknown juror {value}", value=juror_code)))
        _refuse_if_locked(session, edition.id)
        info = JurorInfo(juror.id, juror.code, juror.name, "", juror.role, juror.language)
        category, assignment = _find_assignment(session, edition.id, info, category_code)
        if assignment.submitted_at is None:
            raise ScoringRefused(tr(
                "the scores of juror {juror} in category {category} are not submitted",
                juror=juror.code, category=category.code))
        before = assignment.submitted_at
        assignment.submitted_at = None
        audit.record(session, "scores.reopen", year=year, entity="assignment",
                     key=f"{juror.code}/{category.code}", actor=actor, submitted_at=before)


def _find_assignment(session: Session, edition_id: int, juror: JurorInfo,
                     category_code: str) -> tuple[Category, Assignment]:
    category = session.scalars(select(Category).where(
        Category.edition_id == edition_id, Category.code == category_code)).first()
    if category is None:
        raise InputError(Problem(tr("unknown category {value}", value=category_code)))
    assignment = session.get(Assignment, (juror.id, category.id))
    if assignment is None:
        raise ScoringRefused(tr("juror {juror} is not assigned to category {category}",
                                juror=juror.code, category=category.code))
    return category, assignment


def _refuse_if_locked(session: Session, edition_id: int) -> None:
    edition = session.get(Edition, edition_id)
    if edition is not None and edition.locked_at is not None:
        raise ScoringRefused(locked_message(edition.year))


def _category_info(c: Category) -> CategoryInfo:
    return CategoryInfo(c.id, c.code, c.name_fr, c.name_nl or "", c.name_en or "")


def _criterion_info(c: Criterion) -> CriterionInfo:
    return CriterionInfo(c.id, c.code, c.name_fr, c.name_nl or "", c.name_en or "",
                         float(c.weight), float(c.min_value), float(c.max_value), float(c.step),
                         c.descriptor_fr or "", c.descriptor_nl or "", c.descriptor_en or "")


def _project_info(p: Project) -> ProjectInfo:
    return ProjectInfo(
        p.id, p.code, p.title_fr, p.title_nl or "", p.title_en or "", p.organisation or "",
        p.lead_actor, tuple(a for a in (p.partner_actors or "").split(";") if a),
        p.municipality, p.summary_fr or "", p.summary_nl or "", p.summary_en or "",
        p.budget_eur)
