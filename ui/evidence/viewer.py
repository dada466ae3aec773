"""One evidence file: what the system recorded about it, and a preview from memory only.

Pictures are decoded by the core (size checked first, EXIF orientation applied)
into PNG bytes that become a QImage in a worker; text is decoded as UTF-8 with
replacement; audio and video play through QtMultimedia from an in-memory
buffer (media_device.py). Nothing decrypted is written to disk, except the copy the person
asks for with "Save a copy…", after a warning that it will not be encrypted.

Trauma-informed: pictures open blurred until the person chooses to look (a
choice kept in the journal's encrypted settings), and recordings never start
on their own. A file that cannot be shown says why, calmly; it stays stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QImage,
    QTextOption,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.entries.model import AttachmentInfo
from journal.entries.plain_words import exact_size, file_kind, file_size, visible_name
from journal.errors import JournalError
from journal.evidence.media import MAX_PREVIEW_BYTES, PreviewUnavailable, render_image
from journal.evidence.streaming import write_out
from ui.app.message_boxes import tell, warn_before
from ui.app.session import Session
from ui.app.workers import BackgroundTask, run_in_background
from ui.evidence.picture_view import PictureView, make_veil
from ui.widgets.file_dialogs import run_file_dialog

if TYPE_CHECKING:
    from ui.evidence.media_view import MediaView

TEXT_PREVIEW_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4096  # pictures are decoded at most this large on their longer side
BLUR_SETTING = "blur_pictures"
TEXT_TYPES = ("application/json", "application/xml", "application/x-ndjson")
KIB = 1024


class _Stopped(Exception):
    """The viewer closed while a background read was running."""


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    text = parsed.strftime("%Y-%m-%d %H:%M:%S")
    offset = parsed.strftime("%z")
    if offset in ("+0000", ""):
        return f"{text} UTC" if offset else text
    return f"{text} (UTC{offset[:3]}:{offset[3:]})"


def safe_file_name(name: str) -> str:
    """The name a saved copy is offered under: hidden characters shown, no folders."""
    shown = visible_name(name).replace("/", "_").replace("\\", "_").strip()
    return shown if shown not in ("", ".", "..") else "evidence"


def _entry_title(session: Session, attachment_id: str) -> str:
    """The entry the file is evidence of, or where it came from (a message export)."""
    try:
        return session.journal.find_attachment(attachment_id)[0].content.title
    except JournalError:
        return "none: kept from an imported message export"


def preview_kind(info: AttachmentInfo) -> str:
    media_type = info.media_type
    if info.size == 0:
        return "none"
    if media_type.startswith("image/"):
        return "image"
    if media_type.startswith("text/") or media_type in TEXT_TYPES:
        return "text"
    if media_type.startswith("audio/"):
        return "audio"
    if media_type.startswith("video/"):
        return "video"
    return "none"


def _why_not(info: AttachmentInfo) -> str:
    if info.size == 0:
        return "This file is empty (0 bytes), so there is nothing to show."
    if info.media_type == "application/pdf":
        return "PDF documents are not previewed inside the app."
    return f"Files of this type ({info.media_type}) are not previewed inside the app."


@dataclass(frozen=True)
class _Picture:
    image: QImage
    veil: QImage  # a tiny copy that, stretched, shows only blurred colours


@dataclass(frozen=True)
class _Text:
    text: str
    truncated: bool


def _checked(task: BackgroundTask, blocks: Iterator[bytes]) -> Iterator[bytes]:
    for block in blocks:
        if task.cancelled:
            raise _Stopped()
        yield block


def read_picture(blocks: Iterator[bytes]) -> _Picture:
    """Worker: decrypt into memory, decode with the core, make QImages (never QPixmaps)."""
    data = bytearray()
    for block in blocks:
        data += block
    try:
        png, _w, _h = render_image(bytes(data), MAX_SIDE)
    finally:
        data[:] = bytes(len(data))
    image = QImage.fromData(png)
    if image.isNull():
        raise PreviewUnavailable("This picture could not be decoded for display.")
    return _Picture(image, make_veil(image))


def read_text(blocks: Iterator[bytes]) -> _Text:
    """Worker: the first 2 MiB as UTF-8, undecodable bytes shown as U+FFFD."""
    data = bytearray()
    more = False
    for block in blocks:
        room = TEXT_PREVIEW_BYTES - len(data)
        data += block[:room]
        if len(block) > room:
            more = True
            break
    text = bytes(data).decode("utf-8", errors="replace")
    data[:] = bytes(len(data))
    return _Text(text, more)


class EvidenceViewer(QDialog):
    """Shows one attachment; `preview_ready` says which preview was shown (for tests too)."""

    preview_ready = Signal(str)  # "image", "text", "audio", "video" or "none"
    copy_saved = Signal(str)

    def __init__(self, session: Session, attachment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Attachment")  # neutral: window titles can be seen and logged
        self.setSizeGripEnabled(True)
        self.session = session
        self.attachment_id = attachment_id
        self.info: AttachmentInfo | None = None
        self.entry_title = ""
        self.kind = "none"
        self.ready_kind: str | None = None  # set once the preview (or its refusal) is shown
        self.closed = False
        self.task: BackgroundTask | None = None
        self.save_task: BackgroundTask | None = None
        self.save_path_chooser: Callable[[str], Path | None] | None = None
        self.save_warning: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self.save_progress: QProgressDialog | None = None
        # the preview, made once its kind is known
        self.unavailable: QLabel | None = None
        self.picture: PictureView | None = None
        self.text_view: QPlainTextEdit | None = None
        self.media: MediaView | None = None

        self.preview = QWidget()
        self.preview_layout = QVBoxLayout(self.preview)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("Opening…")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_layout.addWidget(self.status, 1)

        self.details = QWidget()
        self.details_layout = QFormLayout(self.details)
        self.details_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        details_area = QScrollArea()
        details_area.setAccessibleName("Details of this file")
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setMinimumWidth(340)
        details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.save_button = self.buttons.addButton(
            "Save a copy…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setToolTip("Write the original file out, unencrypted, after a warning.")
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
            self._show_unavailable(f"This evidence cannot be opened. {error}")
            self._ready("none")
            return
        self._fill_details(self.info)
        self._start_preview(self.info)

    # details ----------------------------------------------------------------
    def _fill_details(self, info: AttachmentInfo) -> None:
        form = self.details_layout

        def row(label: str, value: str, selectable: bool = False) -> QLabel:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            if selectable:
                shown.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                    | Qt.TextInteractionFlag.TextSelectableByKeyboard
                )
            form.addRow(f"<b>{escape(label)}</b>", shown)
            return shown

        heading = QLabel("Recorded by the app when the file was added")
        heading.setWordWrap(True)
        form.addRow(heading)
        self.name_label = row("File name", visible_name(info.file_name), selectable=True)
        row("What it is", f"{file_kind(info.media_type)}, {file_size(info.size)}")
        row("Added to the journal", _when(info.imported_at))
        row("File last modified", _when(info.file_mtime))
        if info.media_type.startswith("image/") or info.capture_time or info.camera:
            row("Taken (camera's clock)", _when(info.capture_time))
            row("Camera", info.camera or "—")
        if info.width and info.height:
            dims = f"{info.width} × {info.height} pixels"
            if info.orientation in (5, 6, 7, 8):
                dims += (
                    f" as stored; shown upright as {info.height} × {info.width}, "
                    "turned as the camera's orientation tag says"
                )
            row("Dimensions", dims)
        row("Entry", self.entry_title, selectable=True)
        if info.description:
            form.addRow(QLabel("<b>Your description</b>"))
            row("Description", info.description, selectable=True)
        self.warning_labels = [row("Note", text) for text in info.warnings]
        # The exact facts a lawyer or examiner compares, kept apart from the plain ones.
        checking = QLabel("<b>For checking</b> (the exact type, size and fingerprint)")
        checking.setWordWrap(True)
        form.addRow(checking)
        self.type_label = row("Type (from its content)", info.media_type)
        self.size_label = row("Size", exact_size(info.size))
        self.sha_view = self._hash_view(info.sha256)
        form.addRow("<b>SHA-256</b>", self.sha_view)

    @staticmethod
    def _hash_view(value: str) -> QPlainTextEdit:
        """The whole hash visible (wrapped anywhere) and selectable, copied without breaks."""
        view = QPlainTextEdit(value)
        view.setReadOnly(True)
        view.setAccessibleName("SHA-256")
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.viewport().setAutoFillBackground(False)
        view.setFixedHeight(round(view.fontMetrics().lineSpacing() * 2.6) + 6)
        return view

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
        label = QLabel(f"This file cannot be previewed here.\n\n{reason}")
        label.setObjectName("cannot-preview")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable = label
        self._set_preview(label)

    def _unavailable(self, reason: str) -> None:
        info = self.info
        stays = " It stays stored unchanged; you can still save a copy." if info else ""
        self._show_unavailable(reason + (stays if "stored" not in reason else ""))
        self.kind = "none"
        self._ready("none")

    def _start_preview(self, info: AttachmentInfo) -> None:
        kind = preview_kind(info)
        if kind == "none":
            self._unavailable(_why_not(info))
        elif kind == "image":
            if info.size > MAX_PREVIEW_BYTES:
                self._unavailable("This picture is too large to preview inside the app.")
            else:
                self._load_in_background(read_picture)
        elif kind == "text":
            self._load_in_background(read_text)
        else:
            self._show_media(info, video=kind == "video")

    def _load_in_background(self, read: Callable[[Iterator[bytes]], object]) -> None:
        journal, attachment_id = self.session.journal, self.attachment_id

        def work(task: BackgroundTask) -> object:
            return read(_checked(task, journal.read_attachment(attachment_id)))

        self.task = run_in_background(work, self._loaded, self._load_failed)

    def _loaded(self, result: object) -> None:
        self.task = None
        if self.closed or not shiboken6.isValid(self):
            return
        if isinstance(result, _Picture):
            self._show_picture(result)
        elif isinstance(result, _Text):
            self._show_text(result)

    def _load_failed(self, error: BaseException) -> None:
        self.task = None
        if self.closed or not shiboken6.isValid(self) or isinstance(error, _Stopped):
            return
        if isinstance(error, PreviewUnavailable):
            self._unavailable(str(error))
        elif isinstance(error, JournalError):
            self._unavailable(f"The stored copy could not be read: {error}")
        else:
            self._unavailable(
                f"Something unexpected happened while opening it ({type(error).__name__})."
            )

    def _ready(self, kind: str) -> None:
        self.ready_kind = kind
        self.preview_ready.emit(kind)

    # showing ------------------------------------------------------------------
    def _show_picture(self, picture: _Picture) -> None:
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
            self._tell("The choice could not be saved", str(error))

    def _show_text(self, result: _Text) -> None:
        self.kind = "text"
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName("Text of the file")
        self.text_view.setPlainText(result.text)
        column.addWidget(self.text_view, 1)
        if result.truncated:
            note = QLabel("Showing the first 2 MiB only. Save a copy to read all of it elsewhere.")
            note.setWordWrap(True)
            column.addWidget(note)
        self._set_preview(holder)
        self._ready("text")

    def _show_media(self, info: AttachmentInfo, video: bool) -> None:
        from ui.evidence.media_view import (
            MediaView,  # QtMultimedia loads only when a recording is opened
        )

        self.kind = "video" if video else "audio"
        self.media = MediaView(self.session.journal, self.attachment_id, info.size, video)
        self._set_preview(self.media)
        self._ready(self.kind)

    # saving a copy ----------------------------------------------------------------
    def save_copy(self) -> None:
        """Warn that the copy is not encrypted, then let the person choose where."""
        if self.info is None or self.closed:
            return
        self.save_warning, self.save_accept = warn_before(
            self,
            "Save an unencrypted copy?",
            "The copy will NOT be encrypted.",
            "Anyone who can reach the place you save it to, including anyone who looks "
            "through this computer, will be able to open it. If you can, save it to a USB "
            "stick or other removable drive that you keep somewhere safe, rather than to "
            "this computer.\n\nThe copy is checked against the SHA-256 recorded when the "
            "file was added, so you can show it is the same file.",
            "Choose where to save…",
            self._after_warning,
        )

    def _after_warning(self, go_on: bool) -> None:
        self.save_warning = None
        if not go_on or self.closed or self.info is None:
            return
        path = self.choose_save_path(safe_file_name(self.info.file_name))
        if path is not None:
            self.write_copy(path)

    def choose_save_path(self, suggested: str) -> Path | None:
        """Where to write the copy: Qt's own save dialog, or `save_path_chooser` if set."""
        if self.save_path_chooser is not None:
            return self.save_path_chooser(suggested)
        dialog = QFileDialog(self, "Save an unencrypted copy", QDir.homePath())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.selectFile(suggested)
        chosen = run_file_dialog(dialog)
        return Path(chosen[0]) if chosen else None

    def write_copy(self, path: Path) -> None:
        assert self.info is not None
        info = self.info
        journal = self.session.journal
        attachment_id = self.attachment_id
        total_kib = max(1, info.size // KIB)

        def work(task: BackgroundTask) -> Path:
            blocks = _checked(task, journal.read_attachment(attachment_id))
            write_out(
                blocks,
                path,
                info.sha256,
                lambda done: task.report(min(done // KIB, total_kib), total_kib),
            )
            return path

        progress = QProgressDialog(
            "Writing the copy and checking it against the recorded SHA-256…",
            "Stop",
            0,
            total_kib,
            self,
        )
        progress.setWindowTitle("Saving a copy")
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.save_progress = progress
        self.save_button.setEnabled(False)

        def progressed(done: int, _total: int) -> None:
            if shiboken6.isValid(progress):
                progress.setValue(done)

        self.save_task = run_in_background(work, self._saved, self._save_failed, progressed)
        progress.canceled.connect(self.save_task.cancel)

    def _end_save(self) -> None:
        self.save_task = None
        progress, self.save_progress = self.save_progress, None
        if progress is not None and shiboken6.isValid(progress):
            progress.canceled.disconnect()
            progress.reset()
            progress.hide()
            progress.deleteLater()
        if not self.closed and shiboken6.isValid(self):
            self.save_button.setEnabled(True)

    def _saved(self, path: Path) -> None:
        self._end_save()
        self.copy_saved.emit(str(path))
        if not self.closed:
            self._tell(
                "Copy saved",
                f"The copy was saved as {path}.\n\nIt matches the SHA-256 recorded when the "
                "file was added. Remember that this copy is not encrypted.",
            )

    def _save_failed(self, error: BaseException) -> None:
        self._end_save()
        if self.closed or isinstance(error, _Stopped):
            return
        message = (
            str(error)
            if isinstance(error, JournalError)
            else f"Something unexpected went wrong ({type(error).__name__})."
        )
        self._tell(
            "The copy was not saved", f"{message}\n\nThe evidence in the journal is unchanged."
        )

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
        for task in (self.task, self.save_task):
            if task is not None:
                task.cancel()
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.locked.disconnect(self._on_locked)
        if self.media is not None:
            self.media.release()
        if self.picture is not None:
            self.picture.clear()
        if self.text_view is not None:
            self.text_view.clear()
