"""The jury's deliberation: the proposal, the decisions, the votes, and the lock.

The proposal is the overall ranking under the edition's method and rules: prize
1 to the project placed first, and so on for as many prizes as `editions.prizes`
lists ([6000, 4000, 2000]). When the overall ranking is not comparable (the
categories have different grids or panels), the proposal carries the reason as
its `warning`, so that it is never made without one. The jury is sovereign: it
may award fewer prizes, add mentions, or depart from the proposal, but a
departure needs a written justification. A decision departs when

- a prize goes to a project placed differently from the proposed one (projects
  sharing the proposed place are equally proposed: the jury picks among them), or
- a prize goes to a project placed lower than a project that gets no prize
  (an unranked project is placed after every ranked one).

Mentions are honorary and never depart. Only jurors marked present vote, and
observers never do. A decision is adopted when more present jurors vote for than
against; on an equal count the president's own vote decides.

The lock follows cli.md's "The lock" (`review_lock`): a departure without its
justification or a decision the vote rejected blocks it; a scoring juror who has not
submitted, a project under quorum, a missing citation or a vote tied without the
casting vote are named and need confirming (`--force`, or the desk's dialog). The
desk and the command line both read that one rule.

Locking stores the lock record (`domain.lock_record`: one canonical JSON document of
everything the decision rests on: the rules and grid, the stages, every mark with its
comment and revision, every decision, vote and attendance, the rankings) with its
SHA-256, the fingerprint, and the time (a lock made before records existed kept a
fingerprint computed by `fingerprint`, still verified that way); from then on the
schema's triggers refuse any
change to a score of the edition, and this module refuses changes to the
deliberation, until the secretariat reopens it with a reason (audited).
`verify_lock` recomputes the fingerprint to show nothing moved underneath. The
meeting's date, place and hours (`set_meeting`) are not ranking rules: they stay
editable after the lock and are not in the fingerprint.

The ranking is read through `reports.standings` (snapshot and rules), so that the
proposal is exactly the ranking the command line and the dossier show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from yansenne import scoring
from yansenne.domain import lock_record
from yansenne.domain.edition_rules import as_lines, prizes_text
from yansenne.domain.lookup import find_edition, refuse_if_locked
from yansenne.domain.ranking import rules_of, snapshot_of, stage_method
from yansenne.domain.shared_snapshot import shared_snapshot
from yansenne.domain.stages import (
    has_stages,
    last_scoring_stage,
    missing_consensus,
    stages_of,
    unsubmitted_jurors,
)
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr
from yansenne.scoring.notes import Note
from yansenne.store import audit
from yansenne.store.models import (
    AWARDS,
    VOTE_CHOICES,
    Assignment,
    Category,
    ConsensusText,
    Criterion,
    Decision,
    Edition,
    Juror,
    Project,
    Score,
    ShortlistEntry,
    Stage,
    Vote,
    utcnow,
)

PRIZE_AWARDS: tuple[str, ...] = tuple(a for a in AWARDS if a != "mention")
MENTION = "mention"
# Outcomes of the vote on one decision.
ADOPTED, REJECTED, TIED, NOT_VOTED = "adopted", "rejected", "tied", "not_voted"


# -- the proposal --------------------------------------------------------------------


@dataclass(frozen=True)
class ProposedPrize:
    """One prize of the proposal: the project placed at its rank, and any it ties with."""

    award: str
    amount_eur: float | None
    project: str | None  # None when fewer projects are ranked than there are prizes
    place: int | None
    score: float | None
    tied_with: tuple[str, ...] = ()  # other projects sharing that place


@dataclass(frozen=True)
class Proposal:
    """The laureates the overall ranking proposes, and every project's overall place."""

    year: int
    method: str
    prizes: tuple[ProposedPrize, ...]
    places: dict[str, int]  # overall place of every ranked project
    order: tuple[str, ...]  # ranked projects, best first
    unranked: tuple[str, ...]
    # why the overall ranking the prizes follow is not comparable (grids or panels
    # differ), None when it is: a proposal across categories is never made silently
    warning: Note | None = None

    def amount(self, award: str) -> float | None:
        """The edition's amount for prize `award`, None for a mention or an unknown prize."""
        return next((p.amount_eur for p in self.prizes if p.award == award), None)

    def place_of(self, project: str) -> int | None:
        return self.places.get(project)


