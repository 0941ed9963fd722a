"""The program's file dialogs, which never read the content of a file they list.

SQLite keeps its locks as POSIX advisory locks, which belong to the process: any
`open()` and `close()` of the database file (or its `-wal` or `-shm`) by other code in
the same process silently drops all of them, and another process may then delete the
WAL under the open desk. Qt's own file dialog guesses each listed file's type and icon
from its content (QAbstractFileIconProvider through QMimeDatabase), and so opens and
closes the database when it lists the database's folder. So every file dialog here:

- is Qt's widget dialog, never the platform's on Linux and macOS (GTK, the desktop
  portal, KDE's and macOS's panels run in this process and sniff content too);
  Windows locks are not POSIX locks, so its native dialog is kept there;
- names and draws files with an icon provider that looks only at the name and at
  what `QFileInfo` already knows (folder or file, extension), never at the content;
- hides the database's side files (`-wal`, `-shm`, `-journal`, `.lock`), which are
  never a file to choose.

One function per use: `open_file`, `open_files`, `save_file`, `choose_folder`. Each
takes the title, the starting folder or suggested path and the filter of the QFileDialog
static function it replaces, and returns the chosen path(s), empty if cancelled. A
dialog never starts in the working folder (where the program happened to be started,
often its installation folder): without a folder, or with a bare file name, it starts
in the user's documents folder (`starting_point`).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QFileInfo,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QMessageBox,
    QStyle,
    QWidget,
)

from yansenne.store.guard import is_held_here

NATIVE = sys.platform == "win32"  # only there are a dialog's stray reads harmless
SIDE_FILE_ENDINGS = ("-wal", "-shm", "-journal", ".lock")
translate = QCoreApplication.translate  # lupdate reads translate("FileDialogs", "...")


class Kind(Enum):
    OPEN_FILE = "open_file"
    OPEN_FILES = "open_files"
    SAVE_FILE = "save_file"
    FOLDER = "folder"


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file's name and `QFileInfo` alone: it never opens
    a file (Qt's own provider asks QMimeDatabase, which reads the content)."""

    _STANDARD = {
        QAbstractFileIconProvider.IconType.Computer: QStyle.StandardPixmap.SP_ComputerIcon,
        QAbstractFileIconProvider.IconType.Desktop: QStyle.StandardPixmap.SP_DesktopIcon,
        QAbstractFileIconProvider.IconType.Trashcan: QStyle.StandardPixmap.SP_TrashIcon,
        QAbstractFileIconProvider.IconType.Network: QStyle.StandardPixmap.SP_DriveNetIcon,
        QAbstractFileIconProvider.IconType.Drive: QStyle.StandardPixmap.SP_DriveHDIcon,
        QAbstractFileIconProvider.IconType.Folder: QStyle.StandardPixmap.SP_DirIcon,
        QAbstractFileIconProvider.IconType.File: QStyle.StandardPixmap.SP_FileIcon,
    }

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        # Drawn once, on the UI thread; QIcon copies are cheap and thread-safe.
        self._icons = {kind: style.standardIcon(pixmap) for kind, pixmap in
                       self._STANDARD.items()}
        self._link = style.standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)
        self._folder_link = style.standardIcon(QStyle.StandardPixmap.SP_DirLinkIcon)

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        kinds = QAbstractFileIconProvider.IconType
        if not isinstance(what, QFileInfo):
            return self._icons.get(what, self._icons[kinds.File])
        if what.isRoot():
            return self._icons[kinds.Drive]
        if what.isDir():
            return self._folder_link if what.isSymLink() else self._icons[kinds.Folder]
        return self._link if what.isSymLink() else self._icons[kinds.File]

    def type(self, info: QFileInfo) -> str:
        if info.isRoot():
            return translate("FileDialogs", "Drive")
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if suffix:
            return translate("FileDialogs", "{extension} file").format(
                extension=suffix.upper())
        return translate("FileDialogs", "File")


class HideSideFiles(QSortFilterProxyModel):
    """Leaves out the files a database keeps beside it (`-wal`, `-shm`, `-journal`,
    `.lock`): never a file to open, and never one to overwrite."""

    def filterAcceptsRow(self, row: int,  # noqa: N802
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, QFileSystemModel):
            return True
        index = source.index(row, 0, parent)
        if source.isDir(index):
            return True
        return not source.fileName(index).lower().endswith(SIDE_FILE_ENDINGS)


