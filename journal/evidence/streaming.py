"""Streaming evidence import and extraction.

Import reads the file once: each block is hashed (SHA-256 of the original bytes)
and encrypted in the same pass, with memory bounded by one batch whatever the
file size. Originals are stored byte for byte.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from journal.entries.model import AttachmentInfo
from journal.errors import JournalError, StorageFailure, UsageError
from journal.evidence.media import HEAD_BYTES, inspect
from journal.system.private_files import atomic_private_file
from journal.system.stage import Stage
from journal.system.writeback import Writeback
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.crypto import CHUNK_SIZE
from journal.vault.object_writer import ObjectWriter
from journal.vault.objects import Keyring
from journal.vault.store import Store, storage_failure

READ_SIZE = CHUNK_SIZE


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
    pending object, hashing it in the same pass.

    Two threads share the work, in halves of about the same cost: this one reads
    and hashes, the object writer's thread encrypts and stores (ObjectWriter).
    """
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
            writer.write(block)
            digest.update(block)
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

    The copy appears under its name only when complete and verified. Hashing and
    writing each run on a thread of their own (the blocks arrive already decrypted
    by the reader thread of `read_stream`), so the three overlap on the available
    cores; a failure in either is raised here, and the partial file is removed.
    """
    if out.exists():
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "There is already a file at {out}; choose another name."),
            out=out,
        )
    digest = hashlib.sha256()
    done = 0
    try:
        with (
            atomic_private_file(out) as temp,
            temp.open("wb", buffering=0) as handle,
            Stage("extract-hash", digest.update) as hasher,
            Stage("extract-write", _FileSink(handle).write) as writer,
        ):
            for block in blocks:
                hasher.put(block)
                writer.put(block)
                done += len(block)
                if progress is not None:
                    progress(done)
            hasher.finish()
            writer.finish()
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
    finally:
        _close(blocks)


def _close(blocks: Iterable[bytes]) -> None:
    """Stop the source early (a generator's `close` ends `read_stream`'s reader
    thread now rather than when the generator is collected)."""
    close = getattr(blocks, "close", None)
    if callable(close):
        close()


class _FileSink:
    """Writes whole blocks to an unbuffered file, keeping the page cache small."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._position = 0
        self._writeback = Writeback(handle.fileno())

    def write(self, block: bytes) -> None:
        view = memoryview(block)
        while view:  # an unbuffered write may take only part of the block
            written = self._handle.write(view)
            if not written:  # never for a regular file; do not spin if it happens
                raise OSError(errno.EIO, "the file took no bytes")
            view = view[written:]
        self._position += len(block)
        self._writeback.advance(self._position)
