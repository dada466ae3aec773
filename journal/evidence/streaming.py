"""Streaming evidence import and extraction.

Import reads the file once: each block is hashed (SHA-256 of the original bytes)
and encrypted in the same pass, with memory bounded by one batch whatever the
file size. Originals are stored byte for byte.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from journal.entries.model import AttachmentInfo
from journal.errors import JournalError, StorageFailure, UsageError
from journal.evidence.media import HEAD_BYTES, inspect
from journal.system.private_files import atomic_private_file
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.crypto import CHUNK_SIZE
from journal.vault.objects import Keyring, ObjectWriter
from journal.vault.store import Store, storage_failure

READ_SIZE = CHUNK_SIZE
WRITEBACK_BYTES = 32 * CHUNK_SIZE


class ImportCancelled(JournalError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was added.")


def _read_error(path: Path, error: OSError) -> JournalError:
    if isinstance(error, FileNotFoundError):
        return UsageError(QT_TRANSLATE_NOOP("core", "The file {path} does not exist."), path=path)
    if isinstance(error, IsADirectoryError):
        return UsageError(QT_TRANSLATE_NOOP("core", "{path} is a folder, not a file."), path=path)
    if isinstance(error, PermissionError):
        return UsageError(
            QT_TRANSLATE_NOOP("core", "This app is not allowed to read {path}."), path=path
        )
    return StorageFailure(
        QT_TRANSLATE_NOOP("core", "The file {path} could not be read ({strerror})."),
        path=path,
        strerror=error.strerror,
    )


def import_file(
    store: Store,
    keys: Keyring,
    path: Path,
    clock: Callable[[], datetime],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AttachmentInfo:
    """Encrypt `path` into a pending object; the caller makes it ready on commit."""
    try:
        handle = path.open("rb")
        stat = os.fstat(handle.fileno())
    except OSError as error:
        raise _read_error(path, error) from None
    mtime = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat(timespec="seconds")
    with handle:
        return import_stream(
            store,
            keys,
            handle,
            StreamSource(path.name, stat.st_size, mtime, path),
            clock,
            progress,
            cancelled,
        )


@dataclass(frozen=True)
class StreamSource:
    """What is known of a stream's origin: its name, expected size, modification time,
    and the path that read errors name."""

    file_name: str
    size: int
    file_mtime: str | None
    path: Path


def import_stream(
    store: Store,
    keys: Keyring,
    handle: BinaryIO,
    source: StreamSource,
    clock: Callable[[], datetime],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AttachmentInfo:
    """Encrypt what `handle` yields (a file, or a member of a .zip export) into a
    pending object, hashing it in the same pass."""
    writer = ObjectWriter(store, keys)
    digest = hashlib.sha256()
    head = bytearray()
    tail = b""
    total = 0
    try:
        while True:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            try:
                block = handle.read(READ_SIZE)
            except OSError as error:
                raise _read_error(source.path, error) from None
            if not block:
                break
            digest.update(block)
            writer.write(block)
            if len(head) < HEAD_BYTES:
                head += block[: HEAD_BYTES - len(head)]
            tail = (tail + block[-64:])[-64:]
            total += len(block)
            if progress is not None:
                progress(total, source.size)
        object_id = writer.finish()
    except BaseException:
        with contextlib.suppress(JournalError):
            writer.abort()
        raise
    facts = inspect(bytes(head), tail, source.file_name, total)
    return AttachmentInfo(
        attachment_id=object_id.hex(),
        file_name=source.file_name,
        size=total,
        sha256=digest.hexdigest(),
        media_type=facts.media_type,
        imported_at=clock().isoformat(timespec="microseconds"),
        file_mtime=source.file_mtime,
        capture_time=facts.capture_time,
        camera=facts.camera,
        width=facts.width,
        height=facts.height,
        orientation=facts.orientation,
        warnings=tuple(facts.warnings),
    )


def write_out(
    blocks: Iterable[bytes],
    out: Path,
    expected_sha256: str,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Write decrypted blocks to `out` (never overwriting), checking the SHA-256 as it goes.

    The copy appears under its name only when complete and verified.
    """
    if out.exists():
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "There is already a file at {out}; choose another name."),
            out=out,
        )
    digest = hashlib.sha256()
    done = 0
    written_back = 0
    try:
        with atomic_private_file(out) as temp, temp.open("wb") as handle:
            for block in blocks:
                digest.update(block)
                handle.write(block)
                done += len(block)
                if done - written_back >= WRITEBACK_BYTES:
                    handle.flush()
                    _start_writeback(handle.fileno(), written_back, done - written_back)
                    written_back = done
                if progress is not None:
                    progress(done)
            handle.flush()
            if digest.hexdigest() != expected_sha256:
                raise JournalError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The extracted copy does not match the hash recorded at import; it was "
                        "not saved.",
                    )
                )
    except OSError as error:
        raise storage_failure(error, out) from None


def _start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing a finished range to disk now (best effort).

    Otherwise all of it waits for the final fsync, which then runs alone after
    the last block; started early, the disk works while later blocks are
    decrypted and hashed. On Linux, POSIX_FADV_DONTNEED starts writeback of the
    range without waiting for it (and lets the kernel drop the pages once they
    are clean). The final fsync still decides durability.
    """
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)
