"""Evidence that any version of an entry names must still be in the file unless a purge
removed it, also when the latest version no longer lists it."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from journal.entries.model import EntryContent, EventTime
from journal.record.records import TYPE_ENTRY
from journal.session.check import check_journal
from journal.session.journal import Journal

from .conftest import EVIDENCE_DIR, corpus, new_vault, reopen


def test_evidence_named_only_by_an_older_version_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    vault, _code = new_vault(path)
    journal = Journal.open(vault)
    entry_id = journal.add_entry(
        EntryContent(kind="incident", title="At the door", occurred=EventTime("2025-03-14"))
    )
    info = journal.attach_file(entry_id, corpus(EVIDENCE_DIR / "photo_with_exif.jpg"))
    entry = journal.entry(entry_id)
    journal._append(TYPE_ENTRY, entry_id, entry.content, ())  # a version without it
    assert check_journal(journal).intact  # still in the file: fine
    vault.lock()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        oid = bytes.fromhex(info.attachment_id)
        db.execute("DELETE FROM chunk WHERE object_id = ?", (oid,))
        db.execute("DELETE FROM object WHERE object_id = ?", (oid,))
    journal = reopen(path)
    problems = check_journal(journal).problems
    journal.vault.lock()
    assert problems == (
        f"attachment 'photo_with_exif.jpg' ({info.attachment_id}), named by an earlier "
        f"version of entry 'At the door' ({entry_id}), is missing and no purge is recorded",
    )
