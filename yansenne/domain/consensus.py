"""The panel's reasoned view of each project that reached the last stage (issue 18).

In an edition with stages, every project shortlisted into the last stage gets either a
consensus text (the rapporteur's), or a majority and a minority text, each in French and
Dutch; the lock refuses without them (`stages.missing_consensus`, `deliberation.
review_lock`). An edition without stages needs none and has none.

`set_consensus` writes one text (both languages) of one project within the caller's
write session, so that the desk's undoable step and the command line share it; it
returns what undoing needs (`ConsensusChange`), and `restore_consensus` puts it back.
`set_project_texts` replaces a project's texts by one kind or the other in one step
(the desk's editor). Texts emptied in both languages are deleted. A consensus text and
majority/minority texts exclude each other: writing one kind while the other is there is
refused, so that no text is ever dropped without the user removing it first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.stages import has_stages, stage_project_ids, stages_of
from yansenne.domain.work import write
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.store import audit
from yansenne.store.database import Database
from yansenne.store.models import (
    CONSENSUS_KINDS,
    Category,
    ConsensusText,
    Edition,
    Project,
    Stage,
)

CONSENSUS, MAJORITY, MINORITY = "consensus", "majority", "minority"
KINDS: tuple[str, ...] = CONSENSUS_KINDS
SPLIT: tuple[str, str] = (MAJORITY, MINORITY)
# A project's state as the page shows it.
MISSING, COMPLETE_CONSENSUS, COMPLETE_SPLIT, INCOMPLETE = (
    "missing", "consensus", "split", "incomplete")


@dataclass(frozen=True)
class TextPair:
    """One text of a project in French and Dutch."""

    fr: str = ""
    nl: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.fr.strip() and self.nl.strip())

    @property
    def empty(self) -> bool:
        return not (self.fr.strip() or self.nl.strip())

    def in_language(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.fr


@dataclass(frozen=True)
class ConsensusRow:
    """A project that reached the last stage, with its texts by kind."""

    project: str
    category: str
    titles: Mapping[str, str]  # {fr, nl, en}
    texts: Mapping[str, TextPair] = field(default_factory=dict)  # kind -> texts

    def text(self, kind: str) -> TextPair:
        return self.texts.get(kind, TextPair())

    @property
    def kind(self) -> str | None:
        """`consensus` or `majority` (for majority and minority), None when none is written."""
        if not self.text(CONSENSUS).empty:
            return CONSENSUS
        if any(not self.text(k).empty for k in SPLIT):
            return MAJORITY
        return None

    @property
    def state(self) -> str:
        """missing, consensus, split (majority and minority) or incomplete, the lock's
        rule (`stages.missing_consensus`) in one word."""
        if self.text(CONSENSUS).complete:
            return COMPLETE_CONSENSUS
        if all(self.text(k).complete for k in SPLIT):
            return COMPLETE_SPLIT
        if self.kind is None:
            return MISSING
        return INCOMPLETE

    @property
    def complete(self) -> bool:
        return self.state in (COMPLETE_CONSENSUS, COMPLETE_SPLIT)


@dataclass(frozen=True)
class ConsensusChange:
    """One text written: what it was (None: there was none) and what it is now."""

    project: str
    kind: str
    before: TextPair | None
    after: TextPair | None


# -- reading --------------------------------------------------------------------------


def last_stage(session: Session, edition: Edition) -> Stage | None:
    """The last stage of an edition with stages; None for an edition without stages."""
    if not has_stages(session, edition.id):
        return None
    return stages_of(session, edition.id)[-1]


def rows_in(session: Session, edition: Edition) -> list[ConsensusRow]:
    """The projects that reached the last stage with their texts, in category order then
    code (empty for an edition without stages)."""
    stage = last_stage(session, edition)
    if stage is None:
        return []
    reached = stage_project_ids(session, stage)
    if not reached:
        return []
    texts: dict[int, dict[str, TextPair]] = {}
    for row in session.scalars(select(ConsensusText).where(ConsensusText.stage_id == stage.id)):
        texts.setdefault(row.project_id, {})[row.kind] = TextPair(row.text_fr or "",
                                                                  row.text_nl or "")
    projects = session.execute(
        select(Project, Category.code).join(Category, Category.id == Project.category_id)
        .where(Project.id.in_(reached))
        .order_by(Category.position, Category.code, Project.code)).all()
    return [ConsensusRow(p.code, category,
                         {lang: getattr(p, f"title_{lang}") or "" for lang in ("fr", "nl", "en")},
                         texts.get(p.id, {}))
            for p, category in projects]


def consensus_rows(db: Database, year: int) -> list[ConsensusRow]:
    """`rows_in` for edition `year` in its own read session."""
    with db.read() as session:
        return rows_in(session, find_edition(session, year))


# -- writing --------------------------------------------------------------------------


def _record(pair: TextPair | None) -> dict[str, str] | None:
    return None if pair is None else {"text_fr": pair.fr, "text_nl": pair.nl}


def _target(session: Session, year: int, project: str) -> tuple[Edition, Stage, Project]:
    """The editable edition, its last stage and the project, every refusal named."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    stage = last_stage(session, edition)
    if stage is None:
        raise InputError(Problem(tr("edition {year} has no stages: it needs no consensus "
                                    "text", year=year)))
    code = project.strip()
    found = session.scalars(select(Project).where(Project.edition_id == edition.id,
                                                  Project.code == code)).first()
    if found is None:
        raise InputError(Problem(tr("unknown project {value}", value=code)))
    if found.id not in stage_project_ids(session, stage):
        raise InputError(Problem(tr("project {project} was not shortlisted into the last "
                                    "stage ({stage}): it needs no consensus text",
                                    project=code, stage=stage.code)))
    return edition, stage, found


