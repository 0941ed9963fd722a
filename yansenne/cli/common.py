"""What every command shares: opening the database, holding it alone, speaking, years.

Cheap to import: building the parser for `--version` or `--help` must not load
SQLAlchemy, so the store is imported only when a command opens the database.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from yansenne.errors import Problem
from yansenne.i18n import tr

if TYPE_CHECKING:
    from yansenne.store.database import Database


def open_db(args: argparse.Namespace, *, upgrade: bool = True) -> Database:
    from yansenne.paths import default_database
    from yansenne.store.opening import open_database

    return open_database(args.db or default_database(), upgrade=upgrade)


@contextmanager
def alone(db: Database, replacing: bool) -> Iterator[None]:
    """Hold the database alone while a command replaces an edition or the whole file:
    refused (exit 2, nothing changed) while a desk or another command has it open."""
    if not replacing:
        yield
        return
    with db.exclusive():
        yield


def argparse_word(text: str) -> str:
    """argparse's own words ("usage:", "options", its errors) in the user's language:
    argparse asks gettext, for which no catalogue is shipped, so it asks here instead."""
    words = {
        "usage: ": tr("usage: "),
        "positional arguments": tr("positional arguments"),
        "options": tr("options"),
        "show this help message and exit": tr("show this help message and exit"),
        "show program's version number and exit": tr("show program's version number and exit"),
        "%(prog)s: error: %(message)s\n": tr("%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": tr("argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s":
            tr("the following arguments are required: %s"),
        "unrecognized arguments: %s": tr("unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            tr("invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": tr("invalid %(type)s value: %(value)r"),
        "expected one argument": tr("expected one argument"),
        "one of the arguments %s is required": tr("one of the arguments %s is required"),
        "not allowed with argument %s": tr("not allowed with argument %s"),
    }
    return words.get(text, text)


argparse._ = argparse_word  # type: ignore[attr-defined]  # read by argparse at each use


def say(text: str) -> None:
    print(printable(text, sys.stdout))


def warn_line(text: str) -> None:
    """One warning on stderr, as the stream can write it."""
    print(printable(text, sys.stderr), file=sys.stderr)


def warn(warnings: list[Problem]) -> None:
    for warning in warnings:
        print(printable(tr("warning: {problem}", problem=str(warning)), sys.stderr),
              file=sys.stderr)


def printable(text: str, stream: TextIO) -> str:
    """`text` as the stream can write it: French typography's narrow no-break space and
    the true minus become their plain forms where the encoding lacks them (a Windows
    console redirected to a file writes Windows-1252)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
        return text
    except (UnicodeEncodeError, LookupError):
        plain = text.replace("\u202f", "\u00a0").replace("\u2212", "-")
        try:
            return plain.encode(encoding, "replace").decode(encoding)
        except LookupError:
            return plain


class LaterText:
    """A help text written only when the help is shown: a `--method` help lists the
    ranking methods, whose catalogue lives in the scoring package (numpy and all), which
    building the parser for any other command must not import."""

    def __init__(self, write: Callable[[], str]) -> None:
        self._write = write

    def __str__(self) -> str:
        return self._write()

    def __bool__(self) -> bool:
        return True

    def strip(self) -> str:  # argparse asks `action.help.strip()`
        return str(self).strip()

    def __mod__(self, values: object) -> str:  # argparse expands `%(default)s` and kin
        return str(self) % values


def method_help() -> str:
    """The help of `--method`, naming every method the command line accepts."""
    from yansenne.scoring import catalogue

    return tr("aggregation method (default: the edition's): {methods}",
              methods=catalogue.choices())


def year_argument(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{value} is not a year", value=text)) from None
