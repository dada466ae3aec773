"""Leaving with unsaved changes: keep them as a draft, discard them, or go back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class LeaveQuestion(QMessageBox):
    """Window-modal and non-blocking: open() it and listen to buttonClicked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Leave this entry?")
        self.setIcon(QMessageBox.Icon.Question)
        self.setText("Some of what you wrote is not saved yet.")
        self.setInformativeText(
            "You can keep it as a draft inside the journal and finish it later, or discard it."
        )
        self.keep = self.addButton("&Keep as draft", QMessageBox.ButtonRole.AcceptRole)
        self.discard = self.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
        self.back = self.addButton("&Go back", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep)
        self.setEscapeButton(self.back)
