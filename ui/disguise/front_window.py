"""The window the locked app shows when disguised: a working everyday app.

Nothing in it, its menus or its accessibility names says what the app really is. The
chosen way in (ui/disguise/way_in.py), given inside it, emits `opened`; closing it
quits the app, as closing the app it looks like would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ui.disguise.fronts import make_front
from ui.disguise.watcher import WayInWatcher
from ui.disguise.way_in import WayIn
from ui.i18n import tr
from ui.safety.disguise import app_name, disguise_icon


class FrontWindow(QMainWindow):
    opened = Signal()

    def __init__(
        self, look: str, way_in: WayIn, quit_app: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.look = look
        self.setObjectName(f"{look}-window")
        self._quit = quit_app
        self.front = make_front(look)
        self.setCentralWidget(self.front)
        self.front.status.connect(self.statusBar().showMessage)
        self.watcher = WayInWatcher(way_in, self)
        self.watcher.opened.connect(self.opened)
        menu = self.menuBar().addMenu(tr("&File"))
        menu.addAction(tr("&New"), QKeySequence.StandardKey.New, self.front.reset)
        menu.addAction(tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        self.menuBar().addMenu(tr("&Help")).addAction(tr("&About"), self._about)
        self.resize(760, 540)

    def _about(self) -> None:
        QMessageBox.about(self, app_name(), f"{app_name()}\n\n" + tr("Keeps things simple."))

    def present(self) -> None:
        """Shown fresh: whatever was typed into it last time (the way in too) is gone."""
        self.front.reset()
        self.watcher.forget()
        self.setWindowTitle(app_name())
        self.setWindowIcon(disguise_icon(self.look))
        self.show()
        self.raise_()
        self.activateWindow()
        self.front.first_control().setFocus()

    def step_aside(self) -> None:
        """Hide for the passphrase page (not a close: the app keeps running)."""
        self.front.reset()
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.front.reset()
        super().closeEvent(event)
        if event.isAccepted():
            self._quit()
