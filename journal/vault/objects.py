"""Encrypted objects: per-object keys wrapped by the epoch key, content in STREAM chunks.

An object is written once and never changed; edits make new objects. Large
objects are written by `ObjectWriter`, which commits chunk batches while the
object is still marked pending, so a crash leaves only a pending object that the
next unlock removes (journal/vault/object_writer.py).
"""

from __future__ import annotations

import contextlib
import functools
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from journal.errors import IntegrityProblem, VaultLocked
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.crypto import (
    KEY_SIZE,
    DecryptionFailed,
    StreamEncryptor,
    context,
    decrypt_chunk,
    new_chunk_cipher,
    open_sealed,
    random_bytes,
    seal,
)
from journal.vault.store import Store, Tx

ROLE_REVISION = "revision"
ROLE_ATTACHMENT = "attachment"
ROLE_AUX = "aux"
ROLE_MESSAGES = "messages"  # message batches and their manifest
SMALL_BUCKET = 1024
ATTACHMENT_BUCKET = 64 * 1024
STATE_PENDING = "pending"
STATE_READY = "ready"


@dataclass
class Keyring:
    """The unlocked epoch keys. `wipe()` overwrites them (best effort in Python)."""

    vault_id: bytes
    current: int
    keys: dict[int, bytearray] = field(default_factory=dict)

    def key(self, epoch: int) -> bytes:
        try:
            return bytes(self.keys[epoch])
        except KeyError:
            raise VaultLocked() from None

    def wipe(self) -> None:
        for key in self.keys.values():
            key[:] = b"\x00" * len(key)
        self.keys.clear()


def object_key_aad(vault_id: bytes, object_id: bytes, role: str, epoch: int) -> bytes:
    """`context("object-key", vault_id, object_id, role, epoch)`, with the constant
    prefix encoded once (unlock computes this for every stored revision)."""
    return _aad_prefix("object-key", vault_id) + _parts(object_id) + _role_epoch(role, epoch)


def chunk_aad(vault_id: bytes, object_id: bytes) -> bytes:
    """`context("chunk", vault_id, object_id)`, prefix encoded once."""
    return _aad_prefix("chunk", vault_id) + _parts(object_id)


@functools.lru_cache(maxsize=16)
def _aad_prefix(label: str, vault_id: bytes) -> bytes:
    return context(label, vault_id)


@functools.lru_cache(maxsize=16)
def _role_epoch(role: str, epoch: int) -> bytes:
    return context(role, epoch)


def _parts(raw: bytes) -> bytes:
    return len(raw).to_bytes(4, "big") + raw


def new_object_id() -> bytes:
    return random_bytes(16)


def _wrap_new_key(keys: Keyring, object_id: bytes, role: str) -> tuple[bytes, bytes]:
    object_key = random_bytes(KEY_SIZE)
    aad = object_key_aad(keys.vault_id, object_id, role, keys.current)
    return object_key, seal(keys.key(keys.current), object_key, aad)


def unwrap_key(keys: Keyring, object_id: bytes, role: str, epoch: int, wrapped: bytes) -> bytes:
    if epoch not in keys.keys:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "object {hex} names an unknown key epoch {epoch}"),
            hex=object_id.hex(),
            epoch=epoch,
        )
    try:
        return open_sealed(
            keys.key(epoch), wrapped, object_key_aad(keys.vault_id, object_id, role, epoch)
        )
    except DecryptionFailed:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "core", "object {hex}: its key failed authentication (changed or moved)"
            ),
            hex=object_id.hex(),
        ) from None


def write_small(
    tx: Tx, keys: Keyring, role: str, plaintext: bytes, state: str = STATE_READY
) -> bytes:
    """Encrypt a small object (a revision, an aux record, a message batch) inside
    transaction `tx`; `pending` when a later transaction makes it ready."""
    object_id = new_object_id()
    object_key, wrapped = _wrap_new_key(keys, object_id, role)
    stream = StreamEncryptor(object_key, chunk_aad(keys.vault_id, object_id), SMALL_BUCKET)
    chunks = [*stream.update(plaintext), stream.finish()]
    tx.add_object(object_id, keys.current, role, wrapped, state)
    tx.add_chunks(object_id, enumerate(chunks))
    return object_id


