"""The one way this app creates files and folders: private to the person, and whole.

Every file the app writes (the journal, backups, extracted evidence, exports, the
recovery sheet) is created through `atomic_private_file`: an empty temporary file
beside the destination, readable and writable by its owner only (0600, whatever the
umask), filled by the caller, flushed to disk, then renamed to its name, so the name
only ever holds a complete file and no other account on the computer can read it.
SQLite's own journal files take the mode of their database. Folders the app creates
for its files are 0700 (`private_folder`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from journal.errors import StorageFailure
from journal.translatable import QT_TRANSLATE_NOOP

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable (best effort: not every system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents as 0700; existing folders are left as
    they are (they may be shared on purpose, like a USB stick's root)."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=FOLDER_MODE)
            os.chmod(path, FOLDER_MODE)  # mkdir's mode is narrowed by the umask only


def make_private(path: Path) -> None:
    """Narrow an existing file of the app's (a journal made by an earlier version) to
    0600 when others could read it; best effort (a FAT stick has no modes)."""
    with contextlib.suppress(OSError):
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, FILE_MODE)


def _create_empty(path: Path) -> None:
    fd = os.open(path, _CREATE, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rename_without_replacing(temp: Path, out: Path) -> None:
    """Give `temp` the name `out` unless a file took that name meanwhile: a hard link
    fails rather than replace; where there are none (FAT, exFAT), check, then rename."""
    taken = StorageFailure(
        QT_TRANSLATE_NOOP("core", "A file appeared at {out} meanwhile; nothing was overwritten."),
        out=out,
    )
    try:
        os.link(temp, out)
    except FileExistsError:
        raise taken from None
    except OSError:
        if out.exists():
            raise taken from None
        os.rename(temp, out)
        return
    temp.unlink()


@contextlib.contextmanager
def atomic_private_file(out: Path, *, replace: bool = False) -> Iterator[Path]:
    """Yield the path of a new, empty, private (0600) file beside `out` to fill in.

    On success it is flushed and renamed to `out`; on any failure it is removed
    (with an SQLite journal left beside it). An existing `out` is replaced only when
    `replace` is given. OSError is left to the caller, which knows how to word it.
    """
    temp = out.with_name(f".{out.name[:80]}.{os.urandom(6).hex()}.part")
    _create_empty(temp)
    done = False
    try:
        yield temp
        _fsync(temp)
        if replace:
            os.replace(temp, out)
        else:
            _rename_without_replacing(temp, out)
        done = True
        fsync_dir(out.parent)
    finally:
        if not done:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
