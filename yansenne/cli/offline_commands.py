"""The offline and shared-database commands of spec/cli.md: juror packages, signed
ballots, and the logins of jurors on a PostgreSQL server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from yansenne.cli.common import open_db, say, year_argument
from yansenne.errors import InputError, Problem
from yansenne.i18n import format_count, tr

ACTOR = "secretariat"


def cmd_package_export(args: argparse.Namespace) -> int:
    from yansenne.exchange.package import export_all_packages, export_package

    if bool(args.juror) == bool(args.all):
        raise InputError(Problem(tr("give either --juror CODE or --all")))
    with open_db(args) as db:
        from yansenne.domain.submission import require_open_stage

        require_open_stage(db, args.year, args.stage)
        output = Path(args.output)
        if args.all:
            reports = export_all_packages(db, args.year, output, actor=ACTOR)
        else:
            reports = [export_package(db, args.year, args.juror, output, actor=ACTOR)]
        for report in reports:
            say(tr("package of juror {juror} written to {file}: {projects} projects, "
                    "{scores} scores", juror=report.juror, file=report.path,
                    projects=format_count(report.projects), scores=format_count(report.scores)))
        return 0


def cmd_ballot_export(args: argparse.Namespace) -> int:
    from yansenne.exchange.ballot import export_ballot

    with open_db(args) as db:
        ballot = export_ballot(db, Path(args.output))
        say(tr("ballot of juror {juror} (revision {revision}) written to {file}: {scores} "
                "scores, {notes} notes; send this file to the secretariat", juror=ballot.juror,
                revision=ballot.revision, file=ballot.path, scores=format_count(ballot.scores),
                notes=format_count(ballot.notes)))
        return 0


def cmd_ballot_import(args: argparse.Namespace) -> int:
    """Each ballot is applied on its own: a refused one leaves the others applied."""
    from yansenne.exchange.ballot import import_ballot

    refused = False
    with open_db(args) as db:
        for file in args.files:
            try:
                report = import_ballot(db, args.year, Path(file))
            except InputError as error:
                refused = True
                for problem in error.problems:
                    print(str(problem), file=sys.stderr)
                continue
            say(report.summary())
    return 2 if refused else 0


def cmd_logins_create(args: argparse.Namespace) -> int:
    from yansenne.store.postgres import create_login

    if not args.secretariat and (args.year is None or not args.juror):
        raise InputError(Problem(tr("a juror login needs the edition year and --juror CODE "
                                    "(or --secretariat --role NAME)")))
    with open_db(args) as db:
        login = create_login(db, role=args.role, year=args.year, juror_code=args.juror,
                             password=args.password, secretariat=args.secretariat, actor=ACTOR)
        if args.secretariat:
            say(tr("secretariat login {role} created", role=login.role))
        else:
            say(tr("login {role} created for juror {juror} of edition {year}", role=login.role,
                    juror=args.juror, year=args.year))
        if login.generated:
            say(tr("password (shown only now, give it to its owner): {password}",
                    password=login.password))
        return 0


def cmd_logins_list(args: argparse.Namespace) -> int:
    from yansenne.reports.text import format_table
    from yansenne.store.postgres import list_logins

    with open_db(args) as db:
        rows = list_logins(db)
        if not rows:
            say(tr("no login yet: create one with 'yansenne logins create YEAR --juror CODE'"))
            return 0
        kinds = {"juror": tr("juror"), "secretariat": tr("secretariat")}
        say(format_table(
            (tr("role"), tr("kind"), tr("year"), tr("juror"), tr("name"), tr("created"),
             tr("on the server")),
            [(r.role, kinds[r.kind], str(r.year or ""), r.juror_code or "", r.juror_name or "",
              r.created_at.strftime("%Y-%m-%d %H:%M"), tr("yes") if r.on_server else tr("no"))
             for r in rows], numeric={2}))
        return 0


def cmd_logins_drop(args: argparse.Namespace) -> int:
    from yansenne.store.postgres import drop_login

    with open_db(args) as db:
        if drop_login(db, args.role, actor=ACTOR):
            say(tr("login {role} removed", role=args.role))
        else:
            say(tr("login {role} removed from this database; the role itself stays on the "
                    "server (it has rights in another database, or was already gone)",
                    role=args.role))
        return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `package export`, `ballot export`, `ballot import` and `logins ...`."""
    package = sub.add_parser("package", help=tr("juror packages for offline laptops"))
    psub = package.add_subparsers(dest="package_command", metavar=tr("command"), required=True)
    p = psub.add_parser("export", help=tr("write a juror's package (or every juror's)"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--juror", metavar="CODE", help=tr("the juror's code"))
    p.add_argument("--all", action="store_true",
                   help=tr("every scoring juror, one package each, into the folder -o"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.yansenne",
                   help=tr("the package file (with --all: a folder)"))
    p.add_argument("--stage", metavar="CODE",
                   help=tr("the stage (default: the open stage; without stages, final)"))
    p.set_defaults(handler=cmd_package_export)

    ballot = sub.add_parser("ballot", help=tr("jurors' signed ballots"))
    bsub = ballot.add_subparsers(dest="ballot_command", metavar=tr("command"), required=True)
    p = bsub.add_parser("export", help=tr("write the juror's signed ballot (run with --db on "
                                          "a juror package)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.ballot")
    p.set_defaults(handler=cmd_ballot_export)
    p = bsub.add_parser("import", help=tr("verify ballots and apply them to the database"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("files", nargs="+", metavar="FILE.ballot")
    p.set_defaults(handler=cmd_ballot_import)

    logins = sub.add_parser("logins", help=tr("jurors' logins on a PostgreSQL server"))
    lsub = logins.add_subparsers(dest="logins_command", metavar=tr("command"), required=True)
    p = lsub.add_parser("create", help=tr("create a login: a juror's (their own scores only) "
                                          "or the secretariat's"))
    p.add_argument("year", type=year_argument, metavar="YEAR", nargs="?")
    p.add_argument("--juror", metavar="CODE", help=tr("the juror's code"))
    p.add_argument("--role", metavar="NAME",
                   help=tr("the role name (default: yansenne_YEAR_CODE)"))
    p.add_argument("--password", metavar="PASSWORD",
                   help=tr("the password (default: a random one, shown once)"))
    p.add_argument("--secretariat", action="store_true",
                   help=tr("a secretariat login, which sees and changes everything"))
    p.set_defaults(handler=cmd_logins_create)
    p = lsub.add_parser("list", help=tr("the logins of this database"))
    p.set_defaults(handler=cmd_logins_list)
    p = lsub.add_parser("drop", help=tr("remove a login and its rights"))
    p.add_argument("role", metavar="ROLE")
    p.set_defaults(handler=cmd_logins_drop)
