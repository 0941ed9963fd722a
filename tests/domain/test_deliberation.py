"""The deliberation: proposal, departures and their justification, votes, lock and reopen.

The small edition (tests.factories) ranks overall P04, P03, P05, P02, P01, P06 under
the mean; J1 presides, J2 and J3 are members, OB observes.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError

from yansenne.domain import deliberation as D
from yansenne.domain.marks import set_score
from yansenne.errors import InputError
from yansenne.store.database import Database
from yansenne.store.models import (
    Assignment,
    AuditEntry,
    Criterion,
    Edition,
    Juror,
    Project,
    Score,
    Vote,
    utcnow,
)

YEAR = 2026
ORDER = ("P04", "P03", "P05", "P02", "P01", "P06")


def cited(award: str, project: str, justification: str = "", **extra: object) -> D.DecisionDraft:
    return D.DecisionDraft(award, project, citation_fr=f"Citation {project}",
                           citation_nl=f"Citaat {project}", justification=justification,
                           **extra)  # type: ignore[arg-type]


PROPOSED = [cited("1", "P04"), cited("2", "P03"), cited("3", "P05")]


def save(db: Database, drafts: list[D.DecisionDraft]) -> None:
    with db.write() as s:
        D.save_decisions(s, YEAR, drafts, actor="secretariat")


def actions(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [(a.action, a.entity_key) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.edition_year == YEAR).order_by(AuditEntry.id))]


def vote_all(db: Database, subject: str, choice: str = "for") -> None:
    with db.write() as s:
        for juror in ("J1", "J2", "J3"):
            D.cast_vote(s, YEAR, juror, subject, choice, actor="secretariat")


# -- proposal ------------------------------------------------------------------------


def test_the_proposal_follows_the_overall_ranking_and_the_edition_prizes(
        small_db: Database) -> None:
    with small_db.read() as s:
        proposal = D.propose(s, YEAR)
    assert proposal.order == ORDER
    assert [(p.award, p.project, p.place, p.amount_eur) for p in proposal.prizes] == [
        ("1", "P04", 1, 6000.0), ("2", "P03", 2, 4000.0), ("3", "P05", 3, 2000.0)]


def test_the_proposal_has_as_many_prizes_as_the_edition_lists(small_db: Database) -> None:
    with small_db.write() as s:
        s.execute(update(Edition).values(prizes=[5000.0, 2500.0]))
    with small_db.read() as s:
        proposal = D.propose(s, YEAR)
    assert [(p.award, p.project, p.amount_eur) for p in proposal.prizes] == [
        ("1", "P04", 5000.0), ("2", "P03", 2500.0)]
    with small_db.write() as s, pytest.raises(InputError, match="the edition has 2 prizes"):
        D.save_decisions(s, YEAR, PROPOSED, actor="x")


def test_projects_sharing_a_place_are_all_proposed() -> None:
    ranking = _ranking({"A": 1, "B": 2, "C": 2, "D": 4})
    proposal = D.proposal_from(2026, (6000, 4000, 2000), ranking)
    assert [(p.project, p.place, p.tied_with) for p in proposal.prizes] == [
        ("A", 1, ()), ("B", 2, ("C",)), ("C", 2, ("B",))]
    swapped = [D.DecisionDraft("1", "A"), D.DecisionDraft("2", "C"), D.DecisionDraft("3", "B")]
    assert [D.departure(d, swapped, proposal) for d in swapped] == [None, None, None]


def _ranking(places: dict[str, int]):  # type: ignore[no-untyped-def]
    from yansenne import scoring

    standings = tuple(scoring.Standing(code, "k", 100.0 - place, place, place, False, 3, {})
                      for code, place in places.items())
    return scoring.Ranking("mean", None, True, standings, ())


def test_fewer_ranked_projects_than_prizes_leave_the_last_prize_empty() -> None:
    proposal = D.proposal_from(2026, (6000, 4000, 2000), _ranking({"A": 1, "B": 2}))
    assert [p.project for p in proposal.prizes] == ["A", "B", None]


# -- decisions and departures --------------------------------------------------------


def test_the_proposal_is_recorded_with_the_edition_amounts_and_audited(
        small_db: Database) -> None:
    save(small_db, PROPOSED + [cited("mention", "P06")])
    with small_db.read() as s:
        drafts = D.drafts_of(s, YEAR)
    assert [(d.award, d.project, d.amount_eur) for d in drafts] == [
        ("1", "P04", 6000.0), ("2", "P03", 4000.0), ("3", "P05", 2000.0),
        ("mention", "P06", None)]
    assert actions(small_db) == [("decision.add", "award:1"), ("decision.add", "award:2"),
                                 ("decision.add", "award:3"),
                                 ("decision.add", "mention:P06")]


def test_a_different_project_for_a_prize_needs_a_justification(small_db: Database) -> None:
    drafts = [cited("1", "P04"), cited("2", "P05"), cited("3", "P03")]
    with small_db.write() as s, pytest.raises(InputError) as refused:
        D.save_decisions(s, YEAR, drafts, actor="x")
    text = str(refused.value)
    assert "prize 2: this departs from the proposal (prize 2 goes to P05 (placed 3) rather " \
           "than P03 (placed 2)); write a justification" in text
    assert "prize 3: this departs" in text
    with small_db.read() as s:
        assert D.drafts_of(s, YEAR) == []  # nothing written
    drafts[1:] = [cited("2", "P05", "Stronger local partnership."),
                  cited("3", "P03", "Its evaluation came late.")]
    save(small_db, drafts)
    with small_db.read() as s:
        assert [d.project for d in D.drafts_of(s, YEAR)] == ["P04", "P05", "P03"]


def test_a_prize_below_a_project_left_without_one_needs_a_justification(
        small_db: Database) -> None:
    """Prize 3 to its proposed project while prize 2 is not given passes over P03."""
    drafts = [cited("1", "P04"), cited("3", "P05")]
    with small_db.write() as s, pytest.raises(
            InputError, match=r"P05 \(placed 3\) gets prize 3 while P03 \(placed 2\) gets "
                              r"no prize"):
        D.save_decisions(s, YEAR, drafts, actor="x")
    save(small_db, [cited("1", "P04"), cited("2", "P03")])  # fewer prizes: no departure


def test_a_mention_never_departs(small_db: Database) -> None:
    save(small_db, [cited("1", "P04"), cited("mention", "P06")])
    with small_db.read() as s:
        assert [d.award for d in D.drafts_of(s, YEAR)] == ["1", "mention"]


@pytest.mark.parametrize(("drafts", "message"), [
    ([cited("1", "P04"), cited("1", "P03")], "prize 1 is given twice"),
    ([cited("1", "P04"), cited("mention", "P04")], "project P04 already has a decision"),
    ([cited("1", "P99")], "prize 1: no project P99 in this edition"),
    ([cited("gold", "P04")], "unknown award gold"),
    ([cited("1", "P04", amount_eur=-5.0)], "the amount -5 must be 0 or more"),
])
def test_bad_decisions_are_refused_and_nothing_is_written(
        small_db: Database, drafts: list[D.DecisionDraft], message: str) -> None:
    with small_db.write() as s, pytest.raises(InputError, match=message):
        D.save_decisions(s, YEAR, drafts, actor="x")
    assert actions(small_db) == []


def test_swapping_two_prizes_withdraws_the_votes_on_them(small_db: Database) -> None:
    save(small_db, PROPOSED)
    vote_all(small_db, "award:1")
    vote_all(small_db, "award:3")
    save(small_db, [cited("1", "P03", "Unanimous preference."),
                    cited("2", "P04", "Unanimous preference."), cited("3", "P05")])
    with small_db.read() as s:
        left = {(v.juror.code, v.subject) for v in s.scalars(select(Vote))}
        assert [(d.award, d.project) for d in D.drafts_of(s, YEAR)] == [
            ("1", "P03"), ("2", "P04"), ("3", "P05")]
    assert left == {("J1", "award:3"), ("J2", "award:3"), ("J3", "award:3")}
    assert actions(small_db)[-5:] == [
        ("vote.withdraw", "J1/award:1"), ("vote.withdraw", "J2/award:1"),
        ("vote.withdraw", "J3/award:1"), ("decision.change", "award:1"),
        ("decision.change", "award:2")]


def test_removing_a_decision_is_audited(small_db: Database) -> None:
    save(small_db, PROPOSED)
    save(small_db, PROPOSED[:2])
    assert actions(small_db)[-1] == ("decision.remove", "award:3")


def test_changing_a_citation_is_audited_with_before_and_after(small_db: Database) -> None:
    save(small_db, PROPOSED)
    save(small_db, [cited("1", "P04"), cited("2", "P03"),
                    D.DecisionDraft("3", "P05", citation_fr="Nouvelle", citation_nl="Nieuw")])
    with small_db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "decision.change"
        details = json.loads(entry.details)
    assert details["before"]["citation_fr"] == "Citation P05"
    assert details["after"]["citation_fr"] == "Nouvelle"


# -- attendance, votes, casting vote -------------------------------------------------


def test_votes_are_counted_and_the_president_breaks_an_equal_count(small_db: Database) -> None:
    save(small_db, PROPOSED)
    with small_db.write() as s:
        D.cast_vote(s, YEAR, "J1", "award:1", "for", actor="sec")
        D.cast_vote(s, YEAR, "J2", "award:1", "against", actor="sec")
        D.cast_vote(s, YEAR, "J3", "award:1", "abstain", actor="sec")
        D.cast_vote(s, YEAR, "J2", "award:2", "against", actor="sec")
    with small_db.read() as s:
        results = D.tally(s, YEAR)
    assert (results["award:1"].n_for, results["award:1"].n_against,
            results["award:1"].n_abstain, results["award:1"].outcome) == (1, 1, 1, D.ADOPTED)
    assert results["award:2"].outcome == D.REJECTED
    assert results["award:3"].outcome == D.NOT_VOTED
    assert D.count_votes("s", {"J2": "for", "J3": "against"}, "J1").outcome == D.TIED


def test_observers_and_absent_jurors_do_not_vote(small_db: Database) -> None:
    save(small_db, PROPOSED)
    with small_db.write() as s, pytest.raises(InputError, match="OB is an observer"):
        D.cast_vote(s, YEAR, "OB", "award:1", "for", actor="sec")
    with small_db.write() as s:
        D.cast_vote(s, YEAR, "J3", "award:1", "for", actor="sec")
        D.set_present(s, YEAR, "J3", False, actor="sec")  # withdraws J3's vote
    with small_db.read() as s:
        assert s.scalars(select(Vote)).all() == []
        assert s.scalars(select(Juror.present).where(Juror.code == "J3")).one() is False
    with small_db.write() as s, pytest.raises(InputError, match="J3 is not marked present"):
        D.cast_vote(s, YEAR, "J3", "award:1", "for", actor="sec")
    assert actions(small_db)[-2:] == [("juror.present", "J3"), ("vote.withdraw", "J3/award:1")]


def test_a_vote_needs_a_decision_and_a_known_choice(small_db: Database) -> None:
    save(small_db, PROPOSED)
    with small_db.write() as s, pytest.raises(InputError, match="no decision award:9"):
        D.cast_vote(s, YEAR, "J1", "award:9", "for", actor="sec")
    with small_db.write() as s, pytest.raises(InputError, match="unknown vote maybe"):
        D.cast_vote(s, YEAR, "J1", "award:1", "maybe", actor="sec")
    with small_db.write() as s:
        D.cast_vote(s, YEAR, "J1", "award:1", "for", actor="sec")
        D.cast_vote(s, YEAR, "J1", "award:1", "against", actor="sec")
        D.cast_vote(s, YEAR, "J1", "award:1", None, actor="sec")
    assert [a for a, _ in actions(small_db)][-3:] == ["vote.cast", "vote.cast",
                                                       "vote.withdraw"]


def test_the_casting_vote_is_recorded_and_feeds_the_tie_break_rule(small_db: Database) -> None:
    from yansenne.domain.ranking import rules_of

    with small_db.write() as s, pytest.raises(InputError, match="no project P77"):
        D.set_casting_vote(s, YEAR, ["P03", "P77"], actor="sec")
    with small_db.write() as s, pytest.raises(InputError, match="P03 is named twice"):
        D.set_casting_vote(s, YEAR, ["P03", "P03"], actor="sec")
    with small_db.write() as s:
        D.set_casting_vote(s, YEAR, ["P05", "P03"], actor="sec")
    with small_db.read() as s:
        edition = D.find_edition(s, YEAR)
        assert rules_of(edition).casting_vote == ("P05", "P03")
    assert actions(small_db) == [("edition.casting_vote", "2026")]


# -- lock ----------------------------------------------------------------------------


def submit_all(db: Database) -> None:
    with db.write() as s:
        s.execute(update(Assignment).values(submitted_at=utcnow()))


def review(db: Database) -> tuple[list[str], list[str]]:
    with db.read() as s:
        found = D.review_lock(s, YEAR)
    return [str(p) for p in found.blocking], [str(p) for p in found.to_confirm]


def locked(db: Database) -> str:
    """The proposal saved and adopted, every juror's scores submitted, then the lock."""
    save(db, PROPOSED)
    vote_all(db, "award:1")
    submit_all(db)
    with db.write() as s:
        return D.lock(s, YEAR, actor="secretariat")


