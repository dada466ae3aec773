"""Why an operating-system call failed, in plain words.

Decided by the error number, never by the message text (which is in the system's
language and may quote a path). The export writer and the GUI's error sentences
use it; a caller adds what was being done and what was kept.
"""

from __future__ import annotations

import errno

_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS)
_DEVICE = (errno.EIO, errno.ENODEV, errno.ENOENT, errno.ENXIO)


def os_error_reason(error: OSError) -> str:
    """The end of "… because <reason>": a full disk, a place that refuses, a device
    gone, or else the system's own short description (never the error's arguments)."""
    if error.errno in _FULL:
        return "there is not enough space on the disk or stick"
    if error.errno in _REFUSED:
        return "that place cannot be written to (read-only or no permission)"
    if error.errno in _DEVICE:
        return "the device could not be read or written (was a USB stick removed?)"
    return f"the system reported: {error.strerror or type(error).__name__}"
