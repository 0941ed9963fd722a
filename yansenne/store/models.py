"""The mapped classes of the whole domain (DESIGN.md, "Domain").

Integrity lives in the schema, not only in the code that writes it: unique codes
per edition, foreign keys, checked enumerations and scales. The rules that span
tables (a score within its criterion's scale and step, never for a conflicted
pair, never inside a locked edition) are triggers created by the migrations
(`store/migrations/versions/`), so that no writer can bypass them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ACTORS: tuple[str, ...] = ("citizens", "associations", "municipal", "police", "regional")
ROLES: tuple[str, ...] = ("president", "member", "observer")
LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
METHODS: tuple[str, ...] = (
    "mean", "median", "trimmed", "zscore", "ranksum", "majority", "schulze", "adjusted")
AWARDS: tuple[str, ...] = ("1", "2", "3", "mention")
VOTE_CHOICES: tuple[str, ...] = ("for", "against", "abstain")
STAGE_KINDS: tuple[str, ...] = ("screening", "scoring")
STAGE_STATES: tuple[str, ...] = ("pending", "open", "closed")
CONSENSUS_KINDS: tuple[str, ...] = ("consensus", "majority", "minority")
DEFAULT_PRIZES: tuple[float, ...] = (6000.0, 4000.0, 2000.0)
DEFAULT_PRIZES_JSON = "[6000.0, 4000.0, 2000.0]"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Edition(Base):
    """One year of the prize: its categories, grid, candidates, jury and decisions."""

    __tablename__ = "editions"
    __table_args__ = (
        CheckConstraint(_in("method", METHODS), name="method"),
        CheckConstraint("quorum >= 1", name="quorum"),
        CheckConstraint("trim >= 0", name="trim"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    name_fr: Mapped[str] = mapped_column(String(200))
    name_nl: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    ceremony_date: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="mean")
    trim: Mapped[int] = mapped_column(Integer, default=1)
    quorum: Mapped[int] = mapped_column(Integer, default=1)
    foreword_fr: Mapped[str] = mapped_column(Text, default="")
    foreword_nl: Mapped[str] = mapped_column(Text, default="")
    foreword_en: Mapped[str] = mapped_column(Text, default="")
    # The paragraph closing each letter to a candidate: how to contest the decision
    # (migration 0010).
    remedies_fr: Mapped[str] = mapped_column(Text, default="", server_default="")
    remedies_nl: Mapped[str] = mapped_column(Text, default="", server_default="")
    remedies_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Ordered tie-break rules: criterion:CODE, median, first_places, casting_vote.
    tie_break: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    grid_frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    # Amounts of the 1st, 2nd and 3rd prizes in euros.
    prizes: Mapped[list[float]] = mapped_column(JSON, default=lambda: list(DEFAULT_PRIZES),
                                                server_default=DEFAULT_PRIZES_JSON)
    deliberation_date: Mapped[dt.date | None] = mapped_column(Date)
    deliberation_place: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # The meeting's opening and closing times, "HH:MM" or "".
    deliberation_start: Mapped[str] = mapped_column(String(5), default="", server_default="")
    deliberation_end: Mapped[str] = mapped_column(String(5), default="", server_default="")
    # How the call spreadsheet writes values the application names otherwise, by field:
    # {"category": {"prevention jeunesse": "municipal"}}; reused by the next import.
    value_mapping: Mapped[dict[str, dict[str, str]]] = mapped_column(
        JSON, default=dict, server_default="{}")
    # The president's casting vote: project codes in the order given; it feeds the
    # `casting_vote` tie-break rule.
    casting_vote: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lock_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # The lock record (domain/lock_record.py), canonical JSON; its SHA-256 is the
    # fingerprint. None for a lock made before migration 0011 (fingerprinted the old way).
    lock_record: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    categories: Mapped[list[Category]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="Category.position"
    )
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="Criterion.position"
    )
    projects: Mapped[list[Project]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="Project.code"
    )
    jurors: Mapped[list[Juror]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="Juror.position"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="Decision.position"
    )
    stages: Mapped[list[Stage]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", order_by="Stage.position"
    )

    __mapper_args__ = {"version_id_col": version}


class Category(Base):
    """A category of candidates; each has its own grid of criteria."""

    __tablename__ = "categories"
    __table_args__ = (
        UniqueConstraint("edition_id", "code", name="uq_categories_edition_code"),
        UniqueConstraint("id", "edition_id", name="uq_categories_id_edition"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name_fr: Mapped[str] = mapped_column(String(200))
    name_nl: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    edition: Mapped[Edition] = relationship(back_populates="categories")


class Criterion(Base):
    """One column of a grid: its weight, its scale and what each level means."""

    __tablename__ = "criteria"
    __table_args__ = (
        CheckConstraint("weight > 0", name="weight"),
        CheckConstraint("max_value > min_value", name="scale"),
        CheckConstraint("step > 0", name="step"),
        UniqueConstraint("edition_id", "category_id", "code", name="uq_criteria_edition_cat_code"),
        # A criterion shared by every category (category_id NULL) is unique too.
        Index(
            "uq_criteria_edition_code_shared",
            "edition_id",
            "code",
            unique=True,
            sqlite_where=text("category_id IS NULL"),
            postgresql_where=text("category_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE")
    )
    code: Mapped[str] = mapped_column(String(40))
    name_fr: Mapped[str] = mapped_column(String(200))
    name_nl: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    min_value: Mapped[float] = mapped_column(Float, default=0.0)
    max_value: Mapped[float] = mapped_column(Float, default=10.0)
    step: Mapped[float] = mapped_column(Float, default=0.5)
    descriptor_fr: Mapped[str] = mapped_column(Text, default="")
    descriptor_nl: Mapped[str] = mapped_column(Text, default="")
    descriptor_en: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    edition: Mapped[Edition] = relationship(back_populates="criteria")
    category: Mapped[Category | None] = relationship()


class Project(Base):
    """A candidate project in one category of one edition."""

    __tablename__ = "projects"
    __table_args__ = (
        UniqueConstraint("edition_id", "code", name="uq_projects_edition_code"),
        ForeignKeyConstraint(
            ["category_id", "edition_id"],
            ["categories.id", "categories.edition_id"],
            name="fk_projects_category_same_edition",
            ondelete="CASCADE",
        ),
        CheckConstraint(_in("lead_actor", ACTORS), name="lead_actor"),  # NULL passes
        CheckConstraint(_in("language", LANGUAGES), name="language"),
        CheckConstraint(
            "municipality IS NULL OR municipality = 'region' OR "
            "(length(municipality) = 5 AND municipality BETWEEN '21001' AND '21019')",
            name="municipality",
        ),
        CheckConstraint("budget_eur IS NULL OR budget_eur >= 0", name="budget"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    title_fr: Mapped[str] = mapped_column(String(500))
    title_nl: Mapped[str] = mapped_column(String(500), default="")
    title_en: Mapped[str] = mapped_column(String(500), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    # One of ACTORS, or None: a call spreadsheet need not give it.
    lead_actor: Mapped[str | None] = mapped_column(String(20))
    # Codes of ACTORS separated by ';' in canonical order.
    partner_actors: Mapped[str] = mapped_column(String(100), default="")
    # NIS code of one of the 19 municipalities, 'region' for region-wide, or NULL.
    municipality: Mapped[str | None] = mapped_column(String(10))
    summary_fr: Mapped[str] = mapped_column(Text, default="")
    summary_nl: Mapped[str] = mapped_column(Text, default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    budget_eur: Mapped[float | None] = mapped_column(Float)
    # The candidate's language for letters: fr, nl or en.
    language: Mapped[str] = mapped_column(String(2), default="fr", server_default="fr")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    edition: Mapped[Edition] = relationship(back_populates="projects")
    category: Mapped[Category] = relationship(
        primaryjoin="Project.category_id == Category.id", foreign_keys=[category_id]
    )

    __mapper_args__ = {"version_id_col": version}


class Juror(Base):
    """A member of one edition's jury; observers sit but do not score."""

    __tablename__ = "jurors"
    __table_args__ = (
        UniqueConstraint("edition_id", "code", name="uq_jurors_edition_code"),
        CheckConstraint(_in("role", ROLES), name="role"),
        CheckConstraint(_in("language", LANGUAGES), name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    institution: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(20), default="member")
    language: Mapped[str] = mapped_column(String(2), default="fr")
    email: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Present at the deliberation (for the minutes and the votes).
    present: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The key that signs this juror's ballots (offline packages); never exported.
    secret: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)

    edition: Mapped[Edition] = relationship(back_populates="jurors")
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="juror", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Assignment(Base):
    """Which categories a juror scores (every category unless the secretariat narrows it)."""

    __tablename__ = "assignments"

    juror_id: Mapped[int] = mapped_column(
        ForeignKey("jurors.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    juror: Mapped[Juror] = relationship(back_populates="assignments")
    category: Mapped[Category] = relationship()


class Conflict(Base):
    """A declared conflict of interest: the juror never scores that project."""

    __tablename__ = "conflicts"

    juror_id: Mapped[int] = mapped_column(
        ForeignKey("jurors.id", ondelete="CASCADE"), primary_key=True
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    juror: Mapped[Juror] = relationship()
    project: Mapped[Project] = relationship()


class Stage(Base):
    """A step of the edition's evaluation (migration 0009): an eligibility screening or a
    scoring round. Every edition has at least one; one without stages has `final`."""

    __tablename__ = "stages"
    __table_args__ = (
        UniqueConstraint("edition_id", "code", name="uq_stages_edition_code"),
        UniqueConstraint("edition_id", "position", name="uq_stages_edition_position"),
        # One open stage at most per edition.
        Index("uq_stages_edition_open", "edition_id", unique=True,
              sqlite_where=text("state = 'open'"), postgresql_where=text("state = 'open'")),
        CheckConstraint(_in("kind", STAGE_KINDS), name="kind"),
        CheckConstraint(_in("state", STAGE_STATES), name="state"),
        CheckConstraint("per_project IS NULL OR per_project >= 1", name="per_project"),
        CheckConstraint("shortlist IS NULL OR shortlist >= 1", name="shortlist"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10), default="scoring")
    name_fr: Mapped[str] = mapped_column(String(200))
    name_nl: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Juror codes of the stage's jury; empty: every scoring juror.
    jurors: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    per_project: Mapped[int | None] = mapped_column(Integer)
    shortlist: Mapped[int | None] = mapped_column(Integer)
    # Blank: the edition's method.
    method: Mapped[str] = mapped_column(String(20), default="", server_default="")
    closes: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="pending")

    edition: Mapped[Edition] = relationship(back_populates="stages")


class Screening(Base):
    """A screening stage's eligibility decision on one project, with its reason."""

    __tablename__ = "screenings"
    __table_args__ = (
        CheckConstraint("eligible OR reason <> ''", name="reason"),
    )

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    eligible: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Allocation(Base):
    """Who reads what in a stage whose `per_project` is set (`yansenne assign`)."""

    __tablename__ = "allocations"

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True)
    juror_id: Mapped[int] = mapped_column(
        ForeignKey("jurors.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True, index=True)


class ShortlistEntry(Base):
    """A project that went on from a stage to the next (`stage promote`)."""

    __tablename__ = "shortlists"

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)


class ConsensusText(Base):
    """The panel's reasoned view of a shortlisted project: one consensus text, or a
    majority and a minority text, in French and Dutch."""

    __tablename__ = "consensus_texts"
    __table_args__ = (CheckConstraint(_in("kind", CONSENSUS_KINDS), name="kind"),)

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    text_fr: Mapped[str] = mapped_column(Text, default="")
    text_nl: Mapped[str] = mapped_column(Text, default="")


class PreliminaryMark(Base):
    """A juror's mark as it stood at their first submission in the last stage of an
    edition with stages, kept beside the final mark after the panel's discussion."""

    __tablename__ = "preliminary_marks"

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True)
    juror_id: Mapped[int] = mapped_column(
        ForeignKey("jurors.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criteria.id", ondelete="CASCADE"), primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class Score(Base):
    """One juror's mark on one criterion of one project in one stage; `revision` counts
    its changes."""

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("stage_id", "juror_id", "project_id", "criterion_id",
                         name="uq_scores_cell"),
        CheckConstraint("revision >= 1", name="revision"),
        Index("ix_scores_project", "project_id"),
        Index("ix_scores_juror", "juror_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    juror: Mapped[Juror] = relationship()
    project: Mapped[Project] = relationship()
    criterion: Mapped[Criterion] = relationship()


class ProjectNote(Base):
    """A juror's general comment on a project (beside the per-score comments)."""

    __tablename__ = "project_notes"

    juror_id: Mapped[int] = mapped_column(
        ForeignKey("jurors.id", ondelete="CASCADE"), primary_key=True
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Decision(Base):
    """A laureate or mention decided by the jury, with its citation and any departure."""

    __tablename__ = "decisions"
    __table_args__ = (
        CheckConstraint(_in("award", AWARDS), name="award"),
        CheckConstraint("amount_eur IS NULL OR amount_eur >= 0", name="amount"),
        UniqueConstraint("edition_id", "project_id", name="uq_decisions_edition_project"),
        Index(
            "uq_decisions_edition_prize",
            "edition_id",
            "award",
            unique=True,
            sqlite_where=text("award <> 'mention'"),
            postgresql_where=text("award <> 'mention'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    award: Mapped[str] = mapped_column(String(10))
    amount_eur: Mapped[float | None] = mapped_column(Float)
    citation_fr: Mapped[str] = mapped_column(Text, default="")
    citation_nl: Mapped[str] = mapped_column(Text, default="")
    citation_en: Mapped[str] = mapped_column(Text, default="")
    # Why the jury departed from the computed ranking, if it did.
    justification: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    edition: Mapped[Edition] = relationship(back_populates="decisions")
    project: Mapped[Project] = relationship()


class Vote(Base):
    """One juror's vote at the deliberation on one question (e.g. `award:1` for P07)."""

    __tablename__ = "votes"
    __table_args__ = (
        CheckConstraint(_in("choice", VOTE_CHOICES), name="choice"),
        UniqueConstraint("edition_id", "juror_id", "subject", name="uq_votes_juror_subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"))
    # What was put to the vote: `award:1`, `award:2`, `award:3`, `mention:CODE`...
    subject: Mapped[str] = mapped_column(String(60))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    choice: Mapped[str] = mapped_column(String(10))
    cast_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    juror: Mapped[Juror] = relationship()
    project: Mapped[Project | None] = relationship()


class AuditEntry(Base):
    """Append-only log of every change (triggers refuse UPDATE and DELETE).

    It refers to its edition by year, not by key, so that it outlives an
    edition that is replaced or deleted.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60))
    edition_year: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_key: Mapped[str] = mapped_column(String(200), default="")
    # JSON: what changed (before/after).
    details: Mapped[str] = mapped_column(Text, default="")


# -- Offline packages, ballots and server logins (migration 0003) ------------------------
LOGIN_KINDS: tuple[str, ...] = ("juror", "secretariat")


class PackageInfo(Base):
    """Only in a juror package: whose package it is, and the counter of its ballots.

    One row at most; a database with none is the secretariat's.
    """

    __tablename__ = "package_info"
    __table_args__ = (
        CheckConstraint("id = 1", name="single"),
        CheckConstraint("ballot_revision >= 0", name="ballot_revision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    edition_year: Mapped[int] = mapped_column(Integer)
    juror_code: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The revision of the last ballot sent from this package (0: none yet).
    ballot_revision: Mapped[int] = mapped_column(Integer, default=0)
    ballot_exported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PackageExport(Base):
    """The secretariat wrote a juror package (Collection page: "package sent")."""

    __tablename__ = "package_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"),
                                          index=True)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    # The ballot revision the package's counter starts from (the last one applied).
    base_revision: Mapped[int] = mapped_column(Integer, default=0)

    juror: Mapped[Juror] = relationship()


class Ballot(Base):
    """A juror's signed ballot applied to the secretariat's database."""

    __tablename__ = "ballots"
    __table_args__ = (
        UniqueConstraint("juror_id", "revision", name="uq_ballots_juror_revision"),
        CheckConstraint("revision >= 1", name="revision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    # SHA-256 of the ballot's signed content: the same ballot sent twice is recognised.
    digest: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    added: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    cleared: Mapped[int] = mapped_column(Integer, default=0)

    juror: Mapped[Juror] = relationship()


class Login(Base):
    """A PostgreSQL login role of this database: a juror's (their own scores only, by
    row-level security) or the secretariat's (everything)."""

    __tablename__ = "logins"
    __table_args__ = (
        CheckConstraint(_in("kind", LOGIN_KINDS), name="kind"),
        CheckConstraint("(kind = 'juror') = (juror_id IS NOT NULL)", name="juror"),
    )

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="juror")
    juror_id: Mapped[int | None] = mapped_column(
        ForeignKey("jurors.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    juror: Mapped[Juror | None] = relationship()
