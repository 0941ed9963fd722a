"""What every command shares: opening the database, holding it alone, speaking, years."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from yansenne.errors import Problem
from yansenne.i18n import tr
from yansenne.store.database import Database
from yansenne.store.opening import open_database


def open_db(args: argparse.Namespace, *, upgrade: bool = True) -> Database:
    from yansenne.paths import default_database

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


def say(text: str) -> None:
    print(text)


def warn(warnings: list[Problem]) -> None:
    for warning in warnings:
        print(tr("warning: {problem}", problem=str(warning)), file=sys.stderr)


def year_argument(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{value} is not a year", value=text)) from None
