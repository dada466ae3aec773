"""The offer to continue a draft that was not saved, shown above the form."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.session.drafts import Draft
from ui.editor.common import name_buttons
from ui.i18n import tr
from ui.widgets.bidi import isolated


def when_text(iso: str) -> str:
    """When a draft was kept, on this computer's clock, in the interface's language:
    "14 Mar 2025 at 21:07"."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return tr("earlier")
    # Western digits, as in every date the app shows; the month's name is the language's.
    month = QLocale().standaloneMonthName(moment.month, QLocale.FormatType.ShortFormat)
    day = tr("{day} {month} {year}", "a date, e.g. 14 Mar 2025").format(
        day=moment.day, month=month, year=moment.year
    )
    return tr("{day} at {time}").format(day=day, time=moment.strftime("%H:%M"))


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
        self.text.setAccessibleName(tr("Unsaved draft"))
        self.continue_button = QPushButton(tr("Continue the &draft"))
        self.discard_button = QPushButton(tr("Disca&rd the draft"))
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
        when = when_text(draft.saved_at)
        if title:
            text = tr(
                "You have a draft (“{title}”) from {when} that was not saved. "
                "Would you like to continue it?"
            ).format(title=isolated(title), when=when)
        else:
            text = tr(
                "You have a draft from {when} that was not saved. Would you like to continue it?"
            ).format(when=when)
        if draft.base_revision is not None and current_revision not in (None, draft.base_revision):
            text += " " + tr(
                "The entry was saved again after this draft was written (for example, "
                "evidence was added). Saving the draft keeps the evidence and replaces the text."
            )
        self.text.setText(text)
        self.show()
