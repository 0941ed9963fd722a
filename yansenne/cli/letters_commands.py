"""`letters YEAR -o DIR [--language fr|nl|en] [--merged FILE.pdf]` (spec/cli.md).

One PDF a candidate project, `DIR/CODE.pdf`, in the project's language unless
`--language` forces one (the global `--lang` sets only the messages); `--merged`
also writes them all in one PDF for printing. Refused with exit status 2, before
anything is written, for an unknown edition, an unknown language, or a place that
cannot be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from yansenne.cli.common import open_db, say, warn, year_argument
from yansenne.errors import InputError, Problem
from yansenne.i18n import LANGUAGES, tr


def cmd_letters(args: argparse.Namespace) -> int:
    from yansenne.domain.letter_facts import read_letters
    from yansenne.reports.letters import check_letter_language, write_letters

    language = args.letter_language
    check_letter_language(language)
    folder = Path(args.output).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InputError(Problem(tr("this is a file, not a folder: give a folder for the "
                                    "letters"), file=str(folder)))
    _refuse_over_database(args)
    with open_db(args) as db:
        facts = read_letters(db, args.year)
    if not facts.letters:
        raise InputError(Problem(tr("edition {year} has no candidate project: no letter to "
                                    "write", year=args.year)))
    written = write_letters(facts, folder, language=language, merged=args.merged)
    if written.missing_remedies:
        warn([Problem(tr("the edition has no remedies paragraph in {languages}: those "
                         "letters were printed without one (set it on the Edition page)",
                         languages=", ".join(written.missing_remedies)))])
    say(tr("{count} letters of edition {year} written to {folder} ({pages} pages)",
           count=len(written.files), year=args.year, folder=folder, pages=written.pages))
    if written.merged is not None:
        say(tr("all the letters in one file: {file}", file=written.merged))
    if not facts.locked:
        say(tr("the deliberation is not locked: the letters are marked as drafts"))
    return 0


def _refuse_over_database(args: argparse.Namespace) -> None:
    """`--merged` naming the database file would destroy it (the rule of `-o`)."""
    from yansenne.cli.main import _refuse_over_database as refuse

    refuse(args, args.merged)


def register(sub: argparse._SubParsersAction) -> None:
    """Add `letters` to the parser."""
    p = sub.add_parser("letters", help=tr("the letters to the candidates (one PDF a project)"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help=tr("folder for the letters (made if missing)"))
    # A dest of its own: the global --lang (messages) stays what it was.
    p.add_argument("--language", dest="letter_language", metavar="|".join(LANGUAGES),
                   help=tr("language of every letter (default: each project's language)"))
    p.add_argument("--merged", metavar="FILE.pdf",
                   help=tr("also write every letter in this one PDF, for printing"))
    p.set_defaults(handler=cmd_letters)
