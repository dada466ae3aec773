"""Evidence pictures for print: checked, turned upright, downscaled, a few at a time.

Each picture is decrypted by streaming `Journal.read_attachment` into memory,
checked with the same limits as the in-app preview (`journal.evidence.media`: byte size,
then pixel count read from the header before anything is decoded, so a
decompression bomb is refused), turned as the camera meant (EXIF orientation),
shrunk to about 150 dpi at its printed size and re-encoded as JPEG. Only that
small JPEG is kept; the original bytes are dropped as soon as it is made.
Nothing touches the disk. `prepare_all` decrypts in the calling thread (the
journal is not shared between threads) and decodes in a small pool (Pillow
decodes without holding the GIL), with at most `IN_FLIGHT` originals in memory.
The in-app preview makes PNGs; print wants JPEG, which is embedded as it is
(`jpeg.py`), so the PDF stays small and quick to build.
"""

from __future__ import annotations

import io
import os
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from journal.entries.model import AttachmentInfo
from journal.errors import IntegrityProblem, StorageFailure
from journal.evidence.media import MAX_PREVIEW_BYTES, MAX_PREVIEW_PIXELS
from journal.session.journal import Journal
from journal.translatable import phrase

PRINT_DPI = 150
JPEG_QUALITY = 82
WORKERS = max(1, min(2, os.cpu_count() or 1))
IN_FLIGHT = WORKERS + 1


@dataclass(frozen=True)
class Picture:
    """A print-ready JPEG, or the reason there is none (`jpeg` empty, `note` set)."""

    jpeg: bytes = b""
    width: int = 0
    height: int = 0
    note: str = ""
    gray: bool = False


def is_picture(info: AttachmentInfo) -> bool:
    return info.media_type.startswith("image/")


#: The note of a picture that is not printed: a phrase, which the sections word in the
#: export's language (sections/evidence.py, PICTURE_KEYS).
NOT_SHOWN = (
    "This picture is not shown here: {reason}. The file itself is kept unchanged; its "
    "SHA-256 above identifies it."
)
HUGE = "it is extremely large ({width} × {height} pixels)"


def _refuse(reason: str) -> Picture:
    return Picture(note=phrase(NOT_SHOWN, reason=reason))


def prepare(journal: Journal, info: AttachmentInfo, box_points: tuple[float, float]) -> Picture:
    """Decrypt, check and downscale one picture to fit `box_points` (width, height)."""
    data = read_checked(journal, info)
    return data if isinstance(data, Picture) else downscale(data, box_points)


def prepare_all(
    journal: Journal,
    infos: Iterable[AttachmentInfo],
    box_points: tuple[float, float],
    done: Callable[[], None],
) -> dict[str, Picture]:
    """`prepare` for every picture (attachment id -> picture); `done()` after each.

    `done` may raise (a cancel): work not started is dropped and the pool is
    left at once; the at most `WORKERS` decodes under way finish in the background.
    """
    pictures: dict[str, Picture] = {}
    pending: deque[tuple[str, Future[Picture]]] = deque()
    pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="pdf-picture")

    def finish_oldest() -> None:
        attachment_id, future = pending.popleft()
        pictures[attachment_id] = future.result()
        done()

    try:
        for info in infos:
            data = read_checked(journal, info)
            if isinstance(data, Picture):
                pictures[info.attachment_id] = data
                done()
                continue
            pending.append((info.attachment_id, pool.submit(downscale, data, box_points)))
            del data
            while len(pending) >= IN_FLIGHT:
                finish_oldest()
        while pending:
            finish_oldest()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return pictures


def read_checked(journal: Journal, info: AttachmentInfo) -> bytes | Picture:
    """The decrypted file, or a refusal (`Picture` with a note) when it may not be printed."""
    if info.size == 0:
        return _refuse(phrase("the file is empty"))
    if info.size > MAX_PREVIEW_BYTES:
        return _refuse(phrase("the file is too large to print safely"))
    if info.width and info.height and info.width * info.height > MAX_PREVIEW_PIXELS:
        return _refuse(phrase(HUGE, width=info.width, height=info.height))
    data = bytearray()
    try:
        for chunk in journal.read_attachment(info.attachment_id):
            data += chunk
            if len(data) > MAX_PREVIEW_BYTES:
                return _refuse(phrase("the file is too large to print safely"))
    except (IntegrityProblem, StorageFailure):
        return _refuse(phrase("its stored copy cannot be read: the journal is damaged there"))
    return bytes(data)


def downscale(data: bytes, box_points: tuple[float, float]) -> Picture:
    box = (
        max(1, round(box_points[0] / 72 * PRINT_DPI)),
        max(1, round(box_points[1] / 72 * PRINT_DPI)),
    )
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PREVIEW_PIXELS:
                return _refuse(phrase(HUGE, width=width, height=height))
            if image.format == "JPEG":
                # Decode at the smallest 1/2, 1/4 or 1/8 scale still at least the
                # printed size: far less work and memory than the full picture.
                image.draft("RGB", _fitted((width, height), _box_for((width, height), box)))
            image.load()
            shown = ImageOps.exif_transpose(image)
            shown.thumbnail(_box_for(shown.size, box), Image.Resampling.LANCZOS)
            shown = _flatten(shown)
            out = io.BytesIO()
            shown.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=False)
            return Picture(out.getvalue(), shown.width, shown.height, gray=shown.mode == "L")
    except UnidentifiedImageError:
        return _refuse(phrase("its content is not a picture this app can read"))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        cut = "truncat" in str(error) or "broken" in str(error)
        said = "it appears to be cut off or damaged" if cut else "it could not be decoded"
        return _refuse(phrase(said))


def _box_for(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """The pixel box, turned to match a portrait picture's shape."""
    wide = size[0] >= size[1]
    return box if wide == (box[0] >= box[1]) else (box[1], box[0])


def _fitted(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled down (never up) to fit inside `box`, keeping its shape."""
    scale = min(1.0, box[0] / size[0], box[1] / size[1])
    return max(1, int(size[0] * scale)), max(1, int(size[1] * scale))


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if image.mode not in ("RGB", "L"):
        return image.convert("RGB")
    return image


__all__ = ["Picture", "downscale", "is_picture", "prepare", "prepare_all", "read_checked"]