def test_the_lock_blocks_a_rejected_vote_and_asks_about_a_missing_citation(
        small_db: Database) -> None:
    """cli.md's "The lock": a rejected decision blocks it whatever --force says; a
    missing citation and the jurors who have not submitted only need confirming."""
    save(small_db, [D.DecisionDraft("1", "P04", citation_fr="Bravo"), cited("2", "P03")])
    with small_db.write() as s:
        D.cast_vote(s, YEAR, "J1", "award:2", "against", actor="sec")
    blocking, to_confirm = review(small_db)
    assert blocking == ["prize 2 (P03): rejected by the vote (0 for, 1 against)"]
    assert to_confirm == ["Anne Dupont (J1) has not submitted their scores",
                          "Pieter Janssens (J2) has not submitted their scores",
                          "Sarah Lambert (J3) has not submitted their scores",
                          "prize 1 (P04): the Dutch citation is missing"]
    with small_db.read() as s:
        assert [str(p) for p in D.lock_problems(s, YEAR)] == blocking + to_confirm
    for force in (False, True):
        with small_db.write() as s, pytest.raises(InputError, match="rejected by the vote"):
            D.lock(s, YEAR, actor="sec", force=force)
    with small_db.read() as s:
        assert D.find_edition(s, YEAR).locked_at is None


