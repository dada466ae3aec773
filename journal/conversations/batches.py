"""Messages in the vault: encrypted batches, one manifest, bound by the settings.

A journal may hold hundreds of thousands of messages, so they are not one object
each: `BATCH_SIZE` canonical-JSON records go into one encrypted object (role
`messages`). One manifest object (same role) lists every batch with the SHA-256 of
its plaintext and record count, every imported export file and the conversations.
The settings value `message_store` names the manifest and its SHA-256; settings
are sealed under the newest key and listed in the sealed head (aux_binding.py), so
a batch or manifest removed, swapped or rolled back is detected, and someone holding
only an old key cannot plant one (docs/vault-format.md section 11).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journal.conversations.records import (
    SourceFile,
    StoredCall,
    StoredConversation,
    StoredMessage,
    conversation_from_plain,
    conversation_plain,
    record_from_plain,
    source_from_plain,
    source_plain,
)
from journal.errors import IntegrityProblem, StorageFailure, UsageError
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault.aux_binding import read_settings, write_settings
from journal.vault.objects import ROLE_MESSAGES, STATE_PENDING, decrypt_small, write_small
from journal.vault.store import Tx

if TYPE_CHECKING:
    from journal.vault.lifecycle import UnlockedVault

SETTINGS_KEY = "message_store"
BATCH_SIZE = 4096
MANIFEST_TYPE = "message-manifest"
BATCH_TYPE = "message-batch"
INDEX_TYPE = "message-index"


def canonical(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8 (text exactly as given)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8", "surrogatepass"
    )


@dataclass(frozen=True)
class BatchRef:
    """A batch of records and its index object (ids, times, folded search text), each
    named by the SHA-256 of its plaintext."""

    id: str
    sha256: str
    records: int
    index_id: str
    index_sha256: str


@dataclass
class Manifest:
    batches: list[BatchRef] = field(default_factory=list)
    sources: list[SourceFile] = field(default_factory=list)
    conversations: dict[str, StoredConversation] = field(default_factory=dict)

    def encode(self) -> bytes:
        return canonical(
            {
                "type": MANIFEST_TYPE,
                "version": 1,
                "batches": [vars(b) for b in self.batches],
                "sources": [source_plain(s) for s in self.sources],
                "conversations": [conversation_plain(c) for c in self.conversations.values()],
            }
        )

    @classmethod
    def decode(cls, plain: bytes) -> Manifest:
        data = json.loads(plain)
        if not isinstance(data, dict) or data.get("type") != MANIFEST_TYPE:
            raise ValueError("it is not a message manifest")
        if data.get("version") != 1:
            raise ValueError(f"its version {data.get('version')!r} is newer than this app")
        conversations = [conversation_from_plain(c) for c in data["conversations"]]
        return cls(
            batches=[_batch_ref(b) for b in data["batches"]],
            sources=[source_from_plain(s) for s in data["sources"]],
            conversations={c.id: c for c in conversations},
        )


def _batch_ref(data: dict[str, Any]) -> BatchRef:
    return BatchRef(
        str(data["id"]),
        str(data["sha256"]),
        int(data["records"]),
        str(data["index_id"]),
        str(data["index_sha256"]),
    )


def presorted_json(value: Any) -> bytes:
    """`canonical(value)` for values whose every dict already has its keys in sorted
    order (the importer builds records so): the same bytes, about twice as fast,
    because the encoder need not sort. Tests compare the two on every record shape."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8", "surrogatepass"
    )


def encode_batch(records: list[dict[str, Any]]) -> bytes:
    """Plain records as the importer builds them (keys sorted; see presorted_json)."""
    return presorted_json({"records": records, "type": BATCH_TYPE})


def decode_index(plain: bytes, expected: int) -> dict[str, Any]:
    data = json.loads(plain)
    if not isinstance(data, dict) or data.get("type") != INDEX_TYPE or data.get("fold") != 1:
        raise ValueError("it is not a message index this app reads")
    columns = ("ids", "kinds", "utc", "days", "conversations", "senders", "search")
    if any(len(data[name]) != expected for name in columns):
        raise ValueError(f"it does not list {expected} records")
    return data


def decode_batch(plain: bytes) -> list[StoredMessage | StoredCall]:
    data = json.loads(plain)
    if not isinstance(data, dict) or data.get("type") != BATCH_TYPE:
        raise ValueError("it is not a message batch")
    return [record_from_plain(r) for r in data["records"]]


