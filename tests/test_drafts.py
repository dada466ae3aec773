"""Drafts of unsaved entries: kept encrypted inside the vault, one per entry or "new"."""

from __future__ import annotations

import secrets
from pathlib import Path

from journal.entries.model import (
    EntryContent,
    EventTime,
    PersonContent,
)
from journal.session.drafts import DRAFTS_KEY, NEW, DraftStore
from journal.session.journal import Journal

from .conftest import reopen
from .factories import full_entry


def test_a_draft_survives_reopening_and_is_not_readable_in_the_file(
    journal: Journal, vault_path: Path
) -> None:
    person = journal.add_person(PersonContent("Someone"))
    marker = "DRAFTCANARY" + secrets.token_hex(6)
    content = full_entry(marker, person)
    drafts = DraftStore(journal.settings)
    saved = drafts.save(NEW, content)
    assert saved.saved_at
    journal.vault.lock()
    for path in vault_path.parent.iterdir():
        assert marker.encode() not in path.read_bytes(), path
    again = reopen(vault_path)
    try:
        loaded = DraftStore(again.settings).load(NEW)
        assert loaded is not None
        assert loaded.content == content
        assert loaded.base_revision is None
    finally:
        again.vault.lock()


def test_an_incomplete_draft_is_kept_as_typed(journal: Journal) -> None:
    drafts = DraftStore(journal.settings)
    content = EntryContent(
        kind="incident", title="", occurred=EventTime("2025-03-15", "2025-03-14")
    )
    drafts.save("abc", content, base_revision=2)
    loaded = drafts.load("abc")
    assert loaded is not None and loaded.content == content and loaded.base_revision == 2
    assert drafts.load(NEW) is None


def test_drafts_are_kept_apart_and_discarded_one_at_a_time(journal: Journal) -> None:
    drafts = DraftStore(journal.settings)
    first = EntryContent(kind="note", title="one", occurred=EventTime("2025-03"))
    second = EntryContent(kind="note", title="two", occurred=EventTime("2025-04"))
    drafts.save(NEW, first)
    drafts.save("e1", second, base_revision=1)
    drafts.save(NEW, second)
    assert drafts.keys() == ["e1", NEW]
    drafts.discard(NEW)
    assert drafts.load(NEW) is None
    loaded = drafts.load("e1")
    assert loaded is not None and loaded.content == second
    drafts.discard("missing")  # nothing to do, no error
    drafts.discard("e1")
    assert journal.settings.get(DRAFTS_KEY) == {}


def test_an_unreadable_draft_is_ignored_not_fatal(journal: Journal) -> None:
    journal.settings.set(DRAFTS_KEY, {NEW: {"content": {"kind": 3}}, "x": "nonsense"})
    drafts = DraftStore(journal.settings)
    assert drafts.load(NEW) is None
    assert drafts.load("x") is None
    journal.settings.set(DRAFTS_KEY, ["not", "a", "dict"])
    assert drafts.keys() == []
    assert drafts.load(NEW) is None


def test_purging_an_entry_removes_its_draft(journal) -> None:
    from journal.entries.model import EntryContent, EventTime
    from journal.session.drafts import DraftStore

    entry_id = journal.add_entry(
        EntryContent(kind="note", title="x", occurred=EventTime("2025-01"))
    )
    drafts = DraftStore(journal.settings)
    drafts.save(
        entry_id, EntryContent(kind="note", title="half typed", occurred=EventTime("2025-01"))
    )
    assert drafts.load(entry_id) is not None
    journal.purge_entry(entry_id, "PURGE")
    assert DraftStore(journal.settings).load(entry_id) is None
