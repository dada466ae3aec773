"""Restore a backup to a new place: a checked copy, never over an existing file.

Plain Python (no Qt), run in a worker. The backup is checked to be a journal first;
the copy is written under a private temporary name (journal/system/private_files.py),
compared by SHA-256 with the backup, checked by SQLite, synced, and only then given
its name with a hard link, which fails rather than replace a file that appeared
meanwhile.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from journal.errors import IntegrityProblem, StorageFailure
from journal.system.private_files import atomic_private_file
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.file_format import check_is_vault
from journal.vault.store import storage_failure

CHUNK = 1024 * 1024


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "core", "There is already a file at {target}; nothing was overwritten."
            ),
            target=target,
        )


def restore_backup(
    backup: Path, target: Path, progress: Callable[[int, int], None] = lambda _d, _t: None
) -> Path:
    """Copy the journal backup `backup` to the new file `target` and return `target`."""
    check_is_vault(backup)
    _refuse_existing(target)
    if not target.parent.is_dir():
        raise StorageFailure(
            QT_TRANSLATE_NOOP("core", "The folder {parent} does not exist."), parent=target.parent
        )
    total = backup.stat().st_size
    try:
        with atomic_private_file(target) as temp:
            digest = hashlib.sha256()
            done = 0
            with backup.open("rb") as source, temp.open("wb") as out:
                while block := source.read(CHUNK):
                    out.write(block)
                    digest.update(block)
                    done += len(block)
                    progress(done, total)
            if _sha256(temp) != digest.hexdigest():
                raise IntegrityProblem(
                    QT_TRANSLATE_NOOP(
                        "core", "The restored copy differs from the backup; it was removed."
                    )
                )
            with contextlib.closing(sqlite3.connect(f"file:{temp}?mode=ro", uri=True)) as conn:
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise IntegrityProblem(
                        QT_TRANSLATE_NOOP(
                            "core", "The backup failed SQLite's own check; nothing was restored."
                        )
                    )
    except (OSError, sqlite3.Error) as error:
        raise storage_failure(error, target) from None
    return target
