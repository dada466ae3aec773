"""One evidence file: what the system recorded about it, and a preview from memory only.

Pictures and text are read on a worker (preview_reading.py); audio and video play
through QtMultimedia from an in-memory buffer (media_device.py). Nothing decrypted
is written to disk, except the copy the person asks for with "Save a copy…", after
a warning that it will not be encrypted (copy_saving.py).

Trauma-informed: pictures open blurred until the person chooses to look (a
choice kept in the journal's encrypted settings), and recordings never start
on their own. A file that cannot be shown says why, calmly; it stays stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import AttachmentInfo
from journal.errors import JournalError
from journal.evidence.media import MAX_PREVIEW_BYTES, PreviewUnavailable
from ui.app.errors import describe
from ui.app.message_boxes import tell
from ui.app.session import Session
from ui.app.workers import BackgroundTask
from ui.evidence.copy_saving import CopySaver
from ui.evidence.file_details import FileDetails
from ui.evidence.picture_view import PictureView
from ui.evidence.preview_reading import (
    Picture,
    Stopped,
    Text,
    checked,
    preview_kind,
    read_picture,
    read_text,
    why_not,
)
from ui.i18n import core_text, tr
from ui.widgets.file_dialogs import run_file_dialog

if TYPE_CHECKING:
    from ui.evidence.media_view import MediaView

BLUR_SETTING = "blur_pictures"


def _entry_title(session: Session, attachment_id: str) -> str:
    """The entry the file is evidence of, or where it came from (a message export)."""
    try:
        return session.journal.find_attachment(attachment_id)[0].content.title
    except JournalError:
        return tr("none: kept from an imported message export")


class EvidenceViewer(QDialog):
    """Shows one attachment; `preview_ready` says which preview was shown (for tests too)."""

    preview_ready = Signal(str)  # "image", "text", "audio", "video" or "none"
    copy_saved = Signal(str)

    def __init__(self, session: Session, attachment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Attachment"))  # neutral: window titles can be seen and logged
        self.setSizeGripEnabled(True)
        self.session = session
        self.attachment_id = attachment_id
        self.info: AttachmentInfo | None = None
        self.entry_title = ""
        self.kind = "none"
        self.ready_kind: str | None = None  # set once the preview (or its refusal) is shown
        self.closed = False
        self.task: BackgroundTask | None = None
        self.saver: CopySaver | None = None  # made once the attachment is found
        self.save_path_chooser: Callable[[str], Path | None] | None = None
        self.message_box: QMessageBox | None = None
        # the preview, made once its kind is known
        self.unavailable: QLabel | None = None
        self.picture: PictureView | None = None
        self.text_view: QPlainTextEdit | None = None
        self.media: MediaView | None = None

        self.preview = QWidget()
        self.preview_layout = QVBoxLayout(self.preview)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(tr("Opening…"))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_layout.addWidget(self.status, 1)

        self.details = FileDetails()
        details_area = QScrollArea()
        details_area.setAccessibleName(tr("Details of this file"))
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setMinimumWidth(340)
        details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.save_button = self.buttons.addButton(
            tr("Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setToolTip(
            tr("Write the original file out, unencrypted, after a warning.")
        )
        self.save_button.clicked.connect(self.save_copy)

        body = QHBoxLayout()
        body.addWidget(self.preview, 3)
        body.addWidget(details_area, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)

        session.locked.connect(self._on_locked)
        self.finished.connect(self._release)
        try:
            self.info = session.journal.find_evidence(attachment_id)
            self.entry_title = _entry_title(session, attachment_id)
        except (JournalError, RuntimeError) as error:
            self.save_button.setEnabled(False)
            self._show_unavailable(
                tr("This evidence cannot be opened. {reason}").format(reason=describe(error))
            )
            self._ready("none")
            return
        self.saver = CopySaver(
            self,
            session,
            attachment_id,
            self.info,
            self.save_button,
            self.choose_save_path,
            self._tell,
        )
        self.saver.saved.connect(lambda path: self.copy_saved.emit(str(path)))
        self.details.fill(self.info, self.entry_title)
        self._start_preview(self.info)

    @property
    def name_label(self) -> QLabel:
        return self.details.name_label

    @property
    def sha_view(self) -> QPlainTextEdit:
        return self.details.sha_view

    # preview ----------------------------------------------------------------
    def _set_preview(self, widget: QWidget) -> None:
        while self.preview_layout.count():
            item = self.preview_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        self.preview_layout.addWidget(widget, 1)

    def _show_unavailable(self, reason: str) -> None:
        label = QLabel(tr("This file cannot be previewed here.\n\n{reason}").format(reason=reason))
        label.setObjectName("cannot-preview")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable = label
        self._set_preview(label)

    def _unavailable(self, reason: str) -> None:
        if self.info is not None:
            reason = tr("{reason} It stays stored unchanged; you can still save a copy.").format(
                reason=reason
            )
        self._show_unavailable(reason)
        self.kind = "none"
        self._ready("none")

    def _start_preview(self, info: AttachmentInfo) -> None:
        kind = preview_kind(info)
        if kind == "none":
            self._unavailable(why_not(info))
        elif kind == "image":
            if info.size > MAX_PREVIEW_BYTES:
                self._unavailable(tr("This picture is too large to preview inside the app."))
            else:
                self._load_in_background(read_picture)
        elif kind == "text":
            self._load_in_background(read_text)
        else:
            self._show_media(info, video=kind == "video")

    def _load_in_background(self, read: Callable[[Iterator[bytes]], object]) -> None:
        journal, attachment_id = self.session.journal, self.attachment_id

        def work(task: BackgroundTask) -> object:
            return read(checked(task, journal.read_attachment(attachment_id)))

        self.task = self.session.run(work, self._loaded, self._load_failed, owner=self)

    def _loaded(self, result: object) -> None:
        self.task = None
        if self.closed:
            return
        if isinstance(result, Picture):
            self._show_picture(result)
        elif isinstance(result, Text):
            self._show_text(result)

    def _load_failed(self, error: BaseException) -> None:
        self.task = None
        if self.closed or isinstance(error, Stopped):
            return
        if isinstance(error, PreviewUnavailable):  # its message: a sentence, or a phrase
            self._unavailable(core_text(error.args[0] if error.args else ""))
        else:
            self._unavailable(
                tr("The stored copy could not be read. {reason}").format(reason=describe(error))
            )

    def _ready(self, kind: str) -> None:
        self.ready_kind = kind
        self.preview_ready.emit(kind)

    # showing ------------------------------------------------------------------
    def _show_picture(self, picture: Picture) -> None:
        self.kind = "image"
        self.picture = PictureView(picture.image, picture.veil, self._blur_by_default())
        self.picture.blur_choice_changed.connect(self._set_blur_by_default)
        self._set_preview(self.picture)
        self._ready("image")

    def _blur_by_default(self) -> bool:
        try:
            return bool(self.session.journal.settings.get(BLUR_SETTING, True))
        except RuntimeError:
            return True

    def _set_blur_by_default(self, on: bool) -> None:
        try:
            self.session.journal.settings.set(BLUR_SETTING, bool(on))
        except (JournalError, RuntimeError) as error:
            self._tell(tr("The choice could not be saved"), describe(error))

    def _show_text(self, result: Text) -> None:
        self.kind = "text"
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(tr("Text of the file"))
        self.text_view.setPlainText(result.text)
        column.addWidget(self.text_view, 1)
        if result.truncated:
            note = QLabel(
                tr("Showing the first 2 MiB only. Save a copy to read all of it elsewhere.")
            )
            note.setWordWrap(True)
            column.addWidget(note)
        self._set_preview(holder)
        self._ready("text")

    def _show_media(self, info: AttachmentInfo, video: bool) -> None:
        from ui.evidence.media_view import (
            MediaView,  # QtMultimedia loads only when a recording is opened
        )

        self.kind = "video" if video else "audio"
        self.media = MediaView(self.session, self.attachment_id, info.size, video)
        self._set_preview(self.media)
        self._ready(self.kind)

    # saving a copy ----------------------------------------------------------------
    def save_copy(self) -> None:
        """Warn that the copy is not encrypted, then let the person choose where."""
        if self.saver is not None and not self.closed:
            self.saver.ask()

    def choose_save_path(self, suggested: str) -> Path | None:
        """Where to write the copy: Qt's own save dialog, or `save_path_chooser` if set."""
        if self.save_path_chooser is not None:
            return self.save_path_chooser(suggested)
        dialog = QFileDialog(self, tr("Save an unencrypted copy"), QDir.homePath())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.selectFile(suggested)
        chosen = run_file_dialog(dialog)
        return Path(chosen[0]) if chosen else None

    def _tell(self, title: str, text: str) -> None:
        self.message_box = tell(self, title, text)

    # closing ------------------------------------------------------------------
    def _on_locked(self) -> None:
        self._release()
        if shiboken6.isValid(self):
            self.close()

    def _release(self, *_args: object) -> None:
        """Stop playback and drop every decrypted byte this dialog holds."""
        if self.closed:
            return
        self.closed = True
        if self.task is not None:
            self.task.cancel()
        if self.saver is not None:
            self.saver.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.locked.disconnect(self._on_locked)
        if self.media is not None:
            self.media.release()
        if self.picture is not None:
            self.picture.clear()
        if self.text_view is not None:
            self.text_view.clear()
