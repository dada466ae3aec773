"""Exact values for an examiner (fingerprints, hashes), kept out of her way.

The plain result comes first; the 64-character values a lawyer or examiner compares sit
under a "For checking" heading that is closed until opened (an expander, announced as
one: ui/widgets/expander.py). Each value is shown whole, wrapped anywhere and
selectable, so it can be read out or copied without breaks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.expander import make_expander

HEADING = QT_TR_NOOP("For checking")


def hash_view(value: str, name: str) -> QPlainTextEdit:
    """The whole value visible (wrapped between groups, else anywhere) and selectable,
    copied without breaks."""
    view = QPlainTextEdit(value)
    view.setReadOnly(True)
    view.setAccessibleName(name)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # groups kept whole
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.viewport().setAutoFillBackground(False)
    view.setFixedHeight(round(view.fontMetrics().lineSpacing() * 2.6) + 6)
    return view


class ForChecking(QWidget):
    """A closed "For checking" section: a line saying what it is for, then the values."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QToolButton()
        self.header.setText(tr(HEADING))
        self.header.setAccessibleName(tr("For checking section"))
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(self._closed_arrow())
        make_expander(self.header)
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.note = QLabel(what)
        self.note.setWordWrap(True)
        self.form.addRow(self.note)
        self.body.setVisible(False)
        self.header.toggled.connect(self._toggled)
        self._values: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)

    def _closed_arrow(self) -> Qt.ArrowType:
        """Closed, the arrow points the way the text runs: left in a right-to-left layout."""
        return Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow

    def _toggled(self, on: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else self._closed_arrow())
        self.body.setVisible(on)

    @property
    def is_open(self) -> bool:
        return self.header.isChecked()

    def add_value(self, label: str, value: str) -> QPlainTextEdit:
        view = hash_view(value, label)
        self.form.addRow(label, view)
        self._values.append((label, value))
        return view

    def add_text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label)
        self._values.append(("", text))
        return label

    def clear(self) -> None:
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        self._values.clear()

    def text(self) -> str:
        """Everything under the heading, as plain text."""
        return "\n".join(f"{label}: {value}" if label else value for label, value in self._values)
