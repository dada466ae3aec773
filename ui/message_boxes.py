"""Window-modal message boxes opened without blocking (so locking can close them):
a warning that asks before something is done, and a plain note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def warn_before(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    go_label: str,
    answered: Callable[[bool], None],
) -> tuple[QMessageBox, QPushButton]:
    """Open a warning whose default (and Escape) is Cancel; `answered(True)` only if
    the person chose `go_label`. Returns the box and that button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    go = box.addButton(go_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: answered(button is go))
    box.open()
    return box, go


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Open a note shown as plain text (never rich text: it may quote file names)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
