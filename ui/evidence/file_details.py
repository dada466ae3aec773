"""What the app recorded about one evidence file when it was added, shown beside its
preview: the plain facts first, then the exact ones a lawyer or examiner compares."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from journal.entries.model import AttachmentInfo
from journal.entries.plain_words import exact_size, file_kind, file_size, visible_name
from ui.widgets.for_checking import hash_view


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
        row("Added to the journal", when(info.imported_at))
        row("File last modified", when(info.file_mtime))
        if info.media_type.startswith("image/") or info.capture_time or info.camera:
            row("Taken (camera's clock)", when(info.capture_time))
            row("Camera", info.camera or "—")
        if info.width and info.height:
            dims = f"{info.width} × {info.height} pixels"
            if info.orientation in (5, 6, 7, 8):
                dims += (
                    f" as stored; shown upright as {info.height} × {info.width}, "
                    "turned as the camera's orientation tag says"
                )
            row("Dimensions", dims)
        row("Entry", entry_title, selectable=True)
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
        self.sha_view = hash_view(info.sha256, "SHA-256")
        form.addRow("<b>SHA-256</b>", self.sha_view)
