"""Each way of failing to open gets its own clear error, and the file is left unchanged."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from journal.entries.model import EntryContent, EventTime
from journal.errors import (
    IntegrityProblem,
    NewerFormat,
    NotAVault,
    StorageFailure,
    UsageError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from journal.vault.crypto import KdfParams
from journal.vault.lifecycle import create_vault, recover, unlock, unlock_with_recovery_code
from journal.vault.objects import ROLE_REVISION, decrypt_small
from journal.vault.recovery_code import format_code, generate, parse_code

from .conftest import PASSPHRASE, fast_kdf, new_vault, reopen


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_digest(path: Path) -> str:
    """Every row of every table but the failed-attempt count (journal/vault/unlock_attempts.py),
    which a wrong passphrase is meant to change."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        lines = [
            line
            for line in db.iterdump()
            if not (line.startswith('INSERT INTO "meta"') and "'failed_unlocks'" in line)
        ]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def entry(title: str) -> EntryContent:
    return EntryContent(kind="note", title=title, occurred=EventTime("2025-05-01"))


@pytest.fixture
def closed_vault(vault_path: Path) -> tuple[Path, str]:
    vault, code = new_vault(vault_path)
    vault.lock()
    return vault_path, code


def test_wrong_passphrase(closed_vault) -> None:
    path, _code = closed_vault
    before = content_digest(path)
    with pytest.raises(WrongPassphrase, match="does not open this journal"):
        unlock(path, "not it")
    assert content_digest(path) == before  # nothing but the failed-attempt count changes


def test_wrong_and_mistyped_recovery_codes(closed_vault) -> None:
    path, code = closed_vault
    before = content_digest(path)
    other, _seed = generate()
    with pytest.raises(WrongRecoveryCode, match="does not open"):
        unlock_with_recovery_code(path, other)
    mistyped = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(WrongRecoveryCode, match="typing mistake"):
        unlock_with_recovery_code(path, mistyped)
    with pytest.raises(WrongRecoveryCode, match="28 letters"):
        unlock_with_recovery_code(path, "ABCD")
    assert content_digest(path) == before  # nothing but the failed-attempt count changes


def test_recovery_code_reading_is_forgiving() -> None:
    code, seed = generate()
    assert parse_code(code.lower().replace("-", " ")) == seed
    assert parse_code(code.replace("1", "l").replace("0", "o")) == seed
    assert format_code(seed) == code
    assert len(code.split("-")) == 7


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"%PDF-1.4 something else"), "some other kind of file"),
        (lambda p: p.write_bytes(b""), "some other kind of file"),
        (lambda p: p.mkdir(), "it is a folder"),
        (lambda p: None, "there is no file there"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE songs(x)").connection.commit(),
            "not a journal",
        ),
        (
            lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000),
            "damaged or not a database",
        ),
    ],
)
def test_not_a_vault(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "thing.db"
    make(path)
    before = digest(path) if path.is_file() else None
    with pytest.raises(NotAVault, match=reason):
        unlock(path, PASSPHRASE)
    if before is not None:
        assert digest(path) == before


def test_newer_format_is_refused_and_left_alone(closed_vault) -> None:
    path, _code = closed_vault
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET v = ? WHERE k = 'version'", (b"7",))
    before = digest(path)
    with pytest.raises(NewerFormat, match="newer version of this app"):
        unlock(path, PASSPHRASE)
    assert digest(path) == before


def test_create_never_overwrites(closed_vault) -> None:
    path, _code = closed_vault
    before = digest(path)
    with pytest.raises(StorageFailure, match="already a file"):
        new_vault(path)
    assert digest(path) == before


def test_weak_kdf_is_refused_unless_asked_for(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="64 MiB"):
        create_vault(tmp_path / "v.db", PASSPHRASE, kdf=fast_kdf())


def test_app_defaults_use_strong_argon2id(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    vault, _code = create_vault(path, PASSPHRASE)
    vault.lock()
    with sqlite3.connect(path) as conn:
        (params,) = conn.execute("SELECT params FROM keyslot WHERE kind='passphrase'").fetchone()
    kdf = KdfParams.from_json(params)
    assert kdf.memory_kib >= 256 * 1024 and kdf.iterations >= 3 and len(kdf.salt) == 16


def test_passphrase_change_starts_a_new_epoch(tmp_path: Path, closed_vault) -> None:
    path, code = closed_vault
    old_copy = tmp_path / "old-copy.db"
    shutil.copyfile(path, old_copy)

    journal = reopen(path)
    journal.vault.change_passphrase("a new passphrase", kdf=fast_kdf(), allow_weak_kdf=True)
    secret_id = journal.add_entry(entry("written after the change"))
    journal.vault.lock()

    with pytest.raises(WrongPassphrase):
        unlock(path, PASSPHRASE)
    assert (
        reopen(path, "a new passphrase").entry(secret_id).content.title
        == "written after the change"
    )

    # Someone with the old copy and the old passphrase, who later gets the new file:
    old_keys = unlock(old_copy, PASSPHRASE)
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT o.object_id, o.epoch, o.wrapped_key, c.ct FROM revision r "
            "JOIN object o ON o.object_id = r.object_id JOIN chunk c ON c.object_id = o.object_id"
        ).fetchall()
    newest = max(rows, key=lambda r: r[1])
    assert newest[1] == 2
    with pytest.raises(IntegrityProblem, match="unknown key epoch"):
        decrypt_small(old_keys.keys, newest[0], ROLE_REVISION, 2, newest[2], [newest[3]])
    with pytest.raises(IntegrityProblem):
        decrypt_small(old_keys.keys, newest[0], ROLE_REVISION, 1, newest[2], [newest[3]])
    old_keys.lock()

    # the recovery code still works after the passphrase change
    unlock_with_recovery_code(path, code).lock()


def test_recover_forces_a_new_passphrase(closed_vault) -> None:
    path, code = closed_vault
    recover(path, code, "chosen after recovery", kdf=fast_kdf(), allow_weak_kdf=True).lock()
    with pytest.raises(WrongPassphrase):
        unlock(path, PASSPHRASE)
    unlock(path, "chosen after recovery").lock()


def test_regenerated_recovery_code_replaces_the_old(closed_vault) -> None:
    path, old_code = closed_vault
    vault = unlock(path, PASSPHRASE)
    new_code = vault.regenerate_recovery_code(PASSPHRASE)
    vault.lock()
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery_code(path, old_code)
    unlock_with_recovery_code(path, new_code).lock()