def decrypt_small(
    keys: Keyring, object_id: bytes, role: str, epoch: int, wrapped: bytes, cts: list[bytes]
) -> bytes:
    """Open a small object fetched together with its header (its chunks in order)."""
    object_key = unwrap_key(keys, object_id, role, epoch, wrapped)
    if not cts:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "object {hex}: its content is missing"), hex=object_id.hex()
        )
    aead = new_chunk_cipher(object_key)
    aad = chunk_aad(keys.vault_id, object_id)
    try:
        if len(cts) == 1:  # nearly every revision and aux record: one chunk
            return decrypt_chunk(aead, 0, cts[0], aad, last=True)
        return b"".join(
            decrypt_chunk(aead, idx, ct, aad, last=idx == len(cts) - 1)
            for idx, ct in enumerate(cts)
        )
    except DecryptionFailed as error:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "object {hex}: {error}"), hex=object_id.hex(), error=error
        ) from None


READ_BATCH = 8  # chunks fetched per read transaction
READ_AHEAD = 4  # decrypted chunks waiting for the consumer


def read_stream(store: Store, keys: Keyring, object_id: bytes, role: str) -> Iterator[bytes]:
    """Yield the plaintext of an object chunk by chunk.

    A reader thread fetches chunks `READ_BATCH` at a time, each batch in one short
    read transaction, and decrypts them ahead of the consumer through a small
    bounded queue, so fetching and decrypting overlap with whatever the caller
    does with each block (hashing, writing). Memory stays at one batch plus
    `READ_AHEAD` chunks, and no transaction stays open between batches.
    """
    with store.read() as tx:
        header = tx.object_header(object_id)
        indexes = tx.chunk_indexes(object_id)
    if header is None:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "object {hex} is missing"), hex=object_id.hex()
        )
    epoch, stored_role, wrapped, _state = header
    if stored_role != role:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "object {hex} is not a {role}"),
            hex=object_id.hex(),
            role=role,
        )
    object_key = unwrap_key(keys, object_id, role, epoch, wrapped)
    aad = chunk_aad(keys.vault_id, object_id)
    if not indexes or indexes != list(range(len(indexes))):
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "object {hex}: chunks are missing"), hex=object_id.hex()
        )
    reader = _ChunkReader(store, object_id, len(indexes), object_key, aad)
    try:
        while (block := reader.next()) is not None:
            yield block
    finally:
        reader.close()


class _ChunkReader:
    """The reader thread behind `read_stream`: fetch, decrypt, hand over in order."""

    def __init__(
        self, store: Store, object_id: bytes, count: int, object_key: bytes, aad: bytes
    ) -> None:
        self._store = store
        self._object_id = object_id
        self._count = count
        self._aead = new_chunk_cipher(object_key)
        self._aad = aad
        self._queue: queue.Queue[bytes | BaseException | None] = queue.Queue(READ_AHEAD)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="object-reader", daemon=True)
        self._thread.start()

    def next(self) -> bytes | None:
        item = self._queue.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def close(self) -> None:
        self._stopped.set()
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):  # unblock a waiting put
                self._queue.get(timeout=0.05)

    def _put(self, item: bytes | BaseException | None) -> bool:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.05)
            except queue.Full:
                continue
            return True
        return False

    def _run(self) -> None:
        name = self._object_id.hex()
        try:
            for start in range(0, self._count, READ_BATCH):
                batch = range(start, min(start + READ_BATCH, self._count))
                with self._store.read() as tx:
                    cts = [tx.chunk(self._object_id, idx) for idx in batch]
                for idx, ct in zip(batch, cts, strict=True):
                    if ct is None:
                        raise IntegrityProblem(
                            QT_TRANSLATE_NOOP("core", "object {name}: chunk {idx} is missing"),
                            name=name,
                            idx=idx,
                        )
                    try:
                        plain = decrypt_chunk(
                            self._aead, idx, ct, self._aad, last=idx == self._count - 1
                        )
                    except DecryptionFailed as error:
                        raise IntegrityProblem(
                            QT_TRANSLATE_NOOP("core", "object {name}: {error}"),
                            name=name,
                            error=error,
                        ) from None
                    if not self._put(plain):
                        return
                del cts
            self._put(None)
        except BaseException as error:  # handed to the consumer
            self._put(error)
