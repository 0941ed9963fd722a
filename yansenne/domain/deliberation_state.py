"""Everything the deliberation page shows, read in one short session (no Qt here).

The page runs `load_state` off the UI thread, and every write as `write(...)`
followed by a fresh `load_state`, so what it shows after a change is what the
database holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from yansenne.domain import deliberation as D
from yansenne.domain import heap
from yansenne.domain.work import write
from yansenne.store.database import Database

Names = dict[str, str]


@dataclass(frozen=True)
class ProjectInfo:
    code: str
    titles: Names
    place: int | None  # overall place under the edition's method


@dataclass(frozen=True)
class JurorInfo:
    code: str
    name: str
    role: str
    present: bool


@dataclass(frozen=True)
class DeliberationState:
    """One edition's deliberation as stored, with the proposal it departs from."""

    year: int
    method: str
    trim: int
    prizes: tuple[float, ...]
    proposal: D.Proposal
    decisions: tuple[D.DecisionDraft, ...]
    projects: tuple[ProjectInfo, ...]  # overall place order, then unranked by code
    jurors: tuple[JurorInfo, ...]
    votes: dict[str, dict[str, str]]  # subject -> juror -> choice
    tallies: dict[str, D.Tally]
    casting_vote: tuple[str, ...]
    casting_in_rules: bool
    locked_at: dt.datetime | None
    lock_check: D.LockCheck | None
    lock_blocking: tuple[str, ...]  # refuse the lock (D.LockReview)
    lock_to_confirm: tuple[str, ...]  # the lock asks before it proceeds
    meeting: D.Meeting = D.Meeting()

    @property
    def locked(self) -> bool:
        return self.locked_at is not None

    @property
    def n_prizes(self) -> int:
        return min(len(self.prizes), len(D.PRIZE_AWARDS))

    def project(self, code: str) -> ProjectInfo | None:
        return next((p for p in self.projects if p.code == code), None)


def read_state(session: Session, year: int) -> DeliberationState:
    edition = D.find_edition(session, year)
    ranking = D.overall_ranking(session, edition, shared=True)  # read-only here
    prizes = tuple(edition.prizes)
    proposal = D.proposal_from(edition.year, prizes, ranking)
    titles = {p.code: {lang: getattr(p, f"title_{lang}") or "" for lang in ("fr", "nl", "en")}
              for p in edition.projects}
    order = list(proposal.order) + sorted(code for code in titles if code not in proposal.places)
    projects = tuple(ProjectInfo(code, titles[code], proposal.places.get(code)) for code in order)
    jurors = tuple(JurorInfo(j.code, j.name, j.role, bool(j.present)) for j in edition.jurors)
    tallies = D.tally(session, year)
    locked_at = edition.locked_at
    check = D.verify_lock(session, year) if locked_at is not None else None
    review = D.LockReview() if locked_at is not None else D.review_lock(session, year,
                                                                         proposal, ranking)
    return DeliberationState(
        year=edition.year,
        method=edition.method,
        trim=edition.trim,
        prizes=prizes,
        proposal=proposal,
        decisions=tuple(D.drafts_of(session, year)),
        projects=projects,
        jurors=jurors,
        votes={subject: dict(t.votes) for subject, t in tallies.items()},
        tallies=tallies,
        casting_vote=tuple(edition.casting_vote),
        casting_in_rules="casting_vote" in edition.tie_break,
        locked_at=locked_at,
        lock_check=check,
        lock_blocking=tuple(str(p) for p in review.blocking),
        lock_to_confirm=tuple(str(p) for p in review.to_confirm),
        meeting=D.meeting_of(edition),
    )


def load_state(db: Database, year: int) -> DeliberationState:
    with db.read() as session:
        state = read_state(session, year)
    heap.release()  # the ranking's and the lock review's transient work
    return state


def write_then_load(db: Database, year: int,
                    change: Callable[[Session], object]) -> DeliberationState:
    """Run one audited change in its own transaction, then read the state again."""
    write(db, change)
    return load_state(db, year)
