"""Failed unlock attempts are counted without the key and told at the next unlock."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal.errors import WrongPassphrase, WrongRecoveryCode
from journal.vault.lifecycle import unlock, unlock_with_recovery_code
from journal.vault.recovery_code import generate
from journal.vault.unlock_attempts import META_KEY, FailedAttempts, describe

from .cli_helpers import run_cli
from .conftest import PASSPHRASE, new_vault


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.db"
    vault, _code = new_vault(path)
    vault.lock()
    return path


def test_wrong_attempts_are_counted_and_told_once(vault_file: Path) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            unlock(vault_file, "not the passphrase at all")
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery_code(vault_file, generate()[0])  # well formed, not this one
    opened = unlock(vault_file, PASSPHRASE)
    try:
        attempts = opened.failed_attempts
        assert attempts is not None and attempts.count == 3
        assert (datetime.now(UTC) - attempts.last).total_seconds() < 600
    finally:
        opened.lock()
    again = unlock(vault_file, PASSPHRASE)
    try:
        assert again.failed_attempts is None  # told once, then set back to zero
    finally:
        again.lock()


def test_the_count_is_a_plain_value_anyone_with_the_file_can_reset(vault_file: Path) -> None:
    with pytest.raises(WrongPassphrase):
        unlock(vault_file, "not the passphrase at all")
    with sqlite3.connect(vault_file) as db:
        raw = db.execute("SELECT v FROM meta WHERE k = ?", (META_KEY,)).fetchone()[0]
        assert int.from_bytes(raw[:8], "big") == 1
        db.execute("DELETE FROM meta WHERE k = ?", (META_KEY,))  # as docs/safety.md warns
    opened = unlock(vault_file, PASSPHRASE)
    try:
        assert opened.failed_attempts is None
    finally:
        opened.lock()


def test_her_own_mistakes_in_this_window_are_not_reported_as_someone_elses() -> None:
    attempts = FailedAttempts(3, datetime(2026, 12, 5, 22, 10, tzinfo=UTC))
    text = describe(attempts, seen_here=1)
    assert text is not None and "2 times" in text and "Staying safe" in text
    assert describe(attempts, seen_here=3) is None
    assert "once" in (describe(FailedAttempts(1, attempts.last)) or "")


def test_the_command_line_says_so_on_stderr(vault_file: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("wrong words entirely\n", encoding="utf-8")
    assert run_cli("--vault", vault_file, "--passphrase-file", wrong, "list").returncode == 3
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    listed = run_cli("--vault", vault_file, "--passphrase-file", right, "list")
    assert listed.returncode == 0
    assert "tried to open it with a wrong passphrase or recovery code once" in listed.stderr