def overall_ranking(session: Session, edition: Edition, *,
                    shared: bool = False) -> scoring.Ranking:
    """The overall ranking the deliberation rests on: the last scoring stage's, by its
    method (the edition's unless the stage names one) and rules, as `rank` gives it.
    `shared` (read-only sessions only) ranks the snapshot the results page may hold
    already, rather than reading the marks again."""
    stage = last_scoring_stage(session, edition.id)
    snapshot = (shared_snapshot(session, edition, stage) if shared
                else snapshot_of(session, edition, stage))
    return scoring.rank_scope(snapshot, scoring.OVERALL, stage_method(edition, stage),
                              rules_of(edition, stage=stage))


def proposal_from(year: int, prizes: Sequence[float], ranking: scoring.Ranking) -> Proposal:
    """The proposal from an overall ranking (pure: the page reuses a ranking it has)."""
    standings = ranking.standings
    by_place: dict[int, list[str]] = {}
    for s in standings:
        by_place.setdefault(s.place, []).append(s.project)
    proposed = []
    for i, amount in enumerate(prizes[: len(PRIZE_AWARDS)]):
        award = PRIZE_AWARDS[i]
        if i < len(standings):
            s = standings[i]
            others = tuple(code for code in by_place[s.place] if code != s.project)
            proposed.append(ProposedPrize(award, amount, s.project, s.place, s.score, others))
        else:
            proposed.append(ProposedPrize(award, amount, None, None, None))
    return Proposal(
        year=year,
        method=ranking.method,
        prizes=tuple(proposed),
        places={s.project: s.place for s in standings},
        order=tuple(s.project for s in standings),
        unranked=tuple(u.project for u in ranking.unranked),
        warning=None if ranking.comparable else ranking.reason,
    )


def propose(session: Session, year: int) -> Proposal:
    """The laureates the ranking proposes for edition `year`."""
    edition = find_edition(session, year)
    return proposal_from(edition.year, tuple(edition.prizes),
                         overall_ranking(session, edition))


# -- decisions -----------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionDraft:
    """A decision as the jury states it; `amount_eur` None means the edition's amount."""

    award: str
    project: str
    amount_eur: float | None = None
    citation_fr: str = ""
    citation_nl: str = ""
    citation_en: str = ""
    justification: str = ""

    @property
    def subject(self) -> str:
        """What is put to the vote: `award:1`, or `mention:P10` for a mention."""
        return subject_of(self.award, self.project)


def subject_of(award: str, project: str) -> str:
    return f"mention:{project}" if award == MENTION else f"award:{award}"


def award_name(award: str) -> str:
    """A decision's award in words ("prize 1", "mention")."""
    return tr("mention") if award == MENTION else tr("prize {number}", number=award)


def departure(draft: DecisionDraft, drafts: Iterable[DecisionDraft],
              proposal: Proposal) -> str | None:
    """Why `draft` departs from the proposal (a sentence), or None if it does not.

    `drafts` is the whole set of decisions it belongs to (it may include `draft`).
    """
    if draft.award == MENTION:
        return None
    place = proposal.place_of(draft.project)
    proposed = next((p for p in proposal.prizes if p.award == draft.award), None)
    if place is None:
        return tr("{project} is not ranked (it is placed after every ranked project)",
                  project=draft.project)
    if proposed is not None and proposed.project is not None and place != proposed.place:
        return tr("{award} goes to {project} (placed {place}) rather than {proposed} "
                  "(placed {proposed_place})", award=award_name(draft.award),
                  project=draft.project, place=place, proposed=proposed.project,
                  proposed_place=proposed.place)
    with_prize = {d.project for d in drafts if d.award != MENTION} | {draft.project}
    passed_over = [code for code in proposal.order
                   if proposal.places[code] < place and code not in with_prize]
    if passed_over:
        other = passed_over[0]
        return tr("{project} (placed {place}) gets {award} while {other} (placed "
                  "{other_place}) gets no prize", project=draft.project, place=place,
                  award=award_name(draft.award), other=other,
                  other_place=proposal.places[other])
    return None


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def check_decisions(drafts: Sequence[DecisionDraft], proposal: Proposal,
                    projects: Iterable[str], n_prizes: int) -> list[Problem]:
    """Every reason the set of decisions cannot be recorded (empty when it can)."""
    problems: list[Problem] = []
    known = set(projects)
    seen_awards: set[str] = set()
    seen_projects: set[str] = set()
    for draft in drafts:
        where = award_name(draft.award) if draft.award in AWARDS else draft.award
        if draft.award not in AWARDS:
            problems.append(Problem(tr("unknown award {award}; choose one of: {choices}",
                                       award=draft.award, choices=", ".join(AWARDS))))
            continue
        if draft.award != MENTION:
            if int(draft.award) > n_prizes:
                problems.append(Problem(tr("{award}: the edition has {count} prizes",
                                           award=where, count=n_prizes)))
            if draft.award in seen_awards:
                problems.append(Problem(tr("{award} is given twice", award=where)))
            seen_awards.add(draft.award)
        if draft.project not in known:
            problems.append(Problem(tr("{award}: no project {project} in this edition",
                                       award=where, project=draft.project)))
            continue
        if draft.project in seen_projects:
            problems.append(Problem(tr("{award}: project {project} already has a decision",
                                       award=where, project=draft.project)))
        seen_projects.add(draft.project)
        if draft.amount_eur is not None and not draft.amount_eur >= 0:
            problems.append(Problem(tr("{award}: the amount {amount} must be 0 or more",
                                       award=where, amount=_number(draft.amount_eur))))
        why = departure(draft, drafts, proposal)
        if why and not draft.justification.strip():
            problems.append(Problem(tr("{award}: this departs from the proposal ({why}); "
                                       "write a justification", award=where, why=why)))
    return problems


