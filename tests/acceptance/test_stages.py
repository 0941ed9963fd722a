"""The Stages page of a staged edition, used from the keyboard as a person does, in Dutch.

The staged call of tests/cli (edition 2027: a screening stage "Ontvankelijkheid", a first
round "Eerste ronde" of three readers per project, a final) is imported with the command
line; the desk is started on it with `--lang nl` and reached its last page, Fasen, by
keys only: Alt+E (the label "&Editie:" of the edition switcher), Tab (the list of pages),
End (its last item). There the eligibility decisions are taken with the page's buttons by
their mnemonics, the reason typed into the dialog, a dialog left with Escape, a decision
undone with Ctrl+Z; each is checked in the database file from outside the program. Then,
with the desk still open, commands in a terminal decide the rest, promote the screening
and allocate the readers of the first round; the desk's stage switcher ("&Fase:") is
moved to "Eerste ronde" by keys and must show the new readers; Ctrl+Z on a decision of
the screening promoted meanwhile is refused. The desk closes with status 0 and leaves a
sound file. A second test starts the Dutch desk afresh and checks that its window fits
on the screen. Screenshots of each step go to the run's folder.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.acceptance.desktop import (
    Desk,
    DeskError,
    Window,
    XSession,
    cli,
    describe_status,
    integrity,
    off_screen,
    query,
    wait_until,
)
from tests.acceptance.test_results_uncertainty import steady
from tests.cli.test_stage_commands import staged_call

pytestmark = pytest.mark.acceptance

Launch = Callable[..., Desk]
Shot = Callable[[str], Path]
YEAR = "2027"
INELIGIBLE = ("P09", "P22")
REASON = "Begroting boven het plafond"
# The mnemonics of the Dutch desk (resources/translations/yansenne_nl.ts).
EDITION = "alt+e"  # "&Editie:", the label of the edition switcher in the toolbar
STAGE = "alt+f"  # "&Fase:", the label of the Stages page's switcher
ELIGIBLE = "alt+k"  # "Ontvan&kelijk"
NOT_ELIGIBLE = "alt+n"  # "&Niet ontvankelijk…"
WATCH_POLL = 2.2  # s: a little more than the desk's look at its file (POLL_MS)


# -- looking from outside ----------------------------------------------------------------

def decision(db: Path, project: str) -> list[tuple[object, str]]:
    """The eligibility row of `project` in the file ([] when none): [(eligible, reason)]."""
    return query(db, "SELECT s.eligible, coalesce(s.reason, '') FROM screenings s "
                     "JOIN projects p ON p.id = s.project_id WHERE p.code = ?", project)


def undecided(db: Path, project: str) -> bool:
    """No decision for `project`: no row, or a row without a verdict."""
    return all(eligible is None for eligible, _reason in decision(db, project))


def readings(db: Path, stage: str = "round1") -> int:
    return query(db, "SELECT count(*) FROM allocations a JOIN stages s ON s.id = a.stage_id "
                     "WHERE s.code = ?", stage)[0][0]


def first_lines(text: str, count: int = 3) -> str:
    """The start of a long message (a refused file names every row)."""
    lines = text.splitlines()
    more = f"\n… and {len(lines) - count} more lines" if len(lines) > count else ""
    return "\n".join(lines[:count]) + more


def new_window(desk: Desk, what: str, timeout: float = 10) -> Window:
    """A window of the desk's other than its main one (a dialog it opened)."""
    return desk.wait_window(lambda w: desk.main is not None and w.id != desk.main.id,
                            timeout, what)


def write_screening(path: Path) -> Path:
    """Every project of the call decided, as the secretariat's sheet: P09 and P22 not
    eligible (with a reason), the others eligible."""
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["project", "stage", "eligible", "reason"])
        for n in range(1, 29):
            code = f"P{n:02d}"
            out = code in INELIGIBLE
            writer.writerow([code, "eligibility", "no" if out else "yes",
                             "Budget above the ceiling" if out else ""])
    return path


# -- the keys ------------------------------------------------------------------------------

def go_to_stages(x: XSession, desk: Desk) -> None:
    """Alt+E focuses the edition switcher, Tab the list of pages, End its last: Fasen."""
    desk.activate()
    x.key(EDITION)
    x.key("Tab")
    x.key("End")


