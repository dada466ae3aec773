"""In-memory index of stored messages and calls, rebuilt at unlock: nothing on disk.

It is built from the per-batch index objects (batches.py), which hold only what
listing and searching need: ids, times, days, conversations, senders and the folded
search text, computed once at import. The full records are read only when asked for.
Matching is the entries' search (journal/entries/search.py): case-, accent- and
width-insensitive substrings, every word of the query must occur.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import contains
from typing import Any

from journal.entries.search import fold


@dataclass(frozen=True)
class MessageFilters:
    """`date_from`/`date_to` compare the day of the time as `sent_at` states it."""

    date_from: date | None = None
    date_to: date | None = None
    conversation: str | None = None
    sender: str | None = None
    calls: bool = False  # False: messages only; True: calls only


@dataclass
class _Columns:
    ids: list[str]
    kinds: list[str]
    utc: list[str]
    days: list[str]
    conversations: list[str]
    senders: list[str]
    texts: list[str]
    batches: list[int]
    positions: list[int]


def _empty() -> _Columns:
    return _Columns([], [], [], [], [], [], [], [], [])


class MessageIndex:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parts: list[tuple[int, dict[str, Any]]] = []
        self._columns = _empty()

    def add(self, batch: int, part: dict[str, Any]) -> None:
        """One batch's index object (as decoded), merged at the next query."""
        with self._lock:
            self._parts.append((batch, part))

    def clear(self) -> None:
        with self._lock:
            self._parts, self._columns = [], _empty()

    def _built(self) -> _Columns:
        with self._lock:
            if self._parts:
                self._columns = _merge(self._columns, self._parts)
                self._parts = []
            return self._columns

    def __len__(self) -> int:
        return len(self._built().ids)

    def locations(self) -> dict[str, tuple[int, int]]:
        """Record id -> (batch number, position in the batch)."""
        c = self._built()
        return dict(zip(c.ids, zip(c.batches, c.positions, strict=True), strict=True))

    def search(self, query: str, filters: MessageFilters | None = None) -> list[str]:
        """Ids of the records matching every word of `query` and the filters, oldest
        first (by UTC)."""
        c = self._built()
        filters = filters or MessageFilters()
        kind = "c" if filters.calls else "m"
        found: list[int] | range = range(len(c.ids))
        for word in fold(query).split():
            found = self._containing(c, word, found)
        low = str(filters.date_from) if filters.date_from else None
        high = str(filters.date_to) if filters.date_to else None
        return [
            c.ids[i]
            for i in found
            if c.kinds[i] == kind
            and not (low and c.days[i] < low)
            and not (high and c.days[i] > high)
            and (not filters.conversation or c.conversations[i] == filters.conversation)
            and (not filters.sender or c.senders[i] == filters.sender)
        ]

    @staticmethod
    def _containing(c: _Columns, word: str, among: list[int] | range) -> list[int]:
        """Positions of the texts holding `word`: over all texts, a loop run inside C
        (map over operator.contains), so a query costs the same however many match."""
        texts = c.texts
        if isinstance(among, range):
            return list(compress(among, map(contains, texts, repeat(word))))
        return [i for i in among if word in texts[i]]


def _merge(before: _Columns, parts: list[tuple[int, dict[str, Any]]]) -> _Columns:
    """Every column, sorted by (UTC, id): the batches of one import are in the file's
    order, nearly sorted already, which the sort is fast for."""
    rows = _Columns(*(list(column) for column in vars(before).values()))
    for batch, part in parts:
        count = len(part["ids"])
        rows.ids += part["ids"]
        rows.kinds += list(part["kinds"])
        rows.utc += part["utc"]
        rows.days += part["days"]
        names, senders = part["conversation_names"], part["sender_names"]
        rows.conversations += [names[i] for i in part["conversations"]]
        rows.senders += [senders[i] for i in part["senders"]]
        rows.texts += part["search"]
        rows.batches += [batch] * count
        rows.positions += range(count)
    order = sorted(range(len(rows.ids)), key=lambda i: (rows.utc[i], rows.ids[i]))
    if order == list(range(len(order))):
        return rows
    return _Columns(*([column[i] for i in order] for column in vars(rows).values()))


def index_part(records: list[dict[str, Any]], days: list[str]) -> dict[str, Any]:
    """The index object of one batch of plain records (see batches.py), its keys in
    sorted order (batches.presorted_json)."""
    conversations: dict[str, int] = {}
    senders: dict[str, int] = {}
    ids, kinds, utc, in_conversation, by_sender, search = [], [], [], [], [], []
    for record in records:
        is_call = record["type"] == "call"
        who = (record.get("name") or record["number"]) if is_call else record["sender"]
        ids.append(record["id"])
        kinds.append("c" if is_call else "m")
        utc.append(record["time"]["utc"])
        conversation = record.get("conversation") or ""
        in_conversation.append(conversations.setdefault(conversation, len(conversations)))
        by_sender.append(senders.setdefault(who, len(senders)))
        search.append(fold(_words(record)))
    return {
        "conversation_names": list(conversations),
        "conversations": in_conversation,
        "days": days,
        "fold": 1,
        "ids": ids,
        "kinds": "".join(kinds),
        "search": search,
        "sender_names": list(senders),
        "senders": by_sender,
        "type": "message-index",
        "utc": utc,
    }


def _words(record: dict[str, Any]) -> str:
    if record["type"] == "call":
        return f"{record.get('name') or ''} {record['number']} {record['direction']}"
    names = " ".join(a["name"] for a in record.get("attachments", ()))
    return f"{record['sender']} {record.get('sender_id') or ''} {record['text']} {names}"
