"""The headless commands of spec/cli.md, each a small function over the core."""

from __future__ import annotations

import argparse
from pathlib import Path

from yansenne.cli import edition_commands
from yansenne.cli.common import (
    LaterText,
    alone,
    method_help,
    open_db,
    say,
    warn,
    year_argument,
)
from yansenne.errors import InputError, Problem
from yansenne.i18n import format_count, format_counts, tr


def cmd_demo(args: argparse.Namespace) -> int:
    from yansenne.exchange.workbook import import_edition

    with open_db(args) as db, alone(db, args.replace):
        if args.synthetic:
            from yansenne.domain.synthetic import build_synthetic

            counts = build_synthetic(db, year=args.year, projects=args.projects,
                                     jurors=args.jurors, criteria=args.criteria, seed=args.seed,
                                     replace=args.replace)
            say(tr("synthetic edition {year}: {projects} projects, {jurors} jurors, "
                    "{scores} scores", year=args.year, **format_counts(counts)))
            return 0
        from yansenne.paths import demo_workbook, staged_demo_workbook

        workbook = staged_demo_workbook() if args.staged else demo_workbook()
        report = import_edition(db, workbook, replace=args.replace, actor="demo")
        warn(report.warnings)
        say(tr("demo edition {year} loaded: {projects} projects, {jurors} jurors, "
                "{scores} scores", year=report.year, **format_counts(report.counts)))
        return 0


def cmd_edition_list(args: argparse.Namespace) -> int:
    from yansenne.domain.editions import edition_summaries
    from yansenne.reports.text import format_table

    with open_db(args) as db:
        rows = [(str(e.year), e.name, format_count(e.projects), format_count(e.jurors),
                 format_count(e.scores)) for e in edition_summaries(db)]
        if not rows:
            say(tr("no edition yet: load one with 'yansenne edition import FILE.xlsx' or "
                    "'yansenne demo'"))
            return 0
        head = (tr("year"), tr("name"), tr("projects"), tr("jurors"), tr("scores"))
        say(format_table(head, rows, numeric={0, 2, 3, 4}))
        return 0


def cmd_edition_import(args: argparse.Namespace) -> int:
    from yansenne.exchange.workbook import import_edition

    with open_db(args) as db, alone(db, args.replace):
        report = import_edition(db, Path(args.file), replace=args.replace)
        warn(report.warnings)
        say(tr("edition {year} imported: {projects} projects, {jurors} jurors, {scores} scores",
                year=report.year, **format_counts(report.counts)))
        return 0


def cmd_edition_export(args: argparse.Namespace) -> int:
    from yansenne.exchange.workbook import export_edition

    with open_db(args) as db:
        path = export_edition(db, args.year, Path(args.output))
        say(tr("edition {year} written to {file}", year=args.year, file=path))
        return 0


def cmd_scores_import(args: argparse.Namespace) -> int:
    from yansenne.exchange.records import import_scores

    with open_db(args) as db:
        report = import_scores(db, args.year, Path(args.file), stage=args.stage)
        warn(report.warnings)
        say(tr("scores: {added} added, {changed} changed, {unchanged} unchanged",
                **format_counts(report.counts)))
        return 0


def cmd_rank(args: argparse.Namespace) -> int:
    from yansenne.domain import ranking
    from yansenne.reports import standings

    with open_db(args) as db:
        result = ranking.rank_edition(db, args.year, method=args.method, trim=args.trim,
                                      category=args.category, stage=args.stage)
        render = {"json": standings.as_json_text, "csv": standings.as_csv,
                  "table": standings.as_table}[args.format]
        text = render(result)
        print(text, end="" if text.endswith("\n") else "\n")
        return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from yansenne.store.backup import backup_to

    with open_db(args) as db:
        path = backup_to(db, Path(args.output))
        say(tr("backup written to {file}", file=path))
        return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from yansenne.paths import default_database
    from yansenne.store.backup import restore_from
    from yansenne.store.database import is_url, sqlite_file

    target = args.db or default_database()
    if is_url(target) and not target.startswith("sqlite"):
        raise InputError(Problem(tr("backup and restore work on a SQLite database; for a "
                                    "server, use its own tools (pg_dump, pg_restore)")))
    target = sqlite_file(target)
    # The current database is not opened first: a damaged one must be restorable.
    safety = restore_from(Path(target), Path(args.file))
    open_db(args).close()  # reopen: brings an older copy's schema up to date
    if safety is None:
        say(tr("database restored from {file}", file=args.file))
    else:
        say(tr("database restored from {file}; the previous state was saved to {safety}",
                file=args.file, safety=safety))
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from yansenne.store.database import SCHEMA_HEAD

    with open_db(args) as db, alone(db, True):  # opening migrates (after a backup copy)
        pass
    say(tr("the database schema is up to date ({revision})", revision=SCHEMA_HEAD))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add every command to the parser."""
    p = sub.add_parser("demo", help=tr("load the demo edition shipped with the program"))
    p.add_argument("--replace", action="store_true",
                   help=tr("replace the edition if it already exists"))
    p.add_argument("--staged", action="store_true",
                   help=tr("load next year's demo edition, run in stages, instead"))
    p.add_argument("--synthetic", action="store_true",
                   help=tr("generate a large reproducible edition instead"))
    p.add_argument("--year", type=year_argument, default=2030)
    p.add_argument("--projects", type=int, default=30)
    p.add_argument("--jurors", type=int, default=9)
    p.add_argument("--criteria", type=int, default=4)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    edition = sub.add_parser("edition", help=tr("list, create, import and export editions"))
    esub = edition.add_subparsers(dest="edition_command", metavar=tr("command"), required=True)
    p = esub.add_parser("list", help=tr("the editions in the database"))
    p.set_defaults(handler=cmd_edition_list)
    edition_commands.register_edition_create(esub)
    p = esub.add_parser("import", help=tr("read an edition workbook"))
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--replace", action="store_true",
                   help=tr("replace the edition if it already exists"))
    p.set_defaults(handler=cmd_edition_import)
    p = esub.add_parser("export", help=tr("write an edition workbook"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_edition_export)

    projects = sub.add_parser("projects", help=tr("candidate projects"))
    psub = projects.add_subparsers(dest="projects_command", metavar=tr("command"), required=True)
    edition_commands.register_projects_import(psub)

    scores = sub.add_parser("scores", help=tr("jurors' scores"))
    ssub = scores.add_subparsers(dest="scores_command", metavar=tr("command"), required=True)
    p = ssub.add_parser("import", help=tr("add or replace scores from .xlsx or .csv"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--stage", metavar="CODE",
                   help=tr("the stage of rows without one (default: the open stage)"))
    p.set_defaults(handler=cmd_scores_import)

    p = sub.add_parser("rank", help=tr("the ranking of an edition"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--category", metavar="CODE", help=tr("only this category"))
    p.add_argument("--method", metavar="M",
                   help=LaterText(method_help))  # type: ignore[arg-type]
    p.add_argument("--trim", type=int, metavar="K", help=tr("K of the trimmed mean"))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--stage", metavar="CODE",
                   help=tr("rank this stage on its own marks (default: the open stage)"))
    p.set_defaults(handler=cmd_rank)

    p = sub.add_parser("backup", help=tr("write a consistent copy of the database"))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help=tr("replace the database with a backup copy"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    dbp = sub.add_parser("db", help=tr("database maintenance"))
    dsub = dbp.add_subparsers(dest="db_command", metavar=tr("command"), required=True)
    p = dsub.add_parser("upgrade", help=tr("migrate the database schema to this version"))
    p.set_defaults(handler=cmd_db_upgrade)


