"""The one classifier of OS and SQLite errors, fed real errors made here."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DatabaseError

from journal.system import os_errors


def test_a_missing_file_and_a_full_disk_are_told_by_their_error_numbers(tmp_path: Path) -> None:
    with pytest.raises(OSError) as missing:
        (tmp_path / "gone" / "file").open("rb")
    assert os_errors.reason(missing.value) == os_errors._BY_ERRNO[errno.ENOENT]
    full = OSError(errno.ENOSPC, "No space left on device")  # what write(2) raises then
    assert os_errors.reason(full) == os_errors.FULL


def test_sqlite_result_codes_are_read_not_its_message(tmp_path: Path) -> None:
    garbage = tmp_path / "not-a-journal"
    garbage.write_bytes(b"this is not an SQLite file at all" * 100)
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master").fetchall()
    assert os_errors.reason(notadb.value) == os_errors.DAMAGED

    made = tmp_path / "made.db"
    sqlite3.connect(made).execute("CREATE TABLE t (x)").connection.commit()
    read_only = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as refused:
        read_only.execute("INSERT INTO t VALUES (1)")
    assert os_errors.reason(refused.value) == os_errors.READ_ONLY


def test_sqlalchemy_wrapped_errors_are_unwrapped(tmp_path: Path) -> None:
    garbage = tmp_path / "not-a-journal"
    garbage.write_bytes(b"\x00garbage" * 512)
    engine = create_engine(f"sqlite:///{garbage}")
    with pytest.raises(DatabaseError) as wrapped, engine.connect() as conn:
        conn.execute(text("SELECT * FROM sqlite_master")).fetchall()
    assert os_errors.reason(wrapped.value) == os_errors.DAMAGED


def test_an_unknown_error_says_what_the_system_said() -> None:
    assert os_errors.reason(OSError(errno.EXDEV, "Invalid cross-device link")).endswith(
        "Invalid cross-device link"
    )
