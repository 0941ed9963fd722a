"""`edition create` and `projects import` (spec/cli.md): a new edition as the desk's New
edition makes it, and a projects file taken whole or, with `--skip-invalid`, row by row."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from yansenne.cli.common import open_db, say, warn, year_argument
from yansenne.errors import InputError, Problem, condense
from yansenne.i18n import format_count, format_counts, tr

ACTOR = "secretariat"  # as the other commands that write on the secretariat's behalf


def cmd_edition_create(args: argparse.Namespace) -> int:
    from yansenne.domain import editions

    with open_db(args) as db, db.write() as session:
        problem = editions.year_problem(session, args.year)
        if problem:
            raise InputError(Problem(problem))
        if args.source is None:
            edition = editions.create_from_template(session, args.year, actor=ACTOR)
        else:
            edition = editions.create_by_copy(session, args.source, args.year, actor=ACTOR)
        counts = {"categories": len(edition.categories), "criteria": len(edition.criteria),
                  "jurors": len(edition.jurors)}
    if args.source is None:
        say(tr("edition {year} created from the template: {categories} categories, "
               "{criteria} criteria", year=args.year, **counts))
    else:
        say(tr("edition {year} created from edition {source}: {categories} categories, "
               "{criteria} criteria, {jurors} jurors", year=args.year, source=args.source,
               **counts))
    return 0


def cmd_projects_import(args: argparse.Namespace) -> int:
    from yansenne.exchange.records import import_projects

    rejects = Path(args.rejects) if args.rejects else None
    if rejects is not None:
        if not args.skip_invalid:
            args.parser.error(tr("--rejects needs --skip-invalid"))
        _refuse_rejects_over(Path(args.file), rejects, args)
    with open_db(args) as db:
        report = import_projects(db, args.year, Path(args.file), skip_invalid=args.skip_invalid,
                                 rejects=rejects)
        warn(report.warnings)
        for problem in condense(report.problems):
            print(str(problem), file=sys.stderr)
        say(tr("projects: {added} added, {changed} changed, {unchanged} unchanged",
               **format_counts(report.counts)))
        if args.skip_invalid:
            say(tr("refused rows: {count}", count=format_count(len(report.refused))))
        if rejects is not None and report.refused:
            say(tr("refused rows written to {file}", file=rejects))
        return 0


def _refuse_rejects_over(source: Path, rejects: Path, args: argparse.Namespace) -> None:
    """The rejects file must be neither the file being read nor the database."""
    from yansenne.cli.main import _refuse_output_over_database
    from yansenne.files import same_file

    if same_file(rejects, source):
        raise InputError(Problem(tr("the refused rows would overwrite the file being "
                                    "imported; choose another file"), file=str(rejects)))
    _refuse_output_over_database(argparse.Namespace(db=args.db, output=str(rejects)))


def register_edition_create(esub: argparse._SubParsersAction) -> None:
    p = esub.add_parser("create", help=tr("create an edition from the template or a copy"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--from", dest="source", type=year_argument, metavar="YEAR",
                   help=tr("copy this edition's categories, grid, jury and settings "
                           "(never its projects or marks)"))
    p.set_defaults(handler=cmd_edition_create)


def register_projects_import(psub: argparse._SubParsersAction) -> None:
    p = psub.add_parser("import", help=tr("add or update projects from .xlsx or .csv"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--skip-invalid", action="store_true",
                   help=tr("import the valid rows and list the refused ones"))
    p.add_argument("--rejects", metavar="FILE",
                   help=tr("with --skip-invalid: write the refused rows to FILE (.csv or "
                           ".xlsx), with a problem column"))
    p.set_defaults(handler=cmd_projects_import, parser=p)