def test_what_needs_confirming_locks_only_when_forced_and_is_audited(
        small_db: Database) -> None:
    save(small_db, [D.DecisionDraft("1", "P04", citation_fr="Bravo", citation_nl="Bravo")])
    with small_db.write() as s:  # J2's conflict leaves P01 two totals of the three needed
        s.execute(update(Edition).values(quorum=3))
        s.execute(update(Assignment).where(Assignment.juror_id.in_(
            select(Juror.id).where(Juror.code != "J2"))).values(submitted_at=utcnow()))
    blocking, to_confirm = review(small_db)
    assert blocking == []
    assert to_confirm[0] == "Pieter Janssens (J2) has not submitted their scores"
    assert ("project P01 is under the quorum: 2 juror totals of the 3 needed, so it is not "
            "ranked") in to_confirm
    with small_db.write() as s, pytest.raises(InputError, match=r"Pieter Janssens \(J2\)"):
        D.lock(s, YEAR, actor="sec")
    with small_db.write() as s:
        D.lock(s, YEAR, actor="sec", force=True)
    with small_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "edition.lock")).one()
        assert json.loads(entry.details)["confirmed"] == to_confirm


def test_a_tied_vote_only_needs_confirming(small_db: Database) -> None:
    save(small_db, PROPOSED)
    submit_all(small_db)
    with small_db.write() as s:
        D.cast_vote(s, YEAR, "J2", "award:1", "for", actor="sec")
        D.cast_vote(s, YEAR, "J3", "award:1", "against", actor="sec")
    assert review(small_db) == ([], [
        "prize 1 (P04): the vote is tied and the president has not voted for or against"])


