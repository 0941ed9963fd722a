"""The acceptance suite's world: one X server with openbox for the run, a demo database
made with the command line, and desks started as separate processes.

Missing X tools skip the suite on a workstation (with the reason) but fail it in CI
(`CI=true`): a CI machine that silently skips would prove nothing. The screenshots of
every scenario go to one folder, printed at the end of the run:
`$YANSENNE_ACCEPTANCE_SHOTS`, else `acceptance-screenshots` under pytest's basetemp.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.acceptance.desktop import (
    Desk,
    DeskError,
    XSession,
    cli,
    connect,
    missing_tools,
    x_session,
)

SHOTS_KEY = pytest.StashKey[Path]()
REPORT_KEY = pytest.StashKey[dict[str, pytest.TestReport]]()
YEAR = 2026


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Keep each phase's report on the item: the desks' teardown screenshots failures."""
    outcome = yield
    report = outcome.get_result()
    item.stash.setdefault(REPORT_KEY, {})[report.when] = report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    shots = terminalreporter.config.stash.get(SHOTS_KEY, None)
    if shots is not None and shots.exists() and any(shots.iterdir()):
        terminalreporter.write_line(f"acceptance screenshots: {shots}/")


@pytest.fixture(scope="session")
def screenshots(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("YANSENNE_ACCEPTANCE_SHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.getbasetemp() / "acceptance-screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    request.config.stash[SHOTS_KEY] = folder.resolve()
    return folder.resolve()


@pytest.fixture(scope="session")
def x(screenshots: Path) -> Iterator[XSession]:
    """Xvfb 1400x900 with openbox, for the whole run."""
    missing = missing_tools()
    if missing:
        reason = ("the acceptance tests need " + ", ".join(missing) + " (Debian: openbox "
                  "xdotool imagemagick x11-utils xvfb; `make system` installs them)")
        if _in_ci():
            pytest.fail(reason + "; in CI they must be installed", pytrace=False)
        pytest.skip(reason)
    with x_session(screenshots) as session:
        yield session


@pytest.fixture(scope="session")
def demo_template(x: XSession, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo edition 2026, loaded once by `yansenne demo` (copied for each test)."""
    folder = tmp_path_factory.mktemp("demo-template")
    db = folder / "demo.sqlite"
    result = cli(x, folder / "home", db, "demo")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The desk's own HOME and XDG folders: settings never leak between tests."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database in its own folder (the desk's files beside it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "yansenne.sqlite"
    with connect(demo_template) as source, contextlib.closing(sqlite3.connect(db)) as copy:
        source.backup(copy)  # a whole, consistent copy, whatever journal it had
    return db


def _test_name(request: pytest.FixtureRequest) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)


@pytest.fixture
def shot(request: pytest.FixtureRequest, x: XSession) -> Callable[[str], Path]:
    """shot("end") saves the screen as <test name>-end.png in the screenshot folder."""
    name = _test_name(request)
    return lambda label: x.screenshot(f"{name}-{label}")


@pytest.fixture
def launch(request: pytest.FixtureRequest, x: XSession, home: Path,
           tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """launch(db) starts `yansenne --lang en --db DB` and waits for its window.

    At the end, a failed test's screen is saved, then any desk still running is killed."""
    desks: list[Desk] = []

    def start(db: Path, *args: str, home_dir: Path | None = None) -> Desk:
        desk = Desk(x, db, home_dir or home, tmp_path / f"desk-{len(desks) + 1}.log")
        desks.append(desk)
        return desk.start(*args)

    yield start
    reports = request.node.stash.get(REPORT_KEY, {})
    failed = any(report.failed for report in reports.values())
    if failed and any(desk.alive() for desk in desks):
        with contextlib.suppress(Exception):
            x.screenshot(f"{_test_name(request)}-failed")
    for desk in desks:
        if desk.alive():
            with contextlib.suppress(DeskError, OSError):
                desk.kill()


@pytest.fixture
def year() -> int:
    return YEAR
