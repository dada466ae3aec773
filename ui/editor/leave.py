"""Leaving with unsaved changes: keep them as a draft, discard them, or go back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import tr


class LeaveQuestion(QMessageBox):
    """Window-modal and non-blocking: open() it and listen to buttonClicked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Leave this entry?"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(tr("Some of what you wrote is not saved yet."))
        self.setInformativeText(
            tr("You can keep it as a draft inside the journal and finish it later, or discard it.")
        )
        self.keep = self.addButton(tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        self.discard = self.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        self.back = self.addButton(tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep)
        self.setEscapeButton(self.back)
