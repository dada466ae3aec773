"""Contact per day by sender: how many messages and calls, and how many at night.

Harassment is often a matter of volume ("212 messages and 40 calls between 22:00 and
04:00"), so the conversations view and the PDF count it the same way, here. A day and
an hour are those of the time as `sent_at` states it: the source's own offset, the
confirmed zone, or the wall clock of a zone-less export; never a corrected time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from journal.conversations.records import StoredCall, StoredMessage
from journal.conversations.zones import sent_at
from journal.entries.plain_words import counted

NIGHT_FROM = 22  # 22:00 ...
NIGHT_UNTIL = 4  # ... to 04:00


@dataclass(frozen=True)
class DayCount:
    day: str  # YYYY-MM-DD
    messages: dict[str, int] = field(default_factory=dict)  # by sender
    calls: dict[str, int] = field(default_factory=dict)  # by caller (name or number)

    @property
    def total(self) -> int:
        return sum(self.messages.values()) + sum(self.calls.values())

    def by_sender(self) -> dict[str, int]:
        both = Counter(self.messages)
        both.update(self.calls)
        return dict(both)


@dataclass(frozen=True)
class ContactCounts:
    days: tuple[DayCount, ...]  # days with any contact, oldest first
    senders: tuple[str, ...]  # most contact first
    messages: int
    calls: int
    night_messages: int
    night_calls: int

    def busiest(self, count: int = 5) -> list[DayCount]:
        """The days with the most contact, most first (ties: the earlier day first)."""
        return sorted(self.days, key=lambda d: (-d.total, d.day))[:count]

    def night_sentence(self) -> str:
        return (
            f"{counted(self.night_messages, 'message')} and {counted(self.night_calls, 'call')}"
            f" between {NIGHT_FROM:02d}:00 and {NIGHT_UNTIL:02d}:00"
        )


def _moment(item: StoredMessage | StoredCall) -> datetime:
    return datetime.fromisoformat(sent_at(item.time))


def _at_night(moment: datetime) -> bool:
    return moment.hour >= NIGHT_FROM or moment.hour < NIGHT_UNTIL


def caller(call: StoredCall) -> str:
    return call.name or call.number or "unknown number"


def count_contact(messages: Iterable[StoredMessage], calls: Iterable[StoredCall]) -> ContactCounts:
    """Count per day and sender; system lines (group events) are no one's contact."""
    per_day: dict[str, tuple[Counter[str], Counter[str]]] = {}
    volume: Counter[str] = Counter()
    totals = [0, 0]
    night = [0, 0]
    for kind, items in ((0, messages), (1, calls)):
        for item in items:
            if isinstance(item, StoredMessage):
                if item.system:
                    continue
                who = item.sender or item.sender_id or "unknown sender"
            else:
                who = caller(item)
            moment = _moment(item)
            counters = per_day.setdefault(moment.date().isoformat(), (Counter(), Counter()))
            counters[kind][who] += 1
            volume[who] += 1
            totals[kind] += 1
            night[kind] += _at_night(moment)
    days = tuple(
        DayCount(day, dict(counters[0]), dict(counters[1]))
        for day, counters in sorted(per_day.items())
    )
    senders = tuple(name for name, _n in sorted(volume.items(), key=lambda kv: (-kv[1], kv[0])))
    return ContactCounts(days, senders, totals[0], totals[1], night[0], night[1])
