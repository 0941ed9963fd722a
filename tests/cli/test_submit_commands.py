"""`scores submit`: a juror's scores submitted from a terminal, what is missing listed,
refusals with exit 2 and the database unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select

from tests.cli.conftest import Run
from tests.factories import build_small_edition
from yansenne.store.models import Assignment, Juror, Project, Score
from yansenne.store.opening import open_database


@pytest.fixture
def secretariat(db_path: Path) -> Path:
    db = open_database(db_path)
    build_small_edition(db)
    with db.write() as s:  # J3 leaves P05 unscored
        j3 = s.scalars(select(Juror.id).where(Juror.code == "J3")).one()
        p05 = s.scalars(select(Project.id).where(Project.code == "P05")).one()
        s.execute(delete(Score).where(Score.juror_id == j3, Score.project_id == p05))
    db.close()
    return db_path


def submitted(db_path: Path, juror: str) -> list[bool]:
    db = open_database(db_path)
    try:
        with db.read() as s:
            return [a.submitted_at is not None for a in s.scalars(
                select(Assignment).join(Juror).where(Juror.code == juror)
                .order_by(Assignment.category_id))]
    finally:
        db.close()


def test_scores_submit_submits_every_category_and_lists_what_is_missing(
        run: Run, secretariat: Path) -> None:
    done = run("scores", "submit", "2026", "--juror", "J3")
    assert done.code == 0, done.err
    assert done.out == "scores of juror J3 submitted in citizens, police; 4 marks missing\n"
    assert done.err_lines == ["warning: J3, category citizens, project P05: not scored on "
                              "relevance, collaboration, innovation, methodology"]
    assert submitted(secretariat, "J3") == [True, True]
    again = run("scores", "submit", "2026", "--juror", "J3")
    assert (again.code, again.err_lines) == (
        2, ["the scores of juror J3 are already submitted in every category"])


def test_scores_submit_in_french_with_the_final_stage(run: Run, secretariat: Path) -> None:
    done = run("--lang", "fr", "scores", "submit", "2026", "--juror", "J1", "--stage", "final")
    assert done.code == 0, done.err
    assert done.out == ("notes du membre du jury J1 envoyées en citizens, police\u202f; "
                        "0 notes manquantes\n")
    assert submitted(secretariat, "J1") == [True, True]


@pytest.mark.parametrize(("args", "message"), [
    (("--juror", "J1", "--stage", "preselection"),
     "unknown stage preselection: this edition has one stage, final"),
    (("--juror", "ZZ"), "unknown juror ZZ"),
    (("--juror", "OB"), "juror OB is an observer and does not score"),
])
def test_scores_submit_refusals(run: Run, secretariat: Path, args: tuple[str, ...],
                                message: str) -> None:
    done = run("scores", "submit", "2026", *args)
    assert (done.code, done.err_lines) == (2, [message])
    assert submitted(secretariat, "J1") == [False, False]