def _check_kind(kind: str) -> str:
    cleaned = kind.strip().lower()
    if cleaned not in KINDS:
        raise InputError(Problem(tr("unknown kind of text {kind}: choose consensus, majority "
                                    "or minority", kind=kind)))
    return cleaned


def _stored(session: Session, stage: Stage, project: Project) -> dict[str, ConsensusText]:
    return {row.kind: row for row in session.scalars(select(ConsensusText).where(
        ConsensusText.stage_id == stage.id, ConsensusText.project_id == project.id))}


def set_consensus(session: Session, year: int, project: str, kind: str, text_fr: str,
                  text_nl: str, *, actor: str) -> ConsensusChange:
    """Write project `project`'s `kind` text (consensus, majority or minority) in French
    and Dutch; both empty deletes it. Refused (InputError) for a locked edition, one
    without stages, a project that did not reach the last stage, an unknown kind, and a
    consensus text beside majority/minority texts (or the reverse). Audited
    `consensus.set`; returns what `restore_consensus` needs."""
    kind = _check_kind(kind)
    _edition, stage, found = _target(session, year, project)
    after: TextPair | None = TextPair(text_fr.strip(), text_nl.strip())
    assert after is not None
    if after.empty:
        after = None
    stored = _stored(session, stage, found)
    if after is not None:
        others = SPLIT if kind == CONSENSUS else (CONSENSUS,)
        if any(k in stored for k in others):
            message = (tr("project {project} has a majority or a minority text: remove them "
                          "before writing a consensus text", project=found.code)
                       if kind == CONSENSUS else
                       tr("project {project} has a consensus text: remove it before writing "
                          "a majority or a minority text", project=found.code))
            raise InputError(Problem(message))
    row = stored.get(kind)
    before = None if row is None else TextPair(row.text_fr or "", row.text_nl or "")
    change = ConsensusChange(found.code, kind, before, after)
    if before == after:
        return change
    if after is None:
        assert row is not None
        session.delete(row)
    elif row is None:
        session.add(ConsensusText(stage_id=stage.id, project_id=found.id, kind=kind,
                                  text_fr=after.fr, text_nl=after.nl))
    else:
        row.text_fr, row.text_nl = after.fr, after.nl
    audit.record(session, "consensus.set", year=year, entity="consensus",
                 key=f"{stage.code}/{found.code}/{kind}", actor=actor,
                 before=_record(before), after=_record(after))
    session.flush()
    return change


def set_project_texts(session: Session, year: int, project: str,
                      texts: Mapping[str, tuple[str, str]], *,
                      actor: str) -> list[ConsensusChange]:
    """Make `texts` ({kind: (fr, nl)}) the project's texts in one step: the kinds left
    out are removed first (switching between a consensus text and majority/minority
    texts), then each given kind is written. Returns the changes, for
    `restore_consensus`."""
    wanted = {_check_kind(kind): pair for kind, pair in texts.items()}
    written = {kind for kind, pair in wanted.items() if not TextPair(*pair).empty}
    if CONSENSUS in written and written & set(SPLIT):
        raise InputError(Problem(tr("a project has either a consensus text, or a majority "
                                    "and a minority text, not both")))
    _edition, stage, found = _target(session, year, project)
    changes: list[ConsensusChange] = []
    for kind in _stored(session, stage, found):
        if kind not in written:
            changes.append(set_consensus(session, year, found.code, kind, "", "", actor=actor))
    for kind, (text_fr, text_nl) in wanted.items():
        if kind in written:
            changes.append(set_consensus(session, year, found.code, kind, text_fr, text_nl,
                                         actor=actor))
    return [c for c in changes if c.before != c.after]


def restore_consensus(session: Session, year: int,
                      changes: ConsensusChange | Sequence[ConsensusChange], *,
                      actor: str) -> list[ConsensusChange]:
    """Undo `changes` (latest first): each text as it was before."""
    done = [changes] if isinstance(changes, ConsensusChange) else list(changes)
    back: list[ConsensusChange] = []
    for change in reversed(done):
        before = change.before or TextPair()
        back.append(set_consensus(session, year, change.project, change.kind, before.fr,
                                  before.nl, actor=actor))
    return back


def write_consensus(db: Database, year: int, project: str, kind: str, text_fr: str,
                    text_nl: str, *, actor: str) -> ConsensusChange:
    """`set_consensus` in its own write session (the command line, the tests)."""
    return write(db, lambda session: set_consensus(session, year, project, kind, text_fr,
                                                   text_nl, actor=actor))
