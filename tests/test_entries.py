"""Entries: validation, append-only revisions, tombstones, honest times, search filters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime, PersonContent, PersonLink
from journal.entries.search import SearchFilters
from journal.entries.timeparse import describe
from journal.errors import NotFound, UsageError

from .conftest import reopen


def content(title: str = "t", start: str = "2025-03-14T21:07", **kw) -> EntryContent:
    return EntryContent(
        kind=kw.pop("kind", "incident"), title=title, occurred=EventTime(start, **kw)
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            content(start="2025-03-14T21:07", end="2025-03-14T20:00"),
            "end of the event is before its start",
        ),
        (content(start="2999-01-01"), "in the future"),
        (content(start="14/03/2025"), "not a date this app understands"),
        (content(title="   "), "short title"),
        (content(timezone="Mars/Olympus"), "time zone"),
        (content(precision="roughly"), "Precision must be one of"),
        (EntryContent(kind="rumour", title="x", occurred=EventTime("2025")), "kind must be one of"),
        (
            EntryContent(
                kind="note", title="x", occurred=EventTime("2025-01"), categories=("bad",)
            ),
            "Unknown categories",
        ),
        (
            EntryContent(
                kind="note",
                title="x",
                occurred=EventTime("2025-01"),
                people=(PersonLink("nobody"),),
            ),
            "not in the people list",
        ),
    ],
)
def test_validation_messages(journal, entry: EntryContent, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        journal.add_entry(entry)
    assert journal.entries() == []


def test_precision_is_described_honestly() -> None:
    assert describe(EventTime("2025-03", precision="month")) == "March 2025"
    assert describe(EventTime("2025-03-14", precision="day")) == "14 Mar 2025"
    assert (
        describe(EventTime("2025-03-14T21:07", precision="approximate"))
        == "approx. 14 Mar 2025 21:07"
    )
    assert (
        describe(EventTime("2025-03-14T21:07", "2025-03-14T22:00", "+10:00"))
        == "14 Mar 2025 21:07 (UTC+10) – 22:00"
    )


def test_offset_in_start_moves_to_timezone(journal) -> None:
    entry_id = journal.add_entry(content(start="2025-03-14T21:07+10:00"))
    occurred = journal.entry(entry_id).content.occurred
    assert (occurred.start, occurred.timezone) == ("2025-03-14T21:07", "+10:00")


def test_revisions_are_append_only_with_system_times(journal, vault_path: Path) -> None:
    entry_id = journal.add_entry(content("first"))
    journal.update_entry(entry_id, content("second"))
    journal.delete_entry(entry_id)
    assert journal.entries() == []
    journal.vault.lock()
    again = reopen(vault_path)
    history = again.history(entry_id)
    assert [r.revision for r in history] == [1, 2, 3]
    assert [r.content.title for r in history] == ["first", "second", "second"]
    assert [r.deleted for r in history] == [False, False, True]
    assert history[0].recorded_at < history[1].recorded_at < history[2].recorded_at
    withdrawn = again.entry(entry_id)
    assert withdrawn.deleted and withdrawn.revision_count == 3
    assert [e.entry_id for e in again.entries(include_deleted=True)] == [entry_id]
    with pytest.raises(UsageError):
        again.attach_file(entry_id, vault_path)
    with pytest.raises(UsageError, match="PURGE"):
        again.purge_entry(entry_id, "yes")
    with pytest.raises(NotFound):
        again.entry("0" * 32)
    again.vault.lock()


def test_retrospective_flag(journal) -> None:
    old = journal.entry(journal.add_entry(content(start="2020-01-01", precision="day")))
    assert old.retrospective
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M")
    fresh = journal.entry(journal.add_entry(content(start=now)))
    assert not fresh.retrospective


def test_search_text_and_filters(journal, vault_path: Path) -> None:
    officer = journal.add_person(PersonContent("Sergeant Brandt"))
    a = journal.add_entry(
        EntryContent(
            kind="incident",
            title="Threat at the café",
            occurred=EventTime("2025-01-05"),
            categories=("threats",),
            people=(PersonLink(officer, "abuser"),),
        )
    )
    b = journal.add_entry(
        EntryContent(
            kind="report",
            title="Complaint to oversight body",
            occurred=EventTime("2025-02-10"),
            narrative="Reference OV-77",
            categories=("retaliation",),
        )
    )
    c = journal.add_entry(
        EntryContent(
            kind="incident",
            title="Car followed me",
            occurred=EventTime("2025-03-01"),
            categories=("stalking", "threats"),
        )
    )
    journal.vault.lock()
    again = reopen(vault_path)

    def ids(query: str = "", **kw) -> list[str]:
        return [e.entry_id for e in again.search(query, SearchFilters(**kw))]

    assert ids() == [a, b, c]
    assert ids("CAFE") == [a]  # case and accent insensitive
    assert ids("ov-77") == [b]
    assert ids("brandt") == [a]  # by person name
    assert ids("threat car") == [c]  # every word must match
    assert ids(kinds=frozenset({"incident"})) == [a, c]
    assert ids(categories=frozenset({"threats"})) == [a, c]
    assert ids(person_id=officer) == [a]
    assert ids(date_from=date(2025, 2, 1)) == [b, c]
    assert ids(date_from=date(2025, 2, 1), date_to=date(2025, 2, 28)) == [b]
    again.vault.lock()


def test_date_filter_uses_the_day_as_written_not_utc(journal) -> None:
    entry_id = journal.add_entry(
        EntryContent(kind="note", title="late", occurred=EventTime("2025-03-01T00:30+11:00"))
    )
    march = SearchFilters(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31))
    assert [e.entry_id for e in journal.search("", march)] == [entry_id]
