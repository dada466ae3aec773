"""In-memory index of stored messages, rebuilt at unlock: nothing of it on disk.

Messages are kept in time order (UTC). Matching is the same case-, accent- and
width-insensitive substring search as the entries' (journal/entries/search.py):
every word of the query must occur in the sender, the text or an attachment name.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from journal.conversations.records import StoredCall, StoredMessage
from journal.conversations.zones import sent_at
from journal.entries.search import fold

_SEPARATOR = "\x00"


@dataclass(frozen=True)
class MessageFilters:
    """`date_from`/`date_to` compare the day of the time as `sent_at` states it."""

    date_from: date | None = None
    date_to: date | None = None
    conversation: str | None = None
    sender: str | None = None


def searchable(message: StoredMessage) -> str:
    names = " ".join(a.name for a in message.attachments)
    return fold(f"{message.sender} {message.sender_id or ''} {message.text} {names}")


class MessageIndex:
    def __init__(self) -> None:
        self._messages: list[StoredMessage] = []
        self._keys: list[str] = []  # UTC times, in the order of _messages
        self._days: list[str] = []
        self._blob = ""  # folded texts joined, for one str.find per word
        self._starts: list[int] = []
        self._pending: list[StoredMessage] = []
        self._lock = threading.Lock()

    def add(self, messages: list[StoredMessage]) -> None:
        with self._lock:
            self._pending.extend(messages)

    def clear(self) -> None:
        with self._lock:
            self._messages, self._keys, self._days = [], [], []
            self._blob, self._starts, self._pending = "", [], []

    def _built(self) -> list[StoredMessage]:
        """Sort and fold once after additions, not per query."""
        with self._lock:
            if self._pending:
                merged = self._messages + self._pending
                merged.sort(key=lambda m: (m.time.utc, m.id))
                texts = [searchable(m) for m in merged]
                starts, position = [], 0
                for text in texts:
                    starts.append(position)
                    position += len(text) + 1
                self._messages, self._pending = merged, []
                self._keys = [m.time.utc for m in merged]
                self._days = [sent_at(m.time)[:10] for m in merged]
                self._blob = _SEPARATOR.join(texts)
                self._starts = starts
            return self._messages

    def __len__(self) -> int:
        return len(self._built())

    def search(self, query: str, filters: MessageFilters | None = None) -> list[StoredMessage]:
        """Messages matching every word of `query` and the filters, oldest first."""
        messages = self._built()
        filters = filters or MessageFilters()
        words = fold(query).split()
        candidates: range | list[int] = range(len(messages))
        for word in words:
            candidates = self._containing(word, candidates)
        low = str(filters.date_from) if filters.date_from else None
        high = str(filters.date_to) if filters.date_to else None
        out = []
        for i in candidates:
            message = messages[i]
            day = self._days[i]
            if (low and day < low) or (high and day > high):
                continue
            if filters.conversation and message.conversation != filters.conversation:
                continue
            if filters.sender and message.sender != filters.sender:
                continue
            out.append(message)
        return out

    def _containing(self, word: str, among: range | list[int]) -> list[int]:
        if not word or _SEPARATOR in word:
            return []
        blob, starts, found = self._blob, self._starts, []
        keep = None if isinstance(among, range) else set(among)
        position = blob.find(word)
        while position >= 0:
            i = bisect_right(starts, position) - 1
            if keep is None or i in keep:
                found.append(i)
            next_start = starts[i + 1] if i + 1 < len(starts) else len(blob)
            position = blob.find(word, next_start)
        return found

    def between(self, start_utc: str, end_utc: str) -> list[StoredMessage]:
        messages = self._built()
        return messages[bisect_left(self._keys, start_utc) : bisect_right(self._keys, end_utc)]


def calls_in_order(calls: list[StoredCall]) -> list[StoredCall]:
    return sorted(calls, key=lambda c: (c.time.utc, c.id))
