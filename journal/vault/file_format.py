"""Recognising a vault file, and creating one without ever leaving half a file.

The format tag is deliberately neutral: the file should not announce what it is
for to someone browsing the disk (see docs/threat-model.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from journal.errors import NewerFormat, NotAVault, StorageFailure
from journal.system.private_files import atomic_private_file, private_folder
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault.store import SQLITE_MAGIC, Store, storage_failure

FORMAT_TAG = b"sealed-store"
FORMAT_VERSION = 2
REQUIRED_TABLES = {"meta", "epoch", "keyslot", "object", "chunk", "revision", "aux"}


def _read_header(
    path: Path, mode: str, tolerant: bool = False
) -> tuple[set[str], dict[str, bytes]]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode={mode}", uri=True)
    try:
        if tolerant:  # read past schema damage (read-only: nothing can be written)
            conn.execute("PRAGMA writable_schema=ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rows: dict[str, bytes] = {}
        if "meta" in tables:
            for key, value in conn.execute(  # a blob even if its header says text
                "SELECT k, CAST(v AS BLOB) FROM meta WHERE k IN ('format', 'version')"
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
        raise NotAVault(path, phrase(QT_TRANSLATE_NOOP("core", "there is no file there"))) from None
    except IsADirectoryError:
        raise NotAVault(path, phrase(QT_TRANSLATE_NOOP("core", "it is a folder"))) from None
    except OSError as error:
        raise storage_failure(error, path) from None
    if header != SQLITE_MAGIC:
        raise NotAVault(path, phrase(QT_TRANSLATE_NOOP("core", "it is some other kind of file")))
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
        if not _damaged(error):
            raise storage_failure(error, path) from None
        try:
            tables, rows = _read_header(path, "ro", tolerant=True)
        except sqlite3.DatabaseError:
            raise NotAVault(
                path, phrase(QT_TRANSLATE_NOOP("core", "the file is damaged or not a database"))
            ) from None
    if not tables >= REQUIRED_TABLES or "format" not in rows:
        raise NotAVault(path, _why_not_a_journal(tables, rows))
    if bytes(rows.get("format", b"")) != FORMAT_TAG:
        raise NotAVault(
            path, phrase(QT_TRANSLATE_NOOP("core", "it is a database, but not a journal"))
        )
    try:
        version = int(bytes(rows.get("version", b"")).decode())
    except ValueError:
        raise NotAVault(
            path, phrase(QT_TRANSLATE_NOOP("core", "its format version is unreadable"))
        ) from None
    if version > FORMAT_VERSION:
        raise NewerFormat(path, version, FORMAT_VERSION)
    return version


def _why_not_a_journal(tables: set[str], rows: dict[str, bytes]) -> str:
    """Tell damage apart from another database: a journal's tables, or some of them,
    with what identifies it unreadable, is a damaged journal."""
    if tables >= REQUIRED_TABLES:
        text = QT_TRANSLATE_NOOP(
            "core",
            "it looks like a journal, but the file is damaged where SQLite keeps what "
            "identifies it; a backup may still open",
        )
    elif len(tables & REQUIRED_TABLES) >= 2 or rows.get("format") == FORMAT_TAG:
        text = QT_TRANSLATE_NOOP(
            "core",
            "it looks like a journal, but the file is damaged where SQLite keeps its table "
            "list; a backup may still open",
        )
    elif not tables:
        text = QT_TRANSLATE_NOOP(
            "core", "no table in it can be read: the file is damaged, or it is not a journal"
        )
    else:
        text = QT_TRANSLATE_NOOP("core", "it is a database, but not a journal")
    return phrase(text)


def _damaged(error: BaseException) -> bool:
    text = str(error)
    return "not a database" in text or "malformed" in text


def schema_is_damaged(path: Path) -> bool:
    """True when SQLite reads the file's schema only with its damage tolerated: the
    journal is then opened read-only (docs/damage.md). Never writes."""
    try:
        _read_header(path, "ro")
    except sqlite3.DatabaseError as error:
        return _damaged(error)
    return False


def create_atomically(path: Path, build: Callable[[Store], None]) -> None:
    """Build a new vault in a hidden private temporary file beside `path`, then rename
    it in (private_files.py). A crash leaves either no vault or a complete one. An
    existing file is never overwritten.
    """
    if path.exists():
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "core",
                "There is already a file at {path}. Choose another name; nothing was overwritten.",
            ),
            path=path,
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