def test_lock_refuses_a_departure_left_without_justification(small_db: Database) -> None:
    """Removing prize 2 afterwards makes prize 3 a departure: caught at the lock."""
    save(small_db, PROPOSED)
    submit_all(small_db)
    with small_db.write() as s:
        edition = D.find_edition(s, YEAR)
        edition.decisions.remove(next(d for d in edition.decisions if d.award == "2"))
    assert review(small_db) == (
        ["prize 3 (P05): departs from the proposal without a justification"], [])
    with small_db.write() as s, pytest.raises(InputError, match="without a justification"):
        D.lock(s, YEAR, actor="sec", force=True)


def test_a_unanimous_vote_is_cast_by_every_present_juror(small_db: Database) -> None:
    save(small_db, PROPOSED)
    with small_db.write() as s:
        D.set_present(s, YEAR, "J3", False, actor="sec")
        assert D.cast_unanimous(s, YEAR, "award:2", "for", actor="sec") == ["J1", "J2"]
    with small_db.read() as s:
        result = D.tally(s, YEAR)["award:2"]
    assert (result.votes, result.outcome) == ({"J1": "for", "J2": "for"}, D.ADOPTED)
    with small_db.write() as s, pytest.raises(InputError, match="unknown vote"):
        D.cast_unanimous(s, YEAR, "award:2", "maybe", actor="sec")


