"""The headless commands of spec/cli.md, each a small function over the core."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from yansenne.errors import InputError, Problem
from yansenne.i18n import pick, tr
from yansenne.reports.text import format_table
from yansenne.store.database import Database, open_database


def _db(args: argparse.Namespace, *, upgrade: bool = True) -> Database:
    from yansenne.paths import default_database

    return open_database(args.db or default_database(), upgrade=upgrade)


@contextmanager
def _alone(db: Database, replacing: bool) -> Iterator[None]:
    """Hold the database alone while a command replaces an edition or the whole file:
    refused (exit 2, nothing changed) while a desk or another command has it open."""
    if not replacing:
        yield
        return
    with db.exclusive():
        yield


def _say(text: str) -> None:
    print(text)


def _warn(warnings: list[Problem]) -> None:
    import sys

    for warning in warnings:
        print(tr("warning: {problem}", problem=str(warning)), file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    from yansenne.exchange.workbook import import_edition

    with _db(args) as db, _alone(db, args.replace):
        if args.synthetic:
            from yansenne.synthetic import build_synthetic

            counts = build_synthetic(db, year=args.year, projects=args.projects,
                                     jurors=args.jurors, criteria=args.criteria, seed=args.seed,
                                     replace=args.replace)
            _say(tr("synthetic edition {year}: {projects} projects, {jurors} jurors, "
                    "{scores} scores", year=args.year, **counts))
            return 0
        from yansenne.paths import demo_workbook

        report = import_edition(db, demo_workbook(), replace=args.replace, actor="demo")
        _warn(report.warnings)
        _say(tr("demo edition {year} loaded: {projects} projects, {jurors} jurors, "
                "{scores} scores", year=report.year, **report.counts))
        return 0


def cmd_edition_list(args: argparse.Namespace) -> int:
    from yansenne.store.models import Edition, Juror, Project, Score

    with _db(args) as db:
        with db.read() as session:
            editions = session.scalars(select(Edition).order_by(Edition.year)).all()
            rows = []
            for edition in editions:
                projects = session.scalar(select(func.count(Project.id))
                                          .where(Project.edition_id == edition.id))
                jurors = session.scalar(select(func.count(Juror.id))
                                        .where(Juror.edition_id == edition.id))
                scores = session.scalar(select(func.count(Score.id)).join(Project)
                                        .where(Project.edition_id == edition.id))
                rows.append((str(edition.year), pick(edition, "name"), str(projects),
                             str(jurors), str(scores)))
        if not rows:
            _say(tr("no edition yet: load one with 'yansenne edition import FILE.xlsx' or "
                    "'yansenne demo'"))
            return 0
        head = (tr("year"), tr("name"), tr("projects"), tr("jurors"), tr("scores"))
        _say(format_table(head, rows, numeric={0, 2, 3, 4}))
        return 0


def cmd_edition_import(args: argparse.Namespace) -> int:
    from yansenne.exchange.workbook import import_edition

    with _db(args) as db, _alone(db, args.replace):
        report = import_edition(db, Path(args.file), replace=args.replace)
        _warn(report.warnings)
        _say(tr("edition {year} imported: {projects} projects, {jurors} jurors, {scores} scores",
                year=report.year, **report.counts))
        return 0


def cmd_edition_export(args: argparse.Namespace) -> int:
    from yansenne.exchange.workbook import export_edition

    with _db(args) as db:
        path = export_edition(db, args.year, Path(args.output))
        _say(tr("edition {year} written to {file}", year=args.year, file=path))
        return 0


def cmd_projects_import(args: argparse.Namespace) -> int:
    from yansenne.exchange.records import import_projects

    with _db(args) as db:
        report = import_projects(db, args.year, Path(args.file))
        _warn(report.warnings)
        _say(tr("projects: {added} added, {changed} changed, {unchanged} unchanged",
                **report.counts))
        return 0


def cmd_scores_import(args: argparse.Namespace) -> int:
    from yansenne.exchange.records import import_scores

    with _db(args) as db:
        report = import_scores(db, args.year, Path(args.file))
        _warn(report.warnings)
        _say(tr("scores: {added} added, {changed} changed, {unchanged} unchanged",
                **report.counts))
        return 0


def cmd_rank(args: argparse.Namespace) -> int:
    from yansenne.reports import standings

    with _db(args) as db:
        with db.read() as session:
            ranking = standings.compute(session, args.year, method=args.method, trim=args.trim,
                                        category=args.category)
        render = {"json": standings.as_json_text, "csv": standings.as_csv,
                  "table": standings.as_table}[args.format]
        text = render(ranking)
        print(text, end="" if text.endswith("\n") else "\n")
        return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from yansenne.store.backup import backup_to

    with _db(args) as db:
        path = backup_to(db, Path(args.output))
        _say(tr("backup written to {file}", file=path))
        return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from yansenne.paths import default_database
    from yansenne.store.backup import restore_from
    from yansenne.store.database import is_url

    target = args.db or default_database()
    if is_url(target) and not target.startswith("sqlite"):
        raise InputError(Problem(tr("backup and restore work on a SQLite database; for a "
                                    "server, use its own tools (pg_dump, pg_restore)")))
    if is_url(target):
        from sqlalchemy.engine import make_url

        target = make_url(target).database or target
    # The current database is not opened first: a damaged one must be restorable.
    safety = restore_from(Path(target), Path(args.file))
    _db(args).close()  # reopen: brings an older copy's schema up to date
    if safety is None:
        _say(tr("database restored from {file}", file=args.file))
    else:
        _say(tr("database restored from {file}; the previous state was saved to {safety}",
                file=args.file, safety=safety))
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from yansenne.store.database import SCHEMA_HEAD

    with _db(args) as db, _alone(db, True):  # opening migrates (after a backup copy)
        pass
    _say(tr("the database schema is up to date ({revision})", revision=SCHEMA_HEAD))
    return 0


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{value} is not a year", value=text)) from None


def register(sub: argparse._SubParsersAction) -> None:
    """Add every command to the parser."""
    p = sub.add_parser("demo", help=tr("load the demo edition shipped with the program"))
    p.add_argument("--replace", action="store_true",
                   help=tr("replace the edition if it already exists"))
    p.add_argument("--synthetic", action="store_true",
                   help=tr("generate a large reproducible edition instead"))
    p.add_argument("--year", type=_year, default=2030)
    p.add_argument("--projects", type=int, default=30)
    p.add_argument("--jurors", type=int, default=9)
    p.add_argument("--criteria", type=int, default=4)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    edition = sub.add_parser("edition", help=tr("list, import and export editions"))
    esub = edition.add_subparsers(dest="edition_command", metavar=tr("command"), required=True)
    p = esub.add_parser("list", help=tr("the editions in the database"))
    p.set_defaults(handler=cmd_edition_list)
    p = esub.add_parser("import", help=tr("read an edition workbook"))
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--replace", action="store_true",
                   help=tr("replace the edition if it already exists"))
    p.set_defaults(handler=cmd_edition_import)
    p = esub.add_parser("export", help=tr("write an edition workbook"))
    p.add_argument("year", type=_year, metavar="YEAR")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_edition_export)

    projects = sub.add_parser("projects", help=tr("candidate projects"))
    psub = projects.add_subparsers(dest="projects_command", metavar=tr("command"), required=True)
    p = psub.add_parser("import", help=tr("add or update projects from .xlsx or .csv"))
    p.add_argument("year", type=_year, metavar="YEAR")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_projects_import)

    scores = sub.add_parser("scores", help=tr("jurors' scores"))
    ssub = scores.add_subparsers(dest="scores_command", metavar=tr("command"), required=True)
    p = ssub.add_parser("import", help=tr("add or replace scores from .xlsx or .csv"))
    p.add_argument("year", type=_year, metavar="YEAR")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_scores_import)

    p = sub.add_parser("rank", help=tr("the ranking of an edition"))
    p.add_argument("year", type=_year, metavar="YEAR")
    p.add_argument("--category", metavar="CODE", help=tr("only this category"))
    p.add_argument("--method", metavar="M",
                   help=tr("aggregation method (default: the edition's): {methods}",
                           methods="mean, median, trimmed, zscore, ranksum|borda, majority, "
                                   "schulze"))
    p.add_argument("--trim", type=int, metavar="K", help=tr("K of the trimmed mean"))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(handler=cmd_rank)

    p = sub.add_parser("backup", help=tr("write a consistent copy of the database"))
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help=tr("replace the database with a backup copy"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    from yansenne.cli import ceremony_commands, offline_commands, spreadsheet_commands

    for module in (ceremony_commands, spreadsheet_commands, offline_commands):
        module.register(sub)

    dbp = sub.add_parser("db", help=tr("database maintenance"))
    dsub = dbp.add_subparsers(dest="db_command", metavar=tr("command"), required=True)
    p = dsub.add_parser("upgrade", help=tr("migrate the database schema to this version"))
    p.set_defaults(handler=cmd_db_upgrade)


