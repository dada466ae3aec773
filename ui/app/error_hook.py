"""The last net for errors nobody caught: in a slot, in a callback, or on a thread.

Installed by ui/app/main.py as sys.excepthook and threading.excepthook (PySide6
hands an exception raised in a slot to sys.excepthook and carries on). It
- logs only the kind of error and where it was raised (file, line, function),
  never the message, the arguments or local values: an exception's message may
  quote what it was working on, and that can be journal content (a title, a
  name, a line of an imported message), and stderr can end up in a log file;
- shows the person one calm message, and no more while that one is open;
- lets the app run on. Ctrl+C still ends it as Python would.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import PurePath
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.app.errors import describe
from ui.app.message_boxes import tell
from ui.i18n import QT_TR_NOOP, tr

LOG = logging.getLogger("incident_journal")
TITLE = QT_TR_NOOP("Something went wrong")
IN_THE_APP = QT_TR_NOOP(
    "Something went wrong that the app did not expect. What was saved before is still "
    "in your journal, and you can go on."
)


def where(trace: TracebackType | None) -> str:
    """Where the error was raised, as file:line in function, innermost first; only the
    last two parts of each file's path (no home folder or user name)."""
    frames = traceback.extract_tb(trace)
    return " <- ".join(
        f"{'/'.join(PurePath(f.filename).parts[-2:])}:{f.lineno} in {f.name}"
        for f in reversed(frames[-6:])
    )


def log_safely(kind: type[BaseException], trace: TracebackType | None) -> None:
    LOG.error("Unexpected %s at %s", kind.__name__, where(trace) or "an unknown place")


def _shown_window() -> QWidget | None:
    shown = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
    return shown[0] if shown else None


class ErrorHook(QObject):
    """Turns an uncaught exception into one calm message box on the GUI thread."""

    _arrived = Signal(str)  # emitted on any thread, shown on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.shown = 0  # how many messages were shown (tests, and to keep it to one)
        self.unshown = 0  # errors that came while a message was already open
        self._arrived.connect(self._show)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        try:
            log_safely(kind, trace)
            self._arrived.emit(describe(error, tr(IN_THE_APP)))
        except Exception:  # the net itself must never throw
            LOG.error("Unexpected %s (it could not be shown)", kind.__name__)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, text: str) -> None:
        if self.box is not None:
            self.unshown += 1
            return
        parent = QApplication.activeWindow() or _shown_window()
        if parent is None:
            return  # no window to show it over (logged above)
        self.box = tell(parent, tr(TITLE), text)
        self.box.setIcon(QMessageBox.Icon.Warning)
        self.box.finished.connect(self._closed)
        self.shown += 1

    def _closed(self) -> None:
        self.box = None
