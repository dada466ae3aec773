"""The threaded pipelines that move large evidence files: import (read, hash,
encrypt, store), extraction (decrypt, hash, write) and the bundle's exhibits.

Real vaults, real files, real failures: a chunk changed in the file with plain
sqlite3, a write refused by the kernel (RLIMIT_FSIZE, as a full stick would), a
stop in the middle. Whatever goes wrong, nothing is left at the destination and
no pipeline thread outlives the call.
"""

from __future__ import annotations

import hashlib
import io
import os
import resource
import signal
import sqlite3
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from journal.entries.model import AttachmentInfo, EntryContent, EventTime
from journal.errors import IntegrityProblem, JournalError, StorageFailure
from journal.evidence.streaming import StreamSource, import_stream, write_out
from journal.export.bundle import export_bundle
from journal.export.options import ExportOptions, select
from journal.session.journal import Journal
from journal.system.stage import Stage
from journal.system.writeback import Writeback
from journal.vault.crypto import CHUNK_SIZE

from .conftest import new_vault, reopen
from .export_fixtures import clock

SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 17]
PIPELINE_THREADS = ("extract-hash", "extract-write", "import-hash", "bundle-hash", "object-")


def pattern(size: int) -> bytes:
    """Bytes that differ at every position, so a shifted or repeated block shows."""
    return hashlib.shake_256(size.to_bytes(8, "big")).digest(size) if size else b""


def pipeline_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(PIPELINE_THREADS)]


def attached(tmp_path: Path, data: bytes) -> tuple[Journal, AttachmentInfo]:
    vault, _code = new_vault(tmp_path / "vault" / "notes.db")
    journal = Journal.open(vault)
    entry_id = journal.add_entry(
        EntryContent(kind="incident", title="Evidence", occurred=EventTime("2025-03-14"))
    )
    source = tmp_path / "source.bin"
    source.write_bytes(data)
    info = journal.attach_file(entry_id, source)
    source.unlink()
    return journal, info


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("size", SIZES)
def test_import_and_extraction_are_byte_exact_at_chunk_boundaries(
    tmp_path: Path, size: int
) -> None:
    data = pattern(size)
    journal, info = attached(tmp_path, data)
    assert (info.size, info.sha256) == (size, hashlib.sha256(data).hexdigest())
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    write_out(journal.read_attachment(info.attachment_id), out, info.sha256)
    assert out.read_bytes() == data
    assert leftovers(out.parent) == ["copy.bin"]
    assert pipeline_threads() == []
    journal.vault.lock()


def test_bundle_exhibit_is_byte_exact_across_chunks(tmp_path: Path) -> None:
    data = pattern(2 * CHUNK_SIZE + 5)
    journal, info = attached(tmp_path, data)
    out = tmp_path / "bundle.zip"
    export_bundle(select(journal, ExportOptions(), clock), journal, out)
    with zipfile.ZipFile(out) as archive:
        (exhibit,) = [n for n in archive.namelist() if n.endswith("source.bin")]
        assert archive.read(exhibit) == data
        sums = archive.read("SHA256SUMS").decode()
    assert f"{info.sha256}  {exhibit}" in sums
    assert pipeline_threads() == []
    journal.vault.lock()


