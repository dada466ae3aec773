"""The offer to continue a draft that was not saved, shown above the form."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.session.drafts import Draft
from ui.editor.common import name_buttons


def when_text(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d %b %Y at %H:%M")
    except ValueError:
        return "earlier"


class DraftBanner(QFrame):
    continue_chosen = Signal()
    discard_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#draft-banner { background: palette(alternate-base);"
            " border-left: 4px solid palette(highlight); }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName("Unsaved draft")
        self.continue_button = QPushButton("Continue the &draft")
        self.discard_button = QPushButton("Disca&rd the draft")
        for button in (self.continue_button, self.discard_button):
            button.setAutoDefault(False)
        name_buttons(self.continue_button, self.discard_button)
        self.continue_button.clicked.connect(self.continue_chosen.emit)
        self.discard_button.clicked.connect(self.discard_chosen.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def offer(self, draft: Draft, current_revision: int | None) -> None:
        title = draft.content.title.strip()
        named = f" (“{title}”)" if title else ""
        text = (
            f"You have a draft{named} from {when_text(draft.saved_at)} that was not saved. "
            "Would you like to continue it?"
        )
        if draft.base_revision is not None and current_revision not in (None, draft.base_revision):
            text += (
                " The entry was saved again after this draft was written (for example, "
                "evidence was added). Saving the draft keeps the evidence and replaces the text."
            )
        self.text.setText(text)
        self.show()
