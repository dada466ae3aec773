"""After a picture is added: when its camera date disagrees with the entry's date, ask
once, calmly, for a short note, kept with the exhibit (journal/evidence/capture_dates.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import AttachmentInfo
from journal.entries.plain_words import visible_name
from journal.errors import JournalError
from journal.evidence.capture_dates import disagreement
from ui.app.errors import describe
from ui.app.session import Session
from ui.i18n import core_text, tr


class CaptureNoteDialog(QDialog):
    """One picture's question: a note to keep with it, or "Not now"."""

    def __init__(
        self, session: Session, entry_id: str, info: AttachmentInfo, question: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("About this picture's date"))
        self.session, self.entry_id, self.info = session, entry_id, info
        name = QLabel(visible_name(info.file_name))
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        self.question = QLabel(core_text(question))
        self.question.setWordWrap(True)
        self.note = QPlainTextEdit(info.description)
        self.note.setPlaceholderText(
            tr("For example: an older photo of the same bruise; the camera's clock was wrong.")
        )
        self.note.setAccessibleName(tr("Your note about the date"))
        self.note.setTabChangesFocus(True)
        label = QLabel(tr("&Your note:"))
        label.setBuddy(self.note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.keep_button = buttons.addButton(tr("&Keep this note"), role.AcceptRole)
        self.later_button = buttons.addButton(tr("&Not now"), role.RejectRole)
        buttons.accepted.connect(self.keep)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (name, self.question, label, self.note, self.message, buttons):
            layout.addWidget(widget)
        session.locked.connect(self.close)
        self.resize(520, 320)

    def keep(self) -> None:
        text = self.note.toPlainText().strip()
        if not text:
            self.reject()
            return
        try:
            self.session.journal.describe_attachment(self.entry_id, self.info.attachment_id, text)
        except JournalError as error:
            self.message.setText(describe(error))
            return
        self.accept()


def ask_about_dates(
    parent: QWidget, session: Session, entry_id: str, added: Sequence[AttachmentInfo]
) -> CaptureNoteDialog | None:
    """Ask about the first added picture whose date disagrees, then the next, one at a
    time; returns the dialog shown first (None when every date agrees)."""
    if not session.is_open:
        return None
    when = session.journal.entry(entry_id).content.occurred
    waiting = [(info, q) for info in added if (q := disagreement(info, when)) is not None]
    if not waiting:
        return None

    def show(index: int) -> CaptureNoteDialog:
        info, question = waiting[index]
        dialog = CaptureNoteDialog(session, entry_id, info, question, parent)
        if index + 1 < len(waiting):
            dialog.finished.connect(lambda _r: session.is_open and show(index + 1))
        dialog.open()
        return dialog

    return show(0)
