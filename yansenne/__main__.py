"""The `yansenne` program: a command runs in the terminal, no command opens the desk.

The one place that knows both the command line and the desk, so that neither imports
the other (and the commands never load Qt).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from yansenne.cli.main import parse, run


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        return run(args)
    from yansenne.paths import default_database
    from yansenne.ui.app import run as open_desk

    return open_desk(args.db or default_database(), lang=args.lang, screenshot=args.screenshot)


if __name__ == "__main__":
    raise SystemExit(main())
