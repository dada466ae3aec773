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
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from journal.entries.model import Revision
from journal.errors import IntegrityProblem, StorageFailure, UsageError
from journal.record.by_object import revisions_by_object
from journal.repair.damage_report import name_unreadable, parsed_titles
from journal.repair.realign import realigned_copy
from journal.salvage.copying import copy_attachment, copy_keys_and_meta
from journal.session.journal import Journal
from journal.session.message_check import message_objects
from journal.system.private_files import private_folder
from journal.translatable import QT_TRANSLATE_NOOP
from journal.vault.file_format import create_atomically
from journal.vault.lifecycle import UnlockedVault, unlock
from journal.vault.objects import ROLE_ATTACHMENT, ROLE_AUX, ROLE_REVISION, decrypt_small
from journal.vault.robust_rows import SmallRow, read_small_objects
from journal.vault.store import Store, Tx

Progress = Callable[[int, int], None]


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
    first realigned in a scratch copy beside `target` (journal/repair/realign.py), removed after."""
    if target.exists():
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "There is already a file at {target}. Choose a new name."),
            target=target,
        )
    scratch = target.with_name(f".{target.name}.realigned")
    try:
        try:
            private_folder(target.parent)
            note = realigned_copy(path, scratch)
        except OSError as error:
            raise StorageFailure(
                QT_TRANSLATE_NOOP("core", "The damaged journal cannot be read ({error})."),
                error=error,
            ) from None
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
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "There is already a file at {target}. Choose a new name."),
            target=target,
        )
    originals = {journal.vault.path.resolve(), (source or journal.vault.path).resolve()}
    if target.resolve() in originals:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "The repaired copy must be a new file, not the damaged one.")
        )
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
            copy_keys_and_meta(conn, tx)
            sealed = _sealed_count(self.journal)
            revisions = read_small_objects(conn, "revision", sealed)
            aux = read_small_objects(conn, "aux")
            known = {row[1] for row in revisions.rows}
            listed = {row[0] for row in revisions.rows}
            wanted = set(range(1, sealed + 1)) - listed
            extra = revisions_by_object(conn, self.keys, wanted, known)
        for seq, row in extra.items():  # found through the object table instead
            revisions.unreadable.pop(seq, None)
            revisions.rows.append(row)
        for seq in wanted - set(extra) - {int(k) for k in revisions.unreadable}:
            revisions.unreadable[seq] = "it is missing from the damaged file"
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
        for number, (object_id, (label, role)) in enumerate(sorted(attachments.items()), done + 1):
            self._step(number, total)
            with self._source() as conn:
                why = copy_attachment(conn, self.keys, new, object_id, role)
            if why:
                self.lost.append(f"{label}: {why}")
            else:
                self.attachments_saved += 1
        self.attachments_found = len(attachments)
        self._step(total, total)

    @contextmanager
    def _source(self) -> Iterator[sqlite3.Connection]:
        """A raw read-only connection to the damaged file (errors of the body pass)."""
        with ExitStack() as stack:
            try:
                conn = stack.enter_context(self.journal.vault.store.raw_connection())
            except sqlite3.Error as error:
                raise StorageFailure(
                    QT_TRANSLATE_NOOP("core", "The damaged journal cannot be read ({error})."),
                    error=error,
                ) from None
            yield conn

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

    def _attachments(self) -> dict[bytes, tuple[str, str]]:
        """Every attachment a readable revision names, labelled with file and entry,
        and the stored messages (journal/conversations): object id -> (label, role)."""
        found: dict[bytes, tuple[str, str]] = {}
        for entry in self.journal.entries(include_deleted=True):
            for revision in self.journal.history(entry.entry_id):
                for info in revision.attachments:
                    found.setdefault(
                        bytes.fromhex(info.attachment_id),
                        (
                            f"evidence file {info.file_name!r} of entry {entry.content.title!r}",
                            ROLE_ATTACHMENT,
                        ),
                    )
        messages = self.journal.messages
        messages.load()
        self.lost += [f"the stored messages: {problem}" for problem in messages.problems]
        for object_id, label, role in message_objects(messages):
            found.setdefault(object_id, (label, role))
        return found


def _sealed_count(journal: Journal) -> int:
    """The revision count sealed at the last save (0 when it cannot be read)."""
    try:
        with journal.vault.store.read() as tx:
            head = journal.vault.open_meta(tx, "head")
    except (IntegrityProblem, StorageFailure):
        head = None
    counted = journal.chain_report.count if journal.chain_report is not None else 0
    return max(counted, int.from_bytes(head[:8], "big") if head else 0)


def _records(journal: Journal) -> list[tuple[str, list[Revision]]]:
    histories: dict[str, list[Revision]] = {}
    for entry in journal.entries(include_deleted=True):
        histories[entry.entry_id] = journal.history(entry.entry_id)
    for person in journal.people():
        histories[person.person_id] = journal.history(person.person_id)
    return parsed_titles(histories)
