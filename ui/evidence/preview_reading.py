"""Reading one attachment for its preview, on a worker: which preview a file gets,
and the picture or text decoded from memory only (never a file on disk).

Pictures are decoded by the core (size checked first, EXIF orientation applied)
into PNG bytes that become a QImage here; text is decoded as UTF-8 with
replacement. The worker checks `task.cancelled` between blocks, so closing the
viewer stops a long read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QImage

from journal.entries.model import AttachmentInfo
from journal.evidence.media import PreviewUnavailable, render_image
from ui.app.workers import BackgroundTask
from ui.evidence.picture_view import make_veil
from ui.i18n import tr

TEXT_PREVIEW_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4096  # pictures are decoded at most this large on their longer side
TEXT_TYPES = ("application/json", "application/xml", "application/x-ndjson")


class Stopped(Exception):
    """The viewer closed while a background read was running."""


@dataclass(frozen=True)
class Picture:
    image: QImage
    veil: QImage  # a tiny copy that, stretched, shows only blurred colours


@dataclass(frozen=True)
class Text:
    text: str
    truncated: bool


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


def why_not(info: AttachmentInfo) -> str:
    """Why a file of this kind gets no preview, in plain words."""
    if info.size == 0:
        return tr("This file is empty (0 bytes), so there is nothing to show.")
    if info.media_type == "application/pdf":
        return tr("PDF documents are not previewed inside the app.")
    return tr("Files of this type ({type}) are not previewed inside the app.").format(
        type=info.media_type
    )


def checked(task: BackgroundTask, blocks: Iterator[bytes]) -> Iterator[bytes]:
    """The blocks, stopping with `Stopped` as soon as the task is cancelled."""
    for block in blocks:
        if task.cancelled:
            raise Stopped()
        yield block


def read_picture(blocks: Iterator[bytes]) -> Picture:
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
        raise PreviewUnavailable(tr("This picture could not be decoded for display."))
    return Picture(image, make_veil(image))


def read_text(blocks: Iterator[bytes]) -> Text:
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
    return Text(text, more)
