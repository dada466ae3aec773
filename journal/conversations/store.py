"""The stored messages of one open journal: loaded once, verified, kept in memory.

`MessageStore` reads the manifest the settings name and every batch it lists (each
checked against its SHA-256), and answers the questions of the CLI, the exports and
the conversations view. A batch that cannot be read is reported by name and the rest
still opens; `problems` lists what `check` reports.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from journal.conversations.batches import (
    SETTINGS_KEY,
    Manifest,
    decode_batch,
    manifest_pointer,
    read_manifest,
    read_object,
)
from journal.conversations.index import MessageFilters, MessageIndex, calls_in_order
from journal.conversations.records import (
    SourceFile,
    StoredAttachment,
    StoredCall,
    StoredConversation,
    StoredMessage,
)
from journal.entries.model import AttachmentInfo
from journal.errors import IntegrityProblem, NotFound, StorageFailure
from journal.vault.aux_binding import read_settings

if TYPE_CHECKING:
    from journal.vault.lifecycle import UnlockedVault


class MessageStore:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._lock = threading.RLock()
        self._loaded = False
        self.pointer: tuple[str, str] | None = None
        self.manifest = Manifest()
        self.problems: list[str] = []
        self._by_id: dict[str, StoredMessage | StoredCall] = {}
        self._calls: list[StoredCall] = []
        self.index = MessageIndex()

    # loading -------------------------------------------------------------
    def load(self) -> None:
        """Read and verify everything stored (again): after unlock and after imports."""
        with self._lock:
            self.problems, self._by_id, self._calls = [], {}, []
            self.index.clear()
            self.manifest = Manifest()
            try:
                with self._vault.store.read() as tx:
                    values = read_settings(self._vault, tx).values
                    self.pointer = manifest_pointer(values.get(SETTINGS_KEY))
                    self.manifest = read_manifest(self._vault, tx, self.pointer)
                    for number, ref in enumerate(self.manifest.batches, 1):
                        what = f"message batch {number} ({ref.records} messages and calls)"
                        try:
                            plain = read_object(self._vault, tx, ref.id, ref.sha256, what)
                            self._take(decode_batch(plain), ref.records, what)
                        except (IntegrityProblem, ValueError) as error:
                            self.problems.append(str(error))
            except (IntegrityProblem, StorageFailure) as error:
                self.problems.append(f"the stored messages cannot be read: {error}")
            self._loaded = True

    def _take(self, records: list[StoredMessage | StoredCall], expected: int, what: str) -> None:
        if len(records) != expected:
            raise IntegrityProblem(f"{what} holds {len(records)} records, not {expected}")
        self.add_loaded(records)

    def add_loaded(self, records: Iterable[StoredMessage | StoredCall]) -> None:
        """Records just committed (or just read), into memory and the index."""
        messages = []
        for record in records:
            self._by_id[record.id] = record
            if isinstance(record, StoredCall):
                self._calls.append(record)
            else:
                messages.append(record)
        self.index.add(messages)

    def _ready(self) -> None:
        if not self._loaded:
            self.load()

    def forget(self) -> None:
        """Drop every decrypted message (at lock)."""
        with self._lock:
            self._by_id, self._calls = {}, []
            self.index.clear()
            self.manifest = Manifest()
            self._loaded = False

    # reading -------------------------------------------------------------
    def known_ids(self) -> set[str]:
        self._ready()
        return set(self._by_id)

    def message(self, message_id: str) -> StoredMessage | StoredCall:
        self._ready()
        try:
            return self._by_id[message_id]
        except KeyError:
            raise NotFound(f"There is no stored message or call {message_id}.") from None

    def search(self, query: str = "", filters: MessageFilters | None = None) -> list[StoredMessage]:
        self._ready()
        return self.index.search(query, filters)

    def calls(self) -> list[StoredCall]:
        self._ready()
        return calls_in_order(self._calls)

    def conversations(self) -> list[StoredConversation]:
        self._ready()
        return sorted(self.manifest.conversations.values(), key=lambda c: c.title.casefold())

    def sources(self) -> list[SourceFile]:
        self._ready()
        return list(self.manifest.sources)

    def source(self, sha256: str) -> SourceFile | None:
        return next((s for s in self.sources() if s.sha256 == sha256), None)

    def evidence_file(self, attachment_id: str) -> AttachmentInfo | None:
        """An export file or a media file from a .zip export, by attachment id."""
        for source in self.sources():
            for info in (source.file, *source.members):
                if info.attachment_id == attachment_id:
                    return info
        return None

    def kept_media(self, attachment: StoredAttachment) -> AttachmentInfo | None:
        """The media file a message names, when some imported .zip held it."""
        name = attachment.name.rsplit("/", 1)[-1]
        for source in self.sources():
            for info in source.members:
                if info.file_name.rsplit("/", 1)[-1] == name:
                    return info
        return None

    def __len__(self) -> int:
        self._ready()
        return len(self._by_id)
