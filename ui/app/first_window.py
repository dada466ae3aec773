"""What start-up leaves until the first window is on screen (docs/performance.md).

- The start-up mark (benchmarks/startup.py measures process start to it), printed once
  the first window has been exposed and painted, when INCIDENT_JOURNAL_STARTUP_MARKS is
  set; set to "quit", the app also quits then, so a benchmark or a test can run it to
  that point and no further.
- The modules unlocking needs (the store with SQLAlchemy, the open journal), which the
  first window does without: they load on a thread of their own while the person types
  her passphrase, so pressing Unlock does not wait for them. Should that fail, the
  unlock itself imports them again and says what went wrong.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

from journal.system.startup_mark import ENV_MARKS, mark

FIRST_WINDOW = "first-window"
QUIT = "quit"


class _FirstExpose(QObject):
    """Calls `then` once the event loop has handled the first window's exposure (the
    paint it causes included), then stops watching."""

    def __init__(self, app: QCoreApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self.app = app
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() == QEvent.Type.Expose and exposed:
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def _load_for_unlocking() -> None:
    with contextlib.suppress(Exception):  # only a head start: unlock imports them anyway
        import journal.session.journal
        import journal.vault.lifecycle  # noqa: F401


def _mark(app: QCoreApplication) -> None:
    mark(FIRST_WINDOW)
    if os.environ.get(ENV_MARKS) == QUIT:
        app.quit()


def mark_first_window(app: QCoreApplication) -> None:
    """Only the start-up mark, when asked for (the benchmark's bare reference window)."""
    if os.environ.get(ENV_MARKS):
        app.installEventFilter(_FirstExpose(app, lambda: _mark(app)))


def after_first_window(app: QCoreApplication) -> None:
    """Once the first window is on screen: the mark, when asked for, and the head start
    on unlocking (a plain thread, which Python waits for at exit)."""

    def then() -> None:
        threading.Thread(target=_load_for_unlocking, name="load-for-unlocking").start()
        if os.environ.get(ENV_MARKS):
            _mark(app)

    app.installEventFilter(_FirstExpose(app, then))