def _decision_record(decision: Decision, code: str) -> dict[str, object]:
    return {"award": decision.award, "project": code, "amount_eur": decision.amount_eur,
            "citation_fr": decision.citation_fr, "citation_nl": decision.citation_nl,
            "citation_en": decision.citation_en, "justification": decision.justification}


def save_decisions(session: Session, year: int, drafts: Sequence[DecisionDraft], *,
                   actor: str, proposal: Proposal | None = None) -> list[Decision]:
    """Replace the edition's decisions by `drafts`, all checked first, each change audited.

    Votes cast on a decision whose project changed (or that is gone) are withdrawn,
    since they were about another project. Raises InputError listing every problem.
    """
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    proposal = proposal or propose(session, year)
    projects = {p.code: p for p in edition.projects}
    n_prizes = min(len(tuple(edition.prizes)), len(PRIZE_AWARDS))
    drafts = [_clean(d) for d in drafts]
    problems = check_decisions(drafts, proposal, projects, n_prizes)
    if problems:
        raise InputError(problems)
    codes = {p.id: p.code for p in edition.projects}
    old = {subject_of(d.award, codes[d.project_id]): d for d in edition.decisions}
    before = {subject: _decision_record(d, codes[d.project_id]) for subject, d in old.items()}
    wanted = {d.subject: d for d in drafts}
    # Decisions that go away or change project are deleted before any is written, so
    # that swapping two prizes never meets the one-prize-per-project rule half-way.
    for subject, decision in list(old.items()):
        draft = wanted.get(subject)
        if draft is None or projects[draft.project].id != decision.project_id:
            _withdraw_votes(session, edition, subject, actor)
            edition.decisions.remove(decision)
            del old[subject]
            if draft is None:
                audit.record(session, "decision.remove", year=year, entity="decision",
                             key=subject, actor=actor, before=before[subject])
    session.flush()
    kept: list[Decision] = []
    for position, draft in enumerate(_in_order(drafts)):
        project = projects[draft.project]
        amount = draft.amount_eur
        if amount is None and draft.award != MENTION:
            amount = proposal.amount(draft.award)
        decision = old.get(draft.subject)
        if decision is None:
            decision = Decision(edition_id=edition.id, award=draft.award, project_id=project.id)
            edition.decisions.append(decision)
        decision.amount_eur = amount
        decision.citation_fr, decision.citation_nl = draft.citation_fr, draft.citation_nl
        decision.citation_en, decision.justification = draft.citation_en, draft.justification
        decision.position = position
        after = _decision_record(decision, project.code)
        previous = before.get(draft.subject)
        if previous is None:
            audit.record(session, "decision.add", year=year, entity="decision",
                         key=draft.subject, actor=actor, after=after)
        elif previous != after:
            audit.record(session, "decision.change", year=year, entity="decision",
                         key=draft.subject, actor=actor, before=previous, after=after)
        kept.append(decision)
    session.flush()
    return kept


def _clean(draft: DecisionDraft) -> DecisionDraft:
    return DecisionDraft(draft.award.strip().lower(), draft.project.strip(), draft.amount_eur,
                         draft.citation_fr.strip(), draft.citation_nl.strip(),
                         draft.citation_en.strip(), draft.justification.strip())


def _in_order(drafts: Sequence[DecisionDraft]) -> list[DecisionDraft]:
    """Prizes 1, 2, 3 first, then the mentions in the order given."""
    prizes = sorted((d for d in drafts if d.award != MENTION), key=lambda d: d.award)
    return prizes + [d for d in drafts if d.award == MENTION]


def _withdraw_votes(session: Session, edition: Edition, subject: str, actor: str) -> None:
    votes = session.scalars(select(Vote).where(Vote.edition_id == edition.id,
                                               Vote.subject == subject)).all()
    for vote in votes:
        audit.record(session, "vote.withdraw", year=edition.year, entity="vote",
                     key=f"{vote.juror.code}/{subject}", actor=actor, before=vote.choice)
        session.delete(vote)


