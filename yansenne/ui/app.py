"""Starting the desktop application (`yansenne` with no command)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
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


def run(db_target: str, lang: str | None = None, screenshot: str | None = None) -> int:
    """Open the main window on `db_target`; with `screenshot`, save it as PNG and quit."""
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
    window.show()
    if screenshot:
        capture_when_painted(window, Path(screenshot), lambda ok: app.exit(0 if ok else 1))
    try:
        return app.exec()
    finally:
        if not screenshot and hasattr(window, "save_state"):  # keep the user's layout
            window.save_state()
        db.close()


def _first_window(db: Database) -> QWidget | None:
    """The secretariat's desk, or a juror's own grids when the database is that juror's
    package (offline) or the server login is a juror's."""
    from yansenne.exchange.package import package_identity
    from yansenne.store.postgres import login_identity

    package = package_identity(db)
    identity = package or login_identity(db)
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
