"""`scores submit YEAR --juror CODE [--stage CODE]`: a juror's "Submit my scores" from a
terminal, under the rule of `yansenne.domain.submission` (every open category at once;
marks still missing are listed as warnings, they do not block)."""

from __future__ import annotations

import argparse
import sys

from yansenne.cli.common import open_db, say, year_argument
from yansenne.i18n import tr

ACTOR = "secretariat"


def cmd_scores_submit(args: argparse.Namespace) -> int:
    from yansenne.domain.submission import submit_all

    with open_db(args) as db:
        done = submit_all(db, args.year, args.juror, actor=ACTOR, stage=args.stage)
    for gap in done.gaps:
        print(tr("warning: {juror}, category {category}, project {project}: not scored on "
                 "{criteria}", juror=done.juror, category=gap.category.code,
                 project=gap.project, criteria=", ".join(c.code for c in gap.criteria)),
              file=sys.stderr)
    say(tr("scores of juror {juror} submitted in {categories}; {missing} marks missing",
           juror=done.juror, categories=", ".join(done.categories),
           missing=sum(len(g.criteria) for g in done.gaps)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `submit` to the `scores` command (defined with `scores import`)."""
    scores = sub.choices["scores"]
    ssub = next(action for action in scores._actions
                if isinstance(action, argparse._SubParsersAction))
    p = ssub.add_parser("submit", help=tr("submit a juror's scores, as \"Submit my scores\" "
                                          "does"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--juror", required=True, metavar="CODE", help=tr("the juror's code"))
    p.add_argument("--stage", metavar="CODE",
                   help=tr("the stage (default: the open stage; without stages, final)"))
    p.set_defaults(handler=cmd_scores_submit)
