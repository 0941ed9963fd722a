"""Live validation in the desk's dialogs: each problem beside its field, OK disabled.

The checks themselves are the store's (`projects.project_problems` and the like),
so a value the dialog accepts is one the store accepts; this module only shows
them. A field's message appears once the user has touched it (or it has a
value), so a fresh form is not a wall of red, but OK stays disabled until every
field is valid. A hidden message keeps its line: the fields below never move under
the mouse or the eye when a message comes and goes.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

PROBLEM_COLOUR = "#b3261e"
PROBLEM_MIN_WIDTH = 240
STYLE = f"""
QLabel[role="problem"] {{ color: {PROBLEM_COLOUR}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid {PROBLEM_COLOUR};
}}
"""


def mark(widget: QWidget, invalid: bool) -> None:
    """Show a field as invalid (red border) or not; re-polished so the style follows."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _one_line(label: QLabel) -> int:
    return label.fontMetrics().height()


def _reserve_row(label: QLabel) -> None:
    """A form layout drops the row of a hidden widget whatever its size policy says:
    a strut in the row's empty label column keeps the line."""
    parent = label.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent else []:
        row, role = form.getWidgetPosition(label)
        if row >= 0 and role == QFormLayout.ItemRole.FieldRole \
                and form.itemAt(row, QFormLayout.ItemRole.LabelRole) is None:
            form.setItem(row, QFormLayout.ItemRole.LabelRole,
                         QSpacerItem(0, _one_line(label), QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Fixed))
            return


class FieldProblems:
    """The problem labels of one form, by field name, and its OK button."""

    def __init__(self, form: QWidget, labels: Mapping[str, QLabel],
                 fields: Mapping[str, QWidget], ok: QPushButton | None) -> None:
        self._labels, self._fields, self._ok = dict(labels), dict(fields), ok
        self.touched: set[str] = set()
        form.setStyleSheet(form.styleSheet() + STYLE)
        for label in self._labels.values():
            label.setProperty("role", "problem")
            # As wide as its field: a word-wrapped label otherwise wraps at a few words.
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            policy.setRetainSizeWhenHidden(True)  # its line stays reserved
            label.setSizePolicy(policy)
            label.setMinimumWidth(PROBLEM_MIN_WIDTH)
            label.setMinimumHeight(_one_line(label))
            _reserve_row(label)
            label.hide()

    @property
    def labels(self) -> dict[str, QLabel]:
        """The problem label of each field, by field name."""
        return dict(self._labels)

    def touch(self, name: str) -> None:
        self.touched.add(name)

    def show(self, problems: Mapping[str, str], filled: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
        """Show `problems` (field -> message); True when there is none."""
        for name, label in self._labels.items():
            message = problems.get(name, "")
            visible = bool(message) and (name in self.touched or name in filled)
            label.setText(message if visible else "")
            label.setVisible(visible)
            if name in self._fields:
                mark(self._fields[name], visible)
        if self._ok is not None:
            self._ok.setEnabled(not problems)
        return not problems

    def message(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None and label.isVisible() else ""
