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
from ui.widgets.expander import make_expander


class Disclosure(QWidget):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.header = QToolButton()
        make_expander(self.header)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.RightArrow)
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

    def _toggled(self, on: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.section.setVisible(on)

    def update_heading(self) -> None:
        summary, heading = self.section.summary(), self.section.heading
        self.header.setText(f"{heading} — {summary}" if summary else heading)
        name = f"{plain(heading)} section"
        self.header.setAccessibleName(f"{name}, {summary}" if summary else name)
