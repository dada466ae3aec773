"""What a Python process can do so decrypted text does not outlive the unlocked journal.

CPython offers no way to wipe a `str`: text is immutable, copies are made freely
(slicing, JSON, search folding, Qt's own UTF-16 copies), and freed memory is reused,
not cleared. What it does allow is done here:

- no core dumps: RLIMIT_CORE 0 and, on Linux, PR_SET_DUMPABLE 0 (which also stops
  other processes of the same user from attaching a debugger or reading
  /proc/<pid>/mem); on systems without them, nothing is changed;
- every cache of decrypted text is registered here and dropped at lock, followed by
  a full garbage collection, so no live object still refers to decrypted text.

Keys are kept in bytearrays and overwritten at lock (objects.Keyring.wipe).
docs/threat-model.md says what stays: copies in freed memory until reused.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import re
import sys
from collections.abc import Callable

_PR_SET_DUMPABLE = 4
# re's own cache keeps compiled patterns, built from redaction terms among others
_forgetters: list[Callable[[], None]] = [re.purge]


def harden_process() -> list[str]:
    """Turn off core dumps and debugger attach where the system allows; what was done."""
    done: list[str] = []
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done.append("core dumps off")
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not dumpable")
    return done


def register_cache(forget: Callable[[], None]) -> None:
    """`forget` is called at every lock: a module's cache of decrypted text."""
    _forgetters.append(forget)


def forget_decrypted(collect: bool = True) -> None:
    """Drop every registered cache, then (unless the caller does it later, see
    `collect_freed`) collect, so only freed memory holds copies."""
    for forget in _forgetters:
        forget()
    if collect:
        collect_freed()


def collect_freed() -> None:
    """A full garbage collection, then whole free pages handed back to the system
    (glibc's malloc_trim), which gives them back zeroed when they are used again.
    It takes tens of milliseconds, so the GUI runs it just after a quick exit."""
    gc.collect()
    _trim_free_memory()


def _trim_free_memory() -> None:
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
