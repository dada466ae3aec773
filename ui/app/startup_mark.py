"""The start-up mark of the desktop app: when the first window has been exposed and
painted (benchmarks/startup.py measures process start to this point).

Nothing is watched unless INCIDENT_JOURNAL_STARTUP_MARKS is set.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

from journal.system.startup_mark import ENV_MARKS, mark

FIRST_WINDOW = "first-window"


class _FirstExpose(QObject):
    """Marks once, after the event loop has handled the first window's exposure (the
    paint it causes included), then stops watching."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() == QEvent.Type.Expose and exposed:
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: mark(FIRST_WINDOW))
        return False


def mark_first_window(app: QCoreApplication) -> None:
    """Watch `app` for its first exposed window, when start-up marks were asked for."""
    if os.environ.get(ENV_MARKS):
        app.installEventFilter(_FirstExpose(app))
