"""The stored messages' objects, for `check` (which hashes the export files again)
and salvage (which copies every object the manifest names)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.entries.model import AttachmentInfo
from journal.vault.objects import ROLE_ATTACHMENT, ROLE_MESSAGES

if TYPE_CHECKING:
    from journal.conversations.store import MessageStore
    from journal.session.journal import Journal


def message_files(journal: Journal) -> list[AttachmentInfo]:
    """Every export file and every media file kept from a .zip export, whose bytes
    `check` hashes against the SHA-256 recorded at import."""
    return [info for s in journal.messages.sources() for info in (s.file, *s.members)]


def message_objects(store: MessageStore) -> list[tuple[bytes, str, str]]:
    """(object id, label, role) of the manifest, every batch and index it lists, and
    every export and media file: all salvage must copy to keep the messages."""
    found: list[tuple[bytes, str, str]] = []
    if store.pointer is not None:
        found.append(
            (bytes.fromhex(store.pointer[0]), "the list of stored messages", ROLE_MESSAGES)
        )
    for number, ref in enumerate(store.manifest.batches, 1):
        label = f"message batch {number} ({ref.records} messages and calls)"
        found.append((bytes.fromhex(ref.id), label, ROLE_MESSAGES))
        found.append((bytes.fromhex(ref.index_id), f"the index of {label}", ROLE_MESSAGES))
    for source in store.manifest.sources:
        for info in (source.file, *source.members):
            label = f"message export file {info.file_name!r}"
            found.append((bytes.fromhex(info.attachment_id), label, ROLE_ATTACHMENT))
    return found
