"""Which evidence pictures carry the place they were taken (GPS in EXIF or XMP).

A court bundle holds exhibits byte for byte, so a phone photo's GPS position
goes with it even when a redaction profile hides the address in the text.
The export dialog uses this to say so, and the person can choose to leave
those exhibits out of the bundle (see bundle.py).

The decrypted stream is read in memory only, and only as far as needed: JPEG,
TIFF and WebP through Pillow, which reads a JPEG's header and stops before the
picture data; PNG (whose eXIf may follow the picture), HEIC/HEIF/AVIF and
anything Pillow cannot open by a scan for an EXIF block ("Exif\\0\\0" or
"eXIf" followed by a TIFF header) or XMP GPS tags, up to SCAN_LIMIT bytes.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from enum import Enum

from PIL import Image, UnidentifiedImageError

from journal.entries.model import AttachmentInfo
from journal.session.journal import Journal

SCAN_LIMIT = 64 * 1024 * 1024  # larger pictures are reported as not checked
GPS_IFD = 0x8825
GPS_LATITUDE, GPS_LONGITUDE = 2, 4
_EXIF_WINDOW = 64 * 1024 + 16  # an EXIF block in a JPEG segment is at most 64 KiB
_MARKERS = re.compile(rb"Exif\x00\x00|eXIf|EXIF")
_TIFF = re.compile(rb"II\*\x00|MM\x00\*")
_XMP_GPS = re.compile(rb"GPS(Latitude|Longitude)\b")
_PILLOW_FORMATS = {"image/jpeg", "image/tiff", "image/webp"}


class Place(Enum):
    NONE = "none"  # no location found, or not a picture
    FOUND = "found"  # GPS latitude or longitude present
    UNKNOWN = "unknown"  # could not be checked (damaged, too large)


class _TooLarge(Exception):
    pass


class _LazyStream(io.RawIOBase):
    """A seekable view of a chunk iterator that pulls chunks only when read."""

    def __init__(self, chunks: Iterable[bytes], limit: int = SCAN_LIMIT) -> None:
        super().__init__()
        self._chunks: Iterator[bytes] = iter(chunks)
        self._data = bytearray()
        self._pos = 0
        self._done = False
        self._limit = limit

    def fill(self, upto: int | None = None) -> bytes:
        while not self._done and (upto is None or len(self._data) < upto):
            chunk = next(self._chunks, None)
            if chunk is None:
                self._done = True
            else:
                self._data += chunk
                if len(self._data) > self._limit:
                    raise _TooLarge
        return bytes(self._data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self.fill(self._pos + len(buffer))
        data = self._data[self._pos : self._pos + len(buffer)]
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:
            self.fill()
            offset += len(self._data)
        elif whence == io.SEEK_CUR:
            offset += self._pos
        self._pos = max(0, offset)
        return self._pos

    def tell(self) -> int:
        return self._pos


def _located(exif: Image.Exif) -> bool:
    gps = exif.get_ifd(GPS_IFD)
    return GPS_LATITUDE in gps or GPS_LONGITUDE in gps


def _exif_block_located(block: bytes) -> bool:
    exif = Image.Exif()
    try:
        exif.load(block)
        return _located(exif)
    except Exception:  # a damaged block is not a location; other blocks are still read
        return False


def scan_bytes(data: bytes) -> bool:
    """True when `data` holds an EXIF block with GPS position, or XMP GPS tags."""
    if _XMP_GPS.search(data):
        return True
    for marker in _MARKERS.finditer(data):
        header = _TIFF.search(data, marker.end(), marker.end() + 16)
        if header and _exif_block_located(data[header.start() : header.start() + _EXIF_WINDOW]):
            return True
    return bool(_TIFF.match(data)) and _exif_block_located(data)  # a TIFF file itself


def _with_pillow(stream: _LazyStream) -> bool | None:
    """True/False from Pillow, or None when Pillow cannot open the picture."""
    try:
        with Image.open(io.BufferedReader(stream)) as picture:
            xmp = picture.info.get("xmp") or b""
            if isinstance(xmp, str):
                xmp = xmp.encode()
            return _located(picture.getexif()) or bool(_XMP_GPS.search(xmp))
    except UnidentifiedImageError:
        return None


def place_of(journal: Journal, info: AttachmentInfo) -> Place:
    """Whether one exhibit carries the place it was taken."""
    if not info.media_type.startswith("image/"):
        return Place.NONE
    stream = _LazyStream(journal.read_attachment(info.attachment_id))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if info.media_type in _PILLOW_FORMATS:
                found = _with_pillow(stream)
                if found is not None:
                    return Place.FOUND if found else Place.NONE
            return Place.FOUND if scan_bytes(stream.fill()) else Place.NONE
    except _TooLarge:
        return Place.UNKNOWN
    except Exception:  # damaged or hostile files: say it was not checked, never fail
        return Place.UNKNOWN


def places(
    journal: Journal,
    infos: Iterable[AttachmentInfo],
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Place]:
    """attachment id -> Place for each exhibit; `cancelled()` is checked between files."""
    found: dict[str, Place] = {}
    for info in infos:
        if cancelled is not None and cancelled():
            break
        found[info.attachment_id] = place_of(journal, info)
    return found


__all__ = ["SCAN_LIMIT", "Place", "place_of", "places", "scan_bytes"]
