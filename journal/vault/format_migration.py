"""Bringing a format-1 journal to format 2 when it is first opened.

Format 2 lists the settings objects in the sealed head (journal/vault/aux_binding.py).
A format-1 head lists none, so at the first unlock by this version the settings
objects of the newest key epoch are listed and `meta.version` becomes 2, in one
transaction. Settings objects of older epochs are not adopted: the app re-wrote
its settings under the new key at every key change (when renewing the signing
key), so an older one is either a left-over of an interrupted change or planted
with an old key; it stays in the file and `check` reports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.errors import IntegrityProblem, StorageFailure
from journal.vault.aux_binding import SealedHead, read_head, write_head
from journal.vault.file_format import FORMAT_VERSION

if TYPE_CHECKING:
    from journal.vault.lifecycle import UnlockedVault


def migrate_if_format1(vault: UnlockedVault) -> bool:
    """List the settings objects in the head of a format-1 journal; True when done.
    A journal that cannot be written (read-only copy) is read as format 1."""
    with vault.store.read() as tx:
        if tx.get_meta("version") != b"1":
            return False  # the usual case: no write lock taken
    try:
        with vault.store.write() as tx:
            if tx.get_meta("version") != b"1":
                return False
            try:
                sealed = read_head(vault, tx)
            except IntegrityProblem:
                return False  # the chain check reports it; nothing to build on
            if sealed is None or sealed.aux_ids is not None:
                return False
            rows = tx.small_objects("aux").rows
            ids = tuple(row[1] for row in rows if row[2] == vault.keys.current)
            write_head(vault, tx, SealedHead(sealed.count, sealed.head, ids))
            tx.set_meta("version", str(FORMAT_VERSION).encode())
    except StorageFailure:
        return False
    return True
