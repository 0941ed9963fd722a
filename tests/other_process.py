"""Another process on the same database, as a second desk would be: it opens the
database (taking its share of the lock file) and holds it until told to go."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD = ("import sys\n"
        "from yansenne.store.opening import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
        "db.close()\n")


@contextmanager
def held_open(path: Path) -> Iterator[None]:
    """While the block runs, another process has `path` open."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        yield
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)
