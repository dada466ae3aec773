"""Revisions found through the object table when their row in the revision table
cannot be read: each revision object states its own `seq` inside its ciphertext.
Used when loading a damaged journal and when salvaging one."""

from __future__ import annotations

import sqlite3

from journal.errors import IntegrityProblem
from journal.record.records import RecordError, parse
from journal.vault.objects import ROLE_REVISION, Keyring, decrypt_small
from journal.vault.robust_rows import SQLITE_ERRORS, SmallRow, object_ids_with_role, read_object


def revisions_by_object(
    conn: sqlite3.Connection, keys: Keyring, wanted: set[int], known: set[bytes]
) -> dict[int, SmallRow]:
    """Revisions whose row in the revision table is unreadable, found through the object
    table instead: each revision object states its own `seq` inside its ciphertext."""
    found: dict[int, SmallRow] = {}
    if not wanted:
        return found
    for object_id in object_ids_with_role(conn, ROLE_REVISION):
        if object_id in known:
            continue
        try:
            row = read_object(conn, None, object_id)
            plain = decrypt_small(keys, object_id, ROLE_REVISION, row[2], row[4], row[5])
            seq = parse(plain).header.seq
        except (IntegrityProblem, RecordError, *SQLITE_ERRORS):
            continue
        if seq in wanted and seq not in found:
            found[seq] = (seq, *row[1:])
    return found
