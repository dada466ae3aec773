"""A quiet note above the timeline about near or passed dates; dismissable.

The note's words are put together here, in the interface language, from the
core's structured `DeadlineNote`s; the core's `reminder_text` says the same in
English only, so the app no longer shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from journal.case.matters import DeadlineNote
from ui.editor.common import name_buttons
from ui.i18n import core_text, tr

SHOWN_NOTES = 5  # the rest are counted


def deadline_sentence(note: DeadlineNote) -> str:
    """One open matter's near or passed date, in a calm sentence."""
    report = note.matter.report
    body = report.body or core_text(note.matter.body_label)  # their words, or a kind of body
    what = (
        tr("{body} (ref. {reference})").format(body=body, reference=report.reference)
        if report.reference
        else body
    )
    due = note.due.isoformat()
    if note.days_left < 0:
        said = tr("{what}: the date {date} passed %n days ago.", None, -note.days_left)
    elif note.days_left == 0:
        said = tr("{what}: the next date is today.")
    else:
        said = tr("{what}: the next date is in %n days, {date}.", None, note.days_left)
    return said.format(what=what, date=due)


def reminder_words(notes: list[DeadlineNote]) -> str:
    """The reminder's paragraph for `notes` (deadline_notes); "" when nothing is due."""
    if not notes:
        return ""
    lines = [tr("A gentle reminder about dates you wrote down for open reports or complaints:")]
    lines += [f"• {deadline_sentence(note)}" for note in notes[:SHOWN_NOTES]]
    if len(notes) > SHOWN_NOTES:
        lines.append(tr("…and %n more in the tracker.", None, len(notes) - SHOWN_NOTES))
    return "\n".join(lines)


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
