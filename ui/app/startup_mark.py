"""The start-up mark of the desktop app: when the first window has been exposed and
painted (benchmarks/startup.py measures process start to this point).

Nothing is watched unless INCIDENT_JOURNAL_STARTUP_MARKS is set; set to "quit", the app
also quits once marked, so a benchmark or a test can run it to that point and no further.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

from journal.system.startup_mark import ENV_MARKS, mark

FIRST_WINDOW = "first-window"
QUIT = "quit"


class _FirstExpose(QObject):
    """Marks once, after the event loop has handled the first window's exposure (the
    paint it causes included), then stops watching (and quits, when asked to)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() == QEvent.Type.Expose and exposed:
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self._marked)
        return False

    def _marked(self) -> None:
        mark(FIRST_WINDOW)
        if os.environ.get(ENV_MARKS) == QUIT:
            self.app.quit()


def mark_first_window(app: QCoreApplication) -> None:
    """Watch `app` for its first exposed window, when start-up marks were asked for."""
    if os.environ.get(ENV_MARKS):
        app.installEventFilter(_FirstExpose(app))
