"""The journal: entries, people and evidence over an unlocked vault.

All state is loaded and the chain verified once at unlock; every change is one
transaction that appends a revision, advances the sealed chain head and only
then updates memory. A damaged object is reported by name and skipped; the rest
of the journal still opens.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from journal.conversations.store import MessageStore
from journal.entries.drafts import DraftStore
from journal.entries.model import (
    AttachmentInfo,
    Entry,
    EntryContent,
    Person,
    PersonContent,
    Revision,
)
from journal.entries.search import SearchFilters, SearchIndex
from journal.entries.validation import validate_entry, validate_person
from journal.errors import NotFound, UsageError
from journal.evidence.capture_dates import with_description
from journal.evidence.streaming import ImportCancelled, import_file
from journal.record.chain import ChainReport, genesis, head_hash
from journal.record.loader import load, paused_gc
from journal.record.records import (
    TYPE_ENTRY,
    TYPE_PERSON,
    RecordError,
    build_record,
    decode,
    purged_stub,
)
from journal.system.memory_hygiene import forget_decrypted
from journal.system.private_files import make_private
from journal.vault.aux_binding import advance_head
from journal.vault.lifecycle import UnlockedVault
from journal.vault.objects import (
    ROLE_ATTACHMENT,
    ROLE_REVISION,
    STATE_READY,
    read_stream,
    write_small,
)
from journal.vault.settings import AuxSettings

Progress = Callable[[int, int], None]
Content = type[EntryContent | PersonContent]


class Journal:
    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault
        self._lock = threading.RLock()
        self._revisions: dict[str, list[Revision]] = {}
        self._count = 0
        self._head = genesis(vault.vault_id)
        self.problems: tuple[str, ...] = ()
        self.chain_report: ChainReport | None = None
        self.removed_pending = 0
        self.index = SearchIndex()
        self.settings = AuxSettings(vault)
        self._entry_cache: dict[str, Entry] = {}
        self._person_ids: set[str] = set()
        self._people_cache: list[Person] | None = None
        self._names_cache: dict[str, str] | None = None
        self._deferred: dict[str, dict[int, bytes]] = {}
        self.messages = MessageStore(vault)  # loaded on first use (journal/conversations)

    @classmethod
    def open(cls, vault: UnlockedVault) -> Journal:
        make_private(vault.path)  # a journal from an earlier version may be 0644
        journal = cls(vault)
        journal._load()
        return journal

    def lock(self, collect: bool = True) -> None:
        """Wipe the keys, drop every decrypted cache here and registered elsewhere, and
        collect unless the caller will (memory_hygiene.py)."""
        with self._lock:
            self.vault.lock()
            self._revisions.clear()
            self._entry_cache.clear()
            self._deferred.clear()
            self._person_ids.clear()
            self._people_cache = self._names_cache = None
            self.index.clear()
            self.messages.forget()
            self.settings = AuxSettings(self.vault)
        forget_decrypted(collect)

    # loading -------------------------------------------------------------
    def _load(self) -> None:
        with paused_gc():
            loaded = load(self.vault)
            self._revisions = loaded.revisions
            self.chain_report = loaded.report
            self.problems = tuple(loaded.problems)
            self._count, self._head = loaded.count, loaded.head
            self.removed_pending = loaded.removed_pending
            self._deferred = loaded.deferred
            self._person_ids = {
                rid
                for rid, revs in self._revisions.items()
                if any(r.record_type == TYPE_PERSON for r in revs)
            }
            self.settings.load()
            for entry in self.entries(include_deleted=True):
                self.index.put(entry, self._person_names(entry))

    # reading -------------------------------------------------------------
    @property
    def chain_head(self) -> bytes:
        """The current head of the revision chain (what an export commits to)."""
        with self._lock:
            return self._head

    def _materialized(self, record_id: str) -> list[Revision]:
        """A record's revisions with the older ones converted too (at unlock only the
        latest is; the rest wait as verified bytes until their history is asked for)."""
        with self._lock:
            revisions = self._revisions.get(record_id, [])
            for position, plain in sorted(self._deferred.pop(record_id, {}).items()):
                try:
                    revisions[position] = decode(plain)[0]
                except RecordError as error:  # kept as it was: facts without content
                    seq = revisions[position].seq
                    self.problems += (f"revision {seq} cannot be read: {error}",)
            return revisions

    def _latest(self, record_id: str, kind: type[EntryContent | PersonContent]) -> Revision | None:
        """The latest revision of a record that holds content of `kind` (converting the
        older ones only when the latest holds none, as after a damaged save)."""
        latest = _newest_with(self._revisions.get(record_id, []), kind)
        if latest is None and record_id in self._deferred:
            latest = _newest_with(self._materialized(record_id), kind)
        return latest

    def _entry_from(self, record_id: str, revisions: list[Revision]) -> Entry | None:
        if not revisions or revisions[0].record_type != TYPE_ENTRY:
            return None
        latest = self._latest(record_id, EntryContent)
        if latest is None:
            return None
        assert isinstance(latest.content, EntryContent)
        return Entry(
            entry_id=record_id,
            content=latest.content,
            attachments=latest.attachments,
            first_recorded=revisions[0].recorded_at,
            last_recorded=revisions[-1].recorded_at,
            revision_count=len(revisions),
            deleted=revisions[-1].deleted,
        )

    def _cached_entry(self, record_id: str) -> Entry | None:
        """The entry built from a record's revisions, kept until the record changes."""
        with self._lock:
            entry = self._entry_cache.get(record_id)
            if entry is None:
                entry = self._entry_from(record_id, self._revisions.get(record_id, []))
                if entry is not None:
                    self._entry_cache[record_id] = entry
            return entry

    def entries(self, include_deleted: bool = False) -> list[Entry]:
        with self._lock:
            ids = list(self._revisions)
            out = [e for rid in ids if (e := self._cached_entry(rid)) is not None]
        return [e for e in out if include_deleted or not e.deleted]

    def entry(self, entry_id: str) -> Entry:
        entry = self._cached_entry(entry_id)
        if entry is None:
            raise NotFound(f"There is no entry {entry_id}.")
        return entry

    def history(self, record_id: str) -> list[Revision]:
        if record_id not in self._revisions:
            raise NotFound(f"There is no entry {record_id}.")
        return list(self._materialized(record_id))

    def people(self) -> list[Person]:
        """Every person not withdrawn, by name. Cached: add_entry checks links against
        it on every save, so it must not walk every record of a large journal."""
        with self._lock:
            if self._people_cache is None:
                self._people_cache = self._build_people()
            return list(self._people_cache)

    def _build_people(self) -> list[Person]:
        out = []
        for rid in self._person_ids:
            revs = self._revisions[rid]
            latest = self._latest(rid, PersonContent)
            if latest is not None and not revs[-1].deleted:
                content = latest.content
                assert isinstance(content, PersonContent)
                out.append(
                    Person(rid, content, revs[0].recorded_at, revs[-1].recorded_at, len(revs))
                )
        return sorted(out, key=lambda p: p.content.name.casefold())

    def person(self, person_id: str) -> Person:
        for person in self.people():
            if person.person_id == person_id:
                return person
        raise NotFound(f"There is no person {person_id}.")

    def _person_names(self, entry: Entry) -> list[str]:
        with self._lock:
            if self._names_cache is None:
                self._names_cache = {}
                for rid in self._person_ids:
                    latest = self._latest(rid, PersonContent)
                    if latest is not None:
                        assert isinstance(latest.content, PersonContent)
                        self._names_cache[rid] = latest.content.name
            names = self._names_cache
        return [names[link.person_id] for link in entry.content.people if link.person_id in names]

    def search(self, query: str = "", filters: SearchFilters | None = None) -> list[Entry]:
        ids = self.index.search(query, filters or SearchFilters())
        with self._lock:
            found = [self._cached_entry(i) for i in ids]
        return [e for e in found if e is not None]

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
                "Purging removes the entry and its evidence for good; confirm with PURGE."
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
        return person_id

    def update_person(self, person_id: str, content: PersonContent) -> None:
        self.person(person_id)
        self._append(TYPE_PERSON, person_id, validate_person(content))
        for entry in self.entries(include_deleted=True):
            if any(link.person_id == person_id for link in entry.content.people):
                self.index.put(entry, self._person_names(entry))

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
            raise UsageError("This entry was deleted; evidence cannot be added to it.")
        info = import_file(
            self.vault.store, self.vault.keys, path, self.vault.clock, progress, cancelled
        )
        info = replace(info, description=description)
        try:
            with self._lock:
                latest = self.entry(entry_id)
                if latest.deleted:
                    raise UsageError(
                        "The entry was withdrawn during the import; nothing was added."
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
        raise NotFound(f"There is no attachment {attachment_id}.")

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


def _newest_with(revisions: list[Revision], kind: Content) -> Revision | None:
    return next((r for r in reversed(revisions) if isinstance(r.content, kind)), None)


__all__ = ["ImportCancelled", "Journal"]
