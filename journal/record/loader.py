"""Loading every revision at unlock: decrypt, parse, replay the chain, tidy up.

Damage is reported per object and never stops the rest from loading. Pending
objects (imports cut short by a crash) are removed only when no revision refers
to them, so flipping an object's unauthenticated state cannot make the app
delete evidence.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

from journal.entries.model import Revision
from journal.errors import IntegrityProblem, StorageFailure
from journal.record.by_object import revisions_by_object
from journal.record.purge_rules import StoredKind, unrecorded_purges
from journal.record.records import Parsed, RecordError, decode, finish, parse
from journal.repair.damage_report import (
    damaged_file_problem,
    name_unreadable,
    parsed_titles,
    record_label,
)
from journal.translatable import QT_TRANSLATE_NOOP, phrase
from journal.vault.aux_binding import SealedHead, read_head
from journal.vault.chain import ChainLink, ChainReport, verify_chain
from journal.vault.lifecycle import UnlockedVault
from journal.vault.objects import ROLE_REVISION, STATE_PENDING, STATE_READY, decrypt_small
from journal.vault.robust_rows import RowsRead
from journal.vault.store import Tx


@dataclass
class Loaded:
    revisions: dict[str, list[Revision]] = field(default_factory=dict)
    # Older revisions, verified in the chain but converted only when asked for
    # (Journal.history): their stored bytes by record id and position in its list.
    deferred: dict[str, dict[int, bytes]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    report: ChainReport | None = None
    count: int = 0
    head: bytes = b""
    removed_pending: int = 0


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector while a journal is loaded, then collect once.

    Loading creates a hundred thousand objects that live as long as the journal;
    with the collector running, every batch of allocations started a collection
    that walked all of them again (about a tenth of the opening time at 10,000
    entries). One collection of the young generations at the end walks them once,
    here rather than in whatever runs next, and moves them to the old generation.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(1)


def load(vault: UnlockedVault) -> Loaded:
    out = Loaded()
    sealed, sealed_problem = _sealed_head(vault)
    count = sealed.count if sealed else 0
    with vault.store.read() as tx:
        read = tx.small_objects("revision", count)
        if read.damage or vault.store.damage:  # look for the rest by their objects
            _add_found_by_object(tx, vault, read, count)
    rows = read.rows
    any_pending = _any_pending(vault)
    links: dict[int, ChainLink] = {}
    unreadable = {
        int(seq): f"revision {seq} cannot be read: {why}" for seq, why in read.unreadable.items()
    }
    parsed: dict[str, list[_Stored]] = {}
    for seq, object_id, epoch, _role, wrapped, cts in rows:
        assert seq is not None
        try:
            plain = decrypt_small(vault.keys, object_id, ROLE_REVISION, epoch, wrapped, cts)
            stored = parse(plain)
        except (IntegrityProblem, RecordError) as error:
            unreadable[seq] = f"revision {seq} cannot be read: {error}"
            continue
        revision, prev_head = stored.header, stored.links.prev_head
        label = f"revision {seq} ({revision.record_type} {revision.record_id[:8]}, "
        label += f"version {revision.revision})"
        links[seq] = ChainLink(seq, bytes.fromhex(revision.leaf), revision.seq, prev_head, label)
        parsed.setdefault(revision.record_id, []).append(_Stored(seq, stored, plain))
    prev_leaves: dict[tuple[str, int], str | None] = {}
    for record_id, history in parsed.items():
        kept = _convert_latest(history, out.deferred, unreadable)
        if kept:
            out.revisions[record_id] = kept
        for item in history:
            if item.row_seq not in unreadable and item.parsed.links.prev_head is not None:
                version = item.parsed.header.revision
                prev_leaves[(record_id, version)] = item.parsed.links.prev_leaf
    for seq in unreadable:
        links[seq] = ChainLink(seq, b"", None, None, f"revision {seq}")
    if read.damage or vault.store.damage:
        vault.store.mark_damaged(read.damage or vault.store.damage)
        out.problems.append(damaged_file_problem(read.damage or vault.store.damage))
    named = name_unreadable(parsed_titles(out.revisions), unreadable)
    out.problems.extend(named[seq] for seq in sorted(named))
    expected = None
    if sealed is None:
        out.problems.append(
            f"the record of the last save is {sealed_problem or 'missing from the file'} "
            "(the file was altered), so revisions removed from the end cannot be detected"
        )
    else:
        expected = (sealed.count, sealed.head)
    out.report = verify_chain(vault.vault_id, [links[seq] for seq in sorted(links)], expected)
    out.problems.extend(out.report.problems)
    out.problems.extend(_check_versions(out.revisions, prev_leaves))
    out.problems.extend(unrecorded_purges(_kinds(parsed)))
    out.problems.extend(vault.notices)
    out.count = max([int(row[0] or 0) for row in rows] + [expected[0] if expected else 0])
    out.head = expected[1] if expected is not None else out.report.head
    if any_pending and not vault.store.damage:  # a write only when a crash left something
        out.removed_pending = _tidy_pending(vault, out)
    return out


def _add_found_by_object(tx: Tx, vault: UnlockedVault, read: RowsRead, count: int) -> None:
    """In a damaged file, revisions whose row in the revision table is unreadable are
    looked for through the object table (each states its own seq inside its ciphertext).
    Only for damage: in an intact file a missing row is reported, never filled in."""
    listed = {row[0] for row in read.rows}
    top = max([count, *(int(k) for k in read.unreadable if isinstance(k, int))])
    wanted = set(range(1, top + 1)) - {seq for seq in listed if seq is not None}
    known = {row[1] for row in read.rows}
    for seq, row in revisions_by_object(tx.driver(), vault.keys, wanted, known).items():
        read.unreadable.pop(seq, None)
        read.rows.append(row)
    read.rows.sort(key=lambda row: row[0] or 0)


def _sealed_head(vault: UnlockedVault) -> tuple[SealedHead | None, str]:
    """The sealed head (count, head, settings), or None and why not (altered, or
    unreadable)."""
    try:
        with vault.store.read() as tx:
            return read_head(vault, tx), ""
    except IntegrityProblem as error:
        return None, str(error)
    except StorageFailure:
        vault.store.mark_damaged(
            phrase(QT_TRANSLATE_NOOP("core", "the record of the last save cannot be read"))
        )
        return None, "unreadable (the file is damaged there)"


def _any_pending(vault: UnlockedVault) -> bool:
    try:
        with vault.store.read() as tx:
            return bool(tx.object_ids(state=STATE_PENDING))
    except StorageFailure:
        vault.store.mark_damaged(
            phrase(QT_TRANSLATE_NOOP("core", "the list of objects cannot be read"))
        )
        return False


class _Stored(NamedTuple):
    row_seq: int  # where the file holds it (the revision may state another)
    parsed: Parsed
    plain: bytes


def _convert_latest(
    history: list[_Stored], deferred: dict[str, dict[int, bytes]], unreadable: dict[int, str]
) -> list[Revision]:
    """Convert a record's latest revision (walking back past any that fail, as if they
    could not be read at all); older ones keep their chain facts and wait in
    `deferred` until their history is asked for."""
    revisions = [item.parsed.header for item in history]
    for index in range(len(history) - 1, -1, -1):
        item = history[index]
        try:
            revisions[index] = finish(item.parsed)
        except RecordError as error:
            unreadable[item.row_seq] = f"revision {item.row_seq} cannot be read: {error}"
            del revisions[index]
            continue
        waiting = {
            position: older.plain
            for position, older in enumerate(history[:index])
            if older.parsed.content_type is not None  # a purged stub has nothing to convert
        }
        if waiting:
            deferred[item.parsed.header.record_id] = waiting
        break
    return revisions


def _kinds(parsed: dict[str, list[_Stored]]) -> dict[str, list[StoredKind]]:
    return {
        record_id: [
            StoredKind(
                item.row_seq,
                item.parsed.header.record_type,
                item.parsed.content_type is None,
                item.parsed.content_type is not None and item.parsed.content is None,
            )
            for item in history
        ]
        for record_id, history in parsed.items()
    }


def _check_versions(
    revisions: dict[str, list[Revision]], prev_leaves: dict[tuple[str, int], str | None]
) -> list[str]:
    problems: list[str] = []
    for record_id, history in revisions.items():
        numbers = [r.revision for r in history]
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "core", "{record_label} has missing or repeated versions: {numbers}"
                    ),
                    record_label=record_label(history),
                    numbers=numbers,
                )
            )
            continue
        for before, after in zip([None, *history], history, strict=False):
            key = (record_id, after.revision)
            if key in prev_leaves and prev_leaves[key] != (before.leaf if before else None):
                problems.append(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{record_label} version {revision} does not follow version {previous}",
                        ),
                        record_label=record_label(history),
                        revision=after.revision,
                        previous=after.revision - 1,
                    )
                )
    return problems


def _tidy_pending(vault: UnlockedVault, loaded: Loaded) -> int:
    revisions = [r for history in loaded.revisions.values() for r in history]
    for waiting in loaded.deferred.values():
        for plain in waiting.values():
            with contextlib.suppress(RecordError):
                revisions.append(decode(plain)[0])
    attachments = {bytes.fromhex(a.attachment_id) for r in revisions for a in r.attachments}
    removed = 0
    with vault.store.write() as tx:
        referenced = tx.referenced_ids() | attachments
        for object_id in tx.object_ids(state=STATE_PENDING):
            if object_id in referenced:
                tx.set_state(object_id, STATE_READY)
                loaded.problems.append(
                    f"object {object_id.hex()} was marked unfinished although a revision "
                    "refers to it (the file was altered); it was kept"
                )
            else:
                tx.delete_object(object_id)
                removed += 1
    return removed
