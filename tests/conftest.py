"""Shared fixtures. Vaults in tests use cheap Argon2id parameters, passed explicitly
through the Python API (the app and the CLI always use the real ones)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journal.book import Journal
from journal.crypto import KdfParams
from journal.vault import UnlockedVault, create_vault, unlock

CORPORA = Path(__file__).resolve().parent / "corpora"
EVIDENCE_DIR = CORPORA / "evidence-files"
BLNS = CORPORA / "naughty-strings" / "blns.json"
PASSPHRASE = "correct horse battery staple"


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
