"""At lock and quick exit: every secondary window emptied, closed and deleted.

One mechanism for every dialog and window, whoever opened it (case views, export,
history, evidence viewer, editor, message boxes, safety dialogs): anything that is
a top-level window, other than the main window and the decoy, is swept. A window
added later is covered without code of its own. Popups that belong to the main
window's own chrome (its menus) are only hidden, since the main window stays.

Sweeping first blanks what is shown (texts, titles, tooltips, list and table
items) with signals blocked, so nothing reacts to the change after the keys are
gone, then closes the window and schedules its deletion; Qt frees the widgets and
their models when the event loop next runs. Python references that holders keep
(CaseActions.dialogs, ExportActions.dialog) are dropped by the holders on lock.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QToolTip,
    QTreeWidget,
    QWidget,
)

SWEPT = "incident-journal-swept"  # set on a window already emptied and awaiting deletion


def blank(widget: QWidget) -> None:
    """Empty what `widget` shows, with its signals blocked (no slot runs on a locked journal)."""
    was_blocked = widget.blockSignals(True)
    selection = None
    try:
        if isinstance(widget, (QTreeWidget, QTableWidget, QListWidget)):
            selection = widget.selectionModel()
            if selection is not None:
                selection.blockSignals(True)
            widget.clear()
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QLabel, QComboBox)):
            widget.clear()
        elif isinstance(widget, QAbstractButton) and widget.text():
            widget.setText("")
        if widget.toolTip():
            widget.setToolTip("")
        if widget.isWindow():
            widget.setWindowTitle("")
    finally:
        if selection is not None and shiboken6.isValid(selection):
            selection.blockSignals(False)
        widget.blockSignals(was_blocked)


def _owner(widget: QWidget) -> QWidget | None:
    """The window this one belongs to (None for a window without a parent)."""
    parent = widget.parentWidget()
    return parent.window() if parent is not None else None


def sweep_windows(keep: Iterable[QWidget | None]) -> int:
    """Blank, close and delete every top-level window but `keep`; returns how many."""
    kept = {id(w) for w in keep if w is not None}
    QToolTip.hideText()
    swept = 0
    for window in QApplication.topLevelWidgets():
        if not shiboken6.isValid(window) or id(window) in kept or window.property(SWEPT):
            continue
        if isinstance(window, QMainWindow):
            continue
        owner = _owner(window)
        if owner is not None and id(owner) not in kept:
            window.hide()  # goes with its own window (a combo box list, a submenu)
            continue
        parent = window.parentWidget()
        own = isinstance(window, QDialog) or parent is None or id(parent) in kept
        if owner is not None and (isinstance(window, QMenu) or not own):
            window.hide()  # the main window's own popups (menus, combo lists) stay with it
            continue
        if isinstance(window, QFileDialog):
            window.reject()  # its owner deletes it (ui/widgets/file_dialogs.py)
            continue
        window.hide()
        for child in [window, *window.findChildren(QWidget)]:
            if shiboken6.isValid(child):
                blank(child)
        window.setProperty(SWEPT, True)
        window.close()
        window.deleteLater()
        swept += 1
    return swept
