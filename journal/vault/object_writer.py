"""Writing a large object (an imported file) into the store in committed batches.

The object is marked pending until the revision naming it is committed, so a
crash leaves only a pending object that the next unlock removes.
"""

from __future__ import annotations

import queue
import threading
import time

from journal.system.writeback import GrowingFile
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

_Item = bytes | threading.Event | None  # plaintext, a flush request, or the end


class _Idle:
    """Nothing is waiting for the writer thread."""


_IDLE = _Idle()


class _Done:
    """The end has been stored (or given up on): the writer thread stops."""


_DONE = _Done()
_Next = threading.Event | None | bytes | _Idle | _Done


class ObjectWriter:
    """Stream a large object into the store in committed batches, marked pending.

    The caller hands over plaintext; a writer thread takes it from a bounded queue,
    encrypts it and stores the chunks, committing every `BATCH_BYTES` or
    `HOLD_SECONDS`, whichever comes first. The caller's thread stays free to read
    and hash (an import), so on two cores the work splits into two halves of about
    the same size: reading and SHA-256 on one, the AEAD and SQLite on the other
    (hashlib, the AEAD and sqlite3 release the GIL). A third thread would only
    share the same two cores and leave the hash, the longest single step, waiting
    for its turn. Memory stays at `QUEUE_CHUNKS` blocks plus SQLite's page cache,
    whatever the object's size, and the write lock is never held longer than about
    `HOLD_SECONDS` plus one commit, so a save from another thread during a slow
    import still gets through.

    `finish()` returns the object id; the caller marks it ready in the same
    transaction that first references it. `abort()` removes everything written.
    A storage error in the writer thread is raised by the next `write()`,
    `flush()` or `finish()`.
    """

    BATCH_BYTES = 256 * CHUNK_SIZE
    HOLD_SECONDS = 0.2
    QUEUE_CHUNKS = 16
    WRITEBACK_WINDOW = 8 * CHUNK_SIZE

    def __init__(self, store: Store, keys: Keyring, role: str = ROLE_ATTACHMENT) -> None:
        self._store = store
        self.object_id = new_object_id()
        object_key, wrapped = _wrap_new_key(keys, self.object_id, role)
        self._stream = StreamEncryptor(  # used by the writer thread only
            object_key, chunk_aad(keys.vault_id, self.object_id), ATTACHMENT_BUCKET
        )
        self._next_index = 0  # writer thread
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=self.QUEUE_CHUNKS)
        self._error: BaseException | None = None
        self._closed = False
        with store.write() as tx:
            tx.add_object(self.object_id, keys.current, role, wrapped, STATE_PENDING)
        self._thread = threading.Thread(target=self._run, name="object-writer", daemon=True)
        self._thread.start()

    # caller's thread ------------------------------------------------------
    def write(self, data: bytes) -> None:
        """Queue `data` (any length; 1 MiB blocks avoid a copy) to be encrypted and stored."""
        if data:
            self._put(bytes(data))

    def _put(self, item: _Item) -> None:
        self._raise_failure()
        if self._closed:
            raise RuntimeError("this object writer is already finished")
        self._queue.put(item)

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise self._error

    def flush(self) -> None:
        """Commit every whole chunk written so far; returns when they are committed."""
        done = threading.Event()
        self._put(done)
        done.wait()
        self._raise_failure()

    def finish(self) -> bytes:
        """Store the final chunk (the padded rest) and wait for the last commit."""
        self._stop()
        self._raise_failure()
        return self.object_id

    def abort(self) -> None:
        self._stop(final=False)
        with self._store.write() as tx:
            tx.delete_object(self.object_id)

    def _stop(self, final: bool = True) -> None:
        if not self._closed:
            self._closed = True
            if not final:
                self._error = self._error or _Aborted()
            self._queue.put(None)
        self._thread.join()

    # writer thread --------------------------------------------------------
    def _run(self) -> None:
        waiting: _Next = _IDLE
        while True:
            item = self._queue.get() if isinstance(waiting, _Idle) else waiting
            waiting = _IDLE
            if isinstance(item, _Done):
                return
            if isinstance(item, threading.Event):
                item.set()
            elif self._error is None:
                waiting = self._store_from(item)
            elif item is None:  # after a failure only the end is awaited
                return

    def _chunks_of(self, item: bytes | None) -> list[tuple[int, bytes]]:
        """Encrypt `item` (None: the end, whose chunk carries the padding and final flag)."""
        sealed = [self._stream.finish()] if item is None else list(self._stream.update(item))
        first = self._next_index
        self._next_index += len(sealed)
        return list(enumerate(sealed, first))

    def _store_from(self, first: bytes | None) -> _Next:
        """Encrypt and store `first` and the blocks that follow in one transaction, until
        it holds `BATCH_BYTES` or has been open `HOLD_SECONDS`, or a flush request or
        the end arrives. Returns what comes next: a flush request, to be answered
        after the commit, or `_DONE` once the end's chunk is committed.

        The chunks go straight into SQLite, whose small page cache spills them to the
        file, so memory does not grow with the batch; the kernel is asked to write
        the file as it grows (`GrowingFile`), so each commit's fsync finds little
        left."""
        item: _Next = first
        try:
            with self._store.write() as tx:
                deadline = time.monotonic() + self.HOLD_SECONDS
                size = 0
                growing: GrowingFile | None = None
                while isinstance(item, bytes) or item is None:
                    ending = item is None
                    chunks = self._chunks_of(item)
                    tx.add_chunks(self.object_id, chunks)
                    size += sum(len(sealed) for _index, sealed in chunks)
                    if growing is None:  # SQLite has the file open by now
                        growing = GrowingFile(self._store.path, self.WRITEBACK_WINDOW)
                    growing.advance()
                    if ending:
                        item = _DONE
                    elif size >= self.BATCH_BYTES or time.monotonic() >= deadline:
                        item = _IDLE
                    else:
                        try:
                            item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
                        except queue.Empty:
                            item = _IDLE
        except BaseException as error:  # handed to the caller's thread
            self._error = error
            if item is None:  # the end arrived: nothing more will
                return _DONE
        return item


class _Aborted(Exception):
    """The caller gave up on the object; the writer thread only drains its queue."""
