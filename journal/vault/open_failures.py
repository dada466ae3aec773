"""What a failed unlock leaves and says: a wrong passphrase is counted
(journal/vault/unlock_attempts.py), the file is closed, and key records that look altered in a
file SQLite reports as damaged are called damage, not tampering."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from journal.errors import AlteredKeys, DamagedKeys
from journal.repair.damage_report import sqlite_findings
from journal.vault import unlock_attempts
from journal.vault.store import Store


def failed_open(store: Store, path: Path, error: BaseException, now: datetime) -> BaseException:
    """Count and close; the error to raise (the same one, or DamagedKeys)."""
    unlock_attempts.record_if_wrong(store, error, now)
    store.close()
    if isinstance(error, AlteredKeys):
        findings = sqlite_findings(path)
        if findings:
            return DamagedKeys(findings[0])
    return error