def focus_screening_table(x: XSession, desk: Desk) -> None:
    """Alt+F (the stage switcher), then Tab past "Naar de volgende fase overgaan…" into
    the table of decisions (the summary table above it takes no focus)."""
    desk.activate()
    x.key(STAGE)
    x.key("Tab", "Tab")


def test_screening_then_commands_elsewhere_on_the_stages_page(
        x: XSession, launch: Launch, home: Path, tmp_path: Path, shot: Shot) -> None:
    """(1) Screening by keys, each decision checked in the file while the desk runs;
    (2) `stage list`, `screening import`, `stage promote` and `assign` in a terminal while
    the desk is open, the first round then shown in the desk after Alt+F Home Down, and
    Ctrl+Z on the now promoted screening refused with a message, the file untouched;
    (3) Ctrl+Q: exit status 0 and a sound database."""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "yansenne.sqlite"
    imported = cli(x, home, db, "edition", "import", str(staged_call(tmp_path)))
    assert imported.returncode == 0, imported.stderr
    assert all(undecided(db, p) for p in ("P01", "P02", "P03"))

    desk = launch(db, "--lang", "nl")
    start = steady(x, desk)
    shot("1-start")

    # -- (1) screening from the keyboard --------------------------------------------------
    go_to_stages(x, desk)
    stages = steady(x, desk)
    desk.assert_alive("opening the Stages page")
    assert stages != start, "Alt+E Tab End did not change the page shown"
    shot("2-stages-page")

    focus_screening_table(x, desk)
    x.key("ctrl+Home")  # the first row: P01
    x.key(ELIGIBLE)
    wait_until(lambda: decision(db, "P01") == [(1, "")], 10,
               f"P01 eligible in the file after {ELIGIBLE}; it holds {decision(db, 'P01')}")
    shot("3-P01-eligible")

    focus_screening_table(x, desk)  # the button took the focus: back to the table
    x.key("Down")  # P02
    x.key(NOT_ELIGIBLE)
    dialog = new_window(desk, "the reason dialog for P02")
    desk.activate(dialog)
    x.key("ctrl+a")  # whatever the field held, replaced by the typed reason
    x.type(REASON)
    shot("4-P02-reason")
    x.key("Return")
    desk.wait_no_window(lambda w: w.id == dialog.id, 10, "the reason dialog")
    wait_until(lambda: decision(db, "P02") == [(0, REASON)], 10,
               f"P02 not eligible with its reason; the file holds {decision(db, 'P02')}")
    assert decision(db, "P01") == [(1, "")]

    focus_screening_table(x, desk)
    x.key("Down")  # P03
    x.key(NOT_ELIGIBLE)
    dialog = new_window(desk, "the reason dialog for P03")
    desk.activate(dialog)
    x.type("nooit bewaard")
    shot("5-P03-dialog")
    x.key("Escape")
    desk.wait_no_window(lambda w: w.id == dialog.id, 10, "the reason dialog after Escape")
    assert desk.others(desk.main) == [], f"windows left after Escape: {desk.windows()}"
    time.sleep(0.5)  # a write, had Escape made one, would be in the file by now
    assert undecided(db, "P03"), f"Escape wrote a decision for P03: {decision(db, 'P03')}"
    assert decision(db, "P02") == [(0, REASON)]

    desk.activate()
    x.key("ctrl+z")  # undo the last step: P02 not eligible
    wait_until(lambda: undecided(db, "P02"), 10,
               f"P02 undecided after Ctrl+Z; the file holds {decision(db, 'P02')}")
    desk.assert_alive("after Ctrl+Z")
    assert decision(db, "P01") == [(1, "")], "Ctrl+Z undid more than the last step"
    screening = steady(x, desk)
    shot("6-after-undo")

    # -- (2) commands in a terminal while the desk is open --------------------------------
    listed = cli(x, home, db, "stage", "list", YEAR)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[1].split()[:4] == [
        "eligibility", "Eligibility", "screening", "open"], listed.stdout
    early = cli(x, home, db, "assign", YEAR, "--seed", "3")
    # While the screening is open no project has reached the first round: assign names
    # the first round and allocates nothing.
    assert early.returncode == 0, early.stderr
    assert early.stdout.splitlines()[-1] == \
        "stage round1: 0 readings allocated, 3 per project", early.stdout
    assert readings(db) == 0
    decided = cli(x, home, db, "screening", "import", YEAR,
                  str(write_screening(tmp_path / "screening.csv")))
    assert decided.returncode == 0, first_lines(decided.stderr)
    promoted = cli(x, home, db, "stage", "promote", YEAR, "eligibility")
    assert promoted.returncode == 0, promoted.stderr
    assigned = cli(x, home, db, "assign", YEAR, "--seed", "3")
    assert assigned.returncode == 0, assigned.stderr
    assert assigned.stdout.splitlines()[-1] == \
        "stage round1: 78 readings allocated, 3 per project", assigned.stdout
    assert readings(db) == 26 * 3
    desk.assert_alive("after the commands in the terminal")

    try:  # the desk looks at the file every 2 s (yansenne/ui/database_watch.py POLL_MS)
        wait_until(lambda: x.pixels(desk.main.id) != screening, 10, "the desk to redraw")
        time.sleep(WATCH_POLL)  # one more look of the watch: the last command seen too
    except DeskError:
        pass
    elsewhere = steady(x, desk)  # what the desk made of the changes, unasked
    shot("7-after-commands")
    desk.activate()
    x.key(STAGE)
    x.key("Home", "Down")  # Ontvankelijkheid, then Eerste ronde
    matrix = steady(x, desk)
    desk.assert_alive("showing the first round")
    shot("8-first-round")
    assert matrix != screening, "the stage switcher still shows the screening"
    seen_by_itself = elsewhere != screening
    if not seen_by_itself:
        # The desk did not notice the commands: what a person then does is F5 (Herladen).
        desk.activate()
        x.key("F5")
        reloaded = steady(x, desk)
        shot("8b-after-F5")
        assert reloaded != screening
    assert seen_by_itself, ("the desk did not show the commands' changes by itself "
                            "(it watches the file): only F5 did")

    # The steps of the desk still on its undo stack touch a stage promoted since then:
    # Ctrl+Z must be refused (a message says why) and change nothing in the file.
    audit = query(db, "SELECT count(*) FROM audit_log")[0][0]
    desk.activate()
    x.key("ctrl+z")
    refusal = new_window(desk, "the refusal of Ctrl+Z on the promoted screening")
    shot("9-undo-refused")
    desk.assert_alive("after Ctrl+Z on a promoted stage")
    assert decision(db, "P01") == [(1, "")], "Ctrl+Z changed a promoted stage's decision"
    assert query(db, "SELECT count(*) FROM audit_log")[0][0] == audit
    desk.activate(refusal)
    x.key("Escape")
    desk.wait_no_window(lambda w: w.id == refusal.id, 10, "the refusal message")

    # -- (3) close --------------------------------------------------------------------------
    status = desk.close()
    assert status == 0, f"the desk closed with {describe_status(status)}:\n{desk.output()}"
    assert integrity(db) == "ok"
    assert readings(db) == 78
    assert decision(db, "P01") == [(1, "")]


def test_the_dutch_desk_fits_the_screen(x: XSession, launch: Launch, home: Path,
                                        tmp_path: Path, shot: Shot) -> None:
    """Started for the first time in Dutch on the staged call, on the suite's 1400x900
    screen, on the Stages page: the window lies within the screen, so that the Promote
    button ("Naar de volgende fase overgaan…", at the page's right edge) and the status
    bar can be seen and clicked. The desk sizes itself to 90 % of the screen on a first
    start (main_window.py, _first_run_geometry); a page wider than that widens it."""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "yansenne.sqlite"
    imported = cli(x, home, db, "edition", "import", str(staged_call(tmp_path)))
    assert imported.returncode == 0, imported.stderr
    desk = launch(db, "--lang", "nl")
    steady(x, desk)
    go_to_stages(x, desk)
    steady(x, desk)
    shot("stages")
    assert desk.main is not None
    cut_off = off_screen(x, desk.main, "the desk's window")
    status = desk.close()
    assert status == 0, f"the desk closed with {describe_status(status)}:\n{desk.output()}"
    assert not cut_off, cut_off
