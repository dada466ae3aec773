"""Evidence inside a detailed entry: the facts of each file and the picture, if any."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from journal.entries.model import AttachmentInfo, Entry
from journal.entries.plain_words import visible_name
from journal.export.pdf.context import RenderContext
from journal.export.pdf.images import HUGE, NOT_SHOWN, Picture
from journal.export.pdf.jpeg import JpegFlowable
from journal.export.words import Words
from journal.export.words.worded import worded

#: The largest a picture is printed in a detailed entry (width, height) in points.
PICTURE_BOX = (120 * mm, 85 * mm)
THUMB_BOX = (28 * mm, 22 * mm)
#: The phrases of a picture that is not printed (images.py) -> the PDF's keys.
PICTURE_KEYS = {
    NOT_SHOWN: "picture.not_shown",
    HUGE: "picture.huge",
    "the file is empty": "picture.empty",
    "the file is too large to print safely": "picture.too_large",
    "its stored copy cannot be read: the journal is damaged there": "picture.unreadable",
    "its content is not a picture this app can read": "picture.not_picture",
    "it appears to be cut off or damaged": "picture.cut",
    "it could not be decoded": "picture.undecodable",
}


def picture_note(picture: Picture, words: Words) -> str:
    """Why a picture is not printed, in the export's language."""
    return worded(words, picture.note, PICTURE_KEYS)


def size_text(size: int, words: Words) -> str:
    if size < 1024:
        return words("evidence.bytes", size=size)
    value, unit = size / 1024, "KiB"
    for bigger in ("MiB", "GiB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f} {unit}"


def facts(info: AttachmentInfo, words: Words) -> str:
    parts = [visible_name(info.file_name), info.media_type, size_text(info.size, words)]
    if info.capture_time:
        parts.append(words("evidence.captured", time=info.capture_time.replace("T", " ")))
    if info.camera:
        parts.append(info.camera)
    return " · ".join(parts)


def picture_flowable(picture: Picture, box: tuple[float, float]) -> JpegFlowable:
    """The prepared JPEG scaled into `box`, embedded as it is (see `jpeg.py`)."""
    scale = min(box[0] / picture.width, box[1] / picture.height)
    return JpegFlowable(picture, picture.width * scale, picture.height * scale)


def for_entry(ctx: RenderContext, entry: Entry) -> list[Flowable]:
    if not entry.attachments:
        return []
    styles = ctx.styles
    story: list[Flowable] = []
    for position, info in enumerate(entry.attachments):
        number = ctx.selection.exhibit_of.get(info.attachment_id, "")
        label = ctx.p(ctx.words("evidence.label"), styles.label)
        block: list[Flowable] = [label] if position == 0 else []
        block.append(ctx.p(f"{number}: {facts(info, ctx.words)}", styles.cell))
        if info.description:
            block.append(ctx.p(info.description, styles.muted))
        block.append(ctx.p(f"SHA-256 {info.sha256}", styles.mono))
        picture = ctx.pictures.get(info.attachment_id)
        if picture is not None and picture.jpeg:
            block += [picture_flowable(picture, PICTURE_BOX), Spacer(1, 3 * mm)]
        elif picture is not None:
            block.append(ctx.p(picture_note(picture, ctx.words), styles.muted))
        story.append(KeepTogether(block))
    return story
