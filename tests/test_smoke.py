from pathlib import Path

from journal.entries.model import EntryContent, EventTime

from .conftest import reopen


def test_add_lock_reopen(journal, vault_path: Path) -> None:
    entry_id = journal.add_entry(
        EntryContent(kind="incident", title="At the door", occurred=EventTime("2025-03-14T21:07"))
    )
    journal.vault.lock()
    again = reopen(vault_path)
    assert again.entry(entry_id).content.title == "At the door"
    assert again.problems == ()
    again.vault.lock()