#: The words of the names the desk suggests for the files it writes
#: ("results-2026.xlsx" is "résultats-2026.xlsx" for a French reader).
FILE_WORDS = (
    QT_TRANSLATE_NOOP("FileNames", "results"),
    QT_TRANSLATE_NOOP("FileNames", "minutes"),
    QT_TRANSLATE_NOOP("FileNames", "dossier"),
    QT_TRANSLATE_NOOP("FileNames", "scoresheet"),
    QT_TRANSLATE_NOOP("FileNames", "scoresheets"),
    QT_TRANSLATE_NOOP("FileNames", "projects"),
    QT_TRANSLATE_NOOP("FileNames", "edition"),
    QT_TRANSLATE_NOOP("FileNames", "rejected"),
)


def local_name(name: str) -> str:
    """A suggested file name in the reader's language, word by word between the dashes
    ("minutes-2026-fr.pdf" is "notulen-2026-fr.pdf" in Dutch); other words unchanged."""
    stem, dot, suffix = name.partition(".")
    words = [QCoreApplication.translate("FileNames", word) if word in FILE_WORDS else word
             for word in stem.split("-")]
    return "-".join(words) + dot + suffix


def documents_folder() -> Path:
    """The user's documents folder (their home if the system has none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def starting_point(directory: str) -> str:
    """`directory` (a folder, or a path whose folder to open and name to suggest) made
    absolute without the working folder: empty gives the documents folder, a bare or
    relative name is suggested there."""
    if not directory:
        return str(documents_folder())
    path = Path(directory).expanduser()
    return str(path if path.is_absolute() else documents_folder() / path)


_provider: NameOnlyIconProvider | None = None


def icon_provider() -> NameOnlyIconProvider:
    """One provider for every dialog, alive as long as the program (the dialogs' models
    keep a pointer to it)."""
    global _provider
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def make_dialog(kind: Kind, parent: QWidget | None, caption: str, directory: str = "",
                name_filter: str = "") -> QFileDialog:
    """A non-native QFileDialog that reads no file's content, set up for `kind`.

    `directory` is a folder to start in or, as in QFileDialog's static functions, a
    path whose folder to start in and whose name to suggest; empty: the documents folder.
    """
    # No platform dialog at all, not even built and left unused: the constructor
    # would create one (and point it at a folder) before any option can be set.
    native_before = QCoreApplication.testAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    try:
        dialog = QFileDialog(parent, caption)
    finally:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                      native_before)
    # Before the event loop runs again: the model asks the provider about the files it
    # lists when the listing thread's results arrive, never earlier.
    dialog.setIconProvider(icon_provider())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setProxyModel(HideSideFiles(dialog))
    if kind is Kind.OPEN_FILE:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    elif kind is Kind.OPEN_FILES:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    elif kind is Kind.SAVE_FILE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if name_filter and kind is not Kind.FOLDER:
        dialog.setNameFilter(name_filter)
    path = Path(starting_point(directory))
    if path.is_dir():
        dialog.setDirectory(str(path))
    else:
        dialog.setDirectory(str(path.parent))
        if kind is Kind.SAVE_FILE:
            dialog.selectFile(local_name(path.name))
        elif kind is not Kind.FOLDER:
            dialog.selectFile(path.name)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, directory: str = "",
              name_filter: str = "") -> str:
    """One existing file to read; "" if the user cancelled."""
    if NATIVE:
        return QFileDialog.getOpenFileName(parent, caption, starting_point(directory),
                                           name_filter)[0]
    chosen = _run(make_dialog(Kind.OPEN_FILE, parent, caption, directory, name_filter))
    return chosen[0] if chosen else ""


def open_files(parent: QWidget | None, caption: str, directory: str = "",
               name_filter: str = "") -> list[str]:
    """Several existing files to read; [] if the user cancelled."""
    if NATIVE:
        return QFileDialog.getOpenFileNames(parent, caption, starting_point(directory),
                                            name_filter)[0]
    return _run(make_dialog(Kind.OPEN_FILES, parent, caption, directory, name_filter))


def save_file(parent: QWidget | None, caption: str, directory: str = "",
              name_filter: str = "") -> str:
    """Where to write a file (an existing one only once the user confirmed); "" if
    the user cancelled."""
    while True:
        if NATIVE:
            name = QFileDialog.getSaveFileName(parent, caption, starting_point(directory),
                                               name_filter)[0]
        else:
            chosen = _run(make_dialog(Kind.SAVE_FILE, parent, caption, directory, name_filter))
            name = chosen[0] if chosen else ""
        if not name or not is_held_here(Path(name)):
            return name
        # Writing a document over the open database (or its -wal, -shm) would destroy it.
        QMessageBox.warning(parent, caption, translate(
            "FileDialogs", "This is the open database itself; choose another file."))
        directory = name


def choose_folder(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """An existing folder; "" if the user cancelled."""
    if NATIVE:
        return QFileDialog.getExistingDirectory(parent, caption, starting_point(directory))
    chosen = _run(make_dialog(Kind.FOLDER, parent, caption, directory))
    return chosen[0] if chosen else ""
