"""Backups through SQLite's online backup API, verified before they get their name.

The copy is exactly as encrypted as the vault. It is written under a temporary
name, compared row by row with the source, synced, and only then renamed; an
existing file is never overwritten. The time of the backup is recorded in the
journal's settings by the backup itself, not by its callers.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

from journal.errors import IntegrityProblem, StorageFailure
from journal.session.journal import Journal
from journal.system.private_files import atomic_private_file
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.lifecycle import UnlockedVault
from journal.vault.store import storage_failure

LAST_BACKUP_KEY = "last_backup"
FAT32_MAX_FILE = 4 * 1024**3 - 1
_TABLES = {
    "meta": "k",
    "epoch": "epoch",
    "keyslot": "slot_id",
    "object": "object_id",
    "chunk": "object_id, idx",
    "revision": "seq",
    "aux": "object_id",
}


def filesystem_type(path: Path) -> str | None:
    """The file system holding `path` (Linux /proc/mounts); None where unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, kind = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            if (target == point or target.startswith(point.rstrip("/") + "/")) and len(
                point
            ) >= len(best):
                best, kind = point, parts[2]
    return kind


def content_digest(conn: sqlite3.Connection) -> str:
    digest = hashlib.sha256()
    for table, order in _TABLES.items():
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):  # noqa: S608
            digest.update(
                repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)).encode()
            )
    return digest.hexdigest()


def backup_target(vault: UnlockedVault, dest: Path, now: datetime) -> Path:
    if dest.is_dir():
        stamp = now.strftime("%Y%m%d-%H%M%S")
        return dest / f"{vault.path.stem}-backup-{stamp}{vault.path.suffix or '.db'}"
    return dest


def backup_vault(journal: Journal, dest: Path) -> Path:
    """Write a verified copy of the journal to `dest` (a folder or a new file name), and
    record when (the journal's clock) in its settings."""
    vault = journal.vault
    target = backup_target(vault, dest, vault.clock().astimezone())
    if target.exists():
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "core", "There is already a file at {target}; nothing was overwritten."
            ),
            target=target,
        )
    if not target.parent.is_dir():
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "core", "The folder {parent} does not exist (is the USB stick plugged in?)."
            ),
            parent=target.parent,
        )
    size = vault.path.stat().st_size
    fs = filesystem_type(target.parent)
    if fs in ("vfat", "msdos", "fat") and size > FAT32_MAX_FILE:
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "core",
                "The journal is {gib:.1f} GiB, but this stick is formatted as FAT32, which "
                "cannot hold files over 4 GiB. Use a stick formatted as exFAT or NTFS.",
            ),
            gib=size / 1024**3,
        )
    try:
        with atomic_private_file(target) as temp, vault.store.raw_connection() as source:
            _copy_and_verify(source, temp)
    except (OSError, sqlite3.Error) as error:
        raise storage_failure(error, target) from None
    journal.settings.set(LAST_BACKUP_KEY, vault.clock().isoformat(timespec="seconds"))
    return target


def _copy_and_verify(source: sqlite3.Connection, temp: Path) -> None:
    copy = sqlite3.connect(temp)
    try:
        source.backup(copy)
        copy.commit()
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP(
                    "core", "The backup copy failed SQLite's own check; it was removed."
                )
            )
        if content_digest(copy) != content_digest(source):
            raise IntegrityProblem(
                QT_TRANSLATE_NOOP(
                    "core", "The backup copy differs from the journal; it was removed."
                )
            )
    finally:
        copy.close()
