"""A plain, empty notepad shown after quick exit when the person chose it.

It holds nothing and saves nothing: what is typed here stays in memory and is gone
when it closes. Ctrl+Shift+U brings back the passphrase screen; closing it quits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QWidget

from ui.i18n import tr
from ui.safety.disguise import app_name

RETURN_KEY = QKeySequence("Ctrl+Shift+U")


class DecoyWindow(QMainWindow):
    def __init__(
        self, back_to_unlock: Callable[[], None], quit_app: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("decoy")
        self._back = back_to_unlock
        self._quit = quit_app
        self.pad = QPlainTextEdit()
        self.pad.setPlaceholderText(tr("Start typing…"))
        self.pad.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setCentralWidget(self.pad)
        menu = self.menuBar().addMenu(tr("&File"))
        menu.addAction(tr("&New"), QKeySequence.StandardKey.New, self.pad.clear)
        menu.addAction(tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        self.menuBar().addMenu(tr("&Edit")).addAction(tr("Select &all"), self.pad.selectAll)
        QShortcut(RETURN_KEY, self, self.back)
        self.resize(720, 520)

    def present(self) -> None:
        self.pad.clear()
        self.setWindowTitle(app_name())
        self.show()
        self.raise_()
        self.activateWindow()
        self.pad.setFocus()

    def back(self) -> None:
        self.pad.clear()
        self.hide()
        self._back()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pad.clear()
        super().closeEvent(event)
        if event.isAccepted():
            self._quit()
