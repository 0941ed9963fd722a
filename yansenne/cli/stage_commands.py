"""`stage list|promote`, `assign` and `screening import`: an edition's stages from a
terminal, under the rules of `domain.stage_flow`, `domain.assignment` and
`domain.screening`."""

from __future__ import annotations

import argparse
from pathlib import Path

from yansenne.cli.common import open_db, say, warn_line, year_argument
from yansenne.i18n import format_count, format_counts, pick, tr

ACTOR = "secretariat"


def cmd_stage_list(args: argparse.Namespace) -> int:
    from yansenne.domain.stage_flow import stage_rows
    from yansenne.domain.stages import kind_name, state_name

    with open_db(args) as db:
        rows = stage_rows(db, args.year)
    header = (tr("stage"), tr("name"), tr("kind"), tr("state"), tr("projects"),
              tr("readers"), tr("marks"), tr("went on"))
    table = [header]
    for row in rows:
        screening = row.kind == "screening"
        readers = (tr("{eligible} eligible, {ineligible} not",
                      eligible=format_count(row.eligible),
                      ineligible=format_count(row.ineligible)) if screening
                   else tr("{n} per project", n=row.per_project) if row.per_project
                   else tr("the whole panel"))
        table.append((row.code, pick(row, "name"), kind_name(row.kind), state_name(row.state),
                      format_count(row.projects), readers,
                      "" if screening else format_count(row.marks),
                      format_count(row.promoted) if row.state == "closed" else ""))
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        say("  ".join(cell.ljust(width) for cell, width in zip(line, widths,
                                                                 strict=True)).rstrip())
    return 0


def cmd_stage_promote(args: argparse.Namespace) -> int:
    from yansenne.domain.stage_flow import promote

    with open_db(args) as db:
        done = promote(db, args.year, args.code, force=args.force, actor=ACTOR)
    for code in done.forced:
        warn_line(tr("warning: promoted without {what}", what=code))
    for category, projects in done.shortlist.items():
        say(tr("{category}: {projects}", category=category, projects=", ".join(projects)))
    total = sum(len(p) for p in done.shortlist.values())
    if done.next_stage:
        say(tr("stage {stage} closed: {count} projects go on to stage {next}",
               stage=done.stage, count=format_count(total), next=done.next_stage))
    else:
        say(tr("stage {stage} closed: {count} projects went on", stage=done.stage,
               count=format_count(total)))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from yansenne.domain.assignment import assign

    with open_db(args) as db:
        done = assign(db, args.year, stage=args.stage, per_project=args.per_project,
                      seed=args.seed, force=args.force, actor=ACTOR)
    for category, loads in done.loads.items():
        say(tr("{category}: loads {loads}", category=category,
               loads=", ".join(f"{j} {n}" for j, n in sorted(loads.items()))))
    if done.language_misses:
        warn_line(tr("warning: no allocation gives every reader the language of project(s) "
                     "{projects}", projects=", ".join(done.language_misses)))
    if done.cleared:
        warn_line(tr("warning: {count} marks of pairs no longer allocated were cleared",
                     count=format_count(done.cleared)))
    say(tr("stage {stage}: {pairs} readings allocated, {n} per project",
           stage=done.stage, pairs=format_count(len(done.pairs)), n=done.per_project))
    return 0


def cmd_screening_import(args: argparse.Namespace) -> int:
    from yansenne.cli.common import warn
    from yansenne.exchange.records import import_screening

    with open_db(args) as db:
        report = import_screening(db, args.year, Path(args.file))
    warn(report.warnings)
    say(tr("screening: {added} added, {changed} changed, {unchanged} unchanged",
           **format_counts(report.counts)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    stage = sub.add_parser("stage", help=tr("an edition's stages"))
    ssub = stage.add_subparsers(dest="stage_command", metavar=tr("command"), required=True)
    p = ssub.add_parser("list", help=tr("the stages, their kind, counts and state"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.set_defaults(handler=cmd_stage_list)
    p = ssub.add_parser("promote", help=tr("record a stage's shortlist and open the next"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--force", action="store_true",
                   help=tr("promote even though a juror has not submitted"))
    p.set_defaults(handler=cmd_stage_promote)

    p = sub.add_parser("assign", help=tr("allocate readers for a stage"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--stage", metavar="CODE", help=tr("the stage (default: the open stage)"))
    p.add_argument("--per-project", type=int, metavar="N",
                   help=tr("readers per project (default: the stage's)"))
    p.add_argument("--seed", type=int, default=0, metavar="S",
                   help=tr("the same seed gives the same allocation"))
    p.add_argument("--force", action="store_true",
                   help=tr("allocate again although the stage has marks"))
    p.set_defaults(handler=cmd_assign)

    screening = sub.add_parser("screening", help=tr("eligibility decisions"))
    csub = screening.add_subparsers(dest="screening_command", metavar=tr("command"),
                                    required=True)
    p = csub.add_parser("import", help=tr("eligibility decisions from .xlsx or .csv"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_screening_import)
