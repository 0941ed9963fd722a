"""The deliberation commands of spec/cli.md: `deliberation propose`, `lock` and `reopen`.

The lock follows cli.md's "The lock": what blocks it is refused whatever `--force`
says; what only needs confirming (a juror who has not submitted, a project under
quorum, a missing citation, a tied vote) is named and refused unless `--force`.
The rule itself is the domain's (`deliberation.review_lock`), as on the desk.
"""

from __future__ import annotations

import argparse

from yansenne.cli.common import open_db, say, warn, year_argument
from yansenne.errors import InputError, Problem
from yansenne.i18n import language, tr

ACTOR = "secretariat"  # as the other commands that write on the secretariat's behalf


def cmd_propose(args: argparse.Namespace) -> int:
    from yansenne.domain import deliberation as D

    with open_db(args) as db, db.write() as session:
        proposal = D.propose(session, args.year)
        drafts = D.write_proposal(session, args.year, actor=ACTOR, proposal=proposal)
    if proposal.warning is not None:  # prizes across categories that are not comparable
        warn([Problem(proposal.warning.text(language()))])
    for draft in drafts:
        say(f"{D.award_name(draft.award)}: {draft.project}")
    say(tr("{count} draft decisions recorded for edition {year}", count=len(drafts),
           year=args.year))
    return 0


def cmd_lock(args: argparse.Namespace) -> int:
    from yansenne.domain import deliberation as D

    with open_db(args) as db, db.write() as session:
        review = D.review_lock(session, args.year)
        if review.blocking:
            raise InputError(list(review.blocking))
        if review.to_confirm and not args.force:
            raise InputError([*review.to_confirm, Problem(tr(
                "the deliberation of edition {year} is not locked; add --force to lock it "
                "all the same", year=args.year))])
        fingerprint = D.lock(session, args.year, actor=ACTOR, force=args.force)
    warn(list(review.to_confirm))
    say(tr("deliberation of edition {year} locked; fingerprint {fingerprint}",
           year=args.year, fingerprint=fingerprint))
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from yansenne.domain import deliberation as D

    with open_db(args) as db, db.write() as session:
        D.reopen(session, args.year, actor=ACTOR, reason=args.reason)
    say(tr("deliberation of edition {year} reopened", year=args.year))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `deliberation propose|lock|reopen` to the parser."""
    group = sub.add_parser("deliberation", help=tr("the jury's decisions and their lock"))
    dsub = group.add_subparsers(dest="deliberation_command", metavar=tr("command"),
                                required=True)
    p = dsub.add_parser("propose", help=tr("record the decisions the ranking proposes, as "
                                           "drafts"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.set_defaults(handler=cmd_propose)
    p = dsub.add_parser("lock", help=tr("lock the deliberation and record its fingerprint"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--force", action="store_true",
                   help=tr("lock even though a juror has not submitted, a project is under "
                           "quorum, a citation is missing or a vote is tied"))
    p.set_defaults(handler=cmd_lock)
    p = dsub.add_parser("reopen", help=tr("reopen a locked deliberation (audited)"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help=tr("why it is reopened (kept in the audit log)"))
    p.set_defaults(handler=cmd_reopen)