def tamper_chunk(vault_path: Path, attachment_id: str, idx: int) -> None:
    """Flip one byte in the middle of a stored chunk, with plain sqlite3."""
    with closing(sqlite3.connect(vault_path)) as conn:
        key = (bytes.fromhex(attachment_id), idx)
        (ct,) = conn.execute("SELECT ct FROM chunk WHERE object_id=? AND idx=?", key).fetchone()
        changed = bytearray(ct)
        changed[len(changed) // 2] ^= 0x01
        conn.execute("UPDATE chunk SET ct=? WHERE object_id=? AND idx=?", (bytes(changed), *key))
        conn.commit()


@pytest.mark.parametrize("idx", [0, 1, 3])
def test_a_tampered_chunk_leaves_nothing_at_the_destination(tmp_path: Path, idx: int) -> None:
    journal, info = attached(tmp_path, pattern(3 * CHUNK_SIZE + 17))
    journal.vault.lock()
    vault_path = tmp_path / "vault" / "notes.db"
    tamper_chunk(vault_path, info.attachment_id, idx)
    journal = reopen(vault_path)
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    with pytest.raises(IntegrityProblem, match=f"chunk {idx} failed authentication"):
        write_out(journal.read_attachment(info.attachment_id), out, info.sha256)
    assert leftovers(out.parent) == []
    if idx < 3:  # a damaged last chunk is found before the export and left out instead
        with pytest.raises(IntegrityProblem, match="failed authentication"):
            export_bundle(select(journal, ExportOptions(), clock), journal, tmp_path / "b.zip")
        assert not (tmp_path / "b.zip").exists()
    assert [p.name for p in tmp_path.glob("*.part")] == []
    assert pipeline_threads() == []
    journal.vault.lock()


def test_a_wrong_recorded_hash_leaves_nothing(tmp_path: Path) -> None:
    journal, info = attached(tmp_path, pattern(CHUNK_SIZE + 3))
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    with pytest.raises(JournalError, match="does not match the hash recorded"):
        write_out(journal.read_attachment(info.attachment_id), out, "0" * 64)
    assert leftovers(out.parent) == []
    journal.vault.lock()


def test_a_write_refused_in_the_writer_thread_is_a_calm_error(tmp_path: Path) -> None:
    """The kernel refuses to grow the copy past 1.5 MiB (as a full stick would): the
    writer thread's OSError reaches the caller as the usual plain message."""
    journal, info = attached(tmp_path, pattern(3 * CHUNK_SIZE))
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()
    blocks = journal.read_attachment(info.attachment_id)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (CHUNK_SIZE * 3 // 2, hard))
    try:
        with pytest.raises(StorageFailure, match="not enough space") as caught:
            write_out(blocks, out, info.sha256)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert "Something unexpected" not in str(caught.value)
    assert leftovers(out.parent) == []
    assert pipeline_threads() == []
    journal.vault.lock()


class Stopped(Exception):
    """What a cancelled task raises from inside the stream (ui/evidence/preview_reading)."""


def test_stopping_in_the_middle_leaves_nothing_and_ends_the_threads(tmp_path: Path) -> None:
    journal, info = attached(tmp_path, pattern(4 * CHUNK_SIZE))
    out = tmp_path / "out" / "copy.bin"
    out.parent.mkdir()

    def stopped_after_two(blocks: Iterator[bytes]) -> Iterator[bytes]:
        for number, block in enumerate(blocks):
            if number == 2:
                raise Stopped()
            yield block

    with pytest.raises(Stopped):
        write_out(stopped_after_two(journal.read_attachment(info.attachment_id)), out, info.sha256)
    assert leftovers(out.parent) == []
    assert pipeline_threads() == []
    journal.vault.lock()


def test_a_stage_raises_its_error_in_the_caller_and_never_blocks() -> None:
    seen: list[int] = []

    def work(item: int) -> None:
        if item == 3:
            raise ValueError("item 3 is bad")
        seen.append(item)

    with Stage("test-stage", work, depth=2) as stage, pytest.raises(ValueError, match="item 3"):
        for item in range(1000):  # more than the queue holds: puts must not hang
            stage.put(item)
        stage.finish()
    assert seen == [0, 1, 2]
    assert not [t for t in threading.enumerate() if t.name == "test-stage"]


def test_a_closed_stage_skips_what_is_queued() -> None:
    """close() with a full queue and the step busy: it returns once the item in hand is
    done, and nothing queued behind it is worked on."""
    started, release = threading.Event(), threading.Event()
    done: list[int] = []

    def work(item: int) -> None:
        started.set()
        release.wait()
        done.append(item)

    stage: Stage[int] = Stage("test-close", work, depth=4)
    for item in range(5):  # one in hand, four filling the queue
        stage.put(item)
    started.wait()
    closer = threading.Thread(target=stage.close)
    closer.start()
    while not stage.stopping:  # close() has marked the stage; it now waits for the thread
        time.sleep(0.001)
    release.set()
    closer.join()
    assert done == [0]
    assert not [t for t in threading.enumerate() if t.name == "test-close"]


def test_writeback_keeps_the_file_exact(tmp_path: Path) -> None:
    """Advising the kernel at every window changes nothing in what is written."""
    path = tmp_path / "file.bin"
    blocks = [pattern(4096 + n) for n in range(40)]
    with path.open("wb", buffering=0) as handle:
        writeback = Writeback(handle.fileno(), window=3 * 4096)
        for block in blocks:
            handle.write(block)
            writeback.advance(handle.tell())
        os.fsync(handle.fileno())
    assert path.read_bytes() == b"".join(blocks)


class SlowSource(io.RawIOBase):
    """A source that gives one chunk, then waits for `go` (a stalled USB stick)."""

    def __init__(self, blocks: list[bytes], go: threading.Event, stalled: threading.Event):
        self.blocks, self.go, self.stalled = blocks, go, stalled

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if len(self.blocks) == 1:
            self.stalled.set()
            self.go.wait()
        return self.blocks.pop(0) if self.blocks else b""


def test_a_save_gets_through_while_an_import_stalls(tmp_path: Path) -> None:
    """The object writer keeps a transaction open for a while between chunks; a stalled
    source must not keep the write lock (else this save would fail after SQLite's
    30 s busy timeout)."""
    vault, _code = new_vault(tmp_path / "vault" / "notes.db")
    journal = Journal.open(vault)
    go, stalled = threading.Event(), threading.Event()
    data = [pattern(CHUNK_SIZE), pattern(CHUNK_SIZE + 9)]
    source = SlowSource(list(data), go, stalled)
    imported: list[AttachmentInfo] = []

    def run_import() -> None:
        origin = StreamSource("stick.bin", 2 * CHUNK_SIZE + 9, None, tmp_path / "stick.bin")
        imported.append(import_stream(vault.store, vault.keys, source, origin, clock))

    worker = threading.Thread(target=run_import)
    worker.start()
    try:
        stalled.wait()  # the first chunk is with the object writer
        entry_id = journal.add_entry(
            EntryContent(kind="note", title="saved meanwhile", occurred=EventTime("2025-03-15"))
        )
    finally:
        go.set()
        worker.join()
    assert journal.entry(entry_id).content.title == "saved meanwhile"
    (info,) = imported
    assert info.sha256 == hashlib.sha256(b"".join(data)).hexdigest()
    with vault.store.read() as tx:
        assert tx.chunk_indexes(bytes.fromhex(info.attachment_id)) == [0, 1, 2]
    vault.lock()
