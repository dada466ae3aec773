"""The "Export…" and "Verify a bundle…" items of the main window's File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.export.dialog import ExportDialog
from ui.export.timestamps import TimestampSettingsDialog
from ui.export.verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from ui.app.window import AppWindow

EXPORT_SHORTCUT = "Ctrl+Shift+E"


class ExportActions(QObject):
    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction("E&xport…", window)
        self.export_action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
        self.export_action.triggered.connect(self.show_export)
        self.verify_action = QAction("&Verify a bundle…", window)
        self.verify_action.triggered.connect(self.show_verify)
        self.timestamps_action = QAction("Trusted &timestamps…", window)
        self.timestamps_action.triggered.connect(self.show_timestamps)
        window.open_only.append(self.timestamps_action)
        for act in (self.export_action, self.verify_action, self.timestamps_action):
            window.addAction(act)
        file_menu = next(
            (a.menu() for a in window.menuBar().actions() if a.text() == "&File"), None
        )
        if isinstance(file_menu, QMenu):
            before = window.lock_action if window.lock_action in file_menu.actions() else None
            file_menu.insertActions(  # type: ignore[arg-type]
                before, [self.export_action, self.verify_action, self.timestamps_action]
            )
            file_menu.insertSeparator(before)  # type: ignore[arg-type]
        self.dialog: ExportDialog | VerifyDialog | TimestampSettingsDialog | None = None

    def show_export(self) -> None:
        session = self.window.session
        if session is None or not session.is_open:
            return
        self.dialog = ExportDialog(session, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session.locked.connect(self.forget)  # the window itself is swept at lock
        self.dialog.show()

    def forget(self) -> None:
        self.dialog = None

    def show_verify(self) -> None:
        self.dialog = VerifyDialog(self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()

    def show_timestamps(self) -> None:
        """The choice of timestamp authorities (kept in the journal, off by default)."""
        session = self.window.session
        if session is None or not session.is_open:
            return
        self.dialog = TimestampSettingsDialog(session.journal, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session.locked.connect(self.forget)
        self.dialog.open()
