"""Recognising a vault file, and creating one without ever leaving half a file.

The format tag is deliberately neutral: the file should not announce what it is
for to someone browsing the disk (see docs/threat-model.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from .errors import NewerFormat, NotAVault, StorageFailure
from .private_files import atomic_private_file, private_folder
from .store import SQLITE_MAGIC, Store, storage_failure

FORMAT_TAG = b"sealed-store"
FORMAT_VERSION = 1
REQUIRED_TABLES = {"meta", "epoch", "keyslot", "object", "chunk", "revision", "aux"}


def _read_header(path: Path, mode: str) -> tuple[set[str], dict[str, bytes]]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode={mode}", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rows: dict[str, bytes] = {}
        if "meta" in tables:
            for key, value in conn.execute(
                "SELECT k, v FROM meta WHERE k IN ('format', 'version')"
            ):
                rows[str(key)] = bytes(value)
        return tables, rows
    finally:
        conn.close()


def check_is_vault(path: Path) -> int:
    """Return the format version, or raise NotAVault / NewerFormat. Never writes."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise NotAVault(path, "there is no file there") from None
    except IsADirectoryError:
        raise NotAVault(path, "it is a folder") from None
    except OSError as error:
        raise storage_failure(error, path) from None
    if header != SQLITE_MAGIC:
        raise NotAVault(path, "it is some other kind of file")
    try:
        try:
            tables, rows = _read_header(path, "ro")
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
                raise
            # A crash mid-write left a hot journal: only a read-write connection may
            # roll it back, which restores the last committed state.
            tables, rows = _read_header(path, "rw")
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error) or "malformed" in str(error):
            raise NotAVault(path, "the file is damaged or not a database") from None
        raise storage_failure(error, path) from None
    if not tables >= REQUIRED_TABLES:
        raise NotAVault(path, "it is a database, but not a journal")
    if bytes(rows.get("format", b"")) != FORMAT_TAG:
        raise NotAVault(path, "it is a database, but not a journal")
    try:
        version = int(bytes(rows.get("version", b"")).decode())
    except ValueError:
        raise NotAVault(path, "its format version is unreadable") from None
    if version > FORMAT_VERSION:
        raise NewerFormat(path, version, FORMAT_VERSION)
    return version


def create_atomically(path: Path, build: Callable[[Store], None]) -> None:
    """Build a new vault in a hidden private temporary file beside `path`, then rename
    it in (private_files.py). A crash leaves either no vault or a complete one. An
    existing file is never overwritten.
    """
    if path.exists():
        raise StorageFailure(
            f"There is already a file at {path}. Choose another name; nothing was overwritten."
        )
    try:
        private_folder(path.parent)
        with atomic_private_file(path) as temp:
            store = Store.create(temp)
            try:
                build(store)
            finally:
                store.close()
    except OSError as error:
        raise storage_failure(error, path) from None
