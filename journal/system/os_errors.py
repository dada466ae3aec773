"""Why the disk said no, in plain words: the one classifier of operating-system and
SQLite errors. Callers frame the sentence ("The export to … could not be written
because …"); this module only says why, from error numbers and SQLite's result
codes, never by matching message text (which changes with the system's language).
"""

from __future__ import annotations

import errno
import sqlite3

from journal.translatable import QT_TRANSLATE_NOOP, Phrase, phrase

FULL = phrase(QT_TRANSLATE_NOOP("core", "there is not enough space on the disk or stick"))
READ_ONLY = phrase(
    QT_TRANSLATE_NOOP("core", "that place cannot be written to (read-only or no permission)")
)
GONE = phrase(
    QT_TRANSLATE_NOOP("core", "the device could not be read or written (was a USB stick removed?)")
)
BUSY = phrase(QT_TRANSLATE_NOOP("core", "another program is using the file"))
DAMAGED = phrase(QT_TRANSLATE_NOOP("core", "the file is damaged"))
GONE_AWAY = phrase(
    QT_TRANSLATE_NOOP("core", "the file or folder is no longer there (was a USB stick removed?)")
)

_BY_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: FULL,  # also what a full disk gives under a file-size limit
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EROFS: READ_ONLY,
    errno.EIO: GONE,
    errno.ENODEV: GONE,
    errno.ENXIO: GONE,
    errno.ENOENT: GONE_AWAY,
}
_BY_SQLITE = {
    "SQLITE_FULL": FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_PERM": READ_ONLY,
    "SQLITE_AUTH": READ_ONLY,
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_IOERR": GONE,
    "SQLITE_CANTOPEN": GONE,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
}


def reason(error: BaseException) -> Phrase:
    """Why `error` happened, as the end of a sentence ("… because {reason}"): an
    English phrase the app can translate (journal/translatable.py)."""
    inner = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(inner, BaseException):
        error = inner
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        return _BY_ERRNO[error.errno]
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        for prefix, why in _BY_SQLITE.items():  # SQLITE_IOERR_WRITE is an SQLITE_IOERR
            if name == prefix or name.startswith(prefix + "_"):
                return why
    if isinstance(error, OSError):
        said = error.strerror or type(error).__name__
        return phrase(QT_TRANSLATE_NOOP("core", "the system reported: {said}"), said=said)
    return phrase(QT_TRANSLATE_NOOP("core", "the storage reported: {said}"), said=str(error))
