"""Private temporary copies for "open in another program", wiped at lock and exit.

Another program can only open a real file, so this is the one place where the app
writes decrypted evidence outside an export the person saves. It goes into a new
0700 folder, in RAM (/dev/shm) where the system has it, under a neutral name, with
0600 permissions; at lock, quick exit and exit every copy is overwritten with
zeros, synced and deleted, and the folder removed.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

SHM = Path("/dev/shm")  # noqa: S108 (a private 0700 folder is made inside it)
_ZEROS = bytes(1024 * 1024)
_folders: list[Path] = []


def private_base() -> Path:
    """RAM-backed /dev/shm when usable, else the system temp folder."""
    if SHM.is_dir() and os.access(SHM, os.W_OK | os.X_OK):
        return SHM
    return Path(tempfile.gettempdir())


def write_private_copy(
    blocks: Iterable[bytes], suffix: str, stop: Callable[[], bool] = lambda: False
) -> Path:
    """Write `blocks` to a new private file and return its path (registered for wiping)."""
    folder = Path(tempfile.mkdtemp(prefix="n-", dir=private_base()))
    os.chmod(folder, 0o700)
    _folders.append(folder)
    clean = "".join(ch for ch in suffix.lower() if ch.isalnum())[:8]
    path = folder / (f"copy.{clean}" if clean else "copy")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            for block in blocks:
                if stop():
                    raise InterruptedError("stopped")
                handle.write(block)
    except BaseException:
        _wipe_file(path)
        raise
    return path


def _wipe_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            left = size
            while left > 0:
                step = min(left, len(_ZEROS))
                handle.write(_ZEROS[:step])
                left -= step
            handle.flush()
            os.fsync(handle.fileno())
    with contextlib.suppress(OSError):
        path.unlink()


def wipe_all() -> int:
    """Overwrite and delete every private copy; returns how many files were wiped."""
    wiped = 0
    while _folders:
        folder = _folders.pop()
        with contextlib.suppress(OSError):
            for child in folder.iterdir():
                _wipe_file(child)
                wiped += 1
        with contextlib.suppress(OSError):
            folder.rmdir()
    return wiped


def live_copies() -> list[Path]:
    return [child for folder in _folders if folder.is_dir() for child in folder.iterdir()]


atexit.register(wipe_all)
