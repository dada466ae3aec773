"""What the system can tell about an evidence file from its bytes, and safe previews.

Pillow only ever reads headers here until the pixel count has been checked, so a
decompression bomb is refused before anything is decoded. Pillow's own global
limit is switched off in favour of that explicit check (`MAX_PREVIEW_PIXELS`).
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

import filetype
from PIL import Image, ImageOps, UnidentifiedImageError

from journal.entries.plain_words import visible_name
from journal.translatable import QT_TRANSLATE_NOOP, phrase

Image.MAX_IMAGE_PIXELS = None  # replaced by the explicit check in _check_pixels
MAX_PREVIEW_PIXELS = 80_000_000
MAX_PREVIEW_BYTES = 256 * 1024 * 1024
HEAD_BYTES = 1 << 20

_EXTENSION_FAMILY = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "heic": "image/heic",
    "pdf": "application/pdf",
    "wav": "audio/x-wav",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "txt": "text/plain",
}
_TYPE_NAMES = {
    "image/jpeg": QT_TRANSLATE_NOOP("core", "a JPEG picture"),
    "image/png": QT_TRANSLATE_NOOP("core", "a PNG picture"),
    "application/pdf": QT_TRANSLATE_NOOP("core", "a PDF document"),
    "text/plain": QT_TRANSLATE_NOOP("core", "text"),
    "audio/x-wav": QT_TRANSLATE_NOOP("core", "a WAV recording"),
    "application/x-empty": QT_TRANSLATE_NOOP("core", "empty"),
}


class PreviewUnavailable(Exception):
    """A clear reason why this file cannot be shown (it stays stored)."""


@dataclass
class MediaFacts:
    media_type: str
    capture_time: str | None = None
    camera: str | None = None
    width: int | None = None
    height: int | None = None
    orientation: int | None = None
    warnings: list[str] = field(default_factory=list)


def sniff(head: bytes) -> str:
    if not head:
        return "application/x-empty"
    guessed = filetype.guess_mime(head)
    if guessed:
        return str(guessed)
    sample = head[: 64 * 1024]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # a cut multi-byte character at the end is fine
            return "application/octet-stream"
    if b"\x00" in sample:
        return "application/octet-stream"
    return "text/plain"


def _extension_warning(name: str, media_type: str) -> str | None:
    clean = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    ext = clean.rsplit(".", 1)[-1].lower() if "." in clean else ""
    expected = _EXTENSION_FAMILY.get(ext)
    if expected is None or media_type in ("application/x-empty",) or expected == media_type:
        return None
    if expected.split("/")[0] == media_type.split("/", maxsplit=1)[0] == "audio":
        return None
    what = _TYPE_NAMES.get(media_type)
    said = QT_TRANSLATE_NOOP(
        "core",
        "The file name ends in .{ext}, but its content is {what}. It is stored as it is; "
        "this app goes by the content, not the name.",
    )
    return phrase(said, ext=ext, what=phrase(what) if what else media_type)


def _capture(exif: Image.Exif) -> tuple[str | None, str | None, int | None]:
    sub = exif.get_ifd(0x8769)
    raw = sub.get(36867) or exif.get(306)
    when = None
    if isinstance(raw, str):
        try:
            parsed = datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
            when = parsed.isoformat()
            offset = sub.get(36881)
            if isinstance(offset, str) and len(offset.strip("\x00")) == 6:
                when += offset.strip("\x00")
        except ValueError:
            when = None
    make, model = exif.get(271), exif.get(272)
    camera = " ".join(str(p).strip("\x00 ") for p in (make, model) if p) or None
    orientation = exif.get(274)
    return when, camera, orientation if isinstance(orientation, int) else None


def inspect(head: bytes, tail: bytes, name: str, size: int) -> MediaFacts:
    """Facts from the first MiB and last bytes: type, EXIF, dimensions, and warnings."""
    facts = MediaFacts(sniff(head))
    if visible_name(name) != name:
        said = QT_TRANSLATE_NOOP(
            "core",
            "The file name contains hidden control characters that can disguise its real "
            "ending; it is shown as: {name}",
        )
        facts.warnings.append(phrase(said, name=visible_name(name)))
    if size == 0:
        facts.warnings.append(
            QT_TRANSLATE_NOOP("core", "This file is empty (0 bytes). It has been stored as it is.")
        )
        return facts
    mismatch = _extension_warning(name, facts.media_type)
    if mismatch:
        facts.warnings.append(mismatch)
    if facts.media_type.startswith("image/"):
        _inspect_image(head, tail, facts)
    return facts


def _exif_without_decoding(image: Image.Image) -> Image.Exif:
    """EXIF from the header chunks only, whatever the format.

    Pillow's `getexif()` on a PNG whose eXIf chunk is not among the header chunks
    decodes the whole picture to look for it (a 30000 x 30000 bomb took about 900 MB),
    so for PNG only an eXIf chunk already read with the header counts.
    """
    if image.format != "PNG":
        return image.getexif()
    exif = Image.Exif()
    raw = image.info.get("exif")
    if isinstance(raw, bytes):
        exif.load(raw)
    return exif


def _inspect_image(head: bytes, tail: bytes, facts: MediaFacts) -> None:
    try:
        with Image.open(io.BytesIO(head)) as image:
            facts.width, facts.height = image.size
            if facts.width * facts.height > MAX_PREVIEW_PIXELS:
                said = QT_TRANSLATE_NOOP(
                    "core",
                    "This picture is extremely large ({width} × {height} pixels). It is stored "
                    "as it is, but it will not be previewed, to keep the computer safe.",
                )
                facts.warnings.append(phrase(said, width=facts.width, height=facts.height))
            exif = _exif_without_decoding(image)
            facts.capture_time, facts.camera, facts.orientation = _capture(exif)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        facts.warnings.append(
            QT_TRANSLATE_NOOP(
                "core", "The picture's header could not be read; it is stored as it is."
            )
        )
        return
    ends = {"image/jpeg": (b"\xff\xd9",), "image/png": (b"IEND\xaeB`\x82",)}
    endings = ends.get(facts.media_type)
    if endings and not tail.rstrip(b"\x00").endswith(endings):
        facts.warnings.append(
            QT_TRANSLATE_NOOP(
                "core",
                "This picture appears to be cut off (the file ends early). It is stored as it "
                "is, but it may not preview fully.",
            )
        )


def _check_pixels(image: Image.Image) -> None:
    width, height = image.size
    if width * height > MAX_PREVIEW_PIXELS:
        said = QT_TRANSLATE_NOOP(
            "core",
            "This picture is too large to preview safely ({width} × {height} pixels). "
            "It is stored unchanged.",
        )
        raise PreviewUnavailable(phrase(said, width=width, height=height))


def render_image(data: bytes, max_side: int | None = None) -> tuple[bytes, int, int]:
    """Decode a stored picture for display: size checked first, EXIF rotation applied.

    Returns PNG bytes (never written to disk) and the displayed width and height.
    """
    if not data:
        raise PreviewUnavailable(
            QT_TRANSLATE_NOOP("core", "This file is empty, so there is nothing to show.")
        )
    if len(data) > MAX_PREVIEW_BYTES:
        raise PreviewUnavailable(
            QT_TRANSLATE_NOOP("core", "This file is too large to preview inside the app.")
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            _check_pixels(image)
            if max_side and image.format == "JPEG":
                image.draft("RGB", (max_side, max_side))
            image.load()
            shown = ImageOps.exif_transpose(image)
            if max_side:
                shown.thumbnail((max_side, max_side))
            if shown.mode not in ("RGB", "RGBA", "L", "LA"):
                shown = shown.convert("RGBA")
            out = io.BytesIO()
            shown.save(out, format="PNG")
            return out.getvalue(), shown.width, shown.height
    except PreviewUnavailable:
        raise
    except UnidentifiedImageError:
        raise PreviewUnavailable(
            QT_TRANSLATE_NOOP("core", "This file is not a picture this app can show.")
        ) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        if "truncat" in str(error):
            said = QT_TRANSLATE_NOOP(
                "core",
                "This picture cannot be previewed (it appears to be cut off or damaged). It is "
                "stored unchanged.",
            )
            raise PreviewUnavailable(said) from None
        said = QT_TRANSLATE_NOOP(
            "core", "This picture cannot be previewed ({reason}). It is stored unchanged."
        )
        raise PreviewUnavailable(phrase(said, reason=str(error))) from None
