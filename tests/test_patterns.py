"""Counting entries per month by category for the pattern view (no Qt)."""

from __future__ import annotations

from journal.case.patterns import (
    UNCATEGORISED,
    MonthCount,
    count_by_month,
    entry_month,
    summary,
)
from journal.entries.model import Entry, EntryContent, EventTime
from journal.session.journal import Journal


def _entry(start: str, *categories: str, precision: str = "exact", zone: str | None = None):
    return EntryContent(
        kind="incident",
        title=f"Event {start}",
        occurred=EventTime(start, timezone=zone, precision=precision),
        categories=tuple(categories),
    )


def _add(journal: Journal, *contents: EntryContent) -> list[Entry]:
    for content in contents:
        journal.add_entry(content)
    return journal.entries()


def test_no_entries_gives_no_months() -> None:
    pattern = count_by_month([])
    assert pattern.months == ()
    assert pattern.categories == ()
    assert pattern.max_stack == 0
    assert pattern.busiest() == ()
    assert "no pattern" in summary(pattern)


def test_every_month_of_the_span_is_present_including_empty_ones(journal: Journal) -> None:
    entries = _add(
        journal,
        _entry("2024-11-03T10:00", "physical"),
        _entry("2025-02-14", "threats"),
        _entry("2024-11-20T22:15", "threats"),
    )
    pattern = count_by_month(entries)
    assert [(m.year, m.month) for m in pattern.months] == [
        (2024, 11),
        (2024, 12),
        (2025, 1),
        (2025, 2),
    ]
    november, december, january, february = pattern.months
    assert november == MonthCount(2024, 11, 2, (("physical", 1), ("threats", 1)))
    assert december.entries == 0 and december.by_category == ()
    assert january.entries == 0
    assert february.count("threats") == 1 and february.count("physical") == 0
    assert pattern.total_entries == 3
    assert pattern.index_of(2025, 1) == 2
    assert pattern.index_of(2023, 1) is None


def test_several_categories_count_once_in_each_and_none_is_uncategorised(
    journal: Journal,
) -> None:
    entries = _add(
        journal,
        _entry("2025-03-01", "physical", "strangulation", "weapon"),
        _entry("2025-03-09T08:00", "physical"),
        _entry("2025-03-31T23:59"),
        _entry("2025-04", precision="month"),
    )
    pattern = count_by_month(entries)
    march, april = pattern.months
    assert march.entries == 3
    assert dict(march.by_category) == {
        "physical": 2,
        "weapon": 1,
        "strangulation": 1,
        UNCATEGORISED: 1,
    }
    assert april.by_category == ((UNCATEGORISED, 1),)
    # categories follow model.CATEGORIES order; uncategorised always last
    assert pattern.categories == ("physical", "weapon", "strangulation", UNCATEGORISED)
    assert pattern.max_stack == 5


def test_a_category_listed_twice_still_counts_once() -> None:
    content = _entry("2025-05-05", "stalking", "stalking")
    entry = Entry("x", content, (), "2025-05-06T00:00:00+00:00", "2025-05-06T00:00:00+00:00", 1)
    pattern = count_by_month([entry])
    assert pattern.months[0].by_category == (("stalking", 1),)


def test_the_month_is_the_one_the_survivor_wrote_not_utc(journal: Journal) -> None:
    # 00:30 on 1 March in Sydney is still February in UTC; the survivor said March.
    entries = _add(journal, _entry("2025-03-01T00:30", "threats", zone="Australia/Sydney"))
    assert entry_month(entries[0]) == (2025, 3)
    assert [(m.year, m.month) for m in count_by_month(entries).months] == [(2025, 3)]


def test_span_over_years_and_unreadable_dates() -> None:
    good = [
        Entry("a", _entry("2023-12-24"), (), "t", "t", 1),
        Entry("b", _entry("2025-01-02"), (), "t", "t", 1),
    ]
    broken = Entry("c", _entry("sometime last spring"), (), "t", "t", 1)
    pattern = count_by_month([*good, broken])
    assert len(pattern.months) == 14
    assert pattern.undated == 1
    assert "1 entry without a date" in summary(pattern)


def test_busiest_months_and_summary(journal: Journal) -> None:
    entries = _add(
        journal,
        _entry("2025-01-05", "financial"),
        _entry("2025-03-05", "physical"),
        _entry("2025-03-06", "physical"),
        _entry("2025-03-07", "emotional"),
        _entry("2025-05-01", "threats"),
        _entry("2025-05-02", "threats"),
    )
    pattern = count_by_month(entries)
    assert [(m.month, m.entries) for m in pattern.busiest(2)] == [(3, 3), (5, 2)]
    text = summary(pattern)
    assert text.startswith("6 entries from January 2025 to May 2025 (5 months).")
    assert "Busiest months: March 2025 (3), May 2025 (2), January 2025 (1)." in text
    assert "2 months with no entries." in text


def test_summary_of_a_single_month(journal: Journal) -> None:
    entries = _add(journal, _entry("2025-02-02", "financial"))
    assert summary(count_by_month(entries)) == (
        "1 entry in February 2025. Busiest month: February 2025 (1)."
    )
