"""Using the real program as a person does, from outside its process.

An X server (Xvfb) with a window manager (openbox); the program started as
`yansenne --db FILE` in its own process, with its own home folder; keys and text
through `xdotool` (the XTEST extension: the same path as a keyboard); windows found
by their process and name; screenshots with ImageMagick's `import`; the database read
with fresh `sqlite3` connections of the test, never through the program's widgets.

Nothing here sleeps blindly when something can be watched: `wait_until` polls a
condition up to a deadline.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

SCREEN = "1400x900x24"
# Xvfb, its window manager, the keyboard, the screenshots (ImageMagick's import and
# convert), and a look at the root window's properties (to know the window manager is up).
TOOLS = ("Xvfb", "openbox", "xdotool", "import", "convert", "xprop")
START_TIMEOUT = 30.0  # the desk's first window (a cold start on a slow CI machine)
CLOSE_TIMEOUT = 20.0
POLL = 0.05


class DeskError(AssertionError):
    """The program did not do what a person would have seen it do."""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_until(condition: Callable[[], T], timeout: float, what: str,
               interval: float = POLL) -> T:
    """Poll `condition` until it returns something true; its value, or DeskError."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise DeskError(f"after {timeout:.1f} s: {what}")
        time.sleep(interval)


# -- the X session ---------------------------------------------------------------------

@dataclass
class XSession:
    """One X display with its window manager; runs X clients against it."""

    display: str
    shots: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XAUTHORITY")}
        env["DISPLAY"] = self.display
        env.update(extra)
        return env

    def run(self, *args: str, timeout: float = 15, check: bool = True) -> str:
        result = subprocess.run(list(args), env=self.env(), capture_output=True, text=True,
                                timeout=timeout, check=False)
        if check and result.returncode != 0:
            raise DeskError(f"{' '.join(args)} failed ({result.returncode}): "
                            f"{result.stderr.strip()}")
        return result.stdout

    def xdotool(self, *args: str, timeout: float = 15, check: bool = True) -> str:
        return self.run("xdotool", *args, timeout=timeout, check=check)

    # -- input -----------------------------------------------------------------------
    def key(self, *keys: str, delay_ms: int = 15) -> None:
        """Press and release each key (xdotool names: ctrl+j, Return, Prior, F5...)."""
        self.xdotool("key", "--delay", str(delay_ms), *keys)

    def type(self, text: str, delay_ms: int = 15) -> None:
        self.xdotool("type", "--delay", str(delay_ms), text)

    # -- windows ---------------------------------------------------------------------
    def window_name(self, window: int) -> str:
        return self.xdotool("getwindowname", str(window), check=False).strip()

    def active_window(self) -> int | None:
        out = self.xdotool("getactivewindow", check=False).strip()
        return int(out) if out.isdigit() else None

    def activate(self, window: int, timeout: float = 5) -> None:
        """Give `window` the focus through the window manager, as a click on it would."""
        deadline = time.monotonic() + timeout
        while True:
            self.xdotool("windowactivate", str(window), check=False)
            with contextlib.suppress(DeskError):
                wait_until(lambda: self.active_window() == window, 1.0,
                           f"window {window} active")
                return
            if time.monotonic() >= deadline:
                raise DeskError(f"window {window} ({self.window_name(window)!r}) "
                                "never became active")

    def raise_window(self, window: int) -> None:
        self.xdotool("windowraise", str(window), check=False)

    # -- pictures --------------------------------------------------------------------
    def screenshot(self, name: str) -> Path:
        """The whole screen as `name`.png in the run's screenshot folder."""
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{name}.png"
        self.run("import", "-window", "root", str(path), timeout=30)
        return path

    def pixels(self, window: int | str = "root") -> bytes:
        """A window's pixels as they are on the screen now (PPM: no dates, comparable)."""
        result = subprocess.run(["import", "-window", str(window), "ppm:-"], env=self.env(),
                                capture_output=True, timeout=30, check=False)
        if result.returncode != 0:
            raise DeskError(f"import -window {window}: {result.stderr.decode().strip()}")
        return result.stdout

    def save(self, pixels: bytes, name: str) -> Path:
        """Pixels taken with `pixels()` saved as `name`.png beside the screenshots."""
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{name}.png"
        subprocess.run(["convert", "ppm:-", str(path)], input=pixels, check=True, timeout=30)
        return path


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def x_session(shots: Path, screen: str = SCREEN) -> Iterator[XSession]:
    """Xvfb on a free display number (it picks it: -displayfd), openbox on it."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    manager: subprocess.Popen[bytes] | None = None
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise DeskError("Xvfb did not report a display number")
        session = XSession(f":{number}", shots)
        manager = subprocess.Popen(["openbox", "--sm-disable"], env=session.env(),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: "window id" in session.run(
            "xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False)
            or manager.poll() is not None, 15, "openbox to manage the screen")
        if manager.poll() is not None:
            raise DeskError(f"openbox exited with status {manager.returncode}")
        yield session
    finally:
        if manager is not None:
            _stop(manager)
        _stop(server)


# -- the program -----------------------------------------------------------------------

def yansenne_command() -> list[str]:
    """The installed `yansenne` of this interpreter's environment (the real entry point)."""
    script = Path(sys.executable).parent / "yansenne"
    if script.exists():
        return [str(script)]
    found = shutil.which("yansenne")
    return [found] if found else [sys.executable, "-m", "yansenne"]


