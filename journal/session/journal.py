"""The journal: the one way to change an unlocked journal's entries, people and
evidence.

Every change is one transaction that appends a revision, advances the sealed chain
head, then updates memory, and then publishes a `Change` (changes.py) naming what it
touched, so no caller has to say that something changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from journal.entries.model import (
    AttachmentInfo,
    Entry,
    EntryContent,
    PersonContent,
    Revision,
)
from journal.entries.validation import validate_entry, validate_person
from journal.errors import NotFound, UsageError
from journal.evidence.capture_dates import with_description
from journal.evidence.streaming import ImportCancelled, import_file
from journal.record.records import (
    TYPE_ENTRY,
    TYPE_PERSON,
    build_record,
    decode,
    purged_stub,
)
from journal.session.changes import Change
from journal.session.drafts import DraftStore
from journal.session.reading import JournalReader, Progress
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.aux_binding import advance_head
from journal.vault.chain import head_hash
from journal.vault.objects import (
    ROLE_ATTACHMENT,
    ROLE_REVISION,
    STATE_READY,
    read_stream,
    write_small,
)


class Journal(JournalReader):
    # writing -------------------------------------------------------------
    def _append(
        self,
        record_type: str,
        record_id: str,
        content: EntryContent | PersonContent | None,
        attachments: tuple[AttachmentInfo, ...] = (),
        deleted: bool = False,
        purge: bool = False,
        ready: tuple[bytes, ...] = (),
    ) -> Revision:
        with self._lock:
            previous = self._revisions.get(record_id, [])
            seq = self._count + 1
            plain = build_record(
                record_type=record_type,
                record_id=record_id,
                revision=len(previous) + 1,
                seq=seq,
                prev_leaf=previous[-1].leaf if previous else None,
                prev_head=self._head.hex(),
                recorded_at=self.vault.clock().isoformat(timespec="microseconds"),
                content=content,
                attachments=attachments,
                deleted=deleted,
                purge=purge,
            )
            revision, _ = decode(plain)
            head = head_hash(self._head, bytes.fromhex(revision.leaf))
            with self.vault.store.write() as tx:
                object_id = write_small(tx, self.vault.keys, ROLE_REVISION, plain)
                tx.add_revision(seq, object_id)
                for ready_id in ready:
                    tx.set_state(ready_id, STATE_READY)
                advance_head(self.vault, tx, seq, head)
            self._revisions.setdefault(record_id, []).append(revision)
            self._count, self._head = seq, head
            self._entry_cache.pop(record_id, None)
            if isinstance(content, PersonContent):
                self._person_ids.add(record_id)
                self._people_cache = self._names_cache = None
            if record_type == TYPE_ENTRY:
                entry = self._entry_from(record_id, self._revisions[record_id])
                if entry is None:
                    self.index.remove(record_id)
                else:
                    self.index.put(entry, self._person_names(entry))
                self.changes.publish(Change.of(entries=[record_id]))
            return revision

    def add_entry(self, content: EntryContent) -> str:
        content = validate_entry(content, self.people(), self.vault.clock())
        entry_id = uuid.uuid4().hex
        self._append(TYPE_ENTRY, entry_id, content)
        return entry_id

    def update_entry(self, entry_id: str, content: EntryContent) -> Entry:
        content = validate_entry(content, self.people(), self.vault.clock())
        with self._lock:  # read the evidence list and append as one step
            current = self.entry(entry_id)
            self._append(TYPE_ENTRY, entry_id, content, current.attachments, current.deleted)
            return self.entry(entry_id)

    def delete_entry(self, entry_id: str) -> None:
        """A tombstone: the entry is withdrawn, its history stays in the chain."""
        current = self.entry(entry_id)
        if current.deleted:
            return
        self._append(TYPE_ENTRY, entry_id, current.content, current.attachments, deleted=True)

    def purge_entry(self, entry_id: str, confirm: str) -> None:
        """Remove an entry's content and evidence for real; the chain keeps only hashes.

        `confirm` must be the text "PURGE": this cannot be undone.
        """
        if confirm != "PURGE":
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Purging removes the entry and its evidence for good; confirm with PURGE.",
                )
            )
        with self._lock:
            history = self.history(entry_id)
            attachment_ids = {a.attachment_id for r in history for a in r.attachments}
            others = {
                a.attachment_id
                for rid in list(self._revisions)
                if rid != entry_id
                for r in self._materialized(rid)
                for a in r.attachments
            }
            with self.vault.store.write() as tx:
                for revision in history:
                    stub = write_small(tx, self.vault.keys, ROLE_REVISION, purged_stub(revision))
                    old = tx.revision_object(revision.seq)
                    tx.repoint_revision(revision.seq, stub)
                    if old is not None:
                        tx.delete_object(old)
                for attachment_id in attachment_ids - others:
                    tx.delete_object(bytes.fromhex(attachment_id))
            self._revisions[entry_id] = [
                replace(r, content=None, attachments=(), deleted=True) for r in history
            ]
            self._entry_cache.pop(entry_id, None)
            self.index.remove(entry_id)
        DraftStore(self.settings).discard(entry_id)
        self._append(TYPE_ENTRY, entry_id, None, deleted=True, purge=True)

    def add_person(self, content: PersonContent) -> str:
        person_id = uuid.uuid4().hex
        self._append(TYPE_PERSON, person_id, validate_person(content))
        self.changes.publish(Change.of(people=[person_id]))
        return person_id

    def update_person(self, person_id: str, content: PersonContent) -> None:
        self.person(person_id)
        self._append(TYPE_PERSON, person_id, validate_person(content))
        linked = [
            entry
            for entry in self.entries(include_deleted=True)
            if any(link.person_id == person_id for link in entry.content.people)
        ]
        for entry in linked:
            self.index.put(entry, self._person_names(entry))
        self.changes.publish(Change.of(entries=[e.entry_id for e in linked], people=[person_id]))

    # evidence ------------------------------------------------------------
    def describe_attachment(self, entry_id: str, attachment_id: str, description: str) -> None:
        """Keep her words with one exhibit (a new revision; the file is unchanged)."""
        with self._lock:
            latest = self.entry(entry_id)
            shown = with_description(latest.attachments, attachment_id, description)
            if shown != latest.attachments:
                self._append(TYPE_ENTRY, entry_id, latest.content, shown)

    def attach_file(
        self,
        entry_id: str,
        path: Path,
        description: str = "",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> AttachmentInfo:
        """Import a file as evidence for an entry. Cancelling leaves nothing behind."""
        current = self.entry(entry_id)
        if current.deleted:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "This entry was deleted; evidence cannot be added to it.")
            )
        info = import_file(
            self.vault.store, self.vault.keys, path, self.vault.clock, progress, cancelled
        )
        info = replace(info, description=description)
        try:
            with self._lock:
                latest = self.entry(entry_id)
                if latest.deleted:
                    raise UsageError(
                        QT_TRANSLATE_NOOP(
                            "core", "The entry was withdrawn during the import; nothing was added."
                        )
                    )
                self._append(
                    TYPE_ENTRY,
                    entry_id,
                    latest.content,
                    (*latest.attachments, info),
                    ready=(bytes.fromhex(info.attachment_id),),
                )
        except BaseException:
            with self.vault.store.write() as tx:
                tx.delete_object(bytes.fromhex(info.attachment_id))
            raise
        return info

    def find_attachment(self, attachment_id: str) -> tuple[Entry, AttachmentInfo]:
        for entry in self.entries(include_deleted=True):
            for info in entry.attachments:
                if info.attachment_id == attachment_id:
                    return entry, info
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "There is no attachment {attachment_id}."),
            attachment_id=attachment_id,
        )

    def find_evidence(self, attachment_id: str) -> AttachmentInfo:
        """An entry's evidence file, or an imported message export (or media from one)."""
        try:
            return self.find_attachment(attachment_id)[1]
        except NotFound:
            info = self.messages.evidence_file(attachment_id)
            if info is None:
                raise
            return info

    def read_attachment(self, attachment_id: str) -> Iterator[bytes]:
        self.find_evidence(attachment_id)
        return read_stream(
            self.vault.store, self.vault.keys, bytes.fromhex(attachment_id), ROLE_ATTACHMENT
        )


__all__ = ["ImportCancelled", "Journal"]
