"""After disclosure: what followed each time the survivor spoke up.

A disclosure is an entry of kind "report", an entry that lists a report or
complaint (other than an institution's response), or one the survivor marked as
telling someone. Under each, the entries dated within the chosen window after it
are grouped, so a reader sees intimidation, counter-allegations, arrests or
surveillance that followed reporting. An entry can follow several disclosures and
is then listed under each: the grouping shows timing, it does not claim cause.

Dates are often known only to the day or the month, so each entry is a period of
possible times: from its earliest (timeparse.sort_key, the start of the period) to
its latest (timeparse.event_upper_bound; an "approximate" time counts as any time
that day). An entry follows a disclosure only when its earliest possible time is
after the disclosure's latest possible time. Entries whose periods overlap the
disclosure's are listed apart, as around the same time, order not certain. Days
after are whole calendar days from the last day the disclosure could have been on
(in its time zone) to the first day the entry could have been on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from journal.entries.model import REPORT_BODIES, Entry, EventTime
from journal.entries.month_words import day_month_year
from journal.entries.timeparse import event_upper_bound, parse_zone, sort_key, split_offset
from journal.errors import UsageError
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault.setting import Setting

DEFAULT_WINDOW_DAYS = 90
MAX_WINDOW_DAYS = 3660
WINDOW_DAYS = Setting(
    "after_disclosure_days",
    DEFAULT_WINDOW_DAYS,
    lambda days: type(days) is int and 1 <= days <= MAX_WINDOW_DAYS,
    phrase(
        QT_TRANSLATE_NOOP("core", "The window must be between 1 and {most} days."),
        most=MAX_WINDOW_DAYS,
    ),
)

#: Categories that usually matter most after a disclosure; they are highlighted.
NOTABLE_AFTER: frozenset[str] = frozenset(
    {
        "retaliation",
        "counter_allegation",
        "threats",
        "stalking",
        "police_power",
        "colleagues",
        "collusion",
        "technology",
        "weapon",
        "failure_to_protect",
    }
)


def is_disclosure(entry: Entry) -> bool:
    c = entry.content
    if c.disclosure or c.kind == "report":
        return True
    return bool(c.reports) and c.kind not in ("institutional_response", "risk_check")


def disclosure_label(
    entry: Entry,
    body_label: Callable[[str], str] = lambda key: REPORT_BODIES.get(key, key),
    told: str = "Told someone",
) -> str:
    """Where it went, in a few words: "Police; Independent oversight body". The PDF
    passes its own words for the bodies (`body_label`) and for `told`."""
    bodies = [r.body or body_label(r.body_type) for r in entry.content.reports]
    return "; ".join(dict.fromkeys(b for b in bodies if b)) or told


AROUND_LABEL = "Around the same time (order not certain)"
DAYS_BASIS = (
    "Days are counted from the last day each disclosure could have been on (the day "
    "itself, or the end of the month when only the month is known)."
)


def days_text(days: int) -> str:
    """'same day', '+1 day', '+12 days'."""
    if days == 0:
        return "same day"
    return f"+{days} day" if days == 1 else f"+{days} days"


@dataclass(frozen=True)
class FollowingEntry:
    entry: Entry
    days_after: int  # calendar days from the disclosure's last possible day (0 for "around")
    notable: tuple[str, ...]  # the notable categories it carries


@dataclass(frozen=True)
class DisclosureGroup:
    disclosure: Entry
    window_days: int
    following: tuple[FollowingEntry, ...]
    around: tuple[FollowingEntry, ...] = ()  # periods overlap the disclosure's: order unknown
    counted_from: date | None = None  # the last day the disclosure could have been on

    @property
    def notable_count(self) -> int:
        return sum(1 for f in self.following if f.notable)

    @property
    def basis_note(self) -> str:
        """Where the days are counted from, when that is not simply the disclosure's day."""
        first = _span(self.disclosure)
        if first is None or self.counted_from is None:
            return ""
        if first.first.astimezone(first.zone).date() == self.counted_from:
            return ""
        said = QT_TRANSLATE_NOOP(
            "core", "Days counted from {date}, the last day it could have been."
        )
        return phrase(said, date=day_month_year(self.counted_from))


@dataclass(frozen=True)
class _Span:
    """The possible times of one entry, as UTC instants, and its own time zone."""

    first: datetime
    last: datetime
    zone: tzinfo


def _widened(when: EventTime) -> EventTime:
    """An approximate time of day could be any time that day."""
    if when.precision != "approximate" or len(when.start.strip()) <= 10:
        return when
    when = split_offset(when)
    end = when.end.strip()[:10] if when.end else None
    return replace(when, start=when.start.strip()[:10], end=end, precision="day")


