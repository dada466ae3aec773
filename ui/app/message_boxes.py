"""Window-modal message boxes opened without blocking (so locking can close them):
a question, a warning that asks before something is done, and a plain note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ui.i18n import tr


def ask(
    parent: QWidget,
    title: str,
    text: str,
    details: str,
    labels: tuple[str, str],
    answered: Callable[[bool], None],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    default_yes: bool = True,
) -> tuple[QMessageBox, QPushButton]:
    """Open a question with two answers, `labels` = (yes, no); Escape is always "no".
    `answered(True)` only if the person chose yes. Returns the box and the yes button."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    yes = box.addButton(labels[0], QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(labels[1], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: answered(button is yes))
    box.open()
    return box, yes


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
    return ask(
        parent,
        title,
        text,
        details,
        (go_label, tr("Cancel")),
        answered,
        icon=QMessageBox.Icon.Warning,
        default_yes=False,
    )


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