def drafts_of(session: Session, year: int) -> list[DecisionDraft]:
    """The recorded decisions as drafts, in their order."""
    edition = find_edition(session, year)
    codes = {p.id: p.code for p in edition.projects}
    return [DecisionDraft(d.award, codes[d.project_id], d.amount_eur, d.citation_fr,
                          d.citation_nl, d.citation_en, d.justification)
            for d in edition.decisions]


def proposed_drafts(proposal: Proposal, current: Sequence[DecisionDraft]) -> list[DecisionDraft]:
    """The proposed prizes as decisions, keeping the citations already written for the
    same project, then the current mentions of projects that get no prize."""
    kept = {d.project: d for d in current}
    drafts = []
    for prize in proposal.prizes:
        if prize.project is None:
            continue
        old = kept.get(prize.project)
        drafts.append(DecisionDraft(prize.award, prize.project, None,
                                    old.citation_fr if old else "",
                                    old.citation_nl if old else "",
                                    old.citation_en if old else ""))
    prized = {d.project for d in drafts}
    return drafts + [d for d in current if d.award == MENTION and d.project not in prized]


def write_proposal(session: Session, year: int, *, actor: str,
                   proposal: Proposal | None = None) -> list[DecisionDraft]:
    """Record the proposal as the jury's draft decisions (`deliberation propose`).

    `proposal`: the one the caller already has (to show its `warning`), else computed."""
    proposal = proposal or propose(session, year)
    drafts = proposed_drafts(proposal, drafts_of(session, year))
    save_decisions(session, year, drafts, actor=actor, proposal=proposal)
    return drafts


# -- attendance, votes, casting vote -------------------------------------------------


def _juror(edition: Edition, code: str) -> Juror:
    juror = next((j for j in edition.jurors if j.code == code), None)
    if juror is None:
        raise InputError(Problem(tr("no juror {juror} in edition {year}", juror=code,
                                    year=edition.year)))
    return juror


def set_present(session: Session, year: int, juror_code: str, present: bool, *,
                actor: str) -> None:
    """Mark a juror present at (or absent from) the deliberation.

    An absent juror does not vote: their votes, if any, are withdrawn.
    """
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    juror = _juror(edition, juror_code)
    if juror.present == present:
        return
    juror.present = present
    audit.record(session, "juror.present", year=year, entity="juror", key=juror.code,
                 actor=actor, before=not present, after=present)
    if not present:
        for vote in session.scalars(select(Vote).where(Vote.juror_id == juror.id)).all():
            audit.record(session, "vote.withdraw", year=year, entity="vote",
                         key=f"{juror.code}/{vote.subject}", actor=actor, before=vote.choice)
            session.delete(vote)
    session.flush()


def cast_vote(session: Session, year: int, juror_code: str, subject: str,
              choice: str | None, *, actor: str) -> None:
    """Record (or with `choice=None` withdraw) one juror's vote on one decision."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    juror = _juror(edition, juror_code)
    if juror.role == "observer":
        raise InputError(Problem(tr("juror {juror} is an observer and does not vote",
                                    juror=juror.code)))
    if not juror.present:
        raise InputError(Problem(tr("juror {juror} is not marked present and cannot vote",
                                    juror=juror.code)))
    if choice is not None and choice not in VOTE_CHOICES:
        raise InputError(Problem(tr("unknown vote {choice}; choose one of: {choices}",
                                    choice=choice, choices=", ".join(VOTE_CHOICES))))
    codes = {p.id: p.code for p in edition.projects}
    decision = next((d for d in edition.decisions
                     if subject_of(d.award, codes[d.project_id]) == subject), None)
    if decision is None:
        raise InputError(Problem(tr("no decision {subject} to vote on", subject=subject)))
    vote = session.scalars(select(Vote).where(Vote.edition_id == edition.id,
                                              Vote.juror_id == juror.id,
                                              Vote.subject == subject)).first()
    key = f"{juror.code}/{subject}"
    if choice is None:
        if vote is not None:
            audit.record(session, "vote.withdraw", year=year, entity="vote", key=key,
                         actor=actor, before=vote.choice)
            session.delete(vote)
        session.flush()
        return
    if vote is None:
        session.add(Vote(edition_id=edition.id, juror_id=juror.id, subject=subject,
                         project_id=decision.project_id, choice=choice))
        audit.record(session, "vote.cast", year=year, entity="vote", key=key, actor=actor,
                     after=choice, project=codes[decision.project_id])
    elif vote.choice != choice:
        audit.record(session, "vote.cast", year=year, entity="vote", key=key, actor=actor,
                     before=vote.choice, after=choice, project=codes[decision.project_id])
        vote.choice, vote.cast_at = choice, utcnow()
    session.flush()


def cast_unanimous(session: Session, year: int, subject: str, choice: str, *,
                   actor: str) -> list[str]:
    """Every present voting juror votes `choice` on `subject`, in one change; returns
    the jurors' codes. Absent jurors and observers keep out of it."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    if choice not in VOTE_CHOICES:
        raise InputError(Problem(tr("unknown vote {choice}; choose one of: {choices}",
                                    choice=choice, choices=", ".join(VOTE_CHOICES))))
    voters = [j.code for j in edition.jurors if j.present and j.role != "observer"]
    if not voters:
        raise InputError(Problem(tr("no juror is marked present to vote")))
    for code in voters:
        cast_vote(session, year, code, subject, choice, actor=actor)
    return voters


