"""Loading every revision at unlock: decrypt, parse, replay the chain, tidy up.

Damage is reported per object and never stops the rest from loading. Pending
objects (imports cut short by a crash) are removed only when no revision refers
to them, so flipping an object's unauthenticated state cannot make the app
delete evidence.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .chain import ChainLink, ChainReport, verify_chain
from .errors import IntegrityProblem
from .model import Revision
from .objects import ROLE_REVISION, STATE_PENDING, STATE_READY, decrypt_small
from .records import RecordError, decode
from .vault import UnlockedVault


@dataclass
class Loaded:
    revisions: dict[str, list[Revision]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    report: ChainReport | None = None
    count: int = 0
    head: bytes = b""
    removed_pending: int = 0


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector while a journal is loaded, then collect once.

    Loading creates a few hundred thousand objects that live as long as the journal;
    with the collector running, every batch of allocations started a collection
    that walked all of them again (about a tenth of the opening time at 10,000
    entries). One full collection at the end pays that walk once, here, instead of
    in whatever runs next.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect()


def load(vault: UnlockedVault) -> Loaded:
    out = Loaded()
    sealed_problem = ""
    with vault.store.read() as tx:
        rows = tx.small_objects("revision")
        any_pending = bool(tx.object_ids(state=STATE_PENDING))
        try:
            sealed = vault.open_meta(tx, "head")
        except IntegrityProblem as error:
            sealed, sealed_problem = None, str(error)
    links: list[ChainLink] = []
    prev_leaves: dict[tuple[str, int], str | None] = {}
    for seq, object_id, epoch, _role, wrapped, cts in rows:
        assert seq is not None
        label = f"revision {seq}"
        try:
            plain = decrypt_small(vault.keys, object_id, ROLE_REVISION, epoch, wrapped, cts)
            revision, links_stated = decode(plain)
            prev_head = links_stated.prev_head
        except (IntegrityProblem, RecordError) as error:
            out.problems.append(f"{label} cannot be read: {error}")
            links.append(ChainLink(seq, b"", None, None, label))
            continue
        label = f"revision {seq} ({revision.record_type} {revision.record_id[:8]}, "
        label += f"version {revision.revision})"
        links.append(ChainLink(seq, bytes.fromhex(revision.leaf), revision.seq, prev_head, label))
        if prev_head is not None:
            prev_leaves[(revision.record_id, revision.revision)] = links_stated.prev_leaf
        out.revisions.setdefault(revision.record_id, []).append(revision)
    expected = None
    if sealed is None:
        out.problems.append(
            f"the record of the last save is {sealed_problem or 'missing from the file'} "
            "(the file was altered), so revisions removed from the end cannot be detected"
        )
    else:
        expected = (int.from_bytes(sealed[:8], "big"), sealed[8:])
    out.report = verify_chain(vault.vault_id, links, expected)
    out.problems.extend(out.report.problems)
    out.problems.extend(_check_versions(out.revisions, prev_leaves))
    out.count = max([int(row[0] or 0) for row in rows] + [expected[0] if expected else 0])
    out.head = expected[1] if expected is not None else out.report.head
    if any_pending:  # a write transaction only when a crash left something to tidy
        out.removed_pending = _tidy_pending(vault, out)
    return out


def _check_versions(
    revisions: dict[str, list[Revision]], prev_leaves: dict[tuple[str, int], str | None]
) -> list[str]:
    problems = []
    for record_id, history in revisions.items():
        numbers = [r.revision for r in history]
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"record {record_id[:8]} has missing or repeated versions: {numbers}")
            continue
        for before, after in zip([None, *history], history, strict=False):
            key = (record_id, after.revision)
            if key in prev_leaves and prev_leaves[key] != (before.leaf if before else None):
                problems.append(
                    f"record {record_id[:8]} version {after.revision} does not follow version "
                    f"{after.revision - 1}"
                )
    return problems


def _tidy_pending(vault: UnlockedVault, loaded: Loaded) -> int:
    attachments = {
        bytes.fromhex(a.attachment_id)
        for history in loaded.revisions.values()
        for revision in history
        for a in revision.attachments
    }
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
