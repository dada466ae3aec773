"""Reading the unlocked journal: its state as loaded at unlock, entries, people,
history and search. Every change goes through `Journal` (journal.py), a subclass."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Self

from journal.conversations.store import MessageStore
from journal.entries.model import (
    Entry,
    EntryContent,
    Person,
    PersonContent,
    Revision,
)
from journal.entries.search import SearchFilters, SearchIndex
from journal.errors import NotFound
from journal.record.loader import load, paused_gc
from journal.record.records import (
    TYPE_ENTRY,
    TYPE_PERSON,
    RecordError,
    decode,
)
from journal.session.changes import Change, ChangeFeed
from journal.system.memory_hygiene import forget_decrypted
from journal.system.private_files import make_private
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.chain import ChainReport, genesis
from journal.vault.lifecycle import UnlockedVault
from journal.vault.settings import AuxSettings

Progress = Callable[[int, int], None]
Content = type[EntryContent | PersonContent]


class JournalReader:
    """The unlocked journal's state and every way to read it; `Journal` adds the changes.

    All state is loaded and the chain verified once at unlock. A damaged object is
    reported by name and skipped; the rest of the journal still opens."""

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
        self.changes = ChangeFeed()
        self.settings = AuxSettings(vault, on_set=self._setting_written)
        self._entry_cache: dict[str, Entry] = {}
        self._person_ids: set[str] = set()
        self._people_cache: list[Person] | None = None
        self._names_cache: dict[str, str] | None = None
        self._deferred: dict[str, dict[int, bytes]] = {}
        self.messages = MessageStore(vault)  # loaded on first use (journal/conversations)

    @classmethod
    def open(cls, vault: UnlockedVault) -> Self:
        make_private(vault.path)  # a journal from an earlier version may be 0644
        journal = cls(vault)
        journal._load()
        return journal

    def _setting_written(self, key: str) -> None:
        self.changes.publish(Change.of(settings=[key]))

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
            self.changes.clear()
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
    def read_only(self) -> bool:
        """The file is damaged: it was opened read-only and nothing can be saved into it."""
        return bool(self.vault.store.damage)

    def chain_leaves(self) -> list[tuple[int, str]]:
        """(seq, leaf) of every revision as loaded and verified, in chain order."""
        with self._lock:
            return sorted((r.seq, r.leaf) for revs in self._revisions.values() for r in revs)

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
            raise NotFound(
                QT_TRANSLATE_NOOP("core", "There is no entry {entry_id}."), entry_id=entry_id
            )
        return entry

    def history(self, record_id: str) -> list[Revision]:
        if record_id not in self._revisions:
            raise NotFound(
                QT_TRANSLATE_NOOP("core", "There is no entry {record_id}."), record_id=record_id
            )
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
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "There is no person {person_id}."), person_id=person_id
        )

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

    def matching(
        self, entry_ids: Iterable[str], query: str = "", filters: SearchFilters | None = None
    ) -> list[Entry]:
        """Those of `entry_ids` that `search` would show, in no particular order."""
        ids = self.index.matching(entry_ids, query, filters or SearchFilters())
        with self._lock:
            found = [self._cached_entry(i) for i in ids]
        return [e for e in found if e is not None]

    def search(self, query: str = "", filters: SearchFilters | None = None) -> list[Entry]:
        ids = self.index.search(query, filters or SearchFilters())
        with self._lock:
            found = [self._cached_entry(i) for i in ids]
        return [e for e in found if e is not None]


def _newest_with(revisions: list[Revision], kind: Content) -> Revision | None:
    return next((r for r in reversed(revisions) if isinstance(r.content, kind)), None)
