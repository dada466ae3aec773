"""Where `verify` reads a bundle from: the zip itself, or the folder it was unpacked into,
and the report it fills.

A zip is never extracted: members are hashed in place, as streams, so a hostile
archive cannot write anywhere; verify_zip.py names what a hostile zip tries. In
a folder only regular files are opened: links, named pipes, devices and sockets
are refused before opening (a pipe would otherwise make the check wait forever),
and nothing outside the folder is read.
"""

from __future__ import annotations

import lzma
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from journal.errors import JournalError
from journal.translatable import QT_TRANSLATE_NOOP, phrase

BLOCK = 1024 * 1024
MAX_RATIO = 1100  # deflate cannot expand more than about 1032:1

# What reading a damaged or hostile member can raise, besides cancellation. zipfile
# raises NotImplementedError for unknown compression methods, RuntimeError for
# encrypted members, EOFError for truncated data, and struct/zlib/lzma errors for
# broken headers and streams.
READ_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    OverflowError,
    KeyError,
    IndexError,
)


class NotABundle(JournalError):
    exit_code = 4

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} is not an export bundle from this app ({reason}).")


@dataclass(frozen=True)
class Finding:
    kind: str  # changed, missing, added, unsafe, hidden, damaged, signature, fingerprint,
    # key_history, timestamp
    name: str
    message: str


@dataclass
class BundleReport:
    findings: list[Finding] = field(default_factory=list)
    checked: int = 0
    fingerprint: str = ""  # signing-key fingerprint of vault_pub.pem
    signature_ok: bool = False
    confirmed: str = ""  # the fingerprint the recipient confirmed with the sender, if given
    key_chain: list[tuple[str, str | None]] = field(default_factory=list)
    source_problems: list[str] = field(default_factory=list)  # the manifest's damage statement
    timestamps: list[str] = field(default_factory=list)  # tokens that hold, described

    @property
    def intact(self) -> bool:
        return not self.findings and self.signature_ok

    @property
    def only_added(self) -> bool:
        """Signed, every listed file matches, and the only problem is files added."""
        return (
            self.signature_ok
            and bool(self.findings)
            and all(f.kind == "added" for f in self.findings)
        )

    @property
    def confirmed_chain(self) -> list[tuple[str, str | None]]:
        """The key history when every succession in it was checked and it ends at the
        key whose signature holds; empty otherwise (so it is never shown as proof)."""
        if not self.signature_ok or any(f.kind == "key_history" for f in self.findings):
            return []
        return self.key_chain

    def add(self, kind: str, name: str, message: str) -> None:
        self.findings.append(Finding(kind, name, message))


# Why a name could escape or mislead when unpacked: the reason alone, and the whole
# finding for a member that was therefore not opened (one template per reason, so
# a translation never glues pieces together).
_UNSAFE_NAMES: dict[str, tuple[str, str]] = {
    "nul": (
        "has a backslash or an empty or NUL character",
        QT_TRANSLATE_NOOP(
            "core", "{name} has a backslash or an empty or NUL character; it was not opened"
        ),
    ),
    "absolute": (
        "is an absolute path",
        QT_TRANSLATE_NOOP("core", "{name} is an absolute path; it was not opened"),
    ),
    "parent": (
        "points outside the bundle (..)",
        QT_TRANSLATE_NOOP("core", "{name} points outside the bundle (..); it was not opened"),
    ),
    "control": (
        "contains control characters",
        QT_TRANSLATE_NOOP("core", "{name} contains control characters; it was not opened"),
    ),
}


def _unsafe_kind(name: str) -> str:
    if not name or "\x00" in name or "\\" in name:
        return "nul"
    path = PurePosixPath(name)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", name):
        return "absolute"
    if ".." in path.parts:
        return "parent"
    if any(ord(ch) < 32 for ch in name):
        return "control"
    return ""


def unreadable(name: str) -> str:
    """The finding for a small file of the bundle that cannot be read."""
    return phrase(QT_TRANSLATE_NOOP("core", "{name} cannot be read"), name=name)


def unsafe_name(name: str) -> str:
    """Why `name` could escape or mislead when unpacked; "" when it is safe."""
    kind = _unsafe_kind(name)
    return _UNSAFE_NAMES[kind][0] if kind else ""


def unopened_name(name: str) -> str:
    """The finding for a member not opened because of its name; "" when it is safe."""
    kind = _unsafe_kind(name)
    return phrase(_UNSAFE_NAMES[kind][1], name=repr(name)) if kind else ""


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


# What a non-regular entry is: in a folder, and inside a zip (whole sentences).
_KINDS: dict[str, tuple[str, str]] = {
    "link": (
        QT_TRANSLATE_NOOP("core", "{name} is a link; links are not followed"),
        QT_TRANSLATE_NOOP("core", "{name} is a link; links are not followed (inside the zip)"),
    ),
    "pipe": (
        QT_TRANSLATE_NOOP("core", "{name} is a named pipe, not a file; it was not opened"),
        QT_TRANSLATE_NOOP(
            "core", "{name} is a named pipe, not a file; it was not opened (inside the zip)"
        ),
    ),
    "socket": (
        QT_TRANSLATE_NOOP("core", "{name} is a socket, not a file; it was not opened"),
        QT_TRANSLATE_NOOP(
            "core", "{name} is a socket, not a file; it was not opened (inside the zip)"
        ),
    ),
    "device": (
        QT_TRANSLATE_NOOP("core", "{name} is a device, not a file; it was not opened"),
        QT_TRANSLATE_NOOP(
            "core", "{name} is a device, not a file; it was not opened (inside the zip)"
        ),
    ),
    "other": (
        QT_TRANSLATE_NOOP("core", "{name} is not a regular file; it was not opened"),
        QT_TRANSLATE_NOOP(
            "core", "{name} is not a regular file; it was not opened (inside the zip)"
        ),
    ),
}


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "other"


def not_a_file(name: str, mode: int, in_zip: bool = False) -> str:
    """The finding for `name`, whose `mode` is not a regular file's (in a folder or a zip)."""
    return phrase(_KINDS[_kind(mode)][1 if in_zip else 0], name=name)


class FolderSource:
    def __init__(self, root: Path, report: BundleReport) -> None:
        self.root = root
        self.files: set[str] = set()
        self.bad: set[str] = set()
        for folder, dirs, files in os.walk(root, followlinks=False):
            for name in [*files, *[d for d in dirs if Path(folder, d).is_symlink()]]:
                relative = Path(folder, name).relative_to(root).as_posix()
                try:
                    mode = Path(folder, name).lstat().st_mode
                except OSError:
                    mode = 0
                if not stat.S_ISREG(mode):
                    report.add("unsafe", relative, not_a_file(relative, mode))
                    self.bad.add(relative)
                self.files.add(relative)

    def names(self) -> set[str]:
        return self.files

    def size(self, name: str) -> int:
        return (self.root / name).lstat().st_size

    def blocks(self, name: str) -> Iterator[bytes]:
        """Open without following links and without waiting; read only a regular file
        (it could have been swapped for a pipe since the folder was listed)."""
        descriptor = os.open(self.root / name, _OPEN_FLAGS)
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise OSError(f"{name} is not a regular file")
            if hasattr(os, "set_blocking"):
                os.set_blocking(descriptor, True)
            stream = os.fdopen(descriptor, "rb")
        except BaseException:
            os.close(descriptor)
            raise
        with stream:
            while block := stream.read(BLOCK):
                yield block

    def close(self) -> None:
        pass