@dataclass(frozen=True)
class Tally:
    """The votes on one decision and what they decided."""

    subject: str
    votes: dict[str, str] = field(default_factory=dict)  # juror code -> choice
    n_for: int = 0
    n_against: int = 0
    n_abstain: int = 0
    outcome: str = NOT_VOTED


def tally(session: Session, year: int) -> dict[str, Tally]:
    """The votes on each decision of the edition, by subject."""
    edition = find_edition(session, year)
    codes = {p.id: p.code for p in edition.projects}
    president = next((j.code for j in edition.jurors if j.role == "president"), None)
    rows = session.execute(select(Vote.subject, Juror.code, Vote.choice)
                           .join(Juror, Juror.id == Vote.juror_id)
                           .where(Vote.edition_id == edition.id)).all()
    by_subject: dict[str, dict[str, str]] = {}
    for subject, juror, choice in rows:
        by_subject.setdefault(subject, {})[juror] = choice
    out = {}
    for decision in edition.decisions:
        subject = subject_of(decision.award, codes[decision.project_id])
        votes = by_subject.get(subject, {})
        out[subject] = count_votes(subject, votes, president)
    return out


def count_votes(subject: str, votes: dict[str, str], president: str | None) -> Tally:
    """Adopted with more votes for than against; on a tie the president's vote decides."""
    n_for = sum(c == "for" for c in votes.values())
    n_against = sum(c == "against" for c in votes.values())
    n_abstain = sum(c == "abstain" for c in votes.values())
    if not votes:
        outcome = NOT_VOTED
    elif n_for != n_against:
        outcome = ADOPTED if n_for > n_against else REJECTED
    else:
        deciding = votes.get(president or "")
        outcome = {"for": ADOPTED, "against": REJECTED}.get(deciding or "", TIED)
    return Tally(subject, dict(votes), n_for, n_against, n_abstain, outcome)


def set_casting_vote(session: Session, year: int, projects: Sequence[str], *,
                     actor: str) -> None:
    """Record the president's casting vote: project codes in the order given."""
    edition = find_edition(session, year)
    refuse_if_locked(edition)
    codes = [code.strip() for code in projects if code.strip()]
    known = {p.code for p in edition.projects}
    problems = [Problem(tr("casting vote: no project {project} in this edition", project=c))
                for c in codes if c not in known]
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            problems.append(Problem(tr("casting vote: project {project} is named twice",
                                       project=code)))
        seen.add(code)
    if problems:
        raise InputError(problems)
    if codes == list(edition.casting_vote):
        return
    audit.record(session, "edition.casting_vote", year=year, entity="edition", key=str(year),
                 actor=actor, before=list(edition.casting_vote), after=codes)
    edition.casting_vote = codes
    session.flush()


# -- the meeting ---------------------------------------------------------------------
# When and where the jury met: the minutes' facts. They are not ranking rules, so
# they stay editable after the lock and never enter the fingerprint.

_CLOCK = re.compile(r"^\s*([01]?[0-9]|2[0-3])\s*[:hH.]\s*([0-5][0-9])\s*$")


@dataclass(frozen=True)
class Meeting:
    """The deliberation's date, place, opening and closing times ("HH:MM" or "")."""

    date: dt.date | None = None
    place: str = ""
    start: str = ""
    end: str = ""

    def missing(self, lang: str | None = None) -> list[str]:
        """What the final minutes still need, in words (empty when complete), in `lang`
        (a document's) or the messages' language."""
        wanted = ((self.date is None, tr("the date of the deliberation", lang=lang)),
                  (not self.place.strip(), tr("its place", lang=lang)),
                  (not self.start, tr("its start time", lang=lang)),
                  (not self.end, tr("its end time", lang=lang)))
        return [words for absent, words in wanted if absent]