def write_pending(
    vault: UnlockedVault, records: list[dict[str, Any]], index: dict[str, Any]
) -> BatchRef:
    """Write a batch and its index, pending until the import commits (a crash or a
    failed import leaves only pending objects, which the next unlock removes)."""
    plain, index_plain = encode_batch(records), presorted_json(index)
    with vault.store.write() as tx:
        object_id = write_small(tx, vault.keys, ROLE_MESSAGES, plain, STATE_PENDING)
        index_id = write_small(tx, vault.keys, ROLE_MESSAGES, index_plain, STATE_PENDING)
    return BatchRef(
        object_id.hex(),
        hashlib.sha256(plain).hexdigest(),
        len(records),
        index_id.hex(),
        hashlib.sha256(index_plain).hexdigest(),
    )


def read_object(vault: UnlockedVault, tx: Tx, object_id: str, sha256: str, what: str) -> bytes:
    """The plaintext of a manifest or batch, checked against the hash that names it."""
    try:
        raw_id = bytes.fromhex(object_id)
    except ValueError:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "{what} has an impossible id {object_id!r}"),
            what=what,
            object_id=object_id,
        ) from None
    header = tx.object_header(raw_id)
    if header is None:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "{what} ({object_id}) is missing: it was deleted"),
            what=what,
            object_id=object_id,
        )
    epoch, role, wrapped, _state = header
    if role != ROLE_MESSAGES:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "core", "{what} ({object_id}) was replaced by an object of another kind"
            ),
            what=what,
            object_id=object_id,
        )
    indexes = tx.chunk_indexes(raw_id)
    if indexes != list(range(len(indexes))):
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "{what} ({object_id}): parts of it are missing"),
            what=what,
            object_id=object_id,
        )
    cts = [tx.chunk(raw_id, i) or b"" for i in indexes]
    try:
        plain = decrypt_small(vault.keys, raw_id, ROLE_MESSAGES, epoch, wrapped, cts)
    except IntegrityProblem as error:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "{what}: {error}"), what=what, error=error
        ) from None
    if hashlib.sha256(plain).hexdigest() != sha256:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP(
                "core",
                "{what} ({object_id}) is not the one written at the last import: it was swapped",
            ),
            what=what,
            object_id=object_id,
        )
    return plain


def manifest_pointer(value: Any) -> tuple[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not {"manifest", "sha256"} <= set(value):
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "the settings' reference to the stored messages is malformed")
        )
    return str(value["manifest"]), str(value["sha256"])


def read_manifest(vault: UnlockedVault, tx: Tx, pointer: tuple[str, str] | None) -> Manifest:
    if pointer is None:
        return Manifest()
    plain = read_object(
        vault,
        tx,
        pointer[0],
        pointer[1],
        phrase(QT_TRANSLATE_NOOP("core", "the list of stored messages")),
    )
    try:
        return Manifest.decode(plain)
    except (ValueError, KeyError, TypeError, UsageError) as error:
        raise IntegrityProblem(
            QT_TRANSLATE_NOOP("core", "the list of stored messages cannot be read: {error}"),
            error=error,
        ) from None


def commit(
    vault: UnlockedVault, manifest: Manifest, pending: list[bytes], expected: tuple[str, str] | None
) -> tuple[str, str]:
    """In one transaction: make the new objects ready, write the new manifest, point
    the settings at it and delete the manifest it replaces. `expected` is the pointer
    the import started from: if another import committed meanwhile, nothing is written."""
    plain = manifest.encode()
    with vault.store.write() as tx:
        state = read_settings(vault, tx)
        if manifest_pointer(state.values.get(SETTINGS_KEY)) != expected:
            raise StorageFailure(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Another import of messages finished while this one ran; nothing was "
                    "added. Import the file again.",
                )
            )
        for object_id in pending:
            tx.set_state(object_id, "ready")
        new_id = write_small(tx, vault.keys, ROLE_MESSAGES, plain)
        pointer = {"manifest": new_id.hex(), "sha256": hashlib.sha256(plain).hexdigest()}
        values = {**state.values, SETTINGS_KEY: pointer}
        write_settings(vault, tx, values, state.ids, state.gone)
        if expected is not None:
            tx.delete_object(bytes.fromhex(expected[0]))
    return pointer["manifest"], pointer["sha256"]


def discard(vault: UnlockedVault, pending: list[bytes]) -> None:
    with vault.store.write() as tx:
        for object_id in pending:
            tx.delete_object(object_id)
