"""Encrypted objects: per-object keys wrapped by the epoch key, content in STREAM chunks.

An object is written once and never changed; edits make new objects. Large
objects are written by `ObjectWriter`, which commits chunk batches while the
object is still marked pending, so a crash leaves only a pending object that the
next unlock removes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .crypto import (
    CHUNK_SIZE,
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
from .errors import IntegrityProblem, VaultLocked
from .store import Store, Tx

ROLE_REVISION = "revision"
ROLE_ATTACHMENT = "attachment"
ROLE_AUX = "aux"
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
    return context("object-key", vault_id, object_id, role, epoch)


def chunk_aad(vault_id: bytes, object_id: bytes) -> bytes:
    return context("chunk", vault_id, object_id)


def new_object_id() -> bytes:
    return random_bytes(16)


def _wrap_new_key(keys: Keyring, object_id: bytes, role: str) -> tuple[bytes, bytes]:
    object_key = random_bytes(KEY_SIZE)
    aad = object_key_aad(keys.vault_id, object_id, role, keys.current)
    return object_key, seal(keys.key(keys.current), object_key, aad)


def unwrap_key(keys: Keyring, object_id: bytes, role: str, epoch: int, wrapped: bytes) -> bytes:
    if epoch not in keys.keys:
        raise IntegrityProblem(f"object {object_id.hex()} names an unknown key epoch {epoch}")
    try:
        return open_sealed(
            keys.key(epoch), wrapped, object_key_aad(keys.vault_id, object_id, role, epoch)
        )
    except DecryptionFailed:
        raise IntegrityProblem(
            f"object {object_id.hex()}: its key failed authentication (changed or moved)"
        ) from None


def write_small(tx: Tx, keys: Keyring, role: str, plaintext: bytes) -> bytes:
    """Encrypt a small object (a revision or an aux record) inside transaction `tx`."""
    object_id = new_object_id()
    object_key, wrapped = _wrap_new_key(keys, object_id, role)
    stream = StreamEncryptor(object_key, chunk_aad(keys.vault_id, object_id), SMALL_BUCKET)
    chunks = [*stream.update(plaintext), stream.finish()]
    tx.add_object(object_id, keys.current, role, wrapped, STATE_READY)
    tx.add_chunks(object_id, enumerate(chunks))
    return object_id


def decrypt_small(
    keys: Keyring, object_id: bytes, role: str, epoch: int, wrapped: bytes, cts: list[bytes]
) -> bytes:
    """Open a small object fetched together with its header (its chunks in order)."""
    object_key = unwrap_key(keys, object_id, role, epoch, wrapped)
    if not cts:
        raise IntegrityProblem(f"object {object_id.hex()}: its content is missing")
    aead = new_chunk_cipher(object_key)
    aad = chunk_aad(keys.vault_id, object_id)
    try:
        return b"".join(
            decrypt_chunk(aead, idx, ct, aad, last=idx == len(cts) - 1)
            for idx, ct in enumerate(cts)
        )
    except DecryptionFailed as error:
        raise IntegrityProblem(f"object {object_id.hex()}: {error}") from None


def read_stream(store: Store, keys: Keyring, object_id: bytes, role: str) -> Iterator[bytes]:
    """Yield the plaintext of an object chunk by chunk (memory stays at one chunk)."""
    with store.read() as tx:
        header = tx.object_header(object_id)
        indexes = tx.chunk_indexes(object_id)
    if header is None:
        raise IntegrityProblem(f"object {object_id.hex()} is missing")
    epoch, stored_role, wrapped, _state = header
    if stored_role != role:
        raise IntegrityProblem(f"object {object_id.hex()} is not a {role}")
    aead = new_chunk_cipher(unwrap_key(keys, object_id, role, epoch, wrapped))
    aad = chunk_aad(keys.vault_id, object_id)
    if not indexes or indexes != list(range(len(indexes))):
        raise IntegrityProblem(f"object {object_id.hex()}: chunks are missing")
    for idx in indexes:
        with store.read() as tx:
            ct = tx.chunk(object_id, idx)
        if ct is None:
            raise IntegrityProblem(f"object {object_id.hex()}: chunk {idx} is missing")
        try:
            yield decrypt_chunk(aead, idx, ct, aad, last=idx == indexes[-1])
        except DecryptionFailed as error:
            raise IntegrityProblem(f"object {object_id.hex()}: {error}") from None


class ObjectWriter:
    """Stream a large object into the store in committed batches, marked pending.

    `finish()` returns the object id; the caller marks it ready in the same
    transaction that first references it. `abort()` removes everything written.
    """

    BATCH_BYTES = 16 * CHUNK_SIZE

    def __init__(self, store: Store, keys: Keyring, role: str = ROLE_ATTACHMENT) -> None:
        self._store = store
        self.object_id = new_object_id()
        object_key, wrapped = _wrap_new_key(keys, self.object_id, role)
        self._stream = StreamEncryptor(
            object_key, chunk_aad(keys.vault_id, self.object_id), ATTACHMENT_BUCKET
        )
        self._pending: list[tuple[int, bytes]] = []
        self._pending_bytes = 0
        self._next_index = 0
        with store.write() as tx:
            tx.add_object(self.object_id, keys.current, role, wrapped, STATE_PENDING)

    def write(self, data: bytes) -> None:
        for ct in self._stream.update(data):
            self._queue(ct)

    def _queue(self, ct: bytes) -> None:
        self._pending.append((self._next_index, ct))
        self._next_index += 1
        self._pending_bytes += len(ct)
        if self._pending_bytes >= self.BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            batch, self._pending, self._pending_bytes = self._pending, [], 0
            with self._store.write() as tx:
                tx.add_chunks(self.object_id, batch)

    def finish(self) -> bytes:
        self._queue(self._stream.finish())
        self.flush()
        return self.object_id

    def abort(self) -> None:
        self._pending.clear()
        with self._store.write() as tx:
            tx.delete_object(self.object_id)