def clock_time(value: object) -> str | None:
    """A time of day as "HH:MM" ("" when blank), None when it is not one.

    Takes what people write and spreadsheets hold: "14:30", "9:05", "14h30", a time.
    """
    if value is None:
        return ""
    if isinstance(value, (dt.time, dt.datetime)):
        return f"{value.hour:02d}:{value.minute:02d}"
    text = str(value).strip()
    if not text:
        return ""
    found = _CLOCK.match(text)
    return f"{int(found[1]):02d}:{found[2]}" if found else None


def time_problem(value: object) -> str | None:
    """The located message's text for a value that is not a time of day, or None."""
    if clock_time(value) is None:
        return tr("{value} is not a time of day; write it as HH:MM, for example 14:30",
                  value=value)
    return None


def meeting_problems(meeting: Meeting) -> dict[str, str]:
    """Field ("place", "start", "end") -> message, for every value that cannot be kept."""
    problems: dict[str, str] = {}
    if len(meeting.place) > 300:
        problems["place"] = tr("the text is {length} characters long; at most {limit} are "
                               "allowed", length=len(meeting.place), limit=300)
    for name in ("start", "end"):
        problem = time_problem(getattr(meeting, name))
        if problem:
            problems[name] = problem
    start, end = clock_time(meeting.start), clock_time(meeting.end)
    if not problems and start and end and end <= start:
        problems["end"] = tr("the meeting ends at {end}, not after it starts ({start})",
                             end=end, start=start)
    return problems


def meeting_of(edition: Edition) -> Meeting:
    return Meeting(edition.deliberation_date, edition.deliberation_place or "",
                   edition.deliberation_start or "", edition.deliberation_end or "")


def set_meeting(session: Session, year: int, meeting: Meeting, *, actor: str) -> Meeting:
    """Record when and where the jury met (also after the lock); returns what it was."""
    edition = find_edition(session, year)
    problems = meeting_problems(meeting)
    if problems:
        raise InputError([Problem(message, column=f"deliberation_{name}")
                          for name, message in problems.items()])
    before = meeting_of(edition)
    after = Meeting(meeting.date, meeting.place.strip(), clock_time(meeting.start) or "",
                    clock_time(meeting.end) or "")
    if after == before:
        return before
    edition.deliberation_date, edition.deliberation_place = after.date, after.place
    edition.deliberation_start, edition.deliberation_end = after.start, after.end
    audit.record(session, "edition.meeting", year=year, entity="edition", key=str(year),
                 actor=actor, before=_meeting_record(before), after=_meeting_record(after))
    session.flush()
    return before


def _meeting_record(meeting: Meeting) -> dict[str, str]:
    return {"date": meeting.date.isoformat() if meeting.date else "", "place": meeting.place,
            "start": meeting.start, "end": meeting.end}


# -- lock ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LockReview:
    """What stands in the way of the lock, in the two kinds cli.md's "The lock" names.

    `blocking` refuses the lock whatever `--force` says (a departure without its
    justification, a decision the vote rejected, an edition already locked);
    `to_confirm` refuses it unless the user confirms (`--force`, or the desk's
    dialog naming them): a scoring juror who has not submitted, a project under
    quorum, a decision without its citation, a vote tied without the president's
    casting vote.
    """

    blocking: tuple[Problem, ...] = ()
    to_confirm: tuple[Problem, ...] = ()

    @property
    def clear(self) -> bool:
        return not self.blocking and not self.to_confirm


def _unsubmitted(session: Session, edition: Edition) -> list[Problem]:
    """Every scoring juror with a category whose scores are not submitted (with stages:
    of the last stage's jury, in the categories where they read something)."""
    if has_stages(session, edition.id):
        late = unsubmitted_jurors(session, stages_of(session, edition.id)[-1])
        return [Problem(tr("{name} ({juror}) has not submitted their scores", name=j.name,
                           juror=j.code)) for j in late]
    pending = set(session.scalars(
        select(Assignment.juror_id).join(Juror, Juror.id == Assignment.juror_id)
        .where(Juror.edition_id == edition.id, Juror.role != "observer",
               Assignment.submitted_at.is_(None))))
    return [Problem(tr("{name} ({juror}) has not submitted their scores", name=j.name,
                       juror=j.code))
            for j in edition.jurors if j.id in pending]


def _without_consensus(session: Session, edition: Edition) -> list[Problem]:
    return [Problem(tr("project {project} has no consensus text, nor a majority and a "
                       "minority text, in French and Dutch", project=code))
            for code in missing_consensus(session, edition.id)]


