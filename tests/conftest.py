"""Shared fixtures. Vaults in tests use cheap Argon2id parameters, passed explicitly
through the Python API (the app and the CLI always use the real ones)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journal.session.journal import Journal
from journal.vault.crypto import KdfParams
from journal.vault.lifecycle import UnlockedVault, create_vault, unlock

COPY_DIR_ENV = "INCIDENT_JOURNAL_COPY_DIR"  # ui/safety/temp_copies.py (no Qt import here)
CORPORA = Path(__file__).resolve().parent / "corpora"
EVIDENCE_DIR = CORPORA / "evidence-files"
BLNS = CORPORA / "naughty-strings" / "blns.json"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def own_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test (and every command it starts) uses folders of its own: HOME, the XDG
    folders, the temp folder and the folder for "open in another program" copies all
    point into a new folder beside the test's tmp_path (not inside it, so a test can
    still list its tmp_path), never a shared place such as /tmp or /dev/shm, where
    other programs leave named pipes that would block a reader."""
    home = tmp_path_factory.mktemp("home")
    for key, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
        ("TMPDIR", "tmp"),
        (COPY_DIR_ENV, "copies"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(key, str(home / sub))
    (home / "run").chmod(0o700)
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))  # gettempdir() caches
    yield home


def fast_kdf() -> KdfParams:
    return KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)


def new_vault(path: Path, passphrase: str = PASSPHRASE) -> tuple[UnlockedVault, str]:
    return create_vault(path, passphrase, kdf=fast_kdf(), allow_weak_kdf=True)


def reopen(path: Path, passphrase: str = PASSPHRASE) -> Journal:
    return Journal.open(unlock(path, passphrase))


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "notes.db"


@pytest.fixture
def journal(vault_path: Path) -> Iterator[Journal]:
    vault, _code = new_vault(vault_path)
    opened = Journal.open(vault)
    yield opened
    opened.vault.lock()


def corpus(path: Path) -> Path:
    """A corpus file (tests/corpora); a missing one fails the test, it never skips."""
    if not path.exists():
        pytest.fail(f"test corpus file missing: {path}")
    return path