def private_env(x: XSession, home: Path) -> dict[str, str]:
    """DISPLAY of our X server, no QT_QPA_PLATFORM, a home and settings of its own."""
    folders = {"HOME": home, "XDG_CONFIG_HOME": home / ".config",
               "XDG_DATA_HOME": home / ".local" / "share", "XDG_CACHE_HOME": home / ".cache",
               "XDG_STATE_HOME": home / ".local" / "state", "XDG_RUNTIME_DIR": home / "run",
               "TMPDIR": home / "tmp"}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    (home / "run").chmod(0o700)
    return x.env(**{k: str(v) for k, v in folders.items()}, LANG="C.UTF-8",
                 LC_ALL="C.UTF-8", PYTHONFAULTHANDLER="1", YANSENNE_DB="")


def cli(x: XSession, home: Path, db: Path, *args: str,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`yansenne --lang en --db DB ARGS...` in its own process, as from a terminal."""
    return subprocess.run([*yansenne_command(), "--lang", "en", "--db", str(db), *args],
                          env=private_env(x, home), cwd=db.parent, capture_output=True,
                          text=True, timeout=timeout, check=False)


@dataclass(frozen=True)
class Window:
    id: int
    name: str


class Desk:
    """One running `yansenne --db FILE`: its windows, keys to it, and how it ended."""

    def __init__(self, x: XSession, db: Path, home: Path, log: Path) -> None:
        self.x, self.db, self.home, self.log = x, db, home, log
        self.process: subprocess.Popen[bytes] | None = None
        self.main: Window | None = None

    # -- life ------------------------------------------------------------------------
    def start(self, *args: str) -> Desk:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            log.write(f"--- start {time.strftime('%H:%M:%S')}\n".encode())
            self.process = subprocess.Popen(
                [*yansenne_command(), "--lang", "en", "--db", str(self.db), *args],
                env=private_env(self.x, self.home), cwd=self.db.parent,
                stdout=log, stderr=subprocess.STDOUT)
        self.main = self.wait_window(lambda w: True, START_TIMEOUT, "the desk's window")
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def returncode(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def output(self, lines: int = 40) -> str:
        """The end of what the program printed (a crash's traceback lands here)."""
        try:
            text = self.log.read_text(errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def ended(self, timeout: float) -> int | None:
        assert self.process is not None
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def close(self, timeout: float = CLOSE_TIMEOUT) -> int:
        """Quit as a person does (Ctrl+Q on the desk's window); its exit status.

        Killed, and DeskError, when it does not end within `timeout`."""
        if not self.alive():
            return self.returncode  # type: ignore[return-value]
        assert self.main is not None
        with contextlib.suppress(DeskError):
            self.x.activate(self.main.id)
            self.x.key("ctrl+q")
        status = self.ended(timeout)
        if status is None:
            windows = self.windows()
            self.x.screenshot(f"{self.log.stem}-did-not-close")
            self.kill()
            raise DeskError(f"the desk did not close within {timeout} s after Ctrl+Q; "
                            f"windows: {windows}")
        return status

    def kill(self, sig: int = signal.SIGKILL) -> int:
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout=30)

    def assert_alive(self, doing: str) -> None:
        if not self.alive():
            raise DeskError(f"the desk ended ({describe_status(self.returncode)}) {doing}:\n"
                            f"{self.output()}")

    # -- windows ---------------------------------------------------------------------
    def windows(self) -> list[Window]:
        """The program's visible top-level windows (menus and dialogs included)."""
        if not self.alive():
            return []
        out = self.x.xdotool("search", "--onlyvisible", "--pid", str(self.pid), check=False)
        found = []
        for line in out.split():
            if line.isdigit():
                found.append(Window(int(line), self.x.window_name(int(line))))
        return found

    def wait_window(self, match: Callable[[Window], bool] | str, timeout: float = 10,
                    what: str = "") -> Window:
        """The first visible window that `match`es (a predicate or part of its name)."""
        test = (lambda w: match in w.name) if isinstance(match, str) else match

        def found() -> Window | None:
            self.assert_alive(f"while waiting for {what or match!r}")
            return next((w for w in self.windows() if test(w)), None)

        return wait_until(found, timeout, f"no window {what or match!r}; "
                                          f"windows: {self.windows()}")

    def wait_no_window(self, match: Callable[[Window], bool] | str, timeout: float = 10,
                       what: str = "") -> None:
        test = (lambda w: match in w.name) if isinstance(match, str) else match
        wait_until(lambda: not any(test(w) for w in self.windows()), timeout,
                   f"the window {what or match!r} is still there: {self.windows()}")

    def others(self, *keep: Window | None) -> list[Window]:
        """Visible windows other than `keep` (by id)."""
        ids = {w.id for w in keep if w is not None}
        return [w for w in self.windows() if w.id not in ids]

    def activate(self, window: Window | None = None) -> None:
        """Focus `window` (default: the desk's own); if it cannot take the focus, say
        which of the program's windows are on the screen (a modal dialog, usually)."""
        target = window or self.main
        assert target is not None
        try:
            self.x.activate(target.id)
        except DeskError as error:
            raise DeskError(f"{error}; the program's windows: {self.windows()}") from None

    # -- the jury --------------------------------------------------------------------
    def open_juror_grid(self, code: str, juror_name: str, timeout: float = 15,
                        language: str | None = None) -> Window:
        """Jury ▸ Score as juror… (Ctrl+J), the juror's code typed in the chooser, Enter:
        the juror's scoring grid, with the focus on its first cell to score. The grid
        speaks the juror's language, whatever the desk's: `language`, when given, is the
        one its title must be in."""
        self.activate()
        self.x.key("ctrl+j")
        chooser = self.wait_window("Score as juror", timeout)
        self.activate(chooser)
        self.x.type(code, delay_ms=20)  # the list finds the juror by the typed code
        self.x.key("Return")
        grid = self.wait_window(lambda w: w.name.startswith(tuple(GRID_TITLES.values())),
                                timeout, "the scoring grid")
        if language is not None and not grid.name.startswith(GRID_TITLES[language]):
            raise DeskError(f"the grid opened is {grid.name!r}, not in {language}")
        if juror_name not in grid.name:
            raise DeskError(f"the grid opened is {grid.name!r}, not {juror_name}'s")
        self.wait_no_window("Score as juror", timeout)
        self.activate(grid)
        return grid

    def type_marks(self, grid: Window, marks: list[str]) -> None:
        """Type each mark then Enter, into the grid's focused cell (Enter moves on)."""
        self.activate(grid)
        for mark in marks:
            self.x.type(mark)
            self.x.key("Return")


def off_screen(x: XSession, window: Window, what: str) -> str:
    """What of `window` lies outside the screen ("" when it all shows): a window sizes
    itself to the screen it opens on, so that every button stays reachable."""
    shell = x.xdotool("getwindowgeometry", "--shell", str(window.id))
    found = dict(line.split("=", 1) for line in shell.split() if "=" in line)
    left, top = int(found["X"]), int(found["Y"])
    width, height = int(found["WIDTH"]), int(found["HEIGHT"])
    screen_width, screen_height = (int(v) for v in x.xdotool("getdisplaygeometry").split())
    if left >= 0 and top >= 0 and left + width <= screen_width \
            and top + height <= screen_height:
        return ""
    return (f"{what} is {width}x{height} at {left},{top} on a {screen_width}x"
            f"{screen_height} screen: its right or bottom edge is cut off")


def describe_status(status: int | None) -> str:
    if status is None:
        return "still running"
    if status < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-status).name}"
    return f"exit status {status}"


