"""Crash safety: a process committing imports, marks or deliberation votes is killed
with SIGKILL at random moments, many times over the same database. After every kill
the database opens, passes `PRAGMA integrity_check`, and holds every change the
process acknowledged (it prints `ack` only after its commit returned)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from yansenne.cli.main import main
from yansenne.store.opening import open_database

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("YANSENNE_KILL_SEED", "2026"))


def kill_after_some_acks(db: Path, mode: str, rng: random.Random) -> list[list[str]]:
    """Start the driver, let it commit for a random while, SIGKILL it; its acks."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.robustness.kill_driver", str(db), mode],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()  # it is committing: now pick the moment
    assert first.startswith("ack"), process.stderr.read() if process.stderr else first
    time.sleep(rng.uniform(0.05, 0.8))
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate(timeout=30)
    # A line SIGKILL cut short (no newline yet) was never a whole acknowledgement.
    lines = [first, *out.splitlines(keepends=True)]
    return [line.split()[1:] for line in lines
            if line.startswith("ack") and line.endswith("\n")]


def sound(db: Path) -> sqlite3.Connection:
    """The killed database opens with the program and passes the integrity check."""
    open_database(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return conn


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "kill.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def test_killed_imports_leave_a_whole_edition(demo: Path) -> None:
    rng = random.Random(SEED)
    for _ in range(4):
        acks = kill_after_some_acks(demo, "import", rng)
        conn = sound(demo)
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM projects), (SELECT count(*) FROM scores), "
            "(SELECT count(*) FROM editions)").fetchone()
        assert counts == (28, 768, 1)  # never half an edition
        last = acks[-1][0]  # the last acknowledged import is the one in place, or older
        assert conn.execute("SELECT count(*) FROM audit_log WHERE actor = ?",
                            (last,)).fetchone() == (1,)
        conn.close()


def test_killed_scoring_keeps_every_acknowledged_mark(demo: Path) -> None:
    rng = random.Random(SEED + 1)
    for _ in range(6):
        acks = kill_after_some_acks(demo, "score", rng)
        conn = sound(demo)
        last: dict[tuple[int, int], tuple[float, int]] = {}
        for project, criterion, value, revision in acks:
            last[(int(project), int(criterion))] = (float(value), int(revision))
        juror = conn.execute("SELECT id FROM jurors WHERE code = 'J02'").fetchone()[0]
        for (project, criterion), (value, revision) in last.items():
            row = conn.execute(
                "SELECT value, revision FROM scores WHERE juror_id = ? AND project_id = ? "
                "AND criterion_id = ?", (juror, project, criterion)).fetchone()
            assert row is not None and row[1] >= revision
            if row[1] == revision:
                assert row[0] == value
        conn.close()


def test_killed_deliberation_keeps_every_acknowledged_vote(demo: Path) -> None:
    rng = random.Random(SEED + 2)
    for _ in range(4):
        acks = kill_after_some_acks(demo, "deliberation", rng)
        conn = sound(demo)
        assert conn.execute("SELECT count(*) FROM decisions").fetchone() == (3,)
        for juror, subject, _choice in (a for a in acks if a[0] != "decisions"):
            assert conn.execute(
                "SELECT count(*) FROM votes v JOIN jurors j ON j.id = v.juror_id "
                "WHERE j.code = ? AND v.subject = ?", (juror, subject)).fetchone() == (1,)
        conn.close()
