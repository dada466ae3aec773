"""After an export: what was saved, in plain words; the fingerprint under For checking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.export.work import ExportOutcome
from ui.i18n import QT_TR_NOOP, tr
from ui.widgets.for_checking import ForChecking

FOR_RECIPIENT = QT_TR_NOOP(
    "Only if the person receiving it wants to check that it came from you: give them "
    "this signing-key fingerprint separately, for example by phone."
)


class ExportSavedDialog(QDialog):
    def __init__(self, outcome: ExportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export saved"))
        self.message = QLabel(outcome.message())
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checking = ForChecking(tr(FOR_RECIPIENT))
        self.checking.add_value(tr("Signing-key fingerprint"), outcome.fingerprint)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.checking)
        layout.addStretch()
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
