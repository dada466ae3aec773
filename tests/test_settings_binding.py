"""Settings stay whole around key changes: a read in the middle of one, and a write
after it, neither lose nor resurrect anything (the key change re-seals the settings
and renews the signing key in its own transaction)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from journal.entries.model import EntryContent, EventTime
from journal.export.options import RedactionProfile
from journal.export.profiles import load_profiles, put_profile
from journal.export.signing import journal_fingerprint, key_links
from journal.session.check import check_journal
from journal.session.drafts import NEW, DraftStore
from journal.session.journal import Journal

from .conftest import fast_kdf, new_vault, reopen

NEW_PASSPHRASE = "a passphrase for after the change"


def test_a_settings_read_during_a_key_change_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    vault, _code = new_vault(path)
    journal = Journal.open(vault)
    put_profile(journal, RedactionProfile("Court", frozenset(), ("Shelter Street",)))
    before = journal_fingerprint(journal)
    seen_during: list[object] = []

    def clock_that_reads_settings() -> datetime:
        # Called by the key change after the new epoch is current, before it commits:
        # as if the editor's autosave read the settings from another thread just then.
        seen_during.append(journal.settings.get("export_redaction_profiles"))
        return datetime(2025, 6, 1, tzinfo=UTC)

    vault.clock = clock_that_reads_settings
    vault.change_passphrase(NEW_PASSPHRASE, kdf=fast_kdf(), allow_weak_kdf=True)
    vault.clock = lambda: datetime(2025, 6, 2, tzinfo=UTC)
    assert seen_during and seen_during[0]  # the read saw the settings, not nothing
    DraftStore(journal.settings).save(
        NEW, EntryContent(kind="note", title="typed after", occurred=EventTime("2025-06"))
    )
    assert [p.terms for p in load_profiles(journal)] == [("Shelter Street",)]
    after = journal_fingerprint(journal)
    assert after != before and len(key_links(journal)) == 2
    assert check_journal(journal).problems == ()
    vault.lock()
    again = reopen(path, NEW_PASSPHRASE)
    assert journal_fingerprint(again) == after
    assert [p.terms for p in load_profiles(again)] == [("Shelter Street",)]
    assert DraftStore(again.settings).load(NEW) is not None
    again.vault.lock()
