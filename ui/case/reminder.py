"""A quiet note above the timeline about near or passed dates; dismissable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.editor.common import name_buttons
from ui.i18n import tr


class ReminderBar(QFrame):
    open_tracker = Signal()

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setObjectName("case-reminder")
        self.setStyleSheet(
            "#case-reminder { background: palette(alternate-base);"
            " border-left: 4px solid palette(highlight); }"
        )
        self.setAccessibleName(tr("Reminder"))
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(tr("Open the tracker"))
        self.dismiss_button = QPushButton(tr("Dismiss"))
        for button in (self.open_button, self.dismiss_button):
            button.setAutoDefault(False)
        name_buttons(self.open_button, self.dismiss_button)
        self.dismiss_button.setAccessibleName(tr("Dismiss the reminder"))
        self.open_button.clicked.connect(self.open_tracker.emit)
        self.dismiss_button.clicked.connect(self.hide)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addLayout(buttons)
