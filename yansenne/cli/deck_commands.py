"""`yansenne slides YEAR -o FILE.pptx|FILE.pdf`: the ceremony deck (spec/cli.md, issue 19).

16:9 slides, French and Dutch on each whatever `--lang` (which sets only the
messages): the title, the nominees of each category, then the awards revealed from
the last to the first. `.pptx` for the secretariat to retouch in PowerPoint or
LibreOffice, `.pdf` drawn by the program itself. A draft mark stands on every slide
until the deliberation is locked. Refused (exit 2, nothing written) for another
extension, a folder that does not exist or cannot be written, an unknown edition.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from yansenne.cli.common import open_db, say, year_argument
from yansenne.errors import InputError, Problem
from yansenne.i18n import tr

FORMATS = (".pptx", ".pdf")


def check_output(output: Path) -> str:
    """The format (`.pptx` or `.pdf`) of `output`, checked with its folder before any work."""
    from yansenne.files import check_writable_target

    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(Problem(tr("the deck is written as .pptx or .pdf, not {extension}",
                                    extension=output.suffix or tr("a name without extension")),
                                 file=str(output)))
    check_writable_target(output)
    if not output.parent.exists():
        raise InputError(Problem(tr("no folder {folder} to write {file} in",
                                    folder=output.parent, file=output.name)))
    return suffix


def cmd_slides(args: argparse.Namespace) -> int:
    from yansenne.domain.deck_facts import read_ceremony
    from yansenne.reports.deck_content import deck_of

    output = Path(args.output)
    suffix = check_output(output)
    with open_db(args) as db:
        data = read_ceremony(db, args.year)
    deck = deck_of(data)
    if suffix == ".pptx":
        from yansenne.reports.deck_pptx import write_deck_pptx

        slides = write_deck_pptx(deck, output)
    else:
        from yansenne.reports.deck_pdf import write_deck_pdf

        slides = write_deck_pdf(deck, output)
    say(tr("ceremony slides of edition {year} written to {file} ({slides} slides)",
           year=args.year, file=output, slides=slides))
    if not deck.locked:
        say(tr("the deliberation is not locked yet: every slide carries the draft mark"))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `slides` to the parser."""
    p = sub.add_parser("slides", help=tr("the ceremony slides, in French and Dutch "
                                         "(.pptx or .pdf)"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pptx|FILE.pdf")
    p.set_defaults(handler=cmd_slides)
