"""The "Export…" and "Verify a bundle…" actions (the main window puts them in File)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.app.shell import Shell
from ui.i18n import tr

# The dialogs (and the PDF renderer behind them) load when first asked for, not before
# the first window (docs/performance.md, start-up).
if TYPE_CHECKING:
    from ui.export.dialog import ExportDialog
    from ui.export.timestamps import TimestampSettingsDialog
    from ui.export.verify_dialog import VerifyDialog

EXPORT_SHORTCUT = "Ctrl+Shift+E"


class ExportActions(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        parent = shell.widget()
        self.export_action = QAction(tr("E&xport…"), parent)
        self.export_action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
        self.export_action.triggered.connect(self.show_export)
        self.verify_action = QAction(tr("&Verify a bundle…"), parent)
        self.verify_action.triggered.connect(self.show_verify)
        self.timestamps_action = QAction(tr("Trusted &timestamps…"), parent)
        self.timestamps_action.triggered.connect(self.show_timestamps)
        self.actions = [self.export_action, self.verify_action, self.timestamps_action]
        parent.addActions(self.actions)
        shell.while_open(self.export_action)
        shell.while_open(self.timestamps_action)
        self.dialog: ExportDialog | VerifyDialog | TimestampSettingsDialog | None = None

    def show_export(self) -> None:
        session = self.shell.session
        if session is None or not session.is_open:
            return
        from ui.export.dialog import ExportDialog

        self.dialog = ExportDialog(session, self.shell.widget())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session.locked.connect(self.forget)  # the window itself is swept at lock
        self.dialog.show()

    def forget(self) -> None:
        self.dialog = None

    def show_verify(self) -> None:
        from ui.export.verify_dialog import VerifyDialog

        self.dialog = VerifyDialog(self.shell.widget())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()

    def show_timestamps(self) -> None:
        """The choice of timestamp authorities (kept in the journal, off by default)."""
        session = self.shell.session
        if session is None or not session.is_open:
            return
        from ui.export.timestamps import TimestampSettingsDialog

        self.dialog = TimestampSettingsDialog(session.journal, self.shell.widget())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session.locked.connect(self.forget)
        self.dialog.open()