def _under_quorum(session: Session, edition: Edition,
                  ranking: scoring.Ranking) -> list[Problem]:
    """Every project left out of the ranking for want of juror totals."""
    stage = last_scoring_stage(session, edition.id)
    rules = rules_of(edition, stage=stage)
    need = (max(rules.quorum, 2 * rules.trim + 1)
            if stage_method(edition, stage) == "trimmed" else rules.quorum)
    return [Problem(tr("project {project} is under the quorum: {count} juror totals of the "
                       "{need} needed, so it is not ranked", project=u.project,
                       count=u.n_jurors, need=need))
            for u in sorted(ranking.unranked, key=lambda u: u.project)]


def review_lock(session: Session, year: int, proposal: Proposal | None = None,
                ranking: scoring.Ranking | None = None) -> LockReview:
    """What keeps edition `year` from being locked now, by kind (see LockReview);
    `ranking` is the overall ranking when the caller already has it."""
    edition = find_edition(session, year)
    if edition.locked_at is not None:
        return LockReview(blocking=(Problem(tr("edition {year} is already locked",
                                               year=year)),))
    ranking = ranking or overall_ranking(session, edition)
    if proposal is None:
        proposal = proposal_from(edition.year, tuple(edition.prizes), ranking)
    drafts = drafts_of(session, year)
    blocking: list[Problem] = [*_without_consensus(session, edition)]
    to_confirm: list[Problem] = [*_unsubmitted(session, edition),
                                 *_under_quorum(session, edition, ranking)]
    for draft in drafts:
        where = f"{award_name(draft.award)} ({draft.project})"
        if not draft.citation_fr:
            to_confirm.append(Problem(tr("{decision}: the French citation is missing",
                                         decision=where)))
        if not draft.citation_nl:
            to_confirm.append(Problem(tr("{decision}: the Dutch citation is missing",
                                         decision=where)))
        if departure(draft, drafts, proposal) and not draft.justification:
            blocking.append(Problem(tr("{decision}: departs from the proposal without a "
                                       "justification", decision=where)))
    for subject, result in tally(session, year).items():
        draft = next(d for d in drafts if d.subject == subject)
        where = f"{award_name(draft.award)} ({draft.project})"
        if result.outcome == REJECTED:
            blocking.append(Problem(tr("{decision}: rejected by the vote ({n_for} for, "
                                       "{n_against} against)", decision=where,
                                       n_for=result.n_for, n_against=result.n_against)))
        elif result.outcome == TIED:
            to_confirm.append(Problem(tr("{decision}: the vote is tied and the president has "
                                         "not voted for or against", decision=where)))
    return LockReview(tuple(blocking), tuple(to_confirm))


def lock_problems(session: Session, year: int, proposal: Proposal | None = None) -> list[Problem]:
    """Everything that stands in the way of the lock, blocking first (empty when clear)."""
    review = review_lock(session, year, proposal)
    return [*review.blocking, *review.to_confirm]