# -- the database, from outside ----------------------------------------------------------

@contextlib.contextmanager
def connect(db: Path, readonly: bool = True) -> Iterator[sqlite3.Connection]:
    """A fresh connection of the test's own (read-only while the program may write)."""
    uri = f"file:{db}?mode=ro" if readonly else f"file:{db}"
    conn = sqlite3.connect(uri, uri=True, timeout=30)
    try:
        yield conn
    finally:
        conn.close()


def query(db: Path, sql: str, *params: object) -> list[tuple]:  # type: ignore[type-arg]
    with connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def integrity(db: Path) -> str:
    with connect(db, readonly=False) as conn:
        return ", ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))


Cell = tuple[str, str]  # (project code, criterion code)


def marks(db: Path, juror: str) -> dict[Cell, float]:
    """Every mark of `juror` in the file: {(project, criterion): value}."""
    rows = query(db, """
        SELECT p.code, c.code, s.value FROM scores s
        JOIN jurors j ON j.id = s.juror_id JOIN projects p ON p.id = s.project_id
        JOIN criteria c ON c.id = s.criterion_id WHERE j.code = ?""", juror)
    return {(project, criterion): value for project, criterion, value in rows}


def juror_name(db: Path, juror: str) -> str:
    return query(db, "SELECT name FROM jurors WHERE code = ?", juror)[0][0]


