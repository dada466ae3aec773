"""Writing a large file at the pace of the disk, without filling the page cache with it.

Left alone, the kernel keeps every written page in memory until the final fsync,
which then flushes the whole file at once after the last block: the disk idles
while the file is written, and the writer idles while the disk works. Worse, each
new page must be found somewhere; on a virtual machine whose free memory was given
back to the host, that costs more than the copy itself (measured: 3-5 s of system
time per GiB, against 0.2 s when recently freed pages are reused).

`Writeback` therefore asks the kernel, every `WINDOW` bytes, to start writing the
range just finished and to drop the pages of the range before it, which is on
disk by then (both with POSIX_FADV_DONTNEED: it starts writeback of dirty pages
without waiting and drops clean ones). The file's pages are recycled as it grows,
and the final fsync has little left to do. Durability is still decided by that
fsync; this is only advice, Linux only, and any error is ignored. `GrowingFile`
does the first half (writing, not dropping) for a file SQLite writes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

WINDOW = 32 << 20


class Writeback:
    """Follow a file being written sequentially through the descriptor `fd`."""

    def __init__(
        self, fd: int | None, start: int = 0, window: int = WINDOW, drop: bool = True
    ) -> None:
        self._fd = fd if sys.platform == "linux" else None
        self._window = window
        self._drop = drop
        self._started = start  # writeback asked for up to here
        self._dropped = start  # pages dropped up to here

    def advance(self, position: int) -> None:
        """The file is written up to `position` (flushed from any user-space buffer)."""
        if self._fd is None or position - self._started < self._window:
            return
        _advise(self._fd, self._started, position - self._started)  # start writing
        if self._drop and self._started > self._dropped:  # the window before: on disk by now
            _advise(self._fd, self._dropped, self._started - self._dropped)
            self._dropped = self._started
        self._started = position


def _advise(fd: int, offset: int, length: int) -> None:
    with contextlib.suppress(OSError):
        os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def descriptor_of(path: Path) -> int | None:
    """A descriptor this process already holds on `path` (Linux; None elsewhere).

    For a file that SQLite has open, such as the journal during a large import:
    the advice must go through a descriptor SQLite already holds, found in
    /proc/self/fd, because closing a descriptor of our own would release SQLite's
    POSIX locks on the file (a documented SQLite hazard). Nothing is opened or
    closed here.
    """
    if sys.platform != "linux":
        return None
    with contextlib.suppress(OSError):
        wanted = os.stat(path)
        for name in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError, ValueError):
                fd = int(name)
                found = os.fstat(fd)
                if (found.st_dev, found.st_ino) == (wanted.st_dev, wanted.st_ino):
                    return fd
    return None


class GrowingFile:
    """Start writeback of a file that another library (SQLite) appends to, as it grows.

    Within one long transaction SQLite spills its pages to the end of the file;
    following the file's size, the kernel is asked to write each new window while
    the next is being filled, so the commit's fsync finds little left to flush.
    The descriptor is checked before each use, because the connection holding it
    may close it. Only the writing is started; the pages stay cached, because a
    journal is read again soon after an import (the preview, a copy saved out):
    dropping them made the extraction that followed a 1 GiB import read it back
    from the disk, 15 % slower.
    """

    def __init__(self, path: Path, window: int = WINDOW) -> None:
        self._fd = descriptor_of(path)
        self._identity = _identity(self._fd)
        self._writeback = Writeback(self._fd, self._size(), window, drop=False)

    def advance(self) -> None:
        """The file has grown (or not): pass its size on as the written position."""
        if self._fd is None or _identity(self._fd) != self._identity:
            return
        self._writeback.advance(self._size())

    def _size(self) -> int:
        if self._fd is None:
            return 0
        try:
            return os.fstat(self._fd).st_size
        except OSError:
            return 0


def _identity(fd: int | None) -> tuple[int, int] | None:
    if fd is None:
        return None
    try:
        found = os.fstat(fd)
    except OSError:
        return None
    return found.st_dev, found.st_ino
