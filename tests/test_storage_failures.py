"""A full disk or a missing USB stick gets a clear message and loses nothing.

The full disk is real: the worker process runs with RLIMIT_FSIZE just above the
vault's size, so the kernel refuses writes past it (EFBIG), as a full stick would.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.errors import StorageFailure
from journal.session.backup import LAST_BACKUP_KEY, backup_vault
from journal.session.check import check_journal
from journal.session.journal import Journal

from .conftest import PASSPHRASE, new_vault, reopen

WORKER = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from journal.session.journal import Journal
    from journal.errors import JournalError
    from journal.entries.model import EntryContent, EventTime
    from journal.vault.lifecycle import unlock

    path, passphrase, action, arg = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    journal = Journal.open(unlock(path, passphrase))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = path.stat().st_size + 256 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        if action == "attach":
            entry_id = journal.entries()[0].entry_id
            journal.attach_file(entry_id, Path(arg))
        else:
            when = EventTime("2025-01")
            for _ in range(10_000):
                journal.add_entry(EntryContent(kind="note", title=arg * 20, occurred=when))
    except JournalError as error:
        print(str(error))
        sys.exit(7)
    sys.exit(0)
    """
)


def run_worker(path: Path, action: str, arg: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WORKER, str(path), PASSPHRASE, action, arg],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def prepared(vault_path: Path) -> str:
    vault, _code = new_vault(vault_path)
    journal = Journal.open(vault)
    entry_id = journal.add_entry(
        EntryContent(kind="incident", title="saved before", occurred=EventTime("2025-01-02"))
    )
    vault.lock()
    return entry_id


def assert_intact(vault_path: Path, entry_id: str) -> None:
    journal = reopen(vault_path)
    assert journal.entry(entry_id).content.title == "saved before"
    assert journal.problems == ()
    assert check_journal(journal).intact
    journal.vault.lock()


def test_disk_full_during_import(vault_path: Path, tmp_path: Path) -> None:
    entry_id = prepared(vault_path)
    big = tmp_path / "video.bin"
    big.write_bytes(b"\x42" * (20 << 20))
    result = run_worker(vault_path, "attach", str(big))
    assert result.returncode == 7, result.stderr
    assert "could not be saved" in result.stdout and "Whatever was saved before" in result.stdout
    assert "Traceback" not in result.stderr
    assert_intact(vault_path, entry_id)
    assert reopen(vault_path).entry(entry_id).attachments == ()


@pytest.mark.slow
def test_disk_full_while_saving_entries(vault_path: Path) -> None:
    entry_id = prepared(vault_path)
    result = run_worker(vault_path, "save", "a long title that fills the disk ")
    assert result.returncode == 7, result.stderr
    assert "could not be saved" in result.stdout
    assert_intact(vault_path, entry_id)


def test_backup_to_a_removed_stick(vault_path: Path, tmp_path: Path) -> None:
    entry_id = prepared(vault_path)
    journal = reopen(vault_path)
    with pytest.raises(StorageFailure, match="USB stick"):
        backup_vault(journal, tmp_path / "unplugged" / "copy.db")
    assert journal.settings.get(LAST_BACKUP_KEY) is None  # no backup, no time recorded
    journal.vault.lock()
    assert_intact(vault_path, entry_id)


def test_a_backup_records_its_own_time(vault_path: Path, tmp_path: Path) -> None:
    prepared(vault_path)
    journal = reopen(vault_path)
    journal.vault.clock = lambda: datetime(2025, 6, 1, 12, 30, tzinfo=UTC)
    copy = backup_vault(journal, tmp_path)
    journal.vault.lock()
    again = reopen(vault_path)
    assert again.settings.get(LAST_BACKUP_KEY) == "2025-06-01T12:30:00+00:00"
    again.vault.lock()
    assert reopen(copy).entries()  # the copy opens too
