"""A process that keeps committing one kind of change and says so after each commit,
to be killed at a random moment by test_kill_loops.py.

    python -m tests.robustness.kill_driver DB MODE

MODE: `import` (the demo edition workbook again and again, with --replace),
`score` (one juror's marks through the juror desk), `deliberation` (decisions,
then votes of every present juror, one commit each). Each acknowledged commit is
printed as `ack ...` only after the commit returned.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

from yansenne.domain import deliberation as D
from yansenne.domain.juror_desk import JurorDesk
from yansenne.exchange.workbook import import_edition
from yansenne.paths import demo_workbook
from yansenne.store.opening import open_database

YEAR = 2026


def ack(*parts: object) -> None:
    print("ack", *parts, flush=True)


def run_import(db_path: str) -> None:
    db = open_database(db_path)
    for n in itertools.count():
        actor = f"kill-{os.getpid()}-{n}"  # unique across the killed runs
        import_edition(db, demo_workbook(), replace=True, actor=actor)
        ack(actor)


def run_score(db_path: str) -> None:
    db = open_database(db_path)
    desk = JurorDesk.open(db, YEAR, "J02")
    grid = desk.load(desk.categories()[0].category.code)
    cells = [(p.id, c.id) for p in grid.projects if p.id not in grid.conflicts
             for c in grid.criteria]
    for n in itertools.count():
        project, criterion = cells[n % len(cells)]
        value = float(n % 21) / 2
        mark = desk.set_mark(project, criterion, value)
        ack(project, criterion, value, mark.revision if mark else 0)


def run_deliberation(db_path: str) -> None:
    db = open_database(db_path)
    with db.write() as session:
        proposal = D.propose(session, YEAR)
        drafts = [D.DecisionDraft(award, project, citation_fr="Citation.",
                                  citation_nl="Motivering.")
                  for award, project in proposal_awards(proposal)]
        D.save_decisions(session, YEAR, drafts, actor="kill")
    ack("decisions", len(drafts))
    with db.read() as session:
        jurors = [j.code for j in D.find_edition(session, YEAR).jurors
                  if j.role != "observer"]
    choices = ("for", "against", "abstain")
    for n in itertools.count():
        juror = jurors[n % len(jurors)]
        subject = drafts[n % len(drafts)].subject
        choice = choices[n % 3]
        with db.write() as session:
            D.cast_vote(session, YEAR, juror, subject, choice, actor="kill")
        ack(juror, subject, choice)


def proposal_awards(proposal: D.Proposal) -> list[tuple[str, str]]:
    """(award, project) of the proposal's prizes."""
    return [(p.award, p.project) for p in proposal.prizes]


if __name__ == "__main__":
    db_file, mode = sys.argv[1], sys.argv[2]
    Path(db_file).parent.mkdir(parents=True, exist_ok=True)
    {"import": run_import, "score": run_score, "deliberation": run_deliberation}[mode](db_file)
