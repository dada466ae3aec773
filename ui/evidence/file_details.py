"""What the app recorded about one evidence file when it was added, shown beside its
preview: the plain facts first, then the exact ones a lawyer or examiner compares."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from journal.entries.model import AttachmentInfo
from journal.entries.plain_words import file_kind, file_size, visible_name
from ui.i18n import core_text, tr
from ui.widgets.bold_label import bold_label
from ui.widgets.for_checking import hash_view

#: EXIF orientations that turn the picture a quarter: its width and height swap.
QUARTER_TURNS = (5, 6, 7, 8)


def when(iso: str | None) -> str:
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


def size_words(size: int) -> str:
    """The core's rounded size ("318 KB": unit symbols read the same in every language),
    but a count of bytes in the interface language, with its plural."""
    return tr("%n bytes", None, size) if size < 1024 else file_size(size)


def exact_size_words(size: int) -> str:
    """The rounded size with the exact byte count, for the "For checking" details."""
    if size < 1024:
        return size_words(size)
    return tr("{size} ({count} bytes)").format(size=file_size(size), count=f"{size:,}")


def dimensions(info: AttachmentInfo) -> str:
    if info.orientation in QUARTER_TURNS:
        return tr(
            "{width} × {height} pixels as stored; shown upright as {height} × {width}, "
            "turned as the camera's orientation tag says"
        ).format(width=info.width, height=info.height)
    return tr("{width} × {height} pixels").format(width=info.width, height=info.height)


class FileDetails(QWidget):
    """The details form; empty until `fill` (an attachment that cannot be found has none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.warning_labels: list[QLabel] = []

    def fill(self, info: AttachmentInfo, entry_title: str) -> None:
        form = self.form

        def row(label: str, value: str, selectable: bool = False) -> QLabel:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            if self.isRightToLeft():  # under its name, whatever the value's own direction
                shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            if selectable:
                shown.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                    | Qt.TextInteractionFlag.TextSelectableByKeyboard
                )
            form.addRow(bold_label(label), shown)
            return shown

        heading = QLabel(tr("Recorded by the app when the file was added"))
        heading.setWordWrap(True)
        form.addRow(heading)
        self.name_label = row(tr("File name"), visible_name(info.file_name), selectable=True)
        kind = core_text(file_kind(info.media_type))
        row(tr("What it is"), tr("{kind}, {size}").format(kind=kind, size=size_words(info.size)))
        row(tr("Added to the journal"), when(info.imported_at))
        row(tr("File last modified"), when(info.file_mtime))
        if info.media_type.startswith("image/") or info.capture_time or info.camera:
            row(tr("Taken (camera's clock)"), when(info.capture_time))
            row(tr("Camera"), info.camera or "—")
        if info.width and info.height:
            row(tr("Dimensions"), dimensions(info))
        row(tr("Entry"), entry_title, selectable=True)
        if info.description:
            form.addRow(bold_label(tr("Your description")))
            row(tr("Description"), info.description, selectable=True)
        self.warning_labels = [row(tr("Note"), core_text(text)) for text in info.warnings]
        # The exact facts a lawyer or examiner compares, kept apart from the plain ones.
        checking = QLabel(tr("<b>For checking</b> (the exact type, size and fingerprint)"))
        checking.setWordWrap(True)
        form.addRow(checking)
        self.type_label = row(tr("Type (from its content)"), info.media_type)
        self.size_label = row(tr("Size"), exact_size_words(info.size))
        fingerprint = tr("SHA-256", "the fingerprint's name; keep it as it is")
        self.sha_view = hash_view(info.sha256, fingerprint)
        form.addRow(bold_label(fingerprint), self.sha_view)
