"""A Quick exit button at the top right of every dialog of the app, added when the dialog
is first shown, so that no window opened over the main one (history, evidence viewer,
tracker, editor, after disclosure…) hides the way out. Ctrl+Q works everywhere anyway;
the button is for the mouse, and for someone who does not remember the key.

Added by one application-wide event filter, so a new dialog needs no code of its own.
Qt's own boxes (message boxes, file dialogs) are short-lived and left as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
)

from ui.i18n import tr
from ui.safety.quick_exit import QUICK_EXIT_KEY

BUTTON_NAME = "quick-exit-button"
_ADDED = "quickExitAdded"


class QuickExitEverywhere(QObject):
    def __init__(self, trigger: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trigger = trigger

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not isinstance(watched, QMessageBox)  # a question, answered and gone
            and type(watched).__module__.startswith("ui.")
            and not watched.property(_ADDED)
        ):
            add_button(watched, self._trigger)
        return False


def add_button(dialog: QDialog, trigger: Callable[[], None]) -> QPushButton | None:
    """Put the button in a row above the dialog's content (None when its layout is neither
    a box nor a form layout: Ctrl+Q still works there)."""
    layout = dialog.layout()
    if not isinstance(layout, (QBoxLayout, QFormLayout)):
        return None
    dialog.setProperty(_ADDED, True)
    button = QPushButton(tr("Quick exit"))
    button.setObjectName(BUTTON_NAME)
    button.setAccessibleName(tr("Quick exit"))
    button.setToolTip(
        tr("Lock and hide everything at once ({key})").format(key=QUICK_EXIT_KEY.toString())
    )
    button.setAutoDefault(False)  # Enter in the dialog must never press it
    button.setDefault(False)
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    button.clicked.connect(trigger)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch()
    row.addWidget(button)
    if isinstance(layout, QFormLayout):
        layout.insertRow(0, row)
    else:
        layout.insertLayout(0, row)
    return button


def install(trigger: Callable[[], None], owner: QObject) -> QuickExitEverywhere:
    app = QApplication.instance()
    assert app is not None
    watcher = QuickExitEverywhere(trigger, owner)
    app.installEventFilter(watcher)
    return watcher
