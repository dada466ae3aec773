""" "Open in another program" for one piece of evidence, only after a warning.

The copy is private and temporary (ui/safety/temp_copies.py) and is wiped when
the journal locks or the app exits. `opener` hands the file to the desktop; tests
replace it with a function that only records the path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePath

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWidget

from ui.app.errors import describe
from ui.app.message_boxes import warn_before
from ui.app.session import Session
from ui.app.workers import BackgroundTask
from ui.i18n import QT_TR_NOOP, tr
from ui.safety.temp_copies import write_private_copy

WARNING = QT_TR_NOOP(
    "To open this file in another program, an unencrypted copy has to be made. It is "
    "kept in a private temporary folder (in memory where this computer allows it) and "
    "is wiped when you lock, use quick exit or close the app.\n\n"
    "The other program may still remember it: in its list of recent files, in a "
    "thumbnail, or in its own backups. If someone else may look through this computer, "
    "viewing the file here is safer."
)


def _open_with_desktop(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


opener: Callable[[Path], bool] = _open_with_desktop


class OpenElsewhere:
    """Adds the button to an evidence viewer and runs the warn-copy-open steps."""

    def __init__(self, viewer: QWidget, session: Session, attachment_id: str) -> None:
        self.viewer = viewer
        self.session = session
        self.attachment_id = attachment_id
        self.warning: QMessageBox | None = None
        self.task: BackgroundTask | None = None
        self.opened: Path | None = None
        buttons = viewer.findChild(QDialogButtonBox)
        self.button = QPushButton(tr("Open in another program…"))
        self.button.setToolTip(tr("Makes a temporary unencrypted copy, after a warning."))
        if isinstance(buttons, QDialogButtonBox):
            buttons.addButton(self.button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button.clicked.connect(self.ask)

    def ask(self) -> None:
        self.warning, self.go = warn_before(
            self.viewer,
            tr("Open in another program?"),
            tr("This makes a temporary copy that is NOT encrypted."),
            tr(WARNING),
            tr("Make the copy and open it"),
            self._answered,
        )

    def _answered(self, go_on: bool) -> None:
        self.warning = None
        if go_on and self.session.is_open:
            self.start()

    def start(self) -> None:
        journal = self.session.journal
        info = journal.find_evidence(self.attachment_id)
        suffix = PurePath(info.file_name).suffix.lstrip(".")
        attachment_id = self.attachment_id

        def work(task: BackgroundTask) -> Path:
            blocks = journal.read_attachment(attachment_id)
            return write_private_copy(blocks, suffix, lambda: task.cancelled)

        self.button.setEnabled(False)
        self.task = self.session.run(work, self._written, self._failed, owner=self.viewer)

    def _written(self, path: Path) -> None:
        self.opened = path
        self.button.setEnabled(True)
        if not opener(path):
            self._tell(tr("No program on this computer offered to open this kind of file."))

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(error, InterruptedError):
            return
        self._tell(tr("The copy could not be made. {reason}").format(reason=describe(error)))

    def _tell(self, text: str) -> None:
        QMessageBox.information(self.viewer, tr("Open in another program"), text)
