"""The object writer: its thread encrypts and stores what the caller hands over.

Real vaults and real SQLite: pieces of any length come back byte for byte, a
flush commits what was written so far (seen from a second connection), a failure
in the writer thread reaches the caller instead of hanging it, and an abort
leaves no chunk behind. `GrowingFile` follows a file SQLite writes to.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from journal.errors import DamagedJournal
from journal.system.writeback import GrowingFile, descriptor_of
from journal.vault.crypto import CHUNK_SIZE
from journal.vault.object_writer import ObjectWriter
from journal.vault.objects import ROLE_ATTACHMENT, read_stream
from journal.vault.store import Store

from .conftest import new_vault

PIECES = [1, CHUNK_SIZE - 3, 7, CHUNK_SIZE, 2 * CHUNK_SIZE + 5, 100_000]


def pattern(size: int, seed: int) -> bytes:
    return hashlib.shake_256(f"{seed}:{size}".encode()).digest(size)


def chunk_rows(path: Path, object_id: bytes) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM chunk WHERE object_id = ?", (object_id,)
        ).fetchone()
    return int(count)


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "object-writer"]


def test_pieces_of_any_length_come_back_exactly(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "vault" / "notes.db")
    pieces = [pattern(size, n) for n, size in enumerate(PIECES)]
    writer = ObjectWriter(vault.store, vault.keys)
    for piece in pieces:
        writer.write(piece)
    object_id = writer.finish()
    stored = b"".join(read_stream(vault.store, vault.keys, object_id, ROLE_ATTACHMENT))
    assert stored == b"".join(pieces)
    assert not writer_threads()
    vault.lock()


def test_flush_commits_every_whole_chunk_written_so_far(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "vault" / "notes.db")
    writer = ObjectWriter(vault.store, vault.keys)
    writer.write(pattern(3 * CHUNK_SIZE + 10, 1))
    writer.flush()
    # three whole chunks are committed; the 10 bytes wait for the final chunk
    assert chunk_rows(vault.store.path, writer.object_id) == 3
    writer.finish()
    assert chunk_rows(vault.store.path, writer.object_id) == 4
    vault.lock()


def test_a_failure_in_the_writer_thread_reaches_the_caller(tmp_path: Path) -> None:
    """The journal turns out damaged during an import: the writer thread's next
    transaction is refused, and the caller hears it at its next call, never hangs."""
    vault, _code = new_vault(tmp_path / "vault" / "notes.db")
    writer = ObjectWriter(vault.store, vault.keys)
    vault.store.mark_damaged("found damaged while importing")
    with pytest.raises(DamagedJournal):
        for n in range(4 * ObjectWriter.QUEUE_CHUNKS):  # more than the queue holds
            writer.write(pattern(CHUNK_SIZE, n))
        writer.finish()
    with pytest.raises(DamagedJournal):
        writer.finish()
    assert not writer_threads()


def test_abort_leaves_no_chunk(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "vault" / "notes.db")
    writer = ObjectWriter(vault.store, vault.keys)
    for n in range(5):
        writer.write(pattern(CHUNK_SIZE, n))
    writer.flush()
    assert chunk_rows(vault.store.path, writer.object_id) == 5
    writer.abort()
    assert chunk_rows(vault.store.path, writer.object_id) == 0
    assert not writer_threads()
    vault.lock()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="Linux only")
def test_growing_file_follows_sqlite_and_changes_nothing(tmp_path: Path) -> None:
    """The advice goes through SQLite's own descriptor, found without opening
    the file, and the rows read back exactly."""
    path = tmp_path / "grow.db"
    store = Store.create(path)
    blob = pattern(CHUNK_SIZE, 9)
    with store.write() as tx:
        tx.conn.exec_driver_sql("CREATE TABLE grow (n INTEGER, b BLOB)")
        assert descriptor_of(path) is not None
        growing = GrowingFile(path, window=CHUNK_SIZE)
        for n in range(12):
            tx.conn.exec_driver_sql("INSERT INTO grow VALUES (?, ?)", (n, blob))
            growing.advance()
    growing.advance()  # the connection is gone: nothing happens, nothing fails
    store.close()
    with closing(sqlite3.connect(path)) as db:
        rows = db.execute("SELECT n, b FROM grow ORDER BY n").fetchall()
    assert [n for n, _ in rows] == list(range(12))
    assert all(bytes(b) == blob for _, b in rows)
