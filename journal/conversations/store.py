"""The stored messages of one open journal, read once and verified, kept in memory.

`MessageStore.load` reads the manifest the settings name and the index object of
every batch (each checked against its SHA-256): enough to list and search. A batch's
full records are read (and checked) when one of them is first asked for, and kept.
`verify` reads every batch, for `check`. Whatever cannot be read is reported by name
in `problems` and the rest still opens.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from journal.conversations.batches import (
    SETTINGS_KEY,
    BatchRef,
    Manifest,
    decode_batch,
    decode_index,
    manifest_pointer,
    read_manifest,
    read_object,
)
from journal.conversations.index import MessageFilters, MessageIndex
from journal.conversations.records import (
    SourceFile,
    StoredAttachment,
    StoredCall,
    StoredConversation,
    StoredMessage,
)
from journal.entries.model import AttachmentInfo
from journal.errors import IntegrityProblem, NotFound, StorageFailure
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault.aux_binding import read_settings

if TYPE_CHECKING:
    from journal.vault.lifecycle import UnlockedVault
    from journal.vault.store import Tx

Record = StoredMessage | StoredCall


def _label(number: int, ref: BatchRef) -> str:
    return phrase(
        QT_TRANSLATE_NOOP("core", "message batch {number} ({records} messages and calls)"),
        number=number,
        records=ref.records,
    )


class MessageStore:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._lock = threading.RLock()
        self.import_lock = threading.Lock()  # one import writes the manifest at a time
        self._loaded = False
        self.pointer: tuple[str, str] | None = None
        self.manifest = Manifest()
        self.problems: list[str] = []
        self.index = MessageIndex()
        self._where: dict[str, tuple[int, int]] | None = None
        self._batches: dict[int, list[Record]] = {}

    # loading -------------------------------------------------------------
    def load(self) -> None:
        """Read the manifest and every batch's index (again): after unlock, imports."""
        with self._lock:
            self.forget()
            self._loaded = True
            try:
                with self._vault.store.read() as tx:
                    values = read_settings(self._vault, tx).values
                    self.pointer = manifest_pointer(values.get(SETTINGS_KEY))
                    self.manifest = read_manifest(self._vault, tx, self.pointer)
                    for number, ref in enumerate(self.manifest.batches, 1):
                        self._read_index(tx, number, ref)
            except (IntegrityProblem, StorageFailure) as error:
                self.problems.append(
                    phrase(
                        QT_TRANSLATE_NOOP("core", "the stored messages cannot be read: {error}"),
                        error=error,
                    )
                )

    def committed(self, manifest: Manifest, pointer: tuple[str, str]) -> None:
        """After an import committed: read the indexes of its new batches (those after
        the batches already loaded), without reading everything again."""
        with self._lock:
            if not self._loaded:
                return
            first = len(self.manifest.batches)
            self.manifest, self.pointer, self._where = manifest, pointer, None
            with self._vault.store.read() as tx:
                for number, ref in enumerate(manifest.batches[first:], first + 1):
                    self._read_index(tx, number, ref)

    def _read_index(self, tx: Tx, number: int, ref: BatchRef) -> None:
        what = phrase(QT_TRANSLATE_NOOP("core", "the index of {batch}"), batch=_label(number, ref))
        try:
            plain = read_object(self._vault, tx, ref.index_id, ref.index_sha256, what)
            self.index.add(number, decode_index(plain, ref.records))
        except (IntegrityProblem, ValueError, KeyError, TypeError) as error:
            self.problems.append(
                phrase(QT_TRANSLATE_NOOP("core", "{what}: {error}"), what=what, error=error)
            )

    def forget(self) -> None:
        """Drop every decrypted message (at lock, and before a new load)."""
        with self._lock:
            self.index.clear()
            self.manifest, self.pointer, self.problems = Manifest(), None, []
            self._where, self._batches, self._loaded = None, {}, False

    def _ready(self) -> None:
        with self._lock:
            if not self._loaded:
                self.load()

    def _batch(self, number: int) -> list[Record]:
        """The records of batch `number` (from 1), read and checked on first use."""
        with self._lock:
            if number not in self._batches:
                ref = self.manifest.batches[number - 1]
                what = _label(number, ref)
                with self._vault.store.read() as tx:
                    plain = read_object(self._vault, tx, ref.id, ref.sha256, what)
                try:
                    records = decode_batch(plain)
                except (ValueError, KeyError, TypeError) as error:
                    raise IntegrityProblem(
                        QT_TRANSLATE_NOOP("core", "{what} cannot be read: {error}"),
                        what=what,
                        error=error,
                    ) from None
                if len(records) != ref.records:
                    raise IntegrityProblem(
                        QT_TRANSLATE_NOOP("core", "{what} holds {count} records"),
                        what=what,
                        count=len(records),
                    )
                self._batches[number] = records
            return self._batches[number]

    def verify(self) -> list[str]:
        """Read and check every batch (for `check`); the problems found."""
        self._ready()
        problems = list(self.problems)
        for number in range(1, len(self.manifest.batches) + 1):
            try:
                self._batch(number)
            except (IntegrityProblem, StorageFailure) as error:
                problems.append(str(error))
        return problems

    # reading -------------------------------------------------------------
    def known_ids(self) -> set[str]:
        self._ready()
        with self._lock:
            return set(self._locations())

    def _locations(self) -> dict[str, tuple[int, int]]:
        if self._where is None:
            self._where = self.index.locations()
        return self._where

    def message(self, record_id: str) -> Record:
        """A stored message or call by id; NotFound for an id the journal lacks (or
        whose batch cannot be read, which `problems` and `check` name)."""
        self._ready()
        with self._lock:
            where = self._locations().get(record_id)
            if where is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("core", "There is no stored message or call {record_id}."),
                    record_id=record_id,
                )
            try:
                record = self._batch(where[0])[where[1]]
            except (IntegrityProblem, StorageFailure) as error:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "core", "The stored message {record_id} cannot be read: {error}"
                    ),
                    record_id=record_id,
                    error=error,
                ) from None
        if record.id != record_id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "core", "The stored message {record_id} is not where its index says."
                ),
                record_id=record_id,
            )
        return record

    def search_ids(self, query: str = "", filters: MessageFilters | None = None) -> list[str]:
        """Ids of matching messages (or calls, with `filters.calls`), oldest first;
        reads only the index, so it is fast whatever the number of messages."""
        self._ready()
        return self.index.search(query, filters)

    def search(self, query: str = "", filters: MessageFilters | None = None) -> list[StoredMessage]:
        """The matching messages themselves (reading the batches they are in); one in
        a batch that cannot be read is left out, and `problems` says so."""
        return [
            r
            for r in self._records(self.search_ids(query, filters))
            if isinstance(r, StoredMessage)
        ]

    def _records(self, ids: list[str]) -> list[Record]:
        out = []
        for record_id in ids:
            try:
                out.append(self.message(record_id))
            except NotFound as error:
                if str(error) not in self.problems:
                    self.problems.append(str(error))
        return out

    def calls(self, filters: MessageFilters | None = None) -> list[StoredCall]:
        ids = self.search_ids("", replace(filters or MessageFilters(), calls=True))
        return [r for r in self._records(ids) if isinstance(r, StoredCall)]

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
        return len(self.index)
