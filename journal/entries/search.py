"""In-memory search index, rebuilt at every unlock: no plaintext index ever on disk.

Matching is case-, accent- and width-insensitive substring search over every
text field; all words of the query must match. Filters narrow by date range,
kind, category and person.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from journal.entries.model import Entry
from journal.entries.timeparse import local_day, sort_key


class _Uncombined(dict[int, int | None]):
    """str.translate table that drops combining marks, filled as characters are met
    (so a long text is folded by C code, not a Python loop per character)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNCOMBINED = _Uncombined()


def fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_UNCOMBINED)


@dataclass(frozen=True)
class SearchFilters:
    date_from: date | None = None
    date_to: date | None = None
    kinds: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    person_id: str | None = None
    include_deleted: bool = False


class _Indexed(NamedTuple):
    """One entry as the index sees it. A tuple of plain values: the cycle collector
    stops tracking it, so a large journal adds nothing to every later collection."""

    text: str
    day: date
    kind: str
    categories: tuple[str, ...]
    people: tuple[str, ...]
    deleted: bool
    order: tuple[datetime, str]


def entry_text(entry: Entry, person_names: list[str]) -> str:
    c = entry.content
    parts = [c.title, c.narrative, c.location, c.medical, c.private_notes, c.occurred.start]
    parts += list(c.tags) + list(c.categories) + person_names
    parts += [i.description + " " + i.body_area + " " + i.medical_attention for i in c.injuries]
    for r in c.reports:
        parts += [r.body, r.reference, r.contact_person, r.what_they_said, r.status]
        parts += [r.what_they_did, r.outcome]
    for o in c.accounts:
        parts += [o.speaker, o.told_to, o.what_was_said, o.how_learned]
    parts += [i.note for i in c.risk]
    for a in entry.attachments:
        parts += [a.file_name, a.description, a.camera or ""]
    return fold("\n".join(parts))


class SearchIndex:
    def __init__(self) -> None:
        self._items: dict[str, _Indexed] = {}
        self._ordered: list[tuple[str, _Indexed]] | None = None  # timeline order, until a change
        self._lock = threading.Lock()

    def put(self, entry: Entry, person_names: list[str]) -> None:
        when = sort_key(entry.content.occurred)
        item = _Indexed(
            text=entry_text(entry, person_names),
            day=local_day(entry.content.occurred) or when.date(),
            kind=entry.content.kind,
            categories=entry.content.categories,
            people=tuple(link.person_id for link in entry.content.people),
            deleted=entry.deleted,
            order=(when, entry.first_recorded),
        )
        with self._lock:
            self._items[entry.entry_id] = item
            self._ordered = None

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        """Drop every entry's folded text (at lock)."""
        with self._lock:
            self._items.clear()
            self._ordered = None

    def remove(self, entry_id: str) -> None:
        with self._lock:
            self._items.pop(entry_id, None)
            self._ordered = None

    def _in_order(self) -> list[tuple[str, _Indexed]]:
        """Every item in timeline order; sorted once after a change, not per query."""
        with self._lock:
            if self._ordered is None:
                self._ordered = sorted(self._items.items(), key=lambda pair: pair[1].order)
            return self._ordered

    def search(self, query: str, filters: SearchFilters) -> list[str]:
        """Entry ids matching every word of `query` and the filters, in timeline order."""
        hit = _matcher(query, filters)
        return [entry_id for entry_id, item in self._in_order() if hit(item)]

    def matching(self, entry_ids: Iterable[str], query: str, filters: SearchFilters) -> set[str]:
        """Which of `entry_ids` the same search would show (to update a few rows after a
        change without searching the whole journal again)."""
        hit = _matcher(query, filters)
        with self._lock:
            items = [(i, self._items.get(i)) for i in entry_ids]
        return {entry_id for entry_id, item in items if item is not None and hit(item)}


def _matcher(query: str, filters: SearchFilters) -> Callable[[_Indexed], bool]:
    words = fold(query).split()
    filtered = bool(
        filters.date_from or filters.date_to or filters.kinds or filters.categories
        or filters.person_id
    )  # fmt: skip

    def hit(item: _Indexed) -> bool:
        if item.deleted and not filters.include_deleted:
            return False
        if filtered and not _passes(item, filters):
            return False
        text = item.text
        return all(word in text for word in words)

    return hit


def _passes(item: _Indexed, filters: SearchFilters) -> bool:
    return not (
        (filters.date_from and item.day < filters.date_from)
        or (filters.date_to and item.day > filters.date_to)
        or (filters.kinds and item.kind not in filters.kinds)
        or (filters.categories and filters.categories.isdisjoint(item.categories))
        or (filters.person_id and filters.person_id not in item.people)
    )
