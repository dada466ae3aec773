"""Events per month by category, across the whole record (the pattern view's data).

An entry belongs to the month of its asserted start, read as the survivor wrote
it (local to the event, not shifted to UTC). An entry with several categories is
counted once in each of them; an entry without any is counted under
`UNCATEGORISED`. Every month from the first to the last is present, empty ones
included, so gaps are visible rather than silently closed up.

The caller decides which entries to pass: the app passes the entries that are
not withdrawn.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from journal.entries.model import CATEGORIES, Entry
from journal.entries.month_words import month_year
from journal.translatable import QT_TRANSLATE_NOOP, core, counted, listed, phrase

UNCATEGORISED = "uncategorised"
UNCATEGORISED_LABEL = QT_TRANSLATE_NOOP("core", "No category")
_YEAR_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})")


def category_label(key: str) -> str:
    if key == UNCATEGORISED:
        return UNCATEGORISED_LABEL
    return CATEGORIES.get(key, key)


def month_name(year: int, month: int) -> str:
    """'March 2025' in English (like timeparse.describe), a phrase the app translates."""
    return month_year(year, month)


def entry_month(entry: Entry) -> tuple[int, int] | None:
    """The (year, month) an entry is counted in, or None when its start is unreadable."""
    match = _YEAR_MONTH.match(entry.content.occurred.start)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    return year, month


@dataclass(frozen=True)
class MonthCount:
    """One month: how many entries, and how many in each category."""

    year: int
    month: int
    entries: int
    by_category: tuple[tuple[str, int], ...] = ()

    def count(self, category: str) -> int:
        return dict(self.by_category).get(category, 0)

    @property
    def name(self) -> str:
        return month_name(self.year, self.month)


@dataclass(frozen=True)
class Pattern:
    """Every month from the first to the last entry, and the categories that occur.

    `categories` lists the categories seen anywhere, in the order of
    model.CATEGORIES, then any unknown keys sorted, then UNCATEGORISED; each
    MonthCount.by_category follows the same order and leaves out zeros.
    `undated` counts entries whose start could not be read (not in any month).
    """

    months: tuple[MonthCount, ...]
    categories: tuple[str, ...]
    undated: int = 0

    @property
    def total_entries(self) -> int:
        return sum(m.entries for m in self.months)

    @property
    def max_stack(self) -> int:
        """The tallest month when categories are stacked (the chart's scale)."""
        return max((sum(n for _, n in m.by_category) for m in self.months), default=0)

    def index_of(self, year: int, month: int) -> int | None:
        if not self.months:
            return None
        first = self.months[0]
        index = (year - first.year) * 12 + (month - first.month)
        return index if 0 <= index < len(self.months) else None

    def busiest(self, limit: int = 3) -> tuple[MonthCount, ...]:
        """The months with most entries, most first; ties in calendar order."""
        ranked = sorted(
            (m for m in self.months if m.entries), key=lambda m: (-m.entries, m.year, m.month)
        )
        return tuple(ranked[:limit])


def _category_order(keys: Iterable[str]) -> tuple[str, ...]:
    present = set(keys)
    known = [k for k in CATEGORIES if k in present]
    unknown = sorted(k for k in present if k not in CATEGORIES and k != UNCATEGORISED)
    tail = [UNCATEGORISED] if UNCATEGORISED in present else []
    return (*known, *unknown, *tail)


def _months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    out = []
    year, month = first
    while (year, month) <= last:
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def count_by_month(entries: Iterable[Entry]) -> Pattern:
    """Count entries per (year, month) per category, over the whole span."""
    per_month: dict[tuple[int, int], Counter[str]] = {}
    entry_counts: Counter[tuple[int, int]] = Counter()
    undated = 0
    for entry in entries:
        key = entry_month(entry)
        if key is None:
            undated += 1
            continue
        entry_counts[key] += 1
        categories = tuple(dict.fromkeys(entry.content.categories)) or (UNCATEGORISED,)
        per_month.setdefault(key, Counter()).update(categories)
    if not entry_counts:
        return Pattern(months=(), categories=(), undated=undated)
    order = _category_order(c for counter in per_month.values() for c in counter)
    months = []
    for year, month in _months_between(min(entry_counts), max(entry_counts)):
        counter = per_month.get((year, month), Counter())
        months.append(
            MonthCount(
                year=year,
                month=month,
                entries=entry_counts[(year, month)],
                by_category=tuple((c, counter[c]) for c in order if counter[c]),
            )
        )
    return Pattern(months=tuple(months), categories=order, undated=undated)


def summary(pattern: Pattern, limit: int = 3) -> str:
    """One plain paragraph for screen readers: the span, the total, the busiest months."""
    return " ".join(summary_parts(pattern, limit))


def _entries(count: int) -> str:
    english_text = f"{count} entr{'y' if count == 1 else 'ies'}"
    return counted(core.tr("%n entries", None, count), count, english_text)


def summary_parts(pattern: Pattern, limit: int = 3) -> list[str]:
    """The same paragraph as sentences the app translates one by one (`core_phrase`)."""
    if not pattern.months:
        return [
            phrase(
                QT_TRANSLATE_NOOP(
                    "core", "There are no dated entries yet, so there is no pattern to show."
                )
            )
        ]
    first, last = pattern.months[0], pattern.months[-1]
    total, span = pattern.total_entries, len(pattern.months)
    if span == 1:
        said = QT_TRANSLATE_NOOP("core", "{entries} in {month}.")
        parts: list[str] = [phrase(said, entries=_entries(total), month=first.name)]
    else:
        said = QT_TRANSLATE_NOOP("core", "{entries} from {first} to {last} ({months}).")
        months = counted(core.tr("%n months", None, span), span, f"{span} months")
        parts = [
            phrase(said, entries=_entries(total), first=first.name, last=last.name, months=months)
        ]
    busiest = pattern.busiest(limit)
    if busiest:
        each = QT_TRANSLATE_NOOP("core", "{month} ({count})")
        named = listed([phrase(each, month=m.name, count=m.entries) for m in busiest], commas=True)
        if len(busiest) == 1:
            parts.append(
                phrase(QT_TRANSLATE_NOOP("core", "Busiest month: {months}."), months=named)
            )
        else:
            parts.append(
                phrase(QT_TRANSLATE_NOOP("core", "Busiest months: {months}."), months=named)
            )
    empty = sum(1 for m in pattern.months if not m.entries)
    if empty:
        english_text = f"{empty} month{'' if empty == 1 else 's'} with no entries."
        parts.append(
            counted(core.tr("%n months with no entries.", None, empty), empty, english_text)
        )
    if pattern.undated:
        n = pattern.undated
        english_text = f"{n} entr{'y' if n == 1 else 'ies'} without a date."
        parts.append(counted(core.tr("%n entries without a date.", None, n), n, english_text))
    return parts
