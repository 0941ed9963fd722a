"""A project's history, read from the audit log (`yansenne.domain.history`)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from yansenne.domain.history import HistoryEntry
from yansenne.ui.forms.ui_history_dialog import Ui_HistoryDialog
from yansenne.ui.models.history_model import WHAT, HistoryModel


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, code: str, title: str,
                 entries: list[HistoryEntry]) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("History of {code}").format(code=code))
        self.ui.titleLabel.setText(f"<b>{code}</b> — {title}")
        self.model = HistoryModel(entries, self)
        view = self.ui.historyView
        view.setModel(self.model)
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        view.resizeRowsToContents()
        self.ui.emptyLabel.setVisible(not entries)
        view.setVisible(bool(entries))
        if entries:
            view.scrollToBottom()
