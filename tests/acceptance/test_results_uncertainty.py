"""The Results page of a desk in French, on the demo, showing how sure each place is.

The desk runs as a person starts it, on a real X server: Ctrl+8 opens the Results
page (it computes the ranking as it opens), Alt+U its Uncertainty tab (the chart of
P(first) and P(top 3) and the places in words). The screenshots go to the run's
folder with the others, for a person to look at.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.acceptance.desktop import Desk, XSession, describe_status, wait_until

pytestmark = pytest.mark.acceptance

Launch = Callable[..., Desk]
Shot = Callable[[str], Path]


def steady(x: XSession, desk: Desk, settle: float = 0.5, timeout: float = 30) -> bytes:
    """The desk alone on the screen and drawn: its pixels once two looks agree."""
    assert desk.main is not None
    wait_until(lambda: not desk.others(desk.main), timeout, "the desk alone on the screen")
    previous = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(settle)
        current = x.pixels(desk.main.id)
        if current == previous:
            return current
        previous = current
    raise AssertionError("the desk never stopped changing")


def test_the_results_page_shows_how_sure_each_place_is(x: XSession, launch: Launch,
                                                       demo_db: Path, shot: Shot) -> None:
    desk = launch(demo_db, "--lang", "fr")
    desk.activate()
    x.key("ctrl+8")  # Résultats
    ranking = steady(x, desk)
    desk.assert_alive("opening the Results page")
    shot("results")
    desk.activate()
    x.key("alt+u")  # Incertit&ude
    chart = steady(x, desk)
    desk.assert_alive("opening the Uncertainty tab")
    assert chart != ranking, "Alt+U did not change what the Results page shows"
    path = shot("uncertainty")
    assert path.stat().st_size > 0
    status = desk.close()
    assert status == 0, f"the desk closed with {describe_status(status)}:\n{desk.output()}"
