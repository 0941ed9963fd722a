"""`yansenne`: no command opens the desktop application; a command runs headless.

Exit status (spec/cli.md): 0 done; 2 the input was refused, every problem on
stderr as `FILE: sheet S, row N, column C: what is wrong` and the database left
as it was; 1 an unexpected error. This module never imports Qt: `yansenne.__main__`
opens the desk when no command is given.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from collections.abc import Sequence

from yansenne import __version__
from yansenne.cli import (
    ceremony_commands,
    commands,
    deck_commands,
    deliberation_commands,
    letters_commands,
    offline_commands,
    publish_commands,
    sign_commands,
    spreadsheet_commands,
    stage_commands,
    submit_commands,
)
from yansenne.errors import InputError, Problem, YansenneError
from yansenne.i18n import LANGUAGES, default_language, set_language, tr


def _language_from(argv: Sequence[str]) -> str:
    """`--lang` is needed before the parser exists, to translate its own help."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            return arg.split("=", 1)[1]
    return default_language()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yansenne",
        description=tr("The jury desk of the David Yansenne prize. Without a command, opens "
                       "the application."),
    )
    # Its help given: Python 3.11's argparse never asks for a translation of its own.
    parser.add_argument("--version", action="version", version=f"Yansenne {__version__}",
                        help=tr("show program's version number and exit"))
    parser.add_argument("--db", metavar="TARGET",
                        help=tr("SQLite file, juror package or SQLAlchemy URL (default: "
                                "$YANSENNE_DB, else yansenne.sqlite in the user's data folder)"))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=tr("language of messages and documents"))
    parser.add_argument("--screenshot", metavar="FILE.png", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar=tr("command"))
    for module in (commands, ceremony_commands, deliberation_commands, spreadsheet_commands,
                   offline_commands, stage_commands, publish_commands, deck_commands,
                   letters_commands, sign_commands):
        module.register(sub)
    submit_commands.register(sub)  # into `scores`, beside `scores import`
    return parser


def _refuse_output_over_database(args: argparse.Namespace) -> None:
    """`-o` (or `--rejects`) naming the database or one of its side files would destroy it."""
    for name in ("output", "rejects"):
        _refuse_over_database(args, getattr(args, name, None))


def _refuse_over_database(args: argparse.Namespace, output: str | None) -> None:
    if not output:
        return
    from pathlib import Path

    from yansenne.files import same_file
    from yansenne.paths import default_database
    from yansenne.store.database import is_url
    from yansenne.store.guard import GATE_SUFFIX, LOCK_SUFFIX

    target = str(args.db or default_database())
    if is_url(target):
        return
    database = Path(target).expanduser().resolve()
    written = Path(output).expanduser().resolve()
    # as the disk sees names: `-o Prix.sqlite` is `prix.sqlite` on Windows and macOS
    if any(same_file(written, database.with_name(database.name + suffix))
           for suffix in ("", "-wal", "-shm", "-journal", LOCK_SUFFIX, GATE_SUFFIX)):
        raise InputError(Problem(tr("this would overwrite the database itself; choose "
                                    "another file"), file=str(output)))


def _refused(lines: list[str], error: BaseException) -> int:
    """Say why the command was refused (exit status 2), then let go of what it left half
    done: a workbook cut short by a full disk still holds open streams, whose own
    complaints on being closed would follow the real cause and bury it."""
    for line in lines:
        print(line, file=sys.stderr)
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        seen: set[int] = set()
        current: BaseException | None = error
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            current.__traceback__ = None  # the frames, and what they held, go now
            current = current.__cause__ or current.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook
    return 2


def _database_refusal(args: argparse.Namespace, error: Exception) -> YansenneError | None:
    """A SQLite failure that reached here (a full or read-only disk, a database held by
    another program, a damaged page) as a refusal naming the database file; None for
    anything else."""
    from pathlib import Path

    from yansenne.paths import default_database
    from yansenne.store.database import is_url, sqlite_file, sqlite_refusal

    target = str(getattr(args, "db", None) or default_database())
    if is_url(target) and not target.startswith("sqlite"):
        return None
    return sqlite_refusal(error, Path(sqlite_file(target)).expanduser().resolve())


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, after choosing the language their help and errors are written in."""
    set_language(_language_from(argv))
    return build_parser().parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (`yansenne.__main__` opens the desk when none is given)."""
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        print(tr("a command is needed here; `yansenne` alone opens the application"),
              file=sys.stderr)
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run the parsed command: 0 done, 2 refused with the database unchanged, 1 a bug."""
    try:
        _refuse_output_over_database(args)
        return args.handler(args) or 0
    except InputError as error:
        return _refused([str(problem) for problem in error.problems], error)
    except YansenneError as error:
        return _refused([str(error)], error)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `yansenne rank 2026 | head`: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:  # a full or read-only disk, a permission, a folder for a file
        from yansenne.files import os_refusal

        return _refused([str(problem) for problem in os_refusal(error).problems], error)
    except Exception as error:
        refusal = _database_refusal(args, error)
        if refusal is not None:  # the database's disk or another program, not a bug
            return _refused([str(refusal)], error)
        # the last resort: say it was not the user's fault
        print(tr("unexpected error; please report it with the text below:"), file=sys.stderr)
        traceback.print_exc()
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
