"""The spreadsheet commands of spec/cli.md: the results workbook and jurors' scoresheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from yansenne.cli.common import LaterText, method_help, open_db, say, year_argument
from yansenne.i18n import format_counts, language, tr


def cmd_results_export(args: argparse.Namespace) -> int:
    from yansenne.reports.results_workbook import export_results

    with open_db(args) as db:
        path = export_results(db, args.year, Path(args.output), method=args.method,
                              lang=language(), stage=args.stage)
        say(tr("results of edition {year} written to {file}", year=args.year, file=path))
        return 0


def cmd_scoresheet_export(args: argparse.Namespace) -> int:
    from yansenne.domain.submission import require_open_stage
    from yansenne.exchange.scoresheet_export import export_scoresheet

    with open_db(args) as db:
        require_open_stage(db, args.year, args.stage)
        path = export_scoresheet(db, args.year, args.juror, Path(args.output))
        say(tr("scoresheet of juror {juror} written to {file}", juror=args.juror, file=path))
        return 0


def cmd_scoresheet_import(args: argparse.Namespace) -> int:
    from yansenne.exchange.scoresheet_import import import_scoresheet

    with open_db(args) as db:
        report = import_scoresheet(db, args.year, Path(args.file))
        say(tr("scoresheet of juror {juror} imported: {added} added, {changed} changed, "
                "{unchanged} unchanged, {comments} comments", juror=report.juror,
                **format_counts(report.counts)))
        return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `results export`, `scoresheet export` and `scoresheet import`."""
    results = sub.add_parser("results", help=tr("the secretariat's results workbook"))
    rsub = results.add_subparsers(dest="results_command", metavar=tr("command"), required=True)
    p = rsub.add_parser("export", help=tr("write the results workbook of an edition"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--method", metavar="M",
                   help=LaterText(method_help))  # type: ignore[arg-type]
    p.add_argument("--stage", metavar="CODE",
                   help=tr("rank this stage on its own marks (default: the open stage)"))
    p.set_defaults(handler=cmd_results_export)

    sheet = sub.add_parser("scoresheet", help=tr("Excel scoresheets for jurors"))
    ssub = sheet.add_subparsers(dest="scoresheet_command", metavar=tr("command"), required=True)
    p = ssub.add_parser("export", help=tr("write one juror's scoresheet"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--juror", required=True, metavar="CODE", help=tr("the juror's code"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--stage", metavar="CODE",
                   help=tr("the stage (default: the open stage; without stages, final)"))
    p.set_defaults(handler=cmd_scoresheet_export)
    p = ssub.add_parser("import", help=tr("read a filled scoresheet back"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("file", metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_scoresheet_import)
