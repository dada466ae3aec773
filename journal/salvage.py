"""Salvage: copy every readable object of a damaged journal into a new journal file.

The damaged file is only read (its store is opened read-only). Objects are
copied byte for byte (the same ciphertext, wrapped keys, epochs, key slots,
vault id and sealed chain head), so the same passphrase opens the copy and what
survived still verifies against exports made before the damage. An object is
copied only when every one of its chunks authenticates; what could not be
saved is listed, by entry title and file name where the file still says them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from .book import Journal
from .crypto import DecryptionFailed, decrypt_chunk, new_chunk_cipher
from .damage_report import name_unreadable, parsed_titles
from .errors import IntegrityProblem, StorageFailure, UsageError
from .model import Revision
from .objects import ROLE_ATTACHMENT, ROLE_AUX, ROLE_REVISION, chunk_aad, decrypt_small, unwrap_key
from .realign import realigned_copy
from .robust_rows import SQLITE_ERRORS, SmallRow, read_small_objects
from .store import Store, Tx
from .vault import UnlockedVault, unlock
from .vault_file import create_atomically

Progress = Callable[[int, int], None]
COPY_BATCH = 16  # attachment chunks per write transaction


class SalvageCancelled(Exception):
    pass


@dataclass(frozen=True)
class SalvageReport:
    target: Path
    revisions_saved: int
    revisions_found: int
    attachments_saved: int
    attachments_found: int
    settings_saved: bool
    lost: tuple[str, ...]  # what could not be saved, named where the file allows
    realigned: str = ""  # how a cut in the file was undone before reading, if it was

    @property
    def complete(self) -> bool:
        return not self.lost


def salvage_file(
    path: Path,
    passphrase: str,
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SalvageReport:
    """Salvage the journal at `path` into `target`. A file cut short of whole pages is
    first realigned in a scratch copy beside `target` (journal/realign.py), removed after."""
    if target.exists():
        raise UsageError(f"There is already a file at {target}. Choose a new name.")
    scratch = target.with_name(f".{target.name}.realigned")
    try:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            note = realigned_copy(path, scratch)
        except OSError as error:
            raise StorageFailure(f"The damaged journal cannot be read ({error}).") from None
        journal = open_for_salvage(scratch if note else path, passphrase)
        try:
            report = salvage(journal, target, progress, cancelled, source=path)
        finally:
            journal.vault.lock()
    finally:
        scratch.unlink(missing_ok=True)
    return replace(report, realigned=note)


def open_for_salvage(path: Path, passphrase: str) -> Journal:
    """Unlock `path` and reopen its store read-only: salvage never writes to it."""
    vault = unlock(path, passphrase)
    vault.store.close()
    vault = UnlockedVault(vault.path, Store.open(path, read_only=True), vault.keys, vault.clock)
    return Journal.open(vault)


def salvage(
    journal: Journal,
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    source: Path | None = None,
) -> SalvageReport:
    """Write a new journal at `target` (never overwriting) from what `journal` can read."""
    if target.exists():
        raise UsageError(f"There is already a file at {target}. Choose a new name.")
    originals = {journal.vault.path.resolve(), (source or journal.vault.path).resolve()}
    if target.resolve() in originals:
        raise UsageError("The repaired copy must be a new file, not the damaged one.")
    copier = _Copier(journal, progress, cancelled)
    create_atomically(target, copier.build)
    return copier.report(target)


class _Copier:
    def __init__(
        self, journal: Journal, progress: Progress | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self.journal = journal
        self.keys = journal.vault.keys
        self.progress = progress
        self.cancelled = cancelled
        self.lost: list[str] = []
        self.revisions_saved = self.revisions_found = 0
        self.attachments_saved = self.attachments_found = 0
        self.settings_saved = False

    def report(self, target: Path) -> SalvageReport:
        return SalvageReport(
            target,
            self.revisions_saved,
            self.revisions_found,
            self.attachments_saved,
            self.attachments_found,
            self.settings_saved,
            tuple(self.lost),
        )

    def _step(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise SalvageCancelled
        if self.progress is not None:
            self.progress(done, total)

    def build(self, new: Store) -> None:
        with self._source() as conn, new.write() as tx:
            _copy_keys_and_meta(conn, tx)
            revisions = read_small_objects(conn, "revision", _sealed_count(self.journal))
            aux = read_small_objects(conn, "aux")
        attachments = self._attachments()
        total = len(revisions.rows) + len(aux.rows) + len(attachments) + 1
        failed = {
            int(seq): f"revision {seq} cannot be read: {why}"
            for seq, why in revisions.unreadable.items()
        }
        with self._source() as conn, new.write() as tx:
            for done, row in enumerate(revisions.rows, 1):
                self._step(done, total)
                assert row[0] is not None
                why = self._copy_small(tx, row, ROLE_REVISION)
                if why:
                    failed[row[0]] = f"revision {row[0]} cannot be read: {why}"
                else:
                    tx.add_revision(row[0], row[1])
            saved = [not self._copy_small(tx, row, ROLE_AUX) for row in aux.rows]
            self.settings_saved = any(saved) or not (aux.rows or aux.unreadable)
        self.revisions_found = len(revisions.rows) + len(revisions.unreadable)
        self.revisions_saved = self.revisions_found - len(failed)
        named = name_unreadable(_records(self.journal), failed)
        self.lost += [named[seq] for seq in sorted(named)]
        if not self.settings_saved:
            self.lost.append(
                "the settings (signing key, contacts, drafts, redaction profiles) could not "
                "be read; the new journal starts them afresh"
            )
        done = len(revisions.rows) + len(aux.rows)
        for number, (object_id, label) in enumerate(sorted(attachments.items()), done + 1):
            self._step(number, total)
            why = self._copy_attachment(new, object_id)
            if why:
                self.lost.append(f"{label}: {why}")
            else:
                self.attachments_saved += 1
        self.attachments_found = len(attachments)
        self._step(total, total)

    @contextmanager
    def _source(self) -> Iterator[sqlite3.Connection]:
        try:
            with self.journal.vault.store.raw_connection() as conn:
                yield conn
        except sqlite3.Error as error:
            raise StorageFailure(f"The damaged journal cannot be read at all ({error}).") from None

    def _copy_small(self, tx: Tx, row: SmallRow, role: str) -> str:
        _seq, object_id, epoch, _role, wrapped, cts = row
        try:
            decrypt_small(self.keys, object_id, role, epoch, wrapped, cts)
        except IntegrityProblem as error:
            return str(error)
        tx.add_object(object_id, epoch, role, wrapped, "ready")
        tx.add_chunks(object_id, enumerate(cts))
        if role == ROLE_AUX:
            tx.add_aux(object_id)
        return ""

    def _attachments(self) -> dict[bytes, str]:
        """Every attachment a readable revision names, labelled with file and entry."""
        found: dict[bytes, str] = {}
        for entry in self.journal.entries(include_deleted=True):
            for revision in self.journal.history(entry.entry_id):
                for info in revision.attachments:
                    found.setdefault(
                        bytes.fromhex(info.attachment_id),
                        f"evidence file {info.file_name!r} of entry {entry.content.title!r}",
                    )
        return found

    def _copy_attachment(self, new: Store, object_id: bytes) -> str:
        """Copy one attachment chunk by chunk, each authenticated before it is written."""
        try:
            with self._source() as conn:
                header = conn.execute(
                    "SELECT epoch, role, CAST(wrapped_key AS BLOB) FROM object WHERE object_id = ?",
                    (object_id,),
                ).fetchone()
                if header is None:
                    return "its stored object is missing"
                epoch, role, wrapped = int(header[0]), str(header[1]), bytes(header[2])
                key = unwrap_key(self.keys, object_id, ROLE_ATTACHMENT, epoch, wrapped)
                indexes = [
                    int(r[0])
                    for r in conn.execute(
                        "SELECT idx FROM chunk WHERE object_id = ? ORDER BY idx", (object_id,)
                    )
                ]
                if not indexes or indexes != list(range(len(indexes))):
                    return "some of its chunks are missing"
                self._verify_chunks(conn, object_id, key, len(indexes))
                with new.write() as tx:
                    tx.add_object(object_id, epoch, role, wrapped, "pending")
                for start in range(0, len(indexes), COPY_BATCH):
                    batch = [
                        (i, _chunk(conn, object_id, i))
                        for i in range(start, min(start + COPY_BATCH, len(indexes)))
                    ]
                    with new.write() as tx:
                        tx.add_chunks(object_id, batch)
                with new.write() as tx:
                    tx.set_state(object_id, "ready")
        except (IntegrityProblem, *SQLITE_ERRORS) as error:
            with new.write() as tx:
                tx.delete_object(object_id)
            return str(error)
        return ""

    def _verify_chunks(
        self, conn: sqlite3.Connection, object_id: bytes, key: bytes, count: int
    ) -> None:
        aead = new_chunk_cipher(key)
        aad = chunk_aad(self.keys.vault_id, object_id)
        for idx in range(count):
            try:
                decrypt_chunk(aead, idx, _chunk(conn, object_id, idx), aad, last=idx == count - 1)
            except DecryptionFailed:
                raise IntegrityProblem(f"chunk {idx} failed authentication") from None


def _chunk(conn: sqlite3.Connection, object_id: bytes, idx: int) -> bytes:
    row = conn.execute(
        "SELECT CAST(ct AS BLOB) FROM chunk WHERE object_id = ? AND idx = ?", (object_id, idx)
    ).fetchone()
    if row is None:
        raise IntegrityProblem(f"chunk {idx} is missing")
    return bytes(row[0])


def _copy_keys_and_meta(conn: sqlite3.Connection, tx: Tx) -> None:
    """The meta values, epoch links and key slots, byte for byte (without them nothing
    could be unlocked, so they were readable)."""
    for key, value in conn.execute("SELECT k, CAST(v AS BLOB) FROM meta"):
        tx.set_meta(str(key), bytes(value))
    for epoch, prev_key in conn.execute("SELECT epoch, CAST(prev_key AS BLOB) FROM epoch"):
        tx.add_epoch(int(epoch), None if prev_key is None else bytes(prev_key))
    for slot_id, kind, epoch, params, ct in conn.execute(
        "SELECT slot_id, kind, epoch, params, CAST(ct AS BLOB) FROM keyslot"
    ):
        tx.add_slot(int(slot_id), str(kind), int(epoch), str(params), bytes(ct))


def _sealed_count(journal: Journal) -> int:
    report = journal.chain_report
    return report.count if report is not None else 0


def _records(journal: Journal) -> list[tuple[str, list[Revision]]]:
    histories: dict[str, list[Revision]] = {}
    for entry in journal.entries(include_deleted=True):
        histories[entry.entry_id] = journal.history(entry.entry_id)
    for person in journal.people():
        histories[person.person_id] = journal.history(person.person_id)
    return parsed_titles(histories)
