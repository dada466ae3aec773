"""The copying steps of salvage: key tables, evidence files, and revisions found by
their object when the revision table itself is damaged.

Everything is copied byte for byte and only after it authenticates. Reads go
through `robust_rows.fetch_all`, which falls back to a full table scan when a
damaged index stops a lookup.
"""

from __future__ import annotations

import sqlite3

from journal.errors import IntegrityProblem, StorageFailure
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.crypto import DecryptionFailed, decrypt_chunk, new_chunk_cipher
from journal.vault.objects import (
    ROLE_ATTACHMENT,
    Keyring,
    chunk_aad,
    unwrap_key,
)
from journal.vault.robust_rows import (
    SQLITE_ERRORS,
    fetch_all,
)
from journal.vault.store import Store, Tx

COPY_BATCH = 16  # attachment chunks per write transaction


def copy_keys_and_meta(conn: sqlite3.Connection, tx: Tx) -> None:
    """The meta values, epoch links and key slots, byte for byte."""
    try:
        meta = conn.execute("SELECT k, CAST(v AS BLOB) FROM meta").fetchall()
        epochs = conn.execute("SELECT epoch, CAST(prev_key AS BLOB) FROM epoch").fetchall()
        slots = conn.execute(
            "SELECT slot_id, kind, epoch, params, CAST(ct AS BLOB) FROM keyslot"
        ).fetchall()
    except SQLITE_ERRORS as error:
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "core",
                "The keys of the damaged journal cannot be read in full ({error}), so nothing "
                "could be copied that the passphrase would open. Try a backup.",
            ),
            error=error,
        ) from None
    for key, value in meta:
        tx.set_meta(str(key), bytes(value))
    for epoch, prev_key in epochs:
        tx.add_epoch(int(epoch), None if prev_key is None else bytes(prev_key))
    for slot_id, kind, epoch, params, ct in slots:
        tx.add_slot(int(slot_id), str(kind), int(epoch), str(params), bytes(ct))


def copy_attachment(
    conn: sqlite3.Connection,
    keys: Keyring,
    new: Store,
    object_id: bytes,
    role: str = ROLE_ATTACHMENT,
) -> str:
    """Copy one attachment (or a stored-messages object, `role` messages) chunk by
    chunk, each authenticated before it is written; why it could not be copied, or ""."""
    try:
        header = fetch_all(
            conn,
            "SELECT epoch, CAST(wrapped_key AS BLOB) FROM object {hint} WHERE object_id = ?",
            (object_id,),
        )
        if not header:
            return "its stored object is missing"
        epoch, wrapped = int(header[0][0]), bytes(header[0][1])
        key = unwrap_key(keys, object_id, role, epoch, wrapped)
        indexes = [
            int(r[0])
            for r in fetch_all(
                conn,
                "SELECT idx FROM chunk {hint} WHERE object_id = ? ORDER BY idx",
                (object_id,),
            )
        ]
        if not indexes or indexes != list(range(len(indexes))):
            return "some of its chunks are missing"
        _verify_chunks(conn, keys, object_id, key, len(indexes))
        with new.write() as tx:
            tx.add_object(object_id, epoch, role, wrapped, "pending")
        for start in range(0, len(indexes), COPY_BATCH):
            batch = [
                (i, _chunk(conn, object_id, i))
                for i in range(start, min(start + COPY_BATCH, len(indexes)))
            ]
            with new.write() as tx:
                tx.add_chunks(object_id, batch)
        with new.write() as tx:
            tx.set_state(object_id, "ready")
    except (IntegrityProblem, *SQLITE_ERRORS) as error:
        with new.write() as tx:
            tx.delete_object(object_id)
        return str(error)
    return ""


def _verify_chunks(
    conn: sqlite3.Connection, keys: Keyring, object_id: bytes, key: bytes, count: int
) -> None:
    aead = new_chunk_cipher(key)
    aad = chunk_aad(keys.vault_id, object_id)
    for idx in range(count):
        try:
            decrypt_chunk(aead, idx, _chunk(conn, object_id, idx), aad, last=idx == count - 1)
        except DecryptionFailed:
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP("core", "chunk {idx} failed authentication"), idx=idx
            ) from None


def _chunk(conn: sqlite3.Connection, object_id: bytes, idx: int) -> bytes:
    rows = fetch_all(
        conn,
        "SELECT CAST(ct AS BLOB) FROM chunk {hint} WHERE object_id = ? AND idx = ?",
        (object_id, idx),
    )
    if not rows:
        raise IntegrityProblem(QT_TRANSLATE_NOOP("core", "chunk {idx} is missing"), idx=idx)
    return bytes(rows[0][0])
