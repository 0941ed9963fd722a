"""File ▸ Back up the database… and Restore from a backup…: the command line's `backup`
and `restore`, from the desk.

A backup is SQLite's consistent copy (store/backup.py), safe while jurors write. A
restore replaces the whole database: it asks first, closes the juror windows that
write to it, keeps a safety copy of the present state (the store does), then reopens
the database so the window shows what the copy holds. A server database is backed up
with the server's own tools; the store says so in the person's language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from yansenne.errors import YansenneError
from yansenne.store.backup import backup_to, backups_dir, restore_from
from yansenne.store.database import Database
from yansenne.store.opening import open_database
from yansenne.ui import file_dialogs

BACKUP_SUFFIX = ".sqlite"
BACKUP_FILTER = "*.sqlite *.sqlite3 *.db"
MESSAGE_MS = 15_000
translate = QCoreApplication.translate  # lupdate reads translate("Backup", "...")


class Desk(Protocol):
    """What the main window offers these actions."""

    @property
    def database(self) -> Database: ...

    def replace_database(self, db: Database) -> None: ...

    def close_juror_windows(self) -> None: ...

    def show_message(self, text: str) -> None: ...


def _filter() -> str:
    return (translate("Backup", "Database copies ({patterns})").format(patterns=BACKUP_FILTER)
            + ";;" + translate("Backup", "All files (*)"))


def suggested_name(today: dt.date | None = None) -> str:
    """The backup's default file name, in the interface language, dated."""
    day = (today or dt.date.today()).isoformat()
    return translate("Backup", "yansenne-backup-{date}").format(date=day) + BACKUP_SUFFIX


def back_up(parent: QWidget, desk: Desk) -> Path | None:
    """Ask where, write the copy, and say where it went; None if cancelled or refused."""
    title = translate("Backup", "Back up the database")
    name = file_dialogs.save_file(parent, title, suggested_name(), _filter())
    if not name:
        return None
    try:
        written = backup_to(desk.database, Path(name))
    except YansenneError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    desk.show_message(translate("Backup", "Backup written to {file}").format(file=written))
    return written


def _starting_folder(db: Database) -> str:
    """The automatic copies' folder beside the database, if there is one."""
    if db.path is not None and backups_dir(db.path).is_dir():
        return str(backups_dir(db.path))
    return ""


def restore(parent: QWidget, desk: Desk) -> bool:
    """Ask for a copy, confirm, put it in place of the database and reopen it."""
    title = translate("Backup", "Restore from a backup")
    db = desk.database
    if db.path is None:
        QMessageBox.warning(parent, title, translate(
            "Backup", "Backup and restore work on a SQLite database; for a server, use "
            "its own tools (pg_dump, pg_restore)."))
        return False
    name = file_dialogs.open_file(parent, title, _starting_folder(db), _filter())
    if not name:
        return False
    question = translate(
        "Backup", "Replace the whole database\n{database}\nby the copy\n{file}?\n\n"
        "Everything recorded since that copy was made is replaced; the present state "
        "is first saved beside the database. Open juror windows are closed.").format(
            database=db.path, file=name)
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    desk.close_juror_windows()
    path = db.path
    try:
        safety = restore_from(db, Path(name))  # closes db first
    except (YansenneError, OSError) as error:
        desk.replace_database(open_database(path))  # nothing changed: reopen it
        QMessageBox.warning(parent, title, str(error))
        return False
    desk.replace_database(open_database(path))  # brings an older copy's schema up to date
    done = translate("Backup", "Database restored from {file}").format(file=name)
    if safety is not None:
        done += " " + translate("Backup", "(the previous state was saved to {file})").format(
            file=safety)
    desk.show_message(done)
    return True