def test_the_proposal_is_written_keeping_the_citations(small_db: Database) -> None:
    save(small_db, [cited("1", "P03", justification="Because."),
                    D.DecisionDraft("mention", "P02")])
    with small_db.write() as s:
        D.write_proposal(s, YEAR, actor="sec")
    with small_db.read() as s:
        drafts = D.drafts_of(s, YEAR)
    assert [(d.award, d.project, d.citation_fr) for d in drafts] == [
        ("1", "P04", ""), ("2", "P03", "Citation P03"), ("3", "P05", ""),
        ("mention", "P02", "")]


@pytest.mark.parametrize(("typed", "kept"), [
    ("14:30", "14:30"), ("9:05", "09:05"), ("14h30", "14:30"), (" 7.15 ", "07:15"),
    ("", ""), (None, ""), (dt.time(18, 0), "18:00"), ("24:00", None), ("14:60", None),
    ("half past two", None), ("1430", None)])
def test_meeting_times_are_read_as_people_write_them(typed: object, kept: str | None) -> None:
    assert D.clock_time(typed) == kept
    assert (D.time_problem(typed) is None) == (kept is not None)


def test_the_meeting_is_kept_after_the_lock_and_outside_the_fingerprint(
        small_db: Database) -> None:
    print_ = locked(small_db)
    with small_db.write() as s, pytest.raises(InputError, match="14h is not a time of day"):
        D.set_meeting(s, YEAR, D.Meeting(None, "", "14h", ""), actor="sec")
    with small_db.write() as s, pytest.raises(InputError, match="ends at 13:00, not after"):
        D.set_meeting(s, YEAR, D.Meeting(start="14:00", end="13:00"), actor="sec")
    with small_db.write() as s:
        D.set_meeting(s, YEAR, D.Meeting(dt.date(2026, 12, 10), " Hôtel de Ville ", "14h00",
                                         "17:30"), actor="sec")
    with small_db.read() as s:
        edition = D.find_edition(s, YEAR)
        assert D.meeting_of(edition) == D.Meeting(dt.date(2026, 12, 10), "Hôtel de Ville",
                                                  "14:00", "17:30")
        assert D.meeting_of(edition).missing() == []
        check = D.verify_lock(s, YEAR)
    assert check.matches and check.current == print_
    assert actions(small_db)[-1] == ("edition.meeting", "2026")
    assert D.Meeting(place="x").missing() == [
        "the date of the deliberation", "its start time", "its end time"]


