"""Recordings for QtMultimedia, from memory only, and FFmpeg kept quiet.

QtMultimedia reads its source device from its own threads. A QIODevice written
in Python would make those threads take the GIL for every read, so the recording
is decrypted off the GUI thread into a QByteArray and played through a QBuffer,
whose reading is C++. Even so, a QBuffer made from Python is PySide's wrapper
class: the first call of each of its virtual methods from a media thread takes
the GIL once, to look for a Python override. `QMediaPlayer.stop()` keeps the GIL
while it waits for the media threads, so a stop that made a thread call a method
for the first time could deadlock (seen twice in tests under heavy load);
`setSource()` lets the GIL go while it waits (PySide marks it allow-thread), so
`MediaView.release()` ends playback with `setSource(QUrl())` before anything
else. `PlaintextBuffer.wipe()` overwrites the bytes in place. Nothing is ever
written to disk.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject

MAX_PLAY_BYTES = 256 * 1024 * 1024
AV_LOG_QUIET = -8
_AVUTIL_NAMES = ("libavutil.so*", "libavutil*.dylib", "avutil-*.dll")


@functools.cache
def _bundled_avutil() -> ctypes.CDLL | None:
    import PySide6

    qt_dir = Path(PySide6.__file__).parent / "Qt"
    for pattern in _AVUTIL_NAMES:
        for candidate in sorted((qt_dir / "lib").glob(pattern)) + sorted(qt_dir.glob(pattern)):
            try:
                library = ctypes.CDLL(str(candidate))
                library.av_log_set_level.argtypes = [ctypes.c_int]
            except (OSError, AttributeError):
                continue
            return library
    return None


def quiet_media_logs() -> bool:
    """Stop FFmpeg (inside QtMultimedia) printing stream details to stderr.

    It prints a summary of every file it opens, metadata included (titles, GPS
    tags of phone videos), and a desktop session may keep stderr in a log file.
    Call it after the first QMediaPlayer exists: Qt sets FFmpeg's log level when
    its media backend starts. Returns whether Qt's bundled libavutil was found.
    """
    library = _bundled_avutil()
    if library is None:
        return False
    library.av_log_set_level(AV_LOG_QUIET)
    return True


def decrypt_to_memory(blocks: Iterable[bytes]) -> bytearray:
    """Join decrypted blocks in one buffer that can be overwritten later."""
    data = bytearray()
    for block in blocks:
        data += block
    return data


class PlaintextBuffer(QBuffer):
    """A QBuffer over decrypted bytes; `wipe()` overwrites them in place."""

    def __init__(self, data: bytearray, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bytes = QByteArray(bytes(data))
        data[:] = bytes(len(data))  # the Python copy is no longer needed
        self.setBuffer(self._bytes)
        self.open(QIODevice.OpenModeFlag.ReadOnly)
        self.wiped = False

    def wipe(self) -> None:
        if not self.wiped:
            self.wiped = True
            self.close()
            self._bytes.fill(0)
            self._bytes.clear()
