"""After disclosure: what followed each time the survivor spoke up.

A disclosure is an entry of kind "report", an entry that lists a report or
complaint (other than an institution's response), or one the survivor marked as
telling someone. Under each, the entries dated within the chosen window after it
are grouped, so a reader sees intimidation, counter-allegations, arrests or
surveillance that followed reporting. An entry can follow several disclosures and
is then listed under each: the grouping shows timing, it does not claim cause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .model import REPORT_BODIES, Entry
from .timeparse import sort_key

DEFAULT_WINDOW_DAYS = 90
MAX_WINDOW_DAYS = 3660

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


def disclosure_label(entry: Entry) -> str:
    """Where it went, in a few words: "Police; Independent oversight body"."""
    bodies = [r.body or REPORT_BODIES.get(r.body_type, r.body_type) for r in entry.content.reports]
    return "; ".join(dict.fromkeys(b for b in bodies if b)) or "Told someone"


@dataclass(frozen=True)
class FollowingEntry:
    entry: Entry
    days_after: int
    notable: tuple[str, ...]  # the notable categories it carries


@dataclass(frozen=True)
class DisclosureGroup:
    disclosure: Entry
    window_days: int
    following: tuple[FollowingEntry, ...]

    @property
    def notable_count(self) -> int:
        return sum(1 for f in self.following if f.notable)


def _when(entry: Entry) -> datetime:
    return sort_key(entry.content.occurred)


def _groupable(entry: Entry) -> bool:
    return not entry.deleted and entry.content.kind != "risk_check"


def check_window(days: int) -> int:
    if not 1 <= days <= MAX_WINDOW_DAYS:
        raise ValueError(f"The window must be between 1 and {MAX_WINDOW_DAYS} days.")
    return days


def after_disclosure(
    entries: Iterable[Entry], window_days: int = DEFAULT_WINDOW_DAYS
) -> list[DisclosureGroup]:
    """One group per disclosure, in time order, each with what followed in the window.

    Risk checks and withdrawn entries are left out; entries dated on the same
    instant as the disclosure but recorded after it count as following it.
    """
    check_window(window_days)
    timed = sorted(
        ((_when(e), e.first_recorded, e.entry_id, e) for e in entries if _groupable(e)),
        key=lambda t: t[:3],
    )
    window = timedelta(days=window_days)
    groups = []
    for position, (start, _, _, disclosure) in enumerate(timed):
        if not is_disclosure(disclosure):
            continue
        following = []
        for when, _, _, later in timed[position + 1 :]:
            gap = when - start
            if gap > window:
                break
            notable = tuple(c for c in later.content.categories if c in NOTABLE_AFTER)
            following.append(FollowingEntry(later, gap.days, notable))
        groups.append(DisclosureGroup(disclosure, window_days, tuple(following)))
    return groups


def group_for(
    entries: Iterable[Entry], entry_id: str, window_days: int = DEFAULT_WINDOW_DAYS
) -> DisclosureGroup | None:
    """The group of one disclosure (None when `entry_id` is not a disclosure)."""
    check_window(window_days)
    items = [e for e in entries if _groupable(e)]
    disclosure = next((e for e in items if e.entry_id == entry_id), None)
    if disclosure is None or not is_disclosure(disclosure):
        return None
    start = (_when(disclosure), disclosure.first_recorded, disclosure.entry_id)
    window = timedelta(days=window_days)
    following = []
    for later in items:
        when = _when(later)
        if (when, later.first_recorded, later.entry_id) <= start or when - start[0] > window:
            continue
        notable = tuple(c for c in later.content.categories if c in NOTABLE_AFTER)
        following.append(FollowingEntry(later, (when - start[0]).days, notable))
    following.sort(key=lambda f: (_when(f.entry), f.entry.first_recorded, f.entry.entry_id))
    return DisclosureGroup(disclosure, window_days, tuple(following))


def followed_disclosure(entries: Iterable[Entry], window_days: int) -> dict[str, str]:
    """Entry id -> id of the latest disclosure it followed within the window."""
    out: dict[str, str] = {}
    for group in after_disclosure(entries, window_days):
        for item in group.following:
            out[item.entry.entry_id] = group.disclosure.entry_id
    return out