def fingerprint(session: Session, edition: Edition) -> str:
    """SHA-256 of everything the decision rests on, in a canonical order."""
    digest = hashlib.sha256()

    def feed(*values: object) -> None:
        digest.update(json.dumps(values, ensure_ascii=False, separators=(",", ":"))
                      .encode("utf-8"))
        digest.update(b"\n")

    feed("edition", edition.year, edition.method, edition.trim, edition.quorum,
         as_lines(edition.tie_break), prizes_text(edition.prizes),
         as_lines(edition.casting_vote))  # the text these were stored as before 0004
    cat = aliased(Category)
    criteria = session.execute(
        select(cat.code, Criterion.code, Criterion.weight, Criterion.min_value,
               Criterion.max_value, Criterion.step)
        .outerjoin(cat, cat.id == Criterion.category_id)
        .where(Criterion.edition_id == edition.id)).all()
    for row in sorted(criteria, key=lambda r: (r[0] or "", r[1])):
        feed("criterion", *row)
    scores = session.execute(
        select(Juror.code, Project.code, cat.code, Criterion.code, Score.value, Score.comment)
        .join(Juror, Juror.id == Score.juror_id)
        .join(Project, Project.id == Score.project_id)
        .join(Criterion, Criterion.id == Score.criterion_id)
        .outerjoin(cat, cat.id == Criterion.category_id)
        .where(Project.edition_id == edition.id)).all()
    staged = has_stages(session, edition.id)
    if staged:  # every stage's marks, each with its stage (an edition without keeps its print)
        scores = session.execute(
            select(Juror.code, Project.code, cat.code, Criterion.code, Score.value,
                   Score.comment, Stage.code)
            .join(Juror, Juror.id == Score.juror_id)
            .join(Project, Project.id == Score.project_id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .join(Stage, Stage.id == Score.stage_id)
            .outerjoin(cat, cat.id == Criterion.category_id)
            .where(Project.edition_id == edition.id)).all()
    for row in sorted(scores, key=lambda r: (r[-1] if staged else "", r[0], r[1],
                                             r[2] or "", r[3])):
        feed("score", *row)
    if staged:
        for row in sorted(session.execute(
                select(Stage.code, Project.code, ConsensusText.kind, ConsensusText.text_fr,
                       ConsensusText.text_nl)
                .join(Stage, Stage.id == ConsensusText.stage_id)
                .join(Project, Project.id == ConsensusText.project_id)
                .where(Stage.edition_id == edition.id)).all()):
            feed("consensus", *row)
        for row in sorted(session.execute(
                select(Stage.code, Project.code).select_from(ShortlistEntry)
                .join(Stage, Stage.id == ShortlistEntry.stage_id)
                .join(Project, Project.id == ShortlistEntry.project_id)
                .where(Stage.edition_id == edition.id)).all()):
            feed("shortlist", *row)
    codes = {p.id: p.code for p in edition.projects}
    for d in sorted(edition.decisions, key=lambda d: (d.award, codes[d.project_id])):
        feed("decision", d.award, codes[d.project_id], d.amount_eur, d.citation_fr,
             d.citation_nl, d.citation_en, d.justification)
    for j in sorted(edition.jurors, key=lambda j: j.code):
        feed("juror", j.code, j.role, bool(j.present))
    votes = session.execute(select(Juror.code, Vote.subject, Vote.project_id, Vote.choice)
                            .join(Juror, Juror.id == Vote.juror_id)
                            .where(Vote.edition_id == edition.id)).all()
    for juror, subject, project_id, choice in sorted(votes, key=lambda v: (v[0], v[1])):
        feed("vote", juror, subject, codes.get(project_id) if project_id else None, choice)
    return digest.hexdigest()


def lock(session: Session, year: int, *, actor: str, force: bool = False) -> str:
    """Lock the deliberation of edition `year`; returns the fingerprint stored.

    Refused while anything blocks it; what only needs confirming (LockReview) is
    refused too unless `force` says the user confirmed it, and is then audited.
    """
    # The edition's row first (a no-op on SQLite, whose writes are serial): a juror's
    # mark being written on a server is then either in the fingerprint or refused.
    session.execute(select(Edition.id).where(Edition.year == year).with_for_update())
    review = review_lock(session, year)
    if review.blocking:
        raise InputError(list(review.blocking))
    if review.to_confirm and not force:
        raise InputError(list(review.to_confirm))
    edition = find_edition(session, year)
    record = lock_record.record_of(session, edition)
    print_ = lock_record.digest(record)
    edition.locked_at = utcnow()
    edition.lock_fingerprint = print_
    edition.lock_record = record.decode("utf-8")
    audit.record(session, "edition.lock", year=year, entity="edition", key=str(year),
                 actor=actor, fingerprint=print_, decisions=len(edition.decisions),
                 confirmed=[str(p) for p in review.to_confirm])
    session.flush()
    return print_


@dataclass(frozen=True)
class LockCheck:
    """Whether a locked edition still holds what was locked."""

    locked: bool
    locked_at: dt.datetime | None
    stored: str | None
    current: str
    matches: bool


def verify_lock(session: Session, year: int) -> LockCheck:
    """Recompute the fingerprint and compare it with the one stored at the lock: the
    lock record's SHA-256, or for a lock made before there were records (migration
    0011), the fingerprint as it was then computed."""
    edition = find_edition(session, year)
    current = (lock_record.digest(lock_record.record_of(session, edition))
               if edition.lock_record is not None or edition.locked_at is None
               else fingerprint(session, edition))
    stored = edition.lock_fingerprint
    locked = edition.locked_at is not None
    return LockCheck(locked, edition.locked_at, stored, current,
                     locked and stored == current)


def reopen(session: Session, year: int, *, actor: str, reason: str) -> None:
    """The secretariat reopens a locked edition; the reason is kept in the audit log."""
    edition = find_edition(session, year)
    if edition.locked_at is None:
        raise InputError(Problem(tr("edition {year} is not locked", year=year)))
    if not reason.strip():
        raise InputError(Problem(tr("say why the edition is reopened")))
    check = verify_lock(session, year)
    audit.record(session, "edition.reopen", year=year, entity="edition", key=str(year),
                 actor=actor, reason=reason.strip(), locked_at=edition.locked_at,
                 fingerprint=edition.lock_fingerprint, intact=check.matches)
    edition.locked_at = None
    edition.lock_fingerprint = None
    edition.lock_record = None
    session.flush()