def juror_language(db: Path, juror: str) -> str:
    return query(db, "SELECT language FROM jurors WHERE code = ?", juror)[0][0]


#: The juror window's title, "… — {juror}", in each language.
GRID_TITLES = {"en": "Scoring grid", "fr": "Grille de notation", "nl": "Beoordelingsrooster"}


def first_tab_cells(db: Path, year: int, juror: str) -> list[Cell]:
    """The cells of the juror's first category, in the order Enter walks them: projects
    by code, criteria by position, conflicts skipped."""
    category = query(db, """
        SELECT c.id FROM categories c JOIN editions e ON e.id = c.edition_id
        WHERE e.year = ? ORDER BY c.position, c.code LIMIT 1""", year)[0][0]
    criteria = [row[0] for row in query(db, """
        SELECT cr.code FROM criteria cr JOIN editions e ON e.id = cr.edition_id
        WHERE e.year = ? AND (cr.category_id IS NULL OR cr.category_id = ?)
        ORDER BY cr.position, cr.id""", year, category)]
    projects = [row[0] for row in query(db, """
        SELECT p.code FROM projects p WHERE p.category_id = ? AND p.id NOT IN (
            SELECT k.project_id FROM conflicts k JOIN jurors j ON j.id = k.juror_id
            WHERE j.code = ?) ORDER BY p.code""", category, juror)]
    return [(project, criterion) for project in projects for criterion in criteria]


def new_marks_for(db: Path, juror: str, cells: list[Cell]) -> list[str]:
    """A mark for each cell that differs from the one it holds (so that typing it is a
    change the program must write), on the demo's scale (0 to 10 by 0.5)."""
    held = marks(db, juror)
    typed = []
    for i, cell in enumerate(cells):
        value = 1.5 + (i % 8)  # 1.5, 2.5 ... 8.5: a whole step that reads back exactly
        if held.get(cell) == value:
            value += 1
        typed.append(f"{value:g}")
    return typed


def wait_for_marks(db: Path, juror: str, expected: dict[Cell, float],
                   timeout: float = 10) -> None:
    """Until the file holds every expected mark (read while the program runs)."""
    def written() -> bool:
        held = marks(db, juror)
        return all(held.get(cell) == value for cell, value in expected.items())

    try:
        wait_until(written, timeout, "the typed marks in the database")
    except DeskError:
        raise DeskError(missing_marks(db, juror, expected)) from None


def missing_marks(db: Path, juror: str, expected: dict[Cell, float]) -> str:
    held = marks(db, juror)
    wrong = {cell: (value, held.get(cell)) for cell, value in expected.items()
             if held.get(cell) != value}
    if not wrong:
        return ""
    lines = [f"  {p}/{c}: typed {typed:g}, file holds {found}"
             for (p, c), (typed, found) in wrong.items()]
    return (f"{len(wrong)} of {len(expected)} typed marks of {juror} are not in "
            f"{db.name}:\n" + "\n".join(lines))
