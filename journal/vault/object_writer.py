"""Writing a large object (an imported file) into the store in committed batches.

The object is marked pending until the revision naming it is committed, so a
crash leaves only a pending object that the next unlock removes.
"""

from __future__ import annotations

import queue
import threading
import time

from journal.system.writeback import drop_clean_pages
from journal.vault.crypto import CHUNK_SIZE, StreamEncryptor
from journal.vault.objects import (
    ATTACHMENT_BUCKET,
    ROLE_ATTACHMENT,
    STATE_PENDING,
    Keyring,
    _wrap_new_key,  # private to the vault package; shared by the two writers
    chunk_aad,
    new_object_id,
)
from journal.vault.store import Store

_Item = tuple[int, bytes] | threading.Event | None  # a chunk, a flush request, or the end


class _Idle:
    """Nothing is waiting for the writer thread."""


_IDLE = _Idle()


class ObjectWriter:
    """Stream a large object into the store in committed batches, marked pending.

    The caller's thread encrypts; a writer thread takes the ciphertext from a
    bounded queue and stores it, committing every `BATCH_BYTES` or `HOLD_SECONDS`,
    whichever comes first, so reading, hashing and encrypting overlap with SQLite's
    writes and fsyncs (hashlib, the AEAD and sqlite3 release the GIL). Memory stays
    at `QUEUE_CHUNKS` chunks plus SQLite's page cache, whatever the object's size,
    and the write lock is never held longer than about `HOLD_SECONDS` plus one
    commit, so a save from another thread during a slow import still gets through.

    `finish()` returns the object id; the caller marks it ready in the same
    transaction that first references it. `abort()` removes everything written.
    A storage error in the writer thread is raised by the next `write()`,
    `flush()` or `finish()`.
    """

    BATCH_BYTES = 64 * CHUNK_SIZE
    HOLD_SECONDS = 0.2
    QUEUE_CHUNKS = 16

    def __init__(self, store: Store, keys: Keyring, role: str = ROLE_ATTACHMENT) -> None:
        self._store = store
        self.object_id = new_object_id()
        object_key, wrapped = _wrap_new_key(keys, self.object_id, role)
        self._stream = StreamEncryptor(
            object_key, chunk_aad(keys.vault_id, self.object_id), ATTACHMENT_BUCKET
        )
        self._next_index = 0
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=self.QUEUE_CHUNKS)
        self._error: BaseException | None = None
        self._closed = False
        with store.write() as tx:
            tx.add_object(self.object_id, keys.current, role, wrapped, STATE_PENDING)
        self._thread = threading.Thread(target=self._run, name="object-writer", daemon=True)
        self._thread.start()

    # caller's thread ------------------------------------------------------
    def write(self, data: bytes) -> None:
        for ct in self._stream.update(data):
            self._queue_chunk(ct)

    def _queue_chunk(self, ct: bytes) -> None:
        self._put((self._next_index, ct))
        self._next_index += 1

    def _put(self, item: _Item) -> None:
        self._raise_failure()
        if self._closed:
            raise RuntimeError("this object writer is already finished")
        self._queue.put(item)

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise self._error

    def flush(self) -> None:
        """Commit every chunk written so far; returns when they are committed."""
        done = threading.Event()
        self._put(done)
        done.wait()
        self._raise_failure()

    def finish(self) -> bytes:
        self._queue_chunk(self._stream.finish())
        self._stop()
        self._raise_failure()
        return self.object_id

    def abort(self) -> None:
        self._stop()
        with self._store.write() as tx:
            tx.delete_object(self.object_id)

    def _stop(self) -> None:
        if not self._closed:
            self._closed = True
            self._queue.put(None)
        self._thread.join()

    # writer thread --------------------------------------------------------
    def _run(self) -> None:
        waiting: _Item | _Idle = _IDLE
        while True:
            item = self._queue.get() if isinstance(waiting, _Idle) else waiting
            waiting = _IDLE
            if isinstance(item, tuple):
                if self._error is None:  # after a failure: drain until the end
                    waiting = self._store_from(item)
                continue
            if item is None:
                return
            item.set()

    def _store_from(self, first: tuple[int, bytes]) -> _Item | _Idle:
        """Store `first` and the chunks that follow in one transaction, until it holds
        `BATCH_BYTES` or has been open `HOLD_SECONDS`, or a flush request or the end
        arrives (returned, to be handled after the commit).

        The chunks go straight into SQLite, whose small page cache spills them to the
        file, so memory does not grow with the batch; fewer, larger commits mean
        fewer fsyncs, and each commit's pages are recycled once on disk."""
        item: _Item | _Idle = first
        try:
            with self._store.write() as tx:
                deadline = time.monotonic() + self.HOLD_SECONDS
                size = 0
                while isinstance(item, tuple):
                    tx.add_chunks(self.object_id, (item,))
                    size += len(item[1])
                    left = deadline - time.monotonic()
                    if size >= self.BATCH_BYTES or left <= 0:
                        item = _IDLE
                        break
                    try:
                        item = self._queue.get(timeout=left)
                    except queue.Empty:
                        item = _IDLE
            drop_clean_pages(self._store.path)
        except BaseException as error:  # handed to the caller's thread
            self._error = error
        return item
