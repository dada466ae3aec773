"""Private temporary copies for "open in another program", wiped at lock and exit.

Another program can only open a real file, so this is the one place where the app
writes decrypted evidence outside an export the person saves. It goes into a new
0700 folder, in RAM (/dev/shm) where the system has it, under a neutral name, with
0600 permissions; at lock, quick exit and exit every copy is overwritten with
zeros, synced and deleted, and the folder removed.

A crash, a power cut or a killed process skips that, so `wipe_stale` runs at start
and at every unlock: it overwrites and removes such leftovers. It only touches a
folder that is certainly one of ours and certainly abandoned: named n-<pid>-<random>
(or the older n-<random>), a real 0700 directory owned by this user, holding only
copy / copy.<ext> regular files, whose process is no longer running.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

SHM = Path("/dev/shm")  # noqa: S108 (a private 0700 folder is made inside it)
COPY_DIR_ENV = "INCIDENT_JOURNAL_COPY_DIR"
_ZEROS = bytes(1024 * 1024)
_folders: list[Path] = []
_STALE_NAME = re.compile(r"^n-(?:(\d{1,10})-)?[a-z0-9_]{8}$")
_COPY_NAME = re.compile(r"^copy(?:\.[a-z0-9]{1,8})?$")


def private_base() -> Path:
    """The folder named by INCIDENT_JOURNAL_COPY_DIR when set (tests point it at their
    own folder), else RAM-backed /dev/shm when usable, else the system temp folder."""
    chosen = os.environ.get(COPY_DIR_ENV)
    if chosen:
        return Path(chosen)
    if SHM.is_dir() and os.access(SHM, os.W_OK | os.X_OK):
        return SHM
    return Path(tempfile.gettempdir())


def write_private_copy(
    blocks: Iterable[bytes], suffix: str, stop: Callable[[], bool] = lambda: False
) -> Path:
    """Write `blocks` to a new private file and return its path (registered for wiping)."""
    folder = Path(tempfile.mkdtemp(prefix=f"n-{os.getpid()}-", dir=private_base()))
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
    """Overwrite with zeros, sync, unlink. Never follows a symbolic link."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "wb") as handle:
            left = os.fstat(handle.fileno()).st_size
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


def _process_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but someone else's
        return True
    return True


def _abandoned_copy_folder(folder: Path) -> bool:
    """True only for a private-copy folder of ours whose process has gone."""
    match = _STALE_NAME.match(folder.name)
    if match is None or folder in _folders:
        return False
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode) or stat.S_IMODE(info.st_mode) != 0o700:
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    if match.group(1) is not None:
        pid = int(match.group(1))
        if pid == os.getpid() or _process_running(pid):
            return False
    for child in folder.iterdir():
        if not _COPY_NAME.match(child.name) or not stat.S_ISREG(os.lstat(child).st_mode):
            return False
    return True


def wipe_stale() -> int:
    """Overwrite and remove copies left behind by a crash or kill; returns how many files."""
    wiped = 0
    bases = dict.fromkeys((private_base(), Path(tempfile.gettempdir())))
    for base in bases:
        try:
            candidates = list(base.glob("n-*"))
        except OSError:
            continue
        for folder in candidates:
            with contextlib.suppress(OSError):
                if not _abandoned_copy_folder(folder):
                    continue
                for child in folder.iterdir():
                    _wipe_file(child)
                    wiped += 1
                folder.rmdir()
    return wiped


def live_copies() -> list[Path]:
    return [child for folder in _folders if folder.is_dir() for child in folder.iterdir()]


atexit.register(wipe_all)
