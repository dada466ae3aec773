"""The questions an import may ask: which time zone (WhatsApp), and which format
(only after a file was not recognised). Both open without blocking, so that locking
the journal can close them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.conversations.zones import computer_zone_name
from journal.entries.timeparse import parse_zone
from journal.errors import UsageError
from journal.messages import FORMATS
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.text_fit import grow_to_fit

ZONE_TEXT = QT_TR_NOOP(
    "WhatsApp writes the time as the phone showed it, without saying which time zone "
    "the phone was set to. Which zone was it? This computer's zone is filled in; "
    "change it if the phone was somewhere else (for example Europe/Berlin or +01:00)."
)
ZONE_AFTER = QT_TR_NOOP(
    "Every time from this chat will be shown with this zone and the words "
    "“assumed: zone confirmed by the user”, and the time exactly as the export wrote it "
    "is kept beside it. Nothing is corrected."
)
#: The formats the core reads (journal/messages FORMATS), by the names people know them by.
FORMAT_NAMES = {
    "whatsapp": QT_TR_NOOP("WhatsApp chat (.txt or .zip)"),
    "sms-xml": QT_TR_NOOP("SMS Backup & Restore (.xml)"),
    "telegram-json": QT_TR_NOOP("Telegram (result.json)"),
    "facebook-json": QT_TR_NOOP("Facebook Messenger (.json)"),
    "mbox": QT_TR_NOOP("Email mailbox (.mbox)"),
    "eml": QT_TR_NOOP("Email message (.eml)"),
}


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ZoneQuestion(QDialog):
    """`answered(zone)` with a zone parse_zone accepts; closing it skips the file."""

    answered = Signal(str)

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)  # wrapped text, a third longer in some languages, is never cut
        self.setWindowTitle(tr("Time zone of the chat"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(480)
        self.zone = QLineEdit(computer_zone_name())
        self.zone.setAccessibleName(tr("Time zone"))
        self.problem = _plain("")
        form = QFormLayout()
        form.addRow(tr("&Time zone:"), self.zone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("&Import with this zone"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Skip this file"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(_plain(tr("“{file}” is a WhatsApp chat.").format(file=file_name)))
        column.addWidget(_plain(tr(ZONE_TEXT)))
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(_plain(tr(ZONE_AFTER)))
        column.addWidget(buttons)

    def accept(self) -> None:
        name = self.zone.text().strip()
        try:
            if parse_zone(name) is None:
                raise UsageError("empty")
        except UsageError:
            self.problem.setText(
                tr(
                    "“{zone}” is not a time zone this computer knows. "
                    "Try a name such as Europe/London or an offset such as +02:00."
                ).format(zone=name)
            )
            return
        self.answered.emit(name)
        super().accept()


class FormatQuestion(QDialog):
    """After a file was refused: the reason, and a format to try it as instead."""

    answered = Signal(str)

    def __init__(self, file_name: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grow_to_fit(self)  # wrapped text, a third longer in some languages, is never cut
        self.setWindowTitle(tr("Message file not imported"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason = _plain(
            tr("“{file}” was not imported, and nothing was stored:\n{reason}").format(
                file=file_name, reason=reason
            )
        )
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.format = QComboBox()
        for fmt in FORMATS:
            self.format.addItem(tr(FORMAT_NAMES[fmt]) if fmt in FORMAT_NAMES else fmt, fmt)
        self.format.setAccessibleName(tr("Format"))
        form = QFormLayout()
        form.addRow(tr("If you know what kind of export it is, &read it as:"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("T&ry as this format"))
        self.skip_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.skip_button.setText(tr("&Skip this file"))
        self.skip_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.reason)
        column.addLayout(form)
        column.addWidget(buttons)

    def accept(self) -> None:
        self.answered.emit(self.format.currentData())
        super().accept()
