"""Quick exit: one key, two Escapes or one button, and the app is gone.

The keys are watched by an application-wide event filter, because a modal dialog
(the entry editor, a message box, a file dialog) swallows the main window's
shortcuts. Ctrl+Q is the quick-exit key everywhere: quitting this app always
means locking and wiping first, so the usual "quit" key does exactly that.

An Esc that closes something (a dialog, a message box, an open menu or list) does what
Esc always does and never counts towards "Esc twice": closing the history with Esc and
pressing Esc again a moment later must not lock her out.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

QUICK_EXIT_KEY = QKeySequence("Ctrl+Q")
DOUBLE_ESC_SECONDS = 0.6


def _is_quick_exit_key(event: QKeyEvent) -> bool:
    combo = event.keyCombination()
    return QKeySequence(combo) == QUICK_EXIT_KEY


def first_delivery(watched: QObject) -> bool:
    """A key press passes the filter once per hop (window, focus widget, its parents):
    count it only where it is first delivered to a widget, so one press counts once."""
    if not isinstance(watched, QWidget):
        return False
    focus = QApplication.focusWidget()
    return watched is focus if focus is not None else watched.isWindow()


def _esc_closes_something(watched: QWidget) -> bool:
    """Whether this Esc will close a popup or the dialog it was pressed in."""
    if QApplication.activePopupWidget() is not None:
        return True
    return isinstance(watched.window(), QDialog)


class QuickExitFilter(QObject):
    """Calls `trigger` on Ctrl+Q or on Esc pressed twice within 0.6 s, in any window."""

    triggered = Signal()

    def __init__(self, trigger: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trigger = trigger
        self._last_esc = -10.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if _is_quick_exit_key(event):
                event.accept()  # ours, before any window's shortcut
                return True
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not first_delivery(watched):
            return False
        if _is_quick_exit_key(event):
            self._fire()
            return True
        if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
            if isinstance(watched, QWidget) and _esc_closes_something(watched):
                self._last_esc = -10.0
                return False
            now = time.monotonic()
            if now - self._last_esc <= DOUBLE_ESC_SECONDS:
                self._last_esc = -10.0
                self._fire()
                return True
            self._last_esc = now
        return False

    def _fire(self) -> None:
        self.triggered.emit()
        self._trigger()


def install(trigger: Callable[[], None], owner: QObject) -> QuickExitFilter:
    """Watch every key press in the app for as long as `owner` lives."""
    app = QApplication.instance()
    assert app is not None
    quick = QuickExitFilter(trigger, owner)
    app.installEventFilter(quick)
    return quick
