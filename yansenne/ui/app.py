"""Starting the desktop application (`yansenne` with no command)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from yansenne import __version__
from yansenne.errors import YansenneError
from yansenne.paths import APP_AUTHOR, APP_NAME
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui import i18n
from yansenne.ui.style import apply_style

EXIT_REFUSED = 2  # as on the command line: the input (here the database) was refused
SCREENSHOT_POLL_MS = 50
SCREENSHOT_TIMEOUT_MS = 10_000
SETTLE_MS = 150


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so that QSettings and the desktop find it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setOrganizationDomain(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("be.brussels.safe.Yansenne")
    apply_style(app)
    return app


def run(db_target: str, lang: str | None = None, screenshot: str | None = None,
        open_file: Path | None = None) -> int:
    """Open the main window on `db_target`; with `screenshot`, save it as PNG and quit.
    `open_file` (a ballot double-clicked, `yansenne FILE.ballot`) is collected into the
    desk once its window is shown."""
    app = create_application()
    i18n.switch_language(i18n.initial_language(lang))
    try:
        db = open_database(db_target)
    except YansenneError as exc:
        return _refused(app, str(exc), screenshot)
    window = _first_window(db)
    if window is None:
        return EXIT_REFUSED
    from yansenne.ui import probe

    if probe.enabled():
        probe.watch(window)
    opened = watch_file_opens(app, window)
    window.show()
    if open_file is not None:
        QTimer.singleShot(0, lambda: open_file_in(window, open_file))
    if screenshot:
        capture_when_painted(window, Path(screenshot), lambda ok: app.exit(0 if ok else 1))
    try:
        return app.exec()
    finally:
        if opened is not None:
            opened.stop()
        if not screenshot and hasattr(window, "save_state"):  # keep the user's layout
            window.save_state()
        db.close()


def _first_window(db: Database) -> QWidget | None:
    """The secretariat's desk, or a juror's own grids when the database is that juror's
    package (offline) or the server login is a juror's."""
    # Not `exchange.package`: it pulls the ballots' machinery in before the first paint.
    from yansenne.store.opening import package_identity

    package = package_identity(db)
    identity = package or _login_identity(db)
    if identity is None:
        from yansenne.ui.main_window import MainWindow  # after the translators are installed

        return MainWindow(db)
    from yansenne.ui.juror import open_juror_window

    try:
        return open_juror_window(db, *identity, own=True, sends_ballots=package is not None)
    except YansenneError as error:
        print(str(error), file=sys.stderr)
        QMessageBox.critical(None, "Yansenne", str(error))
        return None


def _login_identity(db: Database) -> tuple[int, str] | None:
    """The juror a server login is, if any. `store.postgres` (and the ORM's models with
    it) is imported only for a server: on a file no login is a juror's, and the desk's
    first paint need not wait for the models (unless something loaded them already)."""
    if db.is_sqlite and "yansenne.store.postgres" not in sys.modules:
        return None
    from yansenne.store.postgres import login_identity

    return login_identity(db)


def _refused(app: QApplication, message: str, screenshot: str | None) -> int:
    """Say why the database cannot be opened, as a sentence rather than a traceback."""
    print(message, file=sys.stderr)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Yansenne cannot open the database"),
        message,
        QMessageBox.StandardButton.Close,
    )
    if screenshot:
        box.show()
        capture_when_painted(box, Path(screenshot), lambda _ok: app.exit(EXIT_REFUSED))
        app.exec()
        return EXIT_REFUSED
    box.exec()
    return EXIT_REFUSED


def capture_when_painted(widget: QWidget, path: Path, done: Callable[[bool], None]) -> QObject:
    """Grab `widget` to `path` once its window is exposed and painted, then call `done`.

    Polls for exposure (an X server may take a moment to map the window), lets one
    more round of painting settle, and gives up after a timeout rather than hang.
    """
    timer = QTimer(widget)
    timer.setInterval(SCREENSHOT_POLL_MS)
    waited = {"ms": 0}

    def grab() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = widget.grab().save(str(path), "PNG")
        if not ok:
            print(f"could not write the screenshot {path}", file=sys.stderr)
        done(ok)

    def poll() -> None:
        waited["ms"] += SCREENSHOT_POLL_MS
        handle = widget.windowHandle()
        exposed = handle is not None and handle.isExposed()
        if exposed or waited["ms"] >= SCREENSHOT_TIMEOUT_MS:
            timer.stop()
            QTimer.singleShot(SETTLE_MS, widget, grab)

    timer.timeout.connect(poll)
    timer.start()
    return timer


# -- a file handed over by the desktop (macOS) -------------------------------------------
OPENED_SUFFIXES = (".yansenne", ".ballot")  # PACKAGE_SUFFIX, BALLOT_SUFFIX


class FileOpenEvents(QObject):
    """macOS gives a double-clicked file (or one dropped on the Dock icon) to the running
    program as a QFileOpenEvent, never in argv: this hands each `.yansenne` package or
    `.ballot` file to `handle`, as `yansenne FILE` would open it. Other files are left to
    Qt. Linux and Windows start `yansenne FILE` instead and never send one."""

    def __init__(self, app: QCoreApplication, handle: Callable[[Path], None]) -> None:
        super().__init__(app)
        self._handle = handle
        self.received: list[Path] = []
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return super().eventFilter(watched, event)
        path = Path(event.file() or event.url().toLocalFile())
        if path.suffix.lower() not in OPENED_SUFFIXES:
            return False
        self.received.append(path)
        self._handle(path)
        return True

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def watch_file_opens(app: QCoreApplication, window: QWidget,
                     platform: str = sys.platform) -> FileOpenEvents | None:
    """On macOS only: an application-wide event filter sees every event of the program
    (about 9 µs more each, measured), and only macOS sends FileOpen."""
    if platform != "darwin":
        return None
    return FileOpenEvents(app, lambda path: open_file_in(window, path))


_opened_windows: list[QWidget] = []  # the juror windows a FileOpen event opened


def open_file_in(window: QWidget | None, path: Path) -> None:
    """Open `path` from a FileOpen event: a juror package in its own window (its juror's
    grids), a ballot collected into the open desk's edition (the Collection page shows
    the report); a refusal is said in a message, never raised into Qt's event loop."""
    try:
        if path.suffix.lower() == ".ballot":
            _collect(window, path)
            return
        db = open_database(str(path))
    except YansenneError as error:
        QMessageBox.warning(window, APP_NAME, str(error))
        return
    opened = _first_window(db)
    if opened is None:
        db.close()
        return
    opened.destroyed.connect(db.close)
    _opened_windows.append(opened)
    opened.destroyed.connect(lambda: _opened_windows.remove(opened)
                             if opened in _opened_windows else None)
    opened.show()


def _collect(window: QWidget | None, path: Path) -> None:
    """Give the ballot to the desk's Collection page; a juror's window has none."""
    show_page = getattr(window, "show_page", None)
    if window is None or show_page is None:
        QMessageBox.information(window, APP_NAME, QCoreApplication.translate(
            "app", "A ballot is collected in the secretariat's desk: open it there."))
        return
    show_page("collection")
    page = window.page("collection")  # type: ignore[attr-defined]
    page.load()
    page.inner.collect([path])