_LONGEST_PERIOD = timedelta(days=33)  # a month-only date, with room for time zones


def _first(entry: Entry) -> datetime:
    """The earliest possible time alone (cheaper than the whole span)."""
    try:
        return sort_key(_widened(entry.content.occurred))
    except (UsageError, ValueError):
        return datetime.min.replace(tzinfo=UTC)


def _span(entry: Entry) -> _Span | None:
    """None when the date cannot be read (such an entry cannot be placed in time)."""
    try:
        when = _widened(entry.content.occurred)
        zone = parse_zone(when.timezone) or UTC
        first = sort_key(when)
        if first == datetime.min.replace(tzinfo=UTC):
            return None
        last = max(event_upper_bound(when), first)
    except (UsageError, ValueError, OverflowError):
        return None
    return _Span(first, last, zone)


def _groupable(entry: Entry) -> bool:
    return not entry.deleted and entry.content.kind != "risk_check"


def check_window(days: int) -> int:
    if not WINDOW_DAYS.valid(days):
        raise ValueError(WINDOW_DAYS.problem)
    return days


class _Timeline:
    """Groupable entries with their spans, by earliest possible time, for range lookups."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        spans = ((_span(e), e) for e in entries if _groupable(e))
        self.items: list[tuple[_Span, Entry]] = sorted(
            ((s, e) for s, e in spans if s is not None),
            key=lambda t: (t[0].first, t[1].first_recorded, t[1].entry_id),
        )
        self.firsts = [s.first for s, _ in self.items]
        self.longest = max((s.last - s.first for s, _ in self.items), default=timedelta(0))
        self.notable = [_notable(e) for _, e in self.items]
        self._first_days: dict[tzinfo, list[date]] = {}

    def first_days(self, zone: tzinfo) -> list[date]:
        """Each entry's first possible calendar day as seen in `zone` (computed once)."""
        days = self._first_days.get(zone)
        if days is None:
            days = self._first_days[zone] = [t.astimezone(zone).date() for t in self.firsts]
        return days

    def group(self, disclosure: Entry, d: _Span, window_days: int) -> DisclosureGroup:
        last_day = d.last.astimezone(d.zone).date()
        first_days = self.first_days(d.zone)
        following: list[FollowingEntry] = []
        after = bisect_right(self.firsts, d.last)
        for k in range(after, len(self.items)):
            days = (first_days[k] - last_day).days
            if days > window_days:
                break
            following.append(FollowingEntry(self.items[k][1], days, self.notable[k]))
        around: list[FollowingEntry] = []
        for k in range(bisect_left(self.firsts, d.first - self.longest), after):
            span, other = self.items[k]
            if span.last >= d.first and other.entry_id != disclosure.entry_id:
                around.append(FollowingEntry(other, 0, self.notable[k]))
        return DisclosureGroup(disclosure, window_days, tuple(following), tuple(around), last_day)


def _notable(entry: Entry) -> tuple[str, ...]:
    return tuple(c for c in entry.content.categories if c in NOTABLE_AFTER)


def after_disclosure(
    entries: Iterable[Entry], window_days: int = DEFAULT_WINDOW_DAYS
) -> list[DisclosureGroup]:
    """One group per disclosure, in time order, each with what followed in the window
    and what happened around the same time. Risk checks, withdrawn entries and entries
    whose date cannot be read are left out."""
    check_window(window_days)
    timeline = _Timeline(entries)
    return [
        timeline.group(entry, span, window_days)
        for span, entry in timeline.items
        if is_disclosure(entry)
    ]


def group_for(
    entries: Iterable[Entry], entry_id: str, window_days: int = DEFAULT_WINDOW_DAYS
) -> DisclosureGroup | None:
    """The group of one disclosure (None when `entry_id` is not a disclosure)."""
    check_window(window_days)
    items = [e for e in entries if _groupable(e)]
    disclosure = next((e for e in items if e.entry_id == entry_id), None)
    if disclosure is None or not is_disclosure(disclosure):
        return None
    d = _span(disclosure)
    if d is None:
        return DisclosureGroup(disclosure, window_days, ())
    # only entries that can touch the disclosure or its window need their whole span
    low, high = d.first - _LONGEST_PERIOD, d.last + timedelta(days=window_days + 2)
    nearby = (e for e in items if e.content.occurred.end or low <= _first(e) <= high)
    return _Timeline(nearby).group(disclosure, d, window_days)


def followed_disclosure(entries: Iterable[Entry], window_days: int) -> dict[str, str]:
    """Entry id -> id of the latest disclosure it followed within the window."""
    out: dict[str, str] = {}
    for group in after_disclosure(entries, window_days):
        for item in group.following:
            out[item.entry.entry_id] = group.disclosure.entry_id
    return out
