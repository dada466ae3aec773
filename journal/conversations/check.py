"""What `check` verifies of the stored messages beyond their batches' hashes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.entries.model import AttachmentInfo

if TYPE_CHECKING:
    from journal.journal import Journal


def message_files(journal: Journal) -> list[AttachmentInfo]:
    """Every export file and every media file kept from a .zip export, whose bytes
    `check` hashes against the SHA-256 recorded at import."""
    return [info for s in journal.messages.sources() for info in (s.file, *s.members)]
