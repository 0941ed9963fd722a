"""The side pane of the grid: the focused project, the comment on the focused mark and
the juror's general comment on the project.

Texts of the project are in the juror's language. Both comments are written when
the juror leaves the box (or presses Ctrl+Enter), and the general comment also after
a short pause in typing, so that closing the laptop loses nothing typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from yansenne.domain.juror_desk import CriterionInfo, ProjectInfo
from yansenne.domain.places import REGION
from yansenne.i18n import pick
from yansenne.ui import labels
from yansenne.ui.juror.numbers import format_mark
from yansenne.ui.juror.speech import Spoken
from yansenne.ui.models.projects_model import format_budget

DASH = "—"
NOTE_PAUSE_MS = 1200


class CommitOnLeave(QObject):
    """Calls back when a text box loses the focus or gets Ctrl+Enter."""

    def __init__(self, box: QPlainTextEdit, callback) -> None:  # type: ignore[no-untyped-def]
        super().__init__(box)
        self._callback = callback
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self._callback()
                return True
        return False


class ProjectPane(Spoken, QFrame):
    """What the juror reads about the focused project, and writes about it."""

    comment_edited = Signal(str)
    """The comment on the focused mark, when the juror leaves its box."""
    note_edited = Signal(object, str)
    """(ProjectInfo, text): the general comment on a project, when the juror leaves the
    box, pauses, or moves to another project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectPane")
        self.setStyleSheet(
            "#projectPane { background: #ffffff; border: 1px solid #d5d9e0; "
            "border-radius: 4px; } #projectPane QScrollArea, #paneContents "
            "{ background: #ffffff; border: none; } "
            "#projectPane QLabel[role=\"field\"], #projectPane QLabel[role=\"heading\"] "
            "{ color: #5a6272; } #projectPane QLabel[role=\"heading\"] { font-weight: 600; } "
            "#paneCode { color: #5a6272; font-weight: 600; } "
            "#paneTitle { font-size: 13pt; font-weight: 600; color: #1f2430; } "
            "#paneOtherTitle { color: #4a5160; } "
            "#conflictBanner { background: #eceef2; border: 1px solid #c4c9d1; "
            "border-radius: 4px; padding: 6px; color: #3a4150; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Its track always there: the text keeps its width from one project to the next
        # (a scroll bar coming and going with the summary's length re-wrapped every line
        # of the pane under the juror's eyes, and laid it out twice a move).
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        outer.addWidget(scroll)
        contents = QWidget()
        contents.setObjectName("paneContents")
        scroll.setWidget(contents)
        self.scroll = scroll
        layout = QVBoxLayout(contents)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)

        self.code = self._label("paneCode")
        self.title = self._label("paneTitle")
        self.other_title = self._label("paneOtherTitle")
        self.conflict = self._label("conflictBanner")
        for widget in (self.code, self.title, self.other_title, self.conflict):
            layout.addWidget(widget)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("organisation", "lead", "partners", "municipality", "budget"):
            label = QLabel(contents)
            label.setProperty("role", "field")
            value = self._label(f"pane_{key}")
            self.field_labels[key], self.values[key] = label, value
            form.addRow(label, value)
        layout.addLayout(form)
        self.summary_heading = self._heading()
        self.summary = self._label("paneSummary")
        layout.addWidget(self.summary_heading)
        layout.addWidget(self.summary)

        self.comment_heading = self._heading()
        self.comment_box = QPlainTextEdit(contents)
        self.comment_box.setObjectName("commentBox")
        self.comment_box.setTabChangesFocus(True)
        self.comment_box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.note_heading = self._heading()
        self.note_box = QPlainTextEdit(contents)
        self.note_box.setObjectName("noteBox")
        self.note_box.setTabChangesFocus(True)
        self.note_box.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        for widget in (self.comment_heading, self.comment_box, self.note_heading, self.note_box):
            layout.addWidget(widget)
        layout.addStretch(1)

        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_PAUSE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.note_box.textChanged.connect(self._note_typed)
        CommitOnLeave(self.comment_box, self.flush_comment)
        CommitOnLeave(self.note_box, self.flush_note)
        self._project: ProjectInfo | None = None
        self._comment_shown = ""
        self._note_shown = ""
        self._loading = False
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _heading(self) -> QLabel:
        label = QLabel(self)
        label.setProperty("role", "heading")
        label.setWordWrap(True)
        return label

    def retranslate(self) -> None:
        self.field_labels["organisation"].setText(self.tr("Organisation"))
        self.field_labels["lead"].setText(self.tr("Lead actor"))
        self.field_labels["partners"].setText(self.tr("Partners"))
        self.field_labels["municipality"].setText(self.tr("Municipality"))
        self.field_labels["budget"].setText(self.tr("Budget"))
        self.summary_heading.setText(self.tr("Summary"))
        self.note_heading.setText(self.tr("General comment on the project"))
        self.note_box.setPlaceholderText(self.tr("Your remarks on the project as a whole "
                                                 "(saved as you type)"))
        self.note_box.setAccessibleName(self.tr("General comment on the project"))
        self.note_box.setAccessibleDescription(self.note_box.placeholderText())
        self.scroll.setAccessibleName(self.tr("The project"))
        self._name_comment_box()

    # -- showing -------------------------------------------------------------------
    def project(self) -> ProjectInfo | None:
        return self._project

    def show_project(self, project: ProjectInfo | None, lang: str, *, conflict: str | None,
                     note: str, editable: bool) -> None:
        """Show a project (texts in `lang`); `conflict` is the declared reason, or None."""
        if project is not self._project:
            self.flush_note()
        self._project = project
        if project is None:
            for widget in (self.code, self.title, self.other_title, self.conflict):
                widget.clear()
            self.conflict.hide()
            return
        self.code.setText(project.code)
        title = pick(project, "title", lang)
        other = project.title_nl if lang != "nl" else project.title_fr
        self.title.setText(title or DASH)
        self.other_title.setText(other if other and other != title else "")
        self.other_title.setVisible(bool(other and other != title))
        if conflict is not None:
            text = self.tr("Conflict of interest: you do not score this project.")
            self.conflict.setText(f"{text}\n{conflict}" if conflict else text)
        self.conflict.setVisible(conflict is not None)
        self.values["organisation"].setText(project.organisation or DASH)
        self.values["lead"].setText(labels.actor_name(project.lead_actor, lang))
        self.values["partners"].setText(
            ", ".join(labels.actor_name(a, lang) for a in project.partner_actors) or DASH)
        self.values["municipality"].setText(
            self.tr("Region-wide") if project.municipality == REGION  # the window's language
            else labels.municipality_name(project.municipality, lang) or DASH)
        self.values["budget"].setText(format_budget(project.budget_eur, lang) or DASH)
        self.summary.setText(pick(project, "summary", lang) or DASH)
        self._loading = True
        if self.note_box.toPlainText() != note:
            self.note_box.setPlainText(note)
        self._loading = False
        self._note_shown = note
        self.note_box.setReadOnly(not editable or conflict is not None)
        self.note_heading.setEnabled(conflict is None)
        self.note_box.setEnabled(conflict is None)

    def show_mark(self, criterion: CriterionInfo | None, value: float | None, comment: str,
                  lang: str, *, editable: bool) -> None:
        """The comment box follows the focused mark; a mark must exist to be commented."""
        if self._comment_shown != self.comment_box.toPlainText() and self.comment_box.hasFocus():
            return  # the juror is typing in it; the grid's focus moved by a click elsewhere
        if criterion is None:
            self.comment_heading.setText(self.tr("Comment on a mark"))
            self.comment_box.setPlaceholderText(self.tr("Focus a mark to comment on it"))
            self._set_comment("", enabled=False)
            return
        name = pick(criterion, "name", lang) or criterion.code
        if value is None:
            self.comment_heading.setText(self.tr("Comment on {criterion}").format(
                criterion=name))
            self.comment_box.setPlaceholderText(self.tr("Give a mark before commenting it"))
            self._set_comment("", enabled=False)
            return
        self.comment_heading.setText(self.tr("Comment on {criterion}: {value}").format(
            criterion=name, value=format_mark(value, lang)))
        self.comment_box.setPlaceholderText(self.tr("Why this mark? (optional)"))
        self._set_comment(comment, enabled=editable)

    def _name_comment_box(self) -> None:
        """The box is named by its heading, which says which mark it comments."""
        self.comment_box.setAccessibleName(self.comment_heading.text()
                                           or self.tr("Comment on a mark"))
        self.comment_box.setAccessibleDescription(self.comment_box.placeholderText())

    def _set_comment(self, text: str, *, enabled: bool) -> None:
        self._name_comment_box()
        self._comment_shown = text
        if self.comment_box.toPlainText() != text:
            self.comment_box.setPlainText(text)
        self.comment_box.setEnabled(enabled)

    # -- writing -------------------------------------------------------------------
    def flush_comment(self) -> None:
        text = self.comment_box.toPlainText()
        if self.comment_box.isEnabled() and text.strip() != self._comment_shown.strip():
            self._comment_shown = text
            self.comment_edited.emit(text)

    def _note_typed(self) -> None:
        if not self._loading:
            self._note_timer.start()

    def flush_note(self) -> None:
        self._note_timer.stop()
        text = self.note_box.toPlainText()
        if self._project is not None and not self.note_box.isReadOnly() \
                and text.strip() != self._note_shown.strip():
            self._note_shown = text
            self.note_edited.emit(self._project, text)
