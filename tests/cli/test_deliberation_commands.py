"""`yansenne deliberation propose|lock|reopen` (spec/cli.md, "The lock"): what only needs
confirming is named and refused (exit 2) unless --force; what blocks is refused
whatever --force says; the database is left as it was when refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.cli.conftest import Run
from tests.factories import build_small_edition
from yansenne.domain import deliberation as D
from yansenne.store.models import Assignment, Edition
from yansenne.store.opening import open_database

YEAR = 2026


@pytest.fixture
def small(db_path: Path) -> Path:
    db = open_database(db_path)
    build_small_edition(db)
    db.close()
    return db_path


def locked_at(db_path: Path) -> object:
    db = open_database(db_path)
    try:
        with db.read() as s:
            return s.scalars(select(Edition.locked_at)).one()
    finally:
        db.close()


def test_propose_then_lock_names_what_it_passes_over(run: Run, small: Path) -> None:
    result = run("deliberation", "propose", "2026")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["prize 1: P04", "prize 2: P03", "prize 3: P05",
                                       "3 draft decisions recorded for edition 2026"]
    refused = run("deliberation", "lock", "2026")
    assert refused.code == 2
    assert "Anne Dupont (J1) has not submitted their scores" in refused.err_lines
    assert "prize 1 (P04): the French citation is missing" in refused.err_lines
    assert refused.err_lines[-1] == ("the deliberation of edition 2026 is not locked; add "
                                     "--force to lock it all the same")
    assert locked_at(small) is None
    forced = run("deliberation", "lock", "2026", "--force")
    assert forced.code == 0, forced.err
    assert forced.out.startswith("deliberation of edition 2026 locked; fingerprint ")
    assert "warning: Anne Dupont (J1) has not submitted their scores" in forced.err_lines
    assert locked_at(small) is not None
    again = run("deliberation", "lock", "2026", "--force")
    assert (again.code, again.err_lines) == (2, ["edition 2026 is already locked"])
    assert run("deliberation", "reopen", "2026", "--reason", "A late conflict").code == 0
    assert locked_at(small) is None


def test_a_blocking_problem_is_refused_even_with_force(run: Run, small: Path) -> None:
    db = open_database(small)
    try:
        with db.write() as s:
            D.save_decisions(s, YEAR, [D.DecisionDraft("1", "P03", citation_fr="a",
                                                       citation_nl="b", justification="x")],
                             actor="t")
            s.execute(update(Assignment).values(submitted_at=D.utcnow()))
            edition = D.find_edition(s, YEAR)
            edition.decisions[0].justification = ""  # emptied behind the domain's back
    finally:
        db.close()
    result = run("deliberation", "lock", "2026", "--force")
    assert result.code == 2
    assert result.err_lines == [
        "prize 1 (P03): departs from the proposal without a justification"]
    assert locked_at(small) is None
