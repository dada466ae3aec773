"""Reading an export file with bounded memory, and decoding its text honestly."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from journal.messages.errors import MessageFormatError
from journal.translatable import QT_TRANSLATE_NOOP

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps on what a parser reads into memory. A file over a cap is refused, not cut."""

    file_bytes: int = 256 * MiB  # a whole text or JSON export read at once
    member_bytes: int = 256 * MiB  # the chat text inside a .zip
    archive_members: int = 20_000
    archive_total_bytes: int = 8 * 1024 * MiB  # all members of a .zip, as declared
    email_bytes: int = 256 * MiB  # one message of an mbox


DEFAULT_LIMITS = Limits()


@contextmanager
def open_export(path: Path) -> Iterator[BinaryIO]:
    """The file opened for reading, if it is a regular file: a pipe or a device could
    block forever or never end. OS errors become the plain error."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # before open(): a FIFO blocks in it
            raise MessageFormatError(
                QT_TRANSLATE_NOOP("core", "{name} is not a file this app can import."),
                name=path.name,
            )
        with path.open("rb") as handle:
            yield handle
    except OSError as error:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP("core", "The file {name} could not be read ({problem})."),
            name=path.name,
            problem=error.strerror or error,
        ) from None


def read_capped(path: Path, cap: int) -> bytes:
    """The whole file, refused over `cap`; memory is the file's size, not the cap."""
    with open_export(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        data = b"" if size > cap else handle.read(size + 1)  # +1: notice a growing file
    if size > cap or len(data) > cap:
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "The file {name} is larger than {megabytes} MB, more than this app reads for one "
                "export. Nothing was imported.",
            ),
            name=path.name,
            megabytes=cap // MiB,
        )
    return data


def decode_text(data: bytes, what: str) -> str:
    """UTF-8 (with or without a byte-order mark) or UTF-16 with a mark; else refused,
    naming the line of the first byte that is not UTF-8, because a guessed encoding
    would change the words."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise MessageFormatError(
                QT_TRANSLATE_NOOP("core", "{what} is damaged: its UTF-16 text is cut."), what=what
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise MessageFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "{what} is not UTF-8 text: line {line} holds bytes that are not UTF-8 (the "
                "file may be in another encoding or damaged). Nothing was imported.",
            ),
            what=what,
            line=line,
        ) from None


def read_head(path: Path, size: int = 65536) -> bytes:
    """The first bytes of a file, which is all that format detection reads."""
    with open_export(path) as handle:
        return handle.read(size)


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size of the file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    size = 0
    with open_export(path) as handle:
        while chunk := handle.read(MiB):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
