"""A section that opens and closes under a heading button, like a "details" element.

The heading is an ordinary focusable, checkable button with a mnemonic, so the
sections can be reached with Tab or Alt+letter; a closed section shows a short
summary of what it holds ("People — 2 linked"). Screen readers hear a button that is
expanded or collapsed, not a check box (ui/widgets/expander.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from ui.editor.common import Section, plain
from ui.i18n import tr
from ui.widgets.expander import make_expander


class Disclosure(QWidget):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.header = QToolButton()
        make_expander(self.header)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(self._closed_arrow())
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(section)
        section.setVisible(False)
        self.header.toggled.connect(self._toggled)
        section.changed.connect(self.update_heading)
        self.update_heading()

    @property
    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_open(self, on: bool) -> None:
        self.header.setChecked(on)

    def _closed_arrow(self) -> Qt.ArrowType:
        """A closed section's arrow points the way the text reads (left in Arabic)."""
        if self.isRightToLeft():
            return Qt.ArrowType.LeftArrow
        return Qt.ArrowType.RightArrow

    def _toggled(self, on: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else self._closed_arrow())
        self.section.setVisible(on)

    def update_heading(self) -> None:
        summary, heading = self.section.summary(), tr(self.section.heading)
        shown = tr("{heading} — {summary}").format(heading=heading, summary=summary)
        self.header.setText(shown if summary else heading)
        name = plain(heading)
        if summary:
            spoken = tr("{heading} section, {summary}").format(heading=name, summary=summary)
        else:
            spoken = tr("{heading} section").format(heading=name)
        self.header.setAccessibleName(spoken)
