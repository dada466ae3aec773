"""The clipboard forgets what the app put there.

Text copied from the app (a narrative, a reference number) would otherwise sit in
the desktop's clipboard, where a clipboard manager may keep it for good. When the
clipboard changes while this app owns it or is the active app, the guard keeps a
SHA-256 of the text (never the text) and clears the clipboard 30 seconds later,
but only if it still holds exactly that text: something the person copied from
another program afterwards is left alone. Quick exit and locking clear it at once.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: bytes | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_ours)
        self.clipboard.dataChanged.connect(self._changed)

    def _came_from_app(self) -> bool:
        app = QGuiApplication.instance()
        active = (
            isinstance(app, QGuiApplication)
            and app.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        return self.clipboard.ownsClipboard() or active

    def _changed(self) -> None:
        text = self.clipboard.text()
        if text and self._came_from_app():
            self._ours = _digest(text)
            self.timer.start()
        else:
            self._ours = None
            self.timer.stop()

    @property
    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self.clipboard.text()) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what the app put there."""
        self.timer.stop()
        if not self.holds_ours:
            return False
        self._ours = None
        self.clipboard.clear(QClipboard.Mode.Clipboard)
        if self.clipboard.supportsSelection():
            self.clipboard.clear(QClipboard.Mode.Selection)
        return True
