"""A juror's marks survive the program being killed: every mark acknowledged before a
SIGKILL is in the database afterwards, and the database is sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.factories import YEAR, build_small_edition
from tests.ui.helpers import ROOT
from yansenne.store.opening import open_database

ACKS_BEFORE_KILL = 60
TIMEOUT_S = 60


def test_every_acknowledged_mark_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite"
    db = open_database(path)
    build_small_edition(db)
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.juror.kill_driver", str(path), str(YEAR), "J3"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    acknowledged: dict[tuple[str, str], tuple[float, int]] = {}
    count = 0
    deadline = time.monotonic() + TIMEOUT_S
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("ACK "):
                _ack, project, criterion, value, revision = line.split()
                acknowledged[(project, criterion)] = (float(value), int(revision))
                count += 1
                if count >= ACKS_BEFORE_KILL:
                    break
            assert time.monotonic() < deadline, "the driver is too slow"
        process.send_signal(signal.SIGKILL)  # mid-way: it is typing the next marks
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert count == ACKS_BEFORE_KILL

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {(p, c): (v, r) for p, c, v, r in conn.execute(
            "SELECT p.code, c.code, s.value, s.revision FROM scores s "
            "JOIN projects p ON p.id = s.project_id JOIN criteria c ON c.id = s.criterion_id "
            "JOIN jurors j ON j.id = s.juror_id WHERE j.code = 'J3'")}
    for cell, (value, revision) in acknowledged.items():
        assert cell in stored, f"acknowledged mark {cell} lost"
        stored_value, stored_revision = stored[cell]
        # The kill may land after a later commit of the same cell and before its line.
        assert stored_revision >= revision, f"{cell}: revision {revision} lost"
        if stored_revision == revision:
            assert stored_value == value, f"{cell}: {value} lost"
    # The marks went through the store: one audit entry per acknowledged change at least.
    with sqlite3.connect(path) as conn:
        (entries,) = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'score.set'").fetchone()
    assert entries >= ACKS_BEFORE_KILL
