"""Saving an unencrypted copy of one attachment, for the evidence viewer.

A warning comes first (the copy will not be encrypted; a removable drive is
safer), then the place, then the write on a worker, checked against the SHA-256
recorded when the file was added (journal.evidence.streaming.write_out), with
progress and a Stop button. Nothing is written before the person chose a place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from journal.entries.model import AttachmentInfo
from journal.entries.plain_words import visible_name
from journal.evidence.streaming import write_out
from ui.app.errors import describe
from ui.app.message_boxes import warn_before
from ui.app.session import Session
from ui.app.workers import BackgroundTask
from ui.evidence.preview_reading import Stopped, checked
from ui.i18n import tr

KIB = 1024


def safe_file_name(name: str) -> str:
    """The name a saved copy is offered under: hidden characters shown, no folders."""
    shown = visible_name(name).replace("/", "_").replace("\\", "_").strip()
    return shown if shown not in ("", ".", "..") else "evidence"


class CopySaver(QObject):
    """Asks, then writes one attachment out; its boxes are window-modal on `dialog`.
    `tell(title, text)` shows the outcome; `saved` carries the path written."""

    saved = Signal(object)  # the Path written

    def __init__(
        self,
        dialog: QWidget,
        session: Session,
        attachment_id: str,
        info: AttachmentInfo,
        button: QPushButton,
        choose_path: Callable[[str], Path | None],
        tell: Callable[[str, str], None],
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.session = session
        self.attachment_id = attachment_id
        self.info = info
        self.button = button
        self.choose_path = choose_path
        self.tell = tell
        self.stopped = False
        self.task: BackgroundTask | None = None
        self.warning: QMessageBox | None = None
        self.accept_button: QPushButton | None = None
        self.progress: QProgressDialog | None = None

    def ask(self) -> None:
        """Warn that the copy is not encrypted, then let the person choose where."""
        self.warning, self.accept_button = warn_before(
            self.dialog,
            tr("Save an unencrypted copy?"),
            tr("The copy will NOT be encrypted."),
            tr(
                "Anyone who can reach the place you save it to, including anyone who looks "
                "through this computer, will be able to open it. If you can, save it to a USB "
                "stick or other removable drive that you keep somewhere safe, rather than to "
                "this computer.\n\nThe copy is checked against the SHA-256 recorded when the "
                "file was added, so you can show it is the same file."
            ),
            tr("Choose where to save…"),
            self._after_warning,
        )

    def stop(self) -> None:
        """The viewer is closing: stop a running write and show nothing more."""
        self.stopped = True
        if self.task is not None:
            self.task.cancel()

    def _after_warning(self, go_on: bool) -> None:
        self.warning = None
        if not go_on or self.stopped:
            return
        path = self.choose_path(safe_file_name(self.info.file_name))
        if path is not None:
            self.write(path)

    def write(self, path: Path) -> None:
        info = self.info
        journal = self.session.journal
        attachment_id = self.attachment_id
        total_kib = max(1, info.size // KIB)

        def work(task: BackgroundTask) -> Path:
            blocks = checked(task, journal.read_attachment(attachment_id))
            write_out(
                blocks,
                path,
                info.sha256,
                lambda done: task.report(min(done // KIB, total_kib), total_kib),
            )
            return path

        progress = QProgressDialog(
            tr("Writing the copy and checking it against the recorded SHA-256…"),
            tr("Stop"),
            0,
            total_kib,
            self.dialog,
        )
        progress.setWindowTitle(tr("Saving a copy"))
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress
        self.button.setEnabled(False)

        self.task = self.session.run(
            work,
            self._saved,
            self._failed,
            lambda done, _total: progress.setValue(done),
            owner=self.dialog,
        )
        progress.canceled.connect(self.task.cancel)

    def _end(self) -> None:
        self.task = None
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect()
            progress.reset()
            progress.hide()
            progress.deleteLater()
        if not self.stopped:
            self.button.setEnabled(True)

    def _saved(self, path: Path) -> None:
        self._end()
        self.saved.emit(path)
        if not self.stopped:
            self.tell(
                tr("Copy saved"),
                tr(
                    "The copy was saved as {path}.\n\nIt matches the SHA-256 recorded when the "
                    "file was added. Remember that this copy is not encrypted."
                ).format(path=path),
            )

    def _failed(self, error: BaseException) -> None:
        self._end()
        if self.stopped or isinstance(error, Stopped):
            return
        self.tell(
            tr("The copy was not saved"),
            describe(error, also="\n\n" + tr("The evidence in the journal is unchanged.")),
        )
