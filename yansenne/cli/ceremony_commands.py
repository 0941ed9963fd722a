"""The ceremony commands of spec/cli.md: `dossier` and `minutes`; `register` adds them."""

from __future__ import annotations

import argparse
from pathlib import Path

from yansenne.cli.common import open_db, say, year_argument
from yansenne.errors import InputError, Problem
from yansenne.i18n import language, tr


def _write(args: argparse.Namespace, allowed: tuple[str, ...], kind: str) -> int:
    """Check the language and the folder first, then build the document."""
    from yansenne.files import check_writable_target
    from yansenne.reports.dossier_frame import check_language

    default = language() if language() in allowed else allowed[0]
    lang = args.document_lang or default
    check_language(lang, allowed)
    output = Path(args.output)
    check_writable_target(output)  # a folder or a read-only file: refused before any work
    if not output.parent.exists():
        raise InputError(Problem(tr("no folder {folder} to write {file} in",
                                    folder=output.parent, file=output.name)))
    if args.sign:  # the key's files and secret before any work: nothing written if refused
        from yansenne.cli.sign_commands import check_key_files, credentials
        from yansenne.reports import signing

        check_key_files(args)
        key = credentials(args)
        with signing.opened_signer(key):  # a wrong password or PIN: refused, nothing written
            pass
    with open_db(args) as db:
        if args.sign:
            from yansenne.domain.lookup import is_locked

            if not is_locked(db, args.year):
                raise InputError(Problem(tr("only the documents of a locked deliberation are "
                                            "signed; lock edition {year} first",
                                            year=args.year)))
        if kind == "dossier":
            from yansenne.reports.dossier import write_dossier

            pages = write_dossier(db, args.year, lang, output)
            say(tr("dossier of edition {year} written to {file} ({pages} pages)",
                    year=args.year, file=output, pages=pages))
        else:
            from yansenne.reports.minutes import write_minutes

            pages = write_minutes(db, args.year, lang, output)
            say(tr("minutes of edition {year} written to {file} ({pages} pages)",
                    year=args.year, file=output, pages=pages))
    if args.sign:
        from yansenne.reports import signing

        name = signing.sign(output, key, juror=args.juror)
        say(tr("{file} signed in field {field}", file=output, field=name))
    return 0


def cmd_dossier(args: argparse.Namespace) -> int:
    from yansenne.reports.ceremony_data import DOSSIER_LANGUAGES

    return _write(args, DOSSIER_LANGUAGES, "dossier")


def cmd_minutes(args: argparse.Namespace) -> int:
    from yansenne.reports.ceremony_data import MINUTES_LANGUAGES

    return _write(args, MINUTES_LANGUAGES, "minutes")


def register(sub: argparse._SubParsersAction) -> None:
    """Add `dossier` and `minutes` to the parser."""
    p = sub.add_parser("dossier", help=tr("the ceremony dossier (PDF)"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    # A dest of its own: the global --lang (messages) stays what it was.
    p.add_argument("--lang", dest="document_lang", metavar="fr|nl|en|fr+nl",
                   help=tr("language of the document (default: that of the messages)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _sign_options(p)
    p.set_defaults(handler=cmd_dossier)

    p = sub.add_parser("minutes", help=tr("the minutes of the jury's deliberation (PDF)"))
    p.add_argument("year", type=year_argument, metavar="YEAR")
    p.add_argument("--lang", dest="document_lang", metavar="fr|nl",
                   help=tr("language of the document (default: that of the messages, else French)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _sign_options(p)
    p.set_defaults(handler=cmd_minutes)


def _sign_options(p: argparse.ArgumentParser) -> None:
    """`--sign` and the key options of `sign`: the document is written, then signed."""
    from yansenne.cli.sign_commands import add_key_arguments

    p.add_argument("--sign", action="store_true",
                   help=tr("sign the document once written (with the options of `sign`)"))
    add_key_arguments(p, required=False)