def test_lock_stores_the_fingerprint_and_the_triggers_refuse_any_score_change(
        small_db: Database) -> None:
    print_ = locked(small_db)
    with small_db.read() as s:
        edition = D.find_edition(s, YEAR)
        assert edition.locked_at is not None and edition.lock_fingerprint == print_
        assert len(print_) == 64
        assert D.verify_lock(s, YEAR).matches
    with pytest.raises(DBAPIError, match="score in a locked edition"), small_db.write() as s:
        juror = s.scalars(select(Juror).where(Juror.code == "J1")).one()
        project = s.scalars(select(Project).where(Project.code == "P04")).one()
        criterion = s.scalars(select(Criterion).where(Criterion.code == "relevance")).one()
        set_score(s, juror, project, criterion, 0.0, actor="intruder")
    with small_db.write() as s, pytest.raises(DBAPIError, match="score in a locked edition"):
        s.execute(update(Score).values(value=1.0))
    with small_db.write() as s, pytest.raises(InputError, match="is locked"):
        D.save_decisions(s, YEAR, PROPOSED[:1], actor="x")
    with small_db.write() as s, pytest.raises(InputError, match="is locked"):
        D.cast_vote(s, YEAR, "J2", "award:2", "for", actor="x")
    with small_db.write() as s, pytest.raises(InputError, match="already locked"):
        D.lock(s, YEAR, actor="x")


def test_verify_lock_notices_a_change_behind_the_lock(small_db: Database) -> None:
    locked(small_db)
    with small_db.write() as s:  # a citation edited straight in the database
        edition = D.find_edition(s, YEAR)
        edition.decisions[0].citation_nl = "Gewijzigd"
    with small_db.read() as s:
        check = D.verify_lock(s, YEAR)
    assert check.locked and not check.matches and check.stored != check.current


def test_the_fingerprint_covers_every_score_and_comment(small_db: Database) -> None:
    with small_db.read() as s:
        before = D.fingerprint(s, D.find_edition(s, YEAR))
    with small_db.write() as s:
        score = s.scalars(select(Score)).first()
        assert score is not None
        score.comment = "second thoughts"
    with small_db.read() as s:
        assert D.fingerprint(s, D.find_edition(s, YEAR)) != before


def test_reopen_needs_a_reason_and_is_logged(small_db: Database) -> None:
    print_ = locked(small_db)
    with small_db.write() as s, pytest.raises(InputError, match="say why"):
        D.reopen(s, YEAR, actor="secretariat", reason="  ")
    with small_db.write() as s:
        D.reopen(s, YEAR, actor="secretariat", reason="A juror's conflict came to light.")
    with small_db.read() as s:
        edition = D.find_edition(s, YEAR)
        assert edition.locked_at is None and edition.lock_fingerprint is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "edition.reopen")).one()
        details, actor = json.loads(entry.details), entry.actor
    assert actor == "secretariat"
    assert details["reason"] == "A juror's conflict came to light."
    assert details["fingerprint"] == print_ and details["intact"] is True
    with small_db.write() as s:  # scores can change again
        score = s.scalars(select(Score)).first()
        assert score is not None
        score.value = 5.0
    with small_db.write() as s, pytest.raises(InputError, match="is not locked"):
        D.reopen(s, YEAR, actor="secretariat", reason="again")


def test_an_unknown_edition_is_refused(small_db: Database) -> None:
    with small_db.read() as s, pytest.raises(InputError, match="no edition 1999"):
        D.propose(s, 1999)
