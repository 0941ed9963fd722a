"""The `yansenne` program: a command runs in the terminal, no command opens the desk.

The one place that knows both the command line and the desk, so that neither imports
the other (and the commands never load Qt).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

from yansenne.i18n import LANGUAGES, default_language, set_language

#: What a double-click hands over (spec/cli.md): `yansenne FILE.yansenne` opens the
#: juror package, `yansenne FILE.ballot` the desk with that ballot ready to collect.
OPENED_SUFFIXES = (".yansenne", ".ballot")


def opened_file(argv: Sequence[str]) -> tuple[Path | None, list[str]]:
    """The file given as the only word that is not an option (a double-click's
    `yansenne FILE`), and the arguments without it; (None, argv) for anything else, so
    that a command named like a file still reaches the parser and its message."""
    words = [i for i, arg in enumerate(argv) if not arg.startswith("-")
             and not (i > 0 and argv[i - 1] in ("--db", "--lang", "--screenshot"))]
    if len(words) != 1 or Path(argv[words[0]]).suffix.lower() not in OPENED_SUFFIXES:
        return None, list(argv)
    rest = [arg for i, arg in enumerate(argv) if i != words[0]]
    return Path(argv[words[0]]), rest


#: The desk's own options, each with its value: all a start of the desk is given.
DESK_OPTIONS = ("--db", "--lang", "--screenshot")


def desk_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """The desk's options, read without the commands' parser when they are all the
    command line holds (importing and building that parser, argparse with it, was a
    tenth of the desk's start). None for anything else (a command, --help, a value
    missing or not allowed), which the parser reads and, if need be, refuses with its
    own message."""
    values: dict[str, str | None] = dict.fromkeys(DESK_OPTIONS)
    rest = list(argv)
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if option not in DESK_OPTIONS:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        if option == "--lang" and value not in LANGUAGES:  # each one, as the parser
            return None
        values[option] = value
    return SimpleNamespace(command=None, db=values["--db"], lang=values["--lang"],
                           screenshot=values["--screenshot"])  # the parser's names


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    file, arguments = opened_file(arguments)
    args = desk_arguments(arguments)
    if args is not None:
        set_language(args.lang or default_language())  # as `parse` does
    else:
        from yansenne.cli.main import parse, run

        args = parse(arguments)
        if args.command is not None:
            return run(args)
    from yansenne.paths import default_database

    if file is not None:
        refusal = _refuse_missing(file)
        if refusal:
            return refusal
    from yansenne.ui.app import run as open_desk

    if file is not None and file.suffix.lower() == ".yansenne":
        return open_desk(str(file), lang=args.lang, screenshot=args.screenshot)
    return open_desk(args.db or default_database(), lang=args.lang, screenshot=args.screenshot,
                     open_file=file)


def _refuse_missing(file: Path) -> int:
    """A file that is not there (a stale shortcut, a typo) is said as the command line
    says a refusal, before any window opens: exit status 2."""
    if file.is_file():
        return 0
    from yansenne.i18n import tr

    print(f"{file}: " + tr("no such file"), file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
