"""`yansenne publish YEAR -o FILE.csv|.xlsx|.json`: the public results (spec/cli.md, issue 19).

One row per laureate or mention of a locked deliberation, for the Region's website and
its yearly list of subsidies granted. Refused (exit 2, nothing written) when the
extension is none of the three, when the output's folder does not exist or cannot be
written, when the edition is unknown and when its deliberation is not locked. The rows
are the domain's (`yansenne.domain.public_results`), the files the exchange's
(`yansenne.exchange.public_results`, whose docstring says what each format holds).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from yansenne.cli.common import open_db, say, year_argument
from yansenne.i18n import tr


def cmd_publish(args: argparse.Namespace) -> int:
    from yansenne.domain.public_results import read_public_results
    from yansenne.exchange.public_results import check_output, write_public_results

    output = Path(args.output)
    check_output(output)  # the extension and the folder, before the database is opened
    with open_db(args) as db:
        rows = read_public_results(db, args.year)
    write_public_results(args.year, rows, output)
    say(tr("public results of edition {year} written to {file} ({count} rows)",
           year=args.year, file=output, count=len(rows)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `publish` to the parser."""
    p = sub.add_parser("publish", help=tr("the public results of a locked edition (open data: "
                                          ".csv, .xlsx or .json)"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|.xlsx|.json")
    p.set_defaults(handler=cmd_publish)
